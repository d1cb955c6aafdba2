"""What the 1700 desk does for the relay: attach files to a report at registration, list
the requests it must put to reporters by phone, log an answer given by phone.

Plain functions on a Session (the API and the CLI both call them).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.blobs import StoredFile, Upload, check_uploads, link_to_case
from investigator_app.intake.cases import lock_case, touch
from investigator_app.intake.errors import ServiceError, not_found
from investigator_app.intake.feed import publish, visible_department
from investigator_app.intake.messages import ANSWERABLE, record_answer
from investigator_app.intake.models import Case, Department, Message, Reporter
from investigator_app.intake.settings import RelayPolicy
from investigator_app.protocol import (
    CENTRAL_DESK_LABEL,
    AttachmentOut,
    ErrorCode,
    PhoneRequestOut,
)


def attach_to_report(
    session: Session,
    actor: Actor,
    key: str,
    uploads: list[Upload],
    policy: RelayPolicy,
    now: datetime,
) -> list[AttachmentOut]:
    """Keep files (the e-mail, the chat transcript) with a report; a department that has
    the case sees them at its next sync. Raises AttachmentRefusedError before storing."""
    files: list[StoredFile] = check_uploads(uploads, policy)
    case = lock_case(session, key)
    if case is None:
        raise not_found()
    added = [link_to_case(session, case.id, stored, actor.user_id, now) for stored in files]
    if visible_department(case) is not None:
        touch(case)
        publish(session, case)
    audit.record(
        session,
        actor,
        "report.attach",
        now,
        case_id=case.id,
        detail={"reference": case.reference, "attachments": [f.sha256 for f in files]},
    )
    return [
        AttachmentOut(
            sha256=row.sha256,
            name=row.name,
            size=row.size,
            media_type=row.media_type,
            added_at=now,
            added_by=CENTRAL_DESK_LABEL,
        )
        for row in added
    ]


def list_phone_requests(session: Session) -> list[PhoneRequestOut]:
    """Open requests that did not reach the reporter by mail (no address, or delivery
    failed): 1700 reads the question out and logs the answer. Oldest deadline first."""
    rows = session.execute(
        select(Message, Case.reference, Department.name, Reporter)
        .join(Case, Case.id == Message.case_id)
        .join(Department, Department.id == Message.department_id)
        .join(Reporter, Reporter.id == Case.reporter_id)
        .where(
            Message.kind == MessageKind.INFO_REQUEST,
            Message.state == MessageState.NOT_DELIVERED,
        )
        .order_by(Message.answer_due, Message.created_at)
    ).all()
    return [
        PhoneRequestOut(
            message_id=message.id,
            reference=reference,
            department=department,
            question=message.body,
            answer_due=message.answer_due,
            created_at=message.created_at,
            delivery_error=message.delivery_error,
            reporter_name=reporter.name or reporter.organisation,
            reporter_phone=reporter.phone,
            reporter_language=reporter.language,
        )
        for message, reference, department, reporter in rows
    ]


def log_phone_answer(
    session: Session, actor: Actor, message_id: str, answer: str, now: datetime
) -> Message:
    """The reporter's answer, given to 1700 by phone (also for a request sent by mail)."""
    found = session.get(Message, message_id) if len(message_id) <= 64 else None
    if found is None or found.kind is not MessageKind.INFO_REQUEST:
        raise not_found("information request")
    case = lock_case(session, found.case_id)
    assert case is not None
    session.refresh(found, with_for_update=True)
    if found.state not in ANSWERABLE:
        raise ServiceError(
            409,
            ErrorCode.INVALID_TRANSITION,
            f"This request is {found.state}; it can no longer be answered.",
        )
    record_answer(session, actor, case, found, answer, "phone", [], now)
    return found
