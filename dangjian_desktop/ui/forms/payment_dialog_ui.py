# generated from forms/payment_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(420, 380)
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.paymentHeader = QLabel(PaymentDialog)
        self.paymentHeader.setObjectName(u"paymentHeader")

        self.mainLayout.addWidget(self.paymentHeader)

        self.paymentForm = QFormLayout()
        self.paymentForm.setObjectName(u"paymentForm")
        self.paymentMonthsLabel = QLabel(PaymentDialog)
        self.paymentMonthsLabel.setObjectName(u"paymentMonthsLabel")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paymentMonthsLabel)

        self.paymentMonths = QListWidget(PaymentDialog)
        self.paymentMonths.setObjectName(u"paymentMonths")
        self.paymentMonths.setFlow(QListView.Flow.LeftToRight)
        self.paymentMonths.setWrapping(True)

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paymentMonths)

        self.paymentPaidOnLabel = QLabel(PaymentDialog)
        self.paymentPaidOnLabel.setObjectName(u"paymentPaidOnLabel")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paymentPaidOnLabel)

        self.paymentPaidOn = DateField(PaymentDialog)
        self.paymentPaidOn.setObjectName(u"paymentPaidOn")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paymentPaidOn)

        self.paymentAmountLabel = QLabel(PaymentDialog)
        self.paymentAmountLabel.setObjectName(u"paymentAmountLabel")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paymentAmountLabel)

        self.paymentAmount = QLineEdit(PaymentDialog)
        self.paymentAmount.setObjectName(u"paymentAmount")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paymentAmount)

        self.paymentReceiverLabel = QLabel(PaymentDialog)
        self.paymentReceiverLabel.setObjectName(u"paymentReceiverLabel")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paymentReceiverLabel)

        self.paymentReceiver = QLineEdit(PaymentDialog)
        self.paymentReceiver.setObjectName(u"paymentReceiver")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paymentReceiver)

        self.paymentPaidByLabel = QLabel(PaymentDialog)
        self.paymentPaidByLabel.setObjectName(u"paymentPaidByLabel")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paymentPaidByLabel)

        self.paymentPaidBy = QLineEdit(PaymentDialog)
        self.paymentPaidBy.setObjectName(u"paymentPaidBy")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paymentPaidBy)

        self.paymentNoteLabel = QLabel(PaymentDialog)
        self.paymentNoteLabel.setObjectName(u"paymentNoteLabel")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paymentNoteLabel)

        self.paymentNote = QLineEdit(PaymentDialog)
        self.paymentNote.setObjectName(u"paymentNote")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paymentNote)


        self.mainLayout.addLayout(self.paymentForm)

        self.errorSummary = QLabel(PaymentDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.paymentMonthsLabel.setBuddy(self.paymentMonths)
        self.paymentPaidOnLabel.setBuddy(self.paymentPaidOn)
        self.paymentAmountLabel.setBuddy(self.paymentAmount)
        self.paymentReceiverLabel.setBuddy(self.paymentReceiver)
        self.paymentPaidByLabel.setBuddy(self.paymentPaidBy)
        self.paymentNoteLabel.setBuddy(self.paymentNote)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"\u767b\u8bb0\u7f34\u8d39", None))
        self.paymentMonthsLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u4ea4\u7eb3\u54ea\u51e0\u4e2a\u6708*", None))
        self.paymentPaidOnLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u4ea4\u7eb3\u65e5\u671f*", None))
        self.paymentAmountLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        self.paymentAmount.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"\u4e0d\u586b\u5219\u6309\u6240\u9009\u6708\u4efd\u5e94\u7f34\u91d1\u989d", None))
        self.paymentReceiverLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u6536\u6b3e\u4eba", None))
        self.paymentPaidByLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u4ee3\u7f34\u4eba", None))
        self.paymentPaidBy.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"\u672c\u4eba\u4ea4\u7eb3\u8bf7\u7559\u7a7a", None))
        self.paymentNoteLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u5907\u6ce8", None))
    # retranslateUi

