# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finance.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from wizard.gui.finance.panel import FinanceFigures
from wizard.gui.tables.listeditor import ListEditor

class Ui_FinancePage(object):
    def setupUi(self, FinancePage):
        if not FinancePage.objectName():
            FinancePage.setObjectName(u"FinancePage")
        self.page_layout = QVBoxLayout(FinancePage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(FinancePage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(FinancePage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(FinancePage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_finance__currency = QLabel(self.group_2)
        self.label_finance__currency.setObjectName(u"label_finance__currency")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_finance__currency)

        self.finance__currency = QComboBox(self.group_2)
        self.finance__currency.setObjectName(u"finance__currency")
        self.finance__currency.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.finance__currency.setMinimumContentsLength(16)

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.finance__currency)

        self.label_finance__local_per_usd = QLabel(self.group_2)
        self.label_finance__local_per_usd.setObjectName(u"label_finance__local_per_usd")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_finance__local_per_usd)

        self.finance__local_per_usd = QLineEdit(self.group_2)
        self.finance__local_per_usd.setObjectName(u"finance__local_per_usd")
        self.finance__local_per_usd.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.finance__local_per_usd)

        self.label_finance__local_per_jpy = QLabel(self.group_2)
        self.label_finance__local_per_jpy.setObjectName(u"label_finance__local_per_jpy")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_finance__local_per_jpy)

        self.finance__local_per_jpy = QLineEdit(self.group_2)
        self.finance__local_per_jpy.setObjectName(u"finance__local_per_jpy")
        self.finance__local_per_jpy.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.finance__local_per_jpy)

        self.label_finance__rates_date = QLabel(self.group_2)
        self.label_finance__rates_date.setObjectName(u"label_finance__rates_date")

        self.form_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_finance__rates_date)

        self.finance__rates_date = QLineEdit(self.group_2)
        self.finance__rates_date.setObjectName(u"finance__rates_date")
        self.finance__rates_date.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.finance__rates_date)

        self.label_finance__base_year = QLabel(self.group_2)
        self.label_finance__base_year.setObjectName(u"label_finance__base_year")

        self.form_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_finance__base_year)

        self.finance__base_year = QLineEdit(self.group_2)
        self.finance__base_year.setObjectName(u"finance__base_year")
        self.finance__base_year.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.finance__base_year)

        self.label_finance__horizon_years = QLabel(self.group_2)
        self.label_finance__horizon_years.setObjectName(u"label_finance__horizon_years")

        self.form_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_finance__horizon_years)

        self.finance__horizon_years = QLineEdit(self.group_2)
        self.finance__horizon_years.setObjectName(u"finance__horizon_years")
        self.finance__horizon_years.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(5, QFormLayout.ItemRole.FieldRole, self.finance__horizon_years)

        self.label_finance__discount_rate_pct = QLabel(self.group_2)
        self.label_finance__discount_rate_pct.setObjectName(u"label_finance__discount_rate_pct")

        self.form_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_finance__discount_rate_pct)

        self.finance__discount_rate_pct = QLineEdit(self.group_2)
        self.finance__discount_rate_pct.setObjectName(u"finance__discount_rate_pct")
        self.finance__discount_rate_pct.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(6, QFormLayout.ItemRole.FieldRole, self.finance__discount_rate_pct)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(FinancePage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.finance__lines = ListEditor(self.group_4)
        self.finance__lines.setObjectName(u"finance__lines")

        self.form_3.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.finance__lines)

        self.import_lines_button = QPushButton(self.group_4)
        self.import_lines_button.setObjectName(u"import_lines_button")

        self.form_3.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.import_lines_button)


        self.page_layout.addWidget(self.group_4)

        self.group_8 = QGroupBox(FinancePage)
        self.group_8.setObjectName(u"group_8")
        self.form_7 = QFormLayout(self.group_8)
        self.form_7.setObjectName(u"form_7")
        self.form_7.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.finance__funding = ListEditor(self.group_8)
        self.finance__funding.setObjectName(u"finance__funding")

        self.form_7.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.finance__funding)

        self.import_funding_button = QPushButton(self.group_8)
        self.import_funding_button.setObjectName(u"import_funding_button")

        self.form_7.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.import_funding_button)


        self.page_layout.addWidget(self.group_8)

        self.group_14 = QGroupBox(FinancePage)
        self.group_14.setObjectName(u"group_14")
        self.form_13 = QFormLayout(self.group_14)
        self.form_13.setObjectName(u"form_13")
        self.form_13.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_finance__operations_start_year = QLabel(self.group_14)
        self.label_finance__operations_start_year.setObjectName(u"label_finance__operations_start_year")

        self.form_13.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_finance__operations_start_year)

        self.finance__operations_start_year = QLineEdit(self.group_14)
        self.finance__operations_start_year.setObjectName(u"finance__operations_start_year")
        self.finance__operations_start_year.setMaximumSize(QSize(260, 16777215))

        self.form_13.setWidget(0, QFormLayout.ItemRole.FieldRole, self.finance__operations_start_year)

        self.label_finance__concession_end_year = QLabel(self.group_14)
        self.label_finance__concession_end_year.setObjectName(u"label_finance__concession_end_year")

        self.form_13.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_finance__concession_end_year)

        self.finance__concession_end_year = QLineEdit(self.group_14)
        self.finance__concession_end_year.setObjectName(u"finance__concession_end_year")
        self.finance__concession_end_year.setMaximumSize(QSize(260, 16777215))

        self.form_13.setWidget(1, QFormLayout.ItemRole.FieldRole, self.finance__concession_end_year)

        self.label_finance__terminal_method = QLabel(self.group_14)
        self.label_finance__terminal_method.setObjectName(u"label_finance__terminal_method")

        self.form_13.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_finance__terminal_method)

        self.finance__terminal_method = QComboBox(self.group_14)
        self.finance__terminal_method.setObjectName(u"finance__terminal_method")
        self.finance__terminal_method.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.finance__terminal_method.setMinimumContentsLength(16)

        self.form_13.setWidget(2, QFormLayout.ItemRole.FieldRole, self.finance__terminal_method)

        self.label_finance__terminal_growth_pct = QLabel(self.group_14)
        self.label_finance__terminal_growth_pct.setObjectName(u"label_finance__terminal_growth_pct")

        self.form_13.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_finance__terminal_growth_pct)

        self.finance__terminal_growth_pct = QLineEdit(self.group_14)
        self.finance__terminal_growth_pct.setObjectName(u"finance__terminal_growth_pct")
        self.finance__terminal_growth_pct.setMaximumSize(QSize(260, 16777215))

        self.form_13.setWidget(3, QFormLayout.ItemRole.FieldRole, self.finance__terminal_growth_pct)

        self.label_finance__terminal_exit_multiple = QLabel(self.group_14)
        self.label_finance__terminal_exit_multiple.setObjectName(u"label_finance__terminal_exit_multiple")

        self.form_13.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_finance__terminal_exit_multiple)

        self.finance__terminal_exit_multiple = QLineEdit(self.group_14)
        self.finance__terminal_exit_multiple.setObjectName(u"finance__terminal_exit_multiple")
        self.finance__terminal_exit_multiple.setMaximumSize(QSize(260, 16777215))

        self.form_13.setWidget(4, QFormLayout.ItemRole.FieldRole, self.finance__terminal_exit_multiple)


        self.page_layout.addWidget(self.group_14)

        self.group_16 = QGroupBox(FinancePage)
        self.group_16.setObjectName(u"group_16")
        self.form_15 = QFormLayout(self.group_16)
        self.form_15.setObjectName(u"form_15")
        self.form_15.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_finance__tax_rate_pct = QLabel(self.group_16)
        self.label_finance__tax_rate_pct.setObjectName(u"label_finance__tax_rate_pct")

        self.form_15.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_finance__tax_rate_pct)

        self.finance__tax_rate_pct = QLineEdit(self.group_16)
        self.finance__tax_rate_pct.setObjectName(u"finance__tax_rate_pct")
        self.finance__tax_rate_pct.setMaximumSize(QSize(260, 16777215))

        self.form_15.setWidget(0, QFormLayout.ItemRole.FieldRole, self.finance__tax_rate_pct)

        self.label_finance__depreciation_years = QLabel(self.group_16)
        self.label_finance__depreciation_years.setObjectName(u"label_finance__depreciation_years")

        self.form_15.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_finance__depreciation_years)

        self.finance__depreciation_years = QLineEdit(self.group_16)
        self.finance__depreciation_years.setObjectName(u"finance__depreciation_years")
        self.finance__depreciation_years.setMaximumSize(QSize(260, 16777215))

        self.form_15.setWidget(1, QFormLayout.ItemRole.FieldRole, self.finance__depreciation_years)

        self.label_finance__cost_of_equity_pct = QLabel(self.group_16)
        self.label_finance__cost_of_equity_pct.setObjectName(u"label_finance__cost_of_equity_pct")

        self.form_15.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_finance__cost_of_equity_pct)

        self.finance__cost_of_equity_pct = QLineEdit(self.group_16)
        self.finance__cost_of_equity_pct.setObjectName(u"finance__cost_of_equity_pct")
        self.finance__cost_of_equity_pct.setMaximumSize(QSize(260, 16777215))

        self.form_15.setWidget(2, QFormLayout.ItemRole.FieldRole, self.finance__cost_of_equity_pct)

        self.label_finance__min_dscr = QLabel(self.group_16)
        self.label_finance__min_dscr.setObjectName(u"label_finance__min_dscr")

        self.form_15.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_finance__min_dscr)

        self.finance__min_dscr = QLineEdit(self.group_16)
        self.finance__min_dscr.setObjectName(u"finance__min_dscr")
        self.finance__min_dscr.setMaximumSize(QSize(260, 16777215))

        self.form_15.setWidget(3, QFormLayout.ItemRole.FieldRole, self.finance__min_dscr)

        self.label_finance__development_costs = QLabel(self.group_16)
        self.label_finance__development_costs.setObjectName(u"label_finance__development_costs")

        self.form_15.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_finance__development_costs)

        self.finance__development_costs = QLineEdit(self.group_16)
        self.finance__development_costs.setObjectName(u"finance__development_costs")
        self.finance__development_costs.setMaximumSize(QSize(260, 16777215))

        self.form_15.setWidget(4, QFormLayout.ItemRole.FieldRole, self.finance__development_costs)

        self.label_finance__reserves = QLabel(self.group_16)
        self.label_finance__reserves.setObjectName(u"label_finance__reserves")

        self.form_15.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_finance__reserves)

        self.finance__reserves = QLineEdit(self.group_16)
        self.finance__reserves.setObjectName(u"finance__reserves")
        self.finance__reserves.setMaximumSize(QSize(260, 16777215))

        self.form_15.setWidget(5, QFormLayout.ItemRole.FieldRole, self.finance__reserves)

        self.label_finance__fx_depreciation_pct = QLabel(self.group_16)
        self.label_finance__fx_depreciation_pct.setObjectName(u"label_finance__fx_depreciation_pct")

        self.form_15.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_finance__fx_depreciation_pct)

        self.finance__fx_depreciation_pct = QLineEdit(self.group_16)
        self.finance__fx_depreciation_pct.setObjectName(u"finance__fx_depreciation_pct")
        self.finance__fx_depreciation_pct.setMaximumSize(QSize(260, 16777215))

        self.form_15.setWidget(6, QFormLayout.ItemRole.FieldRole, self.finance__fx_depreciation_pct)


        self.page_layout.addWidget(self.group_16)

        self.group_18 = QGroupBox(FinancePage)
        self.group_18.setObjectName(u"group_18")
        self.form_17 = QFormLayout(self.group_18)
        self.form_17.setObjectName(u"form_17")
        self.form_17.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.finance__scenarios = ListEditor(self.group_18)
        self.finance__scenarios.setObjectName(u"finance__scenarios")

        self.form_17.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.finance__scenarios)


        self.page_layout.addWidget(self.group_18)

        self.group_10 = QGroupBox(FinancePage)
        self.group_10.setObjectName(u"group_10")
        self.form_9 = QFormLayout(self.group_10)
        self.form_9.setObjectName(u"form_9")
        self.form_9.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.finance__asks = ListEditor(self.group_10)
        self.finance__asks.setObjectName(u"finance__asks")

        self.form_9.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.finance__asks)

        self.label_finance__ask_use_of_funds = QLabel(self.group_10)
        self.label_finance__ask_use_of_funds.setObjectName(u"label_finance__ask_use_of_funds")

        self.form_9.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_finance__ask_use_of_funds)

        self.finance__ask_use_of_funds = QPlainTextEdit(self.group_10)
        self.finance__ask_use_of_funds.setObjectName(u"finance__ask_use_of_funds")
        self.finance__ask_use_of_funds.setMinimumSize(QSize(0, 64))
        self.finance__ask_use_of_funds.setMaximumSize(QSize(16777215, 110))
        self.finance__ask_use_of_funds.setTabChangesFocus(True)

        self.form_9.setWidget(1, QFormLayout.ItemRole.FieldRole, self.finance__ask_use_of_funds)


        self.page_layout.addWidget(self.group_10)

        self.group_12 = QGroupBox(FinancePage)
        self.group_12.setObjectName(u"group_12")
        self.form_11 = QFormLayout(self.group_12)
        self.form_11.setObjectName(u"form_11")
        self.form_11.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_finance__assumptions = QLabel(self.group_12)
        self.label_finance__assumptions.setObjectName(u"label_finance__assumptions")

        self.form_11.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_finance__assumptions)

        self.finance__assumptions = QPlainTextEdit(self.group_12)
        self.finance__assumptions.setObjectName(u"finance__assumptions")
        self.finance__assumptions.setMinimumSize(QSize(0, 64))
        self.finance__assumptions.setMaximumSize(QSize(16777215, 110))
        self.finance__assumptions.setTabChangesFocus(True)

        self.form_11.setWidget(0, QFormLayout.ItemRole.FieldRole, self.finance__assumptions)


        self.page_layout.addWidget(self.group_12)

        self.group_6 = QGroupBox(FinancePage)
        self.group_6.setObjectName(u"group_6")
        self.form_5 = QFormLayout(self.group_6)
        self.form_5.setObjectName(u"form_5")
        self.form_5.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.finance_figures = FinanceFigures(self.group_6)
        self.finance_figures.setObjectName(u"finance_figures")

        self.form_5.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.finance_figures)


        self.page_layout.addWidget(self.group_6)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_finance__currency.setBuddy(self.finance__currency)
        self.label_finance__local_per_usd.setBuddy(self.finance__local_per_usd)
        self.label_finance__local_per_jpy.setBuddy(self.finance__local_per_jpy)
        self.label_finance__rates_date.setBuddy(self.finance__rates_date)
        self.label_finance__base_year.setBuddy(self.finance__base_year)
        self.label_finance__horizon_years.setBuddy(self.finance__horizon_years)
        self.label_finance__discount_rate_pct.setBuddy(self.finance__discount_rate_pct)
        self.label_finance__operations_start_year.setBuddy(self.finance__operations_start_year)
        self.label_finance__concession_end_year.setBuddy(self.finance__concession_end_year)
        self.label_finance__terminal_method.setBuddy(self.finance__terminal_method)
        self.label_finance__terminal_growth_pct.setBuddy(self.finance__terminal_growth_pct)
        self.label_finance__terminal_exit_multiple.setBuddy(self.finance__terminal_exit_multiple)
        self.label_finance__tax_rate_pct.setBuddy(self.finance__tax_rate_pct)
        self.label_finance__depreciation_years.setBuddy(self.finance__depreciation_years)
        self.label_finance__cost_of_equity_pct.setBuddy(self.finance__cost_of_equity_pct)
        self.label_finance__min_dscr.setBuddy(self.finance__min_dscr)
        self.label_finance__development_costs.setBuddy(self.finance__development_costs)
        self.label_finance__reserves.setBuddy(self.finance__reserves)
        self.label_finance__fx_depreciation_pct.setBuddy(self.finance__fx_depreciation_pct)
        self.label_finance__ask_use_of_funds.setBuddy(self.finance__ask_use_of_funds)
        self.label_finance__assumptions.setBuddy(self.finance__assumptions)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FinancePage)

        QMetaObject.connectSlotsByName(FinancePage)
    # setupUi

    def retranslateUi(self, FinancePage):
        FinancePage.setWindowTitle(QCoreApplication.translate("FinancePage", u"Financial case", None))
        self.page_title.setText(QCoreApplication.translate("FinancePage", u"Financial case", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("FinancePage", u"Financial case", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("FinancePage", u"Yearly numbers in, the figures investors expect out.", None))
        self.group_2.setTitle(QCoreApplication.translate("FinancePage", u"Currency and rates", None))
        self.label_finance__currency.setText(QCoreApplication.translate("FinancePage", u"&Currency", None))
#if QT_CONFIG(accessibility)
        self.finance__currency.setAccessibleName(QCoreApplication.translate("FinancePage", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.label_finance__local_per_usd.setText(QCoreApplication.translate("FinancePage", u"&Local currency per 1 USD", None))
#if QT_CONFIG(accessibility)
        self.finance__local_per_usd.setAccessibleName(QCoreApplication.translate("FinancePage", u"Local currency per 1 USD", None))
#endif // QT_CONFIG(accessibility)
        self.finance__local_per_usd.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.label_finance__local_per_jpy.setText(QCoreApplication.translate("FinancePage", u"L&ocal currency per 1 JPY", None))
#if QT_CONFIG(accessibility)
        self.finance__local_per_jpy.setAccessibleName(QCoreApplication.translate("FinancePage", u"Local currency per 1 JPY", None))
#endif // QT_CONFIG(accessibility)
        self.finance__local_per_jpy.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.label_finance__rates_date.setText(QCoreApplication.translate("FinancePage", u"E&xchange rates taken on", None))
#if QT_CONFIG(accessibility)
        self.finance__rates_date.setAccessibleName(QCoreApplication.translate("FinancePage", u"Exchange rates taken on", None))
#endif // QT_CONFIG(accessibility)
        self.finance__rates_date.setPlaceholderText(QCoreApplication.translate("FinancePage", u"YYYY-MM-DD", None))
        self.label_finance__base_year.setText(QCoreApplication.translate("FinancePage", u"B&ase year", None))
#if QT_CONFIG(accessibility)
        self.finance__base_year.setAccessibleName(QCoreApplication.translate("FinancePage", u"Base year", None))
#endif // QT_CONFIG(accessibility)
        self.finance__base_year.setPlaceholderText(QCoreApplication.translate("FinancePage", u"e.g. 2030", None))
        self.label_finance__horizon_years.setText(QCoreApplication.translate("FinancePage", u"Ho&rizon (years)", None))
#if QT_CONFIG(accessibility)
        self.finance__horizon_years.setAccessibleName(QCoreApplication.translate("FinancePage", u"Horizon (years)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__horizon_years.setPlaceholderText(QCoreApplication.translate("FinancePage", u"e.g. 25", None))
        self.label_finance__discount_rate_pct.setText(QCoreApplication.translate("FinancePage", u"&Discount rate (%)", None))
#if QT_CONFIG(accessibility)
        self.finance__discount_rate_pct.setAccessibleName(QCoreApplication.translate("FinancePage", u"Discount rate (%)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__discount_rate_pct.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.group_4.setTitle(QCoreApplication.translate("FinancePage", u"Yearly cash flows", None))
#if QT_CONFIG(accessibility)
        self.finance__lines.setAccessibleName(QCoreApplication.translate("FinancePage", u"Yearly cash flows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.import_lines_button.setToolTip(QCoreApplication.translate("FinancePage", u"Bring the yearly lines in from an .xlsx or .csv file: you check the columns and every cell before anything changes", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.import_lines_button.setAccessibleName(QCoreApplication.translate("FinancePage", u"Import yearly lines from a spreadsheet...", None))
#endif // QT_CONFIG(accessibility)
        self.import_lines_button.setText(QCoreApplication.translate("FinancePage", u"Import from a spreadsheet...", None))
        self.group_8.setTitle(QCoreApplication.translate("FinancePage", u"Funding sources", None))
#if QT_CONFIG(accessibility)
        self.finance__funding.setAccessibleName(QCoreApplication.translate("FinancePage", u"Funding sources", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.import_funding_button.setToolTip(QCoreApplication.translate("FinancePage", u"Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.import_funding_button.setAccessibleName(QCoreApplication.translate("FinancePage", u"Import funding sources from a spreadsheet...", None))
#endif // QT_CONFIG(accessibility)
        self.import_funding_button.setText(QCoreApplication.translate("FinancePage", u"Import from a spreadsheet...", None))
        self.group_14.setTitle(QCoreApplication.translate("FinancePage", u"Operation, concession, terminal value", None))
        self.label_finance__operations_start_year.setText(QCoreApplication.translate("FinancePage", u"Co&mmercial operation starts (year)", None))
#if QT_CONFIG(accessibility)
        self.finance__operations_start_year.setAccessibleName(QCoreApplication.translate("FinancePage", u"Commercial operation starts (year)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__operations_start_year.setPlaceholderText(QCoreApplication.translate("FinancePage", u"e.g. 2031", None))
        self.label_finance__concession_end_year.setText(QCoreApplication.translate("FinancePage", u"Conce&ssion or asset life ends (year)", None))
#if QT_CONFIG(accessibility)
        self.finance__concession_end_year.setAccessibleName(QCoreApplication.translate("FinancePage", u"Concession or asset life ends (year)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__concession_end_year.setPlaceholderText(QCoreApplication.translate("FinancePage", u"e.g. 2052", None))
        self.label_finance__terminal_method.setText(QCoreApplication.translate("FinancePage", u"&Terminal value method", None))
#if QT_CONFIG(accessibility)
        self.finance__terminal_method.setAccessibleName(QCoreApplication.translate("FinancePage", u"Terminal value method", None))
#endif // QT_CONFIG(accessibility)
        self.label_finance__terminal_growth_pct.setText(QCoreApplication.translate("FinancePage", u"Terminal gro&wth (% a year)", None))
#if QT_CONFIG(accessibility)
        self.finance__terminal_growth_pct.setAccessibleName(QCoreApplication.translate("FinancePage", u"Terminal growth (% a year)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__terminal_growth_pct.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.label_finance__terminal_exit_multiple.setText(QCoreApplication.translate("FinancePage", u"Exit multi&ple (x EBITDA)", None))
#if QT_CONFIG(accessibility)
        self.finance__terminal_exit_multiple.setAccessibleName(QCoreApplication.translate("FinancePage", u"Exit multiple (x EBITDA)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__terminal_exit_multiple.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.group_16.setTitle(QCoreApplication.translate("FinancePage", u"Tax, returns and the lenders' view", None))
        self.label_finance__tax_rate_pct.setText(QCoreApplication.translate("FinancePage", u"Prof&it tax rate (%)", None))
#if QT_CONFIG(accessibility)
        self.finance__tax_rate_pct.setAccessibleName(QCoreApplication.translate("FinancePage", u"Profit tax rate (%)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__tax_rate_pct.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.label_finance__depreciation_years.setText(QCoreApplication.translate("FinancePage", u"Depreciation period (&years)", None))
#if QT_CONFIG(accessibility)
        self.finance__depreciation_years.setAccessibleName(QCoreApplication.translate("FinancePage", u"Depreciation period (years)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__depreciation_years.setPlaceholderText(QCoreApplication.translate("FinancePage", u"e.g. 20", None))
        self.label_finance__cost_of_equity_pct.setText(QCoreApplication.translate("FinancePage", u"Cost of e&quity (%)", None))
#if QT_CONFIG(accessibility)
        self.finance__cost_of_equity_pct.setAccessibleName(QCoreApplication.translate("FinancePage", u"Cost of equity (%)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__cost_of_equity_pct.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.label_finance__min_dscr.setText(QCoreApplication.translate("FinancePage", u"Lenders' minimum DSCR (x)", None))
#if QT_CONFIG(accessibility)
        self.finance__min_dscr.setAccessibleName(QCoreApplication.translate("FinancePage", u"Lenders' minimum DSCR (x)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__min_dscr.setPlaceholderText(QCoreApplication.translate("FinancePage", u"e.g. 1.30", None))
        self.label_finance__development_costs.setText(QCoreApplication.translate("FinancePage", u"Development costs", None))
#if QT_CONFIG(accessibility)
        self.finance__development_costs.setAccessibleName(QCoreApplication.translate("FinancePage", u"Development costs", None))
#endif // QT_CONFIG(accessibility)
        self.finance__development_costs.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.label_finance__reserves.setText(QCoreApplication.translate("FinancePage", u"Reserve accounts funded at financial close", None))
#if QT_CONFIG(accessibility)
        self.finance__reserves.setAccessibleName(QCoreApplication.translate("FinancePage", u"Reserve accounts funded at financial close", None))
#endif // QT_CONFIG(accessibility)
        self.finance__reserves.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.label_finance__fx_depreciation_pct.setText(QCoreApplication.translate("FinancePage", u"Local currency depreciation a&gainst the loan currency (% a year)", None))
#if QT_CONFIG(accessibility)
        self.finance__fx_depreciation_pct.setAccessibleName(QCoreApplication.translate("FinancePage", u"Local currency depreciation against the loan currency (% a year)", None))
#endif // QT_CONFIG(accessibility)
        self.finance__fx_depreciation_pct.setPlaceholderText(QCoreApplication.translate("FinancePage", u"a number", None))
        self.group_18.setTitle(QCoreApplication.translate("FinancePage", u"Scenarios", None))
#if QT_CONFIG(accessibility)
        self.finance__scenarios.setAccessibleName(QCoreApplication.translate("FinancePage", u"Scenarios", None))
#endif // QT_CONFIG(accessibility)
        self.group_10.setTitle(QCoreApplication.translate("FinancePage", u"The ask to Japanese investors", None))
#if QT_CONFIG(accessibility)
        self.finance__asks.setAccessibleName(QCoreApplication.translate("FinancePage", u"The ask to Japanese investors", None))
#endif // QT_CONFIG(accessibility)
        self.label_finance__ask_use_of_funds.setText(QCoreApplication.translate("FinancePage", u"&Use of the funds asked for", None))
#if QT_CONFIG(accessibility)
        self.finance__ask_use_of_funds.setAccessibleName(QCoreApplication.translate("FinancePage", u"Use of the funds asked for", None))
#endif // QT_CONFIG(accessibility)
        self.group_12.setTitle(QCoreApplication.translate("FinancePage", u"Assumptions", None))
        self.label_finance__assumptions.setText(QCoreApplication.translate("FinancePage", u"&Key assumptions", None))
#if QT_CONFIG(accessibility)
        self.finance__assumptions.setAccessibleName(QCoreApplication.translate("FinancePage", u"Key assumptions", None))
#endif // QT_CONFIG(accessibility)
        self.group_6.setTitle(QCoreApplication.translate("FinancePage", u"Figures", None))
    # retranslateUi

