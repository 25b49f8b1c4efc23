# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'city_team.ui'
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

class Ui_CityTeamPage(object):
    def setupUi(self, CityTeamPage):
        if not CityTeamPage.objectName():
            CityTeamPage.setObjectName(u"CityTeamPage")
        self.page_layout = QVBoxLayout(CityTeamPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(CityTeamPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(CityTeamPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(CityTeamPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_city__name = QLabel(self.group_2)
        self.label_city__name.setObjectName(u"label_city__name")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_city__name)

        self.city__name = QLineEdit(self.group_2)
        self.city__name.setObjectName(u"city__name")

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.city__name)

        self.label_city__country = QLabel(self.group_2)
        self.label_city__country.setObjectName(u"label_city__country")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_city__country)

        self.city__country = QComboBox(self.group_2)
        self.city__country.setObjectName(u"city__country")
        self.city__country.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.city__country.setMinimumContentsLength(16)

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.city__country)

        self.label_city__region = QLabel(self.group_2)
        self.label_city__region.setObjectName(u"label_city__region")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_city__region)

        self.city__region = QLineEdit(self.group_2)
        self.city__region.setObjectName(u"city__region")

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.city__region)

        self.label_city__latitude = QLabel(self.group_2)
        self.label_city__latitude.setObjectName(u"label_city__latitude")

        self.form_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_city__latitude)

        self.city__latitude = QLineEdit(self.group_2)
        self.city__latitude.setObjectName(u"city__latitude")
        self.city__latitude.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city__latitude)

        self.label_city__longitude = QLabel(self.group_2)
        self.label_city__longitude.setObjectName(u"label_city__longitude")

        self.form_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_city__longitude)

        self.city__longitude = QLineEdit(self.group_2)
        self.city__longitude.setObjectName(u"city__longitude")
        self.city__longitude.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.city__longitude)

        self.label_city__population = QLabel(self.group_2)
        self.label_city__population.setObjectName(u"label_city__population")

        self.form_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_city__population)

        self.city__population = QLineEdit(self.group_2)
        self.city__population.setObjectName(u"city__population")
        self.city__population.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(5, QFormLayout.ItemRole.FieldRole, self.city__population)

        self.label_city__population_year = QLabel(self.group_2)
        self.label_city__population_year.setObjectName(u"label_city__population_year")

        self.form_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_city__population_year)

        self.city__population_year = QLineEdit(self.group_2)
        self.city__population_year.setObjectName(u"city__population_year")
        self.city__population_year.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(6, QFormLayout.ItemRole.FieldRole, self.city__population_year)

        self.label_city__population_growth_pct = QLabel(self.group_2)
        self.label_city__population_growth_pct.setObjectName(u"label_city__population_growth_pct")

        self.form_1.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_city__population_growth_pct)

        self.city__population_growth_pct = QLineEdit(self.group_2)
        self.city__population_growth_pct.setObjectName(u"city__population_growth_pct")
        self.city__population_growth_pct.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(7, QFormLayout.ItemRole.FieldRole, self.city__population_growth_pct)

        self.label_city__area_km2 = QLabel(self.group_2)
        self.label_city__area_km2.setObjectName(u"label_city__area_km2")

        self.form_1.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_city__area_km2)

        self.city__area_km2 = QLineEdit(self.group_2)
        self.city__area_km2.setObjectName(u"city__area_km2")
        self.city__area_km2.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(8, QFormLayout.ItemRole.FieldRole, self.city__area_km2)

        self.label_city__gdp_per_capita_usd = QLabel(self.group_2)
        self.label_city__gdp_per_capita_usd.setObjectName(u"label_city__gdp_per_capita_usd")

        self.form_1.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_city__gdp_per_capita_usd)

        self.city__gdp_per_capita_usd = QLineEdit(self.group_2)
        self.city__gdp_per_capita_usd.setObjectName(u"city__gdp_per_capita_usd")
        self.city__gdp_per_capita_usd.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(9, QFormLayout.ItemRole.FieldRole, self.city__gdp_per_capita_usd)

        self.city__ascn_member = QCheckBox(self.group_2)
        self.city__ascn_member.setObjectName(u"city__ascn_member")

        self.form_1.setWidget(10, QFormLayout.ItemRole.FieldRole, self.city__ascn_member)

        self.label_city__focus_areas = QLabel(self.group_2)
        self.label_city__focus_areas.setObjectName(u"label_city__focus_areas")

        self.form_1.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_city__focus_areas)

        self.city__focus_areas = QListWidget(self.group_2)
        self.city__focus_areas.setObjectName(u"city__focus_areas")
        self.city__focus_areas.setMaximumSize(QSize(16777215, 130))

        self.form_1.setWidget(11, QFormLayout.ItemRole.FieldRole, self.city__focus_areas)

        self.label_city__scap_reference = QLabel(self.group_2)
        self.label_city__scap_reference.setObjectName(u"label_city__scap_reference")

        self.form_1.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_city__scap_reference)

        self.city__scap_reference = QLineEdit(self.group_2)
        self.city__scap_reference.setObjectName(u"city__scap_reference")

        self.form_1.setWidget(12, QFormLayout.ItemRole.FieldRole, self.city__scap_reference)

        self.label_city__context = QLabel(self.group_2)
        self.label_city__context.setObjectName(u"label_city__context")

        self.form_1.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_city__context)

        self.city__context = QPlainTextEdit(self.group_2)
        self.city__context.setObjectName(u"city__context")
        self.city__context.setMinimumSize(QSize(0, 64))
        self.city__context.setMaximumSize(QSize(16777215, 110))
        self.city__context.setTabChangesFocus(True)

        self.form_1.setWidget(13, QFormLayout.ItemRole.FieldRole, self.city__context)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(CityTeamPage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_team__lead_agency = QLabel(self.group_4)
        self.label_team__lead_agency.setObjectName(u"label_team__lead_agency")

        self.form_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_team__lead_agency)

        self.team__lead_agency = QLineEdit(self.group_4)
        self.team__lead_agency.setObjectName(u"team__lead_agency")

        self.form_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team__lead_agency)

        self.label_team__champion_name = QLabel(self.group_4)
        self.label_team__champion_name.setObjectName(u"label_team__champion_name")

        self.form_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_team__champion_name)

        self.team__champion_name = QLineEdit(self.group_4)
        self.team__champion_name.setObjectName(u"team__champion_name")

        self.form_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.team__champion_name)

        self.label_team__champion_title = QLabel(self.group_4)
        self.label_team__champion_title.setObjectName(u"label_team__champion_title")

        self.form_3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_team__champion_title)

        self.team__champion_title = QLineEdit(self.group_4)
        self.team__champion_title.setObjectName(u"team__champion_title")

        self.form_3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.team__champion_title)

        self.label_team__capability = QLabel(self.group_4)
        self.label_team__capability.setObjectName(u"label_team__capability")

        self.form_3.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_team__capability)

        self.team__capability = QPlainTextEdit(self.group_4)
        self.team__capability.setObjectName(u"team__capability")
        self.team__capability.setMinimumSize(QSize(0, 64))
        self.team__capability.setMaximumSize(QSize(16777215, 110))
        self.team__capability.setTabChangesFocus(True)

        self.form_3.setWidget(3, QFormLayout.ItemRole.FieldRole, self.team__capability)

        self.team__contacts = ListEditor(self.group_4)
        self.team__contacts.setObjectName(u"team__contacts")

        self.form_3.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.team__contacts)


        self.page_layout.addWidget(self.group_4)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_city__name.setBuddy(self.city__name)
        self.label_city__country.setBuddy(self.city__country)
        self.label_city__region.setBuddy(self.city__region)
        self.label_city__latitude.setBuddy(self.city__latitude)
        self.label_city__longitude.setBuddy(self.city__longitude)
        self.label_city__population.setBuddy(self.city__population)
        self.label_city__population_year.setBuddy(self.city__population_year)
        self.label_city__population_growth_pct.setBuddy(self.city__population_growth_pct)
        self.label_city__area_km2.setBuddy(self.city__area_km2)
        self.label_city__gdp_per_capita_usd.setBuddy(self.city__gdp_per_capita_usd)
        self.label_city__focus_areas.setBuddy(self.city__focus_areas)
        self.label_city__scap_reference.setBuddy(self.city__scap_reference)
        self.label_city__context.setBuddy(self.city__context)
        self.label_team__lead_agency.setBuddy(self.team__lead_agency)
        self.label_team__champion_name.setBuddy(self.team__champion_name)
        self.label_team__champion_title.setBuddy(self.team__champion_title)
        self.label_team__capability.setBuddy(self.team__capability)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CityTeamPage)

        QMetaObject.connectSlotsByName(CityTeamPage)
    # setupUi

    def retranslateUi(self, CityTeamPage):
        CityTeamPage.setWindowTitle(QCoreApplication.translate("CityTeamPage", u"City and team", None))
        self.page_title.setText(QCoreApplication.translate("CityTeamPage", u"City and team", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"City and team", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("CityTeamPage", u"Who the city is, and who stands behind the proposal.", None))
        self.group_2.setTitle(QCoreApplication.translate("CityTeamPage", u"City profile", None))
        self.label_city__name.setText(QCoreApplication.translate("CityTeamPage", u"&City", None))
#if QT_CONFIG(accessibility)
        self.city__name.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.label_city__country.setText(QCoreApplication.translate("CityTeamPage", u"C&ountry", None))
#if QT_CONFIG(accessibility)
        self.city__country.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.label_city__region.setText(QCoreApplication.translate("CityTeamPage", u"&Province or region", None))
#if QT_CONFIG(accessibility)
        self.city__region.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Province or region", None))
#endif // QT_CONFIG(accessibility)
        self.label_city__latitude.setText(QCoreApplication.translate("CityTeamPage", u"Latitude", None))
#if QT_CONFIG(accessibility)
        self.city__latitude.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Latitude", None))
#endif // QT_CONFIG(accessibility)
        self.city__latitude.setPlaceholderText(QCoreApplication.translate("CityTeamPage", u"degrees, north positive, e.g. 16.0678", None))
        self.label_city__longitude.setText(QCoreApplication.translate("CityTeamPage", u"Longitude", None))
#if QT_CONFIG(accessibility)
        self.city__longitude.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Longitude", None))
#endif // QT_CONFIG(accessibility)
        self.city__longitude.setPlaceholderText(QCoreApplication.translate("CityTeamPage", u"degrees, east positive, e.g. 108.2208", None))
        self.label_city__population.setText(QCoreApplication.translate("CityTeamPage", u"Pop&ulation", None))
#if QT_CONFIG(accessibility)
        self.city__population.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Population", None))
#endif // QT_CONFIG(accessibility)
        self.city__population.setPlaceholderText(QCoreApplication.translate("CityTeamPage", u"a whole number", None))
        self.label_city__population_year.setText(QCoreApplication.translate("CityTeamPage", u"Popu&lation year", None))
#if QT_CONFIG(accessibility)
        self.city__population_year.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Population year", None))
#endif // QT_CONFIG(accessibility)
        self.city__population_year.setPlaceholderText(QCoreApplication.translate("CityTeamPage", u"e.g. 2030", None))
        self.label_city__population_growth_pct.setText(QCoreApplication.translate("CityTeamPage", u"Popul&ation growth (% a year)", None))
#if QT_CONFIG(accessibility)
        self.city__population_growth_pct.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Population growth (% a year)", None))
#endif // QT_CONFIG(accessibility)
        self.city__population_growth_pct.setPlaceholderText(QCoreApplication.translate("CityTeamPage", u"a number", None))
        self.label_city__area_km2.setText(QCoreApplication.translate("CityTeamPage", u"A&rea (km\u00b2)", None))
#if QT_CONFIG(accessibility)
        self.city__area_km2.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Area (km\u00b2)", None))
#endif // QT_CONFIG(accessibility)
        self.city__area_km2.setPlaceholderText(QCoreApplication.translate("CityTeamPage", u"a number", None))
        self.label_city__gdp_per_capita_usd.setText(QCoreApplication.translate("CityTeamPage", u"&GDP per head (USD)", None))
#if QT_CONFIG(accessibility)
        self.city__gdp_per_capita_usd.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"GDP per head (USD)", None))
#endif // QT_CONFIG(accessibility)
        self.city__gdp_per_capita_usd.setPlaceholderText(QCoreApplication.translate("CityTeamPage", u"a number", None))
        self.city__ascn_member.setText(QCoreApplication.translate("CityTeamPage", u"A&SCN member city", None))
#if QT_CONFIG(accessibility)
        self.city__ascn_member.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"ASCN member city", None))
#endif // QT_CONFIG(accessibility)
        self.label_city__focus_areas.setText(QCoreApplication.translate("CityTeamPage", u"ASCN focus areas", None))
#if QT_CONFIG(accessibility)
        self.city__focus_areas.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"ASCN focus areas", None))
#endif // QT_CONFIG(accessibility)
        self.label_city__scap_reference.setText(QCoreApplication.translate("CityTeamPage", u"S&mart City Action Plan reference", None))
#if QT_CONFIG(accessibility)
        self.city__scap_reference.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Smart City Action Plan reference", None))
#endif // QT_CONFIG(accessibility)
        self.label_city__context.setText(QCoreApplication.translate("CityTeamPage", u"C&ity context", None))
#if QT_CONFIG(accessibility)
        self.city__context.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"City context", None))
#endif // QT_CONFIG(accessibility)
        self.group_4.setTitle(QCoreApplication.translate("CityTeamPage", u"Team", None))
        self.label_team__lead_agency.setText(QCoreApplication.translate("CityTeamPage", u"Lea&d agency", None))
#if QT_CONFIG(accessibility)
        self.team__lead_agency.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Lead agency", None))
#endif // QT_CONFIG(accessibility)
        self.label_team__champion_name.setText(QCoreApplication.translate("CityTeamPage", u"Pro&ject champion", None))
#if QT_CONFIG(accessibility)
        self.team__champion_name.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Project champion", None))
#endif // QT_CONFIG(accessibility)
        self.label_team__champion_title.setText(QCoreApplication.translate("CityTeamPage", u"Champion's title", None))
#if QT_CONFIG(accessibility)
        self.team__champion_title.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Champion's title", None))
#endif // QT_CONFIG(accessibility)
        self.label_team__capability.setText(QCoreApplication.translate("CityTeamPage", u"&Team capability and track record", None))
#if QT_CONFIG(accessibility)
        self.team__capability.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Team capability and track record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.team__contacts.setAccessibleName(QCoreApplication.translate("CityTeamPage", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

