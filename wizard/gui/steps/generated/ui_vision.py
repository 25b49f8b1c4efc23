# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vision.ui'
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

class Ui_VisionPage(object):
    def setupUi(self, VisionPage):
        if not VisionPage.objectName():
            VisionPage.setObjectName(u"VisionPage")
        self.page_layout = QVBoxLayout(VisionPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(VisionPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(VisionPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(VisionPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_vision__statement = QLabel(self.group_2)
        self.label_vision__statement.setObjectName(u"label_vision__statement")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_vision__statement)

        self.vision__statement = QPlainTextEdit(self.group_2)
        self.vision__statement.setObjectName(u"vision__statement")
        self.vision__statement.setMinimumSize(QSize(0, 64))
        self.vision__statement.setMaximumSize(QSize(16777215, 110))
        self.vision__statement.setTabChangesFocus(True)

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vision__statement)

        self.vision_hints = QLabel(self.group_2)
        self.vision_hints.setObjectName(u"vision_hints")
        self.vision_hints.setWordWrap(True)
        self.vision_hints.setTextFormat(Qt.PlainText)

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vision_hints)

        self.label_vision__horizon_year = QLabel(self.group_2)
        self.label_vision__horizon_year.setObjectName(u"label_vision__horizon_year")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_vision__horizon_year)

        self.vision__horizon_year = QLineEdit(self.group_2)
        self.vision__horizon_year.setObjectName(u"vision__horizon_year")
        self.vision__horizon_year.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vision__horizon_year)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(VisionPage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_vision__alignment_social = QLabel(self.group_4)
        self.label_vision__alignment_social.setObjectName(u"label_vision__alignment_social")

        self.form_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_vision__alignment_social)

        self.vision__alignment_social = QPlainTextEdit(self.group_4)
        self.vision__alignment_social.setObjectName(u"vision__alignment_social")
        self.vision__alignment_social.setMinimumSize(QSize(0, 64))
        self.vision__alignment_social.setMaximumSize(QSize(16777215, 110))
        self.vision__alignment_social.setTabChangesFocus(True)

        self.form_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vision__alignment_social)

        self.label_vision__alignment_economic = QLabel(self.group_4)
        self.label_vision__alignment_economic.setObjectName(u"label_vision__alignment_economic")

        self.form_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_vision__alignment_economic)

        self.vision__alignment_economic = QPlainTextEdit(self.group_4)
        self.vision__alignment_economic.setObjectName(u"vision__alignment_economic")
        self.vision__alignment_economic.setMinimumSize(QSize(0, 64))
        self.vision__alignment_economic.setMaximumSize(QSize(16777215, 110))
        self.vision__alignment_economic.setTabChangesFocus(True)

        self.form_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vision__alignment_economic)

        self.label_vision__alignment_environmental = QLabel(self.group_4)
        self.label_vision__alignment_environmental.setObjectName(u"label_vision__alignment_environmental")

        self.form_3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_vision__alignment_environmental)

        self.vision__alignment_environmental = QPlainTextEdit(self.group_4)
        self.vision__alignment_environmental.setObjectName(u"vision__alignment_environmental")
        self.vision__alignment_environmental.setMinimumSize(QSize(0, 64))
        self.vision__alignment_environmental.setMaximumSize(QSize(16777215, 110))
        self.vision__alignment_environmental.setTabChangesFocus(True)

        self.form_3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vision__alignment_environmental)


        self.page_layout.addWidget(self.group_4)

        self.group_6 = QGroupBox(VisionPage)
        self.group_6.setObjectName(u"group_6")
        self.form_5 = QFormLayout(self.group_6)
        self.form_5.setObjectName(u"form_5")
        self.form_5.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_vision__citizen_benefits = QLabel(self.group_6)
        self.label_vision__citizen_benefits.setObjectName(u"label_vision__citizen_benefits")

        self.form_5.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_vision__citizen_benefits)

        self.vision__citizen_benefits = QPlainTextEdit(self.group_6)
        self.vision__citizen_benefits.setObjectName(u"vision__citizen_benefits")
        self.vision__citizen_benefits.setMinimumSize(QSize(0, 64))
        self.vision__citizen_benefits.setMaximumSize(QSize(16777215, 110))
        self.vision__citizen_benefits.setTabChangesFocus(True)

        self.form_5.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vision__citizen_benefits)

        self.label_vision__business_benefits = QLabel(self.group_6)
        self.label_vision__business_benefits.setObjectName(u"label_vision__business_benefits")

        self.form_5.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_vision__business_benefits)

        self.vision__business_benefits = QPlainTextEdit(self.group_6)
        self.vision__business_benefits.setObjectName(u"vision__business_benefits")
        self.vision__business_benefits.setMinimumSize(QSize(0, 64))
        self.vision__business_benefits.setMaximumSize(QSize(16777215, 110))
        self.vision__business_benefits.setTabChangesFocus(True)

        self.form_5.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vision__business_benefits)


        self.page_layout.addWidget(self.group_6)

        self.group_8 = QGroupBox(VisionPage)
        self.group_8.setObjectName(u"group_8")
        self.form_7 = QFormLayout(self.group_8)
        self.form_7.setObjectName(u"form_7")
        self.form_7.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.vision__targets = ListEditor(self.group_8)
        self.vision__targets.setObjectName(u"vision__targets")

        self.form_7.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.vision__targets)


        self.page_layout.addWidget(self.group_8)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_vision__statement.setBuddy(self.vision__statement)
        self.label_vision__horizon_year.setBuddy(self.vision__horizon_year)
        self.label_vision__alignment_social.setBuddy(self.vision__alignment_social)
        self.label_vision__alignment_economic.setBuddy(self.vision__alignment_economic)
        self.label_vision__alignment_environmental.setBuddy(self.vision__alignment_environmental)
        self.label_vision__citizen_benefits.setBuddy(self.vision__citizen_benefits)
        self.label_vision__business_benefits.setBuddy(self.vision__business_benefits)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisionPage)

        QMetaObject.connectSlotsByName(VisionPage)
    # setupUi

    def retranslateUi(self, VisionPage):
        VisionPage.setWindowTitle(QCoreApplication.translate("VisionPage", u"Vision", None))
        self.page_title.setText(QCoreApplication.translate("VisionPage", u"Vision", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("VisionPage", u"Vision", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("VisionPage", u"What will be different, for whom, by when: in numbers.", None))
        self.group_2.setTitle(QCoreApplication.translate("VisionPage", u"The vision", None))
        self.label_vision__statement.setText(QCoreApplication.translate("VisionPage", u"V&ision statement", None))
#if QT_CONFIG(accessibility)
        self.vision__statement.setAccessibleName(QCoreApplication.translate("VisionPage", u"Vision statement", None))
#endif // QT_CONFIG(accessibility)
        self.vision_hints.setText("")
        self.label_vision__horizon_year.setText(QCoreApplication.translate("VisionPage", u"H&orizon year", None))
#if QT_CONFIG(accessibility)
        self.vision__horizon_year.setAccessibleName(QCoreApplication.translate("VisionPage", u"Horizon year", None))
#endif // QT_CONFIG(accessibility)
        self.vision__horizon_year.setPlaceholderText(QCoreApplication.translate("VisionPage", u"e.g. 2030", None))
        self.group_4.setTitle(QCoreApplication.translate("VisionPage", u"Alignment with priorities", None))
        self.label_vision__alignment_social.setText(QCoreApplication.translate("VisionPage", u"&Social priorities served", None))
#if QT_CONFIG(accessibility)
        self.vision__alignment_social.setAccessibleName(QCoreApplication.translate("VisionPage", u"Social priorities served", None))
#endif // QT_CONFIG(accessibility)
        self.label_vision__alignment_economic.setText(QCoreApplication.translate("VisionPage", u"E&conomic priorities served", None))
#if QT_CONFIG(accessibility)
        self.vision__alignment_economic.setAccessibleName(QCoreApplication.translate("VisionPage", u"Economic priorities served", None))
#endif // QT_CONFIG(accessibility)
        self.label_vision__alignment_environmental.setText(QCoreApplication.translate("VisionPage", u"Envi&ronmental priorities served", None))
#if QT_CONFIG(accessibility)
        self.vision__alignment_environmental.setAccessibleName(QCoreApplication.translate("VisionPage", u"Environmental priorities served", None))
#endif // QT_CONFIG(accessibility)
        self.group_6.setTitle(QCoreApplication.translate("VisionPage", u"Benefits (one per line)", None))
        self.label_vision__citizen_benefits.setText(QCoreApplication.translate("VisionPage", u"Benefi&ts for citizens", None))
#if QT_CONFIG(accessibility)
        self.vision__citizen_benefits.setAccessibleName(QCoreApplication.translate("VisionPage", u"Benefits for citizens", None))
#endif // QT_CONFIG(accessibility)
        self.label_vision__business_benefits.setText(QCoreApplication.translate("VisionPage", u"Benefits for b&usinesses", None))
#if QT_CONFIG(accessibility)
        self.vision__business_benefits.setAccessibleName(QCoreApplication.translate("VisionPage", u"Benefits for businesses", None))
#endif // QT_CONFIG(accessibility)
        self.group_8.setTitle(QCoreApplication.translate("VisionPage", u"Headline targets", None))
#if QT_CONFIG(accessibility)
        self.vision__targets.setAccessibleName(QCoreApplication.translate("VisionPage", u"Headline targets", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

