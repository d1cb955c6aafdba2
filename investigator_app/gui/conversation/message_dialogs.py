"""Dialogs that compose a message to the reporter: an information request, the
acknowledgement letter and a feedback letter. Plain text only (QPlainTextEdit)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from investigator_app.domain.vocabulary import Language
from investigator_app.gui.conversation.letters import (
    acknowledgement_letter,
    feedback_letter,
    letter_language,
)
from investigator_app.gui.forms.ui_info_request_dialog import Ui_InfoRequestDialog
from investigator_app.gui.forms.ui_letter_dialog import Ui_LetterDialog
from investigator_app.protocol import MAX_MESSAGE_LENGTH


def _localise_buttons(box: QDialogButtonBox, ok_text: str, cancel_text: str) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class InfoRequestDialog(QDialog):
    """A question to the reporter with an answer deadline (default: 10 Belgian working
    days; never before tomorrow)."""

    def __init__(
        self,
        today: date,
        default_due: date,
        *,
        reachable_by_email: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InfoRequestDialog()
        self.ui.setupUi(self)
        self.ui.answerDueEdit.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.ui.answerDueEdit.setDate(_qdate(default_due))
        self.ui.phoneNoteLabel.setVisible(not reachable_by_email)
        self.ui.hintLabel.setVisible(False)
        _localise_buttons(self.ui.buttonBox, self.tr("Vraag versturen"), self.tr("Annuleren"))
        self.ui.buttonBox.accepted.connect(self.on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def question(self) -> str:
        return self.ui.questionEdit.toPlainText().strip()

    def answer_due(self) -> date:
        value = self.ui.answerDueEdit.date()
        return date(value.year(), value.month(), value.day())

    def _hint(self, text: str) -> None:
        self.ui.hintLabel.setText(text)
        self.ui.hintLabel.setVisible(True)

    def on_accept(self) -> None:
        if not self.question():
            self._hint(self.tr("Schrijf uw vraag aan de melder."))
            self.ui.questionEdit.setFocus()
            return
        if len(self.question()) > MAX_MESSAGE_LENGTH:
            self._hint(
                self.tr("De vraag is te lang (maximaal %1 tekens).").replace(
                    "%1", str(MAX_MESSAGE_LENGTH)
                )
            )
            return
        self.accept()


class LetterDialog(QDialog):
    """A letter to the reporter, prefilled from a template in the reporter's language and
    editable. For the acknowledgement the user may choose to send no letter."""

    def __init__(
        self,
        text: str,
        *,
        title: str,
        explanation: str,
        ok_text: str,
        optional: bool,
        reachable_by_email: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.explanationLabel.setText(explanation)
        self.ui.letterEdit.setPlainText(text)
        self._optional = optional
        self.ui.noLetterCheck.setVisible(optional)
        self.ui.noLetterCheck.toggled.connect(self.ui.letterEdit.setDisabled)
        self.ui.phoneNoteLabel.setVisible(not reachable_by_email)
        self.ui.hintLabel.setVisible(False)
        _localise_buttons(self.ui.buttonBox, ok_text, self.tr("Annuleren"))
        self.ui.buttonBox.accepted.connect(self.on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def letter(self) -> str | None:
        """The letter to send, or None when the user chose to send none."""
        if self._optional and self.ui.noLetterCheck.isChecked():
            return None
        return self.ui.letterEdit.toPlainText().strip()

    def on_accept(self) -> None:
        letter = self.letter()
        if letter is not None and not letter:
            self.ui.hintLabel.setText(self.tr("De brief is leeg."))
            self.ui.hintLabel.setVisible(True)
            return
        if letter is not None and len(letter) > MAX_MESSAGE_LENGTH:
            self.ui.hintLabel.setText(
                self.tr("De brief is te lang (maximaal %1 tekens).").replace(
                    "%1", str(MAX_MESSAGE_LENGTH)
                )
            )
            self.ui.hintLabel.setVisible(True)
            return
        self.accept()


def _language_note(language: Language) -> str:
    if letter_language(language) is Language.EN:
        return QCoreApplication.translate(
            "LetterDialog", "De brief is in het Engels, de taal van de melder."
        )
    if language is not Language.NL:
        return QCoreApplication.translate(
            "LetterDialog",
            "Er is nog geen sjabloon in de taal van de melder; de brief is in het Nederlands.",
        )
    return ""


def acknowledgement_dialog(
    language: Language,
    reference: str,
    department: str,
    *,
    reachable_by_email: bool,
    parent: QWidget | None = None,
) -> LetterDialog:
    explanation = QCoreApplication.translate(
        "LetterDialog",
        "Bevestig de ontvangst aan de melder (binnen 7 dagen na ontvangst). 1700 bezorgt "
        "de brief; u kunt hem eerst aanpassen.",
    )
    note = _language_note(language)
    return LetterDialog(
        acknowledgement_letter(language, reference, department),
        title=QCoreApplication.translate("LetterDialog", "Ontvangst bevestigen"),
        explanation=f"{explanation} {note}".strip(),
        ok_text=QCoreApplication.translate("LetterDialog", "Ontvangst bevestigen"),
        optional=True,
        reachable_by_email=reachable_by_email,
        parent=parent,
    )


def feedback_dialog(
    language: Language,
    reference: str,
    department: str,
    *,
    reachable_by_email: bool,
    parent: QWidget | None = None,
) -> LetterDialog:
    explanation = QCoreApplication.translate(
        "LetterDialog",
        "Laat de melder weten welk gevolg aan de melding gegeven wordt (binnen 3 maanden na "
        "de ontvangstbevestiging). Noem geen andere personen als dat niet nodig is.",
    )
    note = _language_note(language)
    return LetterDialog(
        feedback_letter(language, reference, department),
        title=QCoreApplication.translate("LetterDialog", "Terugkoppeling sturen"),
        explanation=f"{explanation} {note}".strip(),
        ok_text=QCoreApplication.translate("LetterDialog", "Terugkoppeling sturen"),
        optional=False,
        reachable_by_email=reachable_by_email,
        parent=parent,
    )
