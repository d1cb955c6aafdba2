"""The conversation with the reporter, on the service: creating messages from desktop
operations, reminders, cancelling, answers (web or phone) and expiry.

Lock order everywhere: the case, then its message, then outbox rows, so that writers on
PostgreSQL never wait on each other crosswise.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.events import EVENT_OF_ACTION, EventKind
from investigator_app.domain.letters import check_letter
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.messages import (
    NO_EMAIL_FOR_REMINDER,
    MessageKind,
    MessageState,
    check_answer_due,
)
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.blobs import StoredFile, link_to_message
from investigator_app.intake.cases import add_event, lock_case
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case, Department, Message, Reporter
from investigator_app.intake.relay import outbox
from investigator_app.intake.relay.links import revoke_links
from investigator_app.intake.settings import RelayPolicy
from investigator_app.operations import LetterIn, QuestionIn
from investigator_app.protocol import DELIVERY_NO_EMAIL, RELAY_LABEL, REPORTER_LABEL

log = logging.getLogger("investigator_app.intake.messages")

MESSAGE_NOT_FOUND = "message not found"  # also for a message of another case
ANSWERABLE = frozenset({MessageState.SENDING, MessageState.SENT, MessageState.NOT_DELIVERED})
"""Requests that can still be answered, reminded or cancelled (an undelivered one may
still be answered by phone)."""

REPORTER = Actor(user_id=None, name=REPORTER_LABEL, role=None)
_KIND_OF_ACTION = {
    Action.ACKNOWLEDGE: MessageKind.ACKNOWLEDGEMENT,
    Action.REQUEST_INFO: MessageKind.INFO_REQUEST,
    Action.SEND_FEEDBACK: MessageKind.FEEDBACK,
}


def brussels_today(now: datetime) -> date:
    return now.astimezone(BRUSSELS).date()


def request_expiry(answer_due: date, policy: RelayPolicy) -> datetime:
    """The end of ``answer_due`` in Brussels, plus the grace period."""
    midnight = datetime.combine(answer_due + timedelta(days=1), time(0), tzinfo=BRUSSELS)
    return midnight + policy.answer_grace


def check_new_message(
    session: Session, case: Case, action: Action, incoming: LetterIn | QuestionIn
) -> MessageKind:
    """The kind of message ``action`` sends (the operation's model fixed its fields); a
    letter that is only its template's greeting and closing is refused (domain.letters)."""
    if session.get(Message, str(incoming.message_id)) is not None:
        raise TransitionError("this message id is already used")
    department = session.get(Department, case.department_id)
    names = (department.name, department.code) if department is not None else ()
    check_letter(action, incoming.body, case.reference, names)
    return _KIND_OF_ACTION[action]


def create_message(
    session: Session,
    actor: Actor,
    case: Case,
    action: Action,
    incoming: LetterIn | QuestionIn,
    at: datetime,
    now: datetime,
    policy: RelayPolicy,
) -> Message:
    """The message of ``action`` (acknowledge, request_info, send_feedback), queued for
    mail, or straight to not_delivered when the reporter has no e-mail address."""
    kind = check_new_message(session, case, action, incoming)
    message_id = str(incoming.message_id)
    due = incoming.answer_due if isinstance(incoming, QuestionIn) else None
    if due is not None:
        check_answer_due(due, brussels_today(now))
        expires_at = request_expiry(due, policy)
    else:
        expires_at = now + policy.letter_link_lifetime
    reporter = session.get_one(Reporter, case.reporter_id)
    assert actor.department_id is not None
    message = Message(
        id=message_id,
        case_id=case.id,
        department_id=actor.department_id,
        author_id=actor.user_id,
        kind=kind,
        state=MessageState.SENDING,
        body=incoming.body,
        created_at=at,
        answer_due=due,
        expires_at=expires_at,
        delivery_attempts=0,
    )
    session.add(message)
    session.flush()
    if reporter.email:
        outbox.queue(session, message, outbox.MESSAGE, now)
    else:
        message.state = MessageState.NOT_DELIVERED
        message.delivery_error = DELIVERY_NO_EMAIL
    event = (
        EventKind.ACKNOWLEDGEMENT_SENT if action is Action.ACKNOWLEDGE else EVENT_OF_ACTION[action]
    )
    add_event(session, case, actor, event, at, from_status=case.status)
    audit.record(
        session,
        actor,
        "message.create",
        now,
        case_id=case.id,
        detail={
            "reference": case.reference,
            "message_id": message.id,
            "kind": kind,
            "answer_due": message.answer_due.isoformat() if message.answer_due else None,
            "by": "mail" if reporter.email else "phone",
        },
    )
    return message


def target_request(session: Session, case: Case, message_id: str | None) -> Message:
    """The information request of ``case`` an operation names, locked."""
    message = (
        session.scalars(
            select(Message).where(Message.id == message_id).with_for_update()
        ).one_or_none()
        if message_id is not None
        else None
    )
    if (
        message is None
        or message.case_id != case.id
        or message.kind is not MessageKind.INFO_REQUEST
    ):
        raise TransitionError(MESSAGE_NOT_FOUND)
    if message.state not in ANSWERABLE:
        raise TransitionError(f"the request is {message.state}, no longer open")
    return message


def remind(
    session: Session, actor: Actor, case: Case, message: Message, at: datetime, now: datetime
) -> None:
    reporter = session.get_one(Reporter, case.reporter_id)
    if not reporter.email:
        raise TransitionError(NO_EMAIL_FOR_REMINDER)
    if now >= message.expires_at:
        raise TransitionError("the request's answer deadline has passed")
    outbox.drop_pending(session, message.id, now)
    revoke_links(session, message.id, now)  # the reminder's mail carries the working link
    message.reminded_at = at
    message.state = MessageState.SENDING
    message.delivery_error = None
    outbox.queue(session, message, outbox.REMINDER, now)
    add_event(session, case, actor, EventKind.REMINDER_SENT, at, from_status=case.status)
    _audit_request(session, actor, "message.remind", case, message, now)


def cancel(
    session: Session,
    actor: Actor,
    case: Case,
    message: Message,
    at: datetime,
    now: datetime,
    *,
    with_event: bool = True,
) -> None:
    message.state = MessageState.CANCELLED
    message.cancelled_at = at
    revoke_links(session, message.id, now)
    outbox.drop_pending(session, message.id, now)
    if with_event:
        add_event(session, case, actor, EventKind.REQUEST_CANCELLED, at, from_status=case.status)
    _audit_request(session, actor, "message.cancel", case, message, now)


def cancel_open_requests(session: Session, actor: Actor, case: Case, now: datetime) -> None:
    """A case returned to 1700: its department's questions will not be answered."""
    for message in session.scalars(
        select(Message)
        .where(
            Message.case_id == case.id,
            Message.kind == MessageKind.INFO_REQUEST,
            Message.state.in_(ANSWERABLE),
        )
        .with_for_update()
    ):
        cancel(session, actor, case, message, now, now, with_event=False)


def record_answer(
    session: Session,
    actor: Actor,
    case: Case,
    message: Message,
    answer: str,
    channel: str,
    files: list[StoredFile],
    now: datetime,
) -> None:
    """The reporter's answer (case and message locked by the caller, message answerable)."""
    message.state = MessageState.ANSWERED
    message.answered_at = now
    message.answer = answer
    message.answer_channel = channel
    revoke_links(session, message.id, now)
    outbox.drop_pending(session, message.id, now)
    for stored in files:
        link_to_message(session, message.id, stored, now)
    add_event(
        session,
        case,
        actor,
        EventKind.ANSWER_RECEIVED,
        max(now, case.updated_at),
        from_status=case.status,
        actor_label=REPORTER_LABEL if channel == "web" else None,
    )
    publish(session, case)
    audit.record(
        session,
        actor,
        "message.answer",
        now,
        case_id=case.id,
        detail={
            "reference": case.reference,
            "message_id": message.id,
            "channel": channel,
            "attachments": [stored.sha256 for stored in files],
        },
    )


def expire_requests(session: Session, now: datetime, limit: int = 100) -> int:
    """Requests whose link expired unanswered become expired (run by the relay's loop)."""
    open_and_due = and_(
        Message.kind == MessageKind.INFO_REQUEST,
        Message.expires_at <= now,
        or_(
            Message.state.in_((MessageState.SENDING, MessageState.SENT)),
            and_(
                Message.state == MessageState.NOT_DELIVERED,
                Message.delivery_error == DELIVERY_NO_EMAIL,
            ),
        ),
    )
    candidates = session.execute(
        select(Message.id, Message.case_id).where(open_and_due).limit(limit)
    ).all()
    expired = 0
    for message_id, case_id in candidates:
        case = lock_case(session, case_id)
        message = session.scalars(
            select(Message).where(Message.id == message_id, open_and_due).with_for_update()
        ).one_or_none()
        if case is None or message is None:
            continue  # answered or cancelled meanwhile
        message.state = MessageState.EXPIRED
        revoke_links(session, message.id, now)
        outbox.drop_pending(session, message.id, now)
        add_event(
            session,
            case,
            outbox.RELAY,
            EventKind.REQUEST_EXPIRED,
            max(now, case.updated_at),
            from_status=case.status,
            actor_label=RELAY_LABEL,
        )
        publish(session, case)
        _audit_request(session, outbox.RELAY, "message.expire", case, message, now)
        expired += 1
    return expired


def _audit_request(
    session: Session, actor: Actor, action: str, case: Case, message: Message, now: datetime
) -> None:
    audit.record(
        session,
        actor,
        action,
        now,
        case_id=case.id,
        detail={"reference": case.reference, "message_id": message.id},
    )
