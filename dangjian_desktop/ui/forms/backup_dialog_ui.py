# generated from forms/backup_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(860, 520)
        self.mainLayout = QVBoxLayout(BackupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.backupIntro = QLabel(BackupDialog)
        self.backupIntro.setObjectName(u"backupIntro")
        self.backupIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.backupIntro)

        self.usbRow = QHBoxLayout()
        self.usbRow.setObjectName(u"usbRow")
        self.usbLabel = QLabel(BackupDialog)
        self.usbLabel.setObjectName(u"usbLabel")
        self.usbLabel.setWordWrap(True)

        self.usbRow.addWidget(self.usbLabel)

        self.chooseUsbButton = QPushButton(BackupDialog)
        self.chooseUsbButton.setObjectName(u"chooseUsbButton")

        self.usbRow.addWidget(self.chooseUsbButton)

        self.clearUsbButton = QPushButton(BackupDialog)
        self.clearUsbButton.setObjectName(u"clearUsbButton")

        self.usbRow.addWidget(self.clearUsbButton)

        self.usbRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.usbRow)

        self.backupTable = QTableWidget(BackupDialog)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.backupTable)

        self.buttonBox = QDialogButtonBox(BackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.backupIntro.setText("")
        self.usbLabel.setText("")
        self.chooseUsbButton.setText(QCoreApplication.translate("BackupDialog", u"\u9009\u62e9U\u76d8\u6587\u4ef6\u5939(&U)\u2026", None))
        self.clearUsbButton.setText(QCoreApplication.translate("BackupDialog", u"\u4e0d\u518d\u5907\u4efd\u5230U\u76d8(&N)", None))
    # retranslateUi

