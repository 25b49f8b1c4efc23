# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roadmap.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from wizard.gui.tables.listeditor import ListEditor

class Ui_RoadmapPage(object):
    def setupUi(self, RoadmapPage):
        if not RoadmapPage.objectName():
            RoadmapPage.setObjectName(u"RoadmapPage")
        self.page_layout = QVBoxLayout(RoadmapPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(RoadmapPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(RoadmapPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(RoadmapPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.roadmap__phases = ListEditor(self.group_2)
        self.roadmap__phases.setObjectName(u"roadmap__phases")

        self.form_1.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.roadmap__phases)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(RoadmapPage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_roadmap__digital_readiness = QLabel(self.group_4)
        self.label_roadmap__digital_readiness.setObjectName(u"label_roadmap__digital_readiness")

        self.form_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_roadmap__digital_readiness)

        self.roadmap__digital_readiness = QPlainTextEdit(self.group_4)
        self.roadmap__digital_readiness.setObjectName(u"roadmap__digital_readiness")
        self.roadmap__digital_readiness.setMinimumSize(QSize(0, 64))
        self.roadmap__digital_readiness.setMaximumSize(QSize(16777215, 110))
        self.roadmap__digital_readiness.setTabChangesFocus(True)

        self.form_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roadmap__digital_readiness)

        self.label_roadmap__data_governance = QLabel(self.group_4)
        self.label_roadmap__data_governance.setObjectName(u"label_roadmap__data_governance")

        self.form_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_roadmap__data_governance)

        self.roadmap__data_governance = QPlainTextEdit(self.group_4)
        self.roadmap__data_governance.setObjectName(u"roadmap__data_governance")
        self.roadmap__data_governance.setMinimumSize(QSize(0, 64))
        self.roadmap__data_governance.setMaximumSize(QSize(16777215, 110))
        self.roadmap__data_governance.setTabChangesFocus(True)

        self.form_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roadmap__data_governance)

        self.label_roadmap__cybersecurity = QLabel(self.group_4)
        self.label_roadmap__cybersecurity.setObjectName(u"label_roadmap__cybersecurity")

        self.form_3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_roadmap__cybersecurity)

        self.roadmap__cybersecurity = QPlainTextEdit(self.group_4)
        self.roadmap__cybersecurity.setObjectName(u"roadmap__cybersecurity")
        self.roadmap__cybersecurity.setMinimumSize(QSize(0, 64))
        self.roadmap__cybersecurity.setMaximumSize(QSize(16777215, 110))
        self.roadmap__cybersecurity.setTabChangesFocus(True)

        self.form_3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roadmap__cybersecurity)


        self.page_layout.addWidget(self.group_4)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_roadmap__digital_readiness.setBuddy(self.roadmap__digital_readiness)
        self.label_roadmap__data_governance.setBuddy(self.roadmap__data_governance)
        self.label_roadmap__cybersecurity.setBuddy(self.roadmap__cybersecurity)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoadmapPage)

        QMetaObject.connectSlotsByName(RoadmapPage)
    # setupUi

    def retranslateUi(self, RoadmapPage):
        RoadmapPage.setWindowTitle(QCoreApplication.translate("RoadmapPage", u"Digital roadmap", None))
        self.page_title.setText(QCoreApplication.translate("RoadmapPage", u"Digital roadmap", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("RoadmapPage", u"Digital roadmap", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("RoadmapPage", u"From heavy to light and back to heavy: phases in order, with costs.", None))
        self.group_2.setTitle(QCoreApplication.translate("RoadmapPage", u"Phases", None))
#if QT_CONFIG(accessibility)
        self.roadmap__phases.setAccessibleName(QCoreApplication.translate("RoadmapPage", u"Phases", None))
#endif // QT_CONFIG(accessibility)
        self.group_4.setTitle(QCoreApplication.translate("RoadmapPage", u"Digital foundations", None))
        self.label_roadmap__digital_readiness.setText(QCoreApplication.translate("RoadmapPage", u"&Digital readiness today", None))
#if QT_CONFIG(accessibility)
        self.roadmap__digital_readiness.setAccessibleName(QCoreApplication.translate("RoadmapPage", u"Digital readiness today", None))
#endif // QT_CONFIG(accessibility)
        self.label_roadmap__data_governance.setText(QCoreApplication.translate("RoadmapPage", u"D&ata governance", None))
#if QT_CONFIG(accessibility)
        self.roadmap__data_governance.setAccessibleName(QCoreApplication.translate("RoadmapPage", u"Data governance", None))
#endif // QT_CONFIG(accessibility)
        self.label_roadmap__cybersecurity.setText(QCoreApplication.translate("RoadmapPage", u"&Cybersecurity", None))
#if QT_CONFIG(accessibility)
        self.roadmap__cybersecurity.setAccessibleName(QCoreApplication.translate("RoadmapPage", u"Cybersecurity", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

