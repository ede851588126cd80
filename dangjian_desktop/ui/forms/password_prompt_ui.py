# generated from forms/password_prompt.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_prompt.ui'
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

class Ui_PasswordPrompt(object):
    def setupUi(self, PasswordPrompt):
        if not PasswordPrompt.objectName():
            PasswordPrompt.setObjectName(u"PasswordPrompt")
        PasswordPrompt.resize(380, 140)
        self.mainLayout = QVBoxLayout(PasswordPrompt)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptText = QLabel(PasswordPrompt)
        self.promptText.setObjectName(u"promptText")
        self.promptText.setWordWrap(True)

        self.mainLayout.addWidget(self.promptText)

        self.promptForm = QFormLayout()
        self.promptForm.setObjectName(u"promptForm")
        self.passwordLabel = QLabel(PasswordPrompt)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.promptForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(PasswordPrompt)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.promptForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)


        self.mainLayout.addLayout(self.promptForm)

        self.errorSummary = QLabel(PasswordPrompt)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(PasswordPrompt)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordPrompt)
    # setupUi

    def retranslateUi(self, PasswordPrompt):
        PasswordPrompt.setWindowTitle(QCoreApplication.translate("PasswordPrompt", u"\u652f\u90e8\u53f0\u8d26", None))
        self.promptText.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("PasswordPrompt", u"\u5bc6\u7801(&P)\uff1a", None))
    # retranslateUi

