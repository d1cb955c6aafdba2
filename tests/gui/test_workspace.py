"""The case workspace as a user reads it (real widgets, a real local store): the header,
the primary button and the commands that keep their place, the tabs, the timeline with
motivations in full, the close and return dialogs, undo, empty letters, hostile text."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import (
    Allegation,
    AllegationFacts,
    ClosingGround,
    Conclusion,
    Finding,
    FindingFacts,
    FollowUp,
    Investigation,
    SourceKind,
    SourceRef,
    Withdrawal,
)
from investigator_app.domain.lifecycle import Action, allowed_actions
from investigator_app.domain.vocabulary import Category, Language, Outcome, Status
from investigator_app.gui.conversation.message_dialogs import (
    acknowledgement_dialog,
    feedback_dialog,
)
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_dialogs import ReturnCaseDialog
from investigator_app.gui.workspace.case_pane import CasePane, Tab
from investigator_app.gui.workspace.close_dialog import CloseCaseDialog
from investigator_app.gui.workspace.investigation_panel import InvestigationPanel
from investigator_app.gui.workspace.plain_text import readable
from investigator_app.protocol import MessageOut
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseDetail, QueuedAction, TimelineEntry
from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_case_actions import in_next_dialog
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, me, page
from tests.store.message_factory import answered, attachment, case_with, request

NOW = RECEIVED + timedelta(days=20)  # Sunday 22/03/2026
LONG_MOTIVATION = (
    "De feiten dateren van 2019 en vallen buiten de termijn.\n\n"
    + "Uit het dossier blijkt dat de betrokken aannemer de reis niet betaalde. " * 40
    + "Einde van de motivering."
)
HOSTILE = "<b>vet</b> & <script>alert(1)</script>\x07\x1b[31m " + "W" * 20_000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "stores" / "store.sqlite3")
    opened.set_identity(me())
    yield opened
    opened.close()


def declared_case(store: LocalStore, *messages: MessageOut, **changes: Any) -> CaseDetail:
    """A case in assessment that the user declared on, as the store shows it."""
    wire = case_with(
        *messages,
        attachments=[attachment(b"registratie", "melding.eml", "1700")],
        conflict_declared=True,
        **changes,
    )
    store.apply_changes(page(wire, cursor=1))
    detail = store.detail("c1", NOW)
    assert detail is not None
    return detail


def in_status(detail: CaseDetail, status: Status, **changes: Any) -> CaseDetail:
    return replace(detail, status=status, allowed_actions=allowed_actions(status), **changes)


def shown(qtbot: QtBot, detail: CaseDetail, now: datetime = NOW) -> CasePane:
    pane = CasePane(RevealedIdentities(), colleagues=[ME, COLLEAGUE])
    qtbot.addWidget(pane)
    pane.resize(520, 640)
    pane.show()
    pane.show_case(detail, [], now, DEFAULT_POLICY)
    return pane


def allegation(
    number: int,
    text: str,
    conclusion: Conclusion | None = None,
    *,
    withdrawn: bool = False,
    sources: tuple[SourceRef, ...] = (),
) -> Allegation:
    at = RECEIVED + timedelta(days=number)
    finding = None
    if conclusion is not None:
        founded = conclusion in (Conclusion.FOUNDED, Conclusion.PARTLY_FOUNDED)
        facts = FindingFacts(
            conclusion,
            f"Motivering bij {number}",
            sources,
            FollowUp.DISCIPLINARY if founded else None,
        )
        finding = Finding(facts, 1, "Ines Investigator", at)
    return Allegation(
        id=f"a{number}",
        number=number,
        facts=AllegationFacts(text, ("Piet Fictief",), Category.BRIBERY),
        version=1,
        created_by="Ines Investigator",
        created_at=at,
        edited_by="Ines Investigator",
        edited_at=at,
        finding=finding,
        withdrawn=Withdrawal("Ines Investigator", at, "Dubbel") if withdrawn else None,
    )


def event(kind: EventKind, reason: str | None, *, outcome: Outcome | None = None) -> TimelineEntry:
    return TimelineEntry(
        at=NOW - timedelta(hours=1),
        actor="Ines Investigator",
        kind=kind,
        from_status=None,
        to_status=None,
        outcome=outcome,
        reason=reason,
        pending=False,
    )


def queued(action: Action, *, undoable: bool = True) -> QueuedAction:
    return QueuedAction(str(uuid.uuid4()), action, NOW - timedelta(minutes=5), undoable)


# --- the header ------------------------------------------------------------------------


def test_the_header_shows_status_the_next_deadline_in_words_assignee_and_flags(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = declared_case(store)
    first, second = queued(Action.ASSIGN), queued(Action.ADD_TASK, undoable=False)
    flagged = replace(
        detail,
        needs_reassignment=True,
        unread=True,
        assignee_name="Cas Colleague",
        queued=[first, second],
    )
    pane = shown(qtbot, flagged)
    ui = pane.ui
    assert ui.referenceLabel.text() == detail.reference
    assert ui.referenceLabel.font().bold()
    assert ui.statusValue.text() == "Gegrondheid beoordelen"
    assert ui.summaryValue.text() == detail.summary
    # Acknowledged 02/03: feedback by 02/06/2026. From 23/03 that is 52 weekdays, less
    # Easter Monday, 1 May, Ascension and Whit Monday.
    assert ui.deadlineValue.text() == "Terugkoppeling uiterlijk 02/06/2026 — nog 48 werkdagen"
    assert ui.assigneeValue.text() == "Toegewezen aan Cas Colleague"
    assert not ui.reassignFlag.isHidden() and not ui.unreadFlag.isHidden()
    assert ui.queuedButton.text() == "↻ 2"  # as the list marks unsent changes
    assert ui.queuedButton.accessibleName() == "2 wijzigingen nog niet verzonden"
    assert ui.queuedButton.toolTip().startswith("2 wijzigingen nog niet verzonden.")
    items = [a for a in pane.header.queued_menu.actions() if a.isEnabled()]
    assert [a.text() for a in items] == ["Ongedaan maken: Toegewezen (10:25)"]  # Brussels
    assert not pane.header.undo_actions[second.op_id].isEnabled()  # on its way already
    assert "kan niet meer ongedaan" in pane.header.undo_actions[second.op_id].toolTip()

    # The list marks the case read at once: the flag stays while the case is shown, and
    # clicking it opens the messages.
    pane.show_case(replace(flagged, unread=False), [], NOW, DEFAULT_POLICY)
    assert not ui.unreadFlag.isHidden()
    ui.unreadFlag.click()
    assert pane.case_tabs.currentIndex() == Tab.MESSAGES

    late = RECEIVED + timedelta(days=100)
    pane.show_case(replace(detail, unread=False, queued=[]), [], late, DEFAULT_POLICY)
    assert ui.deadlineValue.text() == "Terugkoppeling uiterlijk 02/06/2026 — termijn verstreken"
    assert ui.reassignFlag.isHidden() and ui.queuedButton.isHidden()


def test_a_red_deadline_moves_neither_the_commands_nor_the_tabs(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = replace(declared_case(store), unread=False, queued=[])
    pane = shown(qtbot, detail)
    ui = pane.ui

    def places() -> tuple[int, int]:
        QApplication.processEvents()
        return (
            ui.primaryButton.mapTo(pane, ui.primaryButton.rect().topLeft()).y(),
            pane.case_tabs.mapTo(pane, pane.case_tabs.rect().topLeft()).y(),
        )

    plain = places()
    assert ui.deadlineValue.text().endswith("nog 48 werkdagen")
    late = RECEIVED + timedelta(days=100)
    pane.show_case(detail, [], late, DEFAULT_POLICY)
    assert ui.deadlineValue.text().endswith("termijn verstreken")  # red now
    assert places() == plain
    pane.show_case(detail, [], NOW, DEFAULT_POLICY)
    assert places() == plain


def test_undo_from_the_header_asks_the_window_to_take_the_action_back(
    qtbot: QtBot, store: LocalStore
) -> None:
    item = queued(Action.RECORD_FINDING)
    pane = shown(qtbot, replace(declared_case(store), queued=[item]))
    with qtbot.waitSignal(pane.undo_requested) as asked:
        pane.header.undo_actions[item.op_id].trigger()
    assert asked.args == [item.op_id]


# --- the commands ----------------------------------------------------------------------


PRIMARY = {
    Status.FORWARDED: "Ontvangst bevestigen…",
    Status.ACKNOWLEDGED: "Gegrondheid beoordelen…",
    Status.ASSESSING: "Onderzoek starten…",
    Status.INVESTIGATING: "Melding afronden…",
    Status.CLOSED: "Terugkoppeling sturen…",
}
MENU = [
    "Ontvangst bevestigen…",
    "Toewijzen…",
    "Gegrondheid beoordelen…",
    "Onderzoek starten…",
    "Melding afronden…",
    "Terugsturen naar 1700…",
    "",
    "Vraag bijkomende informatie…",
    "Terugkoppeling sturen…",
    "",
    "Toon identiteit melder…",
]


def test_one_primary_button_for_the_next_step_and_the_others_never_move(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = declared_case(store)
    pane = shown(qtbot, in_status(detail, Status.FORWARDED))
    ui = pane.ui
    places = None
    for status, text in PRIMARY.items():
        pane.show_case(in_status(detail, status), [], NOW, DEFAULT_POLICY)
        QApplication.processEvents()
        assert ui.primaryButton.text() == text and ui.primaryButton.isEnabled(), status
        assert [a.text() for a in pane.action_bar.menu.actions()] == MENU
        now_places = [ui.primaryButton.geometry(), ui.assignButton.geometry()]
        now_places.append(ui.moreButton.geometry())
        assert places is None or now_places == places, status  # nothing moved
        places = now_places
        assert not ui.assignButton.isHidden() and not ui.requestInfoButton.isHidden()

    # A closed case: what is not possible is disabled, and says why, instead of vanishing.
    assign = pane.action(Action.ASSIGN)
    assert not assign.isEnabled() and not ui.assignButton.isEnabled()
    assert assign.toolTip().startswith("Nu niet mogelijk: de melding heeft de status")
    assert "niet afgerond" in assign.toolTip() and ui.assignButton.toolTip() == assign.toolTip()
    assert not pane.trigger(Action.ASSIGN)

    pane.show_case(in_status(detail, Status.INVESTIGATING), [], NOW, DEFAULT_POLICY)
    with qtbot.waitSignal(pane.action_requested) as asked:
        ui.primaryButton.click()
    assert asked.args == ["c1", Action.CLOSE]
    with qtbot.waitSignal(pane.action_requested) as asked:
        ui.assignButton.click()
    assert asked.args == ["c1", Action.ASSIGN]
    assert unnamed_controls(pane) == []


# --- the tabs ----------------------------------------------------------------------------


def test_each_tab_shows_its_content(qtbot: QtBot, store: LocalStore) -> None:
    answer = answered(request("q1"), answer="Op 12 mei.")
    detail = declared_case(store, answer)
    cited = SourceRef(SourceKind.ANSWER_FILE, answer.attachments[0].sha256, "q1")
    inv = Investigation(
        allegations=(
            allegation(1, "Reis betaald door aannemer", Conclusion.FOUNDED, sources=(cited,)),
        )
    )
    pane = shown(qtbot, in_status(detail, Status.INVESTIGATING, investigation=inv))
    ui = pane.ui
    titles = [pane.case_tabs.tabText(i) for i in range(pane.case_tabs.count())]
    assert titles == [
        "Overzicht",
        "Onderzoek",
        "Verhoren",
        "Berichten (1)",
        "Notities",
        "Stukken (2)",
        "Tijdlijn",
    ]
    assert ui.descriptionValue.text() == detail.description
    assert ui.entityValue.text() == detail.involved_entity
    assert ui.reporterValue.text().startswith("Burger")
    assert ui.closingFrame.isHidden()

    pane.show_tab(Tab.INVESTIGATION)
    panel = pane.findChild(InvestigationPanel)
    assert panel is pane.investigation_panel and panel.isVisible()
    assert [card.allegation.number for card in panel.cards] == [1]

    pane.show_tab(Tab.MESSAGES)
    assert [
        card.answer_label.text() for card in pane.message_thread.cards if card.answer_label
    ] == ["Op 12 mei."]

    pane.show_tab(Tab.FILES)
    names = [row.attachment.name for row in pane.files_view.rows]
    assert names == ["melding.eml", "factuur.png"]
    texts = [w.text() for w in pane.files_view.findChildren(type(ui.referenceLabel))]
    assert "Aangehaald in de bevinding bij tenlastelegging 1" in texts
    with qtbot.waitSignal(pane.open_attachment_requested) as opened:
        pane.files_view.rows[1].open_button.click()
    assert opened.args[1].name == "factuur.png"

    pane.show_tab(Tab.TIMELINE)
    assert pane.timeline_view.entries  # the store's history, newest first
    assert pane.timeline_view.entries[0].entry == detail.timeline[-1]

    # Each tab scrolls on its own: no scroll area inside another's contents.
    for area in (ui.overviewScroll, ui.threadScroll, pane.files_view, pane.timeline_view):
        contents = area.widget()
        assert contents is not None and contents.findChildren(QScrollArea) == []


def test_a_closed_case_shows_its_outcome_ground_and_motivation_in_full(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = declared_case(store)
    closing = event(EventKind.CLOSED, LONG_MOTIVATION, outcome=Outcome.INADMISSIBLE)
    closed = in_status(
        detail,
        Status.CLOSED,
        outcome=Outcome.INADMISSIBLE,
        closing_ground=ClosingGround.FACTS_TOO_OLD,
        timeline=[*detail.timeline, closing],
    )
    pane = shown(qtbot, closed)
    ui = pane.ui
    assert not ui.closingFrame.isHidden()
    assert "Uitkomst: Niet-ontvankelijk" in ui.closingValue.text()
    assert "grond: Feiten ouder dan een jaar" in ui.closingValue.text()
    assert ui.closingMotivationValue.text() == "Motivering:\n" + LONG_MOTIVATION

    pane.show_tab(Tab.TIMELINE)
    newest = pane.timeline_view.entries[0]
    assert newest.reason_label is not None
    assert newest.reason_label.text() == LONG_MOTIVATION  # in full, not a tooltip
    assert newest.reason_label.wordWrap() and newest.reason_label.toolTip() == ""
    assert "Niet-ontvankelijk" in newest.what_label.text()
    assert newest.ground_label is not None
    assert newest.ground_label.text() == "Grond: Feiten ouder dan een jaar"
    assert all(entry.ground_label is None for entry in pane.timeline_view.entries[1:])
    QApplication.processEvents()
    assert pane.timeline_view.horizontalScrollBar().maximum() == 0  # no sideways reading
    assert newest.reason_label.height() > 10 * newest.reason_label.fontMetrics().height()


def test_hostile_text_shows_literally_and_never_widens_the_pane(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = declared_case(store)
    hostile = replace(
        detail,
        summary="<b>vet</b> & <i>schuin</i>",
        description=HOSTILE,
        involved_entity="<a href='x'>link</a>",
        timeline=[*detail.timeline, event(EventKind.RETURNED, HOSTILE)],
    )
    pane = shown(qtbot, hostile)
    ui = pane.ui
    assert ui.summaryValue.text() == "<b>vet</b> & <i>schuin</i>"
    assert ui.entityValue.text() == "<a href='x'>link</a>"
    for label in (ui.summaryValue, ui.entityValue, ui.descriptionValue):
        assert label.textFormat().name == "PlainText"
    shown_text = ui.descriptionValue.text()
    assert shown_text == readable(HOSTILE)
    assert "\x07" not in shown_text and "␇" in shown_text and "␛" in shown_text
    assert shown_text.replace("\u200b", "").replace("␇", "\x07").replace("␛", "\x1b") == HOSTILE
    QApplication.processEvents()
    assert pane.width() == 520 and ui.overviewScroll.horizontalScrollBar().maximum() == 0
    pane.show_tab(Tab.TIMELINE)
    QApplication.processEvents()
    assert pane.timeline_view.horizontalScrollBar().maximum() == 0
    assert pane.timeline_view.entries[0].reason_label is not None


def test_before_the_declaration_nothing_of_the_case_is_in_the_pane(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = declared_case(store)
    pane = shown(qtbot, detail)
    pane.show_case(replace(detail, conflict_declared=False), [], NOW, DEFAULT_POLICY)
    assert pane.ui.stack.currentWidget() is pane.conflict_gate
    for label in (pane.ui.summaryValue, pane.ui.descriptionValue, pane.ui.statusValue):
        assert label.text() == ""
    assert pane.timeline_view.entries == [] and pane.files_view.rows == []
    assert not any(a.isEnabled() for a in pane.action_bar.actions.values())
    assert not pane.trigger(Action.ASSIGN)


# --- the dialogs ---------------------------------------------------------------------------


def test_closing_from_the_assessment_asks_a_ground_not_an_outcome(
    qtbot: QtBot, store: LocalStore
) -> None:
    dialog = CloseCaseDialog(in_status(declared_case(store), Status.ASSESSING))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.windowTitle() == "Melding afronden zonder onderzoek"
    assert not any(button.isChecked() for button in dialog.ground_buttons.values())
    assert [b.text() for b in dialog.ground_buttons.values()] == [
        "Geen integriteitsschending",
        "Feiten ouder dan een jaar",
        "Kennelijk ongegrond",
        "Reeds behandeld",
        "Andere (zeg welke in de motivering)",
    ]
    assert "Niet bevoegd" in ui.competenceLabel.text() and ui.returnButton.isVisible()
    assert ui.findingsBox.isHidden()
    ui.motivationEdit.setPlainText("De feiten dateren van 2019.")
    dialog.on_accept()  # no ground yet: refused, the dialog stays
    assert dialog.isVisible() and "grond" in ui.hintLabel.text()
    dialog.ground_buttons[ClosingGround.MANIFESTLY_UNFOUNDED].setChecked(True)
    assert ui.outcomeLabel.text() == "Uitkomst: Ongegrond (afgerond zonder onderzoek)"
    dialog.ground_buttons[ClosingGround.FACTS_TOO_OLD].setChecked(True)
    assert dialog.outcome() is Outcome.INADMISSIBLE

    seen: list[str] = []

    def confirm(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Alleen afronden").click()

    in_next_dialog(QMessageBox, confirm)  # type: ignore[arg-type]
    dialog.on_accept()
    assert dialog.result() == CloseCaseDialog.DialogCode.Accepted
    assert "‘Niet-ontvankelijk’" in seen[0] and "Feiten ouder dan een jaar" in seen[0]
    assert "hoort niets van de afronding tot u de terugkoppeling stuurt" in seen[0]
    assert "02/06/2026" in seen[0]  # the feedback deadline
    assert (dialog.ground(), dialog.write_feedback()) == (ClosingGround.FACTS_TOO_OLD, False)
    assert unnamed_controls(dialog) == []


def test_the_confirmation_says_the_feedback_term_passed_once_it_did(
    qtbot: QtBot, store: LocalStore
) -> None:
    case = in_status(declared_case(store), Status.ASSESSING)  # feedback by 02/06/2026
    before = CloseCaseDialog(case, today=NOW.date())
    qtbot.addWidget(before)
    assert "De termijn voor de terugkoppeling loopt tot 02/06/2026." in before.reporter_hears()
    on_the_day = CloseCaseDialog(case, today=date(2026, 6, 2))
    qtbot.addWidget(on_the_day)
    assert "loopt tot 02/06/2026" in on_the_day.reporter_hears()
    after = CloseCaseDialog(case, today=date(2026, 11, 28))
    qtbot.addWidget(after)
    told = after.reporter_hears()
    assert "De termijn voor de terugkoppeling verstreek op 02/06/2026." in told
    assert "loopt tot" not in told


def test_closing_an_investigation_shows_the_findings_and_refuses_while_one_is_missing(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = declared_case(store)
    missing = Investigation(
        allegations=(
            allegation(1, "Reis betaald", Conclusion.FOUNDED),
            allegation(2, "Opdracht zonder vergelijking"),
            allegation(3, "Dubbel ingevoerd", withdrawn=True),
        )
    )
    dialog = CloseCaseDialog(in_status(detail, Status.INVESTIGATING, investigation=missing))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    lines = [ui.findingsList.item(i).text() for i in range(ui.findingsList.count())]
    assert lines == [
        "1. Reis betaald — Gegrond",
        "2. Opdracht zonder vergelijking — nog geen bevinding",
        "3. Dubbel ingevoerd — ingetrokken (telt niet mee)",
    ]
    assert "tenlastelegging 2 heeft nog geen bevinding" in ui.missingLabel.text()
    assert not dialog.ok_button.isEnabled() and ui.investigationButton.isVisible()
    assert ui.groundBox.isHidden()
    ui.investigationButton.click()  # go and record it
    assert dialog.result() == 3

    complete = Investigation(
        allegations=(
            allegation(1, "Reis betaald", Conclusion.FOUNDED),
            allegation(2, "Opdracht zonder vergelijking", Conclusion.UNFOUNDED),
            allegation(4, "Cadeaubon", Conclusion.FOUNDED),
            allegation(3, "Dubbel ingevoerd", withdrawn=True),
        )
    )
    closing = CloseCaseDialog(
        in_status(
            detail, Status.INVESTIGATING, investigation=complete, reporter_reachable_by_email=False
        )
    )
    qtbot.addWidget(closing)
    closing.show()
    assert closing.ui.outcomeLabel.text() == "Uitkomst: 2 gegrond, 1 ongegrond → Gegrond"
    assert closing.ok_button.isEnabled() and closing.ui.missingLabel.isHidden()
    closing.on_accept()  # without a motivation
    assert closing.isVisible() and closing.ui.hintLabel.text() == "Een motivering is verplicht."
    closing.ui.motivationEdit.setPlainText("Twee van de drie feiten bewezen.")
    seen: list[str] = []

    def write_letter(box: QMessageBox) -> None:
        seen.append(box.text())
        box.defaultButton().click()  # "Afronden en terugkoppeling schrijven…"

    in_next_dialog(QMessageBox, write_letter)  # type: ignore[arg-type]
    closing.on_accept()
    assert closing.result() == CloseCaseDialog.DialogCode.Accepted
    assert (closing.outcome(), closing.ground(), closing.write_feedback()) == (
        Outcome.FOUNDED,
        None,
        True,
    )
    assert "‘Gegrond’" in seen[0] and "1700 brengt de melder telefonisch" in seen[0]


def test_returning_to_1700_asks_a_confirmation(qtbot: QtBot) -> None:
    dialog = ReturnCaseDialog("1700-2026-000123")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reasonEdit.setPlainText("Bevoegdheid van de provincie.")
    asked: list[str] = []

    def go_back(box: QMessageBox) -> None:
        asked.append(box.text())
        box.escapeButton().click()

    in_next_dialog(QMessageBox, go_back)  # type: ignore[arg-type]
    dialog.on_accept()
    assert dialog.isVisible() and "1700-2026-000123" in asked[0]  # not sent: still open
    assert "niet meer ongedaan" in asked[0]

    def send(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Terugsturen").click()

    in_next_dialog(QMessageBox, send)  # type: ignore[arg-type]
    dialog.on_accept()
    assert dialog.result() == ReturnCaseDialog.DialogCode.Accepted


def test_a_letter_with_only_the_templates_greeting_and_closing_is_refused(
    qtbot: QtBot,
) -> None:
    feedback = feedback_dialog(Language.NL, "1700-2026-000123", "ABB", reachable_by_email=True)
    qtbot.addWidget(feedback)
    feedback.show()
    template = feedback.ui.letterEdit.toPlainText()
    assert template.startswith("Beste melder,\n\n")
    cursor = feedback.ui.letterEdit.textCursor().position()
    assert template[cursor - 2 : cursor] == "\n\n" and template[cursor] == "\n"  # in the gap
    feedback.on_accept()
    assert feedback.isVisible()
    assert "alleen de aanhef en de groet" in feedback.ui.hintLabel.text()
    assert "welk gevolg" in feedback.ui.hintLabel.text()
    # Also with the greeting's comma dropped and spaces added: still only the template.
    feedback.ui.letterEdit.setPlainText(template.replace("melder,", "melder ") + "\n\n  ")
    feedback.on_accept()
    assert feedback.isVisible()
    filled = template.replace("\n\n\n\n", "\n\nUw melding werd onderzocht en is gegrond.\n\n")
    feedback.ui.letterEdit.setPlainText(filled)
    feedback.on_accept()
    assert feedback.result() == feedback.DialogCode.Accepted
    assert feedback.letter() == filled.strip()

    english = acknowledgement_dialog(
        Language.EN, "1700-2026-000123", "ABB", reachable_by_email=True
    )
    qtbot.addWidget(english)
    english.show()
    english.ui.letterEdit.setPlainText("Dear reporter,\n\nKind regards,\nABB")
    english.on_accept()
    assert english.isVisible() and "Geen brief sturen" in english.ui.hintLabel.text()
    english.ui.noLetterCheck.setChecked(True)  # acknowledging without a letter stays possible
    english.on_accept()
    assert english.result() == english.DialogCode.Accepted and english.letter() is None


def test_the_workspace_fits_a_laptop_screen(qtbot: QtBot, store: LocalStore) -> None:
    """At 1366×768 the pane gets about 520×620: header, commands and a tab of content."""
    detail = declared_case(store)
    pane = shown(qtbot, in_status(detail, Status.INVESTIGATING))
    pane.resize(520, 620)
    QApplication.processEvents()
    assert pane.minimumSizeHint().width() <= 520
    tabs = pane.case_tabs
    assert tabs.geometry().top() < 200  # the header and commands leave the room to the tabs
    assert tabs.height() > 400


def test_a_refresh_of_the_same_case_keeps_the_tab_and_the_readers_place(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = declared_case(store)
    long = replace(detail, timeline=[event(EventKind.ASSIGNED, f"Reden {n}") for n in range(40)])
    pane = shown(qtbot, long)
    pane.show_tab(Tab.TIMELINE)
    bar = pane.timeline_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)
    bar.setValue(300)
    pane.show_case(long, [], NOW, DEFAULT_POLICY)  # a sync or an action refreshes it
    qtbot.waitUntil(lambda: bar.value() == 300)
    assert pane.case_tabs.currentIndex() == Tab.TIMELINE
