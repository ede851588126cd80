# generated from forms/coverage_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coverage_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CoverageDialog(object):
    def setupUi(self, CoverageDialog):
        if not CoverageDialog.objectName():
            CoverageDialog.setObjectName(u"CoverageDialog")
        CoverageDialog.resize(520, 520)
        self.mainLayout = QVBoxLayout(CoverageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.yearLabel = QLabel(CoverageDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topRow.addWidget(self.yearLabel)

        self.coverageYear = QSpinBox(CoverageDialog)
        self.coverageYear.setObjectName(u"coverageYear")
        self.coverageYear.setMinimum(1990)
        self.coverageYear.setMaximum(2100)

        self.topRow.addWidget(self.coverageYear)

        self.coverageAll = QCheckBox(CoverageDialog)
        self.coverageAll.setObjectName(u"coverageAll")

        self.topRow.addWidget(self.coverageAll)

        self.topStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topStretch)


        self.mainLayout.addLayout(self.topRow)

        self.coverageSummary = QLabel(CoverageDialog)
        self.coverageSummary.setObjectName(u"coverageSummary")
        self.coverageSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.coverageSummary)

        self.coverageTable = QTableWidget(CoverageDialog)
        if (self.coverageTable.columnCount() < 4):
            self.coverageTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.coverageTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.coverageTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.coverageTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.coverageTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.coverageTable.setObjectName(u"coverageTable")
        self.coverageTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverageTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coverageTable.setColumnCount(4)
        self.coverageTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.coverageTable)

        self.coverageNote = QLabel(CoverageDialog)
        self.coverageNote.setObjectName(u"coverageNote")
        self.coverageNote.setWordWrap(True)

        self.mainLayout.addWidget(self.coverageNote)

        self.buttonBox = QDialogButtonBox(CoverageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.coverageYear)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoverageDialog)
    # setupUi

    def retranslateUi(self, CoverageDialog):
        CoverageDialog.setWindowTitle(QCoreApplication.translate("CoverageDialog", u"\u8c08\u5fc3\u8c08\u8bdd\u8986\u76d6\u60c5\u51b5", None))
        self.yearLabel.setText(QCoreApplication.translate("CoverageDialog", u"\u5e74\u5ea6(&Y)\uff1a", None))
        self.coverageYear.setSuffix(QCoreApplication.translate("CoverageDialog", u" \u5e74", None))
        self.coverageAll.setText(QCoreApplication.translate("CoverageDialog", u"\u5217\u51fa\u5168\u90e8\u515a\u5458(&A)", None))
        ___qtablewidgetitem = self.coverageTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CoverageDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.coverageTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CoverageDialog", u"\u4eba\u5458\u7c7b\u522b", None))
        ___qtablewidgetitem2 = self.coverageTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CoverageDialog", u"\u672c\u5e74\u8c08\u8bdd\u6b21\u6570", None))
        ___qtablewidgetitem3 = self.coverageTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CoverageDialog", u"\u6700\u8fd1\u4e00\u6b21", None))
        self.coverageNote.setText(QCoreApplication.translate("CoverageDialog", u"\u6309\u8c08\u5fc3\u8c08\u8bdd\u5361\u7684\u8c08\u8bdd\u65e5\u671f\u7edf\u8ba1\uff1b\u53ea\u7edf\u8ba1\u82b1\u540d\u518c\u4e2d\u5728\u518c\u7684\u6b63\u5f0f\u515a\u5458\u548c\u9884\u5907\u515a\u5458\u3002", None))
    # retranslateUi

