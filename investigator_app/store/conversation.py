"""Reading the conversation with the reporter from the store: the thread of a case and,
for the list, which cases wait for an answer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.messages import (
    OPEN_REQUEST_STATES,
    MessageKind,
    answer_deadline_passed,
)
from investigator_app.operations import CancelRequestOp, Operation, RequestInfoOp
from investigator_app.protocol import AttachmentOut, MessageOut
from investigator_app.store import attachments as _attachments
from investigator_app.store.models import case_attachments, case_messages
from investigator_app.store.sealing import Sealer, attachment_place, message_place
from investigator_app.store.views import AttachmentView, MessageView

_OPEN = [state.value for state in OPEN_REQUEST_STATES]


def _attachment_view(attachment: AttachmentOut, held: set[str]) -> AttachmentView:
    return AttachmentView(
        sha256=attachment.sha256,
        name=attachment.name,
        size=attachment.size,
        media_type=attachment.media_type,
        added_at=attachment.added_at,
        added_by=attachment.added_by,
        available=attachment.sha256 in held,
    )


def attachment_views(
    conn: Connection, attachments: Sequence[AttachmentOut]
) -> list[AttachmentView]:
    held = _attachments.available(conn, [a.sha256 for a in attachments])
    return [_attachment_view(a, held) for a in attachments]


def registration_attachments(
    conn: Connection, sealer: Sealer, case_id: str
) -> list[AttachmentView]:
    """What 1700 added at registration (the e-mail or chat transcript), by name."""
    query = select(case_attachments.c.sha256, case_attachments.c.sealed_payload).where(
        case_attachments.c.case_id == case_id, case_attachments.c.message_id == ""
    )
    found = [
        AttachmentOut.model_validate_json(
            sealer.open(sealed, attachment_place(case_id, "", sha256))
        )
        for sha256, sealed in conn.execute(query)
    ]
    found.sort(key=lambda a: (a.name, a.sha256))
    return attachment_views(conn, found)


def messages(conn: Connection, sealer: Sealer, case_id: str) -> list[MessageView]:
    """The stored thread of a case, oldest first (without our pending actions)."""
    query = (
        select(case_messages.c.position, case_messages.c.sealed_payload)
        .where(case_messages.c.case_id == case_id)
        .order_by(case_messages.c.position)
    )
    stored = [
        MessageOut.model_validate_json(sealer.open(sealed, message_place(case_id, position)))
        for position, sealed in conn.execute(query)
    ]
    held = _attachments.available(conn, [a.sha256 for m in stored for a in m.attachments])
    return [
        MessageView(
            id=m.id,
            kind=m.kind,
            state=m.state,
            body=m.body,
            author=m.author,
            created_at=m.created_at,
            answer_due=m.answer_due,
            sent_at=m.sent_at,
            delivery_attempts=m.delivery_attempts,
            delivery_error=m.delivery_error,
            reminded_at=m.reminded_at,
            cancelled_at=m.cancelled_at,
            answered_at=m.answered_at,
            answer=m.answer,
            answer_channel=m.answer_channel,
            attachments=[_attachment_view(a, held) for a in m.attachments],
        )
        for m in stored
    ]


@dataclass(frozen=True)
class OpenRequests:
    """A case's open information requests, as the list needs them."""

    due: dict[str, date | None]  # request id -> answer deadline

    def awaiting(self) -> bool:
        return bool(self.due)

    def overdue(self, today: date) -> bool:
        return any(answer_deadline_passed(due, today) for due in self.due.values())

    def earliest_due(self) -> date | None:
        return min((d for d in self.due.values() if d is not None), default=None)


def open_requests(
    conn: Connection, ids: Sequence[str] | None, ops: Mapping[str, list[Operation]]
) -> dict[str, OpenRequests]:
    """Open information requests per case, with our pending requests and cancellations."""
    query = select(case_messages.c.case_id, case_messages.c.id, case_messages.c.answer_due).where(
        case_messages.c.kind == MessageKind.INFO_REQUEST.value,
        case_messages.c.state.in_(_OPEN),
    )
    if ids is not None and len(ids) <= 500:
        query = query.where(case_messages.c.case_id.in_(ids))
    found: dict[str, dict[str, date | None]] = {}
    for case_id, message_id, due in conn.execute(query):
        found.setdefault(case_id, {})[message_id] = due
    for case_id, case_ops in ops.items():
        _apply_pending(found.setdefault(case_id, {}), case_ops)
    return {case_id: OpenRequests(due) for case_id, due in found.items() if due}


def _apply_pending(due: dict[str, date | None], ops: Iterable[Operation]) -> None:
    for op in ops:
        if isinstance(op, RequestInfoOp):
            due[str(op.message.message_id)] = op.message.answer_due
        elif isinstance(op, CancelRequestOp):
            due.pop(str(op.target_message_id), None)
