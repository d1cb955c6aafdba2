"""Read models for the GUI: the snapshot with our pending actions laid over it (the case
pane's; the list's rows are list_reads.py's)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.deadlines import BRUSSELS, next_deadline
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
from investigator_app.store.outbox import (
    case_state,
    colleague_names,
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
)
from investigator_app.store.undo import queued_actions
from investigator_app.store.views import CaseDetail, TimelineEntry

_CHUNK = 500  # ids per IN (...) list
_STATUS = {status.value: status for status in Status}
_CATEGORY = {category.value: category for category in Category}


def _life_cycle(ops: list[Operation]) -> list[Operation]:
    """The ops that may change the case's state (notes and declarations change none; a
    recusal hides the case before it matters)."""
    return [op for op in ops if op.action not in PERSONAL_ACTIONS]


def _declared(declared: bool, ops: list[Operation]) -> bool:
    return declared or any(isinstance(op, DeclareNoConflictOp) for op in ops)


def _today(now: datetime) -> date:
    return now.astimezone(BRUSSELS).date()


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
