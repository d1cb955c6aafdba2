"""The case list as the main window shows it (its real form, model, proxy and filters):
references never cut off, columns as wide as their content, the named filters, the "Nieuw"
mark, what an empty list says, and a count that follows every change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import QHeaderView, QMainWindow

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.domain.vocabulary import Category, Status
from investigator_app.gui.common.labels import category_label
from investigator_app.gui.forms.ui_main_window import Ui_MainWindow
from investigator_app.gui.shell.case_columns import Column
from investigator_app.gui.shell.case_list import CaseList
from investigator_app.gui.workspace.conflict_gate import RecusalDialog
from investigator_app.store.views import CaseSummary
from tests.gui.test_case_actions import in_next_dialog
from tests.gui.test_case_table import NOW, summary
from tests.support.world import ABB, AN, JONAS, Desktop, World


@pytest.fixture
def listed(qtbot) -> Iterator[CaseList]:
    """The main window's form with its case list, shown at a laptop's size."""
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = Ui_MainWindow()
    ui.setupUi(window)
    case_list = CaseList(ui, DEFAULT_POLICY, window)
    case_list.model.refresh_deadlines(NOW)
    window.resize(1366, 768)
    ui.splitter.setSizes([1366 * 62 // 100, 1366 * 38 // 100])  # as the window starts
    window.show()
    yield case_list


def shown_ids(case_list: CaseList) -> list[str]:
    proxy = case_list.proxy
    return sorted(proxy.case_id(row) for row in range(proxy.rowCount()))


def choose(case_list: CaseList, text: str) -> None:
    combo = case_list.ui.statusFilter
    index = combo.findText(text)
    assert index >= 0, f"no filter {text!r}"
    combo.setCurrentIndex(index)


def test_the_reference_is_never_cut_off_also_in_bold_with_its_marks(listed: CaseList) -> None:
    table = listed.ui.caseTable
    plain = summary(1)
    marked = replace(summary(2), new=True, has_conflict=True, unread=True)
    listed.model.upsert([plain, marked])

    row = listed.model.row_of(marked.id)
    assert row is not None
    text = str(listed.model.data(listed.model.index(row, Column.REFERENCE)))
    assert text == f"{marked.reference} ⚠"
    font = listed.model.data(listed.model.index(row, Column.REFERENCE), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    # What the view needs to draw every reference cell whole (bold included) fits.
    assert table.sizeHintForColumn(Column.REFERENCE) <= table.columnWidth(Column.REFERENCE)
    assert QFontMetrics(font).horizontalAdvance(text) < table.columnWidth(Column.REFERENCE)
    # The user cannot drag it narrower than that.
    header = table.horizontalHeader()
    assert header.sectionResizeMode(Column.REFERENCE) is QHeaderView.ResizeMode.Fixed


def test_columns_are_as_wide_as_their_content_and_all_fit_on_a_laptop(
    listed: CaseList,
) -> None:
    table = listed.ui.caseTable
    entity = "Departement Onderwijs en Vorming - <b>onderwijsinspectie</b>"
    listed.model.upsert(
        [
            replace(summary(1, category=Category.LEAK_OF_CONFIDENTIAL_INFORMATION), unread=True),
            replace(summary(2, entity=entity, status=Status.ASSESSING), new=True),
            replace(summary(3), assignee_name="Annemarie Vandenbroucke"),
        ]
    )
    for column in (Column.REFERENCE, Column.RECEIVED, Column.STATUS, Column.DEADLINE):
        assert table.sizeHintForColumn(column) <= table.columnWidth(column), column
    assert table.sizeHintForColumn(Column.ASSIGNEE) <= table.columnWidth(Column.ASSIGNEE)
    # On a 1366 px screen every column is on screen: no sideways scrolling to find the
    # status or the deadline. The category and the entity share what is left ...
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    for column in (Column.CATEGORY, Column.ENTITY):
        assert header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch
    # ... and a shortened one is whole in its tooltip, markup shown as text.
    row = listed.model.row_of("case-2")
    assert row is not None
    tip = str(
        listed.model.data(listed.model.index(row, Column.ENTITY), Qt.ItemDataRole.ToolTipRole)
    )
    assert QTextDocumentFragment.fromHtml(tip).toPlainText() == entity
    row = listed.model.row_of("case-1")
    assert row is not None
    assert listed.model.data(
        listed.model.index(row, Column.CATEGORY), Qt.ItemDataRole.ToolTipRole
    ) == category_label(Category.LEAK_OF_CONFIDENTIAL_INFORMATION)
    # A longer reference arriving later widens its column at once.
    before = table.columnWidth(Column.REFERENCE)
    listed.model.upsert([replace(summary(4), reference="1700-2026-0000004-B", new=True)])
    assert table.columnWidth(Column.REFERENCE) > before
    assert table.sizeHintForColumn(Column.REFERENCE) <= table.columnWidth(Column.REFERENCE)


def test_choosing_a_case_never_changes_the_column_widths(listed: CaseList) -> None:
    """Opening a case marks it read and may queue an action (its reference gets "↻"), or
    a declaration a conflict ("⚠"): the reference was measured in that form from the
    start, so no column widens or shifts."""
    table = listed.ui.caseTable
    cases = [replace(summary(1), unread=True), summary(2), replace(summary(3), new=True)]
    listed.model.upsert(cases)

    def widths() -> list[int]:
        return [table.columnWidth(column) for column in Column]

    before = widths()
    table.selectRow(0)
    opened = replace(cases[0], unread=False, pending_actions=1)
    listed.model.upsert([opened])
    assert widths() == before
    listed.model.upsert([replace(opened, has_conflict=True, pending_actions=0)])
    assert widths() == before
    # And the marked reference, in bold, is drawn whole.
    row = listed.model.row_of(opened.id)
    assert row is not None
    bold = QFont(table.font())
    bold.setBold(True)
    for marker in ("⚠", "↻"):
        text = f"{opened.reference} {marker}"
        assert QFontMetrics(bold).horizontalAdvance(text) < table.columnWidth(Column.REFERENCE)


def test_mine_my_tasks_and_deadline_passed_filters(listed: CaseList) -> None:
    mine = replace(summary(1), assigned_to_me=True)
    with_task = replace(summary(2), my_open_tasks=2, my_overdue_tasks=1)
    late = summary(3, due_in_days=-1)
    late_answer = replace(summary(4), awaiting_answer=True, overdue_request=True)
    soon = summary(5, due_in_days=0.5)  # due in twelve hours: not passed yet
    listed.model.upsert([mine, with_task, late, late_answer, soon])

    choose(listed, "Mijn meldingen")
    assert shown_ids(listed) == [mine.id]
    choose(listed, "Mijn taken")
    assert shown_ids(listed) == [with_task.id]
    choose(listed, "Termijn verstreken")
    assert shown_ids(listed) == [late.id, late_answer.id]
    assert listed.ui.countLabel.text() == "2 van 5 meldingen"

    # Time passes: the next deadline tick adds the case whose deadline just passed.
    listed.model.refresh_deadlines(NOW + timedelta(days=1))
    assert shown_ids(listed) == [late.id, late_answer.id, soon.id]
    assert listed.ui.countLabel.text() == "3 van 5 meldingen"

    # The filters sit beside the ones there were.
    combo = listed.ui.statusFilter
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:7] == [
        "Alle statussen",
        "Alle open meldingen",
        "Mijn meldingen",
        "Mijn taken",
        "Termijn verstreken",
        "Wacht op antwoord",
        "Te herverdelen",
    ]


def test_a_new_case_is_marked_until_it_is_no_longer_new(listed: CaseList) -> None:
    new = replace(summary(1), new=True)
    listed.model.upsert([new, summary(2)])

    def cell(case: CaseSummary, column: Column, role: Qt.ItemDataRole) -> object:
        row = listed.model.row_of(case.id)
        assert row is not None
        return listed.model.data(listed.model.index(row, column), role)

    display, font, tip = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )
    # Beside its status (a new case is forwarded), the whole row in bold.
    assert cell(new, Column.STATUS, display) == "Doorgestuurd · Nieuw"
    assert cell(new, Column.REFERENCE, display) == new.reference
    for column in (Column.REFERENCE, Column.STATUS, Column.ENTITY):
        bold = cell(new, column, font)
        assert isinstance(bold, QFont) and bold.bold()
    assert "nog niet geopend" in str(cell(new, Column.STATUS, tip))
    assert "nog niet geopend" in str(cell(new, Column.REFERENCE, tip))
    assert cell(summary(2), Column.STATUS, display) == "Doorgestuurd"
    assert cell(summary(2), Column.REFERENCE, font) is None

    listed.model.upsert([replace(new, new=False)])  # opened: the store's row says so
    assert cell(new, Column.STATUS, display) == "Doorgestuurd"
    assert cell(new, Column.REFERENCE, font) is None


def test_an_empty_list_says_what_was_looked_for_literally(listed: CaseList) -> None:
    listed.model.upsert([summary(1), summary(2)])
    empty = listed.empty_state
    assert empty.text() == ""

    listed.ui.searchEdit.setText("<b>wegenwerken</b>")
    assert listed.proxy.rowCount() == 0
    assert empty.text() == (
        "Geen meldingen gevonden voor “<b>wegenwerken</b>”.\n"
        "Wis de zoekterm of kies een ander filter."
    )
    assert empty.label.textFormat() is Qt.TextFormat.PlainText
    assert empty.label.isVisible()
    assert empty.label.geometry() == listed.ui.caseTable.viewport().rect()

    choose(listed, "Mijn taken")
    assert empty.text().startswith(
        "Geen meldingen gevonden voor “<b>wegenwerken</b>” met het filter “Mijn taken”."
    )
    listed.ui.searchEdit.setText("x" * 20_000)  # a pasted page is not repeated whole
    assert len(empty.text()) < 200

    listed.ui.searchEdit.clear()
    assert empty.text().startswith("Geen meldingen gevonden voor het filter “Mijn taken”.")
    choose(listed, "Alle statussen")
    assert empty.text() == "" and not empty.label.isVisible()


def test_the_count_follows_rows_the_filter_hid(listed: CaseList) -> None:
    """A case that leaves the list while the filter hides it (a recusal, a re-route) still
    leaves the count."""
    listed.model.upsert([summary(1), replace(summary(2), assigned_to_me=True), summary(3)])
    choose(listed, "Mijn meldingen")
    assert listed.ui.countLabel.text() == "1 van 3 meldingen"
    listed.model.remove(["case-3"])
    assert listed.ui.countLabel.text() == "1 van 2 meldingen"
    listed.model.upsert([summary(4)])
    assert listed.ui.countLabel.text() == "1 van 3 meldingen"
    listed.model.remove(["case-1", "case-4"])
    assert listed.ui.countLabel.text() == "1 van 1 melding"


# --- on a desktop against the real service ----------------------------------------------


def status_cell(desktop: Desktop, case_id: str) -> str:
    model = desktop.workspace.window.model
    row = model.row_of(case_id)
    return "" if row is None else str(model.data(model.index(row, Column.STATUS)))


def test_a_forwarded_case_is_new_until_opened_on_this_workstation(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    qtbot.waitUntil(lambda: status_cell(an, created["id"]).endswith("· Nieuw"), timeout=10_000)
    assert an.open_case(created["id"])
    qtbot.waitUntil(lambda: status_cell(an, created["id"]) == "Doorgestuurd", timeout=5_000)
    # Another investigator's workstation still marks it: she has not opened it.
    jonas = desktops(JONAS)
    qtbot.waitUntil(lambda: status_cell(jonas, created["id"]).endswith("· Nieuw"), timeout=10_000)


def test_the_count_drops_at_once_after_a_recusal(qtbot, world: World, desktops) -> None:
    kept = world.register_and_forward(ABB)
    stepped_aside = world.register_and_forward(ABB)
    jonas = desktops(JONAS)
    window = jonas.workspace.window
    qtbot.waitUntil(lambda: window.ui.countLabel.text() == "2 van 2 meldingen", timeout=10_000)
    combo = window.ui.statusFilter
    combo.setCurrentIndex(combo.findText("Alle open meldingen"))
    assert window.select_case(stepped_aside["id"])

    def recuse(dialog: object) -> None:
        assert isinstance(dialog, RecusalDialog)
        dialog.reason_edit.setPlainText("Mijn schoonbroer werkt daar.")
        dialog.ok_button.click()

    world.service.stop()  # at once: before the service even hears of it
    in_next_dialog(RecusalDialog, recuse)
    window.case_pane.conflict_gate.recuse_button.click()
    qtbot.waitUntil(lambda: window.ui.countLabel.text() == "1 van 1 melding", timeout=5_000)
    assert jonas.references() == {kept["reference"]}
