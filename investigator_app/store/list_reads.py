"""The case list's rows (CaseSummary), read for 100,000 cases at once: the clear columns as
plain tuples and the sealed heading, straight into each row; a case with queued actions of
ours goes through the overlay (reads.py) like the case pane."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.deadlines import DeadlinePolicy, next_deadline
from investigator_app.domain.vocabulary import OPEN_STATUSES, Status
from investigator_app.operations import Operation
from investigator_app.store import conversation
from investigator_app.store.identity import deadline_policy, user_id
from investigator_app.store.models import AnyRow, cases
from investigator_app.store.my_tasks import my_task_dues
from investigator_app.store.outbox import (
    case_state,
    colleague_names,
    conflicted_cases,
    pending_by_case,
    recused,
)
from investigator_app.store.overlay import overlay
from investigator_app.store.reads import (
    _CATEGORY,
    _CHUNK,
    _STATUS,
    _declared,
    _life_cycle,
    _today,
)
from investigator_app.store.sealing import Sealer, heading_place
from investigator_app.store.views import CaseSummary

_SUMMARY_COLUMNS = (
    cases.c.id,
    cases.c.reference,
    cases.c.received_at,
    cases.c.category,
    cases.c.sealed_heading,
    cases.c.status,
    cases.c.outcome,
    cases.c.acknowledged_at,
    cases.c.closed_at,
    cases.c.assignee_id,
    cases.c.assignee_name,
    cases.c.feedback_sent_at,
    cases.c.unread,
    cases.c.conflict_declared,
    cases.c.needs_reassignment,
    cases.c.opened,
    cases.c.search_key,
)


def _summary(
    sealer: Sealer,
    row: AnyRow,
    ops: list[Operation],
    names: dict[str, str],
    me: str,
    conflicted: set[str],
    policy: DeadlinePolicy,
    now: datetime,
    requests: conversation.OpenRequests | None,
    my_dues: list[date | None],
) -> CaseSummary:
    declared = bool(row.conflict_declared)
    changing = _life_cycle(ops) if ops else ops
    if len(changing) < len(ops):
        declared = _declared(declared, ops)
    if changing:
        shown = overlay(case_state(row), changing, names, me, "").shown
        state, assignee = shown.state, shown.assignee_name
        status, acknowledged_at, feedback_sent_at = (
            state.status,
            state.acknowledged_at,
            state.feedback_sent_at,
        )
        needs_reassignment = state.needs_reassignment
        assignee_id = state.assignee_id
    else:  # the common case, kept cheap: 10,000 rows are built for the list
        status, acknowledged_at, assignee = (
            _STATUS[row.status],
            row.acknowledged_at,
            row.assignee_name,
        )
        feedback_sent_at = row.feedback_sent_at
        needs_reassignment = bool(row.needs_reassignment)
        assignee_id = row.assignee_id
    summary, entity, persons, *_ = sealer.open_json(row.sealed_heading, heading_place(row.id))
    search = " ".join([row.reference, summary, entity, *persons, assignee or ""]).lower()
    today = _today(now)
    return CaseSummary(
        id=row.id,
        reference=row.reference,
        received_at=row.received_at,
        category=_CATEGORY[row.category],
        involved_entity=entity,
        status=status,
        next_deadline=next_deadline(
            status, row.received_at, acknowledged_at, now, policy, feedback_sent_at
        ),
        assignee_name=assignee,
        pending_actions=len(ops),
        has_conflict=row.id in conflicted,
        search_text=search,
        awaiting_answer=requests is not None and requests.awaiting(),
        overdue_request=requests is not None and requests.overdue(_today(now)),
        answer_due=requests.earliest_due() if requests is not None else None,
        unread=bool(row.unread),
        conflict_declared=declared,
        needs_reassignment=needs_reassignment,
        assigned_to_me=bool(me) and assignee_id == me,
        new=status is Status.FORWARDED and not row.opened,
        my_open_tasks=len(my_dues),
        my_overdue_tasks=sum(1 for due in my_dues if due is not None and due < today),
        search_key=row.search_key or 0,
    )


@dataclass(frozen=True)
class _ListContext:
    """What every row of one list read shares."""

    me: str
    conflicted: set[str]
    policy: DeadlinePolicy
    now: datetime
    today: date
    requests: dict[str, conversation.OpenRequests]
    dues: dict[str, list[date | None]]


_BY_REFERENCE = itemgetter(1)
# The columns of ix_cases_list_row (migration 0010), which holds them all: the rows are read
# from that index, in reference order, never from the table, whose rows span several pages
# each (the search tokens).
_LIST_SQL = (
    "SELECT id, reference, received_at, category, status, acknowledged_at,"
    " assignee_id, assignee_name, feedback_sent_at, unread, conflict_declared,"
    " needs_reassignment, opened, search_key, sealed_heading FROM cases"
)
_OPEN = frozenset(status.value for status in OPEN_STATUSES)


def _moment(stored: str | None) -> datetime | None:
    """A UTCDateTime column read without its type (store/types.py writes ISO-8601)."""
    return None if stored is None else datetime.fromisoformat(stored)


def _plain_summary(
    raw: Sequence[Any], heading: Sequence[Any], context: _ListContext
) -> CaseSummary:
    """The list row of a case without queued actions of ours (nearly every case): straight
    from its clear columns and its opened heading. With 100,000 cases every microsecond
    here is a tenth of a second before the list shows."""
    (
        case_id,
        reference,
        received,
        category,
        status_value,
        acknowledged,
        assignee_id,
        assignee,
        feedback,
        unread,
        declared,
        reassign,
        opened,
        search_key,
        _sealed,
    ) = raw
    received_at = datetime.fromisoformat(received)
    status = _STATUS[status_value]
    deadline = (
        next_deadline(
            status,
            received_at,
            _moment(acknowledged),
            context.now,
            context.policy,
            _moment(feedback),
        )
        if status_value in _OPEN
        else None
    )
    summary, entity, persons, *_ = heading
    requests = context.requests.get(case_id)
    dues = context.dues.get(case_id)
    today = context.today
    # Not through the generated __init__ of a frozen dataclass, which sets each of its 23
    # fields through object.__setattr__: a third of the time of building a row. Every
    # field is named here (tests/store/test_list_rows.py holds the two ways equal).
    row = object.__new__(CaseSummary)
    row.__dict__.update(
        {
            "id": case_id,
            "reference": reference,
            "received_at": received_at,
            "category": _CATEGORY[category],
            "involved_entity": entity,
            "status": status,
            "next_deadline": deadline,
            "assignee_name": assignee,
            "pending_actions": 0,
            "has_conflict": case_id in context.conflicted,
            "search_text": " ".join([reference, summary, entity, *persons, assignee or ""]).lower(),
            "awaiting_answer": requests is not None and requests.awaiting(),
            "overdue_request": requests is not None and requests.overdue(today),
            "answer_due": requests.earliest_due() if requests is not None else None,
            "unread": bool(unread),
            "conflict_declared": bool(declared),
            "needs_reassignment": bool(reassign),
            "new": status is Status.FORWARDED and not opened,
            "my_open_tasks": len(dues) if dues else 0,
            "my_overdue_tasks": (
                sum(1 for due in dues if due is not None and due < today) if dues else 0
            ),
            "assigned_to_me": bool(context.me) and assignee_id == context.me,
            "search_key": search_key or 0,
        }
    )
    return row


def summaries(
    conn: Connection, sealer: Sealer, now: datetime, ids: Sequence[str] | None = None
) -> list[CaseSummary]:
    """Rows of the case list (all cases, or those of ``ids`` that exist), by reference."""
    pending = pending_by_case(conn, sealer, ids)
    wanted = None if ids is None else set(ids)
    hidden = {case_id for case_id, ops in pending.items() if recused(ops)}
    acted = [i for i in pending if i not in hidden and (wanted is None or i in wanted)]
    typed: dict[str, AnyRow] = {}  # cases with queued actions of ours: the overlay's way
    query = select(*_SUMMARY_COLUMNS)
    for start in range(0, len(acted), _CHUNK):
        chunk = acted[start : start + _CHUNK]
        typed.update((row.id, row) for row in conn.execute(query.where(cases.c.id.in_(chunk))))
    context = _ListContext(
        me=user_id(conn) or "",
        conflicted=conflicted_cases(conn),
        policy=deadline_policy(conn),
        now=now,
        today=_today(now),
        requests=conversation.open_requests(conn, ids, pending),
        dues=my_task_dues(conn, sealer, ids, pending, typed.values()),
    )
    names = colleague_names(conn) if typed else {}
    raw = conn.connection.driver_connection  # plain tuples: no per-column type processing
    assert raw is not None
    if ids is None:
        rows = raw.execute(f"{_LIST_SQL} ORDER BY reference").fetchall()
    else:
        rows = []
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            rows.extend(raw.execute(f"{_LIST_SQL} WHERE id IN ({marks})", chunk).fetchall())
        rows.sort(key=_BY_REFERENCE)
    shown = [row for row in rows if row[0] not in hidden]  # our queued recusal hides it
    plain = [row for row in shown if row[0] not in typed]
    headings = iter(sealer.open_json_many([(row[-1], heading_place(row[0])) for row in plain]))
    found: list[CaseSummary] = []
    for row in shown:
        case_id = row[0]
        held = typed.get(case_id)
        if held is None:
            found.append(_plain_summary(row, next(headings), context))
            continue
        found.append(
            _summary(
                sealer,
                held,
                pending[case_id],
                names,
                context.me,
                context.conflicted,
                context.policy,
                now,
                context.requests.get(case_id),
                context.dues.get(case_id, []),
            )
        )
    return found
