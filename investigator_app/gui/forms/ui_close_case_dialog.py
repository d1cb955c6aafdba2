# Generated from ui/close_case_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog: Any) -> None:
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.resize(480, 320)
        self.layout = QVBoxLayout(CloseCaseDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.outcomeCaption = QLabel(CloseCaseDialog)
        self.outcomeCaption.setObjectName(u"outcomeCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeCaption)

        self.outcomeCombo = QComboBox(CloseCaseDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.motivationCaption = QLabel(CloseCaseDialog)
        self.motivationCaption.setObjectName(u"motivationCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.motivationCaption)

        self.motivationEdit = QPlainTextEdit(CloseCaseDialog)
        self.motivationEdit.setObjectName(u"motivationEdit")
        self.motivationEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.motivationEdit)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(CloseCaseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(CloseCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.outcomeCaption.setBuddy(self.outcomeCombo)
        self.motivationCaption.setBuddy(self.motivationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseCaseDialog)

        QMetaObject.connectSlotsByName(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog: Any) -> None:
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"Melding afsluiten", None))
        self.outcomeCaption.setText(QCoreApplication.translate("CloseCaseDialog", u"&Uitkomst", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Uitkomst van het onderzoek", None))
#endif // QT_CONFIG(accessibility)
        self.motivationCaption.setText(QCoreApplication.translate("CloseCaseDialog", u"&Motivering", None))
#if QT_CONFIG(accessibility)
        self.motivationEdit.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Motivering van de uitkomst", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

