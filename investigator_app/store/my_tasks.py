"""The signed-in user's open tasks across cases ("Mijn taken") and their counts per case.

Read from the clear ``case_tasks`` columns (owner, due date, state) through their index,
so only the cases holding a task of the user have their sealed investigation opened (for
the descriptions), plus the few with our own investigation changes queued, which may give
or take a task.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.investigation import Investigation, TaskState, overdue
from investigator_app.domain.lifecycle import PERSONAL_ACTIONS
from investigator_app.operations import Operation
from investigator_app.store.identity import actor_name, user_id
from investigator_app.store.investigation import investigation_ops, shown_investigation
from investigator_app.store.models import AnyRow, case_tasks, cases
from investigator_app.store.outbox import case_state, colleague_names, pending_by_case, recused
from investigator_app.store.overlay import overlay
from investigator_app.store.sealing import Sealer
from investigator_app.store.views import MyTask

_CHUNK = 500  # ids per IN (...) list
_OPEN = TaskState.OPEN.value


def _stored_dues(
    conn: Connection, me: str, ids: Sequence[str] | None
) -> dict[str, list[date | None]]:
    """Due dates of the user's open tasks per case, as the service sent them."""
    query = select(case_tasks.c.case_id, case_tasks.c.due).where(
        case_tasks.c.owner_id == me, case_tasks.c.state == _OPEN
    )
    queries = (
        [query]
        if ids is None
        else [
            query.where(case_tasks.c.case_id.in_(ids[start : start + _CHUNK]))
            for start in range(0, len(ids), _CHUNK)
        ]
    )
    dues: dict[str, list[date | None]] = {}
    for chunk in queries:
        for case_id, due in conn.execute(chunk):
            dues.setdefault(case_id, []).append(due)
    return dues


class _Overlay:
    """The investigation of a case as the user sees it (our queued changes applied)."""

    def __init__(self, conn: Connection, sealer: Sealer) -> None:
        self._conn, self._sealer = conn, sealer
        self.me = user_id(conn) or ""
        self._names = colleague_names(conn)
        self._actor = actor_name(conn)

    def investigation(self, row: AnyRow, ops: list[Operation]) -> Investigation:
        changing = [op for op in ops if op.action not in PERSONAL_ACTIONS]
        applied = overlay(case_state(row), changing, self._names, self.me, "").applied
        return shown_investigation(
            self._conn, self._sealer, row.id, applied, self._actor, self._names
        )

    def my_open(self, inv: Investigation) -> list[date | None]:
        return [t.due for t in inv.tasks if t.owner_id == self.me and t.state is TaskState.OPEN]


def my_task_dues(
    conn: Connection,
    sealer: Sealer,
    ids: Sequence[str] | None,
    pending: Mapping[str, list[Operation]],
    rows: Iterable[AnyRow],
) -> dict[str, list[date | None]]:
    """Due dates of the user's open tasks per case of ``rows`` (list rows: ``cases``
    columns enough for case_state), our queued investigation changes included."""
    me = user_id(conn)
    if me is None:
        return {}
    dues = _stored_dues(conn, me, ids)
    changed = {case_id for case_id, ops in pending.items() if investigation_ops(ops)}
    if changed:
        shown = _Overlay(conn, sealer)
        for row in rows:
            if row.id in changed:
                dues[row.id] = shown.my_open(shown.investigation(row, pending[row.id]))
    return dues


def my_tasks(conn: Connection, sealer: Sealer, now: datetime) -> list[MyTask]:
    """The user's open tasks across cases: overdue first, then by due date (none last)."""
    me = user_id(conn)
    if me is None:
        return []
    pending = pending_by_case(conn, sealer)
    hidden = {case_id for case_id, ops in pending.items() if recused(ops)}
    wanted = set(_stored_dues(conn, me, None))
    wanted |= {case_id for case_id, ops in pending.items() if investigation_ops(ops)}
    ordered = sorted(wanted - hidden)
    shown = _Overlay(conn, sealer)
    found: list[MyTask] = []
    for start in range(0, len(ordered), _CHUNK):
        query = select(cases).where(cases.c.id.in_(ordered[start : start + _CHUNK]))
        for row in conn.execute(query):
            inv = shown.investigation(row, pending.get(row.id, []))
            found.extend(
                MyTask(row.id, row.reference, task)
                for task in inv.tasks
                if task.owner_id == me and task.state is TaskState.OPEN
            )
    today = now.astimezone(BRUSSELS).date()
    return sorted(
        found,
        key=lambda t: (
            not overdue(t.task, today),
            t.task.due or date.max,
            t.reference,
            t.task.created_at,
        ),
    )
