# generated from forms/card_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CardDialog(object):
    def setupUi(self, CardDialog):
        if not CardDialog.objectName():
            CardDialog.setObjectName(u"CardDialog")
        CardDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(CardDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.cardScroll = QScrollArea(CardDialog)
        self.cardScroll.setObjectName(u"cardScroll")
        self.cardScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cardScroll.setWidgetResizable(True)
        self.cardScrollBody = QWidget()
        self.cardScrollBody.setObjectName(u"cardScrollBody")
        self.cardScrollLayout = QVBoxLayout(self.cardScrollBody)
        self.cardScrollLayout.setObjectName(u"cardScrollLayout")
        self.cardScrollLayout.setContentsMargins(0, 0, 0, 0)
        self.topForm = QFormLayout()
        self.topForm.setObjectName(u"topForm")
        self.cardTypeLabel = QLabel(self.cardScrollBody)
        self.cardTypeLabel.setObjectName(u"cardTypeLabel")

        self.topForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cardTypeLabel)

        self.cardType = QComboBox(self.cardScrollBody)
        self.cardType.setObjectName(u"cardType")

        self.topForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cardType)


        self.cardScrollLayout.addLayout(self.topForm)

        self.cardFields = QWidget(self.cardScrollBody)
        self.cardFields.setObjectName(u"cardFields")
        self.cardForm = QFormLayout(self.cardFields)
        self.cardForm.setObjectName(u"cardForm")
        self.cardForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.cardForm.setContentsMargins(0, 0, 0, 0)

        self.cardScrollLayout.addWidget(self.cardFields)

        self.cardScroll.setWidget(self.cardScrollBody)

        self.mainLayout.addWidget(self.cardScroll)

        self.errorSummary = QLabel(CardDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(CardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.cardTypeLabel.setBuddy(self.cardType)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CardDialog)
    # setupUi

    def retranslateUi(self, CardDialog):
        CardDialog.setWindowTitle(QCoreApplication.translate("CardDialog", u"\u586b\u5199\u5361\u7247", None))
        self.cardTypeLabel.setText(QCoreApplication.translate("CardDialog", u"\u5361\u7247(&K)\uff1a", None))
    # retranslateUi

