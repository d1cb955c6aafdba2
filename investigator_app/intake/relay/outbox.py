"""The mail outbox: mails waiting to be sent, kept in the database.

A row is claimed in a short transaction (row lock, SKIP LOCKED on PostgreSQL, plus a lease
so a copy that dies mid-send releases it), sent outside any transaction, and its outcome
recorded in a second transaction that also updates the message, the case's feed and the
audit trail. The reporter's address is looked up at claim time and never stored here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from investigator_app.domain.events import EventKind
from investigator_app.domain.messages import MessageState
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import add_event, lock_case, touch
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case, Department, MailOutbox, Message, Reporter
from investigator_app.intake.relay.compose import MailContent
from investigator_app.intake.relay.language import choose
from investigator_app.intake.relay.links import issue_link, link_url
from investigator_app.intake.settings import MailSettings
from investigator_app.protocol import RELAY_LABEL

log = logging.getLogger("investigator_app.intake.relay.outbox")

RELAY = Actor(user_id=None, name=RELAY_LABEL, role=None)
MESSAGE, REMINDER = "message", "reminder"


def queue(session: Session, message: Message, purpose: str, now: datetime) -> MailOutbox:
    row = MailOutbox(
        message_id=message.id, purpose=purpose, created_at=now, next_attempt_at=now, attempts=0
    )
    session.add(row)
    audit.record(
        session,
        RELAY,
        "mail.queued",
        now,
        case_id=message.case_id,
        detail={"message_id": message.id, "kind": message.kind, "purpose": purpose},
    )
    return row


def drop_pending(session: Session, message_id: str, now: datetime) -> None:
    """Mails of ``message_id`` not sent yet will not be (cancelled, replaced, expired)."""
    session.execute(
        update(MailOutbox)
        .where(MailOutbox.message_id == message_id, MailOutbox.done_at.is_(None))
        .values(done_at=now, outcome="dropped", claimed_until=None)
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True)
class ClaimedMail:
    outbox_id: int
    attempt: int
    recipient: str
    content: MailContent


def claim_next(
    session: Session, now: datetime, public_url: str, settings: MailSettings
) -> ClaimedMail | None:
    """Take the next due mail for ``settings.claim_lease`` and issue its link, or None."""
    row = session.scalars(
        select(MailOutbox)
        .where(
            MailOutbox.done_at.is_(None),
            MailOutbox.next_attempt_at <= now,
            or_(MailOutbox.claimed_until.is_(None), MailOutbox.claimed_until < now),
        )
        .order_by(MailOutbox.next_attempt_at, MailOutbox.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()
    if row is None:
        return None
    # The writers that change a message (cancelling, expiring, returning its case) lock its
    # case, then the message, then its mails. Holding the mail here, waiting for the message
    # would close that circle (a deadlock): a message being changed is passed over now and
    # its mail taken at a later round.
    message = session.scalars(
        select(Message).where(Message.id == row.message_id).with_for_update(skip_locked=True)
    ).first()
    if message is None:
        return None
    case = session.get_one(Case, message.case_id)
    reporter = session.get_one(Reporter, case.reporter_id)
    department = session.get_one(Department, message.department_id)
    row.attempts += 1
    row.claimed_until = now + settings.claim_lease
    # Each attempt mails a fresh link: the hash of the one actually delivered is the one
    # that works (a link from an attempt that may have half-arrived stops working).
    token = issue_link(session, message, now)
    return ClaimedMail(
        outbox_id=row.id,
        attempt=row.attempts,
        recipient=reporter.email,
        content=MailContent(
            kind=message.kind,
            reminder=row.purpose == REMINDER,
            language=choose(reporter.language),
            department=department.name,
            reference=case.reference,
            answer_due=message.answer_due,
            link=link_url(public_url, token),
        ),
    )


def _locked(session: Session, outbox_id: int) -> tuple[MailOutbox, Message, Case] | None:
    row = session.get(MailOutbox, outbox_id)
    if row is None:
        return None
    message = session.get_one(Message, row.message_id)
    case = lock_case(session, message.case_id)  # case first: the order every writer keeps
    assert case is not None
    session.refresh(message, with_for_update=True)
    session.refresh(row, with_for_update=True)
    if row.done_at is not None:
        return None  # dropped meanwhile (cancelled, expired)
    return row, message, case


def record_sent(session: Session, outbox_id: int, now: datetime) -> None:
    locked = _locked(session, outbox_id)
    if locked is None:
        return
    row, message, case = locked
    row.done_at, row.outcome, row.claimed_until, row.last_error = now, "sent", None, None
    message.delivery_attempts = row.attempts
    message.delivery_error = None
    if message.state in (MessageState.SENDING, MessageState.NOT_DELIVERED):
        message.state = MessageState.SENT
    if message.sent_at is None:
        message.sent_at = now
    touch(case)
    publish(session, case)
    audit.record(
        session,
        RELAY,
        "mail.sent",
        now,
        case_id=case.id,
        detail={
            "reference": case.reference,
            "message_id": message.id,
            "purpose": row.purpose,
            "attempt": row.attempts,
        },
    )


def retry_delay(settings: MailSettings, attempt: int) -> timedelta:
    """Exponential back-off: base, 2 x base, 4 x base ... capped."""
    delay: timedelta = settings.retry_base_delay * (2 ** max(attempt - 1, 0))
    return min(delay, settings.retry_max_delay)


def record_failure(
    session: Session,
    outbox_id: int,
    error: str,
    permanent: bool,
    now: datetime,
    settings: MailSettings,
) -> None:
    locked = _locked(session, outbox_id)
    if locked is None:
        return
    row, message, case = locked
    row.last_error = error
    row.claimed_until = None
    message.delivery_attempts = row.attempts
    message.delivery_error = error
    detail = {
        "reference": case.reference,
        "message_id": message.id,
        "purpose": row.purpose,
        "attempt": row.attempts,
        "error": error,
    }
    if permanent or row.attempts >= settings.max_attempts:
        row.done_at, row.outcome = now, "failed"
        message.state = MessageState.NOT_DELIVERED
        add_event(
            session,
            case,
            RELAY,
            EventKind.DELIVERY_FAILED,
            max(now, case.updated_at),
            from_status=case.status,
            reason=error,
            actor_label=RELAY_LABEL,
        )
        audit.record(session, RELAY, "mail.failed", now, case_id=case.id, detail=detail)
    else:
        row.next_attempt_at = now + retry_delay(settings, row.attempts)
        touch(case)
        audit.record(session, RELAY, "mail.attempt_failed", now, case_id=case.id, detail=detail)
    publish(session, case)
