# Generated from ui/task_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog: Any) -> None:
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(560, 380)
        self.layout = QVBoxLayout(TaskDialog)
        self.layout.setObjectName(u"layout")
        self.descriptionCaption = QLabel(TaskDialog)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.layout.addWidget(self.descriptionCaption)

        self.descriptionEdit = QPlainTextEdit(TaskDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.descriptionEdit)

        self.counterLabel = QLabel(TaskDialog)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.counterLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.layout.addWidget(self.counterLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.ownerCaption = QLabel(TaskDialog)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownerCaption)

        self.ownerCombo = QComboBox(TaskDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ownerCombo.setMinimumContentsLength(24)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueCheck = QCheckBox(TaskDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueEdit = QDateEdit(TaskDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dueEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(TaskDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.descriptionCaption.setBuddy(self.descriptionEdit)
        self.ownerCaption.setBuddy(self.ownerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TaskDialog)

        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog: Any) -> None:
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"Taak", None))
        self.descriptionCaption.setText(QCoreApplication.translate("TaskDialog", u"&Wat moet er gebeuren?", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Beschrijving van de taak", None))
#endif // QT_CONFIG(accessibility)
        self.ownerCaption.setText(QCoreApplication.translate("TaskDialog", u"&Verantwoordelijke", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Verantwoordelijke voor de taak", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("TaskDialog", u"&Uiterlijk op", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Een datum opgeven waarop de taak uiterlijk klaar moet zijn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Uiterlijk op", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

