"""The Onderzoek tab's panel and its dialogs, as real widgets: what it shows of an
investigation, what a user may click when, and what each dialog sends (values the domain's
rules accept)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QHeaderView
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DeadlineState
from investigator_app.domain.investigation import (
    EMPTY,
    MAX_ALLEGATION_LENGTH,
    Allegation,
    AllegationFacts,
    Conclusion,
    FindingFacts,
    FollowUp,
    Investigation,
    SourceKind,
    SourceRef,
    Task,
    TaskState,
    add_allegation,
    add_task,
    check_finding,
    edit_allegation,
    edit_task,
    record_finding,
    withdraw_allegation,
)
from investigator_app.domain.vocabulary import Category, Role, Status
from investigator_app.gui.common.labels import status_label
from investigator_app.gui.common.theme import contrast_ratio, deadline_colours
from investigator_app.gui.workspace.allegation_card import AllegationCard
from investigator_app.gui.workspace.allegation_dialog import AllegationDialog
from investigator_app.gui.workspace.finding_dialog import FindingDialog
from investigator_app.gui.workspace.investigation_dialogs import VersionsDialog, WithdrawDialog
from investigator_app.gui.workspace.investigation_panel import FIRST_CARDS, InvestigationPanel
from investigator_app.gui.workspace.task_dialog import TaskDialog
from investigator_app.gui.workspace.task_table import DESCRIPTION, STATE
from investigator_app.protocol import PersonOut
from investigator_app.store.views import CaseDetail
from tests.gui.investigation_cases import (
    AN,
    ANSWER_ID,
    COLLEAGUES,
    INVOICE_SHA,
    MIA,
    OFFER_SHA,
    PHOTO_SHA,
    TODAY,
    big_investigation,
    case_detail,
    realistic_investigation,
)
from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_case_actions import in_next_dialog

MARKUP = "Zie <b>factuur</b> & <i>nota</i>"
CONTROLS = "bel\x07escape\x1bnul\x00"
LONG_WORD = "W" * 20_000
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[InvestigationPanel]:
    widget = InvestigationPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def show(panel: InvestigationPanel, case: CaseDetail) -> None:
    panel.show_case(case, COLLEAGUES, TODAY)
    while panel.building:  # a long investigation comes in chunks
        QApplication.processEvents()
    QApplication.processEvents()
    QApplication.processEvents()


def card(panel: InvestigationPanel, number: int) -> AllegationCard:
    [found] = [c for c in panel.cards if c.allegation.number == number]
    return found


def darkest(image: QImage) -> int:
    """The lightness of the darkest pixel: how dark the text is drawn."""
    return min(
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    )


# --- what the panel shows ---------------------------------------------------------------


def test_allegations_show_numbered_with_their_findings_withdrawn_and_pending(
    panel: InvestigationPanel,
) -> None:
    show(panel, case_detail(realistic_investigation()))
    assert [c.allegation.number for c in panel.cards] == [1, 2, 3, 4]
    assert panel.allegation_summary.text() == (
        "3 tenlasteleggingen · 1 ingetrokken · 2 zonder bevinding"
    )
    first = card(panel, 1).text_block.shown_text()
    assert first.startswith("Tenlastelegging 1 · Belangenvermenging · versie 2")
    assert "Betrokkenen: Ward Verhaegen" in first
    assert "Periode van de feiten: van 01/03/2025 tot 30/06/2025" in first
    assert "gewijzigd door Jonas Maes op 08/10/2026 13:00" in first  # Brussels time
    assert "Bevinding: Gegrond · versie 2" in first
    assert "Hij erkende dit tijdens het verhoor" in first  # the motivation in full
    assert (
        "Steunt op: Offerte Bouwbedrijf Vermeulen.pdf; Antwoord van de melder van "
        "20/10/2026; Factuur 2025-117.pdf (bij het antwoord van de melder)"
    ) in first
    assert "Aanbevolen opvolging: Tuchtprocedure — Tuchtdossier openen" in first
    assert "Vastgelegd door An Peeters op 13/11/2026 16:40" in first
    assert card(panel, 1).versions_button is not None

    second = card(panel, 2).text_block.shown_text()
    assert "Nog geen bevinding" in second
    assert "Periode van de feiten: vanaf 01/09/2025" in second
    record, change = card(panel, 2).finding_button, card(panel, 1).finding_button
    assert record is not None and record.text() == "Bevinding vastleggen…"
    assert change is not None and change.text() == "Bevinding wijzigen…"

    withdrawn = card(panel, 3)
    assert "ingetrokken" in withdrawn.text_block.shown_text().splitlines()[0]
    assert (
        "Ingetrokken door Jonas Maes op 21/10/2026 10:30. Reden: De melder schrijft in zijn "
        "antwoord dat hij zich vergiste van persoon." in withdrawn.text_block.shown_text()
    )
    assert withdrawn.edit_button is None and withdrawn.finding_button is None
    # Greyed: its text is drawn lighter than a standing allegation's, yet readable.
    grey, black = (
        darkest(withdrawn.text_block.grab().toImage()),
        darkest(card(panel, 2).text_block.grab().toImage()),
    )
    assert grey > black + 40

    assert "nog niet verzonden" in card(panel, 4).text_block.shown_text().splitlines()[0]
    assert "nog niet verzonden" not in card(panel, 1).text_block.shown_text()


def test_the_plan_shows_owner_due_and_state_and_a_late_task_in_red_and_in_words(
    panel: InvestigationPanel,
) -> None:
    show(panel, case_detail(realistic_investigation()))
    table = panel.plan.table
    model = table.model()
    texts = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert texts[0][1:] == ["An Peeters", "10/11/2026", "Uitgevoerd"]
    assert texts[1][1:] == ["Jonas Maes", "20/11/2026 · te laat", "Open"]
    assert texts[2][2] == "15/12/2026"  # open, not late yet
    assert texts[3][1:] == ["nog niemand", "geen datum", "Open · nog niet verzonden"]
    assert texts[4][3] == "Geannuleerd"
    # Who and when in the state's tooltip (and in the chosen task's detail).
    tip = model.index(4, STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Geannuleerd door Jonas Maes op 30/10/2026" in tip
    assert model.index(1, STATE).data(Qt.ItemDataRole.ToolTipRole) is None  # open
    assert panel.plan.summary.text() == "5 taken · 3 open · 1 te laat"
    assert not any("te laat" in row[2] for row in texts[:1] + texts[2:])

    overdue = deadline_colours(DeadlineState.OVERDUE)
    assert overdue is not None
    assert contrast_ratio(overdue.background, overdue.foreground) >= 4.5
    # What the screen shows: the late row's cells in the overdue colour, the others not.
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def colour_at(row: int) -> QColor:
        rect = table.visualRect(model.index(row, STATE))
        point = QPoint(rect.right() - 4, rect.center().y())
        return QColor(image.pixel(int(point.x() * ratio), int(point.y() * ratio)))

    assert colour_at(1) == overdue.background
    assert colour_at(2) != overdue.background
    # Every row shows, the table never scrolls on its own (the tab does).
    assert table.height() >= table.rowHeight(0) * model.rowCount()
    assert table.verticalScrollBar().maximum() == 0


def test_every_task_column_is_readable_in_the_workspace_on_a_laptop(
    panel: InvestigationPanel,
) -> None:
    """509 px: the Onderzoek tab beside the list at 1366 x 768. The task keeps at least 20
    characters; owner, date and state give up room but show more than an ellipsis, and
    nothing runs off the right edge."""
    panel.resize(509, 700)
    show(panel, case_detail(realistic_investigation()))
    table = panel.plan.table
    model = table.model()
    metrics = table.fontMetrics()
    assert table.columnWidth(DESCRIPTION) >= 20 * metrics.averageCharWidth()
    right = table.columnViewportPosition(STATE) + table.columnWidth(STATE)
    assert right <= table.viewport().width()
    for column in range(4):
        room = table.columnWidth(column) - 12  # the cell's margins
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data())
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            kept = shown.removesuffix("…")
            assert len(kept) >= min(len(text), 5), (row, column, shown)
    # The states themselves are whole.
    room = table.columnWidth(STATE) - 12
    for state in ("Uitgevoerd", "Geannuleerd", "Open"):
        assert metrics.horizontalAdvance(state) <= room, state
    # A wider panel gives the room back to the columns.
    panel.resize(1100, 700)
    QApplication.processEvents()
    assert table.columnWidth(STATE) >= metrics.horizontalAdvance("Open · nog niet verzonden")


def test_a_long_investigation_shows_its_first_cards_at_once_and_the_rest_right_after(
    panel: InvestigationPanel, qtbot: QtBot
) -> None:
    big = case_detail(big_investigation(30, 10))
    panel.show_case(big, COLLEAGUES, TODAY)
    assert len(panel.cards) == FIRST_CARDS and panel.building
    assert panel.plan.table.model().rowCount() == 10  # the plan is there at once
    qtbot.waitUntil(lambda: not panel.building, timeout=5_000)
    assert [c.allegation.number for c in panel.cards] == list(range(1, 31))
    # A refresh of the case shown builds every card at once (nothing jumps); another case
    # chosen meanwhile drops what was still to come of the first.
    panel.show_case(replace(big, investigation=big_investigation(30, 9)), COLLEAGUES, TODAY)
    assert len(panel.cards) == 30 and not panel.building
    panel.show_case(replace(big, id="case-a"), COLLEAGUES, TODAY)
    assert panel.building
    other = replace(big, id="case-b", investigation=realistic_investigation())
    panel.show_case(other, COLLEAGUES, TODAY)
    QApplication.processEvents()
    QApplication.processEvents()
    assert [c.allegation.number for c in panel.cards] == [1, 2, 3, 4]
    assert not panel.building


def test_an_empty_investigation_says_what_to_do(panel: InvestigationPanel) -> None:
    show(panel, case_detail(EMPTY))
    assert panel.cards == []
    assert panel.allegation_summary.text().startswith("Nog geen tenlasteleggingen.")
    assert panel.plan.summary.text().startswith("Nog geen taken.")
    assert panel.plan.table.isHidden() and panel.plan.task_actions.isHidden()
    panel.clear()
    assert panel.cards == [] and panel.allegation_summary.text() == ""
    assert not panel.add_allegation_button.isEnabled()


def test_someone_outside_the_case_team_reads_but_cannot_change_anything(
    panel: InvestigationPanel,
) -> None:
    show(panel, case_detail(realistic_investigation(), team=False))
    buttons = [panel.add_allegation_button, panel.plan.add_button]
    for c in panel.cards:
        buttons += [b for b in (c.edit_button, c.withdraw_button, c.finding_button) if b]
    panel.plan.table.select_task("t-2")
    buttons += [panel.plan.edit_button, panel.plan.done_button, panel.plan.cancel_button]
    assert len(buttons) == 2 + 3 * 3 + 3
    for button in buttons:
        assert not button.isEnabled(), button.text()
        assert "dossierteam" in button.toolTip()
    assert panel.notice_label.isVisibleTo(panel) and "dossierteam" in panel.notice_label.text()
    versions = card(panel, 1).versions_button
    assert versions is not None and versions.isEnabled()  # reading stays possible


def test_a_finding_only_while_the_case_is_in_investigation(panel: InvestigationPanel) -> None:
    show(panel, case_detail(realistic_investigation(), status=Status.ASSESSING))
    for c in panel.cards:
        if c.finding_button is not None:
            assert not c.finding_button.isEnabled()
            assert "in onderzoek" in c.finding_button.toolTip()
            assert c.edit_button is not None and c.edit_button.isEnabled()
    assert panel.add_allegation_button.isEnabled() and panel.plan.add_button.isEnabled()
    assert "zodra het onderzoek gestart is" in panel.notice_label.text()

    show(panel, case_detail(realistic_investigation(), status=Status.CLOSED))
    assert not panel.add_allegation_button.isEnabled()
    assert status_label(Status.CLOSED) in panel.add_allegation_button.toolTip()
    assert not panel.plan.add_button.isEnabled()
    finding = card(panel, 2).finding_button
    assert finding is not None and not finding.isEnabled()
    # After the closing an open task can still be ticked off, not changed.
    panel.plan.table.select_task("t-2")
    assert panel.plan.done_button.isEnabled() and panel.plan.cancel_button.isEnabled()
    assert not panel.plan.edit_button.isEnabled()


def test_the_task_buttons_follow_the_chosen_task(panel: InvestigationPanel, qtbot: QtBot) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)
    assert not panel.plan.done_button.isEnabled()
    assert panel.plan.done_button.toolTip() == "Kies eerst een taak in de lijst."
    assert panel.plan.detail.isHidden()
    panel.plan.table.select_task("t-2")
    assert panel.plan.done_button.isEnabled() and panel.plan.cancel_button.isEnabled()
    assert panel.plan.edit_button.isEnabled() and not panel.plan.reopen_button.isEnabled()
    detail = panel.plan.detail.shown_text()
    assert "Verhoor van Ward Verhaegen plannen" in detail
    assert "uiterlijk op 20/11/2026 · te laat" in detail
    with qtbot.waitSignal(panel.task_state_requested) as sent:
        panel.plan.done_button.click()
    assert sent.args == [case.id, "t-2", TaskState.DONE]

    panel.plan.table.select_task("t-1")  # done
    assert not panel.plan.done_button.isEnabled() and not panel.plan.edit_button.isEnabled()
    assert "open taak" in panel.plan.edit_button.toolTip()
    with qtbot.waitSignal(panel.task_state_requested) as sent:
        panel.plan.reopen_button.click()
    assert sent.args == [case.id, "t-1", TaskState.OPEN]

    # A refresh of the same case keeps the chosen task.
    show(panel, case)
    current = panel.plan.table.current_task()
    assert current is not None and current.id == "t-1"


def test_a_sync_leaves_the_keyboard_where_it_was(panel: InvestigationPanel, qtbot: QtBot) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    button = card(panel, 2).withdraw_button
    assert button is not None
    button.setFocus()
    assert button.hasFocus()
    show(panel, case_detail(realistic_investigation()))  # nothing changed: nothing rebuilt
    assert card(panel, 2).withdraw_button is button and button.hasFocus()
    inv = case.investigation
    show(panel, case_detail(replace(inv, tasks=inv.tasks[:2])))  # rebuilt
    again = card(panel, 2).withdraw_button
    assert again is not None and again is not button
    assert again.hasFocus()


# --- the dialogs, through the panel's buttons ---------------------------------------------


def through(
    dialog_kind: type[QDialog], click: Callable[[], None], fill: Callable[[QDialog], None]
) -> None:
    seen: list[QDialog] = []

    def act(dialog: QDialog) -> None:
        seen.append(dialog)
        fill(dialog)

    in_next_dialog(dialog_kind, act)
    click()
    assert seen, f"{dialog_kind.__name__} should have opened"


def test_adding_an_allegation(panel: InvestigationPanel, qtbot: QtBot) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AllegationDialog)
        assert unnamed_controls(dialog) == []
        assert not dialog.ok_button.isEnabled()
        assert dialog.ui.hintLabel.text() == "Beschrijf wat er aangeklaagd wordt."
        # The case's category by default; its persons and entity to tick.
        assert dialog.category() is Category.CONFLICT_OF_INTEREST
        names = [
            dialog.ui.knownPersonsList.item(r).text()
            for r in range(dialog.ui.knownPersonsList.count())
        ]
        assert names == ["Ward Verhaegen", "Els Wuyts", "Stedelijke Dienst Wegen en Werken"]
        dialog.ui.textEdit.setPlainText("  Liet privéwerken uitvoeren door de ploeg.  ")
        dialog.ui.knownPersonsList.item(2).setCheckState(Qt.CheckState.Checked)
        dialog.ui.otherPersonsEdit.setPlainText(
            "Ploegbaas X\n\n  Stedelijke Dienst Wegen en Werken "
        )
        dialog.ui.categoryCombo.setCurrentIndex(
            dialog.ui.categoryCombo.findData(Category.THEFT_OF_RESOURCES)
        )
        dialog.ui.fromCheck.setChecked(True)
        dialog.ui.fromDate.setDate(QDate(2025, 9, 1))
        dialog.ui.toCheck.setChecked(True)
        dialog.ui.toDate.setDate(QDate(2025, 8, 1))
        assert not dialog.ok_button.isEnabled()
        assert "eindigt voor ze begint" in dialog.ui.hintLabel.text()
        dialog.ui.toDate.setDate(QDate(2025, 10, 31))
        assert dialog.ok_button.isEnabled() and dialog.ui.hintLabel.isHidden()
        dialog.ok_button.click()

    with qtbot.waitSignal(panel.add_allegation_requested) as sent:
        through(AllegationDialog, panel.add_allegation_button.click, fill)
    case_id, facts = sent.args
    assert case_id == case.id
    assert facts == AllegationFacts(
        "Liet privéwerken uitvoeren door de ploeg.",
        ("Stedelijke Dienst Wegen en Werken", "Ploegbaas X"),
        Category.THEFT_OF_RESOURCES,
        date(2025, 9, 1),
        date(2025, 10, 31),
    )
    add_allegation(case.investigation, "new", facts, "An Peeters", NOW)  # the rules accept it


def test_editing_an_allegation_keeps_what_it_had_and_needs_a_change(
    panel: InvestigationPanel, qtbot: QtBot
) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)
    second = card(panel, 2)
    assert second.edit_button is not None

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AllegationDialog)
        assert dialog.windowTitle() == "Tenlastelegging 2 bewerken"
        assert dialog.facts() == second.allegation.facts  # ticked, typed and dated as it was
        assert dialog.ui.otherPersonsEdit.toPlainText() == ""
        assert not dialog.ok_button.isEnabled()
        assert dialog.ui.hintLabel.text() == "Er is nog niets gewijzigd."
        dialog.ui.textEdit.setPlainText("x" * (MAX_ALLEGATION_LENGTH + 1))
        assert not dialog.ok_button.isEnabled()
        assert "te lang" in dialog.ui.hintLabel.text()
        dialog.ui.textEdit.setPlainText("Werken aan de oprit, met materiaal van de stad.")
        dialog.ok_button.click()

    with qtbot.waitSignal(panel.edit_allegation_requested) as sent:
        through(AllegationDialog, second.edit_button.click, fill)
    case_id, allegation_id, facts = sent.args
    assert (case_id, allegation_id) == (case.id, "al-2")
    assert facts == replace(
        second.allegation.facts, text="Werken aan de oprit, met materiaal van de stad."
    )
    edit_allegation(case.investigation, "al-2", facts, "An Peeters", NOW)


def test_withdrawing_needs_a_reason(panel: InvestigationPanel, qtbot: QtBot) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)
    button = card(panel, 2).withdraw_button
    assert button is not None

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, WithdrawDialog)
        assert unnamed_controls(dialog) == []
        assert not dialog.ok_button.isEnabled()
        dialog.reason_edit.setPlainText("   ")
        assert not dialog.ok_button.isEnabled()
        dialog.reason_edit.setPlainText(" Dubbel met tenlastelegging 1. ")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    with qtbot.waitSignal(panel.withdraw_allegation_requested) as sent:
        through(WithdrawDialog, button.click, fill)
    assert sent.args == [case.id, "al-2", "Dubbel met tenlastelegging 1."]
    withdraw_allegation(case.investigation, "al-2", sent.args[2], "An Peeters", NOW)


def test_a_refresh_while_a_dialog_is_open_waits_until_it_closed(
    panel: InvestigationPanel, qtbot: QtBot
) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)
    second = card(panel, 2)
    assert second.withdraw_button is not None
    newer = case_detail(replace(case.investigation, tasks=()))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, WithdrawDialog)
        panel.show_case(newer, COLLEAGUES, TODAY)  # a sync meanwhile
        QApplication.processEvents()
        assert card(panel, 2) is second  # the card whose button opened the dialog lives on
        dialog.reason_edit.setPlainText("Dubbel.")
        dialog.ok_button.click()

    with qtbot.waitSignal(panel.withdraw_allegation_requested) as sent:
        through(WithdrawDialog, second.withdraw_button.click, fill)
    assert sent.args == [case.id, "al-2", "Dubbel."]
    assert panel.plan.table.isHidden()  # and then the newer copy shows
    assert panel.plan.summary.text().startswith("Nog geen taken.")


def test_recording_a_finding(panel: InvestigationPanel, qtbot: QtBot) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)
    button = card(panel, 2).finding_button
    assert button is not None

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FindingDialog)
        assert unnamed_controls(dialog) == []
        assert dialog.conclusion() is None  # nothing chosen in advance
        assert not dialog.ok_button.isEnabled()
        assert dialog.ui.hintLabel.text() == "Kies een conclusie."
        assert not dialog.ui.followUpBox.isEnabled()
        pieces = [
            dialog.ui.sourcesList.item(r).text() for r in range(dialog.ui.sourcesList.count())
        ]
        assert pieces == [
            "Mail van de melder.eml",
            "Offerte Bouwbedrijf Vermeulen.pdf",
            "Antwoord van de melder van 20/10/2026",
            "Factuur 2025-117.pdf (bij het antwoord van de melder)",
            "Foto werf.jpg (bij het antwoord van de melder)",
        ]
        dialog.radio(Conclusion.PARTLY_FOUNDED).setChecked(True)
        assert dialog.ui.hintLabel.text() == "Motiveer de bevinding."
        dialog.ui.motivationEdit.setPlainText("De foto toont materiaal van de stad.")
        assert dialog.ui.followUpBox.isEnabled()
        assert not dialog.ok_button.isEnabled()  # a (partly) founded one needs a follow-up
        dialog.ui.followUpCombo.setCurrentIndex(dialog.ui.followUpCombo.findData(FollowUp.OTHER))
        assert not dialog.ok_button.isEnabled()  # "andere" needs a text
        assert "toelichting" in dialog.ui.hintLabel.text()
        dialog.ui.followUpEdit.setPlainText("Terugvordering van de kosten.")
        for row in (2, 4):
            dialog.ui.sourcesList.item(row).setCheckState(Qt.CheckState.Checked)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    with qtbot.waitSignal(panel.record_finding_requested) as sent:
        through(FindingDialog, button.click, fill)
    case_id, allegation_id, facts = sent.args
    assert (case_id, allegation_id) == (case.id, "al-2")
    assert facts == FindingFacts(
        Conclusion.PARTLY_FOUNDED,
        "De foto toont materiaal van de stad.",
        (
            SourceRef(SourceKind.ANSWER, ANSWER_ID),
            SourceRef(SourceKind.ANSWER_FILE, PHOTO_SHA, ANSWER_ID),
        ),
        FollowUp.OTHER,
        "Terugvordering van de kosten.",
    )
    record_finding(case.investigation, "al-2", facts, "An Peeters", NOW)


def test_an_unfounded_finding_sends_no_follow_up_and_a_change_keeps_the_pieces(
    qtbot: QtBot,
) -> None:
    case = case_detail(realistic_investigation())
    first = case.investigation.allegations[0]
    dialog = FindingDialog(case, first)
    qtbot.addWidget(dialog)
    assert dialog.conclusion() is Conclusion.FOUNDED
    assert dialog.sources() == (
        SourceRef(SourceKind.CASE_FILE, OFFER_SHA),
        SourceRef(SourceKind.ANSWER, ANSWER_ID),
        SourceRef(SourceKind.ANSWER_FILE, INVOICE_SHA, ANSWER_ID),
    )
    assert dialog.ui.hintLabel.text() == "Er is nog niets gewijzigd."
    dialog.radio(Conclusion.UNFOUNDED).setChecked(True)
    assert not dialog.ui.followUpBox.isEnabled()
    assert dialog.ok_button.isEnabled()
    facts = dialog.facts()
    assert facts.follow_up is None and facts.follow_up_text == ""
    check_finding(facts)


def test_adding_and_editing_a_task(panel: InvestigationPanel, qtbot: QtBot) -> None:
    case = case_detail(realistic_investigation())
    show(panel, case)

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        assert unnamed_controls(dialog) == []
        owners = [dialog.ui.ownerCombo.itemText(i) for i in range(dialog.ui.ownerCombo.count())]
        # Nobody yet, then the department's people who did not recuse (not 1700's desk).
        assert owners == ["nog niemand", "An Peeters", "Jonas Maes", "Mia Claes"]
        assert not dialog.ok_button.isEnabled()
        dialog.ui.descriptionEdit.setPlainText("Bouwvergunning van de oprit opvragen")
        dialog.ui.ownerCombo.setCurrentIndex(owners.index("Mia Claes"))
        dialog.ui.dueCheck.setChecked(True)
        assert dialog.due() == date(2026, 12, 9)  # two weeks on by default
        dialog.ui.dueEdit.setDate(QDate(2026, 12, 4))
        dialog.ok_button.click()

    with qtbot.waitSignal(panel.add_task_requested) as sent:
        through(TaskDialog, panel.plan.add_button.click, add)
    assert sent.args == [case.id, "Bouwvergunning van de oprit opvragen", MIA.id, date(2026, 12, 4)]
    add_task(EMPTY, "t", sent.args[1], (MIA.id, MIA.display_name), sent.args[3], "An", NOW)

    panel.plan.table.select_task("t-3")

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        assert dialog.ui.hintLabel.text() == "Er is nog niets gewijzigd."
        assert dialog.owner_id() == MIA.id and dialog.due() == date(2026, 12, 15)
        dialog.ui.ownerCombo.setCurrentIndex(0)
        dialog.ui.dueCheck.setChecked(False)
        dialog.ok_button.click()

    with qtbot.waitSignal(panel.edit_task_requested) as sent:
        through(TaskDialog, panel.plan.edit_button.click, edit)
    task = case.investigation.task("t-3")
    assert task is not None
    assert sent.args == [case.id, "t-3", task.description, None, None]
    edit_task(case.investigation, "t-3", task.description, (None, None), None)


def test_a_task_owner_who_recused_is_not_kept_unseen(qtbot: QtBot) -> None:
    task = Task("t", "Getuige horen", "p-pieter", "Pieter Wouters", None, TaskState.OPEN, "An", NOW)
    case = case_detail(Investigation((), (task,)))
    dialog = TaskDialog(COLLEAGUES, case, task)
    qtbot.addWidget(dialog)
    assert dialog.ui.ownerCombo.currentText() == "Pieter Wouters (kan deze taak niet meer krijgen)"
    assert not dialog.ok_button.isEnabled()
    assert "andere verantwoordelijke" in dialog.ui.hintLabel.text()
    dialog.ui.ownerCombo.setCurrentIndex(dialog.ui.ownerCombo.findData(AN.id))
    assert dialog.ok_button.isEnabled() and dialog.owner_id() == AN.id


def test_titles_write_tenlastelegging_in_lower_case_mid_sentence(
    panel: InvestigationPanel, qtbot: QtBot
) -> None:
    case = case_detail(realistic_investigation())
    first, second = case.investigation.allegations[:2]
    titles = []
    for dialog in (
        FindingDialog(case, second),
        FindingDialog(case, first),
        VersionsDialog(first, []),
        WithdrawDialog(second),
    ):
        qtbot.addWidget(dialog)
        titles.append(dialog.windowTitle())
    assert titles == [
        "Bevinding bij tenlastelegging 2 vastleggen",
        "Bevinding bij tenlastelegging 1 wijzigen",
        "Eerdere versies van tenlastelegging 1",
        "Tenlastelegging 2 intrekken",  # at the start: a capital
    ]
    show(panel, case)
    names = [
        button.accessibleName()
        for button in (card(panel, 1).finding_button, card(panel, 2).finding_button)
        if button is not None
    ]
    names.append(card(panel, 1).versions_button.accessibleName())  # type: ignore[union-attr]
    assert names == [
        "Bevinding bij tenlastelegging 1 wijzigen",
        "Bevinding bij tenlastelegging 2 vastleggen",
        "Eerdere versies van tenlastelegging 1",
    ]


def test_earlier_versions_of_an_allegation_and_its_finding(qtbot: QtBot) -> None:
    case = case_detail(realistic_investigation())
    dialog = VersionsDialog(case.investigation.allegations[0], [])
    qtbot.addWidget(dialog)
    assert dialog.titles() == [
        "Tenlastelegging, versie 1 — An Peeters, 06/10/2026 11:15",
        "Tenlastelegging, versie 2 (huidige) — Jonas Maes, 08/10/2026 13:00",
        "Bevinding, versie 1 — Jonas Maes, 02/11/2026 11:00",
        "Bevinding, versie 2 (huidige) — An Peeters, 13/11/2026 16:40",
    ]
    assert dialog.text_view.toPlainText().startswith("Bevoordeling van een aannemer.")
    dialog.version_list.setCurrentRow(2)
    assert dialog.text_view.toPlainText().startswith("Conclusie: Niet vast te stellen")


# --- hostile text, layout --------------------------------------------------------------


def hostile_investigation() -> Investigation:
    text = f"{MARKUP} {CONTROLS} {LONG_WORD}"
    allegation = Allegation(
        "al-h",
        1,
        AllegationFacts(text, (MARKUP,), Category.OTHER),
        1,
        "<b>Naam</b> %2",
        NOW,
        "<b>Naam</b> %2",
        NOW,
    )
    inv = Investigation((allegation,), ())
    inv = record_finding(
        inv, "al-h", FindingFacts(Conclusion.UNFOUNDED, f"{MARKUP}\n{LONG_WORD}"), "An", NOW
    )
    return add_task(inv, "t-h", f"{MARKUP} {CONTROLS}", (None, None), None, "An", NOW)


def test_hostile_text_shows_literally_and_wraps_within_the_window(
    panel: InvestigationPanel,
) -> None:
    width = panel.width()
    show(panel, case_detail(hostile_investigation()))
    block = card(panel, 1).text_block
    shown = block.shown_text()
    assert MARKUP in shown  # markup as typed, not as bold or italic
    assert "bel␇escape␛nul␀" in shown  # control characters visible
    assert LONG_WORD in shown.replace("\n", "").replace("\u2028", "")
    assert "Toegevoegd door <b>Naam</b> %2 op 25/11/2026 11:00" in shown
    assert "Betrokkenen: " + MARKUP in shown
    # The 20,000-character word wraps: the window keeps its width, the block grows.
    assert panel.width() == width
    content = panel.scroll_area.widget()
    assert content is not None
    assert content.width() <= panel.scroll_area.viewport().width()
    assert block.width() < width
    assert block.height() > 40 * block.fontMetrics().lineSpacing()
    assert block.height() == block.heightForWidth(block.width())  # nothing cut off
    model = panel.plan.table.model()
    assert model.index(0, DESCRIPTION).data() == f"{MARKUP} bel␇escape␛nul␀"
    tip = model.index(0, DESCRIPTION).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;factuur&lt;/b&gt;" in tip and "<b>factuur" not in tip


def test_hostile_text_in_the_dialogs_shows_literally_and_keeps_them_narrow(
    qtbot: QtBot,
) -> None:
    case = replace(
        case_detail(hostile_investigation()),
        involved_persons=[MARKUP, LONG_WORD],
    )
    allegation = case.investigation.allegations[0]
    dialogs: list[QDialog] = [
        AllegationDialog(case, allegation),
        FindingDialog(case, allegation),
        TaskDialog(
            [*COLLEAGUES, PersonOut(id="p-long", display_name="M" * 300, role=Role.INVESTIGATOR)],
            case,
            case.investigation.tasks[0],
        ),
        WithdrawDialog(allegation),
        VersionsDialog(allegation, []),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.width() < 1000, type(dialog).__name__
    edit, finding, task = dialogs[0], dialogs[1], dialogs[2]
    assert isinstance(edit, AllegationDialog)
    assert isinstance(finding, FindingDialog) and isinstance(task, TaskDialog)
    assert edit.ui.knownPersonsList.item(0).text() == MARKUP
    assert edit.ui.knownPersonsList.item(0).checkState() is Qt.CheckState.Checked
    assert edit.persons() == (MARKUP,)
    assert MARKUP in finding.ui.allegationView.toPlainText()
    assert "bel␇escape␛nul␀" in finding.ui.allegationView.toPlainText()
    assert task.description() == f"{MARKUP} {CONTROLS}"  # what is sent stays as typed


def test_after_a_resize_no_text_is_cut_off(panel: InvestigationPanel, qtbot: QtBot) -> None:
    show(panel, case_detail(realistic_investigation()))
    panel.resize(700, 600)

    def fitted() -> bool:
        return all(
            c.text_block.height() == c.text_block.heightForWidth(c.text_block.width())
            for c in panel.cards
        )

    qtbot.waitUntil(fitted, timeout=2_000)
    assert all(c.text_block.width() < 700 for c in panel.cards)


def test_one_scroll_area_and_the_plan_leaves_the_wheel_to_it(
    panel: InvestigationPanel,
) -> None:
    show(panel, case_detail(realistic_investigation()))
    areas = [a for a in panel.findChildren(QAbstractScrollArea) if not isinstance(a, QHeaderView)]
    assert set(areas) == {panel.scroll_area, panel.plan.table}
    assert panel.scroll_area.verticalScrollBar().maximum() > 0
    # The table shows every row and passes a turned wheel on (Qt then gives a real one,
    # a spontaneous event, to the tab's scroll area: a test's sent event goes nowhere).
    viewport = panel.plan.table.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert not wheel.isAccepted()
    assert panel.plan.table.verticalScrollBar().maximum() == 0


def test_every_control_has_a_name(panel: InvestigationPanel) -> None:
    show(panel, case_detail(realistic_investigation()))
    panel.plan.table.select_task("t-2")
    assert unnamed_controls(panel) == []
