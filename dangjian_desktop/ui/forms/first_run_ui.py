# generated from forms/first_run.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 620)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.branchForm = QFormLayout()
        self.branchForm.setObjectName(u"branchForm")
        self.branchForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.branchNameLabel = QLabel(FirstRunDialog)
        self.branchNameLabel.setObjectName(u"branchNameLabel")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchNameLabel)

        self.branchName = QLineEdit(FirstRunDialog)
        self.branchName.setObjectName(u"branchName")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchName)

        self.parentOrgLabel = QLabel(FirstRunDialog)
        self.parentOrgLabel.setObjectName(u"parentOrgLabel")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentOrgLabel)

        self.parentOrg = QLineEdit(FirstRunDialog)
        self.parentOrg.setObjectName(u"parentOrg")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentOrg)

        self.kindLabel = QLabel(FirstRunDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.branchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(FirstRunDialog)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")
        self.kind.setMinimumSize(QSize(180, 0))

        self.branchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.sessionNoLabel = QLabel(FirstRunDialog)
        self.sessionNoLabel.setObjectName(u"sessionNoLabel")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sessionNoLabel)

        self.sessionNo = QSpinBox(FirstRunDialog)
        self.sessionNo.setObjectName(u"sessionNo")
        self.sessionNo.setMinimumSize(QSize(180, 0))
        self.sessionNo.setMaximum(99)

        self.branchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sessionNo)

        self.electionDateLabel = QLabel(FirstRunDialog)
        self.electionDateLabel.setObjectName(u"electionDateLabel")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.electionDateLabel)

        self.electionDate = DateField(FirstRunDialog)
        self.electionDate.setObjectName(u"electionDate")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.electionDate)

        self.role_书记Label = QLabel(FirstRunDialog)
        self.role_书记Label.setObjectName(u"role_\u4e66\u8bb0Label")

        self.branchForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.role_书记Label)

        self.role_书记 = QLineEdit(FirstRunDialog)
        self.role_书记.setObjectName(u"role_\u4e66\u8bb0")

        self.branchForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.role_书记)

        self.role_副书记Label = QLabel(FirstRunDialog)
        self.role_副书记Label.setObjectName(u"role_\u526f\u4e66\u8bb0Label")

        self.branchForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.role_副书记Label)

        self.role_副书记 = QLineEdit(FirstRunDialog)
        self.role_副书记.setObjectName(u"role_\u526f\u4e66\u8bb0")

        self.branchForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.role_副书记)

        self.role_组织委员Label = QLabel(FirstRunDialog)
        self.role_组织委员Label.setObjectName(u"role_\u7ec4\u7ec7\u59d4\u5458Label")

        self.branchForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.role_组织委员Label)

        self.role_组织委员 = QLineEdit(FirstRunDialog)
        self.role_组织委员.setObjectName(u"role_\u7ec4\u7ec7\u59d4\u5458")

        self.branchForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.role_组织委员)

        self.role_宣传委员Label = QLabel(FirstRunDialog)
        self.role_宣传委员Label.setObjectName(u"role_\u5ba3\u4f20\u59d4\u5458Label")

        self.branchForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.role_宣传委员Label)

        self.role_宣传委员 = QLineEdit(FirstRunDialog)
        self.role_宣传委员.setObjectName(u"role_\u5ba3\u4f20\u59d4\u5458")

        self.branchForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.role_宣传委员)

        self.role_纪检委员Label = QLabel(FirstRunDialog)
        self.role_纪检委员Label.setObjectName(u"role_\u7eaa\u68c0\u59d4\u5458Label")

        self.branchForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.role_纪检委员Label)

        self.role_纪检委员 = QLineEdit(FirstRunDialog)
        self.role_纪检委员.setObjectName(u"role_\u7eaa\u68c0\u59d4\u5458")

        self.branchForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.role_纪检委员)

        self.groupsLabel = QLabel(FirstRunDialog)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.branchForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.groupsLabel)

        self.groups = QPlainTextEdit(FirstRunDialog)
        self.groups.setObjectName(u"groups")
        self.groups.setTabChangesFocus(True)
        self.groups.setMaximumSize(QSize(16777215, 110))

        self.branchForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.groups)


        self.mainLayout.addLayout(self.branchForm)

        self.errorSummary = QLabel(FirstRunDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.demoButton = QPushButton(FirstRunDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.buttonRow.addWidget(self.demoButton)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.branchNameLabel.setBuddy(self.branchName)
        self.parentOrgLabel.setBuddy(self.parentOrg)
        self.kindLabel.setBuddy(self.kind)
        self.sessionNoLabel.setBuddy(self.sessionNo)
        self.electionDateLabel.setBuddy(self.electionDate)
        self.role_书记Label.setBuddy(self.role_书记)
        self.role_副书记Label.setBuddy(self.role_副书记)
        self.role_组织委员Label.setBuddy(self.role_组织委员)
        self.role_宣传委员Label.setBuddy(self.role_宣传委员)
        self.role_纪检委员Label.setBuddy(self.role_纪检委员)
        self.groupsLabel.setBuddy(self.groups)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u5efa\u7acb\u652f\u90e8", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"\u6b22\u8fce\u4f7f\u7528\u652f\u90e8\u53f0\u8d26\u3002\u5148\u5efa\u7acb\u672c\u652f\u90e8\u7684\u57fa\u672c\u4fe1\u606f\uff08\u4ee5\u540e\u53ef\u5728\u201c\u6587\u4ef6 \u2192 \u652f\u90e8\u4fe1\u606f\u201d\u4e2d\u4fee\u6539\uff09\uff0c\u6216\u6253\u5f00\u4e00\u4e2a\u6f14\u793a\u652f\u90e8\u770b\u770b\u8f6f\u4ef6\u600e\u4e48\u7528\u3002", None))
        self.branchNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u652f\u90e8\u540d\u79f0(&N)*", None))
        self.branchName.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u5982 \u4e2d\u5171\u00d7\u00d7\u9547\u00d7\u00d7\u6751\u515a\u652f\u90e8", None))
        self.parentOrgLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e0a\u7ea7\u515a\u7ec4\u7ec7", None))
        self.parentOrg.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u5982 \u4e2d\u5171\u00d7\u00d7\u9547\u59d4\u5458\u4f1a", None))
        self.kindLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u652f\u90e8\u7c7b\u578b", None))
        self.kind.setItemText(0, QCoreApplication.translate("FirstRunDialog", u"\u6751", None))
        self.kind.setItemText(1, QCoreApplication.translate("FirstRunDialog", u"\u793e\u533a", None))
        self.kind.setItemText(2, QCoreApplication.translate("FirstRunDialog", u"\u673a\u5173", None))
        self.kind.setItemText(3, QCoreApplication.translate("FirstRunDialog", u"\u4f01\u4e1a", None))
        self.kind.setItemText(4, QCoreApplication.translate("FirstRunDialog", u"\u5b66\u6821", None))
        self.kind.setItemText(5, QCoreApplication.translate("FirstRunDialog", u"\u4e8b\u4e1a\u5355\u4f4d", None))
        self.kind.setItemText(6, QCoreApplication.translate("FirstRunDialog", u"\u5176\u4ed6", None))

        self.sessionNoLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u652f\u59d4\u4f1a\u5c4a\u6b21", None))
        self.sessionNo.setSpecialValueText(QCoreApplication.translate("FirstRunDialog", u"\u672a\u586b", None))
        self.electionDateLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u9009\u4e3e\u65e5\u671f", None))
        self.role_书记Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e66\u8bb0", None))
        self.role_副书记Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u526f\u4e66\u8bb0", None))
        self.role_组织委员Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u7ec4\u7ec7\u59d4\u5458", None))
        self.role_宣传委员Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u5ba3\u4f20\u59d4\u5458", None))
        self.role_纪检委员Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u7eaa\u68c0\u59d4\u5458", None))
        self.groupsLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u515a\u5c0f\u7ec4", None))
        self.groups.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u6bcf\u884c\u4e00\u4e2a\uff0c\u5982\uff1a\n"
"\u7b2c\u4e00\u515a\u5c0f\u7ec4\n"
"\u7b2c\u4e8c\u515a\u5c0f\u7ec4", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u6253\u5f00\u6f14\u793a\u652f\u90e8(&D)", None))
    # retranslateUi

