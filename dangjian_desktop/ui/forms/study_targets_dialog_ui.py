# generated from forms/study_targets_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'study_targets_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_StudyTargetsDialog(object):
    def setupUi(self, StudyTargetsDialog):
        if not StudyTargetsDialog.objectName():
            StudyTargetsDialog.setObjectName(u"StudyTargetsDialog")
        self.mainLayout = QVBoxLayout(StudyTargetsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.targetsIntro = QLabel(StudyTargetsDialog)
        self.targetsIntro.setObjectName(u"targetsIntro")
        self.targetsIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.targetsIntro)

        self.targetsForm = QFormLayout()
        self.targetsForm.setObjectName(u"targetsForm")
        self.target_member_hoursLabel = QLabel(StudyTargetsDialog)
        self.target_member_hoursLabel.setObjectName(u"target_member_hoursLabel")

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.target_member_hoursLabel)

        self.target_member_hours = QSpinBox(StudyTargetsDialog)
        self.target_member_hours.setObjectName(u"target_member_hours")
        self.target_member_hours.setMinimum(0)
        self.target_member_hours.setMaximum(1000)

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.target_member_hours)

        self.target_leader_hoursLabel = QLabel(StudyTargetsDialog)
        self.target_leader_hoursLabel.setObjectName(u"target_leader_hoursLabel")

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.target_leader_hoursLabel)

        self.target_leader_hours = QSpinBox(StudyTargetsDialog)
        self.target_leader_hours.setObjectName(u"target_leader_hours")
        self.target_leader_hours.setMinimum(0)
        self.target_leader_hours.setMaximum(1000)

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target_leader_hours)

        self.target_notesLabel = QLabel(StudyTargetsDialog)
        self.target_notesLabel.setObjectName(u"target_notesLabel")

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_notesLabel)

        self.target_notes = QSpinBox(StudyTargetsDialog)
        self.target_notes.setObjectName(u"target_notes")
        self.target_notes.setMinimum(0)
        self.target_notes.setMaximum(1000)

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_notes)

        self.target_reflectionsLabel = QLabel(StudyTargetsDialog)
        self.target_reflectionsLabel.setObjectName(u"target_reflectionsLabel")

        self.targetsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.target_reflectionsLabel)

        self.target_reflections = QSpinBox(StudyTargetsDialog)
        self.target_reflections.setObjectName(u"target_reflections")
        self.target_reflections.setMinimum(0)
        self.target_reflections.setMaximum(1000)

        self.targetsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.target_reflections)

        self.target_activitiesLabel = QLabel(StudyTargetsDialog)
        self.target_activitiesLabel.setObjectName(u"target_activitiesLabel")

        self.targetsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.target_activitiesLabel)

        self.target_activities = QSpinBox(StudyTargetsDialog)
        self.target_activities.setObjectName(u"target_activities")
        self.target_activities.setMinimum(1)
        self.target_activities.setMaximum(200)

        self.targetsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.target_activities)


        self.mainLayout.addLayout(self.targetsForm)

        self.buttonBox = QDialogButtonBox(StudyTargetsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.target_member_hoursLabel.setBuddy(self.target_member_hours)
        self.target_leader_hoursLabel.setBuddy(self.target_leader_hours)
        self.target_notesLabel.setBuddy(self.target_notes)
        self.target_reflectionsLabel.setBuddy(self.target_reflections)
        self.target_activitiesLabel.setBuddy(self.target_activities)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StudyTargetsDialog)
    # setupUi

    def retranslateUi(self, StudyTargetsDialog):
        StudyTargetsDialog.setWindowTitle(QCoreApplication.translate("StudyTargetsDialog", u"\u5b66\u4e60\u76ee\u6807", None))
        self.targetsIntro.setText(QCoreApplication.translate("StudyTargetsDialog", u"\u6309\u672c\u5730\u89c4\u5b9a\u586b\u5199\uff08\u9ed8\u8ba4\uff1a\u515a\u5458\u4e0d\u5c11\u4e8e32\u5b66\u65f6\uff0c\u4e66\u8bb0\u548c\u652f\u59d4\u4e0d\u5c11\u4e8e56\u5b66\u65f6\uff1b\u5168\u5e74\u5b66\u4e60\u6559\u80b2\u6d3b\u52a8\u4e0d\u5c11\u4e8e24\u6b21\uff0c\u534a\u5e74\u68c0\u67e5\u65f6\u5e94\u8fbe\u5230\u4e00\u534a\uff09\u3002", None))
        self.target_member_hoursLabel.setText(QCoreApplication.translate("StudyTargetsDialog", u"\u515a\u5458\u6bcf\u5e74\u5b66\u65f6(&M)", None))
        self.target_member_hours.setSuffix(QCoreApplication.translate("StudyTargetsDialog", u" \u5b66\u65f6", None))
        self.target_leader_hoursLabel.setText(QCoreApplication.translate("StudyTargetsDialog", u"\u4e66\u8bb0\u3001\u652f\u59d4\u6bcf\u5e74\u5b66\u65f6(&L)", None))
        self.target_leader_hours.setSuffix(QCoreApplication.translate("StudyTargetsDialog", u" \u5b66\u65f6", None))
        self.target_notesLabel.setText(QCoreApplication.translate("StudyTargetsDialog", u"\u6bcf\u4eba\u6bcf\u5e74\u5b66\u4e60\u7b14\u8bb0(&N)", None))
        self.target_notes.setSuffix(QCoreApplication.translate("StudyTargetsDialog", u" \u7bc7", None))
        self.target_reflectionsLabel.setText(QCoreApplication.translate("StudyTargetsDialog", u"\u6bcf\u4eba\u6bcf\u5e74\u5fc3\u5f97\u4f53\u4f1a(&R)", None))
        self.target_reflections.setSuffix(QCoreApplication.translate("StudyTargetsDialog", u" \u7bc7", None))
        self.target_activitiesLabel.setText(QCoreApplication.translate("StudyTargetsDialog", u"\u5168\u652f\u90e8\u6bcf\u5e74\u5b66\u4e60\u6559\u80b2\u6d3b\u52a8(&A)", None))
        self.target_activities.setSuffix(QCoreApplication.translate("StudyTargetsDialog", u" \u6b21", None))
    # retranslateUi

