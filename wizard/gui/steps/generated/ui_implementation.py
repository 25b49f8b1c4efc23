# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'implementation.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from wizard.gui.tables.listeditor import ListEditor

class Ui_ImplementationPage(object):
    def setupUi(self, ImplementationPage):
        if not ImplementationPage.objectName():
            ImplementationPage.setObjectName(u"ImplementationPage")
        self.page_layout = QVBoxLayout(ImplementationPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(ImplementationPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(ImplementationPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(ImplementationPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_implementation__implementing_agency = QLabel(self.group_2)
        self.label_implementation__implementing_agency.setObjectName(u"label_implementation__implementing_agency")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_implementation__implementing_agency)

        self.implementation__implementing_agency = QLineEdit(self.group_2)
        self.implementation__implementing_agency.setObjectName(u"implementation__implementing_agency")

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.implementation__implementing_agency)

        self.label_implementation__governance = QLabel(self.group_2)
        self.label_implementation__governance.setObjectName(u"label_implementation__governance")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_implementation__governance)

        self.implementation__governance = QPlainTextEdit(self.group_2)
        self.implementation__governance.setObjectName(u"implementation__governance")
        self.implementation__governance.setMinimumSize(QSize(0, 64))
        self.implementation__governance.setMaximumSize(QSize(16777215, 110))
        self.implementation__governance.setTabChangesFocus(True)

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.implementation__governance)

        self.label_implementation__procurement = QLabel(self.group_2)
        self.label_implementation__procurement.setObjectName(u"label_implementation__procurement")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_implementation__procurement)

        self.implementation__procurement = QPlainTextEdit(self.group_2)
        self.implementation__procurement.setObjectName(u"implementation__procurement")
        self.implementation__procurement.setMinimumSize(QSize(0, 64))
        self.implementation__procurement.setMaximumSize(QSize(16777215, 110))
        self.implementation__procurement.setTabChangesFocus(True)

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.implementation__procurement)

        self.label_implementation__monitoring = QLabel(self.group_2)
        self.label_implementation__monitoring.setObjectName(u"label_implementation__monitoring")

        self.form_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_implementation__monitoring)

        self.implementation__monitoring = QPlainTextEdit(self.group_2)
        self.implementation__monitoring.setObjectName(u"implementation__monitoring")
        self.implementation__monitoring.setMinimumSize(QSize(0, 64))
        self.implementation__monitoring.setMaximumSize(QSize(16777215, 110))
        self.implementation__monitoring.setTabChangesFocus(True)

        self.form_1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.implementation__monitoring)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(ImplementationPage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.implementation__milestones = ListEditor(self.group_4)
        self.implementation__milestones.setObjectName(u"implementation__milestones")

        self.form_3.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.implementation__milestones)


        self.page_layout.addWidget(self.group_4)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_implementation__implementing_agency.setBuddy(self.implementation__implementing_agency)
        self.label_implementation__governance.setBuddy(self.implementation__governance)
        self.label_implementation__procurement.setBuddy(self.implementation__procurement)
        self.label_implementation__monitoring.setBuddy(self.implementation__monitoring)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImplementationPage)

        QMetaObject.connectSlotsByName(ImplementationPage)
    # setupUi

    def retranslateUi(self, ImplementationPage):
        ImplementationPage.setWindowTitle(QCoreApplication.translate("ImplementationPage", u"Implementation", None))
        self.page_title.setText(QCoreApplication.translate("ImplementationPage", u"Implementation", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("ImplementationPage", u"Implementation", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("ImplementationPage", u"Who delivers it, how it is governed and bought, and when each part is done.", None))
        self.group_2.setTitle(QCoreApplication.translate("ImplementationPage", u"Delivery", None))
        self.label_implementation__implementing_agency.setText(QCoreApplication.translate("ImplementationPage", u"&Implementing agency", None))
#if QT_CONFIG(accessibility)
        self.implementation__implementing_agency.setAccessibleName(QCoreApplication.translate("ImplementationPage", u"Implementing agency", None))
#endif // QT_CONFIG(accessibility)
        self.label_implementation__governance.setText(QCoreApplication.translate("ImplementationPage", u"&Governance", None))
#if QT_CONFIG(accessibility)
        self.implementation__governance.setAccessibleName(QCoreApplication.translate("ImplementationPage", u"Governance", None))
#endif // QT_CONFIG(accessibility)
        self.label_implementation__procurement.setText(QCoreApplication.translate("ImplementationPage", u"&Procurement route", None))
#if QT_CONFIG(accessibility)
        self.implementation__procurement.setAccessibleName(QCoreApplication.translate("ImplementationPage", u"Procurement route", None))
#endif // QT_CONFIG(accessibility)
        self.label_implementation__monitoring.setText(QCoreApplication.translate("ImplementationPage", u"&Monitoring and reporting", None))
#if QT_CONFIG(accessibility)
        self.implementation__monitoring.setAccessibleName(QCoreApplication.translate("ImplementationPage", u"Monitoring and reporting", None))
#endif // QT_CONFIG(accessibility)
        self.group_4.setTitle(QCoreApplication.translate("ImplementationPage", u"Milestones", None))
#if QT_CONFIG(accessibility)
        self.implementation__milestones.setAccessibleName(QCoreApplication.translate("ImplementationPage", u"Milestones", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

