# generated from forms/duty_form_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duty_form_dialog.ui'
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
    QFormLayout, QFrame, QLabel, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DutyFormDialog(object):
    def setupUi(self, DutyFormDialog):
        if not DutyFormDialog.objectName():
            DutyFormDialog.setObjectName(u"DutyFormDialog")
        DutyFormDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(DutyFormDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fieldScroll = QScrollArea(DutyFormDialog)
        self.fieldScroll.setObjectName(u"fieldScroll")
        self.fieldScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldScroll.setWidgetResizable(True)
        self.fieldScrollBody = QWidget()
        self.fieldScrollBody.setObjectName(u"fieldScrollBody")
        self.fieldScrollLayout = QVBoxLayout(self.fieldScrollBody)
        self.fieldScrollLayout.setObjectName(u"fieldScrollLayout")
        self.fieldScrollLayout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self.fieldScrollBody)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.fieldScrollLayout.addWidget(self.intro)

        self.fieldForm = QFormLayout()
        self.fieldForm.setObjectName(u"fieldForm")
        self.fieldForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.fieldScrollLayout.addLayout(self.fieldForm)

        self.fieldScroll.setWidget(self.fieldScrollBody)

        self.mainLayout.addWidget(self.fieldScroll)

        self.errorSummary = QLabel(DutyFormDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(DutyFormDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DutyFormDialog)
    # setupUi

    def retranslateUi(self, DutyFormDialog):
        self.intro.setText("")
        pass
    # retranslateUi

