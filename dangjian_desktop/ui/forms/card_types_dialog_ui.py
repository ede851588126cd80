# generated from forms/card_types_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card_types_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CardTypesDialog(object):
    def setupUi(self, CardTypesDialog):
        if not CardTypesDialog.objectName():
            CardTypesDialog.setObjectName(u"CardTypesDialog")
        CardTypesDialog.resize(860, 520)
        self.mainLayout = QVBoxLayout(CardTypesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.typeColumn = QVBoxLayout()
        self.typeColumn.setObjectName(u"typeColumn")
        self.typeListLabel = QLabel(CardTypesDialog)
        self.typeListLabel.setObjectName(u"typeListLabel")

        self.typeColumn.addWidget(self.typeListLabel)

        self.typeList = QListWidget(CardTypesDialog)
        self.typeList.setObjectName(u"typeList")

        self.typeColumn.addWidget(self.typeList)

        self.newType = QPushButton(CardTypesDialog)
        self.newType.setObjectName(u"newType")

        self.typeColumn.addWidget(self.newType)

        self.typeMoves = QHBoxLayout()
        self.typeMoves.setObjectName(u"typeMoves")
        self.typeUp = QPushButton(CardTypesDialog)
        self.typeUp.setObjectName(u"typeUp")

        self.typeMoves.addWidget(self.typeUp)

        self.typeDown = QPushButton(CardTypesDialog)
        self.typeDown.setObjectName(u"typeDown")

        self.typeMoves.addWidget(self.typeDown)


        self.typeColumn.addLayout(self.typeMoves)

        self.typeColumn.setStretch(1, 1)

        self.body.addLayout(self.typeColumn)

        self.typeEditor = QVBoxLayout()
        self.typeEditor.setObjectName(u"typeEditor")
        self.typeForm = QFormLayout()
        self.typeForm.setObjectName(u"typeForm")
        self.typeNameLabel = QLabel(CardTypesDialog)
        self.typeNameLabel.setObjectName(u"typeNameLabel")

        self.typeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeNameLabel)

        self.typeName = QLineEdit(CardTypesDialog)
        self.typeName.setObjectName(u"typeName")

        self.typeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeName)

        self.typeActive = QCheckBox(CardTypesDialog)
        self.typeActive.setObjectName(u"typeActive")
        self.typeActive.setChecked(True)

        self.typeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeActive)


        self.typeEditor.addLayout(self.typeForm)

        self.fieldTable = QTableWidget(CardTypesDialog)
        self.fieldTable.setObjectName(u"fieldTable")
        self.fieldTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldTable.horizontalHeader().setStretchLastSection(True)

        self.typeEditor.addWidget(self.fieldTable)

        self.fieldButtons = QHBoxLayout()
        self.fieldButtons.setObjectName(u"fieldButtons")
        self.addField = QPushButton(CardTypesDialog)
        self.addField.setObjectName(u"addField")

        self.fieldButtons.addWidget(self.addField)

        self.removeField = QPushButton(CardTypesDialog)
        self.removeField.setObjectName(u"removeField")

        self.fieldButtons.addWidget(self.removeField)

        self.fieldUp = QPushButton(CardTypesDialog)
        self.fieldUp.setObjectName(u"fieldUp")

        self.fieldButtons.addWidget(self.fieldUp)

        self.fieldDown = QPushButton(CardTypesDialog)
        self.fieldDown.setObjectName(u"fieldDown")

        self.fieldButtons.addWidget(self.fieldDown)

        self.fieldSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fieldButtons.addItem(self.fieldSpacer)

        self.saveType = QPushButton(CardTypesDialog)
        self.saveType.setObjectName(u"saveType")

        self.fieldButtons.addWidget(self.saveType)


        self.typeEditor.addLayout(self.fieldButtons)

        self.errorSummary = QLabel(CardTypesDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.typeEditor.addWidget(self.errorSummary)

        self.typeNote = QLabel(CardTypesDialog)
        self.typeNote.setObjectName(u"typeNote")
        self.typeNote.setWordWrap(True)

        self.typeEditor.addWidget(self.typeNote)

        self.typeEditor.setStretch(1, 1)

        self.body.addLayout(self.typeEditor)

        self.body.setStretch(0, 1)
        self.body.setStretch(1, 3)

        self.mainLayout.addLayout(self.body)

        self.buttonBox = QDialogButtonBox(CardTypesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.typeListLabel.setBuddy(self.typeList)
        self.typeNameLabel.setBuddy(self.typeName)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CardTypesDialog)
    # setupUi

    def retranslateUi(self, CardTypesDialog):
        CardTypesDialog.setWindowTitle(QCoreApplication.translate("CardTypesDialog", u"\u5361\u7247\u8bbe\u7f6e\uff08\u4e09\u5361\u4e00\u6cd5\uff09", None))
        self.typeListLabel.setText(QCoreApplication.translate("CardTypesDialog", u"\u5361\u7247\uff1a", None))
        self.newType.setText(QCoreApplication.translate("CardTypesDialog", u"\u65b0\u589e\u5361\u7247(&A)", None))
        self.typeUp.setText(QCoreApplication.translate("CardTypesDialog", u"\u4e0a\u79fb", None))
        self.typeDown.setText(QCoreApplication.translate("CardTypesDialog", u"\u4e0b\u79fb", None))
        self.typeNameLabel.setText(QCoreApplication.translate("CardTypesDialog", u"\u5361\u7247\u540d\u79f0(&N)\uff1a", None))
        self.typeActive.setText(QCoreApplication.translate("CardTypesDialog", u"\u4f7f\u7528\u8fd9\u79cd\u5361\u7247", None))
        self.addField.setText(QCoreApplication.translate("CardTypesDialog", u"\u6dfb\u52a0\u680f\u76ee(&F)", None))
        self.removeField.setText(QCoreApplication.translate("CardTypesDialog", u"\u505c\u7528\u680f\u76ee", None))
        self.fieldUp.setText(QCoreApplication.translate("CardTypesDialog", u"\u680f\u76ee\u4e0a\u79fb", None))
        self.fieldDown.setText(QCoreApplication.translate("CardTypesDialog", u"\u680f\u76ee\u4e0b\u79fb", None))
        self.saveType.setText(QCoreApplication.translate("CardTypesDialog", u"\u4fdd\u5b58\u6b64\u5361\u7247(&S)", None))
        self.errorSummary.setStyleSheet(QCoreApplication.translate("CardTypesDialog", u"color: #b00020;", None))
        self.typeNote.setText(QCoreApplication.translate("CardTypesDialog", u"\u6539\u540d\u3001\u589e\u52a0\u680f\u76ee\u3001\u505c\u7528\u680f\u76ee\u90fd\u4e0d\u5f71\u54cd\u5df2\u7ecf\u586b\u5199\u7684\u5361\u7247\uff1a\u505c\u7528\u680f\u76ee\u4e2d\u539f\u6709\u7684\u5185\u5bb9\u4ecd\u4f1a\u663e\u793a\u3002", None))
    # retranslateUi

