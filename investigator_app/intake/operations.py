"""Applying the operations a desktop pushes from its outbox, each exactly once.

Each operation runs in its own transaction that locks the case, checks it, changes it,
adds the timeline event, moves the feed, writes the audit event and stores the answer
under the client's op_id. A resent op_id gets the stored answer again, unchanged.

Lifecycle actions conflict only when status, outcome or assignee changed after the
operation's base version (``case.lifecycle_version``): a delivered mail or an answer
arriving meanwhile does not make a queued "start investigation" conflict. Message actions
(lifecycle.MESSAGE_ACTIONS) and personal ones (notes and conflict-of-interest declarations,
lifecycle.PERSONAL_ACTIONS) never conflict; they are checked against the status only.

Stored answers never keep note texts or recusal reasons (they are sealed at rest): a resend
gets them read again for the caller.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from investigator_app.domain.events import EVENT_OF_ACTION
from investigator_app.domain.lifecycle import (
    MESSAGE_ACTIONS,
    NOTE_ACTIONS,
    PERSONAL_ACTIONS,
    REQUEST_ACTIONS,
    Action,
    TransitionError,
    transition,
)
from investigator_app.domain.vocabulary import DEPARTMENT_ROLES, Status
from investigator_app.intake import audit, declarations, messages, notes
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import add_event, event_time, has_recused, lock_case
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.feed import publish, visible_department
from investigator_app.intake.models import AppliedOperation, Case, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.settings import RelayPolicy
from investigator_app.intake.snapshots import Viewer, case_snapshot
from investigator_app.protocol import OperationIn, OperationResult, OperationStatus

log = logging.getLogger("investigator_app.intake.operations")

CASE_NOT_FOUND = "case not found"  # the same words whether it exists elsewhere or not at all


def apply_operations(
    db: Database,
    actor: Actor,
    operations: list[OperationIn],
    policy: RelayPolicy | None = None,
    cipher: NoteCipher | None = None,
) -> list[OperationResult]:
    """Apply in order; one failing operation does not stop the ones after it. ``cipher``
    seals and opens notes (without it, anything touching a note fails with NotesKeyError)."""
    policy = policy or RelayPolicy()
    return [apply_operation(db, actor, op, utcnow(), policy, cipher) for op in operations]


def apply_operation(
    db: Database,
    actor: Actor,
    op: OperationIn,
    now: datetime,
    policy: RelayPolicy | None = None,
    cipher: NoteCipher | None = None,
) -> OperationResult:
    try:
        with db.write() as session:
            return apply_in_session(session, actor, op, now, policy, cipher)
    except IntegrityError:
        # The same op_id was committed by a concurrent request first: answer as it did.
        with db.read() as session:
            stored = session.get(AppliedOperation, op.op_id)
            if stored is None:
                raise
            return _stored_answer(session, stored, actor, op, cipher)


def _stored_answer(
    session: Session,
    stored: AppliedOperation,
    actor: Actor,
    op: OperationIn,
    cipher: NoteCipher | None,
) -> OperationResult:
    if stored.user_id != actor.user_id:
        return OperationResult(
            op_id=op.op_id, status="rejected", message="operation id already used"
        )
    result = OperationResult.model_validate(stored.result)
    if result.case is None:
        return result
    # The stored copy lacks what is sealed at rest; read it again for the caller, and give
    # no case at all to a caller it is hidden from now (recused, or no longer their
    # department's case).
    case = session.get(Case, result.case.id)
    if case is None or visible_department(case) != actor.department_id:
        return result.model_copy(update={"case": None})
    current = case_snapshot(session, Viewer.of(actor), result.case.id, cipher)
    personal = (
        None
        if current is None
        else result.case.model_copy(
            update={
                "notes": current.notes,
                "recusals": current.recusals,
                "conflict_declared": current.conflict_declared,
            }
        )
    )
    return result.model_copy(update={"case": personal})


def apply_in_session(
    session: Session,
    actor: Actor,
    op: OperationIn,
    now: datetime,
    policy: RelayPolicy | None = None,
    cipher: NoteCipher | None = None,
) -> OperationResult:
    """Apply one operation within the caller's transaction (which must commit it)."""
    stored = session.get(AppliedOperation, op.op_id)
    if stored is not None:
        return _stored_answer(session, stored, actor, op, cipher)

    case = lock_case(session, op.case_id)
    if (
        case is None
        or not _in_department(case, actor)
        or case.id != op.case_id
        or has_recused(session, case.id, actor.user_id)  # hidden from them
    ):
        log.info("operation %s by %s: case not in the department", op.op_id, actor.user_id)
        return _store(session, actor, op, None, "rejected", CASE_NOT_FOUND, now, with_case=False)
    department_id = actor.department_id
    assert department_id is not None  # _in_department checked it

    if op.action in PERSONAL_ACTIONS:
        try:
            _apply_personal_action(session, actor, case, op, now, cipher)
        except TransitionError as refusal:
            return _store(session, actor, op, case, "rejected", str(refusal), now, with_case=False)
        # After a recusal the case is hidden from the caller: no snapshot (see _store).
        return _store(session, actor, op, case, "applied", "", now, cipher=cipher)

    if op.action in MESSAGE_ACTIONS:
        try:
            _apply_message_action(session, actor, case, op, now, policy or RelayPolicy())
        except TransitionError as refusal:
            return _store(session, actor, op, case, "rejected", str(refusal), now, with_case=False)
        publish(session, case)
        return _store(session, actor, op, case, "applied", "", now, cipher=cipher)

    if op.base_version < case.lifecycle_version:
        return _store(
            session,
            actor,
            op,
            case,
            "conflict",
            "the case was changed in the meantime",
            now,
            cipher=cipher,
        )
    try:
        change = transition(case.status, op.action, outcome=op.outcome, reason=op.reason)
        assignee = _assignee(session, op, case, department_id)
        _check_message_fields(session, op)
    except TransitionError as refusal:
        return _store(session, actor, op, case, "rejected", str(refusal), now, with_case=False)

    previous = case.status
    at = event_time(case, op.made_at, now)
    case.status = change.status
    if op.action is Action.ACKNOWLEDGE:
        case.acknowledged_at = at
    elif op.action is Action.CLOSE:
        case.outcome = change.outcome
        case.closed_at = at
    elif op.action is Action.RETURN_TO_1700:
        case.return_reason = op.reason
        case.assignee_id = None
        case.needs_reassignment = False  # the next department assigns afresh anyway
    elif op.action is Action.ASSIGN:
        case.assignee_id = assignee.id if assignee is not None else None
        if assignee is not None:
            case.needs_reassignment = False
    add_event(
        session,
        case,
        actor,
        EVENT_OF_ACTION[op.action],
        at,
        from_status=previous,
        outcome=change.outcome,
        reason=op.reason,
        assignee_id=case.assignee_id if op.action is Action.ASSIGN else None,
    )
    case.lifecycle_version = case.version
    if op.action is Action.RETURN_TO_1700:
        messages.cancel_open_requests(session, actor, case, now)
    if op.action is Action.ACKNOWLEDGE and op.message is not None:
        messages.create_message(
            session, actor, case, op.action, op.message, at, now, policy or RelayPolicy()
        )
    publish(session, case)
    audit.record(
        session,
        actor,
        f"case.{op.action}",
        now,
        case_id=case.id,
        detail={
            "reference": case.reference,
            "op_id": str(op.op_id),
            "from_status": previous,
            "to_status": case.status,
            "outcome": case.outcome if op.action is Action.CLOSE else None,
            "assignee_id": case.assignee_id if op.action is Action.ASSIGN else None,
            "made_at": op.made_at.isoformat(),
        },
        reason=op.reason,
    )
    return _store(session, actor, op, case, "applied", "", now, cipher=cipher)


def _apply_personal_action(
    session: Session,
    actor: Actor,
    case: Case,
    op: OperationIn,
    now: datetime,
    cipher: NoteCipher | None,
) -> None:
    """Notes and declarations (raises TransitionError): only the status is checked."""
    transition(case.status, op.action)
    if op.outcome is not None or op.assignee_id is not None:
        raise TransitionError(f"'{op.action}' takes no outcome or assignee")
    if op.message is not None or op.target_message_id is not None:
        raise TransitionError(f"'{op.action}' takes no message")
    if op.action in NOTE_ACTIONS:
        notes.apply_note_action(session, actor, case, op, now, cipher)
    else:
        declarations.apply_declaration(session, actor, case, op, now, cipher)


def _check_message_fields(session: Session, op: OperationIn) -> None:
    """Before a lifecycle change: only acknowledge carries a message (its letter), and a
    letter that would be refused refuses the whole operation."""
    if op.message is not None:
        if op.action is not Action.ACKNOWLEDGE:
            raise TransitionError(f"'{op.action}' takes no message")
        messages.check_new_message(session, op.action, op.message)
    if op.target_message_id is not None:
        raise TransitionError(f"'{op.action}' takes no target message")


def _apply_message_action(
    session: Session, actor: Actor, case: Case, op: OperationIn, now: datetime, policy: RelayPolicy
) -> None:
    """request_info, send_feedback, remind, cancel_request (raises TransitionError)."""
    transition(case.status, op.action)  # the status allows it (no outcome, no reason needed)
    if op.outcome is not None or op.assignee_id is not None:
        raise TransitionError(f"'{op.action}' takes no outcome or assignee")
    at = event_time(case, op.made_at, now)
    if op.action in REQUEST_ACTIONS:
        if op.message is not None:
            raise TransitionError(f"'{op.action}' takes no message")
        target = str(op.target_message_id) if op.target_message_id is not None else None
        request = messages.target_request(session, case, target)
        if op.action is Action.REMIND:
            messages.remind(session, actor, case, request, at, now)
        else:
            messages.cancel(session, actor, case, request, at, now)
        return
    if op.message is None:
        raise TransitionError(f"'{op.action}' needs a message")
    if op.target_message_id is not None:
        raise TransitionError(f"'{op.action}' takes no target message")
    messages.create_message(session, actor, case, op.action, op.message, at, now, policy)


def _in_department(case: Case, actor: Actor) -> bool:
    return (
        actor.department_id is not None
        and case.department_id == actor.department_id
        and case.status is not Status.REGISTERED
        and case.purged_at is None  # retention removed it: as if it never existed
    )


def _assignee(session: Session, op: OperationIn, case: Case, department_id: int) -> User | None:
    if op.action is not Action.ASSIGN:
        if op.assignee_id is not None:
            raise TransitionError(f"'{op.action}' takes no assignee")
        return None
    if op.assignee_id is None:
        return None  # unassign
    user = session.scalars(select(User).where(User.id == op.assignee_id)).one_or_none()
    if (
        user is None
        or not user.active
        or user.department_id != department_id
        or user.role not in DEPARTMENT_ROLES
    ):
        raise TransitionError("the assignee is not an active member of the department")
    if has_recused(session, case.id, user.id):
        raise TransitionError(declarations.RECUSED_ASSIGNEE)
    return user


def _store(
    session: Session,
    actor: Actor,
    op: OperationIn,
    case: Case | None,
    status: OperationStatus,
    message: str,
    now: datetime,
    *,
    with_case: bool = True,
    cipher: NoteCipher | None = None,
) -> OperationResult:
    snapshot = None
    # A case that has left the department (returned to 1700) is no longer the caller's to
    # see: the answer carries no snapshot, and the feed's tombstone removes it. Nor is a
    # case the caller recused from (case_snapshot answers None).
    visible = case is not None and visible_department(case) == actor.department_id
    if case is not None and with_case and visible and actor.department_id is not None:
        session.flush()
        snapshot = case_snapshot(session, Viewer.of(actor), case.id, cipher)
    result = OperationResult(op_id=op.op_id, status=status, message=message, case=snapshot)
    # Kept for resends without what is sealed at rest (note texts, recusal reasons).
    kept = result.model_copy(
        update={
            "case": snapshot.model_copy(update={"notes": [], "recusals": []})
            if snapshot is not None
            else None
        }
    )
    assert actor.user_id is not None
    session.add(
        AppliedOperation(
            op_id=op.op_id,
            user_id=actor.user_id,
            case_id=case.id if case is not None else None,
            status=status,
            result=kept.model_dump(mode="json"),
            applied_at=now,
        )
    )
    return result
