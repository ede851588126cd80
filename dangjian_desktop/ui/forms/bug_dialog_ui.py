# generated from forms/bug_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bug_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_BugDialog(object):
    def setupUi(self, BugDialog):
        if not BugDialog.objectName():
            BugDialog.setObjectName(u"BugDialog")
        BugDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(BugDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bugIntro = QLabel(BugDialog)
        self.bugIntro.setObjectName(u"bugIntro")
        self.bugIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.bugIntro)

        self.bugDetails = QPlainTextEdit(BugDialog)
        self.bugDetails.setObjectName(u"bugDetails")
        self.bugDetails.setReadOnly(True)

        self.mainLayout.addWidget(self.bugDetails)

        self.buttonBox = QDialogButtonBox(BugDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(BugDialog)
    # setupUi

    def retranslateUi(self, BugDialog):
        BugDialog.setWindowTitle(QCoreApplication.translate("BugDialog", u"\u7a0b\u5e8f\u51fa\u9519", None))
        self.bugIntro.setText(QCoreApplication.translate("BugDialog", u"\u7a0b\u5e8f\u9047\u5230\u4e86\u610f\u5916\u9519\u8bef\uff0c\u521a\u624d\u7684\u64cd\u4f5c\u6ca1\u6709\u5b8c\u6210\uff08\u5df2\u4fdd\u5b58\u7684\u6570\u636e\u4e0d\u53d7\u5f71\u54cd\uff09\u3002\n"
"\u8be6\u7ec6\u4fe1\u606f\u5df2\u8bb0\u5165\u65e5\u5fd7\u3002\u5982\u9700\u6c42\u52a9\uff0c\u8bf7\u590d\u5236\u4e0b\u9762\u7684\u5185\u5bb9\u53d1\u7ed9\u6280\u672f\u4eba\u5458\u3002", None))
    # retranslateUi

