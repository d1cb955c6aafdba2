"""Dialogs that compose a message to the reporter: an information request, the
acknowledgement letter and a feedback letter. Plain text only (QPlainTextEdit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from investigator_app.domain.letters import (
    LetterKind,
    acknowledgement_letter,
    body_is_missing,
    feedback_letter,
    letter_language,
    middle_offset,
)
from investigator_app.domain.vocabulary import Language
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
        _localise_buttons(self.ui.buttonBox, self.tr("Vraag verzenden"), self.tr("Annuleren"))
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


@dataclass(frozen=True)
class LetterCase:
    """The letter's kind and the case it is about: what the template was filled with, so
    a letter that is still only the template's greeting and closing is recognised."""

    kind: LetterKind
    language: Language
    reference: str
    department: str


class LetterDialog(QDialog):
    """A letter to the reporter, prefilled from a template in the reporter's language and
    editable. For the acknowledgement the user may choose to send no letter. A letter that
    holds only the template's greeting and closing is refused, saying what to write."""

    def __init__(
        self,
        text: str,
        *,
        title: str,
        explanation: str,
        ok_text: str,
        optional: bool,
        reachable_by_email: bool,
        letter_case: LetterCase | None = None,
        missing_body_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.explanationLabel.setText(explanation)
        self.ui.letterEdit.setPlainText(text)
        self._letter_case = letter_case
        self._missing_body_hint = missing_body_hint
        if letter_case is not None:  # the cursor where the user writes: after the opening
            cursor = self.ui.letterEdit.textCursor()
            offset = middle_offset(
                letter_case.kind,
                letter_case.language,
                letter_case.reference,
                letter_case.department,
            )
            cursor.setPosition(min(offset, len(text)))
            self.ui.letterEdit.setTextCursor(cursor)
            self.ui.letterEdit.setFocus()
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
        case = self._letter_case
        if (
            letter is not None
            and case is not None
            and body_is_missing(letter, case.reference, case.department, case.kind)
        ):
            self.ui.hintLabel.setText(self._missing_body_hint)
            self.ui.hintLabel.setVisible(True)
            self.ui.letterEdit.setFocus()
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
        letter_case=LetterCase(LetterKind.ACKNOWLEDGEMENT, language, reference, department),
        missing_body_hint=QCoreApplication.translate(
            "LetterDialog",
            "De brief bevat alleen de aanhef en de groet. Schrijf ertussen dat de melding "
            "ontvangen is en wat de melder nu mag verwachten, of vink ‘Geen brief sturen’ aan.",
        ),
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
        "de ontvangstbevestiging): schrijf dat tussen de aanhef en de groet. Noem geen andere "
        "personen als dat niet nodig is.",
    )
    note = _language_note(language)
    return LetterDialog(
        feedback_letter(language, reference, department),
        title=QCoreApplication.translate("LetterDialog", "Terugkoppeling sturen"),
        explanation=f"{explanation} {note}".strip(),
        ok_text=QCoreApplication.translate("LetterDialog", "Terugkoppeling sturen"),
        optional=False,
        reachable_by_email=reachable_by_email,
        letter_case=LetterCase(LetterKind.FEEDBACK, language, reference, department),
        missing_body_hint=QCoreApplication.translate(
            "LetterDialog",
            "De brief bevat alleen de aanhef en de groet van het sjabloon. Schrijf ertussen "
            "welk gevolg aan de melding gegeven wordt of werd (bijvoorbeeld dat het onderzoek "
            "loopt, of de uitkomst en wat er nu gebeurt), zonder andere personen te noemen als "
            "dat niet nodig is.",
        ),
        parent=parent,
    )
