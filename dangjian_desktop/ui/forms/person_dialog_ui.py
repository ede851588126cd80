# generated from forms/person_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QSizePolicy, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(620, 640)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(PersonDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicPage = QWidget()
        self.basicPage.setObjectName(u"basicPage")
        self.basicPageLayout = QVBoxLayout(self.basicPage)
        self.basicPageLayout.setObjectName(u"basicPageLayout")
        self.basicPageScroll = QScrollArea(self.basicPage)
        self.basicPageScroll.setObjectName(u"basicPageScroll")
        self.basicPageScroll.setWidgetResizable(True)
        self.basicPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.basicPageInner = QWidget()
        self.basicPageInner.setObjectName(u"basicPageInner")
        self.basicPageInnerLayout = QVBoxLayout(self.basicPageInner)
        self.basicPageInnerLayout.setObjectName(u"basicPageInnerLayout")
        self.basicPageForm = QFormLayout()
        self.basicPageForm.setObjectName(u"basicPageForm")
        self.basicPageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.basicPageInner)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.basicPageInner)
        self.name.setObjectName(u"name")

        self.basicPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.id_numberLabel = QLabel(self.basicPageInner)
        self.id_numberLabel.setObjectName(u"id_numberLabel")

        self.basicPageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.id_numberLabel)

        self.id_number = QLineEdit(self.basicPageInner)
        self.id_number.setObjectName(u"id_number")
        self.id_number.setMaxLength(22)

        self.basicPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.id_number)

        self.genderLabel = QLabel(self.basicPageInner)
        self.genderLabel.setObjectName(u"genderLabel")

        self.basicPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.gender = QComboBox(self.basicPageInner)
        self.gender.addItem("")
        self.gender.addItem("")
        self.gender.addItem("")
        self.gender.setObjectName(u"gender")
        self.gender.setMinimumSize(QSize(180, 0))

        self.basicPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gender)

        self.birth_dateLabel = QLabel(self.basicPageInner)
        self.birth_dateLabel.setObjectName(u"birth_dateLabel")

        self.basicPageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_dateLabel)

        self.birth_date = DateField(self.basicPageInner)
        self.birth_date.setObjectName(u"birth_date")

        self.basicPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.ethnicityLabel = QLabel(self.basicPageInner)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.basicPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicity = QComboBox(self.basicPageInner)
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.addItem("")
        self.ethnicity.setObjectName(u"ethnicity")
        self.ethnicity.setMinimumSize(QSize(180, 0))
        self.ethnicity.setEditable(True)

        self.basicPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnicity)

        self.native_placeLabel = QLabel(self.basicPageInner)
        self.native_placeLabel.setObjectName(u"native_placeLabel")

        self.basicPageForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.native_placeLabel)

        self.native_place = QLineEdit(self.basicPageInner)
        self.native_place.setObjectName(u"native_place")

        self.basicPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.native_place)

        self.educationLabel = QLabel(self.basicPageInner)
        self.educationLabel.setObjectName(u"educationLabel")

        self.basicPageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.education = QComboBox(self.basicPageInner)
        self.education.addItem("")
        self.education.addItem("")
        self.education.addItem("")
        self.education.addItem("")
        self.education.addItem("")
        self.education.addItem("")
        self.education.addItem("")
        self.education.addItem("")
        self.education.addItem("")
        self.education.setObjectName(u"education")
        self.education.setMinimumSize(QSize(180, 0))
        self.education.setEditable(True)

        self.basicPageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.education)

        self.work_unitLabel = QLabel(self.basicPageInner)
        self.work_unitLabel.setObjectName(u"work_unitLabel")

        self.basicPageForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.work_unitLabel)

        self.work_unit = QLineEdit(self.basicPageInner)
        self.work_unit.setObjectName(u"work_unit")

        self.basicPageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.work_unit)

        self.phoneLabel = QLabel(self.basicPageInner)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.basicPageForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.basicPageInner)
        self.phone.setObjectName(u"phone")

        self.basicPageForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.addressLabel = QLabel(self.basicPageInner)
        self.addressLabel.setObjectName(u"addressLabel")

        self.basicPageForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.basicPageInner)
        self.address.setObjectName(u"address")

        self.basicPageForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.address)


        self.basicPageInnerLayout.addLayout(self.basicPageForm)

        self.basicPageScroll.setWidget(self.basicPageInner)

        self.basicPageLayout.addWidget(self.basicPageScroll)

        self.tabs.addTab(self.basicPage, "")
        self.partyPage = QWidget()
        self.partyPage.setObjectName(u"partyPage")
        self.partyPageLayout = QVBoxLayout(self.partyPage)
        self.partyPageLayout.setObjectName(u"partyPageLayout")
        self.partyPageScroll = QScrollArea(self.partyPage)
        self.partyPageScroll.setObjectName(u"partyPageScroll")
        self.partyPageScroll.setWidgetResizable(True)
        self.partyPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.partyPageInner = QWidget()
        self.partyPageInner.setObjectName(u"partyPageInner")
        self.partyPageInnerLayout = QVBoxLayout(self.partyPageInner)
        self.partyPageInnerLayout.setObjectName(u"partyPageInnerLayout")
        self.partyPageForm = QFormLayout()
        self.partyPageForm.setObjectName(u"partyPageForm")
        self.partyPageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.categoryLabel = QLabel(self.partyPageInner)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.partyPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.partyPageInner)
        self.category.addItem("")
        self.category.addItem("")
        self.category.addItem("")
        self.category.addItem("")
        self.category.addItem("")
        self.category.setObjectName(u"category")
        self.category.setMinimumSize(QSize(180, 0))

        self.partyPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category)

        self.group_idLabel = QLabel(self.partyPageInner)
        self.group_idLabel.setObjectName(u"group_idLabel")

        self.partyPageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.group_idLabel)

        self.group_id = QComboBox(self.partyPageInner)
        self.group_id.setObjectName(u"group_id")
        self.group_id.setMinimumSize(QSize(180, 0))

        self.partyPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.group_id)

        self.party_postLabel = QLabel(self.partyPageInner)
        self.party_postLabel.setObjectName(u"party_postLabel")

        self.partyPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.party_postLabel)

        self.party_post = QComboBox(self.partyPageInner)
        self.party_post.addItem("")
        self.party_post.addItem("")
        self.party_post.addItem("")
        self.party_post.addItem("")
        self.party_post.addItem("")
        self.party_post.addItem("")
        self.party_post.addItem("")
        self.party_post.setObjectName(u"party_post")
        self.party_post.setMinimumSize(QSize(180, 0))
        self.party_post.setEditable(True)

        self.partyPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.party_post)

        self.join_dateLabel = QLabel(self.partyPageInner)
        self.join_dateLabel.setObjectName(u"join_dateLabel")

        self.partyPageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.join_dateLabel)

        self.join_date = DateField(self.partyPageInner)
        self.join_date.setObjectName(u"join_date")

        self.partyPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.join_date)

        self.full_member_dateLabel = QLabel(self.partyPageInner)
        self.full_member_dateLabel.setObjectName(u"full_member_dateLabel")

        self.partyPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.full_member_dateLabel)

        self.full_member_date = DateField(self.partyPageInner)
        self.full_member_date.setObjectName(u"full_member_date")

        self.partyPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.full_member_date)

        self.statusLabel = QLabel(self.partyPageInner)
        self.statusLabel.setObjectName(u"statusLabel")

        self.partyPageForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.partyPageInner)
        self.status.addItem("")
        self.status.addItem("")
        self.status.addItem("")
        self.status.addItem("")
        self.status.addItem("")
        self.status.addItem("")
        self.status.addItem("")
        self.status.setObjectName(u"status")
        self.status.setMinimumSize(QSize(180, 0))

        self.partyPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status)

        self.status_dateLabel = QLabel(self.partyPageInner)
        self.status_dateLabel.setObjectName(u"status_dateLabel")

        self.partyPageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_dateLabel)

        self.status_date = DateField(self.partyPageInner)
        self.status_date.setObjectName(u"status_date")

        self.partyPageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_date)

        self.status_noteLabel = QLabel(self.partyPageInner)
        self.status_noteLabel.setObjectName(u"status_noteLabel")

        self.partyPageForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.status_noteLabel)

        self.status_note = QLineEdit(self.partyPageInner)
        self.status_note.setObjectName(u"status_note")

        self.partyPageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status_note)

        self.suspended_dateLabel = QLabel(self.partyPageInner)
        self.suspended_dateLabel.setObjectName(u"suspended_dateLabel")

        self.partyPageForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.suspended_dateLabel)

        self.suspended_date = DateField(self.partyPageInner)
        self.suspended_date.setObjectName(u"suspended_date")

        self.partyPageForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.suspended_date)

        self.restored_dateLabel = QLabel(self.partyPageInner)
        self.restored_dateLabel.setObjectName(u"restored_dateLabel")

        self.partyPageForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.restored_dateLabel)

        self.restored_date = DateField(self.partyPageInner)
        self.restored_date.setObjectName(u"restored_date")

        self.partyPageForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.restored_date)

        self.is_hardshipLabel = QLabel(self.partyPageInner)
        self.is_hardshipLabel.setObjectName(u"is_hardshipLabel")

        self.partyPageForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.is_hardshipLabel)

        self.is_hardship = QCheckBox(self.partyPageInner)
        self.is_hardship.setObjectName(u"is_hardship")

        self.partyPageForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.is_hardship)

        self.is_veteranLabel = QLabel(self.partyPageInner)
        self.is_veteranLabel.setObjectName(u"is_veteranLabel")

        self.partyPageForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.is_veteranLabel)

        self.is_veteran = QCheckBox(self.partyPageInner)
        self.is_veteran.setObjectName(u"is_veteran")

        self.partyPageForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.is_veteran)

        self.is_retiredLabel = QLabel(self.partyPageInner)
        self.is_retiredLabel.setObjectName(u"is_retiredLabel")

        self.partyPageForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.is_retiredLabel)

        self.is_retired = QCheckBox(self.partyPageInner)
        self.is_retired.setObjectName(u"is_retired")

        self.partyPageForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.is_retired)

        self.noteLabel = QLabel(self.partyPageInner)
        self.noteLabel.setObjectName(u"noteLabel")

        self.partyPageForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.partyPageInner)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 90))

        self.partyPageForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.note)


        self.partyPageInnerLayout.addLayout(self.partyPageForm)

        self.partyPageScroll.setWidget(self.partyPageInner)

        self.partyPageLayout.addWidget(self.partyPageScroll)

        self.tabs.addTab(self.partyPage, "")
        self.devPage = QWidget()
        self.devPage.setObjectName(u"devPage")
        self.devPageLayout = QVBoxLayout(self.devPage)
        self.devPageLayout.setObjectName(u"devPageLayout")
        self.devPageScroll = QScrollArea(self.devPage)
        self.devPageScroll.setObjectName(u"devPageScroll")
        self.devPageScroll.setWidgetResizable(True)
        self.devPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.devPageInner = QWidget()
        self.devPageInner.setObjectName(u"devPageInner")
        self.devPageInnerLayout = QVBoxLayout(self.devPageInner)
        self.devPageInnerLayout.setObjectName(u"devPageInnerLayout")
        self.devPageNote = QLabel(self.devPageInner)
        self.devPageNote.setObjectName(u"devPageNote")
        self.devPageNote.setWordWrap(True)

        self.devPageInnerLayout.addWidget(self.devPageNote)

        self.devPageForm = QFormLayout()
        self.devPageForm.setObjectName(u"devPageForm")
        self.devPageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.apply_dateLabel = QLabel(self.devPageInner)
        self.apply_dateLabel.setObjectName(u"apply_dateLabel")

        self.devPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.apply_dateLabel)

        self.apply_date = DateField(self.devPageInner)
        self.apply_date.setObjectName(u"apply_date")

        self.devPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.apply_date)

        self.first_talk_dateLabel = QLabel(self.devPageInner)
        self.first_talk_dateLabel.setObjectName(u"first_talk_dateLabel")

        self.devPageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_talk_dateLabel)

        self.first_talk_date = DateField(self.devPageInner)
        self.first_talk_date.setObjectName(u"first_talk_date")

        self.devPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_talk_date)

        self.activist_dateLabel = QLabel(self.devPageInner)
        self.activist_dateLabel.setObjectName(u"activist_dateLabel")

        self.devPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activist_dateLabel)

        self.activist_date = DateField(self.devPageInner)
        self.activist_date.setObjectName(u"activist_date")

        self.devPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activist_date)

        self.contact_personsLabel = QLabel(self.devPageInner)
        self.contact_personsLabel.setObjectName(u"contact_personsLabel")

        self.devPageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contact_personsLabel)

        self.contact_persons = QLineEdit(self.devPageInner)
        self.contact_persons.setObjectName(u"contact_persons")

        self.devPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact_persons)

        self.candidate_dateLabel = QLabel(self.devPageInner)
        self.candidate_dateLabel.setObjectName(u"candidate_dateLabel")

        self.devPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.candidate_dateLabel)

        self.candidate_date = DateField(self.devPageInner)
        self.candidate_date.setObjectName(u"candidate_date")

        self.devPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.candidate_date)

        self.introducer1Label = QLabel(self.devPageInner)
        self.introducer1Label.setObjectName(u"introducer1Label")

        self.devPageForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.introducer1Label)

        self.introducer1 = QLineEdit(self.devPageInner)
        self.introducer1.setObjectName(u"introducer1")

        self.devPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.introducer1)

        self.introducer2Label = QLabel(self.devPageInner)
        self.introducer2Label.setObjectName(u"introducer2Label")

        self.devPageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.introducer2Label)

        self.introducer2 = QLineEdit(self.devPageInner)
        self.introducer2.setObjectName(u"introducer2")

        self.devPageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.introducer2)

        self.review_dateLabel = QLabel(self.devPageInner)
        self.review_dateLabel.setObjectName(u"review_dateLabel")

        self.devPageForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.review_dateLabel)

        self.review_date = DateField(self.devPageInner)
        self.review_date.setObjectName(u"review_date")

        self.devPageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.review_date)

        self.training_startLabel = QLabel(self.devPageInner)
        self.training_startLabel.setObjectName(u"training_startLabel")

        self.devPageForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.training_startLabel)

        self.training_start = DateField(self.devPageInner)
        self.training_start.setObjectName(u"training_start")

        self.devPageForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.training_start)

        self.training_endLabel = QLabel(self.devPageInner)
        self.training_endLabel.setObjectName(u"training_endLabel")

        self.devPageForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.training_endLabel)

        self.training_end = DateField(self.devPageInner)
        self.training_end.setObjectName(u"training_end")

        self.devPageForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.training_end)

        self.training_hoursLabel = QLabel(self.devPageInner)
        self.training_hoursLabel.setObjectName(u"training_hoursLabel")

        self.devPageForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.training_hoursLabel)

        self.training_hours = QSpinBox(self.devPageInner)
        self.training_hours.setObjectName(u"training_hours")
        self.training_hours.setMinimumSize(QSize(180, 0))
        self.training_hours.setMaximum(500)

        self.devPageForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.training_hours)

        self.approval_dateLabel = QLabel(self.devPageInner)
        self.approval_dateLabel.setObjectName(u"approval_dateLabel")

        self.devPageForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.approval_dateLabel)

        self.approval_date = DateField(self.devPageInner)
        self.approval_date.setObjectName(u"approval_date")

        self.devPageForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.approval_date)

        self.oath_dateLabel = QLabel(self.devPageInner)
        self.oath_dateLabel.setObjectName(u"oath_dateLabel")

        self.devPageForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.oath_dateLabel)

        self.oath_date = DateField(self.devPageInner)
        self.oath_date.setObjectName(u"oath_date")

        self.devPageForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.oath_date)

        self.full_apply_dateLabel = QLabel(self.devPageInner)
        self.full_apply_dateLabel.setObjectName(u"full_apply_dateLabel")

        self.devPageForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.full_apply_dateLabel)

        self.full_apply_date = DateField(self.devPageInner)
        self.full_apply_date.setObjectName(u"full_apply_date")

        self.devPageForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.full_apply_date)

        self.probation_extension_monthsLabel = QLabel(self.devPageInner)
        self.probation_extension_monthsLabel.setObjectName(u"probation_extension_monthsLabel")

        self.devPageForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.probation_extension_monthsLabel)

        self.probation_extension_months = QSpinBox(self.devPageInner)
        self.probation_extension_months.setObjectName(u"probation_extension_months")
        self.probation_extension_months.setMinimumSize(QSize(180, 0))
        self.probation_extension_months.setMaximum(12)

        self.devPageForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.probation_extension_months)


        self.devPageInnerLayout.addLayout(self.devPageForm)

        self.devPageScroll.setWidget(self.devPageInner)

        self.devPageLayout.addWidget(self.devPageScroll)

        self.tabs.addTab(self.devPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorSummary = QLabel(PersonDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.id_numberLabel.setBuddy(self.id_number)
        self.genderLabel.setBuddy(self.gender)
        self.birth_dateLabel.setBuddy(self.birth_date)
        self.ethnicityLabel.setBuddy(self.ethnicity)
        self.native_placeLabel.setBuddy(self.native_place)
        self.educationLabel.setBuddy(self.education)
        self.work_unitLabel.setBuddy(self.work_unit)
        self.phoneLabel.setBuddy(self.phone)
        self.addressLabel.setBuddy(self.address)
        self.categoryLabel.setBuddy(self.category)
        self.group_idLabel.setBuddy(self.group_id)
        self.party_postLabel.setBuddy(self.party_post)
        self.join_dateLabel.setBuddy(self.join_date)
        self.full_member_dateLabel.setBuddy(self.full_member_date)
        self.statusLabel.setBuddy(self.status)
        self.status_dateLabel.setBuddy(self.status_date)
        self.status_noteLabel.setBuddy(self.status_note)
        self.suspended_dateLabel.setBuddy(self.suspended_date)
        self.restored_dateLabel.setBuddy(self.restored_date)
        self.is_hardshipLabel.setBuddy(self.is_hardship)
        self.is_veteranLabel.setBuddy(self.is_veteran)
        self.is_retiredLabel.setBuddy(self.is_retired)
        self.noteLabel.setBuddy(self.note)
        self.apply_dateLabel.setBuddy(self.apply_date)
        self.first_talk_dateLabel.setBuddy(self.first_talk_date)
        self.activist_dateLabel.setBuddy(self.activist_date)
        self.contact_personsLabel.setBuddy(self.contact_persons)
        self.candidate_dateLabel.setBuddy(self.candidate_date)
        self.introducer1Label.setBuddy(self.introducer1)
        self.introducer2Label.setBuddy(self.introducer2)
        self.review_dateLabel.setBuddy(self.review_date)
        self.training_startLabel.setBuddy(self.training_start)
        self.training_endLabel.setBuddy(self.training_end)
        self.training_hoursLabel.setBuddy(self.training_hours)
        self.approval_dateLabel.setBuddy(self.approval_date)
        self.oath_dateLabel.setBuddy(self.oath_date)
        self.full_apply_dateLabel.setBuddy(self.full_apply_date)
        self.probation_extension_monthsLabel.setBuddy(self.probation_extension_months)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"\u4eba\u5458\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"\u59d3\u540d(&N)*", None))
        self.name.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u5fc5\u586b", None))
        self.id_numberLabel.setText(QCoreApplication.translate("PersonDialog", u"\u516c\u6c11\u8eab\u4efd\u53f7\u7801(&I)", None))
        self.id_number.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"18\u4f4d\uff0c\u586b\u540e\u81ea\u52a8\u5e26\u51fa\u51fa\u751f\u65e5\u671f\u548c\u6027\u522b", None))
        self.genderLabel.setText(QCoreApplication.translate("PersonDialog", u"\u6027\u522b", None))
        self.gender.setItemText(0, "")
        self.gender.setItemText(1, QCoreApplication.translate("PersonDialog", u"\u7537", None))
        self.gender.setItemText(2, QCoreApplication.translate("PersonDialog", u"\u5973", None))

        self.birth_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("PersonDialog", u"\u6c11\u65cf", None))
        self.ethnicity.setItemText(0, QCoreApplication.translate("PersonDialog", u"\u6c49\u65cf", None))
        self.ethnicity.setItemText(1, QCoreApplication.translate("PersonDialog", u"\u56de\u65cf", None))
        self.ethnicity.setItemText(2, QCoreApplication.translate("PersonDialog", u"\u85cf\u65cf", None))
        self.ethnicity.setItemText(3, QCoreApplication.translate("PersonDialog", u"\u4e1c\u4e61\u65cf", None))
        self.ethnicity.setItemText(4, QCoreApplication.translate("PersonDialog", u"\u571f\u65cf", None))
        self.ethnicity.setItemText(5, QCoreApplication.translate("PersonDialog", u"\u8499\u53e4\u65cf", None))
        self.ethnicity.setItemText(6, QCoreApplication.translate("PersonDialog", u"\u6ee1\u65cf", None))
        self.ethnicity.setItemText(7, QCoreApplication.translate("PersonDialog", u"\u58ee\u65cf", None))
        self.ethnicity.setItemText(8, QCoreApplication.translate("PersonDialog", u"\u7ef4\u543e\u5c14\u65cf", None))
        self.ethnicity.setItemText(9, QCoreApplication.translate("PersonDialog", u"\u5f5d\u65cf", None))
        self.ethnicity.setItemText(10, QCoreApplication.translate("PersonDialog", u"\u82d7\u65cf", None))
        self.ethnicity.setItemText(11, QCoreApplication.translate("PersonDialog", u"\u5176\u4ed6", None))

        self.native_placeLabel.setText(QCoreApplication.translate("PersonDialog", u"\u7c4d\u8d2f", None))
        self.native_place.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u5982 \u7518\u8083\u6986\u4e2d", None))
        self.educationLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5b66\u5386", None))
        self.education.setItemText(0, "")
        self.education.setItemText(1, QCoreApplication.translate("PersonDialog", u"\u7814\u7a76\u751f", None))
        self.education.setItemText(2, QCoreApplication.translate("PersonDialog", u"\u5927\u5b66", None))
        self.education.setItemText(3, QCoreApplication.translate("PersonDialog", u"\u5927\u4e13", None))
        self.education.setItemText(4, QCoreApplication.translate("PersonDialog", u"\u4e2d\u4e13", None))
        self.education.setItemText(5, QCoreApplication.translate("PersonDialog", u"\u9ad8\u4e2d", None))
        self.education.setItemText(6, QCoreApplication.translate("PersonDialog", u"\u521d\u4e2d", None))
        self.education.setItemText(7, QCoreApplication.translate("PersonDialog", u"\u5c0f\u5b66", None))
        self.education.setItemText(8, QCoreApplication.translate("PersonDialog", u"\u5176\u4ed6", None))

        self.work_unitLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5de5\u4f5c\u5355\u4f4d\u53ca\u804c\u52a1", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u624b\u673a11\u4f4d\uff0c\u6216\u5ea7\u673a 0931-1234567", None))
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"\u73b0\u5c45\u4f4f\u5730", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicPage), QCoreApplication.translate("PersonDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.categoryLabel.setText(QCoreApplication.translate("PersonDialog", u"\u4eba\u5458\u7c7b\u522b(&C)*", None))
        self.category.setItemText(0, QCoreApplication.translate("PersonDialog", u"\u6b63\u5f0f\u515a\u5458", None))
        self.category.setItemText(1, QCoreApplication.translate("PersonDialog", u"\u9884\u5907\u515a\u5458", None))
        self.category.setItemText(2, QCoreApplication.translate("PersonDialog", u"\u53d1\u5c55\u5bf9\u8c61", None))
        self.category.setItemText(3, QCoreApplication.translate("PersonDialog", u"\u5165\u515a\u79ef\u6781\u5206\u5b50", None))
        self.category.setItemText(4, QCoreApplication.translate("PersonDialog", u"\u5165\u515a\u7533\u8bf7\u4eba", None))

        self.group_idLabel.setText(QCoreApplication.translate("PersonDialog", u"\u6240\u5728\u515a\u5c0f\u7ec4(&G)", None))
        self.party_postLabel.setText(QCoreApplication.translate("PersonDialog", u"\u515a\u5185\u804c\u52a1", None))
        self.party_post.setItemText(0, "")
        self.party_post.setItemText(1, QCoreApplication.translate("PersonDialog", u"\u4e66\u8bb0", None))
        self.party_post.setItemText(2, QCoreApplication.translate("PersonDialog", u"\u526f\u4e66\u8bb0", None))
        self.party_post.setItemText(3, QCoreApplication.translate("PersonDialog", u"\u7ec4\u7ec7\u59d4\u5458", None))
        self.party_post.setItemText(4, QCoreApplication.translate("PersonDialog", u"\u5ba3\u4f20\u59d4\u5458", None))
        self.party_post.setItemText(5, QCoreApplication.translate("PersonDialog", u"\u7eaa\u68c0\u59d4\u5458", None))
        self.party_post.setItemText(6, QCoreApplication.translate("PersonDialog", u"\u515a\u5c0f\u7ec4\u957f", None))

        self.join_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5165\u515a\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.join_date.setToolTip(QCoreApplication.translate("PersonDialog", u"\u652f\u90e8\u5927\u4f1a\u63a5\u6536\u4e3a\u9884\u5907\u515a\u5458\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.full_member_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u8f6c\u6b63\u65e5\u671f", None))
        self.statusLabel.setText(QCoreApplication.translate("PersonDialog", u"\u7ec4\u7ec7\u5173\u7cfb\u72b6\u6001", None))
        self.status.setItemText(0, QCoreApplication.translate("PersonDialog", u"\u6b63\u5e38", None))
        self.status.setItemText(1, QCoreApplication.translate("PersonDialog", u"\u8f6c\u51fa", None))
        self.status.setItemText(2, QCoreApplication.translate("PersonDialog", u"\u6d41\u51fa", None))
        self.status.setItemText(3, QCoreApplication.translate("PersonDialog", u"\u5931\u8054", None))
        self.status.setItemText(4, QCoreApplication.translate("PersonDialog", u"\u505c\u6b62\u515a\u7c4d", None))
        self.status.setItemText(5, QCoreApplication.translate("PersonDialog", u"\u51fa\u515a", None))
        self.status.setItemText(6, QCoreApplication.translate("PersonDialog", u"\u53bb\u4e16", None))

        self.status_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u72b6\u6001\u65e5\u671f", None))
        self.status_noteLabel.setText(QCoreApplication.translate("PersonDialog", u"\u72b6\u6001\u8bf4\u660e", None))
        self.status_note.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u5982 \u6d41\u5165\u5730\u3001\u53bb\u5411\u3001\u539f\u56e0", None))
        self.suspended_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u505c\u6b62\u515a\u7c4d\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.suspended_date.setToolTip(QCoreApplication.translate("PersonDialog", u"\u505c\u6b62\u515a\u7c4d\u540e\u53c8\u6062\u590d\u515a\u7c4d\u7684\uff0c\u586b\u505c\u6b62\u515a\u7c4d\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.restored_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u6062\u590d\u515a\u7c4d\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.restored_date.setToolTip(QCoreApplication.translate("PersonDialog", u"\u505c\u6b62\u515a\u7c4d\u540e\u7ecf\u6279\u51c6\u6062\u590d\u515a\u7c4d\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.is_hardshipLabel.setText(QCoreApplication.translate("PersonDialog", u"\u56f0\u96be\u515a\u5458", None))
        self.is_hardship.setText(QCoreApplication.translate("PersonDialog", u"\u662f", None))
        self.is_veteranLabel.setText(QCoreApplication.translate("PersonDialog", u"\u9000\u5f79\u519b\u4eba", None))
        self.is_veteran.setText(QCoreApplication.translate("PersonDialog", u"\u662f", None))
        self.is_retiredLabel.setText(QCoreApplication.translate("PersonDialog", u"\u79bb\u9000\u4f11", None))
        self.is_retired.setText(QCoreApplication.translate("PersonDialog", u"\u662f", None))
        self.noteLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5907\u6ce8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partyPage), QCoreApplication.translate("PersonDialog", u"\u515a\u7c4d\u4fe1\u606f", None))
        self.devPageNote.setText(QCoreApplication.translate("PersonDialog", u"\u6309\u65f6\u95f4\u987a\u5e8f\u586b\u5199\u5404\u73af\u8282\u65e5\u671f\uff1b\u5165\u515a\u65e5\u671f\uff08\u652f\u90e8\u5927\u4f1a\u63a5\u6536\uff09\u548c\u8f6c\u6b63\u65e5\u671f\u5728\u201c\u515a\u7c4d\u4fe1\u606f\u201d\u9875\u586b\u5199\u3002", None))
        self.apply_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u7533\u8bf7\u5165\u515a", None))
        self.first_talk_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u9996\u6b21\u8c08\u8bdd", None))
#if QT_CONFIG(tooltip)
        self.first_talk_date.setToolTip(QCoreApplication.translate("PersonDialog", u"\u6536\u5230\u5165\u515a\u7533\u8bf7\u4e66\u540e\u4e00\u4e2a\u6708\u5185", None))
#endif // QT_CONFIG(tooltip)
        self.activist_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u786e\u5b9a\u4e3a\u5165\u515a\u79ef\u6781\u5206\u5b50", None))
        self.contact_personsLabel.setText(QCoreApplication.translate("PersonDialog", u"\u57f9\u517b\u8054\u7cfb\u4eba", None))
        self.contact_persons.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u4e24\u540d\u6b63\u5f0f\u515a\u5458\uff0c\u7528\u987f\u53f7\u9694\u5f00", None))
        self.candidate_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u786e\u5b9a\u4e3a\u53d1\u5c55\u5bf9\u8c61", None))
#if QT_CONFIG(tooltip)
        self.candidate_date.setToolTip(QCoreApplication.translate("PersonDialog", u"\u57f9\u517b\u6559\u80b2\u4e00\u5e74\u4ee5\u4e0a", None))
#endif // QT_CONFIG(tooltip)
        self.introducer1Label.setText(QCoreApplication.translate("PersonDialog", u"\u5165\u515a\u4ecb\u7ecd\u4eba\uff08\u4e00\uff09", None))
        self.introducer2Label.setText(QCoreApplication.translate("PersonDialog", u"\u5165\u515a\u4ecb\u7ecd\u4eba\uff08\u4e8c\uff09", None))
        self.review_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u653f\u6cbb\u5ba1\u67e5", None))
        self.training_startLabel.setText(QCoreApplication.translate("PersonDialog", u"\u96c6\u4e2d\u57f9\u8bad\u5f00\u59cb", None))
        self.training_endLabel.setText(QCoreApplication.translate("PersonDialog", u"\u96c6\u4e2d\u57f9\u8bad\u7ed3\u675f", None))
        self.training_hoursLabel.setText(QCoreApplication.translate("PersonDialog", u"\u57f9\u8bad\u5b66\u65f6", None))
        self.training_hours.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"\u672a\u586b", None))
        self.approval_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u4e0a\u7ea7\u515a\u59d4\u5ba1\u6279", None))
#if QT_CONFIG(tooltip)
        self.approval_date.setToolTip(QCoreApplication.translate("PersonDialog", u"\u652f\u90e8\u5927\u4f1a\u63a5\u6536\u540e\u4e09\u4e2a\u6708\u5185", None))
#endif // QT_CONFIG(tooltip)
        self.oath_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5165\u515a\u5ba3\u8a93", None))
        self.full_apply_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"\u63d0\u51fa\u8f6c\u6b63\u7533\u8bf7", None))
        self.probation_extension_monthsLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5ef6\u957f\u9884\u5907\u671f\uff08\u6708\uff09", None))
        self.probation_extension_months.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"\u4e0d\u5ef6\u957f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.devPage), QCoreApplication.translate("PersonDialog", u"\u53d1\u5c55\u515a\u5458", None))
    # retranslateUi

