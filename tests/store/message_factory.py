"""Builders of messages and attachments as the service sends them (for store tests)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import Status
from investigator_app.protocol import AttachmentOut, CaseOut, MessageOut
from tests.store.case_factory import RECEIVED, make_case

PHOTO = b"\x89PNG fictional photo of an invoice"
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()


def attachment(
    data: bytes = PHOTO, name: str = "factuur.png", by: str = "reporter"
) -> AttachmentOut:
    return AttachmentOut(
        sha256=hashlib.sha256(data).hexdigest(),
        name=name,
        size=len(data),
        media_type="image/png",
        added_at=RECEIVED + timedelta(days=3),
        added_by=by,
    )


def request(
    message_id: str | None = None,
    *,
    state: MessageState = MessageState.SENT,
    due: date = date(2026, 3, 20),
    body: str = "Wanneer vond de reis plaats?",
    **changes: Any,
) -> MessageOut:
    created: datetime = RECEIVED + timedelta(days=1)
    fields: dict[str, Any] = {
        "id": message_id or str(uuid.uuid4()),
        "kind": MessageKind.INFO_REQUEST,
        "state": state,
        "body": body,
        "author": "Ines Investigator",
        "created_at": created,
        "answer_due": due,
        "sent_at": created + timedelta(minutes=1) if state is not MessageState.SENDING else None,
    }
    fields.update(changes)
    return MessageOut(**fields)


def answered(message: MessageOut, answer: str = "In mei, met de aannemer.") -> MessageOut:
    return message.model_copy(
        update={
            "state": MessageState.ANSWERED,
            "answered_at": RECEIVED + timedelta(days=3),
            "answer": answer,
            "answer_channel": "web",
            "attachments": [attachment()],
        }
    )


def case_with(
    *messages: MessageOut,
    case_id: str = "c1",
    version: int = 3,
    status: Status = Status.ASSESSING,
    **changes: Any,
) -> CaseOut:
    base = make_case(case_id, version=version, status=status, acknowledged_at=RECEIVED)
    return base.model_copy(update={"messages": list(messages), **changes})
