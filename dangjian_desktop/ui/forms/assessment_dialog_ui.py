# generated from forms/assessment_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AssessmentDialog(object):
    def setupUi(self, AssessmentDialog):
        if not AssessmentDialog.objectName():
            AssessmentDialog.setObjectName(u"AssessmentDialog")
        AssessmentDialog.resize(460, 400)
        self.mainLayout = QVBoxLayout(AssessmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.assessIntro = QLabel(AssessmentDialog)
        self.assessIntro.setObjectName(u"assessIntro")

        self.mainLayout.addWidget(self.assessIntro)

        self.assessForm = QFormLayout()
        self.assessForm.setObjectName(u"assessForm")
        self.assessCategoryLabel = QLabel(AssessmentDialog)
        self.assessCategoryLabel.setObjectName(u"assessCategoryLabel")

        self.assessForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessCategoryLabel)

        self.assessCategory = QComboBox(AssessmentDialog)
        self.assessCategory.setObjectName(u"assessCategory")

        self.assessForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessCategory)

        self.assessBaseLabel = QLabel(AssessmentDialog)
        self.assessBaseLabel.setObjectName(u"assessBaseLabel")

        self.assessForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assessBaseLabel)

        self.assessBase = QLineEdit(AssessmentDialog)
        self.assessBase.setObjectName(u"assessBase")

        self.assessForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assessBase)

        self.assessFromLabel = QLabel(AssessmentDialog)
        self.assessFromLabel.setObjectName(u"assessFromLabel")

        self.assessForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assessFromLabel)

        self.assessFrom = QSpinBox(AssessmentDialog)
        self.assessFrom.setObjectName(u"assessFrom")
        self.assessFrom.setMinimum(1)
        self.assessFrom.setMaximum(12)

        self.assessForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assessFrom)

        self.assessDueLabel = QLabel(AssessmentDialog)
        self.assessDueLabel.setObjectName(u"assessDueLabel")

        self.assessForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assessDueLabel)

        self.assessDue = QLineEdit(AssessmentDialog)
        self.assessDue.setObjectName(u"assessDue")

        self.assessForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assessDue)

        self.assessReductionLabel = QLabel(AssessmentDialog)
        self.assessReductionLabel.setObjectName(u"assessReductionLabel")

        self.assessForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.assessReductionLabel)

        self.assessReduction = QComboBox(AssessmentDialog)
        self.assessReduction.setObjectName(u"assessReduction")

        self.assessForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assessReduction)

        self.assessReasonLabel = QLabel(AssessmentDialog)
        self.assessReasonLabel.setObjectName(u"assessReasonLabel")

        self.assessForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assessReasonLabel)

        self.assessReason = QLineEdit(AssessmentDialog)
        self.assessReason.setObjectName(u"assessReason")

        self.assessForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assessReason)

        self.assessApprovalLabel = QLabel(AssessmentDialog)
        self.assessApprovalLabel.setObjectName(u"assessApprovalLabel")

        self.assessForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.assessApprovalLabel)

        self.assessApproval = QLineEdit(AssessmentDialog)
        self.assessApproval.setObjectName(u"assessApproval")

        self.assessForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.assessApproval)

        self.assessPreview = QLabel(AssessmentDialog)
        self.assessPreview.setObjectName(u"assessPreview")

        self.assessForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.assessPreview)


        self.mainLayout.addLayout(self.assessForm)

        self.errorSummary = QLabel(AssessmentDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(AssessmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assessCategoryLabel.setBuddy(self.assessCategory)
        self.assessBaseLabel.setBuddy(self.assessBase)
        self.assessFromLabel.setBuddy(self.assessFrom)
        self.assessDueLabel.setBuddy(self.assessDue)
        self.assessReductionLabel.setBuddy(self.assessReduction)
        self.assessReasonLabel.setBuddy(self.assessReason)
        self.assessApprovalLabel.setBuddy(self.assessApproval)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessmentDialog)
    # setupUi

    def retranslateUi(self, AssessmentDialog):
        AssessmentDialog.setWindowTitle(QCoreApplication.translate("AssessmentDialog", u"\u6838\u5b9a\u515a\u8d39\u6807\u51c6", None))
        self.assessIntro.setText(QCoreApplication.translate("AssessmentDialog", u"\u7f34\u8d39\u57fa\u6570\u5728\u6bcf\u5e74\u5e74\u521d\u6838\u5b9a\uff0c\u5168\u5e74\u4e0d\u53d8\uff1b\u6536\u5165\u53d8\u5316\u9700\u8c03\u6574\u65f6\uff0c\u9009\u62e9\u4ece\u54ea\u4e2a\u6708\u8d77\u751f\u6548\u3002", None))
        self.assessCategoryLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u7f34\u8d39\u7c7b\u522b*", None))
        self.assessBaseLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u7f34\u8d39\u57fa\u6570\uff08\u5143/\u6708\uff09", None))
        self.assessBase.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"\u7a0e\u540e\u56fa\u5b9a\u6708\u6536\u5165\u6216\u79bb\u9000\u4f11\u8d39\uff0c\u5143", None))
        self.assessFromLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u751f\u6548\u6708\u4efd", None))
        self.assessFrom.setSuffix(QCoreApplication.translate("AssessmentDialog", u" \u6708\u8d77", None))
        self.assessDueLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u6708\u5e94\u7f34\uff08\u5143\uff09", None))
        self.assessDue.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"\u6309\u6bd4\u4f8b\u8868\u81ea\u52a8\u8ba1\u7b97\uff1b\u201c\u5176\u4ed6\u201d\u6216\u5c11\u4ea4\u65f6\u586b\u5199", None))
        self.assessReductionLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u5c11\u4ea4/\u514d\u4ea4", None))
        self.assessReasonLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u539f\u56e0", None))
        self.assessApprovalLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u6279\u51c6\u60c5\u51b5", None))
        self.assessApproval.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"\u5982 \u652f\u59d4\u4f1a2026\u5e743\u67085\u65e5\u7814\u7a76\u540c\u610f", None))
    # retranslateUi

