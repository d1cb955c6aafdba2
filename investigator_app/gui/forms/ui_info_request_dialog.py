# Generated from ui/info_request_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_InfoRequestDialog(object):
    def setupUi(self, InfoRequestDialog: Any) -> None:
        if not InfoRequestDialog.objectName():
            InfoRequestDialog.setObjectName(u"InfoRequestDialog")
        InfoRequestDialog.resize(520, 420)
        self.layout = QVBoxLayout(InfoRequestDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(InfoRequestDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.reminderLabel = QLabel(InfoRequestDialog)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reminderLabel.setWordWrap(True)
        self.reminderLabel.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.reminderLabel)

        self.questionCaption = QLabel(InfoRequestDialog)
        self.questionCaption.setObjectName(u"questionCaption")

        self.layout.addWidget(self.questionCaption)

        self.questionEdit = QPlainTextEdit(InfoRequestDialog)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.questionEdit)

        self.deadlineLayout = QHBoxLayout()
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.deadlineCaption = QLabel(InfoRequestDialog)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.deadlineLayout.addWidget(self.deadlineCaption)

        self.answerDueEdit = QDateEdit(InfoRequestDialog)
        self.answerDueEdit.setObjectName(u"answerDueEdit")
        self.answerDueEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.answerDueEdit.setCalendarPopup(True)

        self.deadlineLayout.addWidget(self.answerDueEdit)

        self.deadlineHint = QLabel(InfoRequestDialog)
        self.deadlineHint.setObjectName(u"deadlineHint")
        self.deadlineHint.setTextFormat(Qt.TextFormat.PlainText)

        self.deadlineLayout.addWidget(self.deadlineHint)

        self.deadlineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineLayout.addItem(self.deadlineSpacer)


        self.layout.addLayout(self.deadlineLayout)

        self.phoneNoteLabel = QLabel(InfoRequestDialog)
        self.phoneNoteLabel.setObjectName(u"phoneNoteLabel")
        self.phoneNoteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.phoneNoteLabel.setWordWrap(True)

        self.layout.addWidget(self.phoneNoteLabel)

        self.hintLabel = QLabel(InfoRequestDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(InfoRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.questionCaption.setBuddy(self.questionEdit)
        self.deadlineCaption.setBuddy(self.answerDueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InfoRequestDialog)

        QMetaObject.connectSlotsByName(InfoRequestDialog)
    # setupUi

    def retranslateUi(self, InfoRequestDialog: Any) -> None:
        InfoRequestDialog.setWindowTitle(QCoreApplication.translate("InfoRequestDialog", u"Vraag bijkomende informatie", None))
        self.explanationLabel.setText(QCoreApplication.translate("InfoRequestDialog", u"De dienst 1700 bezorgt uw vraag aan de melder en stuurt het antwoord terug. U ziet de contactgegevens van de melder niet.", None))
        self.reminderLabel.setText(QCoreApplication.translate("InfoRequestDialog", u"Noem geen andere personen als dat niet nodig is: de melder leest alles wat u hier schrijft.", None))
        self.questionCaption.setText(QCoreApplication.translate("InfoRequestDialog", u"&Uw vraag (platte tekst)", None))
#if QT_CONFIG(accessibility)
        self.questionEdit.setAccessibleName(QCoreApplication.translate("InfoRequestDialog", u"Vraag aan de melder", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineCaption.setText(QCoreApplication.translate("InfoRequestDialog", u"&Antwoorden uiterlijk op", None))
#if QT_CONFIG(accessibility)
        self.answerDueEdit.setAccessibleName(QCoreApplication.translate("InfoRequestDialog", u"Uiterste antwoorddatum", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineHint.setText(QCoreApplication.translate("InfoRequestDialog", u"(standaard 10 werkdagen)", None))
        self.phoneNoteLabel.setText(QCoreApplication.translate("InfoRequestDialog", u"De melder heeft geen e-mailadres opgegeven: 1700 belt de melder op met uw vraag en noteert het antwoord.", None))
    # retranslateUi

