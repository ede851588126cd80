# generated from forms/reopen_case_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reopen_case_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_ReopenCaseDialog(object):
    def setupUi(self, ReopenCaseDialog):
        if not ReopenCaseDialog.objectName():
            ReopenCaseDialog.setObjectName(u"ReopenCaseDialog")
        ReopenCaseDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(ReopenCaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ReopenCaseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.reopenForm = QFormLayout()
        self.reopenForm.setObjectName(u"reopenForm")
        self.reopenForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonLabel = QLabel(ReopenCaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reopenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(ReopenCaseDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.reopenForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.statusLabel = QLabel(ReopenCaseDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.reopenForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ReopenCaseDialog)
        self.status.setObjectName(u"status")

        self.reopenForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.next_follow_upLabel = QLabel(ReopenCaseDialog)
        self.next_follow_upLabel.setObjectName(u"next_follow_upLabel")

        self.reopenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_follow_upLabel)

        self.next_follow_up = DateField(ReopenCaseDialog)
        self.next_follow_up.setObjectName(u"next_follow_up")

        self.reopenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.next_follow_up)


        self.mainLayout.addLayout(self.reopenForm)

        self.errorSummary = QLabel(ReopenCaseDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(ReopenCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
        self.statusLabel.setBuddy(self.status)
        self.next_follow_upLabel.setBuddy(self.next_follow_up)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReopenCaseDialog)
    # setupUi

    def retranslateUi(self, ReopenCaseDialog):
        ReopenCaseDialog.setWindowTitle(QCoreApplication.translate("ReopenCaseDialog", u"\u91cd\u65b0\u6253\u5f00", None))
        self.intro.setText(QCoreApplication.translate("ReopenCaseDialog", u"\u91cd\u65b0\u6253\u5f00\u540e\uff0c\u539f\u6765\u7684\u9500\u53f7\u8bb0\u5f55\u4ecd\u4fdd\u7559\u5728\u529e\u7406\u7ecf\u8fc7\u4e2d\u3002", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReopenCaseDialog", u"\u91cd\u65b0\u6253\u5f00\u7684\u539f\u56e0*(&R)", None))
        self.statusLabel.setText(QCoreApplication.translate("ReopenCaseDialog", u"\u8fdb\u5c55", None))
        self.next_follow_upLabel.setText(QCoreApplication.translate("ReopenCaseDialog", u"\u4e0b\u6b21\u56de\u8bbf*", None))
    # retranslateUi

