"""The list's model and filter proxy as a sync and a user change them at once: rows in sort
order and the filtered rows always what the filters say (checked against a plain Python
filter after every step), Qt's model tester on both, the selection kept through sorting and
filtering, a hidden selected case leaving the pane, and a case that arrives while a word
of the long texts is searched found through the store's index."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from investigator_app.domain.deadlines import DeadlineState
from investigator_app.domain.vocabulary import Category, Status
from investigator_app.gui.shell.case_columns import Column
from investigator_app.gui.shell.case_filter import OPEN_FILTER, OVERDUE_FILTER, CaseFilterProxy
from investigator_app.gui.shell.case_list import CaseList
from investigator_app.gui.shell.case_table import SORT_ROLE, CaseTableModel
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseSummary
from investigator_app.vault.cipher import new_key
from tests.gui.test_case_list import choose, listed  # noqa: F401  (the fixture)
from tests.gui.test_case_table import NOW, summary
from tests.store.case_factory import RECEIVED, make_case, me, page

STATUSES = [Status.FORWARDED, Status.ACKNOWLEDGED, Status.INVESTIGATING, Status.CLOSED]


def random_case(rng: random.Random, number: int) -> CaseSummary:
    return summary(
        number,
        status=rng.choice(STATUSES),
        category=rng.choice(list(Category)),
        due_in_days=rng.choice([None, *range(-5, 30)]),  # many ties on the deadline
        entity=rng.choice(["Stad Gent", "Gemeente Lier", "OCMW Aalst"]),
    )


def shown(proxy: CaseFilterProxy) -> list[str]:
    return [proxy.case_id(row) for row in range(proxy.rowCount())]


def expected(model: CaseTableModel, keep: Callable[[CaseSummary], bool]) -> list[str]:
    return [case.id for case in model.cases() if keep(case)]


def in_sort_order(model: CaseTableModel, column: Column, descending: bool) -> bool:
    keys = [
        (model.data(model.index(row, column), SORT_ROLE), model.case_at(row).reference)
        for row in range(model.rowCount())
    ]
    return keys == sorted(keys, reverse=descending)


def test_rows_stay_sorted_and_filtered_through_sync_pages_and_user_changes(
    qtmodeltester,
) -> None:
    rng = random.Random(11)
    model = CaseTableModel()
    model.refresh_deadlines(NOW)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    proxy.set_status_filter(OPEN_FILTER)
    proxy.set_search_text("gent")

    def keep(case: CaseSummary) -> bool:
        return case.status is not Status.CLOSED and "gent" in case.search_text

    number = 0
    for step in range(12):
        new = [random_case(rng, number + n) for n in range(1, rng.choice([3, 40, 400]))]
        number += len(new) + 1
        known = model.cases()
        changed = [
            replace(case, status=rng.choice(STATUSES))
            for case in rng.sample(known, len(known) // 7)
        ]
        model.upsert(new + changed)  # a page: new cases and changed ones
        model.remove([case.id for case in rng.sample(model.cases(), 3)])
        if step % 4 == 3:  # the user sorts on another column, both ways
            column = rng.choice([Column.RECEIVED, Column.ENTITY, Column.STATUS, Column.DEADLINE])
            proxy.sort(column, rng.choice(list(Qt.SortOrder)))
        assert in_sort_order(model, model._sort_column or Column.DEADLINE, model._descending)
        assert shown(proxy) == expected(model, keep)
        assert all(model.row_of(case.id) == row for row, case in enumerate(model.cases()))
    qtmodeltester.check(proxy)
    proxy.set_search_text("")
    proxy.set_category_filter(Category.BRIBERY)
    assert shown(proxy) == expected(
        model, lambda case: case.status is not Status.CLOSED and case.category is Category.BRIBERY
    )
    proxy.set_category_filter(None)
    proxy.set_status_filter(OVERDUE_FILTER)  # as the cells show it: red, or an answer late

    def overdue(case: CaseSummary) -> bool:
        return model.deadline_state(case) is DeadlineState.OVERDUE or model.request_overdue(case)

    assert 0 < len(shown(proxy)) < model.rowCount()
    assert shown(proxy) == expected(model, overdue)
    model.refresh_deadlines(NOW + timedelta(days=10))  # time passes: more are overdue
    assert shown(proxy) == expected(model, overdue)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "stores" / "store.sqlite3", new_key())
    opened.set_identity(me())
    yield opened
    opened.close()


def test_a_case_arriving_during_a_search_of_the_long_texts_is_found(store: LocalStore) -> None:
    def described(case_id: str, text: str):
        return make_case(case_id).model_copy(update={"description": text})

    store.apply_changes(page(described("c1", "Een aanbesteding."), cursor=1))
    model = CaseTableModel()
    model.set_cases(store.list_summaries(RECEIVED + timedelta(days=1)))
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_word_search(store.word_matches)
    proxy.set_search_text("aanbesteding")
    assert shown(proxy) == ["c1"]
    store.apply_changes(page(described("c2", "Nog een aanbesteding."), cursor=2))
    model.upsert(store.summaries(["c2"], RECEIVED + timedelta(days=1)))
    assert sorted(shown(proxy)) == ["c1", "c2"]


def test_the_selection_stays_through_a_sort_and_a_filter_and_a_hidden_case_leaves_the_pane(
    listed: CaseList,  # noqa: F811
) -> None:
    listed.model.upsert([summary(n, due_in_days=n, entity=f"Entiteit {n}") for n in range(1, 60)])
    assert listed.select_case("case-30")
    heard: list[str | None] = []
    listed.ui.caseTable.selectionModel().selectionChanged.connect(
        lambda *_: heard.append(listed.selected_case_id())
    )
    listed.ui.caseTable.sortByColumn(Column.DEADLINE, Qt.SortOrder.DescendingOrder)
    listed.ui.searchEdit.setText("entiteit 3")  # every case with a 3: case 30 stays shown
    assert listed.selected_case_id() == "case-30" and heard == []
    listed.ui.searchEdit.setText("entiteit 4")  # 4, 14, 24, 34, 40..49, 54: 30 is hidden
    assert listed.selected_case_id() is None
    assert heard == [None]  # the pane heard that its case left the list
    choose(listed, "Alle open meldingen")
    assert listed.ui.countLabel.text() == "15 van 59 meldingen"
