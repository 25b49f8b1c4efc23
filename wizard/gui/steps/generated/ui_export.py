# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from wizard.gui.export.preview import SlidePreview
from wizard.gui.tables.listeditor import ListEditor

class Ui_ExportPage(object):
    def setupUi(self, ExportPage):
        if not ExportPage.objectName():
            ExportPage.setObjectName(u"ExportPage")
        self.page_layout = QVBoxLayout(ExportPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(ExportPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(ExportPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.preview_group = QGroupBox(ExportPage)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.slide_preview = SlidePreview(self.preview_group)
        self.slide_preview.setObjectName(u"slide_preview")
        self.slide_preview.setMinimumSize(QSize(0, 520))

        self.preview_layout.addWidget(self.slide_preview)


        self.page_layout.addWidget(self.preview_group)

        self.export_group = QGroupBox(ExportPage)
        self.export_group.setObjectName(u"export_group")
        self.export_form = QFormLayout(self.export_group)
        self.export_form.setObjectName(u"export_form")
        self.export_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_export_format = QLabel(self.export_group)
        self.label_export_format.setObjectName(u"label_export_format")

        self.export_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_export_format)

        self.export_format = QComboBox(self.export_group)
        self.export_format.setObjectName(u"export_format")

        self.export_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.export_format)

        self.label_export_labels = QLabel(self.export_group)
        self.label_export_labels.setObjectName(u"label_export_labels")

        self.export_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_export_labels)

        self.export_labels = QComboBox(self.export_group)
        self.export_labels.setObjectName(u"export_labels")

        self.export_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.export_labels)

        self.label_export_draft_mark = QLabel(self.export_group)
        self.label_export_draft_mark.setObjectName(u"label_export_draft_mark")

        self.export_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_export_draft_mark)

        self.export_draft_mark = QCheckBox(self.export_group)
        self.export_draft_mark.setObjectName(u"export_draft_mark")
        self.export_draft_mark.setChecked(True)

        self.export_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.export_draft_mark)

        self.draft_note = QLabel(self.export_group)
        self.draft_note.setObjectName(u"draft_note")
        self.draft_note.setWordWrap(True)
        self.draft_note.setTextFormat(Qt.PlainText)

        self.export_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.draft_note)

        self.label_export_variant = QLabel(self.export_group)
        self.label_export_variant.setObjectName(u"label_export_variant")

        self.export_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_export_variant)

        self.export_variant = QComboBox(self.export_group)
        self.export_variant.setObjectName(u"export_variant")

        self.export_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.export_variant)

        self.label_export_destination = QLabel(self.export_group)
        self.label_export_destination.setObjectName(u"label_export_destination")

        self.export_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_export_destination)

        self.destination_row = QHBoxLayout()
        self.destination_row.setObjectName(u"destination_row")
        self.export_destination = QLineEdit(self.export_group)
        self.export_destination.setObjectName(u"export_destination")

        self.destination_row.addWidget(self.export_destination)

        self.browse_button = QPushButton(self.export_group)
        self.browse_button.setObjectName(u"browse_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.browse_button.sizePolicy().hasHeightForWidth())
        self.browse_button.setSizePolicy(sizePolicy)

        self.destination_row.addWidget(self.browse_button)


        self.export_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.destination_row)

        self.export_buttons = QHBoxLayout()
        self.export_buttons.setObjectName(u"export_buttons")
        self.export_button = QPushButton(self.export_group)
        self.export_button.setObjectName(u"export_button")
        sizePolicy.setHeightForWidth(self.export_button.sizePolicy().hasHeightForWidth())
        self.export_button.setSizePolicy(sizePolicy)

        self.export_buttons.addWidget(self.export_button)

        self.cancel_button = QPushButton(self.export_group)
        self.cancel_button.setObjectName(u"cancel_button")
        sizePolicy.setHeightForWidth(self.cancel_button.sizePolicy().hasHeightForWidth())
        self.cancel_button.setSizePolicy(sizePolicy)

        self.export_buttons.addWidget(self.cancel_button)

        self.open_button = QPushButton(self.export_group)
        self.open_button.setObjectName(u"open_button")
        sizePolicy.setHeightForWidth(self.open_button.sizePolicy().hasHeightForWidth())
        self.open_button.setSizePolicy(sizePolicy)

        self.export_buttons.addWidget(self.open_button)

        self.export_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_buttons.addItem(self.export_spacer)


        self.export_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.export_buttons)

        self.export_progress = QProgressBar(self.export_group)
        self.export_progress.setObjectName(u"export_progress")
        self.export_progress.setValue(0)
        self.export_progress.setTextVisible(False)

        self.export_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.export_progress)

        self.export_status = QLabel(self.export_group)
        self.export_status.setObjectName(u"export_status")
        self.export_status.setWordWrap(True)
        self.export_status.setTextFormat(Qt.PlainText)

        self.export_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.export_status)


        self.page_layout.addWidget(self.export_group)

        self.group_2 = QGroupBox(ExportPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_branding__accent_colour = QLabel(self.group_2)
        self.label_branding__accent_colour.setObjectName(u"label_branding__accent_colour")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_branding__accent_colour)

        self.branding__accent_colour = QLineEdit(self.group_2)
        self.branding__accent_colour.setObjectName(u"branding__accent_colour")

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branding__accent_colour)

        self.label_branding__logo = QLabel(self.group_2)
        self.label_branding__logo.setObjectName(u"label_branding__logo")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_branding__logo)

        self.branding__logo = QLineEdit(self.group_2)
        self.branding__logo.setObjectName(u"branding__logo")
        self.branding__logo.setReadOnly(True)

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branding__logo)

        self.logo_buttons = QHBoxLayout()
        self.logo_buttons.setObjectName(u"logo_buttons")
        self.choose_logo_button = QPushButton(self.group_2)
        self.choose_logo_button.setObjectName(u"choose_logo_button")
        sizePolicy.setHeightForWidth(self.choose_logo_button.sizePolicy().hasHeightForWidth())
        self.choose_logo_button.setSizePolicy(sizePolicy)

        self.logo_buttons.addWidget(self.choose_logo_button)

        self.remove_logo_button = QPushButton(self.group_2)
        self.remove_logo_button.setObjectName(u"remove_logo_button")
        sizePolicy.setHeightForWidth(self.remove_logo_button.sizePolicy().hasHeightForWidth())
        self.remove_logo_button.setSizePolicy(sizePolicy)

        self.logo_buttons.addWidget(self.remove_logo_button)

        self.logo_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_buttons.addItem(self.logo_spacer)


        self.form_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logo_buttons)

        self.branding__photos = ListEditor(self.group_2)
        self.branding__photos.setObjectName(u"branding__photos")

        self.form_1.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.branding__photos)

        self.add_photo_button = QPushButton(self.group_2)
        self.add_photo_button.setObjectName(u"add_photo_button")
        sizePolicy.setHeightForWidth(self.add_photo_button.sizePolicy().hasHeightForWidth())
        self.add_photo_button.setSizePolicy(sizePolicy)

        self.form_1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.add_photo_button)


        self.page_layout.addWidget(self.group_2)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_export_format.setBuddy(self.export_format)
        self.label_export_labels.setBuddy(self.export_labels)
        self.label_export_variant.setBuddy(self.export_variant)
        self.label_export_destination.setBuddy(self.export_destination)
        self.label_branding__accent_colour.setBuddy(self.branding__accent_colour)
        self.label_branding__logo.setBuddy(self.branding__logo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportPage)

        QMetaObject.connectSlotsByName(ExportPage)
    # setupUi

    def retranslateUi(self, ExportPage):
        ExportPage.setWindowTitle(QCoreApplication.translate("ExportPage", u"Export", None))
        self.page_title.setText(QCoreApplication.translate("ExportPage", u"Export", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("ExportPage", u"Export", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("ExportPage", u"See every slide as investors will, choose how to export, and write the PDF. The look of the deck (colour, logo, photos) is set at the bottom of this step.", None))
        self.preview_group.setTitle(QCoreApplication.translate("ExportPage", u"Preview", None))
#if QT_CONFIG(accessibility)
        self.slide_preview.setAccessibleName(QCoreApplication.translate("ExportPage", u"Slide preview", None))
#endif // QT_CONFIG(accessibility)
        self.export_group.setTitle(QCoreApplication.translate("ExportPage", u"PDF", None))
        self.label_export_format.setText(QCoreApplication.translate("ExportPage", u"O&utput", None))
#if QT_CONFIG(accessibility)
        self.export_format.setAccessibleName(QCoreApplication.translate("ExportPage", u"Output", None))
#endif // QT_CONFIG(accessibility)
        self.label_export_labels.setText(QCoreApplication.translate("ExportPage", u"Label lan&guage", None))
#if QT_CONFIG(accessibility)
        self.export_labels.setAccessibleName(QCoreApplication.translate("ExportPage", u"Label language", None))
#endif // QT_CONFIG(accessibility)
        self.label_export_draft_mark.setText(QCoreApplication.translate("ExportPage", u"DRAFT mark", None))
        self.export_draft_mark.setText(QCoreApplication.translate("ExportPage", u"&Mark every slide DRAFT while blockers remain", None))
        self.draft_note.setText("")
        self.label_export_variant.setText(QCoreApplication.translate("ExportPage", u"PDF varian&t", None))
#if QT_CONFIG(accessibility)
        self.export_variant.setAccessibleName(QCoreApplication.translate("ExportPage", u"PDF variant", None))
#endif // QT_CONFIG(accessibility)
        self.label_export_destination.setText(QCoreApplication.translate("ExportPage", u"&Save to", None))
#if QT_CONFIG(accessibility)
        self.export_destination.setAccessibleName(QCoreApplication.translate("ExportPage", u"Save the PDF to", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("ExportPage", u"Bro&wse...", None))
        self.export_button.setText(QCoreApplication.translate("ExportPage", u"E&xport PDF", None))
        self.cancel_button.setText(QCoreApplication.translate("ExportPage", u"&Cancel export", None))
        self.open_button.setText(QCoreApplication.translate("ExportPage", u"Open P&DF", None))
        self.export_status.setText("")
        self.group_2.setTitle(QCoreApplication.translate("ExportPage", u"Deck look", None))
        self.label_branding__accent_colour.setText(QCoreApplication.translate("ExportPage", u"&Accent colour", None))
#if QT_CONFIG(accessibility)
        self.branding__accent_colour.setAccessibleName(QCoreApplication.translate("ExportPage", u"Accent colour", None))
#endif // QT_CONFIG(accessibility)
        self.label_branding__logo.setText(QCoreApplication.translate("ExportPage", u"L&ogo", None))
        self.branding__logo.setPlaceholderText(QCoreApplication.translate("ExportPage", u"Choose a PNG or JPEG with the button below", None))
#if QT_CONFIG(accessibility)
        self.branding__logo.setAccessibleName(QCoreApplication.translate("ExportPage", u"Logo", None))
#endif // QT_CONFIG(accessibility)
        self.choose_logo_button.setText(QCoreApplication.translate("ExportPage", u"Choose &logo...", None))
        self.remove_logo_button.setText(QCoreApplication.translate("ExportPage", u"&Remove logo", None))
#if QT_CONFIG(accessibility)
        self.branding__photos.setAccessibleName(QCoreApplication.translate("ExportPage", u"Photos", None))
#endif // QT_CONFIG(accessibility)
        self.add_photo_button.setText(QCoreApplication.translate("ExportPage", u"Add &photo...", None))
    # retranslateUi

