# generated from forms/township_branch_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'township_branch_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QScrollArea,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.selfcheck.grid import YearGrid

class Ui_BranchRecordDialog(object):
    def setupUi(self, townshipBranchDialog):
        if not townshipBranchDialog.objectName():
            townshipBranchDialog.setObjectName(u"townshipBranchDialog")
        townshipBranchDialog.resize(1100, 680)
        self.mainLayout = QVBoxLayout(townshipBranchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.branchIntro = QLabel(townshipBranchDialog)
        self.branchIntro.setObjectName(u"branchIntro")
        self.branchIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.branchIntro)

        self.townshipBranchGrid = QScrollArea(townshipBranchDialog)
        self.townshipBranchGrid.setObjectName(u"townshipBranchGrid")
        self.townshipBranchGrid.setWidgetResizable(True)
        self.selfcheckGrid = YearGrid()
        self.selfcheckGrid.setObjectName(u"selfcheckGrid")
        self.selfcheckGrid.setGeometry(QRect(0, 0, 1080, 360))
        self.townshipBranchGrid.setWidget(self.selfcheckGrid)

        self.mainLayout.addWidget(self.townshipBranchGrid)

        self.findingsLabel = QLabel(townshipBranchDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.mainLayout.addWidget(self.findingsLabel)

        self.townshipBranchFindings = QTableWidget(townshipBranchDialog)
        if (self.townshipBranchFindings.columnCount() < 2):
            self.townshipBranchFindings.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.townshipBranchFindings.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.townshipBranchFindings.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.townshipBranchFindings.setObjectName(u"townshipBranchFindings")
        self.townshipBranchFindings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.townshipBranchFindings.setColumnCount(2)
        self.townshipBranchFindings.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.townshipBranchFindings)

        self.buttonBox = QDialogButtonBox(townshipBranchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 3)
        self.mainLayout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.findingsLabel.setBuddy(self.townshipBranchFindings)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(townshipBranchDialog)
    # setupUi

    def retranslateUi(self, townshipBranchDialog):
        townshipBranchDialog.setWindowTitle(QCoreApplication.translate("BranchRecordDialog", u"\u5e74\u5ea6\u81ea\u67e5\uff08\u53ea\u8bfb\uff09", None))
        self.branchIntro.setText("")
        self.findingsLabel.setText(QCoreApplication.translate("BranchRecordDialog", u"\u53d1\u73b0\u7684\u95ee\u9898(&L)\uff1a", None))
        ___qtablewidgetitem = self.townshipBranchFindings.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BranchRecordDialog", u"\u7a0b\u5ea6", None))
        ___qtablewidgetitem1 = self.townshipBranchFindings.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BranchRecordDialog", u"\u53d1\u73b0\u7684\u95ee\u9898", None))
    # retranslateUi

