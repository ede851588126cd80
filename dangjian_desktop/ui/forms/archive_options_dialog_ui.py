# generated from forms/archive_options_dialog.ui by pyside6-uic — do not edit; run python -m tools.compile_forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'archive_options_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ArchiveOptions(object):
    def setupUi(self, ArchiveOptions):
        if not ArchiveOptions.objectName():
            ArchiveOptions.setObjectName(u"ArchiveOptions")
        ArchiveOptions.resize(560, 360)
        self.mainLayout = QVBoxLayout(ArchiveOptions)
        self.mainLayout.setObjectName(u"mainLayout")
        self.archiveIntro = QLabel(ArchiveOptions)
        self.archiveIntro.setObjectName(u"archiveIntro")
        self.archiveIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.archiveIntro)

        self.archiveDraftPolicy = QLabel(ArchiveOptions)
        self.archiveDraftPolicy.setObjectName(u"archiveDraftPolicy")
        self.archiveDraftPolicy.setWordWrap(True)

        self.mainLayout.addWidget(self.archiveDraftPolicy)

        self.archiveForm = QFormLayout()
        self.archiveForm.setObjectName(u"archiveForm")
        self.archiveYearLabel = QLabel(ArchiveOptions)
        self.archiveYearLabel.setObjectName(u"archiveYearLabel")

        self.archiveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.archiveYearLabel)

        self.archiveYear = QComboBox(ArchiveOptions)
        self.archiveYear.setObjectName(u"archiveYear")

        self.archiveForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.archiveYear)

        self.archiveFullIds = QCheckBox(ArchiveOptions)
        self.archiveFullIds.setObjectName(u"archiveFullIds")

        self.archiveForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.archiveFullIds)

        self.archiveCount = QCheckBox(ArchiveOptions)
        self.archiveCount.setObjectName(u"archiveCount")
        self.archiveCount.setChecked(True)

        self.archiveForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.archiveCount)

        self.archiveTemplateLabelLabel = QLabel(ArchiveOptions)
        self.archiveTemplateLabelLabel.setObjectName(u"archiveTemplateLabelLabel")

        self.archiveForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.archiveTemplateLabelLabel)

        self.archiveTemplateLabel = QLabel(ArchiveOptions)
        self.archiveTemplateLabel.setObjectName(u"archiveTemplateLabel")
        self.archiveTemplateLabel.setWordWrap(True)
        self.archiveTemplateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.archiveForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.archiveTemplateLabel)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.archiveEditTemplate = QPushButton(ArchiveOptions)
        self.archiveEditTemplate.setObjectName(u"archiveEditTemplate")

        self.templateButtons.addWidget(self.archiveEditTemplate)

        self.archiveResetTemplate = QPushButton(ArchiveOptions)
        self.archiveResetTemplate.setObjectName(u"archiveResetTemplate")

        self.templateButtons.addWidget(self.archiveResetTemplate)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(self.templateSpacer)


        self.archiveForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.templateButtons)


        self.mainLayout.addLayout(self.archiveForm)

        self.buttonBox = QDialogButtonBox(ArchiveOptions)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.archiveYearLabel.setBuddy(self.archiveYear)
        self.archiveTemplateLabelLabel.setBuddy(self.archiveTemplateLabel)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ArchiveOptions)
    # setupUi

    def retranslateUi(self, ArchiveOptions):
        ArchiveOptions.setWindowTitle(QCoreApplication.translate("ArchiveOptions", u"\u5bfc\u51fa\u5e74\u5ea6\u6863\u6848", None))
        self.archiveIntro.setText(QCoreApplication.translate("ArchiveOptions", u"\u5bfc\u51fa\u672c\u652f\u90e8\u4e00\u5e74\u7684\u515a\u5458\u82b1\u540d\u518c\u3001\u515a\u8d39\u6536\u7f34\u767b\u8bb0\u8868\u3001\u4e09\u4f1a\u4e00\u8bfe\u8bb0\u5f55\u3001\u4e00\u4eba\u4e00\u4e8b\u8bb0\u5f55\u3001\u5b66\u4e60\u8bb0\u5f55\u548c\u81ea\u67e5\u62a5\u544a\uff0c\u751f\u6210\u4e00\u4e2aWord\u6863\u6848\u6587\u4ef6\u5939\uff08\u542b\u5f52\u6863\u6587\u4ef6\u76ee\u5f55\u548c\u6821\u9a8c\u6e05\u5355\uff09\u3002", None))
        self.archiveDraftPolicy.setText(QCoreApplication.translate("ArchiveOptions", u"\u8bb0\u5f55\u6309\u5bfc\u51fa\u5f53\u5929\u7684\u6837\u5b50\u5f52\u6863\uff1a\u5c1a\u672a\u5b9a\u7a3f\u7684\u4f1a\u8bae\u8bb0\u5f55\u7167\u6837\u5f52\u5165\uff0c\u5728\u8be5\u4ef6\u9996\u9875\u6807\u201c\u8349\u7a3f\u201d\uff0c\u76ee\u5f55\u5907\u6ce8\u680f\u548c\u5907\u8003\u8868\u4e2d\u6ce8\u660e\uff0c\u5b9a\u7a3f\u540e\u8bf7\u91cd\u65b0\u5bfc\u51fa\uff1b\u65e5\u671f\u5728\u5bfc\u51fa\u5f53\u5929\u4ee5\u540e\u7684\u8bb0\u5f55\uff08\u8ba1\u5212\u4e2d\u7684\u4f1a\u8bae\uff09\u4e0d\u5f52\u6863\uff0c\u5728\u5907\u8003\u8868\u4e2d\u5217\u51fa\u3002", None))
        self.archiveYearLabel.setText(QCoreApplication.translate("ArchiveOptions", u"\u5e74\u5ea6(&Y)", None))
        self.archiveFullIds.setText(QCoreApplication.translate("ArchiveOptions", u"\u516c\u6c11\u8eab\u4efd\u53f7\u7801\u5b8c\u6574\u5bfc\u51fa\uff08\u9ed8\u8ba4\u53ea\u663e\u793a\u524d6\u4f4d\u548c\u540e4\u4f4d\uff09", None))
        self.archiveCount.setText(QCoreApplication.translate("ArchiveOptions", u"\u540c\u65f6\u751f\u6210 PDF \u7248\uff0c\u5e76\u6309\u5b83\u8ba1\u7b97\u6bcf\u4ef6\u7684\u9875\u6570(&P)", None))
        self.archiveTemplateLabelLabel.setText(QCoreApplication.translate("ArchiveOptions", u"\u683c\u5f0f\u6a21\u677f", None))
        self.archiveEditTemplate.setText(QCoreApplication.translate("ArchiveOptions", u"\u4fee\u6539\u683c\u5f0f\u6a21\u677f(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveEditTemplate.setToolTip(QCoreApplication.translate("ArchiveOptions", u"\u5728 Word \u6216 WPS \u4e2d\u6253\u5f00\u683c\u5f0f\u6a21\u677f\uff1a\u5b57\u4f53\u5b57\u53f7\u3001\u9875\u8fb9\u8ddd\u3001\u9875\u7709\u3001\u5168\u5b97\u540d\u79f0\u3001\u6574\u7406\u4eba\u3001\u4fdd\u7ba1\u671f\u9650", None))
#endif // QT_CONFIG(tooltip)
        self.archiveResetTemplate.setText(QCoreApplication.translate("ArchiveOptions", u"\u6062\u590d\u5185\u7f6e\u6a21\u677f(&R)", None))
    # retranslateUi

