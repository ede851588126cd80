# generated from forms/rules_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_dialog.ui'
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
    QGridLayout, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RulesDialog(object):
    def setupUi(self, RulesDialog):
        if not RulesDialog.objectName():
            RulesDialog.setObjectName(u"RulesDialog")
        RulesDialog.resize(560, 480)
        self.mainLayout = QVBoxLayout(RulesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.rulesIntro = QLabel(RulesDialog)
        self.rulesIntro.setObjectName(u"rulesIntro")
        self.rulesIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.rulesIntro)

        self.rulesScroll = QScrollArea(RulesDialog)
        self.rulesScroll.setObjectName(u"rulesScroll")
        self.rulesScroll.setWidgetResizable(True)
        self.rulesInner = QWidget()
        self.rulesInner.setObjectName(u"rulesInner")
        self.rulesGrid = QGridLayout(self.rulesInner)
        self.rulesGrid.setObjectName(u"rulesGrid")
        self.rulesScroll.setWidget(self.rulesInner)

        self.mainLayout.addWidget(self.rulesScroll)

        self.buttonBox = QDialogButtonBox(RulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(RulesDialog)
    # setupUi

    def retranslateUi(self, RulesDialog):
        RulesDialog.setWindowTitle(QCoreApplication.translate("RulesDialog", u"\u81ea\u67e5\u89c4\u5219", None))
        self.rulesIntro.setText(QCoreApplication.translate("RulesDialog", u"\u9ed8\u8ba4\u6309\u515a\u7ae0\u548c\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u652f\u90e8\u5de5\u4f5c\u6761\u4f8b\uff08\u8bd5\u884c\uff09\u300b\u7b49\u89c4\u5b9a\uff1b\u672c\u5730\u53e6\u6709\u8981\u6c42\u7684\uff0c\u53ef\u5173\u95ed\u67d0\u9879\u6216\u4fee\u6539\u9891\u6b21\u3002", None))
    # retranslateUi

