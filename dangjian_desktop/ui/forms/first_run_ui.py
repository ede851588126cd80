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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(580, 600)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.tabs = QTabWidget(FirstRunDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicTabLayout = QVBoxLayout(self.basicTab)
        self.basicTabLayout.setObjectName(u"basicTabLayout")
        self.basicScroll = QScrollArea(self.basicTab)
        self.basicScroll.setObjectName(u"basicScroll")
        self.basicScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.basicScroll.setWidgetResizable(True)
        self.basicScrollBody = QWidget()
        self.basicScrollBody.setObjectName(u"basicScrollBody")
        self.basicScrollLayout = QVBoxLayout(self.basicScrollBody)
        self.basicScrollLayout.setObjectName(u"basicScrollLayout")
        self.basicScrollLayout.setContentsMargins(0, 0, 0, 0)
        self.basicPage = QWidget(self.basicScrollBody)
        self.basicPage.setObjectName(u"basicPage")
        self.basicLayout = QVBoxLayout(self.basicPage)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicLayout.setContentsMargins(0, 0, 0, 0)
        self.branchForm = QFormLayout()
        self.branchForm.setObjectName(u"branchForm")
        self.branchForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.branchNameLabel = QLabel(self.basicPage)
        self.branchNameLabel.setObjectName(u"branchNameLabel")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchNameLabel)

        self.branchName = QLineEdit(self.basicPage)
        self.branchName.setObjectName(u"branchName")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchName)

        self.parentOrgLabel = QLabel(self.basicPage)
        self.parentOrgLabel.setObjectName(u"parentOrgLabel")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentOrgLabel)

        self.parentOrg = QLineEdit(self.basicPage)
        self.parentOrg.setObjectName(u"parentOrg")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentOrg)

        self.kindLabel = QLabel(self.basicPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.branchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.basicPage)
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

        self.sessionNoLabel = QLabel(self.basicPage)
        self.sessionNoLabel.setObjectName(u"sessionNoLabel")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sessionNoLabel)

        self.sessionNo = QSpinBox(self.basicPage)
        self.sessionNo.setObjectName(u"sessionNo")
        self.sessionNo.setMinimumSize(QSize(180, 0))
        self.sessionNo.setMaximum(99)

        self.branchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sessionNo)

        self.electionDateLabel = QLabel(self.basicPage)
        self.electionDateLabel.setObjectName(u"electionDateLabel")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.electionDateLabel)

        self.electionDate = DateField(self.basicPage)
        self.electionDate.setObjectName(u"electionDate")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.electionDate)

        self.startedOnLabel = QLabel(self.basicPage)
        self.startedOnLabel.setObjectName(u"startedOnLabel")

        self.branchForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startedOnLabel)

        self.startedOn = DateField(self.basicPage)
        self.startedOn.setObjectName(u"startedOn")

        self.branchForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startedOn)

        self.termEndLabel = QLabel(self.basicPage)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.branchForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termEndLabel)

        self.termEnd = QLabel(self.basicPage)
        self.termEnd.setObjectName(u"termEnd")

        self.branchForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.termEnd)

        self.branchCodeLabel = QLabel(self.basicPage)
        self.branchCodeLabel.setObjectName(u"branchCodeLabel")

        self.branchForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.branchCodeLabel)

        self.branchCode = QLineEdit(self.basicPage)
        self.branchCode.setObjectName(u"branchCode")
        self.branchCode.setMaxLength(50)

        self.branchForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.branchCode)


        self.basicLayout.addLayout(self.branchForm)

        self.structureTitle = QLabel(self.basicPage)
        self.structureTitle.setObjectName(u"structureTitle")

        self.basicLayout.addWidget(self.structureTitle)

        self.structureNotes = QLabel(self.basicPage)
        self.structureNotes.setObjectName(u"structureNotes")
        self.structureNotes.setWordWrap(True)
        self.structureNotes.setTextFormat(Qt.TextFormat.RichText)

        self.basicLayout.addWidget(self.structureNotes)

        self.basicSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basicLayout.addItem(self.basicSpacer)


        self.basicScrollLayout.addWidget(self.basicPage)

        self.basicScroll.setWidget(self.basicScrollBody)

        self.basicTabLayout.addWidget(self.basicScroll)

        self.tabs.addTab(self.basicTab, "")
        self.committeeTab = QWidget()
        self.committeeTab.setObjectName(u"committeeTab")
        self.committeeTabLayout = QVBoxLayout(self.committeeTab)
        self.committeeTabLayout.setObjectName(u"committeeTabLayout")
        self.committeeScroll = QScrollArea(self.committeeTab)
        self.committeeScroll.setObjectName(u"committeeScroll")
        self.committeeScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.committeeScroll.setWidgetResizable(True)
        self.committeeScrollBody = QWidget()
        self.committeeScrollBody.setObjectName(u"committeeScrollBody")
        self.committeeScrollLayout = QVBoxLayout(self.committeeScrollBody)
        self.committeeScrollLayout.setObjectName(u"committeeScrollLayout")
        self.committeeScrollLayout.setContentsMargins(0, 0, 0, 0)
        self.committeePage = QWidget(self.committeeScrollBody)
        self.committeePage.setObjectName(u"committeePage")
        self.committeeLayout = QVBoxLayout(self.committeePage)
        self.committeeLayout.setObjectName(u"committeeLayout")
        self.committeeLayout.setContentsMargins(0, 0, 0, 0)
        self.committeeHint = QLabel(self.committeePage)
        self.committeeHint.setObjectName(u"committeeHint")
        self.committeeHint.setWordWrap(True)

        self.committeeLayout.addWidget(self.committeeHint)

        self.committeeForm = QFormLayout()
        self.committeeForm.setObjectName(u"committeeForm")
        self.committeeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.role_书记Label = QLabel(self.committeePage)
        self.role_书记Label.setObjectName(u"role_\u4e66\u8bb0Label")

        self.committeeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_书记Label)

        self.role_书记 = QComboBox(self.committeePage)
        self.role_书记.setObjectName(u"role_\u4e66\u8bb0")
        self.role_书记.setMinimumSize(QSize(180, 0))
        self.role_书记.setEditable(True)
        self.role_书记.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.committeeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_书记)

        self.role_副书记Label = QLabel(self.committeePage)
        self.role_副书记Label.setObjectName(u"role_\u526f\u4e66\u8bb0Label")

        self.committeeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_副书记Label)

        self.role_副书记 = QComboBox(self.committeePage)
        self.role_副书记.setObjectName(u"role_\u526f\u4e66\u8bb0")
        self.role_副书记.setMinimumSize(QSize(180, 0))
        self.role_副书记.setEditable(True)
        self.role_副书记.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.committeeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_副书记)

        self.role_组织委员Label = QLabel(self.committeePage)
        self.role_组织委员Label.setObjectName(u"role_\u7ec4\u7ec7\u59d4\u5458Label")

        self.committeeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_组织委员Label)

        self.role_组织委员 = QComboBox(self.committeePage)
        self.role_组织委员.setObjectName(u"role_\u7ec4\u7ec7\u59d4\u5458")
        self.role_组织委员.setMinimumSize(QSize(180, 0))
        self.role_组织委员.setEditable(True)
        self.role_组织委员.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.committeeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_组织委员)

        self.role_宣传委员Label = QLabel(self.committeePage)
        self.role_宣传委员Label.setObjectName(u"role_\u5ba3\u4f20\u59d4\u5458Label")

        self.committeeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.role_宣传委员Label)

        self.role_宣传委员 = QComboBox(self.committeePage)
        self.role_宣传委员.setObjectName(u"role_\u5ba3\u4f20\u59d4\u5458")
        self.role_宣传委员.setMinimumSize(QSize(180, 0))
        self.role_宣传委员.setEditable(True)
        self.role_宣传委员.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.committeeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role_宣传委员)

        self.role_纪检委员Label = QLabel(self.committeePage)
        self.role_纪检委员Label.setObjectName(u"role_\u7eaa\u68c0\u59d4\u5458Label")

        self.committeeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.role_纪检委员Label)

        self.role_纪检委员 = QComboBox(self.committeePage)
        self.role_纪检委员.setObjectName(u"role_\u7eaa\u68c0\u59d4\u5458")
        self.role_纪检委员.setMinimumSize(QSize(180, 0))
        self.role_纪检委员.setEditable(True)
        self.role_纪检委员.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.committeeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role_纪检委员)

        self.role_委员1Label = QLabel(self.committeePage)
        self.role_委员1Label.setObjectName(u"role_\u59d4\u54581Label")

        self.committeeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.role_委员1Label)

        self.role_委员1 = QComboBox(self.committeePage)
        self.role_委员1.setObjectName(u"role_\u59d4\u54581")
        self.role_委员1.setMinimumSize(QSize(180, 0))
        self.role_委员1.setEditable(True)
        self.role_委员1.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.committeeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.role_委员1)

        self.role_委员2Label = QLabel(self.committeePage)
        self.role_委员2Label.setObjectName(u"role_\u59d4\u54582Label")

        self.committeeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.role_委员2Label)

        self.role_委员2 = QComboBox(self.committeePage)
        self.role_委员2.setObjectName(u"role_\u59d4\u54582")
        self.role_委员2.setMinimumSize(QSize(180, 0))
        self.role_委员2.setEditable(True)
        self.role_委员2.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.committeeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.role_委员2)


        self.committeeLayout.addLayout(self.committeeForm)

        self.groupsLabel = QLabel(self.committeePage)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.committeeLayout.addWidget(self.groupsLabel)

        self.groups = QPlainTextEdit(self.committeePage)
        self.groups.setObjectName(u"groups")
        self.groups.setTabChangesFocus(True)
        self.groups.setMaximumSize(QSize(16777215, 90))

        self.committeeLayout.addWidget(self.groups)

        self.groupLeaders = QTableWidget(self.committeePage)
        self.groupLeaders.setObjectName(u"groupLeaders")
        self.groupLeaders.setColumnCount(2)

        self.committeeLayout.addWidget(self.groupLeaders)


        self.committeeScrollLayout.addWidget(self.committeePage)

        self.committeeScroll.setWidget(self.committeeScrollBody)

        self.committeeTabLayout.addWidget(self.committeeScroll)

        self.tabs.addTab(self.committeeTab, "")

        self.mainLayout.addWidget(self.tabs)

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

        self.importButton = QPushButton(FirstRunDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

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
        self.startedOnLabel.setBuddy(self.startedOn)
        self.termEndLabel.setBuddy(self.termEnd)
        self.branchCodeLabel.setBuddy(self.branchCode)
        self.role_书记Label.setBuddy(self.role_书记)
        self.role_副书记Label.setBuddy(self.role_副书记)
        self.role_组织委员Label.setBuddy(self.role_组织委员)
        self.role_宣传委员Label.setBuddy(self.role_宣传委员)
        self.role_纪检委员Label.setBuddy(self.role_纪检委员)
        self.role_委员1Label.setBuddy(self.role_委员1)
        self.role_委员2Label.setBuddy(self.role_委员2)
        self.groupsLabel.setBuddy(self.groups)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u5efa\u7acb\u652f\u90e8", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"\u6b22\u8fce\u4f7f\u7528\u652f\u90e8\u53f0\u8d26\u3002\u5148\u5efa\u7acb\u672c\u652f\u90e8\u7684\u57fa\u672c\u4fe1\u606f\uff08\u4ee5\u540e\u53ef\u5728\u201c\u6587\u4ef6 \u2192 \u652f\u90e8\u4fe1\u606f\u201d\u4e2d\u4fee\u6539\uff09\uff0c\u6216\u6253\u5f00\u4e00\u4e2a\u6f14\u793a\u652f\u90e8\u770b\u770b\u8f6f\u4ef6\u600e\u4e48\u7528\u3002\u4e61\u9547\u515a\u59d4\u6c47\u603b\u5404\u652f\u90e8\u7684\u8bb0\u5f55\u65f6\uff0c\u76f4\u63a5\u5bfc\u5165\u5404\u652f\u90e8\u7684\u6570\u636e\u5305\u3002", None))
        self.basicScroll.setStyleSheet(QCoreApplication.translate("FirstRunDialog", u"#basicScroll, #basicScroll > QWidget, #basicScrollBody { background: transparent; }", None))
        self.branchNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u652f\u90e8\u540d\u79f0(&N)*", None))
        self.branchName.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u5982 \u4e2d\u5171\u00d7\u00d7\u9547\u00d7\u00d7\u6751\u515a\u652f\u90e8", None))
        self.parentOrgLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e0a\u7ea7\u515a\u7ec4\u7ec7(&U)", None))
        self.parentOrg.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u5982 \u4e2d\u5171\u00d7\u00d7\u9547\u59d4\u5458\u4f1a", None))
        self.kindLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u652f\u90e8\u7c7b\u578b(&K)", None))
        self.kind.setItemText(0, QCoreApplication.translate("FirstRunDialog", u"\u6751", None))
        self.kind.setItemText(1, QCoreApplication.translate("FirstRunDialog", u"\u793e\u533a", None))
        self.kind.setItemText(2, QCoreApplication.translate("FirstRunDialog", u"\u673a\u5173", None))
        self.kind.setItemText(3, QCoreApplication.translate("FirstRunDialog", u"\u4f01\u4e1a", None))
        self.kind.setItemText(4, QCoreApplication.translate("FirstRunDialog", u"\u5b66\u6821", None))
        self.kind.setItemText(5, QCoreApplication.translate("FirstRunDialog", u"\u4e8b\u4e1a\u5355\u4f4d", None))
        self.kind.setItemText(6, QCoreApplication.translate("FirstRunDialog", u"\u5176\u4ed6", None))

        self.sessionNoLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u652f\u59d4\u4f1a\u5c4a\u6b21(&S)", None))
        self.sessionNo.setSpecialValueText(QCoreApplication.translate("FirstRunDialog", u"\u672a\u586b", None))
        self.electionDateLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u9009\u4e3e\u65e5\u671f(&E)", None))
        self.startedOnLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u542f\u7528\u65e5\u671f(&T)", None))
#if QT_CONFIG(tooltip)
        self.startedOn.setToolTip(QCoreApplication.translate("FirstRunDialog", u"\u4ece\u54ea\u5929\u8d77\u7528\u672c\u8f6f\u4ef6\u8bb0\u53f0\u8d26\u3002\u5e74\u5ea6\u81ea\u67e5\u4e0d\u628a\u8fd9\u4e4b\u524d\u7684\u6708\u4efd\u7b97\u4f5c\u7f3a\u5c11\u8bb0\u5f55\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.termEndLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u5c4a\u6ee1\u65e5\u671f", None))
        self.termEnd.setText("")
        self.branchCodeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u652f\u90e8\u7f16\u7801(&B)", None))
        self.branchCode.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u7531\u4e61\u9547\u515a\u59d4\u7ed9\u5b9a\uff1b\u5bfc\u51fa\u6570\u636e\u5305\u65f6\u4e00\u5e76\u5e26\u4e0a", None))
        self.structureTitle.setText(QCoreApplication.translate("FirstRunDialog", u"\u7ec4\u7ec7\u8bbe\u7f6e\u68c0\u67e5", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("FirstRunDialog", u"\u57fa\u672c\u4fe1\u606f(&I)", None))
        self.committeeScroll.setStyleSheet(QCoreApplication.translate("FirstRunDialog", u"#committeeScroll, #committeeScroll > QWidget, #committeeScrollBody { background: transparent; }", None))
        self.committeeHint.setText(QCoreApplication.translate("FirstRunDialog", u"\u4ece\u53f0\u8d26\u4e2d\u9009\u62e9\u4eba\u5458\uff08\u4e5f\u53ef\u76f4\u63a5\u8f93\u5165\u59d3\u540d\uff09\u3002\u652f\u59d4\u4f1a\u4e00\u822c3\u81f35\u4eba\uff0c\u6700\u591a7\u4eba\uff1b\u6b63\u5f0f\u515a\u5458\u4e0d\u8db37\u4eba\u7684\u652f\u90e8\u53ea\u8bbe\u4e66\u8bb0\uff0c\u5fc5\u8981\u65f6\u8bbe\u526f\u4e66\u8bb0\u3002", None))
        self.role_书记Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e66\u8bb0(&1)", None))
        self.role_副书记Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u526f\u4e66\u8bb0(&2)", None))
        self.role_组织委员Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u7ec4\u7ec7\u59d4\u5458(&3)", None))
        self.role_宣传委员Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u5ba3\u4f20\u59d4\u5458(&4)", None))
        self.role_纪检委员Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u7eaa\u68c0\u59d4\u5458(&5)", None))
        self.role_委员1Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u59d4\u5458(&6)", None))
        self.role_委员2Label.setText(QCoreApplication.translate("FirstRunDialog", u"\u59d4\u5458(&7)", None))
        self.groupsLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u515a\u5c0f\u7ec4(&G)", None))
        self.groups.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u6bcf\u884c\u4e00\u4e2a\uff0c\u5982\uff1a\n"
"\u7b2c\u4e00\u515a\u5c0f\u7ec4\n"
"\u7b2c\u4e8c\u515a\u5c0f\u7ec4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.committeeTab), QCoreApplication.translate("FirstRunDialog", u"\u652f\u59d4\u4f1a\u548c\u515a\u5c0f\u7ec4(&C)", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u6253\u5f00\u6f14\u793a\u652f\u90e8(&D)", None))
        self.importButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u5bfc\u5165\u6570\u636e\u5305(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("FirstRunDialog", u"\u4e61\u9547\u515a\u59d4\u6c47\u603b\u5404\u652f\u90e8\u7684\u8bb0\u5f55\uff1a\u5bfc\u5165\u5404\u652f\u90e8\u5bfc\u51fa\u7684\u6570\u636e\u5305\uff0c\u4e0d\u7528\u5728\u8fd9\u91cc\u5efa\u7acb\u652f\u90e8", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

