# generated from forms/rates_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rates_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RateTableDialog(object):
    def setupUi(self, RateTableDialog):
        if not RateTableDialog.objectName():
            RateTableDialog.setObjectName(u"RateTableDialog")
        RateTableDialog.resize(520, 560)
        self.mainLayout = QVBoxLayout(RateTableDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.ratesIntro = QLabel(RateTableDialog)
        self.ratesIntro.setObjectName(u"ratesIntro")
        self.ratesIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.ratesIntro)

        self.bracketsLayout = QVBoxLayout()
        self.bracketsLayout.setObjectName(u"bracketsLayout")

        self.mainLayout.addLayout(self.bracketsLayout)

        self.fixedForm = QFormLayout()
        self.fixedForm.setObjectName(u"fixedForm")
        self.roundingLabel = QLabel(RateTableDialog)
        self.roundingLabel.setObjectName(u"roundingLabel")

        self.fixedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roundingLabel)

        self.rounding = QComboBox(RateTableDialog)
        self.rounding.setObjectName(u"rounding")

        self.fixedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rounding)


        self.mainLayout.addLayout(self.fixedForm)

        self.buttonBox = QDialogButtonBox(RateTableDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roundingLabel.setBuddy(self.rounding)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RateTableDialog)
    # setupUi

    def retranslateUi(self, RateTableDialog):
        RateTableDialog.setWindowTitle(QCoreApplication.translate("RateTableDialog", u"\u515a\u8d39\u4ea4\u7eb3\u6807\u51c6", None))
        self.ratesIntro.setText(QCoreApplication.translate("RateTableDialog", u"\u9ed8\u8ba4\u63092008\u5e74\u300a\u5173\u4e8e\u4e2d\u56fd\u5171\u4ea7\u515a\u515a\u8d39\u6536\u7f34\u3001\u4f7f\u7528\u548c\u7ba1\u7406\u7684\u89c4\u5b9a\u300b\u3002\u5404\u5730\u53e6\u6709\u89c4\u5b9a\u7684\uff0c\u53ef\u5728\u6b64\u4fee\u6539\uff1b\u4fee\u6539\u53ea\u5f71\u54cd\u4ee5\u540e\u6838\u5b9a\u7684\u6807\u51c6\uff0c\u5df2\u6838\u5b9a\u7684\u4e0d\u53d8\u3002", None))
        self.roundingLabel.setText(QCoreApplication.translate("RateTableDialog", u"\u91d1\u989d\u53d6\u6574", None))
    # retranslateUi

