"""The case list model and its filter proxy, with real Qt models and pytest-qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from investigator_app.domain.deadlines import Deadline, DeadlineKind, DeadlineState
from investigator_app.domain.vocabulary import Category, Status
from investigator_app.gui.shell.case_columns import Column
from investigator_app.gui.shell.case_filter import OPEN_FILTER, CaseFilterProxy
from investigator_app.gui.shell.case_table import SORT_ROLE, CaseTableModel
from investigator_app.store.views import CaseSummary
from tests.support.keyboard import release_held_modifiers

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def summary(
    number: int,
    *,
    status: Status = Status.FORWARDED,
    category: Category = Category.BRIBERY,
    due_in_days: float | None = 5,
    entity: str = "Gemeente Voorbeeld",
    text: str = "",
) -> CaseSummary:
    deadline = (
        None
        if due_in_days is None
        else Deadline(
            DeadlineKind.ACKNOWLEDGEMENT, NOW + timedelta(days=due_in_days), DeadlineState.ON_TIME
        )
    )
    reference = f"1700-2026-{number:06d}"
    return CaseSummary(
        id=f"case-{number}",
        reference=reference,
        received_at=NOW - timedelta(days=number),
        category=category,
        involved_entity=entity,
        status=status,
        next_deadline=deadline,
        assignee_name=None,
        pending_actions=0,
        has_conflict=False,
        search_text=f"{reference} {entity} {text}".casefold(),
    )


def make_proxy(cases: list[CaseSummary]) -> tuple[CaseTableModel, CaseFilterProxy]:
    model = CaseTableModel()
    model.refresh_deadlines(NOW)
    model.set_cases(cases)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def references(proxy: CaseFilterProxy) -> list[str]:
    return [
        proxy.data(proxy.index(row, Column.REFERENCE)).split()[0] for row in range(proxy.rowCount())
    ]


def test_model_passes_qt_model_tester_through_updates(qtmodeltester) -> None:
    model = CaseTableModel()
    model.set_cases([summary(1), summary(2)])
    qtmodeltester.check(model)
    model.upsert([summary(2, status=Status.ACKNOWLEDGED), summary(3)])
    model.remove(["case-1"])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert (
        model.data(model.index(model.row_of("case-2") or 0, Column.STATUS)) == "Ontvangst bevestigd"
    )


def test_dates_are_shown_as_dd_mm_yyyy_in_brussels_time() -> None:
    late_evening_utc = summary(1)
    model = CaseTableModel()
    model.set_cases(
        [
            CaseSummary(
                **{
                    **late_evening_utc.__dict__,
                    "received_at": datetime(2026, 3, 31, 22, 30, tzinfo=UTC),
                }
            )
        ]
    )
    # 22:30 UTC on 31 March is 00:30 on 1 April in Brussels (summer time).
    assert model.data(model.index(0, Column.RECEIVED)) == "01/04/2026"


def test_overdue_and_due_soon_deadlines_are_coloured_and_explained() -> None:
    model = CaseTableModel()
    model.refresh_deadlines(NOW)
    model.set_cases(
        [summary(1, due_in_days=-1), summary(2, due_in_days=1), summary(3, due_in_days=6)]
    )
    overdue, soon, fine = (model.index(row, Column.DEADLINE) for row in range(3))
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(soon, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole) != model.data(
        soon, Qt.ItemDataRole.BackgroundRole
    )
    assert model.data(fine, Qt.ItemDataRole.BackgroundRole) is None
    assert "verstreken" in model.data(overdue, Qt.ItemDataRole.ToolTipRole)
    assert "nadert" in model.data(soon, Qt.ItemDataRole.ToolTipRole)


def test_deadline_turns_overdue_as_time_passes_without_new_data() -> None:
    model = CaseTableModel()
    model.refresh_deadlines(NOW)
    model.set_cases([summary(1, due_in_days=10)])
    index = model.index(0, Column.DEADLINE)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None
    model.refresh_deadlines(NOW + timedelta(days=11))
    assert "verstreken" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_search_matches_every_word_in_any_order_case_insensitively() -> None:
    _, proxy = make_proxy(
        [
            summary(1, entity="Stad Gent", text="aanbesteding wegenwerken"),
            summary(2, entity="Gemeente Lier", text="aanbesteding catering"),
        ]
    )
    proxy.set_search_text("WEGENWERKEN aanbest")
    assert references(proxy) == ["1700-2026-000001"]
    proxy.set_search_text("000002")
    assert references(proxy) == ["1700-2026-000002"]
    proxy.set_search_text("")
    assert proxy.rowCount() == 2


def test_status_and_category_filters_combine() -> None:
    _, proxy = make_proxy(
        [
            summary(1, status=Status.CLOSED, due_in_days=None),
            summary(2, status=Status.INVESTIGATING, category=Category.THEFT_OF_RESOURCES),
            summary(3, status=Status.FORWARDED),
        ]
    )
    proxy.set_status_filter(OPEN_FILTER)
    assert sorted(references(proxy)) == ["1700-2026-000002", "1700-2026-000003"]
    proxy.set_category_filter(Category.THEFT_OF_RESOURCES)
    assert references(proxy) == ["1700-2026-000002"]
    proxy.set_status_filter(Status.CLOSED)
    assert references(proxy) == []
    proxy.set_category_filter(None)
    assert references(proxy) == ["1700-2026-000001"]


def test_sorting_by_deadline_puts_cases_without_one_last() -> None:
    _, proxy = make_proxy(
        [
            summary(1, due_in_days=None, status=Status.CLOSED),
            summary(2, due_in_days=9),
            summary(3, due_in_days=-2),
        ]
    )
    proxy.sort(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    assert references(proxy) == ["1700-2026-000003", "1700-2026-000002", "1700-2026-000001"]
    assert proxy.data(proxy.index(0, Column.DEADLINE), SORT_ROLE) < proxy.data(
        proxy.index(1, Column.DEADLINE), SORT_ROLE
    )


def test_new_rows_from_a_sync_page_appear_in_a_filtered_sorted_view() -> None:
    model, proxy = make_proxy([summary(1)])
    proxy.set_search_text("lier")
    proxy.sort(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == 0
    model.upsert([summary(4, entity="Gemeente Lier"), summary(5, entity="Gemeente Lier")])
    assert references(proxy) == ["1700-2026-000004", "1700-2026-000005"]


def test_markup_in_case_text_is_shown_literally() -> None:
    model = CaseTableModel()
    model.set_cases([summary(1, entity="<b>Stad</b> & <img src=x>")])
    assert model.data(model.index(0, Column.ENTITY)) == "<b>Stad</b> & <img src=x>"


def test_the_selected_case_stays_selected_when_a_sync_page_reorders_the_list(qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    model, proxy = make_proxy([summary(n, due_in_days=n) for n in range(1, 6)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    view.selectRow(2)
    assert proxy.case_id(view.selectionModel().selectedRows()[0].row()) == "case-3"

    # Earlier deadlines arrive and case 3's own deadline moves to the end.
    model.upsert([summary(n, due_in_days=-n) for n in range(6, 9)] + [summary(3, due_in_days=99)])

    assert references(proxy)[:3] == ["1700-2026-000008", "1700-2026-000007", "1700-2026-000006"]
    assert references(proxy)[-1] == "1700-2026-000003"
    selected = view.selectionModel().selectedRows()
    assert [proxy.case_id(index.row()) for index in selected] == ["case-3"]


def test_a_modifier_an_earlier_key_click_left_held_is_let_go_between_tests(qtbot) -> None:
    """What the suite does after each test (tests/support/keyboard.py): after a Shift+key
    click Qt takes Shift as held, and a row selected then is not selected."""
    from PySide6.QtWidgets import QTableView

    _model, proxy = make_proxy([summary(n) for n in range(1, 4)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    qtbot.keyClick(view, Qt.Key.Key_F13, Qt.KeyboardModifier.ShiftModifier)
    view.selectRow(1)
    assert view.selectionModel().selectedRows() == []  # as with Shift held down

    release_held_modifiers()
    view.selectRow(1)
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]


def test_rows_arriving_in_pages_land_in_sort_order_both_ways(qtmodeltester) -> None:
    import random

    shuffled = [summary(n, due_in_days=random.Random(n).uniform(-30, 90)) for n in range(1, 121)]
    random.Random(7).shuffle(shuffled)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model, proxy = make_proxy([])
        qtmodeltester.check(model)
        proxy.sort(Column.DEADLINE, order)
        for page in range(0, 120, 35):
            model.upsert(shuffled[page : page + 35])
        dues = [proxy.data(proxy.index(row, Column.DEADLINE), SORT_ROLE) for row in range(120)]
        assert dues == sorted(dues, reverse=order == Qt.SortOrder.DescendingOrder)
        assert len(set(references(proxy))) == 120


def test_unread_cases_are_bold_and_an_overdue_request_stands_out() -> None:
    from dataclasses import replace

    from PySide6.QtGui import QFont

    from investigator_app.gui.shell.case_filter import AWAITING_ANSWER_FILTER

    plain = summary(1)
    unread = replace(summary(2), unread=True, awaiting_answer=True)
    late = replace(summary(3), awaiting_answer=True, overdue_request=True)
    model, proxy = make_proxy([plain, unread, late])

    def cell(case_id: str, column: Column, role: Qt.ItemDataRole) -> object:
        row = model.row_of(case_id)
        assert row is not None
        return model.data(model.index(row, column), role)

    font = cell(unread.id, Column.ENTITY, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(plain.id, Column.ENTITY, Qt.ItemDataRole.FontRole) is None
    assert cell(late.id, Column.STATUS, Qt.ItemDataRole.BackgroundRole) is not None
    assert "niet binnen de gevraagde termijn" in str(
        cell(late.id, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    )
    assert cell(unread.id, Column.STATUS, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(unread.id, Column.STATUS, Qt.ItemDataRole.ToolTipRole) == (
        "Wacht op antwoord van de melder"
    )
    # A request whose last day passes while the list is open turns red at the next tick.
    due = replace(summary(4), awaiting_answer=True, answer_due=NOW.date())
    model.upsert([due])
    assert cell(due.id, Column.STATUS, Qt.ItemDataRole.BackgroundRole) is None
    assert "(uiterlijk 26/11/2026)" in str(cell(due.id, Column.STATUS, Qt.ItemDataRole.ToolTipRole))
    model.refresh_deadlines(NOW + timedelta(days=1))
    assert cell(due.id, Column.STATUS, Qt.ItemDataRole.BackgroundRole) is not None

    proxy.set_status_filter(AWAITING_ANSWER_FILTER)
    shown = sorted(proxy.case_id(row) for row in range(proxy.rowCount()))
    assert shown == [unread.id, late.id, due.id]
