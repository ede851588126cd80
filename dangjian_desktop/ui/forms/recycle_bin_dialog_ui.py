# generated from forms/recycle_bin_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recycle_bin_dialog.ui'
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

class Ui_RecycleBinDialog(object):
    def setupUi(self, RecycleBinDialog):
        if not RecycleBinDialog.objectName():
            RecycleBinDialog.setObjectName(u"RecycleBinDialog")
        RecycleBinDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(RecycleBinDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(RecycleBinDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.recycleTable = QTableWidget(RecycleBinDialog)
        if (self.recycleTable.columnCount() < 3):
            self.recycleTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.recycleTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.recycleTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.recycleTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.recycleTable.setObjectName(u"recycleTable")
        self.recycleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recycleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recycleTable.setColumnCount(3)

        self.mainLayout.addWidget(self.recycleTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(RecycleBinDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.buttonBox = QDialogButtonBox(RecycleBinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)


        self.retranslateUi(RecycleBinDialog)
    # setupUi

    def retranslateUi(self, RecycleBinDialog):
        RecycleBinDialog.setWindowTitle(QCoreApplication.translate("RecycleBinDialog", u"\u56de\u6536\u7ad9", None))
        self.intro.setText(QCoreApplication.translate("RecycleBinDialog", u"\u5220\u9664\u7684\u4eba\u5458\u3001\u4f1a\u8bae\u8bb0\u5f55\u3001\u4e00\u4eba\u4e00\u4e8b\u3001\u5b66\u4e60\u8bb0\u5f55\u548c\u515a\u8d39\u7f34\u7eb3\u5148\u653e\u5728\u8fd9\u91cc\uff0c\u53ef\u4ee5\u6062\u590d\u3002", None))
        ___qtablewidgetitem = self.recycleTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RecycleBinDialog", u"\u7c7b\u522b", None))
        ___qtablewidgetitem1 = self.recycleTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RecycleBinDialog", u"\u5185\u5bb9", None))
        ___qtablewidgetitem2 = self.recycleTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RecycleBinDialog", u"\u5220\u9664\u65f6\u95f4", None))
        self.restoreButton.setText(QCoreApplication.translate("RecycleBinDialog", u"\u6062\u590d\u6240\u9009(&R)", None))
    # retranslateUi

