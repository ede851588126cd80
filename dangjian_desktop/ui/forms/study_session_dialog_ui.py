# generated from forms/study_session_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'study_session_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_StudySessionDialog(object):
    def setupUi(self, StudySessionDialog):
        if not StudySessionDialog.objectName():
            StudySessionDialog.setObjectName(u"StudySessionDialog")
        StudySessionDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(StudySessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.sessionForm = QFormLayout()
        self.sessionForm.setObjectName(u"sessionForm")
        self.sessionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.held_onLabel = QLabel(StudySessionDialog)
        self.held_onLabel.setObjectName(u"held_onLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_onLabel)

        self.held_on = DateField(StudySessionDialog)
        self.held_on.setObjectName(u"held_on")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.topicLabel = QLabel(StudySessionDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topic = QLineEdit(StudySessionDialog)
        self.topic.setObjectName(u"topic")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topic)

        self.formLabel = QLabel(StudySessionDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.form = QComboBox(StudySessionDialog)
        self.form.setObjectName(u"form")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.form)

        self.hoursLabel = QLabel(StudySessionDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursRow = QHBoxLayout()
        self.hoursRow.setObjectName(u"hoursRow")
        self.hours = QSpinBox(StudySessionDialog)
        self.hours.setObjectName(u"hours")
        self.hours.setMinimum(1)
        self.hours.setMaximum(40)
        self.hours.setValue(2)

        self.hoursRow.addWidget(self.hours)

        self.hourPreset = QComboBox(StudySessionDialog)
        self.hourPreset.setObjectName(u"hourPreset")

        self.hoursRow.addWidget(self.hourPreset)

        self.hoursRow.setStretch(1, 1)

        self.sessionForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hoursRow)

        self.hostLabel = QLabel(StudySessionDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(StudySessionDialog)
        self.host.setObjectName(u"host")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.host)

        self.locationLabel = QLabel(StudySessionDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QLineEdit(StudySessionDialog)
        self.location.setObjectName(u"location")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location)

        self.materialsLabel = QLabel(StudySessionDialog)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.materialsLabel)

        self.materials = QPlainTextEdit(StudySessionDialog)
        self.materials.setObjectName(u"materials")
        self.materials.setTabChangesFocus(True)
        self.materials.setMaximumSize(QSize(16777215, 70))

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.materials)

        self.material_textLabel = QLabel(StudySessionDialog)
        self.material_textLabel.setObjectName(u"material_textLabel")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.material_textLabel)

        self.material_text = QPlainTextEdit(StudySessionDialog)
        self.material_text.setObjectName(u"material_text")
        self.material_text.setTabChangesFocus(True)
        self.material_text.setMaximumSize(QSize(16777215, 90))

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.material_text)

        self.noteLabel = QLabel(StudySessionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.sessionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(StudySessionDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 50))

        self.sessionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)


        self.columns.addLayout(self.sessionForm)

        self.attendanceBox = QVBoxLayout()
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceLabel = QLabel(StudySessionDialog)
        self.attendanceLabel.setObjectName(u"attendanceLabel")
        self.attendanceLabel.setWordWrap(True)

        self.attendanceBox.addWidget(self.attendanceLabel)

        self.attendees = QListWidget(StudySessionDialog)
        self.attendees.setObjectName(u"attendees")

        self.attendanceBox.addWidget(self.attendees)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.allButton = QPushButton(StudySessionDialog)
        self.allButton.setObjectName(u"allButton")

        self.attendanceButtons.addWidget(self.allButton)

        self.noneButton = QPushButton(StudySessionDialog)
        self.noneButton.setObjectName(u"noneButton")

        self.attendanceButtons.addWidget(self.noneButton)

        self.attendanceCount = QLabel(StudySessionDialog)
        self.attendanceCount.setObjectName(u"attendanceCount")
        self.attendanceCount.setWordWrap(False)

        self.attendanceButtons.addWidget(self.attendanceCount)


        self.attendanceBox.addLayout(self.attendanceButtons)


        self.columns.addLayout(self.attendanceBox)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.mainLayout.addLayout(self.columns)

        self.errorSummary = QLabel(StudySessionDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(StudySessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.held_onLabel.setBuddy(self.held_on)
        self.topicLabel.setBuddy(self.topic)
        self.formLabel.setBuddy(self.form)
        self.hoursLabel.setBuddy(self.hours)
        self.hostLabel.setBuddy(self.host)
        self.locationLabel.setBuddy(self.location)
        self.materialsLabel.setBuddy(self.materials)
        self.material_textLabel.setBuddy(self.material_text)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StudySessionDialog)
    # setupUi

    def retranslateUi(self, StudySessionDialog):
        StudySessionDialog.setWindowTitle(QCoreApplication.translate("StudySessionDialog", u"\u5b66\u4e60\u6d3b\u52a8", None))
        self.held_onLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u5b66\u4e60\u65e5\u671f*", None))
        self.topicLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u5b66\u4e60\u4e3b\u9898*", None))
        self.topic.setPlaceholderText(QCoreApplication.translate("StudySessionDialog", u"\u5982\uff1a\u5b66\u4e60\u515a\u7684\u4e8c\u5341\u5927\u7cbe\u795e", None))
        self.formLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u5b66\u4e60\u5f62\u5f0f*", None))
        self.hoursLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u5b66\u65f6*", None))
        self.hours.setSuffix(QCoreApplication.translate("StudySessionDialog", u" \u5b66\u65f6", None))
        self.hostLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u4e3b\u6301\u4eba/\u6388\u8bfe\u4eba", None))
        self.locationLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u5730\u70b9", None))
        self.materialsLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u5b66\u4e60\u6750\u6599", None))
        self.materials.setPlaceholderText(QCoreApplication.translate("StudySessionDialog", u"\u6750\u6599\u6807\u9898\uff0c\u6bcf\u884c\u4e00\u4e2a", None))
        self.material_textLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u6750\u6599\u539f\u6587", None))
        self.material_text.setPlaceholderText(QCoreApplication.translate("StudySessionDialog", u"\u53ef\u7c98\u8d34\u6750\u6599\u5168\u6587\uff0c\u7528\u4e8e\u63d0\u793a\u7167\u6284\u6750\u6599\u7684\u7b14\u8bb0", None))
        self.noteLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u5907\u6ce8", None))
        self.attendanceLabel.setText(QCoreApplication.translate("StudySessionDialog", u"\u53c2\u52a0\u4eba\u5458\uff08\u52fe\u9009\uff1b\u7a7a\u683c\u952e\u52fe\u9009/\u53d6\u6d88\uff09\uff1a", None))
        self.allButton.setText(QCoreApplication.translate("StudySessionDialog", u"\u5168\u90e8\u53c2\u52a0(&L)", None))
        self.noneButton.setText(QCoreApplication.translate("StudySessionDialog", u"\u5168\u90e8\u53d6\u6d88", None))
        self.attendanceCount.setText("")
        self.errorSummary.setText("")
    # retranslateUi

