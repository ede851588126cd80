# generated from forms/case_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QLineEdit, QPlainTextEdit, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseScroll = QScrollArea(CaseDialog)
        self.caseScroll.setObjectName(u"caseScroll")
        self.caseScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.caseScroll.setWidgetResizable(True)
        self.caseScrollBody = QWidget()
        self.caseScrollBody.setObjectName(u"caseScrollBody")
        self.caseScrollLayout = QVBoxLayout(self.caseScrollBody)
        self.caseScrollLayout.setObjectName(u"caseScrollLayout")
        self.caseScrollLayout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.caseScrollBody)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.caseScrollLayout.addWidget(self.hint)

        self.caseForm = QFormLayout()
        self.caseForm.setObjectName(u"caseForm")
        self.caseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.person_nameLabel = QLabel(self.caseScrollBody)
        self.person_nameLabel.setObjectName(u"person_nameLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_nameLabel)

        self.person_name = QComboBox(self.caseScrollBody)
        self.person_name.setObjectName(u"person_name")
        self.person_name.setEditable(True)

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_name)

        self.person_unitLabel = QLabel(self.caseScrollBody)
        self.person_unitLabel.setObjectName(u"person_unitLabel")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.person_unitLabel)

        self.person_unit = QLineEdit(self.caseScrollBody)
        self.person_unit.setObjectName(u"person_unit")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person_unit)

        self.person_postLabel = QLabel(self.caseScrollBody)
        self.person_postLabel.setObjectName(u"person_postLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_postLabel)

        self.person_post = QLineEdit(self.caseScrollBody)
        self.person_post.setObjectName(u"person_post")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person_post)

        self.person_phoneLabel = QLabel(self.caseScrollBody)
        self.person_phoneLabel.setObjectName(u"person_phoneLabel")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.person_phoneLabel)

        self.person_phone = QLineEdit(self.caseScrollBody)
        self.person_phone.setObjectName(u"person_phone")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.person_phone)

        self.categoryLabel = QLabel(self.caseScrollBody)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.caseScrollBody)
        self.category.setObjectName(u"category")
        self.category.setEditable(True)

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category)

        self.noticed_viaLabel = QLabel(self.caseScrollBody)
        self.noticed_viaLabel.setObjectName(u"noticed_viaLabel")

        self.caseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noticed_viaLabel)

        self.noticed_via = QComboBox(self.caseScrollBody)
        self.noticed_via.setObjectName(u"noticed_via")
        self.noticed_via.setEditable(True)

        self.caseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noticed_via)

        self.levelLabel = QLabel(self.caseScrollBody)
        self.levelLabel.setObjectName(u"levelLabel")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(self.caseScrollBody)
        self.level.setObjectName(u"level")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.level)

        self.responsibleLabel = QLabel(self.caseScrollBody)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.caseForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsible = QComboBox(self.caseScrollBody)
        self.responsible.setObjectName(u"responsible")
        self.responsible.setEditable(True)

        self.caseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.opened_onLabel = QLabel(self.caseScrollBody)
        self.opened_onLabel.setObjectName(u"opened_onLabel")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.opened_onLabel)

        self.opened_on = DateField(self.caseScrollBody)
        self.opened_on.setObjectName(u"opened_on")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.opened_on)

        self.statusLabel = QLabel(self.caseScrollBody)
        self.statusLabel.setObjectName(u"statusLabel")

        self.caseForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.caseScrollBody)
        self.status.setObjectName(u"status")

        self.caseForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status)

        self.next_follow_upLabel = QLabel(self.caseScrollBody)
        self.next_follow_upLabel.setObjectName(u"next_follow_upLabel")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.next_follow_upLabel)

        self.next_follow_up = DateField(self.caseScrollBody)
        self.next_follow_up.setObjectName(u"next_follow_up")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.next_follow_up)

        self.summaryLabel = QLabel(self.caseScrollBody)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.caseForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(self.caseScrollBody)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.caseForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.summary)


        self.caseScrollLayout.addLayout(self.caseForm)

        self.caseScroll.setWidget(self.caseScrollBody)

        self.mainLayout.addWidget(self.caseScroll)

        self.errorSummary = QLabel(CaseDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.person_nameLabel.setBuddy(self.person_name)
        self.person_unitLabel.setBuddy(self.person_unit)
        self.person_postLabel.setBuddy(self.person_post)
        self.person_phoneLabel.setBuddy(self.person_phone)
        self.categoryLabel.setBuddy(self.category)
        self.noticed_viaLabel.setBuddy(self.noticed_via)
        self.levelLabel.setBuddy(self.level)
        self.responsibleLabel.setBuddy(self.responsible)
        self.opened_onLabel.setBuddy(self.opened_on)
        self.statusLabel.setBuddy(self.status)
        self.next_follow_upLabel.setBuddy(self.next_follow_up)
        self.summaryLabel.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_name, self.person_unit)
        QWidget.setTabOrder(self.person_unit, self.person_post)
        QWidget.setTabOrder(self.person_post, self.person_phone)
        QWidget.setTabOrder(self.person_phone, self.category)
        QWidget.setTabOrder(self.category, self.noticed_via)
        QWidget.setTabOrder(self.noticed_via, self.level)
        QWidget.setTabOrder(self.level, self.responsible)
        QWidget.setTabOrder(self.responsible, self.opened_on)
        QWidget.setTabOrder(self.opened_on, self.status)
        QWidget.setTabOrder(self.status, self.next_follow_up)
        QWidget.setTabOrder(self.next_follow_up, self.summary)

        self.retranslateUi(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"\u4e00\u4eba\u4e00\u4e8b", None))
        self.hint.setText(QCoreApplication.translate("CaseDialog", u"\u5f53\u4e8b\u4eba\u53ef\u4ee5\u662f\u82b1\u540d\u518c\u4e2d\u7684\u515a\u5458\uff0c\u4e5f\u53ef\u4ee5\u662f\u4efb\u4f55\u804c\u5de5\uff08\u586b\u5199\u59d3\u540d\u3001\u5355\u4f4d\u548c\u5c97\u4f4d\uff09\u3002", None))
        self.person_nameLabel.setText(QCoreApplication.translate("CaseDialog", u"\u5f53\u4e8b\u4eba*", None))
#if QT_CONFIG(tooltip)
        self.person_name.setToolTip(QCoreApplication.translate("CaseDialog", u"\u4ece\u82b1\u540d\u518c\u4e2d\u9009\u62e9\uff0c\u6216\u76f4\u63a5\u8f93\u5165\u804c\u5de5\u59d3\u540d", None))
#endif // QT_CONFIG(tooltip)
        self.person_unitLabel.setText(QCoreApplication.translate("CaseDialog", u"\u5355\u4f4d", None))
        self.person_postLabel.setText(QCoreApplication.translate("CaseDialog", u"\u5c97\u4f4d", None))
        self.person_phoneLabel.setText(QCoreApplication.translate("CaseDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.person_phone.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"\u82b1\u540d\u518c\u4ee5\u5916\u7684\u4eba\u5458\u53ef\u586b", None))
        self.categoryLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7c7b\u522b*", None))
        self.noticed_viaLabel.setText(QCoreApplication.translate("CaseDialog", u"\u53d1\u73b0\u65b9\u5f0f", None))
        self.levelLabel.setText(QCoreApplication.translate("CaseDialog", u"\u5173\u6ce8\u7b49\u7ea7*", None))
        self.responsibleLabel.setText(QCoreApplication.translate("CaseDialog", u"\u8d23\u4efb\u4eba", None))
        self.opened_onLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7acb\u6848\u65e5\u671f*", None))
        self.statusLabel.setText(QCoreApplication.translate("CaseDialog", u"\u76ee\u524d\u8fdb\u5c55*", None))
        self.next_follow_upLabel.setText(QCoreApplication.translate("CaseDialog", u"\u4e0b\u6b21\u56de\u8bbf*", None))
        self.summaryLabel.setText(QCoreApplication.translate("CaseDialog", u"\u4e8b\u7531*", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"\u53d1\u73b0\u4e86\u4ec0\u4e48\u60c5\u51b5\uff0c\u5f53\u4e8b\u4eba\u6709\u4ec0\u4e48\u56f0\u96be\u6216\u60f3\u6cd5", None))
    # retranslateUi

