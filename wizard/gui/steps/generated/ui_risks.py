# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risks.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from wizard.gui.tables.listeditor import ListEditor

class Ui_RisksPage(object):
    def setupUi(self, RisksPage):
        if not RisksPage.objectName():
            RisksPage.setObjectName(u"RisksPage")
        self.page_layout = QVBoxLayout(RisksPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(RisksPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(RisksPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(RisksPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.risks = ListEditor(self.group_2)
        self.risks.setObjectName(u"risks")

        self.form_1.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.risks)


        self.page_layout.addWidget(self.group_2)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(RisksPage)

        QMetaObject.connectSlotsByName(RisksPage)
    # setupUi

    def retranslateUi(self, RisksPage):
        RisksPage.setWindowTitle(QCoreApplication.translate("RisksPage", u"Risks", None))
        self.page_title.setText(QCoreApplication.translate("RisksPage", u"Risks", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("RisksPage", u"Risks", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("RisksPage", u"Each risk named, scored, mitigated and given to the party best able to carry it.", None))
        self.group_2.setTitle(QCoreApplication.translate("RisksPage", u"Risk register", None))
#if QT_CONFIG(accessibility)
        self.risks.setAccessibleName(QCoreApplication.translate("RisksPage", u"Risks", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

