# generated from forms/discipline_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discipline_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_DisciplineDialog(object):
    def setupUi(self, DisciplineDialog):
        if not DisciplineDialog.objectName():
            DisciplineDialog.setObjectName(u"DisciplineDialog")
        DisciplineDialog.resize(560, 600)
        self.mainLayout = QVBoxLayout(DisciplineDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(DisciplineDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.personLabel)

        self.ruleLabel = QLabel(DisciplineDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.ruleLabel)

        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.records = QListWidget(DisciplineDialog)
        self.records.setObjectName(u"records")
        self.records.setMaximumSize(QSize(16777215, 120))

        self.listRow.addWidget(self.records)

        self.listButtons = QVBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(DisciplineDialog)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(DisciplineDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listButtons.addItem(self.listSpacer)


        self.listRow.addLayout(self.listButtons)


        self.mainLayout.addLayout(self.listRow)

        self.editor = QGroupBox(DisciplineDialog)
        self.editor.setObjectName(u"editor")
        self.editorForm = QFormLayout(self.editor)
        self.editorForm.setObjectName(u"editorForm")
        self.editorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(self.editor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.editorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.editor)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")
        self.kind.setMinimumSize(QSize(180, 0))

        self.editorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.decided_onLabel = QLabel(self.editor)
        self.decided_onLabel.setObjectName(u"decided_onLabel")

        self.editorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decided_onLabel)

        self.decided_on = DateField(self.editor)
        self.decided_on.setObjectName(u"decided_on")

        self.editorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decided_on)

        self.decided_byLabel = QLabel(self.editor)
        self.decided_byLabel.setObjectName(u"decided_byLabel")

        self.editorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decided_byLabel)

        self.decided_by = QLineEdit(self.editor)
        self.decided_by.setObjectName(u"decided_by")

        self.editorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decided_by)

        self.probation_startLabel = QLabel(self.editor)
        self.probation_startLabel.setObjectName(u"probation_startLabel")

        self.editorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.probation_startLabel)

        self.probation_start = DateField(self.editor)
        self.probation_start.setObjectName(u"probation_start")

        self.editorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.probation_start)

        self.probation_yearsLabel = QLabel(self.editor)
        self.probation_yearsLabel.setObjectName(u"probation_yearsLabel")

        self.editorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.probation_yearsLabel)

        self.probation_years = QComboBox(self.editor)
        self.probation_years.addItem("")
        self.probation_years.addItem("")
        self.probation_years.setObjectName(u"probation_years")
        self.probation_years.setMinimumSize(QSize(180, 0))

        self.editorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.probation_years)

        self.restored_onLabel = QLabel(self.editor)
        self.restored_onLabel.setObjectName(u"restored_onLabel")

        self.editorForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.restored_onLabel)

        self.restored_on = DateField(self.editor)
        self.restored_on.setObjectName(u"restored_on")

        self.editorForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.restored_on)

        self.noteLabel = QLabel(self.editor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.editorForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.editor)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.editorForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addWidget(self.editor)

        self.errorSummary = QLabel(DisciplineDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(DisciplineDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.decided_onLabel.setBuddy(self.decided_on)
        self.decided_byLabel.setBuddy(self.decided_by)
        self.probation_startLabel.setBuddy(self.probation_start)
        self.probation_yearsLabel.setBuddy(self.probation_years)
        self.restored_onLabel.setBuddy(self.restored_on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DisciplineDialog)
    # setupUi

    def retranslateUi(self, DisciplineDialog):
        DisciplineDialog.setWindowTitle(QCoreApplication.translate("DisciplineDialog", u"\u515a\u7eaa\u5904\u5206", None))
        self.ruleLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u515a\u7ae0\u7b2c\u56db\u5341\u6761\uff1a\u515a\u5458\u5728\u7559\u515a\u5bdf\u770b\u671f\u95f4\u6ca1\u6709\u8868\u51b3\u6743\u3001\u9009\u4e3e\u6743\u548c\u88ab\u9009\u4e3e\u6743\u3002\u5bdf\u770b\u671f\u6ee1\u6216\u6062\u590d\u515a\u5458\u6743\u5229\u540e\uff0c\u4f1a\u8bae\u8bb0\u5f55\u4e2d\u81ea\u52a8\u6062\u590d\u8868\u51b3\u6743\u3002", None))
        self.newButton.setText(QCoreApplication.translate("DisciplineDialog", u"\u65b0\u589e\u5904\u5206(&N)", None))
        self.deleteButton.setText(QCoreApplication.translate("DisciplineDialog", u"\u5220\u9664\u8fd9\u6761(&D)", None))
        self.editor.setTitle(QCoreApplication.translate("DisciplineDialog", u"\u5904\u5206\u5185\u5bb9", None))
        self.kindLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u5904\u5206\u79cd\u7c7b(&K)*", None))
        self.kind.setItemText(0, QCoreApplication.translate("DisciplineDialog", u"\u8b66\u544a", None))
        self.kind.setItemText(1, QCoreApplication.translate("DisciplineDialog", u"\u4e25\u91cd\u8b66\u544a", None))
        self.kind.setItemText(2, QCoreApplication.translate("DisciplineDialog", u"\u64a4\u9500\u515a\u5185\u804c\u52a1", None))
        self.kind.setItemText(3, QCoreApplication.translate("DisciplineDialog", u"\u7559\u515a\u5bdf\u770b", None))
        self.kind.setItemText(4, QCoreApplication.translate("DisciplineDialog", u"\u5f00\u9664\u515a\u7c4d", None))

        self.decided_onLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u5904\u5206\u51b3\u5b9a\u65e5\u671f(&T)*", None))
        self.decided_byLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u51b3\u5b9a\u673a\u5173(&B)", None))
        self.decided_by.setPlaceholderText(QCoreApplication.translate("DisciplineDialog", u"\u5982 \u4e2d\u5171\u00d7\u00d7\u9547\u7eaa\u5f8b\u68c0\u67e5\u59d4\u5458\u4f1a", None))
        self.probation_startLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u5bdf\u770b\u8d77\u59cb\u65e5\u671f(&Q)", None))
        self.probation_yearsLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u5bdf\u770b\u671f\u9650(&Y)", None))
        self.probation_years.setItemText(0, QCoreApplication.translate("DisciplineDialog", u"\u4e00\u5e74", None))
        self.probation_years.setItemText(1, QCoreApplication.translate("DisciplineDialog", u"\u4e8c\u5e74", None))

        self.restored_onLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u6062\u590d\u515a\u5458\u6743\u5229\u65e5\u671f(&R)", None))
        self.noteLabel.setText(QCoreApplication.translate("DisciplineDialog", u"\u5907\u6ce8(&M)", None))
    # retranslateUi

