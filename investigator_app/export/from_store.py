"""Build the export's model from what the desktop's store shows of a case.

Notes, a revealed identity and the audit trail are passed in by the caller (they come from
other places: the notes and reveals of issue 4, the service's trail); all may be empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from investigator_app.domain.deadlines import (
    DEFAULT_POLICY,
    DeadlinePolicy,
    acknowledgement_due,
    feedback_due,
)
from investigator_app.export.model import (
    AuditEntry,
    DeadlineOutcome,
    DossierAttachment,
    DossierCase,
    DossierDeadline,
    DossierEvent,
    DossierMessage,
    DossierNote,
    RevealedIdentity,
)
from investigator_app.store.views import AttachmentView, CaseDetail, MessageView


def _deadline(kind: str, due: datetime, done_at: datetime | None, now: datetime) -> DossierDeadline:
    if done_at is not None:
        outcome = DeadlineOutcome.MET if done_at <= due else DeadlineOutcome.LATE
    else:
        outcome = DeadlineOutcome.OVERDUE if now > due else DeadlineOutcome.OPEN
    return DossierDeadline(kind, due, done_at, outcome)


def deadlines_of(
    detail: CaseDetail, now: datetime, policy: DeadlinePolicy = DEFAULT_POLICY
) -> tuple[DossierDeadline, ...]:
    """Acknowledgement and feedback: met, late, open or overdue."""
    ack_due = acknowledgement_due(detail.received_at, policy)
    fb_due = feedback_due(detail.received_at, detail.acknowledged_at, policy)
    return (
        _deadline("acknowledgement", ack_due, detail.acknowledged_at, now),
        _deadline("feedback", fb_due, detail.feedback_sent_at, now),
    )


def _attachment(item: AttachmentView) -> DossierAttachment:
    return DossierAttachment(
        name=item.name,
        size=item.size,
        sha256=item.sha256,
        media_type=item.media_type,
        added_at=item.added_at,
        added_by=item.added_by,
    )


def _message(message: MessageView) -> DossierMessage:
    return DossierMessage(
        id=message.id,
        kind=message.kind,
        state=message.state,
        body=message.body,
        author=message.author,
        created_at=message.created_at,
        answer_due=message.answer_due,
        sent_at=message.sent_at,
        answered_at=message.answered_at,
        answer=message.answer,
        answer_channel=message.answer_channel,
        attachments=tuple(_attachment(item) for item in message.attachments),
    )


def notes_of(detail: CaseDetail) -> list[DossierNote]:
    """The notes the user may read (their own queued ones too), as of their last edit."""
    return [
        DossierNote(id=note.id, author=note.author, created_at=note.edited_at, text=note.body)
        for note in detail.notes
    ]


def dossier_from_detail(
    detail: CaseDetail,
    *,
    now: datetime,
    department_name: str | None = None,
    policy: DeadlinePolicy = DEFAULT_POLICY,
    notes: Sequence[DossierNote] = (),
    identity: RevealedIdentity | None = None,
    audit: Sequence[AuditEntry] = (),
) -> DossierCase:
    return DossierCase(
        id=detail.id,
        reference=detail.reference,
        department=department_name or detail.department,
        status=detail.status,
        outcome=detail.outcome,
        channel=detail.channel,
        category=detail.category,
        received_at=detail.received_at,
        forwarded_at=detail.forwarded_at,
        acknowledged_at=detail.acknowledged_at,
        closed_at=detail.closed_at,
        summary=detail.summary,
        description=detail.description,
        involved_entity=detail.involved_entity,
        involved_persons=tuple(detail.involved_persons),
        reporter_kind=detail.reporter_kind,
        assignee_name=detail.assignee_name,
        reporter_language=detail.reporter_language,
        deadlines=deadlines_of(detail, now, policy),
        events=tuple(
            DossierEvent(
                at=entry.at,
                actor=entry.actor,
                kind=entry.kind,
                from_status=entry.from_status,
                to_status=entry.to_status,
                outcome=entry.outcome,
                reason=entry.reason,
                assignee=entry.assignee,
            )
            for entry in detail.timeline
        ),
        messages=tuple(_message(message) for message in detail.messages),
        attachments=tuple(_attachment(item) for item in detail.attachments),
        notes=tuple(notes),
        identity=identity,
        audit=tuple(audit),
        investigation=detail.investigation,  # with our queued changes, marked pending
        closing_ground=detail.closing_ground,
    )
