"""Read models for the GUI: the snapshot with our pending actions laid over it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.deadlines import BRUSSELS, DeadlinePolicy, next_deadline
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround
from investigator_app.domain.lifecycle import PERSONAL_ACTIONS, allowed_actions
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Language,
    Outcome,
    ReporterKind,
    Status,
)
from investigator_app.operations import CloseOp, DeclareNoConflictOp, Operation
from investigator_app.store import conversation, notes as _notes, related
from investigator_app.store.identity import actor_name, deadline_policy, user_id
from investigator_app.store.investigation import shown_investigation
from investigator_app.store.models import AnyRow, case_events, cases
from investigator_app.store.my_tasks import my_task_dues
from investigator_app.store.outbox import (
    case_state,
    colleague_names,
    conflicted_cases,
    pending_by_case,
    pending_rows,
    recused,
)
from investigator_app.store.overlay import overlay, overlay_messages
from investigator_app.store.queue_checks import is_case_team
from investigator_app.store.sealing import (
    Sealer,
    description_place,
    event_reason_place,
    heading_place,
    token_set,
)
from investigator_app.store.undo import queued_actions
from investigator_app.store.views import CaseDetail, CaseSummary, TimelineEntry

_SUMMARY_COLUMNS = (
    cases.c.id,
    cases.c.reference,
    cases.c.received_at,
    cases.c.category,
    cases.c.sealed_heading,
    cases.c.search_tokens,
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
)

_CHUNK = 500  # ids per IN (...) list
_STATUS = {status.value: status for status in Status}
_CATEGORY = {category.value: category for category in Category}


def _life_cycle(ops: list[Operation]) -> list[Operation]:
    """The ops that may change the case's state (notes and declarations change none; a
    recusal hides the case before it matters)."""
    return [op for op in ops if op.action not in PERSONAL_ACTIONS]


def _declared(declared: bool, ops: list[Operation]) -> bool:
    return declared or any(isinstance(op, DeclareNoConflictOp) for op in ops)


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
    tokens = token_set(row.search_tokens)
    declared = bool(row.conflict_declared)
    changing = _life_cycle(ops) if ops else ops
    if len(changing) < len(ops):  # our queued notes are found before the service has them
        tokens |= token_set(sealer.index(_notes.pending_note_texts(ops)))
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
        search_tokens=tokens,
        conflict_declared=declared,
        needs_reassignment=needs_reassignment,
        assigned_to_me=bool(me) and assignee_id == me,
        new=status is Status.FORWARDED and not row.opened,
        my_open_tasks=len(my_dues),
        my_overdue_tasks=sum(1 for due in my_dues if due is not None and due < today),
    )


def _today(now: datetime) -> date:
    return now.astimezone(BRUSSELS).date()


def summaries(
    conn: Connection, sealer: Sealer, now: datetime, ids: Sequence[str] | None = None
) -> list[CaseSummary]:
    """Rows of the case list (all cases, or those of ``ids`` that exist), by reference."""
    pending = pending_by_case(conn, sealer, ids)
    names = colleague_names(conn)
    me = user_id(conn) or ""
    conflicted = conflicted_cases(conn)
    policy = deadline_policy(conn)
    query = select(*_SUMMARY_COLUMNS).order_by(cases.c.reference)
    if ids is None:
        rows = list(conn.execute(query))
    else:
        rows = []
        for start in range(0, len(ids), _CHUNK):
            rows.extend(conn.execute(query.where(cases.c.id.in_(ids[start : start + _CHUNK]))))
        rows.sort(key=lambda row: row.reference)
    requests = conversation.open_requests(conn, ids, pending)
    hidden = {case_id for case_id, ops in pending.items() if recused(ops)}
    dues = my_task_dues(conn, sealer, ids, pending, rows)
    return [
        _summary(
            sealer,
            row,
            pending.get(row.id, []),
            names,
            me,
            conflicted,
            policy,
            now,
            requests.get(row.id),
            dues.get(row.id, []),
        )
        for row in rows
        if row.id not in hidden  # our queued recusal hides the case at once
    ]


def detail(conn: Connection, sealer: Sealer, case_id: str, now: datetime) -> CaseDetail | None:
    row = conn.execute(select(cases).where(cases.c.id == case_id)).one_or_none()
    if row is None:
        return None
    entries = pending_rows(conn, sealer, case_id)
    every_op = [op for _, op in entries]
    if recused(every_op):
        return None  # gone for us as soon as we recused
    summary, entity, persons, *more = sealer.open_json(row.sealed_heading, heading_place(case_id))
    names, actor, my_id = colleague_names(conn), actor_name(conn), user_id(conn)
    overlaid = overlay(case_state(row), _life_cycle(every_op), names, my_id or "", actor)
    state, assignee_name = overlaid.shown.state, overlaid.shown.assignee_name
    thread = overlay_messages(
        conversation.messages(conn, sealer, case_id), overlaid.applied, actor, _today(now)
    )
    history = conn.execute(
        select(case_events).where(case_events.c.case_id == case_id).order_by(case_events.c.position)
    )
    timeline = [
        TimelineEntry(
            at=event.at,
            actor=event.actor,
            kind=EventKind(event.kind),
            from_status=Status(event.from_status) if event.from_status else None,
            to_status=Status(event.to_status) if event.to_status else None,
            outcome=Outcome(event.outcome) if event.outcome else None,
            reason=sealer.open_optional(
                event.sealed_reason, event_reason_place(case_id, event.position)
            ),
            pending=False,
            assignee=event.assignee,
        )
        for event in history
    ]
    return CaseDetail(
        id=row.id,
        reference=row.reference,
        version=row.version,
        department=row.department,
        status=state.status,
        outcome=state.outcome,
        channel=Channel(row.channel),
        category=Category(row.category),
        received_at=row.received_at,
        forwarded_at=row.forwarded_at,
        acknowledged_at=state.acknowledged_at,
        closed_at=state.closed_at,
        summary=summary,
        description=sealer.open(row.sealed_description, description_place(case_id)),
        involved_entity=entity,
        involved_persons=list(persons),
        reporter_kind=ReporterKind(row.reporter_kind),
        assignee_id=state.assignee_id,
        assignee_name=assignee_name,
        next_deadline=next_deadline(
            state.status,
            row.received_at,
            state.acknowledged_at,
            now,
            deadline_policy(conn),
            state.feedback_sent_at,
        ),
        timeline=timeline + overlaid.timeline,
        allowed_actions=allowed_actions(state.status),
        reporter_language=Language(row.reporter_language),
        reporter_reachable_by_email=bool(row.reporter_reachable_by_email),
        feedback_sent_at=state.feedback_sent_at,
        messages=thread,
        attachments=conversation.registration_attachments(conn, sealer, case_id),
        unread=bool(row.unread),
        notes=_notes.overlay_notes(
            _notes.stored_notes(conn, sealer, case_id, my_id),
            every_op,
            my_id,
            actor,
        ),
        conflict_declared=_declared(bool(row.conflict_declared), every_op),
        needs_reassignment=state.needs_reassignment,
        recusals=_notes.recusals(sealer, case_id, row.sealed_recusals),
        investigation=shown_investigation(conn, sealer, case_id, overlaid.applied, actor, names),
        closing_ground=_closing_ground(row, overlaid.applied),
        queued=queued_actions(conn, sealer, row, entries),
        is_case_team=is_case_team(conn, state.assignee_id),
        related=related.from_heading(more),
    )


def _closing_ground(row: AnyRow, applied: list[Operation]) -> ClosingGround | None:
    """Our queued closing's ground, else the one the service recorded."""
    closing = [op for op in applied if isinstance(op, CloseOp)]
    if closing:
        return closing[-1].ground
    return ClosingGround(row.closing_ground) if row.closing_ground else None
