"""The Verhoren tab as a user works with it (real widgets, a real local store, a controller
that queues offline): the tab after Onderzoek, built when opened; the record dialog that
takes only a record the rules take; read back (a PDF saved, its copy recorded); the signed
scan added as a piece, after which the record is read-only and says why; a correction that
keeps the signed version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.domain.evidence import PieceType
from investigator_app.domain.interviews import Capacity, StatementKind
from investigator_app.domain.lifecycle import Action, allowed_actions
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.case_pane import CasePane, Tab
from investigator_app.gui.workspace.interview_actions import InterviewActions
from investigator_app.gui.workspace.interview_dialog import InterviewDialog, Mode
from investigator_app.gui.workspace.interview_dialogs import (
    ReadBackDialog,
    SignDialog,
    VersionsDialog,
)
from investigator_app.gui.workspace.interviews_panel import InterviewsPanel
from investigator_app.protocol import DepartmentSettingsOut
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseDetail
from investigator_app.sync.runner import SyncRunner
from tests.gui.interview_cases import (
    NOTICE,
    corrected,
    draft,
    facts,
    scan_piece,
    signed,
    with_interviews,
)
from tests.gui.investigation_cases import COLLEAGUES, case_detail, realistic_investigation
from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_case_actions import in_next_dialog
from tests.store.case_factory import me, page
from tests.store.investigation_factory import AT, investigating

NOW = AT + timedelta(days=1)
LIMIT = 1024 * 1024  # this department's limit for a piece: 1 MB


def pane_with(qtbot: QtBot, detail: CaseDetail) -> CasePane:
    pane = CasePane(RevealedIdentities(), colleagues=COLLEAGUES)
    qtbot.addWidget(pane)
    pane.resize(560, 680)
    pane.show()
    pane.show_case(detail, [], NOW, DEFAULT_POLICY)
    return pane


def shown_detail(*, team: bool = True, status: Status = Status.INVESTIGATING) -> CaseDetail:
    inv = with_interviews(realistic_investigation(), signed(1), draft(2))
    detail = case_detail(inv, status=status, team=team)
    return replace(detail, allowed_actions=allowed_actions(status), conflict_declared=True)


# --- the tab -------------------------------------------------------------------------------


def test_the_tab_comes_after_onderzoek_and_is_built_when_first_opened(qtbot: QtBot) -> None:
    pane = pane_with(qtbot, shown_detail())
    titles = [pane.case_tabs.tabText(i) for i in range(pane.case_tabs.count())]
    assert titles[:3] == ["Overzicht", "Onderzoek", "Verhoren (2)"]
    panel = pane.interviews_panel
    assert panel.cards == []  # not built while another tab shows
    pane.show_tab(Tab.INTERVIEWS)
    assert [card.interview.number for card in panel.cards] == [1, 2]
    assert panel.summary_label.text() == "2 verhoren · 1 ondertekend"
    first, second = (card.text_block.text() for card in panel.cards)
    assert "Ward Verhaegen (betrokkene)" in first and "Ondertekend: versie 1" in first
    assert "stuk 3: Ondertekend exemplaar van verhoor 1" in first
    assert "Els Wuyts (getuige)" in second and "Nog niet ondertekend" in second


def test_a_signed_record_cannot_be_edited_and_says_why(qtbot: QtBot) -> None:
    pane = pane_with(qtbot, shown_detail())
    pane.show_tab(Tab.INTERVIEWS)
    signed_card, draft_card = pane.interviews_panel.cards
    assert not signed_card.edit_button.isEnabled()
    assert "ondertekend" in signed_card.edit_button.toolTip()
    assert "verbetering" in signed_card.edit_button.toolTip()
    assert signed_card.correct_button is not None and signed_card.correct_button.isEnabled()
    assert signed_card.sign_button is None and signed_card.read_back_button is None
    assert draft_card.edit_button.isEnabled() and draft_card.correct_button is None
    assert draft_card.sign_button is not None and draft_card.sign_button.isEnabled()
    assert draft_card.read_back_button is not None and draft_card.read_back_button.isEnabled()
    assert signed_card.view_button.isEnabled()  # reading stays possible


def test_outside_the_case_team_the_records_are_read_only_and_say_why(qtbot: QtBot) -> None:
    pane = pane_with(qtbot, shown_detail(team=False))
    pane.show_tab(Tab.INTERVIEWS)
    panel = pane.interviews_panel
    assert not panel.add_button.isEnabled() and "dossierteam" in panel.add_button.toolTip()
    assert panel.notice_label.isVisible()
    _signed, draft_card = panel.cards
    assert not draft_card.edit_button.isEnabled()
    assert draft_card.sign_button is not None and not draft_card.sign_button.isEnabled()


def test_after_the_closing_only_the_signature_can_still_come(qtbot: QtBot) -> None:
    pane = pane_with(qtbot, shown_detail(status=Status.CLOSED))
    pane.show_tab(Tab.INTERVIEWS)
    panel = pane.interviews_panel
    signed_card, draft_card = panel.cards
    assert not panel.add_button.isEnabled() and "Afgerond" in panel.add_button.toolTip()
    assert not draft_card.edit_button.isEnabled()
    assert draft_card.sign_button is not None and draft_card.sign_button.isEnabled()
    assert signed_card.correct_button is not None and not signed_card.correct_button.isEnabled()


# --- the record dialog ---------------------------------------------------------------------


def test_the_dialog_takes_only_a_record_the_rules_take(qtbot: QtBot) -> None:
    dialog = InterviewDialog(
        Mode.NEW, None, notice=NOTICE, me="An Peeters (onderzoeker)", today=date(2026, 11, 25)
    )
    qtbot.addWidget(dialog)
    ok = dialog.ok_button
    assert ok is not None and not ok.isEnabled()
    assert dialog.hint_label.text() == "Vul de gehoorde persoon in."
    assert dialog.notice_view.toPlainText() == NOTICE
    dialog.person_edit.setText("  Els\x00 Wuyts ")
    assert ok.isEnabled()  # a draft, prepared before the notice is read (signing needs it)
    dialog.notice_check.setChecked(True)
    assert ok.isEnabled() and dialog.facts().notice_read
    dialog.end_check.setChecked(True)
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(-60))
    assert not ok.isEnabled() and dialog.hint_label.text() == "Het einde ligt voor de aanvang."
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(3600))
    assert ok.isEnabled()
    editor = dialog.statement_editor
    editor.add_question_button.click()
    editor.text_edit.setPlainText("Kent u de zaakvoerder?")
    editor.add_answer_button.click()
    editor.text_edit.setPlainText("Ja, het is mijn neef.")
    editor.add_paragraph_button.click()  # left empty: no statement
    editor.add(StatementKind.ANSWER, "x" * 50_001)
    assert not ok.isEnabled() and "te lang" in dialog.hint_label.text()
    editor.remove_button.click()
    assert ok.isEnabled()
    made = dialog.facts()
    assert made.person_heard == "Els Wuyts"
    assert made.held_on == date(2026, 11, 25) and made.notice == NOTICE and made.notice_read
    assert made.present == ("An Peeters (onderzoeker)",)
    assert [(s.kind, s.text) for s in made.statements] == [
        (StatementKind.QUESTION, "Kent u de zaakvoerder?"),
        (StatementKind.ANSWER, "Ja, het is mijn neef."),
    ]


def test_the_statements_are_numbered_moved_and_removed(qtbot: QtBot) -> None:
    dialog = InterviewDialog(Mode.EDIT, draft(2, questions=2))
    qtbot.addWidget(dialog)
    editor = dialog.statement_editor
    lines = [editor.statement_list.item(r).text() for r in range(editor.statement_list.count())]
    assert [line.split(" — ")[0] for line in lines] == [
        "Vraag 1",
        "Antwoord 1",
        "Vraag 2",
        "Antwoord 2",
    ]
    ok = dialog.ok_button
    assert ok is not None and not ok.isEnabled()  # nothing changed yet
    editor.statement_list.setCurrentRow(2)
    editor.up_button.click()  # the second question before the first answer
    labels = [editor.statement_list.item(r).text().split(" — ")[0] for r in range(4)]
    assert labels == ["Vraag 1", "Vraag 2", "Antwoord 2", "Antwoord 2"]
    assert ok.isEnabled()
    editor.statement_list.setCurrentRow(0)
    editor.remove_button.click()
    assert [s.kind for s in dialog.facts().statements] == [
        StatementKind.QUESTION,
        StatementKind.ANSWER,
        StatementKind.ANSWER,
    ]


def test_a_correction_needs_its_reason_and_reading_changes_nothing(qtbot: QtBot) -> None:
    correction = InterviewDialog(Mode.CORRECT, signed(1))
    qtbot.addWidget(correction)
    ok = correction.ok_button
    assert ok is not None
    correction.place_edit.setText("Stadhuis, lokaal 2.16")
    assert not ok.isEnabled() and "reden" in correction.hint_label.text()
    assert correction.reason_edit is not None
    correction.reason_edit.setPlainText("Verkeerd lokaal genoteerd.")
    assert ok.isEnabled() and correction.reason() == "Verkeerd lokaal genoteerd."
    reading = InterviewDialog(Mode.VIEW, signed(1))
    qtbot.addWidget(reading)
    assert reading.ok_button is None and reading.person_edit.isReadOnly()
    assert not reading.statement_editor.add_question_button.isVisible()


# --- with the controller and a real store ---------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "data" / "store.sqlite3")
    settings = DepartmentSettingsOut(max_piece_bytes=LIMIT, interview_notice=NOTICE)
    opened.set_identity(me().model_copy(update={"settings": settings}))
    opened.apply_changes(page(investigating("c1"), cursor=1))
    yield opened
    opened.close()


@pytest.fixture
def controller(store: LocalStore) -> CaseController:
    runner = SyncRunner(store.path, "http://127.0.0.1:9", None)  # never started: offline
    return CaseController(store, runner, clock=lambda: NOW)


@pytest.fixture
def workspace(qtbot: QtBot, controller: CaseController) -> tuple[CasePane, InterviewActions]:
    """The pane and the window's interview handling, refreshed as the window does."""
    detail = controller.detail("c1")
    assert detail is not None
    pane = pane_with(qtbot, replace(detail, conflict_declared=True))
    actions = InterviewActions(pane, controller)
    actions.connect_panel(pane.interviews_panel)

    def refresh(_ids: list[str]) -> None:
        shown = controller.detail("c1")
        assert shown is not None
        pane.show_case(replace(shown, conflict_declared=True), [], NOW, DEFAULT_POLICY)

    controller.cases_changed.connect(refresh)
    pane.show_tab(Tab.INTERVIEWS)
    return pane, actions


def test_a_new_record_is_queued_and_shown_at_once_with_the_departments_notice(
    qtbot: QtBot, controller: CaseController, workspace: tuple[CasePane, InterviewActions]
) -> None:
    pane, _actions = workspace
    panel = pane.interviews_panel

    def fill_in(dialog: object) -> None:
        assert isinstance(dialog, InterviewDialog)
        assert dialog.notice_view.toPlainText() == NOTICE
        assert dialog.present() == ("Ines Investigator",)  # the signed-in user
        dialog.person_edit.setText("Els Wuyts")
        dialog.capacity_combo.setCurrentIndex(dialog.capacity_combo.findData("witness"))
        dialog.notice_check.setChecked(True)
        dialog.statement_editor.add(StatementKind.PARAGRAPH, "Ik was er niet bij.")
        dialog.accept()

    in_next_dialog(InterviewDialog, fill_in)
    panel.add_button.click()
    [card] = panel.cards
    record = card.interview
    assert record.pending and record.number == 1 and record.facts.capacity is Capacity.WITNESS
    assert "nog niet verzonden" in card.text_block.text()
    assert pane.tab_text(Tab.INTERVIEWS) == "Verhoren (1)"
    [queued] = controller.queued_actions("c1")
    assert queued.action is Action.ADD_INTERVIEW


def test_read_back_saves_the_pdf_and_records_the_copy(
    qtbot: QtBot,
    tmp_path: Path,
    controller: CaseController,
    workspace: tuple[CasePane, InterviewActions],
) -> None:
    _pane, actions = workspace
    assert controller.add_interview("c1", facts(questions=30))
    detail = controller.detail("c1")
    assert detail is not None
    [record] = detail.investigation.interviews
    actions.on_read_back("c1", record.id)
    dialog = actions.read_back
    assert dialog is not None and dialog.reader() == "Els Wuyts"
    target = tmp_path / "out" / "verhoor.pdf"
    target.parent.mkdir()
    actions.make_copy("c1", record.id, dialog.reader(), "nl", target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    qtbot.waitUntil(
        lambda: Action.RECORD_COPY in [q.action for q in controller.queued_actions("c1")],
        timeout=5_000,
    )
    copy = actions.last_copy
    assert copy is not None and copy.pages == len(PdfReader(target).pages) >= 3
    assert all("Paraaf gehoorde persoon" in p.extract_text() for p in PdfReader(target).pages)


def test_the_signed_scan_becomes_a_piece_and_the_record_read_only(
    qtbot: QtBot,
    tmp_path: Path,
    controller: CaseController,
    workspace: tuple[CasePane, InterviewActions],
) -> None:
    pane, actions = workspace
    failures: list[str] = []
    controller.action_failed.connect(failures.append)
    assert controller.add_interview("c1", facts())
    detail = controller.detail("c1")
    assert detail is not None
    [record] = detail.investigation.interviews
    scan = tmp_path / "verhoor 1 ondertekend.pdf"
    scan.write_bytes(b"%PDF-1.4 de ondertekende scan")
    actions.on_sign("c1", record.id, scan)

    def signed_now() -> bool:
        shown = controller.detail("c1")
        return shown is not None and shown.investigation.interviews[0].signed

    qtbot.waitUntil(signed_now, timeout=10_000)
    shown = controller.detail("c1")
    assert shown is not None
    [piece] = shown.investigation.pieces
    assert piece.facts.type is PieceType.INTERVIEW_RECORD and piece.file.name == scan.name
    assert shown.investigation.interviews[0].signature is not None
    assert shown.investigation.interviews[0].signature.piece_id == piece.id
    [card] = pane.interviews_panel.cards
    assert not card.edit_button.isEnabled() and card.correct_button is not None
    # The rules refuse an edit, in Dutch; a correction is a new version, the signed one kept.
    assert not controller.edit_interview("c1", record.id, facts(place="Elders"))
    assert failures[-1] == (
        "Het verhoor werd niet gewijzigd: het is ondertekend. Leg een verbetering vast."
    )
    assert controller.correct_interview("c1", record.id, facts(place="Elders"), "Plaats fout.")
    shown = controller.detail("c1")
    assert shown is not None
    [corrected] = shown.investigation.interviews
    assert corrected.version == 2 and not corrected.signed
    assert corrected.earlier[0].signature is not None
    assert corrected.correction_reason == "Plaats fout."
    assert [q.action for q in controller.queued_actions("c1")] == [
        Action.ADD_INTERVIEW,
        Action.ADD_PIECE,
        Action.SIGN_INTERVIEW,
        Action.CORRECT_INTERVIEW,
    ]


def test_a_scan_over_the_departments_limit_is_refused_with_the_limit(
    qtbot: QtBot,
    tmp_path: Path,
    controller: CaseController,
    workspace: tuple[CasePane, InterviewActions],
) -> None:
    _pane, actions = workspace
    assert controller.add_interview("c1", facts())
    detail = controller.detail("c1")
    assert detail is not None
    [record] = detail.investigation.interviews
    scan = tmp_path / "te groot.tif"
    scan.write_bytes(b"\0" * (LIMIT + 1))
    said: list[str] = []
    actions.status_message.connect(said.append)
    actions.on_sign("c1", record.id, scan)
    qtbot.waitUntil(lambda: any("1 MB" in text for text in said), timeout=10_000)
    assert [q.action for q in controller.queued_actions("c1")] == [Action.ADD_INTERVIEW]
    shown = controller.detail("c1")
    assert shown is not None and not shown.investigation.interviews[0].signed


def test_the_panel_fits_the_pane_at_1366_by_768(qtbot: QtBot) -> None:
    pane = pane_with(qtbot, shown_detail())
    pane.resize(520, 620)
    pane.show_tab(Tab.INTERVIEWS)
    QApplication.processEvents()
    assert pane.minimumSizeHint().width() <= 520
    panel = pane.findChild(InterviewsPanel)
    assert panel is pane.interviews_panel
    for card in panel.cards:
        assert card.geometry().right() <= panel.scroll_area.viewport().width()


def test_every_control_has_a_name_for_a_screen_reader(qtbot: QtBot) -> None:
    pane = pane_with(qtbot, shown_detail())
    pane.show_tab(Tab.INTERVIEWS)
    assert unnamed_controls(pane.interviews_panel) == []
    for mode, record in ((Mode.NEW, None), (Mode.CORRECT, signed(1)), (Mode.VIEW, draft(2))):
        dialog = InterviewDialog(mode, record, notice=NOTICE)
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], mode
    detail = shown_detail()
    for made in (
        ReadBackDialog(draft(2)),
        SignDialog(detail, draft(2)),
        VersionsDialog(corrected(1), detail),
    ):
        qtbot.addWidget(made)
        assert unnamed_controls(made) == [], type(made).__name__


def test_earlier_versions_show_the_signed_one_with_its_scan(qtbot: QtBot) -> None:
    dialog = VersionsDialog(corrected(1), shown_detail())
    qtbot.addWidget(dialog)
    assert dialog.titles()[0].startswith("Versie 1 — ")
    assert "ondertekend (stuk 3: Ondertekend exemplaar van verhoor 1)" in dialog.titles()[0]
    assert dialog.titles()[1].startswith("Huidige versie 2 — ")
    assert "lokaal 2.14" in dialog.text_view.toPlainText()
    dialog.version_list.setCurrentRow(1)
    text = dialog.text_view.toPlainText()
    assert text.startswith("Reden van de verbetering: Het lokaal was 2.16, niet 2.14.")
    assert "lokaal 2.16" in text


def test_the_sign_dialog_offers_the_free_interview_pieces_of_the_case(
    qtbot: QtBot, tmp_path: Path
) -> None:
    detail = shown_detail()
    dialog = SignDialog(detail, draft(2))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.hint_label.text() == "Kies het bestand met de scan."
    # Piece 3 is the scan of record 1 already: not offered.
    assert dialog.candidates == [] and not dialog.piece_radio.isEnabled()
    dialog.path_edit.setText(str(tmp_path))  # a folder
    assert not ok.isEnabled()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF")
    dialog.path_edit.setText(str(scan))
    assert ok.isEnabled() and dialog.choice() == scan
    free = replace(scan_piece(4, "f" * 64), id="piece-free")
    inv = replace(detail.investigation, pieces=(*detail.investigation.pieces, free))
    offered = SignDialog(replace(detail, investigation=inv), draft(2))
    qtbot.addWidget(offered)
    assert [p.id for p in offered.candidates] == ["piece-free"]
    offered.piece_radio.setChecked(True)
    assert offered.choice() == "piece-free"


def test_printing_shows_the_copy_in_the_preview_first(
    qtbot: QtBot, controller: CaseController, workspace: tuple[CasePane, InterviewActions]
) -> None:
    _pane, actions = workspace
    assert controller.add_interview("c1", facts())
    detail = controller.detail("c1")
    assert detail is not None
    [record] = detail.investigation.interviews
    actions.make_copy("c1", record.id, "Els Wuyts", "nl", None)
    qtbot.waitUntil(lambda: actions.preview is not None, timeout=10_000)
    preview, copy = actions.preview, actions.last_copy
    assert preview is not None and copy is not None
    assert preview.document.pageCount() == copy.pages
    # Nothing is recorded until it is printed (the preview's printed signal).
    assert Action.RECORD_COPY not in [q.action for q in controller.queued_actions("c1")]
    preview.printed.emit(copy.pages)
    assert Action.RECORD_COPY in [q.action for q in controller.queued_actions("c1")]
    preview.close()


def test_a_scan_that_cannot_be_read_is_told_and_nothing_is_queued(
    qtbot: QtBot,
    tmp_path: Path,
    controller: CaseController,
    workspace: tuple[CasePane, InterviewActions],
) -> None:
    _pane, actions = workspace
    assert controller.add_interview("c1", facts())
    detail = controller.detail("c1")
    assert detail is not None
    [record] = detail.investigation.interviews
    said: list[str] = []
    actions.status_message.connect(said.append)
    actions.on_sign("c1", record.id, tmp_path / "weg.pdf")
    qtbot.waitUntil(lambda: any("niet toegevoegd" in text for text in said), timeout=10_000)
    assert [q.action for q in controller.queued_actions("c1")] == [Action.ADD_INTERVIEW]


def test_closing_a_changed_record_asks_first(qtbot: QtBot) -> None:
    dialog = InterviewDialog(Mode.EDIT, draft(2))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: closes at once
    assert not dialog.isVisible()
    dialog.show()
    dialog.statement_editor.add(StatementKind.ANSWER, "Een antwoord dat niet verloren mag gaan.")

    def click(text: str) -> Callable[[QDialog], None]:
        def act(box: QDialog) -> None:
            assert isinstance(box, QMessageBox)
            next(b for b in box.buttons() if b.text() == text).click()

        return act

    in_next_dialog(QMessageBox, click("Verder bewerken"))
    dialog.reject()
    assert dialog.isVisible() and dialog.changed()
    in_next_dialog(QMessageBox, click("Niet bewaren"))
    dialog.reject()
    assert not dialog.isVisible()


def test_questions_and_answers_are_added_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = InterviewDialog(Mode.NEW, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.statement_editor
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    steps = ((Qt.Key.Key_1, "Waar was u?"), (Qt.Key.Key_2, "Thuis."), (Qt.Key.Key_3, "Einde."))
    for count, (key, text) in enumerate(steps, start=1):
        # As the keyboard sends it: through the window, where shortcuts are looked up.
        QTest.keyClick(dialog.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)

        def grown(count: int = count) -> bool:
            return len(editor.texts()) == count

        qtbot.waitUntil(grown)  # an animated click
        assert QApplication.focusWidget() is editor.text_edit  # typing goes on at once
        qtbot.keyClicks(editor.text_edit, text)
    assert [(s.kind, s.text) for s in editor.statements()] == [
        (StatementKind.QUESTION, "Waar was u?"),
        (StatementKind.ANSWER, "Thuis."),
        (StatementKind.PARAGRAPH, "Einde."),
    ]
    assert "Ctrl+1" in editor.add_question_button.toolTip()


def test_a_copy_that_cannot_be_saved_is_told_and_not_recorded(
    qtbot: QtBot,
    tmp_path: Path,
    controller: CaseController,
    workspace: tuple[CasePane, InterviewActions],
) -> None:
    _pane, actions = workspace
    assert controller.add_interview("c1", facts())
    detail = controller.detail("c1")
    assert detail is not None
    [record] = detail.investigation.interviews
    said: list[str] = []
    actions.status_message.connect(said.append)
    actions.make_copy("c1", record.id, "Els Wuyts", "nl", tmp_path / "geen map" / "v.pdf")
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == [
        "Het verhoor werd niet opgeslagen: op die plaats kan niet geschreven worden. "
        "Kies een andere map."
    ]
    assert [q.action for q in controller.queued_actions("c1")] == [Action.ADD_INTERVIEW]
