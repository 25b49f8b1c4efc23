# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'economy.ui'
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
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EconomyPage(object):
    def setupUi(self, EconomyPage):
        if not EconomyPage.objectName():
            EconomyPage.setObjectName(u"EconomyPage")
        self.page_layout = QVBoxLayout(EconomyPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(EconomyPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(EconomyPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(EconomyPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_economy__business_conditions = QLabel(self.group_2)
        self.label_economy__business_conditions.setObjectName(u"label_economy__business_conditions")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_economy__business_conditions)

        self.economy__business_conditions = QPlainTextEdit(self.group_2)
        self.economy__business_conditions.setObjectName(u"economy__business_conditions")
        self.economy__business_conditions.setMinimumSize(QSize(0, 64))
        self.economy__business_conditions.setMaximumSize(QSize(16777215, 110))
        self.economy__business_conditions.setTabChangesFocus(True)

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.economy__business_conditions)

        self.label_economy__enabling_infrastructure = QLabel(self.group_2)
        self.label_economy__enabling_infrastructure.setObjectName(u"label_economy__enabling_infrastructure")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_economy__enabling_infrastructure)

        self.economy__enabling_infrastructure = QPlainTextEdit(self.group_2)
        self.economy__enabling_infrastructure.setObjectName(u"economy__enabling_infrastructure")
        self.economy__enabling_infrastructure.setMinimumSize(QSize(0, 64))
        self.economy__enabling_infrastructure.setMaximumSize(QSize(16777215, 110))
        self.economy__enabling_infrastructure.setTabChangesFocus(True)

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.economy__enabling_infrastructure)

        self.label_economy__regulation = QLabel(self.group_2)
        self.label_economy__regulation.setObjectName(u"label_economy__regulation")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_economy__regulation)

        self.economy__regulation = QPlainTextEdit(self.group_2)
        self.economy__regulation.setObjectName(u"economy__regulation")
        self.economy__regulation.setMinimumSize(QSize(0, 64))
        self.economy__regulation.setMaximumSize(QSize(16777215, 110))
        self.economy__regulation.setTabChangesFocus(True)

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.economy__regulation)

        self.label_economy__market_access = QLabel(self.group_2)
        self.label_economy__market_access.setObjectName(u"label_economy__market_access")

        self.form_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_economy__market_access)

        self.economy__market_access = QPlainTextEdit(self.group_2)
        self.economy__market_access.setObjectName(u"economy__market_access")
        self.economy__market_access.setMinimumSize(QSize(0, 64))
        self.economy__market_access.setMaximumSize(QSize(16777215, 110))
        self.economy__market_access.setTabChangesFocus(True)

        self.form_1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.economy__market_access)

        self.label_economy__revenue_model = QLabel(self.group_2)
        self.label_economy__revenue_model.setObjectName(u"label_economy__revenue_model")

        self.form_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_economy__revenue_model)

        self.economy__revenue_model = QPlainTextEdit(self.group_2)
        self.economy__revenue_model.setObjectName(u"economy__revenue_model")
        self.economy__revenue_model.setMinimumSize(QSize(0, 64))
        self.economy__revenue_model.setMaximumSize(QSize(16777215, 110))
        self.economy__revenue_model.setTabChangesFocus(True)

        self.form_1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.economy__revenue_model)

        self.label_economy__jobs_direct = QLabel(self.group_2)
        self.label_economy__jobs_direct.setObjectName(u"label_economy__jobs_direct")

        self.form_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_economy__jobs_direct)

        self.economy__jobs_direct = QLineEdit(self.group_2)
        self.economy__jobs_direct.setObjectName(u"economy__jobs_direct")
        self.economy__jobs_direct.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(5, QFormLayout.ItemRole.FieldRole, self.economy__jobs_direct)

        self.label_economy__jobs_indirect = QLabel(self.group_2)
        self.label_economy__jobs_indirect.setObjectName(u"label_economy__jobs_indirect")

        self.form_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_economy__jobs_indirect)

        self.economy__jobs_indirect = QLineEdit(self.group_2)
        self.economy__jobs_indirect.setObjectName(u"economy__jobs_indirect")
        self.economy__jobs_indirect.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(6, QFormLayout.ItemRole.FieldRole, self.economy__jobs_indirect)

        self.label_economy__scalability = QLabel(self.group_2)
        self.label_economy__scalability.setObjectName(u"label_economy__scalability")

        self.form_1.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_economy__scalability)

        self.economy__scalability = QPlainTextEdit(self.group_2)
        self.economy__scalability.setObjectName(u"economy__scalability")
        self.economy__scalability.setMinimumSize(QSize(0, 64))
        self.economy__scalability.setMaximumSize(QSize(16777215, 110))
        self.economy__scalability.setTabChangesFocus(True)

        self.form_1.setWidget(7, QFormLayout.ItemRole.FieldRole, self.economy__scalability)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(EconomyPage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_feasibility__study_status = QLabel(self.group_4)
        self.label_feasibility__study_status.setObjectName(u"label_feasibility__study_status")

        self.form_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_feasibility__study_status)

        self.feasibility__study_status = QComboBox(self.group_4)
        self.feasibility__study_status.setObjectName(u"feasibility__study_status")
        self.feasibility__study_status.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.feasibility__study_status.setMinimumContentsLength(16)

        self.form_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.feasibility__study_status)

        self.label_feasibility__study_by = QLabel(self.group_4)
        self.label_feasibility__study_by.setObjectName(u"label_feasibility__study_by")

        self.form_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_feasibility__study_by)

        self.feasibility__study_by = QLineEdit(self.group_4)
        self.feasibility__study_by.setObjectName(u"feasibility__study_by")

        self.form_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feasibility__study_by)

        self.label_feasibility__study_year = QLabel(self.group_4)
        self.label_feasibility__study_year.setObjectName(u"label_feasibility__study_year")

        self.form_3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_feasibility__study_year)

        self.feasibility__study_year = QLineEdit(self.group_4)
        self.feasibility__study_year.setObjectName(u"feasibility__study_year")
        self.feasibility__study_year.setMaximumSize(QSize(260, 16777215))

        self.form_3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.feasibility__study_year)

        self.label_feasibility__options_considered = QLabel(self.group_4)
        self.label_feasibility__options_considered.setObjectName(u"label_feasibility__options_considered")

        self.form_3.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_feasibility__options_considered)

        self.feasibility__options_considered = QPlainTextEdit(self.group_4)
        self.feasibility__options_considered.setObjectName(u"feasibility__options_considered")
        self.feasibility__options_considered.setMinimumSize(QSize(0, 64))
        self.feasibility__options_considered.setMaximumSize(QSize(16777215, 110))
        self.feasibility__options_considered.setTabChangesFocus(True)

        self.form_3.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feasibility__options_considered)

        self.label_feasibility__technical_justification = QLabel(self.group_4)
        self.label_feasibility__technical_justification.setObjectName(u"label_feasibility__technical_justification")

        self.form_3.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_feasibility__technical_justification)

        self.feasibility__technical_justification = QPlainTextEdit(self.group_4)
        self.feasibility__technical_justification.setObjectName(u"feasibility__technical_justification")
        self.feasibility__technical_justification.setMinimumSize(QSize(0, 64))
        self.feasibility__technical_justification.setMaximumSize(QSize(16777215, 110))
        self.feasibility__technical_justification.setTabChangesFocus(True)

        self.form_3.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feasibility__technical_justification)

        self.label_feasibility__demand_forecast = QLabel(self.group_4)
        self.label_feasibility__demand_forecast.setObjectName(u"label_feasibility__demand_forecast")

        self.form_3.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_feasibility__demand_forecast)

        self.feasibility__demand_forecast = QPlainTextEdit(self.group_4)
        self.feasibility__demand_forecast.setObjectName(u"feasibility__demand_forecast")
        self.feasibility__demand_forecast.setMinimumSize(QSize(0, 64))
        self.feasibility__demand_forecast.setMaximumSize(QSize(16777215, 110))
        self.feasibility__demand_forecast.setTabChangesFocus(True)

        self.form_3.setWidget(5, QFormLayout.ItemRole.FieldRole, self.feasibility__demand_forecast)

        self.label_feasibility__demand_forecast_source = QLabel(self.group_4)
        self.label_feasibility__demand_forecast_source.setObjectName(u"label_feasibility__demand_forecast_source")

        self.form_3.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_feasibility__demand_forecast_source)

        self.feasibility__demand_forecast_source = QLineEdit(self.group_4)
        self.feasibility__demand_forecast_source.setObjectName(u"feasibility__demand_forecast_source")

        self.form_3.setWidget(6, QFormLayout.ItemRole.FieldRole, self.feasibility__demand_forecast_source)

        self.feasibility__demand_forecast_independent = QCheckBox(self.group_4)
        self.feasibility__demand_forecast_independent.setObjectName(u"feasibility__demand_forecast_independent")

        self.form_3.setWidget(7, QFormLayout.ItemRole.FieldRole, self.feasibility__demand_forecast_independent)

        self.label_feasibility__permits_status = QLabel(self.group_4)
        self.label_feasibility__permits_status.setObjectName(u"label_feasibility__permits_status")

        self.form_3.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_feasibility__permits_status)

        self.feasibility__permits_status = QComboBox(self.group_4)
        self.feasibility__permits_status.setObjectName(u"feasibility__permits_status")
        self.feasibility__permits_status.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.feasibility__permits_status.setMinimumContentsLength(16)

        self.form_3.setWidget(8, QFormLayout.ItemRole.FieldRole, self.feasibility__permits_status)

        self.label_feasibility__land_status = QLabel(self.group_4)
        self.label_feasibility__land_status.setObjectName(u"label_feasibility__land_status")

        self.form_3.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_feasibility__land_status)

        self.feasibility__land_status = QComboBox(self.group_4)
        self.feasibility__land_status.setObjectName(u"feasibility__land_status")
        self.feasibility__land_status.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.feasibility__land_status.setMinimumContentsLength(16)

        self.form_3.setWidget(9, QFormLayout.ItemRole.FieldRole, self.feasibility__land_status)

        self.label_feasibility__environmental_category = QLabel(self.group_4)
        self.label_feasibility__environmental_category.setObjectName(u"label_feasibility__environmental_category")

        self.form_3.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_feasibility__environmental_category)

        self.feasibility__environmental_category = QComboBox(self.group_4)
        self.feasibility__environmental_category.setObjectName(u"feasibility__environmental_category")
        self.feasibility__environmental_category.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.feasibility__environmental_category.setMinimumContentsLength(16)

        self.form_3.setWidget(10, QFormLayout.ItemRole.FieldRole, self.feasibility__environmental_category)

        self.label_feasibility__eia_status = QLabel(self.group_4)
        self.label_feasibility__eia_status.setObjectName(u"label_feasibility__eia_status")

        self.form_3.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_feasibility__eia_status)

        self.feasibility__eia_status = QComboBox(self.group_4)
        self.feasibility__eia_status.setObjectName(u"feasibility__eia_status")
        self.feasibility__eia_status.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.feasibility__eia_status.setMinimumContentsLength(16)

        self.form_3.setWidget(11, QFormLayout.ItemRole.FieldRole, self.feasibility__eia_status)


        self.page_layout.addWidget(self.group_4)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_economy__business_conditions.setBuddy(self.economy__business_conditions)
        self.label_economy__enabling_infrastructure.setBuddy(self.economy__enabling_infrastructure)
        self.label_economy__regulation.setBuddy(self.economy__regulation)
        self.label_economy__market_access.setBuddy(self.economy__market_access)
        self.label_economy__revenue_model.setBuddy(self.economy__revenue_model)
        self.label_economy__jobs_direct.setBuddy(self.economy__jobs_direct)
        self.label_economy__jobs_indirect.setBuddy(self.economy__jobs_indirect)
        self.label_economy__scalability.setBuddy(self.economy__scalability)
        self.label_feasibility__study_status.setBuddy(self.feasibility__study_status)
        self.label_feasibility__study_by.setBuddy(self.feasibility__study_by)
        self.label_feasibility__study_year.setBuddy(self.feasibility__study_year)
        self.label_feasibility__options_considered.setBuddy(self.feasibility__options_considered)
        self.label_feasibility__technical_justification.setBuddy(self.feasibility__technical_justification)
        self.label_feasibility__demand_forecast.setBuddy(self.feasibility__demand_forecast)
        self.label_feasibility__demand_forecast_source.setBuddy(self.feasibility__demand_forecast_source)
        self.label_feasibility__permits_status.setBuddy(self.feasibility__permits_status)
        self.label_feasibility__land_status.setBuddy(self.feasibility__land_status)
        self.label_feasibility__environmental_category.setBuddy(self.feasibility__environmental_category)
        self.label_feasibility__eia_status.setBuddy(self.feasibility__eia_status)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EconomyPage)

        QMetaObject.connectSlotsByName(EconomyPage)
    # setupUi

    def retranslateUi(self, EconomyPage):
        EconomyPage.setWindowTitle(QCoreApplication.translate("EconomyPage", u"Economic engine", None))
        self.page_title.setText(QCoreApplication.translate("EconomyPage", u"Economic engine", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Economic engine", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("EconomyPage", u"The conditions that let businesses invest and grow, and how far the project has been studied.", None))
        self.group_2.setTitle(QCoreApplication.translate("EconomyPage", u"Growth conditions", None))
        self.label_economy__business_conditions.setText(QCoreApplication.translate("EconomyPage", u"&Conditions for business", None))
#if QT_CONFIG(accessibility)
        self.economy__business_conditions.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Conditions for business", None))
#endif // QT_CONFIG(accessibility)
        self.label_economy__enabling_infrastructure.setText(QCoreApplication.translate("EconomyPage", u"En&abling infrastructure", None))
#if QT_CONFIG(accessibility)
        self.economy__enabling_infrastructure.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Enabling infrastructure", None))
#endif // QT_CONFIG(accessibility)
        self.label_economy__regulation.setText(QCoreApplication.translate("EconomyPage", u"&Regulation and enabling law", None))
#if QT_CONFIG(accessibility)
        self.economy__regulation.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Regulation and enabling law", None))
#endif // QT_CONFIG(accessibility)
        self.label_economy__market_access.setText(QCoreApplication.translate("EconomyPage", u"&Market access and demand", None))
#if QT_CONFIG(accessibility)
        self.economy__market_access.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Market access and demand", None))
#endif // QT_CONFIG(accessibility)
        self.label_economy__revenue_model.setText(QCoreApplication.translate("EconomyPage", u"Reven&ue model", None))
#if QT_CONFIG(accessibility)
        self.economy__revenue_model.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Revenue model", None))
#endif // QT_CONFIG(accessibility)
        self.label_economy__jobs_direct.setText(QCoreApplication.translate("EconomyPage", u"&Direct jobs", None))
#if QT_CONFIG(accessibility)
        self.economy__jobs_direct.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Direct jobs", None))
#endif // QT_CONFIG(accessibility)
        self.economy__jobs_direct.setPlaceholderText(QCoreApplication.translate("EconomyPage", u"a whole number", None))
        self.label_economy__jobs_indirect.setText(QCoreApplication.translate("EconomyPage", u"&Indirect jobs", None))
#if QT_CONFIG(accessibility)
        self.economy__jobs_indirect.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Indirect jobs", None))
#endif // QT_CONFIG(accessibility)
        self.economy__jobs_indirect.setPlaceholderText(QCoreApplication.translate("EconomyPage", u"a whole number", None))
        self.label_economy__scalability.setText(QCoreApplication.translate("EconomyPage", u"&Scalability and replication", None))
#if QT_CONFIG(accessibility)
        self.economy__scalability.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Scalability and replication", None))
#endif // QT_CONFIG(accessibility)
        self.group_4.setTitle(QCoreApplication.translate("EconomyPage", u"Feasibility", None))
        self.label_feasibility__study_status.setText(QCoreApplication.translate("EconomyPage", u"Feasibi&lity study status", None))
#if QT_CONFIG(accessibility)
        self.feasibility__study_status.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Feasibility study status", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__study_by.setText(QCoreApplication.translate("EconomyPage", u"S&tudy prepared by", None))
#if QT_CONFIG(accessibility)
        self.feasibility__study_by.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Study prepared by", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__study_year.setText(QCoreApplication.translate("EconomyPage", u"Study year", None))
#if QT_CONFIG(accessibility)
        self.feasibility__study_year.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Study year", None))
#endif // QT_CONFIG(accessibility)
        self.feasibility__study_year.setPlaceholderText(QCoreApplication.translate("EconomyPage", u"e.g. 2030", None))
        self.label_feasibility__options_considered.setText(QCoreApplication.translate("EconomyPage", u"&Options considered", None))
#if QT_CONFIG(accessibility)
        self.feasibility__options_considered.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Options considered", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__technical_justification.setText(QCoreApplication.translate("EconomyPage", u"Technical &justification", None))
#if QT_CONFIG(accessibility)
        self.feasibility__technical_justification.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Technical justification", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__demand_forecast.setText(QCoreApplication.translate("EconomyPage", u"Demand forecast", None))
#if QT_CONFIG(accessibility)
        self.feasibility__demand_forecast.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Demand forecast", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__demand_forecast_source.setText(QCoreApplication.translate("EconomyPage", u"Demand forecast &prepared by", None))
#if QT_CONFIG(accessibility)
        self.feasibility__demand_forecast_source.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Demand forecast prepared by", None))
#endif // QT_CONFIG(accessibility)
        self.feasibility__demand_forecast_independent.setText(QCoreApplication.translate("EconomyPage", u"Forecast prepared independently", None))
#if QT_CONFIG(accessibility)
        self.feasibility__demand_forecast_independent.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Forecast prepared independently", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__permits_status.setText(QCoreApplication.translate("EconomyPage", u"Permits", None))
#if QT_CONFIG(accessibility)
        self.feasibility__permits_status.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Permits", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__land_status.setText(QCoreApplication.translate("EconomyPage", u"Land", None))
#if QT_CONFIG(accessibility)
        self.feasibility__land_status.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Land", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__environmental_category.setText(QCoreApplication.translate("EconomyPage", u"Environmental cate&gory", None))
#if QT_CONFIG(accessibility)
        self.feasibility__environmental_category.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Environmental category", None))
#endif // QT_CONFIG(accessibility)
        self.label_feasibility__eia_status.setText(QCoreApplication.translate("EconomyPage", u"Environmental impact assessment", None))
#if QT_CONFIG(accessibility)
        self.feasibility__eia_status.setAccessibleName(QCoreApplication.translate("EconomyPage", u"Environmental impact assessment", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

