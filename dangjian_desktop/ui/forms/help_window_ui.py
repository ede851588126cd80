# generated from forms/help_window.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_window.ui'
##
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QListWidget,
    QListWidgetItem, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_HelpWindow(object):
    def setupUi(self, HelpWindow):
        if not HelpWindow.objectName():
            HelpWindow.setObjectName(u"HelpWindow")
        HelpWindow.resize(980, 680)
        self.mainLayout = QVBoxLayout(HelpWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.helpRow = QHBoxLayout()
        self.helpRow.setObjectName(u"helpRow")
        self.helpContents = QListWidget(HelpWindow)
        self.helpContents.setObjectName(u"helpContents")

        self.helpRow.addWidget(self.helpContents)

        self.helpText = QTextBrowser(HelpWindow)
        self.helpText.setObjectName(u"helpText")
        self.helpText.setOpenExternalLinks(False)

        self.helpRow.addWidget(self.helpText)

        self.helpRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.helpRow)


        self.retranslateUi(HelpWindow)
    # setupUi

    def retranslateUi(self, HelpWindow):
        HelpWindow.setWindowTitle(QCoreApplication.translate("HelpWindow", u"\u4f7f\u7528\u8bf4\u660e \u2014 \u652f\u90e8\u53f0\u8d26", None))
    # retranslateUi

