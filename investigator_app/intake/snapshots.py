"""A case as a department sees it (protocol.CaseOut), built in bulk.

A page of the feed needs up to 1000 cases with their timelines: they are loaded with a
fixed number of queries (cases, events, messages, notes, declarations, people,
departments), never one per case. The reporter appears only as a kind; what happened while
the case was in another department shows that department (or 1700) as actor, not the person.

Snapshots are built for one viewer: the notes they may read (decrypted), their own
conflict-of-interest declaration, and the department's recusals. A case the viewer recused
from is left out: it reaches them as a tombstone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from investigator_app.domain.vocabulary import Role
from investigator_app.intake import declarations, notes
from investigator_app.intake.actors import CENTRAL_DESK_NAME, Actor
from investigator_app.intake.models import (
    Case,
    CaseAttachment,
    CaseEvent,
    Department,
    Message,
    MessageAttachment,
    Reporter,
    User,
)
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.protocol import (
    CENTRAL_DESK_LABEL,
    REPORTER_LABEL,
    AttachmentOut,
    CaseEventOut,
    CaseOut,
    MessageOut,
    PersonOut,
)

CaseIds = Select[str] | Collection[str]


@dataclass(frozen=True)
class Viewer:
    """Whom a snapshot is built for: a member of a department."""

    user_id: str
    role: Role
    department_id: int

    @classmethod
    def of(cls, actor: Actor) -> Viewer:
        assert actor.user_id is not None and actor.role is not None
        assert actor.department_id is not None  # only department members read cases
        return cls(actor.user_id, actor.role, actor.department_id)


def build_snapshots(
    session: Session, viewer: Viewer, case_ids: CaseIds, cipher: NoteCipher | None
) -> dict[str, CaseOut]:
    """CaseOut per case id, as ``viewer`` sees it (notes decrypted with ``cipher``).

    ``case_ids`` is a list or, for large pages, a SELECT of ids (kept in the database).
    Cases that were never forwarded, or were purged, or that the viewer recused from, are
    left out: the viewer never sees them.
    """
    if isinstance(case_ids, Collection) and not case_ids:
        return {}
    viewer_department_id = viewer.department_id
    departments = {
        row.id: row
        for row in session.execute(select(Department.id, Department.code, Department.name))
    }
    cases = session.execute(
        select(
            Case.id,
            Case.reference,
            Case.version,
            Case.department_id,
            Case.status,
            Case.outcome,
            Case.channel,
            Case.category,
            Case.received_at,
            Case.forwarded_at,
            Case.acknowledged_at,
            Case.closed_at,
            Case.feedback_sent_at,
            Case.summary,
            Case.description,
            Case.involved_entity,
            Case.involved_persons,
            Case.assignee_id,
            Case.needs_reassignment,
            Reporter.kind.label("reporter_kind"),
            Reporter.language.label("reporter_language"),
            (Reporter.email != "").label("reporter_reachable_by_email"),
        )
        .join(Reporter, Reporter.id == Case.reporter_id)
        # Purged cases are statistics only: no department sees them again.
        .where(Case.id.in_(case_ids), Case.forwarded_at.is_not(None), Case.purged_at.is_(None))
    ).all()
    events = session.execute(
        select(
            CaseEvent.id,
            CaseEvent.case_id,
            CaseEvent.at,
            CaseEvent.actor_id,
            CaseEvent.actor_department_id,
            CaseEvent.kind,
            CaseEvent.from_status,
            CaseEvent.to_status,
            CaseEvent.outcome,
            CaseEvent.reason,
            CaseEvent.assignee_id,
            CaseEvent.actor_label,
        )
        .where(CaseEvent.case_id.in_(case_ids))
        .order_by(CaseEvent.case_id, CaseEvent.case_version)
    ).all()

    # A department sees its own conversation with the reporter; a case re-routed to it
    # starts afresh (as with its acknowledgement and assignee).
    message_rows = (
        session.execute(
            select(Message)
            .where(Message.case_id.in_(case_ids), Message.department_id == viewer_department_id)
            .order_by(Message.created_at)
        )
        .scalars()
        .all()
    )
    note_rows = notes.load_note_rows(session, viewer_department_id, case_ids)
    declaration_rows = declarations.load_declaration_rows(session, case_ids)
    hidden = declarations.recused_by(declaration_rows, viewer.user_id)
    person_ids = (
        {row.assignee_id for row in cases}
        | {person for row in events for person in (row.actor_id, row.assignee_id)}
        | {row.author_id for row in message_rows}
        | {row.author_id for row in note_rows}
        | {row.user_id for row in declaration_rows}
    )
    person_ids.discard(None)
    people = (
        {
            row.id: PersonOut(id=row.id, display_name=row.display_name, role=row.role)
            for row in session.execute(
                select(User.id, User.display_name, User.role).where(User.id.in_(person_ids))
            )
        }
        if person_ids
        else {}
    )

    timelines: dict[str, list[CaseEventOut]] = defaultdict(list)
    for row in events:
        timelines[row.case_id].append(
            CaseEventOut(
                id=row.id,
                at=row.at,
                actor=_actor_label(row, viewer_department_id, departments, people),
                kind=row.kind,
                from_status=row.from_status,
                to_status=row.to_status,
                outcome=row.outcome,
                reason=row.reason,
                # Whom another department assigned the case to is that department's business.
                assignee=(
                    _name(people, row.assignee_id)
                    if row.actor_department_id in (None, viewer_department_id)
                    else None
                ),
            )
        )

    messages = _messages(session, message_rows, viewer_department_id, departments, people)
    case_files = _case_attachments(session, case_ids)
    readable = notes.readable_notes(
        note_rows,
        viewer_id=viewer.user_id,
        viewer_role=viewer.role,
        assignees={case.id: case.assignee_id for case in cases if case.id not in hidden},
        people=people,
        cipher=cipher,
    )
    declared = declarations.declared_by(declaration_rows, viewer.user_id)
    recusal_lists = declarations.recusals(
        declaration_rows,
        viewer_department_id,
        people,
        cipher,
        with_reasons=viewer.role is Role.MANAGER,
    )

    snapshots: dict[str, CaseOut] = {}
    for case in cases:
        if case.id in hidden:
            continue
        department = departments.get(case.department_id) if case.department_id is not None else None
        snapshots[case.id] = CaseOut(
            id=case.id,
            reference=case.reference,
            version=case.version,
            department=department.code if department is not None else "",
            status=case.status,
            outcome=case.outcome,
            channel=case.channel,
            category=case.category,
            received_at=case.received_at,
            forwarded_at=case.forwarded_at,
            acknowledged_at=case.acknowledged_at,
            closed_at=case.closed_at,
            feedback_sent_at=case.feedback_sent_at,
            summary=case.summary,
            description=case.description,
            involved_entity=case.involved_entity,
            involved_persons=list(case.involved_persons),
            reporter_kind=case.reporter_kind,
            reporter_language=case.reporter_language,
            reporter_reachable_by_email=bool(case.reporter_reachable_by_email),
            messages=messages.get(case.id, []),
            attachments=case_files.get(case.id, []),
            assignee=people.get(case.assignee_id) if case.assignee_id is not None else None,
            events=timelines.get(case.id, []),
            notes=readable.get(case.id, []),
            conflict_declared=case.id in declared,
            recusals=recusal_lists.get(case.id, []),
            needs_reassignment=bool(case.needs_reassignment),
        )
    return snapshots


def case_snapshot(
    session: Session, viewer: Viewer, case_id: str, cipher: NoteCipher | None
) -> CaseOut | None:
    """The case as ``viewer`` sees it; None when it is hidden from them (recused, purged)."""
    return build_snapshots(session, viewer, [case_id], cipher).get(case_id)


def _name(people: dict[str, PersonOut], person_id: str | None) -> str | None:
    person = people.get(person_id) if person_id is not None else None
    return person.display_name if person is not None else None


def _messages(
    session: Session,
    rows: Sequence[Message],
    viewer_department_id: int,
    departments: dict[int, Any],
    people: dict[str, PersonOut],
) -> dict[str, list[MessageOut]]:
    """MessageOut per case id, oldest first, with the reporter's files (one query)."""
    files: dict[str, list[AttachmentOut]] = defaultdict(list)
    if rows:
        for file in session.scalars(
            select(MessageAttachment)
            .where(MessageAttachment.message_id.in_([row.id for row in rows]))
            .order_by(MessageAttachment.id)
        ):
            files[file.message_id].append(_attachment(file, REPORTER_LABEL))
    result: dict[str, list[MessageOut]] = defaultdict(list)
    for row in rows:
        if row.department_id != viewer_department_id:
            author = str(departments[row.department_id].name)
        else:
            author = _name(people, row.author_id) or "?"
        result[row.case_id].append(
            MessageOut(
                id=row.id,
                kind=row.kind,
                state=row.state,
                body=row.body,
                author=author,
                created_at=row.created_at,
                answer_due=row.answer_due,
                sent_at=row.sent_at,
                delivery_attempts=row.delivery_attempts,
                delivery_error=row.delivery_error,
                reminded_at=row.reminded_at,
                cancelled_at=row.cancelled_at,
                answered_at=row.answered_at,
                answer=row.answer,
                answer_channel="web"
                if row.answer_channel == "web"
                else ("phone" if row.answer_channel == "phone" else None),
                attachments=files.get(row.id, []),
            )
        )
    return result


def _case_attachments(session: Session, case_ids: CaseIds) -> dict[str, list[AttachmentOut]]:
    result: dict[str, list[AttachmentOut]] = defaultdict(list)
    for file in session.scalars(
        select(CaseAttachment)
        .where(CaseAttachment.case_id.in_(case_ids))
        .order_by(CaseAttachment.id)
    ):
        result[file.case_id].append(_attachment(file, CENTRAL_DESK_LABEL))
    return result


def _attachment(file: CaseAttachment | MessageAttachment, added_by: str) -> AttachmentOut:
    return AttachmentOut(
        sha256=file.sha256,
        name=file.name,
        size=file.size,
        media_type=file.media_type,
        added_at=file.added_at,
        added_by=added_by,
    )


def _actor_label(
    event: Any, viewer_department_id: int, departments: dict[int, Any], people: dict[str, PersonOut]
) -> str:
    if event.actor_label:
        return str(event.actor_label)
    if event.actor_department_id is None:
        return CENTRAL_DESK_NAME  # the 1700 desk or the service's own administrators
    if event.actor_department_id != viewer_department_id:
        return str(departments[event.actor_department_id].name)
    return _name(people, event.actor_id) or "?"
