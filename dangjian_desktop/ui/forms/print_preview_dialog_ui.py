# generated from forms/print_preview_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(880, 820)
        self.mainLayout = QVBoxLayout(PrintPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.previewInfo = QLabel(PrintPreviewDialog)
        self.previewInfo.setObjectName(u"previewInfo")
        self.previewInfo.setWordWrap(True)

        self.mainLayout.addWidget(self.previewInfo)

        self.previewScroll = QScrollArea(PrintPreviewDialog)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setWidgetResizable(True)
        self.previewPages = QWidget()
        self.previewPages.setObjectName(u"previewPages")
        self.pagesLayout = QVBoxLayout(self.previewPages)
        self.pagesLayout.setSpacing(12)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.previewScroll.setWidget(self.previewPages)

        self.mainLayout.addWidget(self.previewScroll)

        self.buttonBox = QDialogButtonBox(PrintPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(PrintPreviewDialog)
    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        PrintPreviewDialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"\u6253\u5370\u9884\u89c8", None))
        self.previewInfo.setText("")
        self.previewScroll.setStyleSheet(QCoreApplication.translate("PrintPreviewDialog", u"QScrollArea { background: #808080; }", None))
    # retranslateUi

