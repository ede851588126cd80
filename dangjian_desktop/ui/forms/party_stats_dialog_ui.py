# generated from forms/party_stats_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_stats_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_PartyStatsDialog(object):
    def setupUi(self, PartyStatsDialog):
        if not PartyStatsDialog.objectName():
            PartyStatsDialog.setObjectName(u"PartyStatsDialog")
        PartyStatsDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(PartyStatsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(PartyStatsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.choiceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yearLabel = QLabel(PartyStatsDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(PartyStatsDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1950)
        self.year.setMaximum(2100)

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.scopeLabel = QLabel(PartyStatsDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QComboBox(PartyStatsDialog)
        self.scope.setObjectName(u"scope")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scope)


        self.mainLayout.addLayout(self.choiceForm)

        self.summary = QPlainTextEdit(PartyStatsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.summary)

        self.buttonBox = QDialogButtonBox(PartyStatsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.scopeLabel.setBuddy(self.scope)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartyStatsDialog)
    # setupUi

    def retranslateUi(self, PartyStatsDialog):
        PartyStatsDialog.setWindowTitle(QCoreApplication.translate("PartyStatsDialog", u"\u515a\u5185\u7edf\u8ba1\u8868", None))
        self.intro.setText(QCoreApplication.translate("PartyStatsDialog", u"\u6309\u82b1\u540d\u518c\u4e2d\u7684\u5165\u515a\u3001\u8f6c\u63a5\u3001\u7ec4\u7ec7\u5173\u7cfb\u72b6\u6001\u7b49\u8bb0\u5f55\u8ba1\u7b97\uff0c\u4e0d\u9700\u53e6\u884c\u586b\u62a5\u3002\u5bfc\u51fa\u7684 Excel \u6709\u56db\u5f20\u8868\uff1a\u4e24\u5e74\u515a\u5458\u6570\u7efc\u5408\u6bd4\u8f83\u3001\u515a\u5458\u57fa\u672c\u60c5\u51b5\u3001\u515a\u5458\u5b66\u5386\u60c5\u51b5\u3001\u515a\u5458\u5165\u515a\u65f6\u95f4\u60c5\u51b5\u3002", None))
        self.yearLabel.setText(QCoreApplication.translate("PartyStatsDialog", u"\u7edf\u8ba1\u5e74\u5ea6(&Y)", None))
        self.year.setSuffix(QCoreApplication.translate("PartyStatsDialog", u"\u5e74", None))
        self.scopeLabel.setText(QCoreApplication.translate("PartyStatsDialog", u"\u7edf\u8ba1\u8303\u56f4(&R)", None))
    # retranslateUi

