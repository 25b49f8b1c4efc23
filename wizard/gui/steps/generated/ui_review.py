# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from wizard.gui.review.panel import ReviewPanel

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        self.page_layout = QVBoxLayout(ReviewPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_title = QLabel(ReviewPage)
        self.page_title.setObjectName(u"page_title")

        self.page_layout.addWidget(self.page_title)

        self.review_panel = ReviewPanel(ReviewPage)
        self.review_panel.setObjectName(u"review_panel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.review_panel.sizePolicy().hasHeightForWidth())
        self.review_panel.setSizePolicy(sizePolicy)

        self.page_layout.addWidget(self.review_panel)


        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ReviewPage.setWindowTitle(QCoreApplication.translate("ReviewPage", u"Review", None))
        self.page_title.setText(QCoreApplication.translate("ReviewPage", u"Review", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Review", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

