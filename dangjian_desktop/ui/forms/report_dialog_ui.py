# generated from forms/report_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(620, 460)
        self.mainLayout = QVBoxLayout(ReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headLayout = QHBoxLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.reportIcon = QLabel(ReportDialog)
        self.reportIcon.setObjectName(u"reportIcon")
        self.reportIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headLayout.addWidget(self.reportIcon)

        self.reportSummary = QLabel(ReportDialog)
        self.reportSummary.setObjectName(u"reportSummary")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reportSummary.sizePolicy().hasHeightForWidth())
        self.reportSummary.setSizePolicy(sizePolicy)
        self.reportSummary.setWordWrap(True)
        self.reportSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headLayout.addWidget(self.reportSummary)


        self.mainLayout.addLayout(self.headLayout)

        self.reportText = QPlainTextEdit(ReportDialog)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setReadOnly(True)

        self.mainLayout.addWidget(self.reportText)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        pass
    # retranslateUi

