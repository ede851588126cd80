# generated from forms/meeting_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(900, 720)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.statusLabel = QLabel(MeetingDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicPage = QWidget()
        self.basicPage.setObjectName(u"basicPage")
        self.basicForm = QFormLayout(self.basicPage)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.typesLabel = QLabel(self.basicPage)
        self.typesLabel.setObjectName(u"typesLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typesLabel)

        self.types = QListWidget(self.basicPage)
        self.types.setObjectName(u"types")
        self.types.setMaximumSize(QSize(16777215, 120))
        self.types.setFlow(QListView.Flow.LeftToRight)
        self.types.setWrapping(True)

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.types)

        self.titleLabel = QLabel(self.basicPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.basicPage)
        self.title.setObjectName(u"title")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.held_onLabel = QLabel(self.basicPage)
        self.held_onLabel.setObjectName(u"held_onLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.held_onLabel)

        self.held_on = DateField(self.basicPage)
        self.held_on.setObjectName(u"held_on")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.start_timeLabel = QLabel(self.basicPage)
        self.start_timeLabel.setObjectName(u"start_timeLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.start_time = QLineEdit(self.basicPage)
        self.start_time.setObjectName(u"start_time")

        self.timeRow.addWidget(self.start_time)

        self.end_timeLabel = QLabel(self.basicPage)
        self.end_timeLabel.setObjectName(u"end_timeLabel")

        self.timeRow.addWidget(self.end_timeLabel)

        self.end_time = QLineEdit(self.basicPage)
        self.end_time.setObjectName(u"end_time")

        self.timeRow.addWidget(self.end_time)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.basicForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.placeLabel = QLabel(self.basicPage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.basicPage)
        self.place.setObjectName(u"place")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.hostLabel = QLabel(self.basicPage)
        self.hostLabel.setObjectName(u"hostLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QComboBox(self.basicPage)
        self.host.setObjectName(u"host")
        self.host.setEditable(True)

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.host)

        self.recorderLabel = QLabel(self.basicPage)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recorderLabel)

        self.recorder = QComboBox(self.basicPage)
        self.recorder.setObjectName(u"recorder")
        self.recorder.setEditable(True)

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recorder)

        self.lecturerLabel = QLabel(self.basicPage)
        self.lecturerLabel.setObjectName(u"lecturerLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lecturerLabel)

        self.lecturer = QComboBox(self.basicPage)
        self.lecturer.setObjectName(u"lecturer")
        self.lecturer.setEditable(True)

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lecturer)

        self.group_idLabel = QLabel(self.basicPage)
        self.group_idLabel.setObjectName(u"group_idLabel")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.group_idLabel)

        self.group_id = QComboBox(self.basicPage)
        self.group_id.setObjectName(u"group_id")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.group_id)

        self.observersLabel = QLabel(self.basicPage)
        self.observersLabel.setObjectName(u"observersLabel")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.observersLabel)

        self.observers = QPlainTextEdit(self.basicPage)
        self.observers.setObjectName(u"observers")
        self.observers.setTabChangesFocus(True)
        self.observers.setMaximumSize(QSize(16777215, 70))

        self.basicForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.observers)

        self.tabs.addTab(self.basicPage, "")
        self.attendancePage = QWidget()
        self.attendancePage.setObjectName(u"attendancePage")
        self.attendanceLayout = QVBoxLayout(self.attendancePage)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceHint = QLabel(self.attendancePage)
        self.attendanceHint.setObjectName(u"attendanceHint")
        self.attendanceHint.setWordWrap(True)

        self.attendanceLayout.addWidget(self.attendanceHint)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.allPresentButton = QPushButton(self.attendancePage)
        self.allPresentButton.setObjectName(u"allPresentButton")
        self.allPresentButton.setAutoDefault(False)

        self.attendanceButtons.addWidget(self.allPresentButton)

        self.refillButton = QPushButton(self.attendancePage)
        self.refillButton.setObjectName(u"refillButton")
        self.refillButton.setAutoDefault(False)

        self.attendanceButtons.addWidget(self.refillButton)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.attendanceSpacer)


        self.attendanceLayout.addLayout(self.attendanceButtons)

        self.attendance = QTableWidget(self.attendancePage)
        self.attendance.setObjectName(u"attendance")

        self.attendanceLayout.addWidget(self.attendance)

        self.countsLabel = QLabel(self.attendancePage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.attendanceLayout.addWidget(self.countsLabel)

        self.tabs.addTab(self.attendancePage, "")
        self.itemsPage = QWidget()
        self.itemsPage.setObjectName(u"itemsPage")
        self.itemsLayout = QHBoxLayout(self.itemsPage)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemListLayout = QVBoxLayout()
        self.itemListLayout.setObjectName(u"itemListLayout")
        self.itemList = QListWidget(self.itemsPage)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMaximumSize(QSize(260, 16777215))

        self.itemListLayout.addWidget(self.itemList)

        self.itemButtons = QGridLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(self.itemsPage)
        self.addItemButton.setObjectName(u"addItemButton")
        self.addItemButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.addItemButton, 0, 0, 1, 1)

        self.removeItemButton = QPushButton(self.itemsPage)
        self.removeItemButton.setObjectName(u"removeItemButton")
        self.removeItemButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.removeItemButton, 0, 1, 1, 1)

        self.upItemButton = QPushButton(self.itemsPage)
        self.upItemButton.setObjectName(u"upItemButton")
        self.upItemButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.upItemButton, 1, 0, 1, 1)

        self.downItemButton = QPushButton(self.itemsPage)
        self.downItemButton.setObjectName(u"downItemButton")
        self.downItemButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.downItemButton, 1, 1, 1, 1)


        self.itemListLayout.addLayout(self.itemButtons)


        self.itemsLayout.addLayout(self.itemListLayout)

        self.itemEditor = QWidget(self.itemsPage)
        self.itemEditor.setObjectName(u"itemEditor")
        self.itemForm = QFormLayout(self.itemEditor)
        self.itemForm.setObjectName(u"itemForm")
        self.itemForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.itemForm.setContentsMargins(0, 0, 0, 0)
        self.item_titleLabel = QLabel(self.itemEditor)
        self.item_titleLabel.setObjectName(u"item_titleLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.item_titleLabel)

        self.item_title = QLineEdit(self.itemEditor)
        self.item_title.setObjectName(u"item_title")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.item_title)

        self.item_candidateLabel = QLabel(self.itemEditor)
        self.item_candidateLabel.setObjectName(u"item_candidateLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.item_candidateLabel)

        self.item_candidate = QLineEdit(self.itemEditor)
        self.item_candidate.setObjectName(u"item_candidate")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.item_candidate)

        self.item_speechesLabel = QLabel(self.itemEditor)
        self.item_speechesLabel.setObjectName(u"item_speechesLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.item_speechesLabel)

        self.item_speeches = QPlainTextEdit(self.itemEditor)
        self.item_speeches.setObjectName(u"item_speeches")
        self.item_speeches.setTabChangesFocus(True)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.item_speeches)

        self.item_vote_methodLabel = QLabel(self.itemEditor)
        self.item_vote_methodLabel.setObjectName(u"item_vote_methodLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.item_vote_methodLabel)

        self.voteRow = QHBoxLayout()
        self.voteRow.setObjectName(u"voteRow")
        self.item_vote_method = QComboBox(self.itemEditor)
        self.item_vote_method.setObjectName(u"item_vote_method")

        self.voteRow.addWidget(self.item_vote_method)

        self.item_is_election = QCheckBox(self.itemEditor)
        self.item_is_election.setObjectName(u"item_is_election")

        self.voteRow.addWidget(self.item_is_election)


        self.itemForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.voteRow)

        self.votesLabel = QLabel(self.itemEditor)
        self.votesLabel.setObjectName(u"votesLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.votesLabel)

        self.votesRow = QHBoxLayout()
        self.votesRow.setObjectName(u"votesRow")
        self.votes_for = QSpinBox(self.itemEditor)
        self.votes_for.setObjectName(u"votes_for")
        self.votes_for.setMaximum(9999)

        self.votesRow.addWidget(self.votes_for)

        self.votes_against = QSpinBox(self.itemEditor)
        self.votes_against.setObjectName(u"votes_against")
        self.votes_against.setMaximum(9999)

        self.votesRow.addWidget(self.votes_against)

        self.votes_abstain = QSpinBox(self.itemEditor)
        self.votes_abstain.setObjectName(u"votes_abstain")
        self.votes_abstain.setMaximum(9999)

        self.votesRow.addWidget(self.votes_abstain)


        self.itemForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.votesRow)

        self.written_forLabel = QLabel(self.itemEditor)
        self.written_forLabel.setObjectName(u"written_forLabel")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.written_forLabel)

        self.written_for = QSpinBox(self.itemEditor)
        self.written_for.setObjectName(u"written_for")
        self.written_for.setMaximum(9999)

        self.itemForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.written_for)

        self.item_resolutionLabel = QLabel(self.itemEditor)
        self.item_resolutionLabel.setObjectName(u"item_resolutionLabel")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.item_resolutionLabel)

        self.item_resolution = QPlainTextEdit(self.itemEditor)
        self.item_resolution.setObjectName(u"item_resolution")
        self.item_resolution.setTabChangesFocus(True)
        self.item_resolution.setMaximumSize(QSize(16777215, 80))

        self.itemForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.item_resolution)

        self.itemCheck = QLabel(self.itemEditor)
        self.itemCheck.setObjectName(u"itemCheck")
        self.itemCheck.setWordWrap(True)

        self.itemForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.itemCheck)


        self.itemsLayout.addWidget(self.itemEditor)

        self.tabs.addTab(self.itemsPage, "")
        self.summaryPage = QWidget()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryForm = QFormLayout(self.summaryPage)
        self.summaryForm.setObjectName(u"summaryForm")
        self.summaryForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(self.summaryPage)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summary)

        self.noteLabel = QLabel(self.summaryPage)
        self.noteLabel.setObjectName(u"noteLabel")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.summaryPage)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 60))

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)

        self.attachmentsLabel = QLabel(self.summaryPage)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachments = QListWidget(self.summaryPage)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setViewMode(QListView.ViewMode.IconMode)
        self.attachments.setResizeMode(QListView.ResizeMode.Adjust)
        self.attachments.setMaximumSize(QSize(16777215, 170))

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attachments)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.summaryPage)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")
        self.addAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.summaryPage)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")
        self.removeAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.summaryForm.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.attachmentButtons)

        self.tabs.addTab(self.summaryPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.history = QPlainTextEdit(self.historyPage)
        self.history.setObjectName(u"history")
        self.history.setReadOnly(True)

        self.historyLayout.addWidget(self.history)

        self.tabs.addTab(self.historyPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.checksLabel = QLabel(MeetingDialog)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setWordWrap(True)
        self.checksLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.checksLabel)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonLabel = QLabel(MeetingDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(MeetingDialog)
        self.reason.setObjectName(u"reason")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)


        self.mainLayout.addLayout(self.reasonForm)

        self.errorSummary = QLabel(MeetingDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typesLabel.setBuddy(self.types)
        self.titleLabel.setBuddy(self.title)
        self.held_onLabel.setBuddy(self.held_on)
        self.start_timeLabel.setBuddy(self.start_time)
        self.end_timeLabel.setBuddy(self.end_time)
        self.placeLabel.setBuddy(self.place)
        self.hostLabel.setBuddy(self.host)
        self.recorderLabel.setBuddy(self.recorder)
        self.lecturerLabel.setBuddy(self.lecturer)
        self.group_idLabel.setBuddy(self.group_id)
        self.observersLabel.setBuddy(self.observers)
        self.item_titleLabel.setBuddy(self.item_title)
        self.item_candidateLabel.setBuddy(self.item_candidate)
        self.item_speechesLabel.setBuddy(self.item_speeches)
        self.item_vote_methodLabel.setBuddy(self.item_vote_method)
        self.votesLabel.setBuddy(self.votes_for)
        self.written_forLabel.setBuddy(self.written_for)
        self.item_resolutionLabel.setBuddy(self.item_resolution)
        self.summaryLabel.setBuddy(self.summary)
        self.noteLabel.setBuddy(self.note)
        self.attachmentsLabel.setBuddy(self.attachments)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.typesLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7c7b\u578b(&T)*", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u540d\u79f0/\u4e3b\u9898(&N)*", None))
        self.title.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u5982\uff1a3\u6708\u652f\u59d4\u4f1a\u3001\u7b2c\u4e00\u5b63\u5ea6\u652f\u90e8\u515a\u5458\u5927\u4f1a", None))
        self.held_onLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u65e5\u671f(&D)*", None))
        self.start_timeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5f00\u59cb\u65f6\u95f4", None))
        self.start_time.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"09:00", None))
        self.end_timeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u6563\u4f1a\u65f6\u95f4", None))
        self.end_time.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"11:00", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5730\u70b9(&P)", None))
        self.hostLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u6301\u4eba(&H)", None))
        self.recorderLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u4eba(&R)", None))
        self.lecturerLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u6388\u8bfe\u4eba\uff08\u515a\u8bfe\uff09", None))
        self.group_idLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u515a\u5c0f\u7ec4\uff08\u515a\u5c0f\u7ec4\u4f1a\uff09", None))
        self.observersLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5217\u5e2d\u4eba\u5458", None))
        self.observers.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u4e0d\u662f\u672c\u6b21\u5e94\u5230\u4eba\u5458\u4f46\u5230\u4f1a\u7684\uff0c\u5982\u4e0a\u7ea7\u515a\u59d4\u8054\u7cfb\u4eba\u3001\u5165\u515a\u79ef\u6781\u5206\u5b50", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicPage), QCoreApplication.translate("MeetingDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.attendanceHint.setText(QCoreApplication.translate("MeetingDialog", u"\u6309\u4f1a\u8bae\u65e5\u671f\u7684\u515a\u5458\u540d\u5355\u5217\u51fa\u5e94\u5230\u4eba\u5458\uff1b\u9010\u4eba\u9009\u62e9\u51fa\u5e2d\u60c5\u51b5\uff0c\u8bf7\u5047\u3001\u7f3a\u5e2d\u987b\u5199\u539f\u56e0\u3002\u9884\u5907\u515a\u5458\u6ca1\u6709\u8868\u51b3\u6743\u3002", None))
        self.allPresentButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5168\u90e8\u51fa\u5e2d", None))
        self.refillButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6309\u540d\u5355\u91cd\u65b0\u751f\u6210", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendancePage), QCoreApplication.translate("MeetingDialog", u"\u51fa\u5e2d\u60c5\u51b5", None))
        self.addItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6dfb\u52a0(&A)", None))
        self.removeItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664", None))
        self.upItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u4e0a\u79fb", None))
        self.downItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u4e0b\u79fb", None))
        self.item_titleLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898(&I)", None))
        self.item_candidateLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5bf9\u8c61\u59d3\u540d", None))
        self.item_candidate.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u63a5\u6536\u9884\u5907\u515a\u5458\u3001\u8f6c\u6b63\u7b49\u8bae\u9898\u5199\u660e\u5bf9\u8c61", None))
        self.item_speechesLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u53d1\u8a00\u8bb0\u5f55", None))
        self.item_vote_methodLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8868\u51b3\u65b9\u5f0f", None))
        self.item_is_election.setText(QCoreApplication.translate("MeetingDialog", u"\u9009\u4e3e", None))
        self.votesLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8d5e\u6210/\u53cd\u5bf9/\u5f03\u6743", None))
        self.written_forLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e66\u9762\u610f\u89c1\u8d5e\u6210", None))
        self.item_resolutionLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u51b3\u8bae", None))
        self.tabs.setTabText(self.tabs.indexOf(self.itemsPage), QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898\u4e0e\u8868\u51b3", None))
        self.summaryLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u6301\u4eba\u5c0f\u7ed3(&U)", None))
        self.noteLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5907\u6ce8", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u9644\u4ef6\uff08\u7167\u7247\u3001\u626b\u63cf\u4ef6\uff09", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6dfb\u52a0\u7167\u7247\u6216\u626b\u63cf\u4ef6\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("MeetingDialog", u"\u79fb\u9664\u6240\u9009\u9644\u4ef6", None))
        self.tabs.setTabText(self.tabs.indexOf(self.summaryPage), QCoreApplication.translate("MeetingDialog", u"\u5c0f\u7ed3\u4e0e\u9644\u4ef6", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyPage), QCoreApplication.translate("MeetingDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
        self.reasonLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4fee\u6539\u539f\u56e0*", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u5df2\u5b9a\u7a3f\u7684\u8bb0\u5f55\uff0c\u4fee\u6539\u987b\u5199\u660e\u539f\u56e0\uff0c\u5c06\u8bb0\u5165\u4fee\u6539\u8bb0\u5f55", None))
    # retranslateUi

