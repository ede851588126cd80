# generated from forms/study_note_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'study_note_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_StudyNoteDialog(object):
    def setupUi(self, StudyNoteDialog):
        if not StudyNoteDialog.objectName():
            StudyNoteDialog.setObjectName(u"StudyNoteDialog")
        StudyNoteDialog.resize(1180, 640)
        self.mainLayout = QVBoxLayout(StudyNoteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.editorBox = QVBoxLayout()
        self.editorBox.setObjectName(u"editorBox")
        self.batchLabel = QLabel(StudyNoteDialog)
        self.batchLabel.setObjectName(u"batchLabel")
        self.batchLabel.setWordWrap(True)

        self.editorBox.addWidget(self.batchLabel)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.person_idLabel = QLabel(StudyNoteDialog)
        self.person_idLabel.setObjectName(u"person_idLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_idLabel)

        self.person_id = QComboBox(StudyNoteDialog)
        self.person_id.setObjectName(u"person_id")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_id)

        self.note_dateLabel = QLabel(StudyNoteDialog)
        self.note_dateLabel.setObjectName(u"note_dateLabel")

        self.noteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_dateLabel)

        self.note_date = DateField(StudyNoteDialog)
        self.note_date.setObjectName(u"note_date")

        self.noteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_date)

        self.session_idLabel = QLabel(StudyNoteDialog)
        self.session_idLabel.setObjectName(u"session_idLabel")

        self.noteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.session_idLabel)

        self.session_id = QComboBox(StudyNoteDialog)
        self.session_id.setObjectName(u"session_id")
        self.session_id.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_id.setMinimumContentsLength(16)

        self.noteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.session_id)

        self.titleLabel = QLabel(StudyNoteDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.noteForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(StudyNoteDialog)
        self.title.setObjectName(u"title")

        self.noteForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title)

        self.contentLabel = QLabel(StudyNoteDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.noteForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.content = QPlainTextEdit(StudyNoteDialog)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)

        self.noteForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.content)

        self.reflectionLabel = QLabel(StudyNoteDialog)
        self.reflectionLabel.setObjectName(u"reflectionLabel")

        self.noteForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reflectionLabel)

        self.reflection = QPlainTextEdit(StudyNoteDialog)
        self.reflection.setObjectName(u"reflection")
        self.reflection.setTabChangesFocus(True)
        self.reflection.setMaximumSize(QSize(16777215, 120))

        self.noteForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reflection)


        self.editorBox.addLayout(self.noteForm)

        self.wordCount = QLabel(StudyNoteDialog)
        self.wordCount.setObjectName(u"wordCount")
        self.wordCount.setWordWrap(False)

        self.editorBox.addWidget(self.wordCount)

        self.errorSummary = QLabel(StudyNoteDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.editorBox.addWidget(self.errorSummary)


        self.columns.addLayout(self.editorBox)

        self.hintBox = QGroupBox(StudyNoteDialog)
        self.hintBox.setObjectName(u"hintBox")
        self.hintLayout = QVBoxLayout(self.hintBox)
        self.hintLayout.setObjectName(u"hintLayout")
        self.hintSummary = QLabel(self.hintBox)
        self.hintSummary.setObjectName(u"hintSummary")
        self.hintSummary.setWordWrap(True)

        self.hintLayout.addWidget(self.hintSummary)

        self.hintViews = QHBoxLayout()
        self.hintViews.setObjectName(u"hintViews")
        self.noteSide = QVBoxLayout()
        self.noteSide.setObjectName(u"noteSide")
        self.noteSideLabel = QLabel(self.hintBox)
        self.noteSideLabel.setObjectName(u"noteSideLabel")
        self.noteSideLabel.setWordWrap(False)

        self.noteSide.addWidget(self.noteSideLabel)

        self.noteView = QTextBrowser(self.hintBox)
        self.noteView.setObjectName(u"noteView")

        self.noteSide.addWidget(self.noteView)


        self.hintViews.addLayout(self.noteSide)

        self.sourceSide = QVBoxLayout()
        self.sourceSide.setObjectName(u"sourceSide")
        self.sourceSideLabel = QLabel(self.hintBox)
        self.sourceSideLabel.setObjectName(u"sourceSideLabel")
        self.sourceSideLabel.setWordWrap(False)

        self.sourceSide.addWidget(self.sourceSideLabel)

        self.sourceView = QTextBrowser(self.hintBox)
        self.sourceView.setObjectName(u"sourceView")

        self.sourceSide.addWidget(self.sourceView)


        self.hintViews.addLayout(self.sourceSide)


        self.hintLayout.addLayout(self.hintViews)


        self.columns.addWidget(self.hintBox)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.mainLayout.addLayout(self.columns)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.checkButton = QPushButton(StudyNoteDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.buttonRow.addWidget(self.checkButton)

        self.nextButton = QPushButton(StudyNoteDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.buttonBox = QDialogButtonBox(StudyNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttonBox)

        self.buttonRow.setStretch(2, 1)

        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.person_idLabel.setBuddy(self.person_id)
        self.note_dateLabel.setBuddy(self.note_date)
        self.session_idLabel.setBuddy(self.session_id)
        self.titleLabel.setBuddy(self.title)
        self.contentLabel.setBuddy(self.content)
        self.reflectionLabel.setBuddy(self.reflection)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StudyNoteDialog)
    # setupUi

    def retranslateUi(self, StudyNoteDialog):
        StudyNoteDialog.setWindowTitle(QCoreApplication.translate("StudyNoteDialog", u"\u5b66\u4e60\u7b14\u8bb0", None))
        self.batchLabel.setText("")
        self.person_idLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u515a\u5458*", None))
        self.note_dateLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u65e5\u671f*", None))
        self.session_idLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u5b66\u4e60\u6d3b\u52a8", None))
        self.titleLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u6807\u9898", None))
        self.contentLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u7b14\u8bb0\u5185\u5bb9*", None))
        self.content.setPlaceholderText(QCoreApplication.translate("StudyNoteDialog", u"\u672c\u4eba\u7528\u81ea\u5df1\u7684\u8bdd\u5199\u4e0b\u7684\u5b66\u4e60\u4f53\u4f1a\uff08\u7167\u6284\u5b66\u4e60\u6750\u6599\u7684\u6bb5\u843d\u4f1a\u88ab\u63d0\u793a\uff09", None))
        self.reflectionLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u5fc3\u5f97\u4f53\u4f1a", None))
        self.wordCount.setText("")
        self.errorSummary.setText("")
        self.hintBox.setTitle(QCoreApplication.translate("StudyNoteDialog", u"\u76f8\u540c\u6bb5\u843d\u63d0\u793a", None))
        self.hintSummary.setText(QCoreApplication.translate("StudyNoteDialog", u"\u5f55\u5165\u5185\u5bb9\u540e\u6309 Ctrl+K \u68c0\u67e5\uff0c\u4fdd\u5b58\u65f6\u4e5f\u4f1a\u68c0\u67e5\u3002", None))
        self.noteSideLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u672c\u7bc7", None))
        self.sourceSideLabel.setText(QCoreApplication.translate("StudyNoteDialog", u"\u76f8\u540c\u4e4b\u5904", None))
        self.checkButton.setText(QCoreApplication.translate("StudyNoteDialog", u"\u68c0\u67e5\u76f8\u540c\u6bb5\u843d(&K)", None))
        self.nextButton.setText(QCoreApplication.translate("StudyNoteDialog", u"\u4fdd\u5b58\u5e76\u5f55\u5165\u4e0b\u4e00\u7bc7(&N)  Ctrl+Enter", None))
    # retranslateUi

