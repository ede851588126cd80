# generated from forms/password_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(480, 280)
        PasswordDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(PasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.passwordIntro = QLabel(PasswordDialog)
        self.passwordIntro.setObjectName(u"passwordIntro")
        self.passwordIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.passwordIntro)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.currentPasswordLabel = QLabel(PasswordDialog)
        self.currentPasswordLabel.setObjectName(u"currentPasswordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentPasswordLabel)

        self.currentPassword = QLineEdit(PasswordDialog)
        self.currentPassword.setObjectName(u"currentPassword")
        self.currentPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentPassword)

        self.newPasswordLabel = QLabel(PasswordDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPassword = QLineEdit(PasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.repeatPasswordLabel = QLabel(PasswordDialog)
        self.repeatPasswordLabel.setObjectName(u"repeatPasswordLabel")

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatPasswordLabel)

        self.repeatPassword = QLineEdit(PasswordDialog)
        self.repeatPassword.setObjectName(u"repeatPassword")
        self.repeatPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatPassword)

        self.idleMinutesLabel = QLabel(PasswordDialog)
        self.idleMinutesLabel.setObjectName(u"idleMinutesLabel")

        self.passwordForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleMinutesLabel)

        self.idleMinutes = QSpinBox(PasswordDialog)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(0)
        self.idleMinutes.setMaximum(240)

        self.passwordForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleMinutes)

        self.protectCases = QCheckBox(PasswordDialog)
        self.protectCases.setObjectName(u"protectCases")

        self.passwordForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.protectCases)


        self.mainLayout.addLayout(self.passwordForm)

        self.errorSummary = QLabel(PasswordDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentPasswordLabel.setBuddy(self.currentPassword)
        self.newPasswordLabel.setBuddy(self.newPassword)
        self.repeatPasswordLabel.setBuddy(self.repeatPassword)
        self.idleMinutesLabel.setBuddy(self.idleMinutes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u542f\u52a8\u5bc6\u7801", None))
        self.passwordIntro.setText("")
        self.currentPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u5f53\u524d\u5bc6\u7801(&C)\uff1a", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801(&N)\uff1a", None))
        self.repeatPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u518d\u8f93\u4e00\u904d(&R)\uff1a", None))
        self.idleMinutesLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65e0\u64cd\u4f5c\u81ea\u52a8\u9501\u5b9a(&L)\uff1a", None))
        self.idleMinutes.setSuffix(QCoreApplication.translate("PasswordDialog", u" \u5206\u949f", None))
        self.idleMinutes.setSpecialValueText(QCoreApplication.translate("PasswordDialog", u"\u4e0d\u81ea\u52a8\u9501\u5b9a", None))
        self.protectCases.setText(QCoreApplication.translate("PasswordDialog", u"\u6253\u5f00\u201c\u4e09\u5361\u4e00\u6cd5\u201d\u65f6\u4e5f\u8981\u8f93\u5165\u5bc6\u7801\uff08\u4e2a\u4eba\u9690\u79c1\uff09", None))
        self.errorSummary.setStyleSheet(QCoreApplication.translate("PasswordDialog", u"color: #b00020", None))
    # retranslateUi

