# generated from forms/transfer_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(480, 420)
        self.mainLayout = QVBoxLayout(TransferDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(TransferDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.mainLayout.addWidget(self.personLabel)

        self.transferForm = QFormLayout()
        self.transferForm.setObjectName(u"transferForm")
        self.transferForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.directionLabel = QLabel(TransferDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.transferForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.direction = QComboBox(TransferDialog)
        self.direction.addItem("")
        self.direction.addItem("")
        self.direction.setObjectName(u"direction")
        self.direction.setMinimumSize(QSize(180, 0))

        self.transferForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.direction)

        self.transfer_dateLabel = QLabel(TransferDialog)
        self.transfer_dateLabel.setObjectName(u"transfer_dateLabel")

        self.transferForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.transfer_dateLabel)

        self.transfer_date = DateField(TransferDialog)
        self.transfer_date.setObjectName(u"transfer_date")

        self.transferForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.transfer_date)

        self.other_unitLabel = QLabel(TransferDialog)
        self.other_unitLabel.setObjectName(u"other_unitLabel")

        self.transferForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.other_unitLabel)

        self.other_unit = QLineEdit(TransferDialog)
        self.other_unit.setObjectName(u"other_unit")

        self.transferForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.other_unit)

        self.letter_noLabel = QLabel(TransferDialog)
        self.letter_noLabel.setObjectName(u"letter_noLabel")

        self.transferForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letter_noLabel)

        self.letter_no = QLineEdit(TransferDialog)
        self.letter_no.setObjectName(u"letter_no")

        self.transferForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.letter_no)

        self.dues_paid_untilLabel = QLabel(TransferDialog)
        self.dues_paid_untilLabel.setObjectName(u"dues_paid_untilLabel")

        self.transferForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dues_paid_untilLabel)

        self.dues_paid_until = QLineEdit(TransferDialog)
        self.dues_paid_until.setObjectName(u"dues_paid_until")

        self.transferForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dues_paid_until)

        self.noteLabel = QLabel(TransferDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.transferForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(TransferDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 80))

        self.transferForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)

        self.update_status = QCheckBox(TransferDialog)
        self.update_status.setObjectName(u"update_status")
        self.update_status.setChecked(True)

        self.transferForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.update_status)


        self.mainLayout.addLayout(self.transferForm)

        self.errorSummary = QLabel(TransferDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(TransferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.directionLabel.setBuddy(self.direction)
        self.transfer_dateLabel.setBuddy(self.transfer_date)
        self.other_unitLabel.setBuddy(self.other_unit)
        self.letter_noLabel.setBuddy(self.letter_no)
        self.dues_paid_untilLabel.setBuddy(self.dues_paid_until)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"\u7ec4\u7ec7\u5173\u7cfb\u8f6c\u63a5", None))
        self.personLabel.setText("")
        self.directionLabel.setText(QCoreApplication.translate("TransferDialog", u"\u8f6c\u63a5\u65b9\u5411*", None))
        self.direction.setItemText(0, QCoreApplication.translate("TransferDialog", u"\u8f6c\u51fa", None))
        self.direction.setItemText(1, QCoreApplication.translate("TransferDialog", u"\u8f6c\u5165", None))

        self.transfer_dateLabel.setText(QCoreApplication.translate("TransferDialog", u"\u8f6c\u63a5\u65e5\u671f*", None))
        self.other_unitLabel.setText(QCoreApplication.translate("TransferDialog", u"\u5bf9\u65b9\u515a\u7ec4\u7ec7*", None))
        self.other_unit.setPlaceholderText(QCoreApplication.translate("TransferDialog", u"\u8f6c\u5f80\u6216\u8f6c\u81ea\u7684\u515a\u7ec4\u7ec7\u540d\u79f0", None))
        self.letter_noLabel.setText(QCoreApplication.translate("TransferDialog", u"\u4ecb\u7ecd\u4fe1\u7f16\u53f7", None))
        self.dues_paid_untilLabel.setText(QCoreApplication.translate("TransferDialog", u"\u515a\u8d39\u4ea4\u81f3", None))
        self.dues_paid_until.setPlaceholderText(QCoreApplication.translate("TransferDialog", u"\u5e74-\u6708\uff0c\u5982 2026-10", None))
        self.noteLabel.setText(QCoreApplication.translate("TransferDialog", u"\u5907\u6ce8", None))
        self.update_status.setText(QCoreApplication.translate("TransferDialog", u"\u540c\u65f6\u66f4\u65b0\u7ec4\u7ec7\u5173\u7cfb\u72b6\u6001\uff08\u8f6c\u51fa\u2192\u201c\u8f6c\u51fa\u201d\uff0c\u8f6c\u5165\u2192\u201c\u6b63\u5e38\u201d\uff09", None))
    # retranslateUi

