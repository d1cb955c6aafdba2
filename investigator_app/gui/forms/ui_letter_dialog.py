# Generated from ui/letter_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog: Any) -> None:
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(560, 460)
        self.layout = QVBoxLayout(LetterDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(LetterDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.letterCaption = QLabel(LetterDialog)
        self.letterCaption.setObjectName(u"letterCaption")

        self.layout.addWidget(self.letterCaption)

        self.letterEdit = QPlainTextEdit(LetterDialog)
        self.letterEdit.setObjectName(u"letterEdit")
        self.letterEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.letterEdit)

        self.noLetterCheck = QCheckBox(LetterDialog)
        self.noLetterCheck.setObjectName(u"noLetterCheck")

        self.layout.addWidget(self.noLetterCheck)

        self.phoneNoteLabel = QLabel(LetterDialog)
        self.phoneNoteLabel.setObjectName(u"phoneNoteLabel")
        self.phoneNoteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.phoneNoteLabel.setWordWrap(True)

        self.layout.addWidget(self.phoneNoteLabel)

        self.hintLabel = QLabel(LetterDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(LetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.letterCaption.setBuddy(self.letterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LetterDialog)

        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog: Any) -> None:
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Brief aan de melder", None))
        self.letterCaption.setText(QCoreApplication.translate("LetterDialog", u"&Brief (platte tekst)", None))
#if QT_CONFIG(accessibility)
        self.letterEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Brief aan de melder", None))
#endif // QT_CONFIG(accessibility)
        self.noLetterCheck.setText(QCoreApplication.translate("LetterDialog", u"&Geen brief sturen (alleen de ontvangst registreren)", None))
        self.phoneNoteLabel.setText(QCoreApplication.translate("LetterDialog", u"De melder heeft geen e-mailadres opgegeven: 1700 brengt de melder telefonisch op de hoogte.", None))
    # retranslateUi

