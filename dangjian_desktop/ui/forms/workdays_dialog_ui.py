# generated from forms/workdays_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workdays_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets import DateField

class Ui_WorkdaysDialog(object):
    def setupUi(self, WorkdaysDialog):
        if not WorkdaysDialog.objectName():
            WorkdaysDialog.setObjectName(u"WorkdaysDialog")
        WorkdaysDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(WorkdaysDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.workdaysIntro = QLabel(WorkdaysDialog)
        self.workdaysIntro.setObjectName(u"workdaysIntro")
        self.workdaysIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.workdaysIntro)

        self.workdayOverrides = QListWidget(WorkdaysDialog)
        self.workdayOverrides.setObjectName(u"workdayOverrides")

        self.mainLayout.addWidget(self.workdayOverrides)

        self.overrideForm = QFormLayout()
        self.overrideForm.setObjectName(u"overrideForm")
        self.dayLabel = QLabel(WorkdaysDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = DateField(WorkdaysDialog)
        self.day.setObjectName(u"day")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.kindLabel = QLabel(WorkdaysDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(WorkdaysDialog)
        self.kind.setObjectName(u"kind")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.noteLabel = QLabel(WorkdaysDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(WorkdaysDialog)
        self.note.setObjectName(u"note")

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.overrideForm)

        self.errorSummary = QLabel(WorkdaysDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.overrideButtons = QHBoxLayout()
        self.overrideButtons.setObjectName(u"overrideButtons")
        self.addOverride = QPushButton(WorkdaysDialog)
        self.addOverride.setObjectName(u"addOverride")

        self.overrideButtons.addWidget(self.addOverride)

        self.removeOverride = QPushButton(WorkdaysDialog)
        self.removeOverride.setObjectName(u"removeOverride")

        self.overrideButtons.addWidget(self.removeOverride)

        self.overrideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overrideButtons.addItem(self.overrideSpacer)


        self.mainLayout.addLayout(self.overrideButtons)

        self.buttonBox = QDialogButtonBox(WorkdaysDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.kindLabel.setBuddy(self.kind)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkdaysDialog)
    # setupUi

    def retranslateUi(self, WorkdaysDialog):
        WorkdaysDialog.setWindowTitle(QCoreApplication.translate("WorkdaysDialog", u"\u5de5\u4f5c\u65e5\u6821\u6b63", None))
        self.workdaysIntro.setText("")
        self.dayLabel.setText(QCoreApplication.translate("WorkdaysDialog", u"\u65e5\u671f(&D)", None))
        self.kindLabel.setText(QCoreApplication.translate("WorkdaysDialog", u"\u8fd9\u4e00\u5929(&K)", None))
        self.noteLabel.setText(QCoreApplication.translate("WorkdaysDialog", u"\u8bf4\u660e(&N)", None))
        self.note.setPlaceholderText(QCoreApplication.translate("WorkdaysDialog", u"\u5982\uff1a\u53bf\u91cc\u7edf\u4e00\u5b89\u6392\u8865\u4f11", None))
        self.addOverride.setText(QCoreApplication.translate("WorkdaysDialog", u"\u6dfb\u52a0\u6821\u6b63(&A)", None))
        self.removeOverride.setText(QCoreApplication.translate("WorkdaysDialog", u"\u5220\u9664\u6240\u9009(&R)", None))
    # retranslateUi

