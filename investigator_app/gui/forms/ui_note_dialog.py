# Generated from ui/note_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGroupBox, QLabel, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NoteDialog(object):
    def setupUi(self, NoteDialog: Any) -> None:
        if not NoteDialog.objectName():
            NoteDialog.setObjectName(u"NoteDialog")
        NoteDialog.resize(560, 460)
        self.layout = QVBoxLayout(NoteDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(NoteDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.explanationLabel)

        self.noteCaption = QLabel(NoteDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.layout.addWidget(self.noteCaption)

        self.noteEdit = QPlainTextEdit(NoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.noteEdit)

        self.counterLabel = QLabel(NoteDialog)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.counterLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.layout.addWidget(self.counterLabel)

        self.visibilityBox = QGroupBox(NoteDialog)
        self.visibilityBox.setObjectName(u"visibilityBox")
        self.visibilityLayout = QVBoxLayout(self.visibilityBox)
        self.visibilityLayout.setObjectName(u"visibilityLayout")
        self.onlyMeRadio = QRadioButton(self.visibilityBox)
        self.onlyMeRadio.setObjectName(u"onlyMeRadio")
        self.onlyMeRadio.setChecked(True)

        self.visibilityLayout.addWidget(self.onlyMeRadio)

        self.caseTeamRadio = QRadioButton(self.visibilityBox)
        self.caseTeamRadio.setObjectName(u"caseTeamRadio")

        self.visibilityLayout.addWidget(self.caseTeamRadio)


        self.layout.addWidget(self.visibilityBox)

        self.hintLabel = QLabel(NoteDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(NoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoteDialog)

        QMetaObject.connectSlotsByName(NoteDialog)
    # setupUi

    def retranslateUi(self, NoteDialog: Any) -> None:
        NoteDialog.setWindowTitle(QCoreApplication.translate("NoteDialog", u"Notitie", None))
        self.explanationLabel.setText(QCoreApplication.translate("NoteDialog", u"Een notitie is vertrouwelijk: ze gaat nooit naar de melder en nooit naar 1700. Eerdere versies blijven bewaard.", None))
        self.noteCaption.setText(QCoreApplication.translate("NoteDialog", u"&Tekst (platte tekst)", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Tekst van de notitie", None))
#endif // QT_CONFIG(accessibility)
        self.visibilityBox.setTitle(QCoreApplication.translate("NoteDialog", u"Wie mag deze notitie lezen?", None))
        self.onlyMeRadio.setText(QCoreApplication.translate("NoteDialog", u"&Alleen ik", None))
#if QT_CONFIG(accessibility)
        self.onlyMeRadio.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Alleen ik", None))
#endif // QT_CONFIG(accessibility)
        self.caseTeamRadio.setText(QCoreApplication.translate("NoteDialog", u"&Dossierteam: de onderzoeker aan wie de melding is toegewezen en de leidinggevenden van de dienst", None))
#if QT_CONFIG(accessibility)
        self.caseTeamRadio.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Dossierteam", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

