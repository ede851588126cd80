# generated from forms/drive_picker_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drive_picker_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DrivePicker(object):
    def setupUi(self, DrivePicker):
        if not DrivePicker.objectName():
            DrivePicker.setObjectName(u"DrivePicker")
        DrivePicker.resize(520, 320)
        self.mainLayout = QVBoxLayout(DrivePicker)
        self.mainLayout.setObjectName(u"mainLayout")
        self.driveHint = QLabel(DrivePicker)
        self.driveHint.setObjectName(u"driveHint")
        self.driveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.driveHint)

        self.driveList = QListWidget(DrivePicker)
        self.driveList.setObjectName(u"driveList")

        self.mainLayout.addWidget(self.driveList)

        self.noDrive = QLabel(DrivePicker)
        self.noDrive.setObjectName(u"noDrive")

        self.mainLayout.addWidget(self.noDrive)

        self.buttonBox = QDialogButtonBox(DrivePicker)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(DrivePicker)
    # setupUi

    def retranslateUi(self, DrivePicker):
        DrivePicker.setWindowTitle(QCoreApplication.translate("DrivePicker", u"\u9009\u62e9U\u76d8", None))
        self.driveHint.setText("")
        self.noDrive.setText(QCoreApplication.translate("DrivePicker", u"\u6ca1\u6709\u627e\u5230U\u76d8\u3002\u63d2\u5165\u540e\u8bf7\u70b9\u201c\u5237\u65b0\u201d\u3002", None))
    # retranslateUi

