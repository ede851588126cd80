# generated from forms/import_preview_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(860, 560)
        self.mainLayout = QVBoxLayout(ImportPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.previewSummary = QLabel(ImportPreviewDialog)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.previewSummary)

        self.previewTable = QTableWidget(ImportPreviewDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setWordWrap(True)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.previewTable)

        self.previewNotes = QPlainTextEdit(ImportPreviewDialog)
        self.previewNotes.setObjectName(u"previewNotes")
        self.previewNotes.setReadOnly(True)
        self.previewNotes.setMaximumSize(QSize(16777215, 110))
        self.previewNotes.setVisible(False)

        self.mainLayout.addWidget(self.previewNotes)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"\u5bfc\u5165\u9884\u89c8", None))
        self.previewSummary.setText("")
    # retranslateUi

