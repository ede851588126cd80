# generated from forms/sign_in_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(420, 200)
        self.mainLayout = QVBoxLayout(SignInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introText = QLabel(SignInDialog)
        self.introText.setObjectName(u"introText")
        self.introText.setWordWrap(True)

        self.mainLayout.addWidget(self.introText)

        self.signInForm = QFormLayout()
        self.signInForm.setObjectName(u"signInForm")
        self.usernameLabel = QLabel(SignInDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.signInForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(SignInDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(50)

        self.signInForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.signInForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.signInForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.mainLayout.addLayout(self.signInForm)

        self.errorSummary = QLabel(SignInDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setVisible(False)
        self.errorSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.errorSummary)

        self.whereText = QLabel(SignInDialog)
        self.whereText.setObjectName(u"whereText")
        self.whereText.setWordWrap(True)

        self.mainLayout.addWidget(self.whereText)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)

        self.retranslateUi(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"\u767b\u5f55 \u2014 \u652f\u90e8\u53f0\u8d26", None))
        self.introText.setText(QCoreApplication.translate("SignInDialog", u"\u8bf7\u7528\u7ba1\u7406\u5458\u7ed9\u60a8\u7684\u7528\u6237\u540d\u548c\u5bc6\u7801\u767b\u5f55\u3002", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInDialog", u"\u7528\u6237\u540d(&U)\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"\u5bc6\u7801(&P)\uff1a", None))
    # retranslateUi

