# generated from forms/close_case_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog):
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(CloseCaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(CloseCaseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.closeForm = QFormLayout()
        self.closeForm.setObjectName(u"closeForm")
        self.closeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.resultLabel = QLabel(CloseCaseDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.closeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.result = QPlainTextEdit(CloseCaseDialog)
        self.result.setObjectName(u"result")
        self.result.setTabChangesFocus(True)

        self.closeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.result)

        self.confirmed = QCheckBox(CloseCaseDialog)
        self.confirmed.setObjectName(u"confirmed")

        self.closeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmed)

        self.confirmationLabel = QLabel(CloseCaseDialog)
        self.confirmationLabel.setObjectName(u"confirmationLabel")

        self.closeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmationLabel)

        self.confirmation = QLineEdit(CloseCaseDialog)
        self.confirmation.setObjectName(u"confirmation")

        self.closeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmation)

        self.closed_onLabel = QLabel(CloseCaseDialog)
        self.closed_onLabel.setObjectName(u"closed_onLabel")

        self.closeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closed_onLabel)

        self.closed_on = DateField(CloseCaseDialog)
        self.closed_on.setObjectName(u"closed_on")

        self.closeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closed_on)


        self.mainLayout.addLayout(self.closeForm)

        self.errorSummary = QLabel(CloseCaseDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(CloseCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.resultLabel.setBuddy(self.result)
        self.confirmationLabel.setBuddy(self.confirmation)
        self.closed_onLabel.setBuddy(self.closed_on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog):
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"\u9500\u53f7", None))
        self.intro.setText(QCoreApplication.translate("CloseCaseDialog", u"\u9500\u53f7\u524d\u8981\u5199\u660e\u529e\u7406\u7ed3\u679c\uff0c\u5e76\u7ecf\u672c\u4eba\u786e\u8ba4\uff08\u53cc\u5411\u786e\u8ba4\uff09\u3002", None))
        self.resultLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"\u529e\u7406\u7ed3\u679c*(&R)", None))
        self.result.setPlaceholderText(QCoreApplication.translate("CloseCaseDialog", u"\u95ee\u9898\u662f\u600e\u6837\u89e3\u51b3\u7684", None))
        self.confirmed.setText(QCoreApplication.translate("CloseCaseDialog", u"\u672c\u4eba\u5df2\u786e\u8ba4\u529e\u7406\u7ed3\u679c(&C)", None))
        self.confirmationLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"\u786e\u8ba4\u65b9\u5f0f", None))
        self.confirmation.setPlaceholderText(QCoreApplication.translate("CloseCaseDialog", u"\u5982\uff1a\u672c\u4eba\u5728\u56de\u8bbf\u8bb0\u5f55\u4e0a\u7b7e\u5b57\u786e\u8ba4", None))
        self.closed_onLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"\u9500\u53f7\u65e5\u671f*", None))
    # retranslateUi

