"""Composing messages to the reporter: the information request's deadline and checks, and
letters in the reporter's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from investigator_app.domain.vocabulary import Language
from investigator_app.gui.conversation.message_dialogs import (
    InfoRequestDialog,
    acknowledgement_dialog,
    feedback_dialog,
)

TODAY = date(2026, 12, 17)
DEFAULT_DUE = date(2027, 1, 4)  # 10 Belgian working days later


def test_info_request_defaults_to_ten_working_days_shown_dd_mm_yyyy(qtbot: QtBot) -> None:
    dialog = InfoRequestDialog(TODAY, DEFAULT_DUE, reachable_by_email=True)
    qtbot.addWidget(dialog)
    assert dialog.answer_due() == DEFAULT_DUE
    assert dialog.ui.answerDueEdit.text() == "04/01/2027"
    assert dialog.ui.answerDueEdit.minimumDate() == QDate(2026, 12, 18)  # not before tomorrow
    dialog.ui.answerDueEdit.setDate(QDate(2026, 12, 10))  # clamped by Qt
    assert dialog.answer_due() == date(2026, 12, 18)
    dialog.ui.answerDueEdit.setDate(QDate(2027, 1, 15))  # the user may choose another day
    assert dialog.answer_due() == date(2027, 1, 15)
    assert "andere personen" in dialog.ui.reminderLabel.text()
    assert dialog.ui.phoneNoteLabel.isHidden()


def test_info_request_needs_a_question_and_keeps_it_as_plain_text(qtbot: QtBot) -> None:
    dialog = InfoRequestDialog(TODAY, DEFAULT_DUE, reachable_by_email=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.phoneNoteLabel.isHidden()  # 1700 phones the reporter
    dialog.on_accept()
    assert dialog.isVisible() and dialog.ui.hintLabel.text() == "Schrijf uw vraag aan de melder."
    dialog.ui.questionEdit.setPlainText("  Had <b>Piet</b> een & andere rol?  ")
    dialog.on_accept()
    assert dialog.result() == InfoRequestDialog.DialogCode.Accepted
    assert dialog.question() == "Had <b>Piet</b> een & andere rol?"


def test_acknowledgement_letter_in_the_reporters_language_editable_or_none(
    qtbot: QtBot,
) -> None:
    english = acknowledgement_dialog(
        Language.EN, "1700-2026-000123", "Agentschap Binnenlands Bestuur", reachable_by_email=True
    )
    qtbot.addWidget(english)
    text = english.ui.letterEdit.toPlainText()
    assert text.startswith("Dear reporter") and "1700-2026-000123" in text
    assert "Agentschap Binnenlands Bestuur" in text
    english.ui.letterEdit.setPlainText("Dear reporter, thank you.")
    assert english.letter() == "Dear reporter, thank you."
    english.ui.noLetterCheck.setChecked(True)
    assert english.letter() is None and not english.ui.letterEdit.isEnabled()

    french = acknowledgement_dialog(Language.FR, "1700-2026-000123", "ABB", reachable_by_email=True)
    qtbot.addWidget(french)
    assert french.ui.letterEdit.toPlainText().startswith("Beste melder")  # Dutch fallback
    assert "Nederlands" in french.ui.explanationLabel.text()


def test_feedback_letter_must_not_be_empty(qtbot: QtBot) -> None:
    dialog = feedback_dialog(Language.NL, "1700-2026-000123", "ABB", reachable_by_email=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.noLetterCheck.isHidden()  # feedback is the letter itself
    dialog.ui.letterEdit.setPlainText("   ")
    dialog.on_accept()
    assert dialog.isVisible() and dialog.ui.hintLabel.text() == "De brief is leeg."
    dialog.ui.letterEdit.setPlainText("Uw melding werd onderzocht.")
    dialog.on_accept()
    assert dialog.letter() == "Uw melding werd onderzocht."
