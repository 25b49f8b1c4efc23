# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'japan.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from wizard.gui.tables.listeditor import ListEditor

class Ui_JapanPage(object):
    def setupUi(self, JapanPage):
        if not JapanPage.objectName():
            JapanPage.setObjectName(u"JapanPage")
        self.page_layout = QVBoxLayout(JapanPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(JapanPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(JapanPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(JapanPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_japan__technologies_sought = QLabel(self.group_2)
        self.label_japan__technologies_sought.setObjectName(u"label_japan__technologies_sought")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_japan__technologies_sought)

        self.japan__technologies_sought = QPlainTextEdit(self.group_2)
        self.japan__technologies_sought.setObjectName(u"japan__technologies_sought")
        self.japan__technologies_sought.setMinimumSize(QSize(0, 64))
        self.japan__technologies_sought.setMaximumSize(QSize(16777215, 110))
        self.japan__technologies_sought.setTabChangesFocus(True)

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.japan__technologies_sought)

        self.label_japan__operational_expertise = QLabel(self.group_2)
        self.label_japan__operational_expertise.setObjectName(u"label_japan__operational_expertise")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_japan__operational_expertise)

        self.japan__operational_expertise = QPlainTextEdit(self.group_2)
        self.japan__operational_expertise.setObjectName(u"japan__operational_expertise")
        self.japan__operational_expertise.setMinimumSize(QSize(0, 64))
        self.japan__operational_expertise.setMaximumSize(QSize(16777215, 110))
        self.japan__operational_expertise.setTabChangesFocus(True)

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.japan__operational_expertise)

        self.label_japan__investor_role = QLabel(self.group_2)
        self.label_japan__investor_role.setObjectName(u"label_japan__investor_role")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_japan__investor_role)

        self.japan__investor_role = QPlainTextEdit(self.group_2)
        self.japan__investor_role.setObjectName(u"japan__investor_role")
        self.japan__investor_role.setMinimumSize(QSize(0, 64))
        self.japan__investor_role.setMaximumSize(QSize(16777215, 110))
        self.japan__investor_role.setTabChangesFocus(True)

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.japan__investor_role)

        self.japan__partners = ListEditor(self.group_2)
        self.japan__partners.setObjectName(u"japan__partners")

        self.form_1.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.japan__partners)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(JapanPage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_japan__join_fit = QLabel(self.group_4)
        self.label_japan__join_fit.setObjectName(u"label_japan__join_fit")

        self.form_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_japan__join_fit)

        self.japan__join_fit = QPlainTextEdit(self.group_4)
        self.japan__join_fit.setObjectName(u"japan__join_fit")
        self.japan__join_fit.setMinimumSize(QSize(0, 64))
        self.japan__join_fit.setMaximumSize(QSize(16777215, 110))
        self.japan__join_fit.setTabChangesFocus(True)

        self.form_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.japan__join_fit)

        self.label_japan__jbic_fit = QLabel(self.group_4)
        self.label_japan__jbic_fit.setObjectName(u"label_japan__jbic_fit")

        self.form_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_japan__jbic_fit)

        self.japan__jbic_fit = QPlainTextEdit(self.group_4)
        self.japan__jbic_fit.setObjectName(u"japan__jbic_fit")
        self.japan__jbic_fit.setMinimumSize(QSize(0, 64))
        self.japan__jbic_fit.setMaximumSize(QSize(16777215, 110))
        self.japan__jbic_fit.setTabChangesFocus(True)

        self.form_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.japan__jbic_fit)

        self.label_japan__smart_jamp_fit = QLabel(self.group_4)
        self.label_japan__smart_jamp_fit.setObjectName(u"label_japan__smart_jamp_fit")

        self.form_3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_japan__smart_jamp_fit)

        self.japan__smart_jamp_fit = QPlainTextEdit(self.group_4)
        self.japan__smart_jamp_fit.setObjectName(u"japan__smart_jamp_fit")
        self.japan__smart_jamp_fit.setMinimumSize(QSize(0, 64))
        self.japan__smart_jamp_fit.setMaximumSize(QSize(16777215, 110))
        self.japan__smart_jamp_fit.setTabChangesFocus(True)

        self.form_3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.japan__smart_jamp_fit)

        self.label_japan__green_focus = QLabel(self.group_4)
        self.label_japan__green_focus.setObjectName(u"label_japan__green_focus")

        self.form_3.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_japan__green_focus)

        self.japan__green_focus = QListWidget(self.group_4)
        self.japan__green_focus.setObjectName(u"japan__green_focus")
        self.japan__green_focus.setMaximumSize(QSize(16777215, 130))

        self.form_3.setWidget(3, QFormLayout.ItemRole.FieldRole, self.japan__green_focus)

        self.label_japan__ghg_reduction_tco2e = QLabel(self.group_4)
        self.label_japan__ghg_reduction_tco2e.setObjectName(u"label_japan__ghg_reduction_tco2e")

        self.form_3.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_japan__ghg_reduction_tco2e)

        self.japan__ghg_reduction_tco2e = QLineEdit(self.group_4)
        self.japan__ghg_reduction_tco2e.setObjectName(u"japan__ghg_reduction_tco2e")
        self.japan__ghg_reduction_tco2e.setMaximumSize(QSize(260, 16777215))

        self.form_3.setWidget(4, QFormLayout.ItemRole.FieldRole, self.japan__ghg_reduction_tco2e)

        self.label_japan__environmental_social = QLabel(self.group_4)
        self.label_japan__environmental_social.setObjectName(u"label_japan__environmental_social")

        self.form_3.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_japan__environmental_social)

        self.japan__environmental_social = QPlainTextEdit(self.group_4)
        self.japan__environmental_social.setObjectName(u"japan__environmental_social")
        self.japan__environmental_social.setMinimumSize(QSize(0, 64))
        self.japan__environmental_social.setMaximumSize(QSize(16777215, 110))
        self.japan__environmental_social.setTabChangesFocus(True)

        self.form_3.setWidget(5, QFormLayout.ItemRole.FieldRole, self.japan__environmental_social)


        self.page_layout.addWidget(self.group_4)

        self.group_6 = QGroupBox(JapanPage)
        self.group_6.setObjectName(u"group_6")
        self.form_5 = QFormLayout(self.group_6)
        self.form_5.setObjectName(u"form_5")
        self.form_5.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_japan__project_structure = QLabel(self.group_6)
        self.label_japan__project_structure.setObjectName(u"label_japan__project_structure")

        self.form_5.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_japan__project_structure)

        self.japan__project_structure = QComboBox(self.group_6)
        self.japan__project_structure.setObjectName(u"japan__project_structure")
        self.japan__project_structure.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.japan__project_structure.setMinimumContentsLength(16)

        self.form_5.setWidget(0, QFormLayout.ItemRole.FieldRole, self.japan__project_structure)

        self.label_japan__structure_description = QLabel(self.group_6)
        self.label_japan__structure_description.setObjectName(u"label_japan__structure_description")

        self.form_5.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_japan__structure_description)

        self.japan__structure_description = QPlainTextEdit(self.group_6)
        self.japan__structure_description.setObjectName(u"japan__structure_description")
        self.japan__structure_description.setMinimumSize(QSize(0, 64))
        self.japan__structure_description.setMaximumSize(QSize(16777215, 110))
        self.japan__structure_description.setTabChangesFocus(True)

        self.form_5.setWidget(1, QFormLayout.ItemRole.FieldRole, self.japan__structure_description)

        self.label_japan__management_structure = QLabel(self.group_6)
        self.label_japan__management_structure.setObjectName(u"label_japan__management_structure")

        self.form_5.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_japan__management_structure)

        self.japan__management_structure = QPlainTextEdit(self.group_6)
        self.japan__management_structure.setObjectName(u"japan__management_structure")
        self.japan__management_structure.setMinimumSize(QSize(0, 64))
        self.japan__management_structure.setMaximumSize(QSize(16777215, 110))
        self.japan__management_structure.setTabChangesFocus(True)

        self.form_5.setWidget(2, QFormLayout.ItemRole.FieldRole, self.japan__management_structure)

        self.label_japan__investment_recovery = QLabel(self.group_6)
        self.label_japan__investment_recovery.setObjectName(u"label_japan__investment_recovery")

        self.form_5.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_japan__investment_recovery)

        self.japan__investment_recovery = QPlainTextEdit(self.group_6)
        self.japan__investment_recovery.setObjectName(u"japan__investment_recovery")
        self.japan__investment_recovery.setMinimumSize(QSize(0, 64))
        self.japan__investment_recovery.setMaximumSize(QSize(16777215, 110))
        self.japan__investment_recovery.setTabChangesFocus(True)

        self.form_5.setWidget(3, QFormLayout.ItemRole.FieldRole, self.japan__investment_recovery)

        self.label_japan__exit_strategy = QLabel(self.group_6)
        self.label_japan__exit_strategy.setObjectName(u"label_japan__exit_strategy")

        self.form_5.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_japan__exit_strategy)

        self.japan__exit_strategy = QPlainTextEdit(self.group_6)
        self.japan__exit_strategy.setObjectName(u"japan__exit_strategy")
        self.japan__exit_strategy.setMinimumSize(QSize(0, 64))
        self.japan__exit_strategy.setMaximumSize(QSize(16777215, 110))
        self.japan__exit_strategy.setTabChangesFocus(True)

        self.form_5.setWidget(4, QFormLayout.ItemRole.FieldRole, self.japan__exit_strategy)

        self.japan__exit_agreed = QCheckBox(self.group_6)
        self.japan__exit_agreed.setObjectName(u"japan__exit_agreed")

        self.form_5.setWidget(5, QFormLayout.ItemRole.FieldRole, self.japan__exit_agreed)


        self.page_layout.addWidget(self.group_6)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_japan__technologies_sought.setBuddy(self.japan__technologies_sought)
        self.label_japan__operational_expertise.setBuddy(self.japan__operational_expertise)
        self.label_japan__investor_role.setBuddy(self.japan__investor_role)
        self.label_japan__join_fit.setBuddy(self.japan__join_fit)
        self.label_japan__jbic_fit.setBuddy(self.japan__jbic_fit)
        self.label_japan__smart_jamp_fit.setBuddy(self.japan__smart_jamp_fit)
        self.label_japan__green_focus.setBuddy(self.japan__green_focus)
        self.label_japan__ghg_reduction_tco2e.setBuddy(self.japan__ghg_reduction_tco2e)
        self.label_japan__environmental_social.setBuddy(self.japan__environmental_social)
        self.label_japan__project_structure.setBuddy(self.japan__project_structure)
        self.label_japan__structure_description.setBuddy(self.japan__structure_description)
        self.label_japan__management_structure.setBuddy(self.japan__management_structure)
        self.label_japan__investment_recovery.setBuddy(self.japan__investment_recovery)
        self.label_japan__exit_strategy.setBuddy(self.japan__exit_strategy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JapanPage)

        QMetaObject.connectSlotsByName(JapanPage)
    # setupUi

    def retranslateUi(self, JapanPage):
        JapanPage.setWindowTitle(QCoreApplication.translate("JapanPage", u"Japanese value-add", None))
        self.page_title.setText(QCoreApplication.translate("JapanPage", u"Japanese value-add", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("JapanPage", u"Japanese value-add", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("JapanPage", u"What Japanese partners bring beyond money, and how the project fits their rules.", None))
        self.group_2.setTitle(QCoreApplication.translate("JapanPage", u"What Japan brings", None))
        self.label_japan__technologies_sought.setText(QCoreApplication.translate("JapanPage", u"&Japanese technologies sought", None))
#if QT_CONFIG(accessibility)
        self.japan__technologies_sought.setAccessibleName(QCoreApplication.translate("JapanPage", u"Japanese technologies sought", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__operational_expertise.setText(QCoreApplication.translate("JapanPage", u"&Operational expertise sought", None))
#if QT_CONFIG(accessibility)
        self.japan__operational_expertise.setAccessibleName(QCoreApplication.translate("JapanPage", u"Operational expertise sought", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__investor_role.setText(QCoreApplication.translate("JapanPage", u"&Role offered to the investor beyond capital", None))
#if QT_CONFIG(accessibility)
        self.japan__investor_role.setAccessibleName(QCoreApplication.translate("JapanPage", u"Role offered to the investor beyond capital", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.japan__partners.setAccessibleName(QCoreApplication.translate("JapanPage", u"Partners", None))
#endif // QT_CONFIG(accessibility)
        self.group_4.setTitle(QCoreApplication.translate("JapanPage", u"Fit with Japanese programmes", None))
        self.label_japan__join_fit.setText(QCoreApplication.translate("JapanPage", u"F&it with JOIN", None))
#if QT_CONFIG(accessibility)
        self.japan__join_fit.setAccessibleName(QCoreApplication.translate("JapanPage", u"Fit with JOIN", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__jbic_fit.setText(QCoreApplication.translate("JapanPage", u"Fi&t with JBIC", None))
#if QT_CONFIG(accessibility)
        self.japan__jbic_fit.setAccessibleName(QCoreApplication.translate("JapanPage", u"Fit with JBIC", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__smart_jamp_fit.setText(QCoreApplication.translate("JapanPage", u"Fit &with Smart JAMP", None))
#if QT_CONFIG(accessibility)
        self.japan__smart_jamp_fit.setAccessibleName(QCoreApplication.translate("JapanPage", u"Fit with Smart JAMP", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__green_focus.setText(QCoreApplication.translate("JapanPage", u"Environ&mental aims", None))
#if QT_CONFIG(accessibility)
        self.japan__green_focus.setAccessibleName(QCoreApplication.translate("JapanPage", u"Environmental aims", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__ghg_reduction_tco2e.setText(QCoreApplication.translate("JapanPage", u"&GHG reduction (tCO2e a year)", None))
#if QT_CONFIG(accessibility)
        self.japan__ghg_reduction_tco2e.setAccessibleName(QCoreApplication.translate("JapanPage", u"GHG reduction (tCO2e a year)", None))
#endif // QT_CONFIG(accessibility)
        self.japan__ghg_reduction_tco2e.setPlaceholderText(QCoreApplication.translate("JapanPage", u"a number", None))
        self.label_japan__environmental_social.setText(QCoreApplication.translate("JapanPage", u"Environment&al and social considerations", None))
#if QT_CONFIG(accessibility)
        self.japan__environmental_social.setAccessibleName(QCoreApplication.translate("JapanPage", u"Environmental and social considerations", None))
#endif // QT_CONFIG(accessibility)
        self.group_6.setTitle(QCoreApplication.translate("JapanPage", u"Structure and exit", None))
        self.label_japan__project_structure.setText(QCoreApplication.translate("JapanPage", u"&Project structure", None))
#if QT_CONFIG(accessibility)
        self.japan__project_structure.setAccessibleName(QCoreApplication.translate("JapanPage", u"Project structure", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__structure_description.setText(QCoreApplication.translate("JapanPage", u"&Structure and shareholders", None))
#if QT_CONFIG(accessibility)
        self.japan__structure_description.setAccessibleName(QCoreApplication.translate("JapanPage", u"Structure and shareholders", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__management_structure.setText(QCoreApplication.translate("JapanPage", u"Management str&ucture", None))
#if QT_CONFIG(accessibility)
        self.japan__management_structure.setAccessibleName(QCoreApplication.translate("JapanPage", u"Management structure", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__investment_recovery.setText(QCoreApplication.translate("JapanPage", u"How the investment is re&covered", None))
#if QT_CONFIG(accessibility)
        self.japan__investment_recovery.setAccessibleName(QCoreApplication.translate("JapanPage", u"How the investment is recovered", None))
#endif // QT_CONFIG(accessibility)
        self.label_japan__exit_strategy.setText(QCoreApplication.translate("JapanPage", u"E&xit strategy", None))
#if QT_CONFIG(accessibility)
        self.japan__exit_strategy.setAccessibleName(QCoreApplication.translate("JapanPage", u"Exit strategy", None))
#endif // QT_CONFIG(accessibility)
        self.japan__exit_agreed.setText(QCoreApplication.translate("JapanPage", u"Exit discussed with the parties in advance", None))
#if QT_CONFIG(accessibility)
        self.japan__exit_agreed.setAccessibleName(QCoreApplication.translate("JapanPage", u"Exit discussed with the parties in advance", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

