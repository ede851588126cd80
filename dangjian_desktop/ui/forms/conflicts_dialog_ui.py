# generated from forms/conflicts_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, exchangeConflictsDialog):
        if not exchangeConflictsDialog.objectName():
            exchangeConflictsDialog.setObjectName(u"exchangeConflictsDialog")
        exchangeConflictsDialog.resize(1100, 700)
        self.mainLayout = QVBoxLayout(exchangeConflictsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.conflictsIntro = QLabel(exchangeConflictsDialog)
        self.conflictsIntro.setObjectName(u"conflictsIntro")
        self.conflictsIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.conflictsIntro)

        self.conflictsSplit = QSplitter(exchangeConflictsDialog)
        self.conflictsSplit.setObjectName(u"conflictsSplit")
        self.conflictsSplit.setOrientation(Qt.Orientation.Vertical)
        self.listPane = QWidget(self.conflictsSplit)
        self.listPane.setObjectName(u"listPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(2)
        sizePolicy.setHeightForWidth(self.listPane.sizePolicy().hasHeightForWidth())
        self.listPane.setSizePolicy(sizePolicy)
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.listPane)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.conflictList = QTableWidget(self.listPane)
        if (self.conflictList.columnCount() < 5):
            self.conflictList.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.conflictList.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.conflictList.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.conflictList.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.conflictList.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.conflictList.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.conflictList.setObjectName(u"conflictList")
        self.conflictList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictList.setColumnCount(5)
        self.conflictList.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.conflictList)

        self.conflictsSplit.addWidget(self.listPane)
        self.fieldsPane = QWidget(self.conflictsSplit)
        self.fieldsPane.setObjectName(u"fieldsPane")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.fieldsPane.sizePolicy().hasHeightForWidth())
        self.fieldsPane.setSizePolicy(sizePolicy1)
        self.fieldsLayout = QVBoxLayout(self.fieldsPane)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsLabel = QLabel(self.fieldsPane)
        self.fieldsLabel.setObjectName(u"fieldsLabel")

        self.fieldsLayout.addWidget(self.fieldsLabel)

        self.conflictFields = QTableWidget(self.fieldsPane)
        if (self.conflictFields.columnCount() < 3):
            self.conflictFields.setColumnCount(3)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.conflictFields.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.conflictFields.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.conflictFields.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        self.conflictFields.setObjectName(u"conflictFields")
        self.conflictFields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictFields.setWordWrap(True)
        self.conflictFields.setColumnCount(3)
        self.conflictFields.verticalHeader().setVisible(False)

        self.fieldsLayout.addWidget(self.conflictFields)

        self.conflictStatus = QLabel(self.fieldsPane)
        self.conflictStatus.setObjectName(u"conflictStatus")

        self.fieldsLayout.addWidget(self.conflictStatus)

        self.conflictsSplit.addWidget(self.fieldsPane)

        self.mainLayout.addWidget(self.conflictsSplit)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.showResolved = QCheckBox(exchangeConflictsDialog)
        self.showResolved.setObjectName(u"showResolved")

        self.buttonRow.addWidget(self.showResolved)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonStretch)

        self.resolveConflictButton = QPushButton(exchangeConflictsDialog)
        self.resolveConflictButton.setObjectName(u"resolveConflictButton")

        self.buttonRow.addWidget(self.resolveConflictButton)

        self.buttonBox = QDialogButtonBox(exchangeConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)

        self.buttonRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.buttonRow)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.conflictList)
        self.fieldsLabel.setBuddy(self.conflictFields)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.conflictList, self.conflictFields)
        QWidget.setTabOrder(self.conflictFields, self.showResolved)
        QWidget.setTabOrder(self.showResolved, self.resolveConflictButton)
        QWidget.setTabOrder(self.resolveConflictButton, self.buttonBox)

        self.retranslateUi(exchangeConflictsDialog)
    # setupUi

    def retranslateUi(self, exchangeConflictsDialog):
        exchangeConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"\u6570\u636e\u5305\u51b2\u7a81", None))
        self.conflictsIntro.setText(QCoreApplication.translate("ConflictsDialog", u"\u4e0b\u5217\u8bb0\u5f55\u5728\u672c\u673a\u5df2\u7ecf\u5b9a\u7a3f\u3002\u652f\u90e8\u53d1\u6765\u7684\u6570\u636e\u5305\u6539\u52a8\u4e86\u5b83\u4eec\uff0c\u4f46\u6ca1\u6709\u9644\u4fee\u6539\u8bf4\u660e\uff0c\u6240\u4ee5\u6ca1\u6709\u91c7\u7528\uff0c\u672c\u673a\u4fdd\u5b58\u7684\u4ecd\u662f\u5b9a\u7a3f\u65f6\u7684\u5185\u5bb9\u3002\u8bf7\u4e0e\u652f\u90e8\u6838\u5b9e\uff1a\u786e\u9700\u66f4\u6b63\u7684\uff0c\u8bf7\u652f\u90e8\u5728\u4f1a\u8bae\u8bb0\u5f55\u4e2d\u5199\u660e\u4fee\u6539\u8bf4\u660e\u540e\u91cd\u65b0\u5bfc\u51fa\u6570\u636e\u5305\u3002\u6838\u5b9e\u540e\u53ef\u6807\u8bb0\u4e3a\u201c\u5df2\u5904\u7406\u201d\uff08\u4fdd\u7559\u672c\u673a\u7684\u7248\u672c\uff09\u3002", None))
        self.listLabel.setText(QCoreApplication.translate("ConflictsDialog", u"\u51b2\u7a81(&L)\uff1a", None))
        ___qtablewidgetitem = self.conflictList.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictsDialog", u"\u652f\u90e8", None))
        ___qtablewidgetitem1 = self.conflictList.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictsDialog", u"\u7c7b\u522b", None))
        ___qtablewidgetitem2 = self.conflictList.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictsDialog", u"\u8bb0\u5f55", None))
        ___qtablewidgetitem3 = self.conflictList.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictsDialog", u"\u6539\u52a8\u7684\u9879\u76ee", None))
        ___qtablewidgetitem4 = self.conflictList.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ConflictsDialog", u"\u6570\u636e\u5305\u5bfc\u51fa\u65f6\u95f4", None))
        self.fieldsLabel.setText(QCoreApplication.translate("ConflictsDialog", u"\u4e24\u4e2a\u7248\u672c\u9010\u9879\u5bf9\u7167\uff08\u25cf \u6807\u51fa\u4e0d\u540c\u7684\u9879\u76ee\uff09(&D)\uff1a", None))
        ___qtablewidgetitem5 = self.conflictFields.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ConflictsDialog", u"\u9879\u76ee", None))
        ___qtablewidgetitem6 = self.conflictFields.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ConflictsDialog", u"\u672c\u673a\u4fdd\u5b58\u7684\u7248\u672c\uff08\u5df2\u5b9a\u7a3f\uff09", None))
        ___qtablewidgetitem7 = self.conflictFields.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ConflictsDialog", u"\u6570\u636e\u5305\u4e2d\u7684\u7248\u672c\uff08\u672a\u91c7\u7528\uff09", None))
        self.conflictStatus.setText("")
        self.showResolved.setText(QCoreApplication.translate("ConflictsDialog", u"\u663e\u793a\u5df2\u5904\u7406\u7684(&S)", None))
        self.resolveConflictButton.setText(QCoreApplication.translate("ConflictsDialog", u"\u6807\u8bb0\u4e3a\u5df2\u5904\u7406\uff08\u4fdd\u7559\u672c\u673a\u7248\u672c\uff09(&K)", None))
    # retranslateUi

