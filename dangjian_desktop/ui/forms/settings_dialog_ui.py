# generated from forms/settings_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 640)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(SettingsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.branchLabel = QLabel(SettingsDialog)
        self.branchLabel.setObjectName(u"branchLabel")
        self.branchLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.branchLabel)

        self.scroll = QScrollArea(SettingsDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.settingsForm = QFormLayout(self.scrollBody)
        self.settingsForm.setObjectName(u"settingsForm")
        self.settingsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.late_entry_daysLabel = QLabel(self.scrollBody)
        self.late_entry_daysLabel.setObjectName(u"late_entry_daysLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.late_entry_daysLabel)

        self.late_entry_days = QSpinBox(self.scrollBody)
        self.late_entry_days.setObjectName(u"late_entry_days")
        self.late_entry_days.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.late_entry_days)

        self.late_entry_daysRule = QLabel(self.scrollBody)
        self.late_entry_daysRule.setObjectName(u"late_entry_daysRule")
        self.late_entry_daysRule.setWordWrap(True)
        self.late_entry_daysRule.setIndent(16)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.late_entry_daysRule)

        self.member_hoursLabel = QLabel(self.scrollBody)
        self.member_hoursLabel.setObjectName(u"member_hoursLabel")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.member_hoursLabel)

        self.member_hours = QSpinBox(self.scrollBody)
        self.member_hours.setObjectName(u"member_hours")
        self.member_hours.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.member_hours)

        self.member_hoursRule = QLabel(self.scrollBody)
        self.member_hoursRule.setObjectName(u"member_hoursRule")
        self.member_hoursRule.setWordWrap(True)
        self.member_hoursRule.setIndent(16)

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.member_hoursRule)

        self.leader_hoursLabel = QLabel(self.scrollBody)
        self.leader_hoursLabel.setObjectName(u"leader_hoursLabel")

        self.settingsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leader_hoursLabel)

        self.leader_hours = QSpinBox(self.scrollBody)
        self.leader_hours.setObjectName(u"leader_hours")
        self.leader_hours.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leader_hours)

        self.leader_hoursRule = QLabel(self.scrollBody)
        self.leader_hoursRule.setObjectName(u"leader_hoursRule")
        self.leader_hoursRule.setWordWrap(True)
        self.leader_hoursRule.setIndent(16)

        self.settingsForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.leader_hoursRule)

        self.notesLabel = QLabel(self.scrollBody)
        self.notesLabel.setObjectName(u"notesLabel")

        self.settingsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QSpinBox(self.scrollBody)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)

        self.notesRule = QLabel(self.scrollBody)
        self.notesRule.setObjectName(u"notesRule")
        self.notesRule.setWordWrap(True)
        self.notesRule.setIndent(16)

        self.settingsForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.notesRule)

        self.reflectionsLabel = QLabel(self.scrollBody)
        self.reflectionsLabel.setObjectName(u"reflectionsLabel")

        self.settingsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reflectionsLabel)

        self.reflections = QSpinBox(self.scrollBody)
        self.reflections.setObjectName(u"reflections")
        self.reflections.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reflections)

        self.reflectionsRule = QLabel(self.scrollBody)
        self.reflectionsRule.setObjectName(u"reflectionsRule")
        self.reflectionsRule.setWordWrap(True)
        self.reflectionsRule.setIndent(16)

        self.settingsForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.reflectionsRule)

        self.activitiesLabel = QLabel(self.scrollBody)
        self.activitiesLabel.setObjectName(u"activitiesLabel")

        self.settingsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.activitiesLabel)

        self.activities = QSpinBox(self.scrollBody)
        self.activities.setObjectName(u"activities")
        self.activities.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.activities)

        self.activitiesRule = QLabel(self.scrollBody)
        self.activitiesRule.setObjectName(u"activitiesRule")
        self.activitiesRule.setWordWrap(True)
        self.activitiesRule.setIndent(16)

        self.settingsForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.activitiesRule)

        self.activist_wait_monthsLabel = QLabel(self.scrollBody)
        self.activist_wait_monthsLabel.setObjectName(u"activist_wait_monthsLabel")

        self.settingsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.activist_wait_monthsLabel)

        self.activist_wait_months = QSpinBox(self.scrollBody)
        self.activist_wait_months.setObjectName(u"activist_wait_months")
        self.activist_wait_months.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.activist_wait_months)

        self.activist_wait_monthsRule = QLabel(self.scrollBody)
        self.activist_wait_monthsRule.setObjectName(u"activist_wait_monthsRule")
        self.activist_wait_monthsRule.setWordWrap(True)
        self.activist_wait_monthsRule.setIndent(16)

        self.settingsForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.activist_wait_monthsRule)

        self.dues_roundingLabel = QLabel(self.scrollBody)
        self.dues_roundingLabel.setObjectName(u"dues_roundingLabel")

        self.settingsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.dues_roundingLabel)

        self.dues_rounding = QComboBox(self.scrollBody)
        self.dues_rounding.setObjectName(u"dues_rounding")
        self.dues_rounding.setMinimumSize(QSize(140, 0))

        self.settingsForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.dues_rounding)

        self.dues_roundingRule = QLabel(self.scrollBody)
        self.dues_roundingRule.setObjectName(u"dues_roundingRule")
        self.dues_roundingRule.setWordWrap(True)
        self.dues_roundingRule.setIndent(16)

        self.settingsForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.dues_roundingRule)

        self.scroll.setWidget(self.scrollBody)

        self.mainLayout.addWidget(self.scroll)

        self.errorSummary = QLabel(SettingsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.defaultsButton = QPushButton(SettingsDialog)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttonRow.addWidget(self.defaultsButton)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.late_entry_daysLabel.setBuddy(self.late_entry_days)
        self.member_hoursLabel.setBuddy(self.member_hours)
        self.leader_hoursLabel.setBuddy(self.leader_hours)
        self.notesLabel.setBuddy(self.notes)
        self.reflectionsLabel.setBuddy(self.reflections)
        self.activitiesLabel.setBuddy(self.activities)
        self.activist_wait_monthsLabel.setBuddy(self.activist_wait_months)
        self.dues_roundingLabel.setBuddy(self.dues_rounding)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.intro.setText(QCoreApplication.translate("SettingsDialog", u"\u8fd9\u4e9b\u662f\u53ef\u4ee5\u6309\u672c\u5730\u89c4\u5b9a\u8c03\u6574\u7684\u8981\u6c42\u3002\u6bcf\u4e00\u9879\u4e0b\u9762\u5199\u7740\u9ed8\u8ba4\u503c\u548c\u51fa\u5904\uff1b\u5b66\u65f6\u3001\u7bc7\u6570\u3001\u6d3b\u52a8\u6b21\u6570\u548c\u515a\u8d39\u53d6\u6574\u53ea\u5bf9\u5f53\u524d\u652f\u90e8\u6709\u6548\u3002", None))
        self.late_entry_daysLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8865\u5f55\u5929\u6570(&L)", None))
        self.late_entry_daysRule.setText("")
        self.member_hoursLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u515a\u5458\u5e74\u5ea6\u5b66\u65f6(&M)", None))
        self.member_hoursRule.setText("")
        self.leader_hoursLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4e66\u8bb0\u548c\u652f\u59d4\u5e74\u5ea6\u5b66\u65f6(&C)", None))
        self.leader_hoursRule.setText("")
        self.notesLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5e74\u5ea6\u5b66\u4e60\u7b14\u8bb0\u7bc7\u6570(&N)", None))
        self.notesRule.setText("")
        self.reflectionsLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5e74\u5ea6\u5fc3\u5f97\u4f53\u4f1a\u7bc7\u6570(&R)", None))
        self.reflectionsRule.setText("")
        self.activitiesLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5168\u5e74\u5b66\u4e60\u6559\u80b2\u6d3b\u52a8\u6b21\u6570(&T)", None))
        self.activitiesRule.setText("")
        self.activist_wait_monthsLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u786e\u5b9a\u79ef\u6781\u5206\u5b50\u7684\u7b49\u5f85\u671f(&W)", None))
        self.activist_wait_monthsRule.setText("")
        self.dues_roundingLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u515a\u8d39\u53d6\u6574(&D)", None))
        self.dues_roundingRule.setText("")
        self.defaultsButton.setText(QCoreApplication.translate("SettingsDialog", u"\u5168\u90e8\u6062\u590d\u9ed8\u8ba4(&F)", None))
    # retranslateUi

