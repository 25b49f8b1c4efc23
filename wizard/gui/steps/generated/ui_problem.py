# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from wizard.gui.tables.listeditor import ListEditor

class Ui_ProblemPage(object):
    def setupUi(self, ProblemPage):
        if not ProblemPage.objectName():
            ProblemPage.setObjectName(u"ProblemPage")
        self.page_layout = QVBoxLayout(ProblemPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(ProblemPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.page_intro = QLabel(ProblemPage)
        self.page_intro.setObjectName(u"page_intro")
        self.page_intro.setWordWrap(True)

        self.page_layout.addWidget(self.page_intro)

        self.group_2 = QGroupBox(ProblemPage)
        self.group_2.setObjectName(u"group_2")
        self.form_1 = QFormLayout(self.group_2)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_problem__category = QLabel(self.group_2)
        self.label_problem__category.setObjectName(u"label_problem__category")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_problem__category)

        self.problem__category = QComboBox(self.group_2)
        self.problem__category.setObjectName(u"problem__category")
        self.problem__category.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.problem__category.setMinimumContentsLength(16)

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.problem__category)

        self.label_problem__title = QLabel(self.group_2)
        self.label_problem__title.setObjectName(u"label_problem__title")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_problem__title)

        self.problem__title = QLineEdit(self.group_2)
        self.problem__title.setObjectName(u"problem__title")

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problem__title)

        self.label_problem__statement = QLabel(self.group_2)
        self.label_problem__statement.setObjectName(u"label_problem__statement")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_problem__statement)

        self.problem__statement = QPlainTextEdit(self.group_2)
        self.problem__statement.setObjectName(u"problem__statement")
        self.problem__statement.setMinimumSize(QSize(0, 64))
        self.problem__statement.setMaximumSize(QSize(16777215, 110))
        self.problem__statement.setTabChangesFocus(True)

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.problem__statement)

        self.problem_hints = QLabel(self.group_2)
        self.problem_hints.setObjectName(u"problem_hints")
        self.problem_hints.setWordWrap(True)
        self.problem_hints.setTextFormat(Qt.PlainText)

        self.form_1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.problem_hints)

        self.label_problem__affected_population = QLabel(self.group_2)
        self.label_problem__affected_population.setObjectName(u"label_problem__affected_population")

        self.form_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_problem__affected_population)

        self.problem__affected_population = QLineEdit(self.group_2)
        self.problem__affected_population.setObjectName(u"problem__affected_population")
        self.problem__affected_population.setMaximumSize(QSize(260, 16777215))

        self.form_1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.problem__affected_population)

        self.label_problem__affected_groups = QLabel(self.group_2)
        self.label_problem__affected_groups.setObjectName(u"label_problem__affected_groups")

        self.form_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_problem__affected_groups)

        self.problem__affected_groups = QPlainTextEdit(self.group_2)
        self.problem__affected_groups.setObjectName(u"problem__affected_groups")
        self.problem__affected_groups.setMinimumSize(QSize(0, 64))
        self.problem__affected_groups.setMaximumSize(QSize(16777215, 110))
        self.problem__affected_groups.setTabChangesFocus(True)

        self.form_1.setWidget(5, QFormLayout.ItemRole.FieldRole, self.problem__affected_groups)

        self.label_problem__root_causes = QLabel(self.group_2)
        self.label_problem__root_causes.setObjectName(u"label_problem__root_causes")

        self.form_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_problem__root_causes)

        self.problem__root_causes = QPlainTextEdit(self.group_2)
        self.problem__root_causes.setObjectName(u"problem__root_causes")
        self.problem__root_causes.setMinimumSize(QSize(0, 64))
        self.problem__root_causes.setMaximumSize(QSize(16777215, 110))
        self.problem__root_causes.setTabChangesFocus(True)

        self.form_1.setWidget(6, QFormLayout.ItemRole.FieldRole, self.problem__root_causes)

        self.label_problem__why_now = QLabel(self.group_2)
        self.label_problem__why_now.setObjectName(u"label_problem__why_now")

        self.form_1.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_problem__why_now)

        self.problem__why_now = QPlainTextEdit(self.group_2)
        self.problem__why_now.setObjectName(u"problem__why_now")
        self.problem__why_now.setMinimumSize(QSize(0, 64))
        self.problem__why_now.setMaximumSize(QSize(16777215, 110))
        self.problem__why_now.setTabChangesFocus(True)

        self.form_1.setWidget(7, QFormLayout.ItemRole.FieldRole, self.problem__why_now)


        self.page_layout.addWidget(self.group_2)

        self.group_4 = QGroupBox(ProblemPage)
        self.group_4.setObjectName(u"group_4")
        self.form_3 = QFormLayout(self.group_4)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_problem__community_needs = QLabel(self.group_4)
        self.label_problem__community_needs.setObjectName(u"label_problem__community_needs")

        self.form_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_problem__community_needs)

        self.problem__community_needs = QPlainTextEdit(self.group_4)
        self.problem__community_needs.setObjectName(u"problem__community_needs")
        self.problem__community_needs.setMinimumSize(QSize(0, 64))
        self.problem__community_needs.setMaximumSize(QSize(16777215, 110))
        self.problem__community_needs.setTabChangesFocus(True)

        self.form_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.problem__community_needs)

        self.label_problem__consultation = QLabel(self.group_4)
        self.label_problem__consultation.setObjectName(u"label_problem__consultation")

        self.form_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_problem__consultation)

        self.problem__consultation = QPlainTextEdit(self.group_4)
        self.problem__consultation.setObjectName(u"problem__consultation")
        self.problem__consultation.setMinimumSize(QSize(0, 64))
        self.problem__consultation.setMaximumSize(QSize(16777215, 110))
        self.problem__consultation.setTabChangesFocus(True)

        self.form_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problem__consultation)


        self.page_layout.addWidget(self.group_4)

        self.group_6 = QGroupBox(ProblemPage)
        self.group_6.setObjectName(u"group_6")
        self.form_5 = QFormLayout(self.group_6)
        self.form_5.setObjectName(u"form_5")
        self.form_5.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.problem__evidence = ListEditor(self.group_6)
        self.problem__evidence.setObjectName(u"problem__evidence")

        self.form_5.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.problem__evidence)


        self.page_layout.addWidget(self.group_6)

        self.group_8 = QGroupBox(ProblemPage)
        self.group_8.setObjectName(u"group_8")
        self.form_7 = QFormLayout(self.group_8)
        self.form_7.setObjectName(u"form_7")
        self.form_7.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.problem__kpis = ListEditor(self.group_8)
        self.problem__kpis.setObjectName(u"problem__kpis")

        self.form_7.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.problem__kpis)


        self.page_layout.addWidget(self.group_8)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.label_problem__category.setBuddy(self.problem__category)
        self.label_problem__title.setBuddy(self.problem__title)
        self.label_problem__statement.setBuddy(self.problem__statement)
        self.label_problem__affected_population.setBuddy(self.problem__affected_population)
        self.label_problem__affected_groups.setBuddy(self.problem__affected_groups)
        self.label_problem__root_causes.setBuddy(self.problem__root_causes)
        self.label_problem__why_now.setBuddy(self.problem__why_now)
        self.label_problem__community_needs.setBuddy(self.problem__community_needs)
        self.label_problem__consultation.setBuddy(self.problem__consultation)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProblemPage)

        QMetaObject.connectSlotsByName(ProblemPage)
    # setupUi

    def retranslateUi(self, ProblemPage):
        ProblemPage.setWindowTitle(QCoreApplication.translate("ProblemPage", u"Problem", None))
        self.page_title.setText(QCoreApplication.translate("ProblemPage", u"Problem", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.page_intro.setText(QCoreApplication.translate("ProblemPage", u"One specific challenge, measured, with the people it affects named.", None))
        self.group_2.setTitle(QCoreApplication.translate("ProblemPage", u"The problem", None))
        self.label_problem__category.setText(QCoreApplication.translate("ProblemPage", u"&Problem category", None))
#if QT_CONFIG(accessibility)
        self.problem__category.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Problem category", None))
#endif // QT_CONFIG(accessibility)
        self.label_problem__title.setText(QCoreApplication.translate("ProblemPage", u"P&roblem in one line", None))
#if QT_CONFIG(accessibility)
        self.problem__title.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Problem in one line", None))
#endif // QT_CONFIG(accessibility)
        self.label_problem__statement.setText(QCoreApplication.translate("ProblemPage", u"Pr&oblem statement", None))
#if QT_CONFIG(accessibility)
        self.problem__statement.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Problem statement", None))
#endif // QT_CONFIG(accessibility)
        self.problem_hints.setText("")
        self.label_problem__affected_population.setText(QCoreApplication.translate("ProblemPage", u"Peop&le affected", None))
#if QT_CONFIG(accessibility)
        self.problem__affected_population.setAccessibleName(QCoreApplication.translate("ProblemPage", u"People affected", None))
#endif // QT_CONFIG(accessibility)
        self.problem__affected_population.setPlaceholderText(QCoreApplication.translate("ProblemPage", u"a whole number", None))
        self.label_problem__affected_groups.setText(QCoreApplication.translate("ProblemPage", u"&Who is affected", None))
#if QT_CONFIG(accessibility)
        self.problem__affected_groups.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Who is affected", None))
#endif // QT_CONFIG(accessibility)
        self.label_problem__root_causes.setText(QCoreApplication.translate("ProblemPage", u"Roo&t causes", None))
#if QT_CONFIG(accessibility)
        self.problem__root_causes.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Root causes", None))
#endif // QT_CONFIG(accessibility)
        self.label_problem__why_now.setText(QCoreApplication.translate("ProblemPage", u"Wh&y now", None))
#if QT_CONFIG(accessibility)
        self.problem__why_now.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Why now", None))
#endif // QT_CONFIG(accessibility)
        self.group_4.setTitle(QCoreApplication.translate("ProblemPage", u"Citizens", None))
        self.label_problem__community_needs.setText(QCoreApplication.translate("ProblemPage", u"&Community needs", None))
#if QT_CONFIG(accessibility)
        self.problem__community_needs.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Community needs", None))
#endif // QT_CONFIG(accessibility)
        self.label_problem__consultation.setText(QCoreApplication.translate("ProblemPage", u"C&itizen consultation", None))
#if QT_CONFIG(accessibility)
        self.problem__consultation.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Citizen consultation", None))
#endif // QT_CONFIG(accessibility)
        self.group_6.setTitle(QCoreApplication.translate("ProblemPage", u"Evidence", None))
#if QT_CONFIG(accessibility)
        self.problem__evidence.setAccessibleName(QCoreApplication.translate("ProblemPage", u"Evidence", None))
#endif // QT_CONFIG(accessibility)
        self.group_8.setTitle(QCoreApplication.translate("ProblemPage", u"KPIs", None))
#if QT_CONFIG(accessibility)
        self.problem__kpis.setAccessibleName(QCoreApplication.translate("ProblemPage", u"KPIs", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

