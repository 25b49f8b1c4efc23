# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start.ui'
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
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StartPage(object):
    def setupUi(self, StartPage):
        if not StartPage.objectName():
            StartPage.setObjectName(u"StartPage")
        self.page_layout = QVBoxLayout(StartPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(StartPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(StartPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.start_group = QGroupBox(StartPage)
        self.start_group.setObjectName(u"start_group")
        self.start_grid = QGridLayout(self.start_group)
        self.start_grid.setObjectName(u"start_grid")
        self.new_button = QPushButton(self.start_group)
        self.new_button.setObjectName(u"new_button")

        self.start_grid.addWidget(self.new_button, 0, 0, 1, 1)

        self.open_button = QPushButton(self.start_group)
        self.open_button.setObjectName(u"open_button")

        self.start_grid.addWidget(self.open_button, 0, 1, 1, 1)

        self.sample_label = QLabel(self.start_group)
        self.sample_label.setObjectName(u"sample_label")

        self.start_grid.addWidget(self.sample_label, 1, 0, 1, 1)

        self.recent_label = QLabel(self.start_group)
        self.recent_label.setObjectName(u"recent_label")

        self.start_grid.addWidget(self.recent_label, 1, 1, 1, 1)

        self.sample_list = QListWidget(self.start_group)
        self.sample_list.setObjectName(u"sample_list")
        self.sample_list.setMaximumSize(QSize(16777215, 110))

        self.start_grid.addWidget(self.sample_list, 2, 0, 1, 1)

        self.recent_list = QListWidget(self.start_group)
        self.recent_list.setObjectName(u"recent_list")
        self.recent_list.setMaximumSize(QSize(16777215, 110))

        self.start_grid.addWidget(self.recent_list, 2, 1, 1, 1)

        self.open_sample_button = QPushButton(self.start_group)
        self.open_sample_button.setObjectName(u"open_sample_button")

        self.start_grid.addWidget(self.open_sample_button, 3, 0, 1, 1)

        self.open_recent_button = QPushButton(self.start_group)
        self.open_recent_button.setObjectName(u"open_recent_button")

        self.start_grid.addWidget(self.open_recent_button, 3, 1, 1, 1)


        self.page_layout.addWidget(self.start_group)

        self.group_2 = QGroupBox(StartPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_meta__project_name = QLabel(self.group_2)
        self.label_meta__project_name.setObjectName(u"label_meta__project_name")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_meta__project_name)

        self.meta__project_name = QLineEdit(self.group_2)
        self.meta__project_name.setObjectName(u"meta__project_name")

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meta__project_name)

        self.label_meta__subtitle = QLabel(self.group_2)
        self.label_meta__subtitle.setObjectName(u"label_meta__subtitle")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_meta__subtitle)

        self.meta__subtitle = QLineEdit(self.group_2)
        self.meta__subtitle.setObjectName(u"meta__subtitle")

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meta__subtitle)

        self.label_meta__prepared_by = QLabel(self.group_2)
        self.label_meta__prepared_by.setObjectName(u"label_meta__prepared_by")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_meta__prepared_by)

        self.meta__prepared_by = QLineEdit(self.group_2)
        self.meta__prepared_by.setObjectName(u"meta__prepared_by")

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meta__prepared_by)

        self.label_meta__prepared_on = QLabel(self.group_2)
        self.label_meta__prepared_on.setObjectName(u"label_meta__prepared_on")

        self.form_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_meta__prepared_on)

        self.meta__prepared_on = QLineEdit(self.group_2)
        self.meta__prepared_on.setObjectName(u"meta__prepared_on")
        self.meta__prepared_on.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meta__prepared_on)

        self.label_meta__confidentiality = QLabel(self.group_2)
        self.label_meta__confidentiality.setObjectName(u"label_meta__confidentiality")

        self.form_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_meta__confidentiality)

        self.meta__confidentiality = QLineEdit(self.group_2)
        self.meta__confidentiality.setObjectName(u"meta__confidentiality")

        self.form_1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.meta__confidentiality)

        self.meta__illustrative = QCheckBox(self.group_2)
        self.meta__illustrative.setObjectName(u"meta__illustrative")

        self.form_1.setWidget(5, QFormLayout.ItemRole.FieldRole, self.meta__illustrative)

        self.label_meta__number_locale = QLabel(self.group_2)
        self.label_meta__number_locale.setObjectName(u"label_meta__number_locale")

        self.form_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_meta__number_locale)

        self.meta__number_locale = QComboBox(self.group_2)
        self.meta__number_locale.setObjectName(u"meta__number_locale")

        self.form_1.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meta__number_locale)


        self.page_layout.addWidget(self.group_2)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.sample_label.setBuddy(self.sample_list)
        self.recent_label.setBuddy(self.recent_list)
        self.label_meta__project_name.setBuddy(self.meta__project_name)
        self.label_meta__subtitle.setBuddy(self.meta__subtitle)
        self.label_meta__prepared_by.setBuddy(self.meta__prepared_by)
        self.label_meta__prepared_on.setBuddy(self.meta__prepared_on)
        self.label_meta__confidentiality.setBuddy(self.meta__confidentiality)
        self.label_meta__number_locale.setBuddy(self.meta__number_locale)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartPage)

        QMetaObject.connectSlotsByName(StartPage)
    # setupUi

    def retranslateUi(self, StartPage):
        StartPage.setWindowTitle(QCoreApplication.translate("StartPage", u"Start", None))
        self.page_title.setText(QCoreApplication.translate("StartPage", u"Start", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("StartPage", u"Start", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("StartPage", u"Open a proposal, start a new one, or explore a sample. Then give the proposal its name.", None))
        self.start_group.setTitle(QCoreApplication.translate("StartPage", u"Begin", None))
        self.new_button.setText(QCoreApplication.translate("StartPage", u"Ne&w proposal", None))
        self.open_button.setText(QCoreApplication.translate("StartPage", u"&Open a file...", None))
        self.sample_label.setText(QCoreApplication.translate("StartPage", u"&Samples", None))
        self.recent_label.setText(QCoreApplication.translate("StartPage", u"&Recent files", None))
#if QT_CONFIG(accessibility)
        self.sample_list.setAccessibleName(QCoreApplication.translate("StartPage", u"Samples", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recent_list.setAccessibleName(QCoreApplication.translate("StartPage", u"Recent files", None))
#endif // QT_CONFIG(accessibility)
        self.open_sample_button.setText(QCoreApplication.translate("StartPage", u"Open the selected sa&mple", None))
        self.open_recent_button.setText(QCoreApplication.translate("StartPage", u"Open the selected recent f&ile", None))
        self.group_2.setTitle(QCoreApplication.translate("StartPage", u"This proposal", None))
        self.label_meta__project_name.setText(QCoreApplication.translate("StartPage", u"&Project name", None))
#if QT_CONFIG(accessibility)
        self.meta__project_name.setAccessibleName(QCoreApplication.translate("StartPage", u"Project name", None))
#endif // QT_CONFIG(accessibility)
        self.label_meta__subtitle.setText(QCoreApplication.translate("StartPage", u"S&ubtitle", None))
#if QT_CONFIG(accessibility)
        self.meta__subtitle.setAccessibleName(QCoreApplication.translate("StartPage", u"Subtitle", None))
#endif // QT_CONFIG(accessibility)
        self.label_meta__prepared_by.setText(QCoreApplication.translate("StartPage", u"Prep&ared by", None))
#if QT_CONFIG(accessibility)
        self.meta__prepared_by.setAccessibleName(QCoreApplication.translate("StartPage", u"Prepared by", None))
#endif // QT_CONFIG(accessibility)
        self.label_meta__prepared_on.setText(QCoreApplication.translate("StartPage", u"&Date of the proposal", None))
#if QT_CONFIG(accessibility)
        self.meta__prepared_on.setAccessibleName(QCoreApplication.translate("StartPage", u"Date of the proposal", None))
#endif // QT_CONFIG(accessibility)
        self.meta__prepared_on.setPlaceholderText(QCoreApplication.translate("StartPage", u"YYYY-MM-DD", None))
        self.label_meta__confidentiality.setText(QCoreApplication.translate("StartPage", u"&Confidentiality note", None))
#if QT_CONFIG(accessibility)
        self.meta__confidentiality.setAccessibleName(QCoreApplication.translate("StartPage", u"Confidentiality note", None))
#endif // QT_CONFIG(accessibility)
        self.meta__illustrative.setText(QCoreApplication.translate("StartPage", u"I&llustrative example", None))
#if QT_CONFIG(accessibility)
        self.meta__illustrative.setAccessibleName(QCoreApplication.translate("StartPage", u"Illustrative example", None))
#endif // QT_CONFIG(accessibility)
        self.label_meta__number_locale.setText(QCoreApplication.translate("StartPage", u"Spreadsheet number forma&t", None))
#if QT_CONFIG(accessibility)
        self.meta__number_locale.setAccessibleName(QCoreApplication.translate("StartPage", u"Spreadsheet number format", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

