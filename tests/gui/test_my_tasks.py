"""Mijn taken: the signed-in user's open tasks across cases (the view, the list's filter)
and the notice when one of them is due today or overdue, by reference only."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QStatusBar

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.investigation import Investigation, Task, TaskState
from investigator_app.gui.shell.case_columns import Column
from investigator_app.gui.shell.notifications import Channel, Notifier
from investigator_app.gui.shell.shortcuts import Command
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseSummary
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, make_case, me, page
from tests.support.investigation import task as task_json
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, JONAS, World

HOSTILE = "<b>Getuige</b> horen\u0007 over de reis"


def a_task(description: str, due: date | None, owner: str = ME.id) -> Task:
    return Task(
        id=str(uuid.uuid4()),
        description=description,
        owner_id=owner,
        owner="Ines Investigator",
        due=due,
        state=TaskState.OPEN,
        created_by="Ines Investigator",
        created_at=RECEIVED,
    )


def with_tasks(case_id: str, *tasks: Task, version: int = 1) -> Any:
    return make_case(case_id, version=version).model_copy(
        update={"investigation": Investigation(tasks=tasks)}
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "store.sqlite3")
    opened.set_identity(me())
    yield opened
    opened.close()


def test_a_task_due_today_and_then_overdue_is_announced_by_reference_only(
    qtbot, store: LocalStore
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QStatusBar(window)
    window.setStatusBar(bar)
    now = [RECEIVED + timedelta(days=30)]
    today = now[0].astimezone(BRUSSELS).date()
    notifier = Notifier(
        bar,
        lambda: now[0],
        channel=Channel.STATUS_BAR,
        my_tasks=lambda: store.my_tasks(now[0]),
        parent=window,
    )
    shown: list[tuple[str, str]] = []
    task_titles = {"Taak vandaag uiterlijk", "Taak te laat", "Taken"}  # not the deadlines'
    notifier.shown.connect(
        lambda title, text: shown.append((title, text)) if title in task_titles else None
    )

    store.apply_changes(
        page(
            with_tasks("c1", a_task(HOSTILE, today), a_task("Tweede taak", today)),
            with_tasks("c2", a_task("Later", today + timedelta(days=3))),
            with_tasks("c3", a_task("Van een collega", today, owner=COLLEAGUE.id)),
            cursor=3,
        )
    )
    reference = make_case("c1").reference
    notifier.on_rows_changed(store.list_summaries(now[0]), [])
    assert shown == [
        ("Taak vandaag uiterlijk", f"Een taak van u in {reference} moet vandaag uitgevoerd zijn")
    ]
    said = " ".join(title + " " + text for title, text in shown)
    assert "Getuige" not in said and "Tweede" not in said  # never a task's text

    notifier.on_deadline_tick()  # once per task, state and day
    assert len(shown) == 1

    now[0] += timedelta(days=1)
    notifier.on_deadline_tick()
    assert shown[1:] == [("Taak te laat", f"Een taak van u in {reference} is te laat")]

    # Many at once become one notice with a count.
    later = today + timedelta(days=9)
    cases = [with_tasks(f"m{n}", a_task("Taak", later)) for n in range(5)]
    store.apply_changes(page(*cases, cursor=8))
    notifier.on_rows_changed(store.summaries([c.id for c in cases], now[0]), [])
    now[0] = datetime.combine(later, datetime.min.time(), BRUSSELS) + timedelta(hours=9)
    shown.clear()
    notifier.on_deadline_tick()
    assert shown == [("Taken", "Taken van u in 7 meldingen zijn vandaag uiterlijk of te laat")]


def _summary(desktop: Any, case_id: str) -> CaseSummary | None:
    model = desktop.workspace.window.model
    row = model.row_of(case_id)
    return None if row is None else model.case_at(row)


def test_my_tasks_across_cases_the_filter_and_the_notice(qtbot, world: World, desktops) -> None:
    world.token(AN), world.token(JONAS)  # their ids
    today = datetime.now(BRUSSELS).date()
    mine_late = world.register_and_forward(ABB)
    mine_later = world.register_and_forward(ABB)
    not_mine = world.register_and_forward(ABB)
    for created, description, owner, due in (
        (mine_late, HOSTILE, AN, today - timedelta(days=2)),
        (mine_later, "Verslag schrijven", AN, today + timedelta(days=5)),
        (not_mine, "Dossier van Jonas", JONAS, today - timedelta(days=1)),
    ):
        for action, fields in (
            ("acknowledge", {}),
            ("assign", {"assignee_id": world.user_ids[AN]}),
            ("start_assessment", {}),
            ("start_investigation", {}),
            (
                "add_task",
                {"task": task_json(description, owner_id=world.user_ids[owner], due=str(due))},
            ),
        ):
            case = world.case(AN, created["id"])
            [result] = world.operate(AN, wire_op(case, action, **fields))
            assert result["status"] == "applied", result

    an = desktops(AN)
    window = an.workspace.window
    notifier = an.workspace.notifier
    assert notifier is not None
    notices: list[str] = []
    notifier.shown.connect(lambda _title, text: notices.append(text))

    def listed() -> bool:
        rows = [_summary(an, c["id"]) for c in (mine_late, mine_later, not_mine)]
        return all(row is not None and row.status.value == "investigating" for row in rows)

    qtbot.waitUntil(listed, timeout=20_000)
    qtbot.waitUntil(
        lambda: f"Een taak van u in {mine_late['reference']} is te laat" in notices,
        timeout=10_000,
    )
    assert not any("Getuige" in text or "Jonas" in text for text in notices)
    assert not any(not_mine["reference"] in text for text in notices)

    # Overzicht → Mijn taken…
    window.commands[Command.MY_TASKS].trigger()
    view = window.my_tasks
    assert view is not None and view.isVisible()
    assert view.case_ids() == [mine_late["id"], mine_later["id"]]  # overdue first
    late_row = view.row_texts(0)
    assert late_row[0] == mine_late["reference"]
    assert late_row[1] == "<b>Getuige</b> horen\u0007 over de reis"  # literally
    assert late_row[2] == (today - timedelta(days=2)).strftime("%d/%m/%Y")
    assert late_row[3] == "te laat" and view.is_marked_late(0)
    assert view.row_texts(1)[3] == "open" and not view.is_marked_late(1)
    assert "U hebt 2 open taken. Te laat: 1." in view.intro.text()

    # A double-click opens the case, also when the list's filter hid it.
    window.ui.searchEdit.setText("iets dat niets vindt")
    view.on_activated(1, 0)
    assert window.selected_case_id() == mine_later["id"]
    assert window.ui.searchEdit.text() == ""

    # The list's filter shows the same cases.
    combo = window.ui.statusFilter
    combo.setCurrentIndex(combo.findText("Mijn taken"))
    shown = sorted(window.proxy.case_id(row) for row in range(window.proxy.rowCount()))
    assert shown == sorted([mine_late["id"], mine_later["id"]])
    row = window.model.row_of(mine_late["id"])
    assert row is not None
    assert window.model.data(window.model.index(row, Column.REFERENCE)).startswith(
        mine_late["reference"]
    )
