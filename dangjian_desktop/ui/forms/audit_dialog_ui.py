# generated from forms/audit_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(980, 620)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.auditIntro = QLabel(AuditDialog)
        self.auditIntro.setObjectName(u"auditIntro")
        self.auditIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.auditIntro)

        self.auditSplit = QSplitter(AuditDialog)
        self.auditSplit.setObjectName(u"auditSplit")
        self.auditSplit.setOrientation(Qt.Orientation.Vertical)
        self.auditTable = QTableWidget(self.auditSplit)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.setWordWrap(False)
        self.auditSplit.addWidget(self.auditTable)
        self.auditTable.horizontalHeader().setStretchLastSection(True)
        self.auditTable.verticalHeader().setVisible(False)
        self.auditDetail = QTableWidget(self.auditSplit)
        self.auditDetail.setObjectName(u"auditDetail")
        self.auditDetail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditDetail.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.auditDetail.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditDetail.setWordWrap(True)
        self.auditSplit.addWidget(self.auditDetail)
        self.auditDetail.horizontalHeader().setStretchLastSection(True)
        self.auditDetail.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.auditSplit)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
        self.auditIntro.setText("")
    # retranslateUi

