# generated from forms/users_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(760, 520)
        self.outerLayout = QVBoxLayout(UsersDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.mainLayout = QHBoxLayout()
        self.mainLayout.setObjectName(u"mainLayout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.usersLabel = QLabel(UsersDialog)
        self.usersLabel.setObjectName(u"usersLabel")

        self.listColumn.addWidget(self.usersLabel)

        self.usersList = QListWidget(UsersDialog)
        self.usersList.setObjectName(u"usersList")

        self.listColumn.addWidget(self.usersList)

        self.newButton = QPushButton(UsersDialog)
        self.newButton.setObjectName(u"newButton")

        self.listColumn.addWidget(self.newButton)


        self.mainLayout.addLayout(self.listColumn)

        self.editor = QGroupBox(UsersDialog)
        self.editor.setObjectName(u"editor")
        self.editorLayout = QVBoxLayout(self.editor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.userForm = QFormLayout()
        self.userForm.setObjectName(u"userForm")
        self.usernameLabel = QLabel(self.editor)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.editor)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(50)

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.fullNameLabel = QLabel(self.editor)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.full_name = QLineEdit(self.editor)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(100)

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.roleLabel = QLabel(self.editor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(self.editor)
        self.role.setObjectName(u"role")

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.branchLabel = QLabel(self.editor)
        self.branchLabel.setObjectName(u"branchLabel")

        self.userForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branch_id = QComboBox(self.editor)
        self.branch_id.setObjectName(u"branch_id")

        self.userForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.branch_id)

        self.passwordLabel = QLabel(self.editor)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.userForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.editor)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.userForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(self.editor)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.userForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.editor)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.userForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.active = QCheckBox(self.editor)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.userForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.active)


        self.editorLayout.addLayout(self.userForm)

        self.roleText = QLabel(self.editor)
        self.roleText.setObjectName(u"roleText")
        self.roleText.setWordWrap(True)

        self.editorLayout.addWidget(self.roleText)

        self.errorSummary = QLabel(self.editor)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setVisible(False)
        self.errorSummary.setWordWrap(True)

        self.editorLayout.addWidget(self.errorSummary)

        self.editorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorSpacer)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editorButtons.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(self.editor)
        self.saveButton.setObjectName(u"saveButton")

        self.editorButtons.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.editorButtons)


        self.mainLayout.addWidget(self.editor)

        self.mainLayout.setStretch(0, 2)
        self.mainLayout.setStretch(1, 3)

        self.outerLayout.addLayout(self.mainLayout)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usersLabel.setBuddy(self.usersList)
        self.usernameLabel.setBuddy(self.username)
        self.fullNameLabel.setBuddy(self.full_name)
        self.roleLabel.setBuddy(self.role)
        self.branchLabel.setBuddy(self.branch_id)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usersList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.username)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.role)
        QWidget.setTabOrder(self.role, self.branch_id)
        QWidget.setTabOrder(self.branch_id, self.password)
        QWidget.setTabOrder(self.password, self.repeat)
        QWidget.setTabOrder(self.repeat, self.active)
        QWidget.setTabOrder(self.active, self.saveButton)

        self.retranslateUi(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u7ba1\u7406", None))
        self.usersLabel.setText(QCoreApplication.translate("UsersDialog", u"\u7528\u6237(&L)\uff1a", None))
        self.newButton.setText(QCoreApplication.translate("UsersDialog", u"\u6dfb\u52a0\u7528\u6237(&N)", None))
        self.editor.setTitle(QCoreApplication.translate("UsersDialog", u"\u6dfb\u52a0\u7528\u6237", None))
        self.usernameLabel.setText(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u540d(&U)\uff1a", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UsersDialog", u"\u59d3\u540d(&M)\uff1a", None))
        self.full_name.setPlaceholderText(QCoreApplication.translate("UsersDialog", u"\u4fee\u6539\u8bb0\u5f55\u4e2d\u7684\u64cd\u4f5c\u4eba", None))
        self.roleLabel.setText(QCoreApplication.translate("UsersDialog", u"\u89d2\u8272(&R)\uff1a", None))
        self.branchLabel.setText(QCoreApplication.translate("UsersDialog", u"\u6240\u5c5e\u652f\u90e8(&B)\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("UsersDialog", u"\u5bc6\u7801(&P)\uff1a", None))
        self.repeatLabel.setText(QCoreApplication.translate("UsersDialog", u"\u518d\u8f93\u4e00\u904d(&A)\uff1a", None))
        self.active.setText(QCoreApplication.translate("UsersDialog", u"\u53ef\u4ee5\u767b\u5f55\uff08\u53d6\u6d88\u52fe\u9009\u5373\u505c\u7528\uff09(&E)", None))
        self.saveButton.setText(QCoreApplication.translate("UsersDialog", u"\u4fdd\u5b58(&S)", None))
    # retranslateUi

