"""Applying the operations a desktop pushes from its outbox, each exactly once.

Each operation runs in its own transaction that locks the case, checks it, changes it,
adds the timeline event, moves the feed, writes the audit event and stores the answer
under the client's op_id. A resent op_id gets the stored answer again, unchanged.

What an operation does to the case itself is its ``effect`` (domain.case_effects, the same
function the desktop's overlay runs); this module checks, records what comes with it (the
timeline event, messages, notes, declarations, the audit event) and writes the new state.

Lifecycle actions conflict only when status, outcome or assignee changed after the
operation's base version (``case.lifecycle_version``): a delivered mail or an answer
arriving meanwhile does not make a queued "start investigation" conflict. Message actions,
personal ones (notes and conflict-of-interest declarations) and the investigation's
(allegations, findings, tasks: investigation.py; evidence and interview records:
evidence.py) never conflict (``Operation.conflicts``);
they are checked against the status, and their own rules, only.

Stored answers never keep note texts or recusal reasons (they are sealed at rest): a resend
gets them read again for the caller.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.events import EVENT_OF_ACTION
from investigator_app.domain.investigation import check_close
from investigator_app.domain.lifecycle import RECUSED_ASSIGNEE, TransitionError
from investigator_app.domain.vocabulary import DEPARTMENT_ROLES, Status
from investigator_app.intake import audit, copy_records, declarations, messages, notes
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import add_event, event_time, has_recused, lock_case
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.evidence import apply_evidence_op
from investigator_app.intake.feed import publish, visible_department
from investigator_app.intake.investigation import apply_investigation_op
from investigator_app.intake.investigation_reads import load_investigation
from investigator_app.intake.models import AppliedOperation, Case, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.settings import RelayPolicy
from investigator_app.intake.snapshots import Viewer, case_snapshot
from investigator_app.operations import (
    AcknowledgeOp,
    AddAllegationOp,
    AddInterviewOp,
    AddNoteOp,
    AddPieceOp,
    AddTaskOp,
    AssignOp,
    CancelRequestOp,
    CloseOp,
    CorrectInterviewOp,
    DeclareNoConflictOp,
    EditAllegationOp,
    EditInterviewOp,
    EditNoteOp,
    EditTaskOp,
    Operation,
    OperationResult,
    OperationStatus,
    RecordCopyOp,
    RecordCustodyOp,
    RecordFindingOp,
    RecuseOp,
    RemindOp,
    ReplacePieceOp,
    RequestInfoOp,
    ReturnTo1700Op,
    SendFeedbackOp,
    SetTaskStateOp,
    SignInterviewOp,
    StartAssessmentOp,
    StartInvestigationOp,
    WithdrawAllegationOp,
    WithdrawPieceOp,
)

log = logging.getLogger("investigator_app.intake.operations")

CASE_NOT_FOUND = "case not found"  # the same words whether it exists elsewhere or not at all


def apply_operations(
    db: Database,
    actor: Actor,
    operations: list[Operation],
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
    op: Operation,
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
    op: Operation,
    cipher: NoteCipher | None,
) -> OperationResult:
    if stored.user_id != actor.user_id:
        # Someone else's op id: on a case the caller does not see, the answer a fresh id
        # gets ("case not found"), so replaying ids tells nothing of other departments.
        case = session.get(Case, op.case_id)
        hidden = (
            case is None
            or not _in_department(case, actor)
            or has_recused(session, case.id, actor.user_id)
        )
        message = CASE_NOT_FOUND if hidden else "operation id already used"
        return OperationResult(op_id=op.op_id, status="rejected", message=message)
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
    op: Operation,
    now: datetime,
    policy: RelayPolicy | None = None,
    cipher: NoteCipher | None = None,
    *,
    with_case: bool = True,
) -> OperationResult:
    """Apply one operation within the caller's transaction (which must commit it).
    ``with_case=False``: the answer (and the one kept for a resend) carries no snapshot of
    the case, for a caller that reads only the status (the demo's seeding)."""
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
    assert actor.user_id is not None

    if op.conflicts and op.base_version < case.lifecycle_version:
        message = "the case was changed in the meantime"
        return _store(
            session, actor, op, case, "conflict", message, now, with_case=with_case, cipher=cipher
        )
    at = event_time(case, op.made_at, now)
    try:
        after = op.effect(state_of(case), actor.user_id, at)
        _record(session, actor, case, op, after, at, now, policy or RelayPolicy(), cipher)
    except TransitionError as refusal:
        return _store(session, actor, op, case, "rejected", str(refusal), now, with_case=False)
    # After a recusal the case is hidden from the caller: no snapshot (see _store).
    return _store(session, actor, op, case, "applied", "", now, with_case=with_case, cipher=cipher)


def state_of(case: Case) -> CaseState:
    return CaseState(
        status=case.status,
        outcome=case.outcome,
        acknowledged_at=case.acknowledged_at,
        closed_at=case.closed_at,
        assignee_id=case.assignee_id,
        needs_reassignment=case.needs_reassignment,
        feedback_sent_at=case.feedback_sent_at,
    )


def _write_state(case: Case, state: CaseState) -> None:
    """The effect on the case itself: nothing else here changes these fields."""
    case.status = state.status
    case.outcome = state.outcome
    case.acknowledged_at = state.acknowledged_at
    case.closed_at = state.closed_at
    case.assignee_id = state.assignee_id
    case.needs_reassignment = state.needs_reassignment
    case.feedback_sent_at = state.feedback_sent_at


def _record(
    session: Session,
    actor: Actor,
    case: Case,
    op: Operation,
    after: CaseState,
    at: datetime,
    now: datetime,
    policy: RelayPolicy,
    cipher: NoteCipher | None,
) -> None:
    """What comes with the operation besides its effect, then the effect itself. Raises
    TransitionError before anything is written when the operation is refused."""
    match op:
        case AddNoteOp() | EditNoteOp():
            notes.apply_note_action(session, actor, case, op, now, cipher)
        case RecordCopyOp():
            copy_records.record_copy(session, actor, case, op, now)
        case (
            AddAllegationOp()
            | EditAllegationOp()
            | WithdrawAllegationOp()
            | RecordFindingOp()
            | AddTaskOp()
            | EditTaskOp()
            | SetTaskStateOp()
        ):
            apply_investigation_op(session, actor, case, op, at, now)
        case (
            AddPieceOp()
            | ReplacePieceOp()
            | WithdrawPieceOp()
            | RecordCustodyOp()
            | AddInterviewOp()
            | EditInterviewOp()
            | SignInterviewOp()
            | CorrectInterviewOp()
        ):
            apply_evidence_op(session, actor, case, op, at, now)
        case DeclareNoConflictOp() | RecuseOp():
            declarations.apply_declaration(session, actor, case, op, now, cipher)
            _write_state(case, after)
        case RequestInfoOp() | SendFeedbackOp():
            messages.create_message(session, actor, case, op.action, op.message, at, now, policy)
            _write_state(case, after)
            publish(session, case)
        case RemindOp() | CancelRequestOp():
            request = messages.target_request(session, case, str(op.target_message_id))
            if isinstance(op, RemindOp):
                messages.remind(session, actor, case, request, at, now)
            else:
                messages.cancel(session, actor, case, request, at, now)
            publish(session, case)
        case (
            AcknowledgeOp()
            | AssignOp()
            | StartAssessmentOp()
            | StartInvestigationOp()
            | CloseOp()
            | ReturnTo1700Op()
        ):
            _record_lifecycle(session, actor, case, op, after, at, now, policy)


LifecycleOp = (
    AcknowledgeOp | AssignOp | StartAssessmentOp | StartInvestigationOp | CloseOp | ReturnTo1700Op
)


def _record_lifecycle(
    session: Session,
    actor: Actor,
    case: Case,
    op: LifecycleOp,
    after: CaseState,
    at: datetime,
    now: datetime,
    policy: RelayPolicy,
) -> None:
    if isinstance(op, AssignOp):
        _check_assignee(session, op, case, actor.department_id)
    if isinstance(op, AcknowledgeOp) and op.message is not None:
        messages.check_new_message(session, case, op.action, op.message)  # a refused letter refuses
    previous = case.status
    if isinstance(op, CloseOp):
        # The findings (or the ground) decide the outcome: a colleague's later finding
        # refuses a closing confirmed on the earlier ones.
        assert actor.department_id is not None
        current = load_investigation(session, case.id, actor.department_id)
        check_close(current, previous, op.outcome, op.ground)
        case.closing_ground = op.ground
    _write_state(case, after)
    # Close and return need a reason; the start of the assessment or investigation may
    # carry a motivation (empty: none). All show on the timeline.
    reason = "" if isinstance(op, AcknowledgeOp | AssignOp) else op.reason
    if isinstance(op, ReturnTo1700Op):
        case.return_reason = op.reason
    add_event(
        session,
        case,
        actor,
        EVENT_OF_ACTION[op.action],
        at,
        from_status=previous,
        outcome=case.outcome if isinstance(op, CloseOp) else None,
        reason=reason,
        assignee_id=case.assignee_id if isinstance(op, AssignOp) else None,
    )
    case.lifecycle_version = case.version
    if isinstance(op, ReturnTo1700Op):
        messages.cancel_open_requests(session, actor, case, now)
    if isinstance(op, AcknowledgeOp) and op.message is not None:
        messages.create_message(session, actor, case, op.action, op.message, at, now, policy)
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
            "outcome": case.outcome if isinstance(op, CloseOp) else None,
            "assignee_id": case.assignee_id if isinstance(op, AssignOp) else None,
            "made_at": op.made_at.isoformat(),
        },
        reason=reason,
    )


def _in_department(case: Case, actor: Actor) -> bool:
    return (
        actor.department_id is not None
        and case.department_id == actor.department_id
        and case.status is not Status.REGISTERED
        and case.purged_at is None  # retention removed it: as if it never existed
    )


def _check_assignee(session: Session, op: AssignOp, case: Case, department_id: int | None) -> None:
    if op.assignee_id is None:
        return  # unassign
    user = session.scalars(select(User).where(User.id == op.assignee_id)).one_or_none()
    if (
        user is None
        or not user.active
        or user.department_id != department_id
        or user.role not in DEPARTMENT_ROLES
    ):
        raise TransitionError("the assignee is not an active member of the department")
    if has_recused(session, case.id, user.id):
        raise TransitionError(RECUSED_ASSIGNEE)


def _store(
    session: Session,
    actor: Actor,
    op: Operation,
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
