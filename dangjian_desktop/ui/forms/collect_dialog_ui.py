# generated from forms/collect_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'collect_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_CollectDialog(object):
    def setupUi(self, CollectDialog):
        if not CollectDialog.objectName():
            CollectDialog.setObjectName(u"CollectDialog")
        CollectDialog.resize(460, 560)
        self.mainLayout = QVBoxLayout(CollectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.collectForm = QFormLayout()
        self.collectForm.setObjectName(u"collectForm")
        self.collectMonthLabel = QLabel(CollectDialog)
        self.collectMonthLabel.setObjectName(u"collectMonthLabel")

        self.collectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.collectMonthLabel)

        self.collectMonth = QSpinBox(CollectDialog)
        self.collectMonth.setObjectName(u"collectMonth")
        self.collectMonth.setMinimum(1)
        self.collectMonth.setMaximum(12)

        self.collectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.collectMonth)

        self.collectPaidOnLabel = QLabel(CollectDialog)
        self.collectPaidOnLabel.setObjectName(u"collectPaidOnLabel")

        self.collectForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.collectPaidOnLabel)

        self.collectPaidOn = DateField(CollectDialog)
        self.collectPaidOn.setObjectName(u"collectPaidOn")

        self.collectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.collectPaidOn)

        self.collectReceiverLabel = QLabel(CollectDialog)
        self.collectReceiverLabel.setObjectName(u"collectReceiverLabel")

        self.collectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collectReceiverLabel)

        self.collectReceiver = QLineEdit(CollectDialog)
        self.collectReceiver.setObjectName(u"collectReceiver")

        self.collectForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collectReceiver)


        self.mainLayout.addLayout(self.collectForm)

        self.tickRow = QHBoxLayout()
        self.tickRow.setObjectName(u"tickRow")
        self.tickHint = QLabel(CollectDialog)
        self.tickHint.setObjectName(u"tickHint")

        self.tickRow.addWidget(self.tickHint)

        self.tickAllButton = QPushButton(CollectDialog)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.tickRow.addWidget(self.tickAllButton)

        self.tickNoneButton = QPushButton(CollectDialog)
        self.tickNoneButton.setObjectName(u"tickNoneButton")

        self.tickRow.addWidget(self.tickNoneButton)

        self.tickRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.tickRow)

        self.collectList = QListWidget(CollectDialog)
        self.collectList.setObjectName(u"collectList")

        self.mainLayout.addWidget(self.collectList)

        self.collectTotal = QLabel(CollectDialog)
        self.collectTotal.setObjectName(u"collectTotal")

        self.mainLayout.addWidget(self.collectTotal)

        self.errorSummary = QLabel(CollectDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(CollectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.collectMonthLabel.setBuddy(self.collectMonth)
        self.collectPaidOnLabel.setBuddy(self.collectPaidOn)
        self.collectReceiverLabel.setBuddy(self.collectReceiver)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CollectDialog)
    # setupUi

    def retranslateUi(self, CollectDialog):
        CollectDialog.setWindowTitle(QCoreApplication.translate("CollectDialog", u"\u96c6\u4e2d\u6536\u7f34", None))
        self.collectMonthLabel.setText(QCoreApplication.translate("CollectDialog", u"\u5e74", None))
        self.collectMonth.setSuffix(QCoreApplication.translate("CollectDialog", u" \u6708", None))
        self.collectPaidOnLabel.setText(QCoreApplication.translate("CollectDialog", u"\u6536\u7f34\u65e5\u671f*", None))
        self.collectReceiverLabel.setText(QCoreApplication.translate("CollectDialog", u"\u6536\u6b3e\u4eba", None))
        self.tickHint.setText(QCoreApplication.translate("CollectDialog", u"\u52fe\u9009\u672c\u6b21\u4ea4\u7eb3\u7684\u515a\u5458\uff08\u5df2\u4ea4\u7684\u4e0d\u5217\u51fa\uff09\uff1a", None))
        self.tickAllButton.setText(QCoreApplication.translate("CollectDialog", u"\u5168\u9009(&A)", None))
        self.tickNoneButton.setText(QCoreApplication.translate("CollectDialog", u"\u5168\u4e0d\u9009(&N)", None))
    # retranslateUi

