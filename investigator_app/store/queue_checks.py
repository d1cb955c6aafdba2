"""What the desktop checks before it queues an operation, beyond the operation's own fields
and its effect on the case: whatever the service would refuse and the desktop can know,
so that what the user sees while it waits is what the service will make of it."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.investigation import (
    Investigation,
    SourceKind,
    SourceRef,
    check_close,
    derived_outcome,
    missing_findings,
    outcome_without_investigation,
)
from investigator_app.domain.letters import check_letter
from investigator_app.domain.lifecycle import RECUSED_ASSIGNEE, TransitionError
from investigator_app.domain.messages import (
    NO_EMAIL_FOR_REMINDER,
    OPEN_REQUEST_STATES,
    MessageKind,
    check_answer_due,
)
from investigator_app.domain.vocabulary import Role, Status
from investigator_app.operations import (
    AcknowledgeOp,
    AddNoteOp,
    AddTaskOp,
    AssignOp,
    CancelRequestOp,
    CloseOp,
    EditNoteOp,
    EditTaskOp,
    InvestigationOp,
    Operation,
    RecordCustodyOp,
    RecordFindingOp,
    RemindOp,
    RequestInfoOp,
    SendFeedbackOp,
)
from investigator_app.store import notes as _notes
from investigator_app.store.conversation import messages as stored_messages
from investigator_app.store.evidence import has_file
from investigator_app.store.identity import (
    actor_name,
    identity,
    max_piece_bytes,
    user_id,
    user_role,
)
from investigator_app.store.investigation import shown_investigation
from investigator_app.store.models import AnyRow, case_attachments, case_messages
from investigator_app.store.overlay import overlay_messages
from investigator_app.store.piece_uploads import file_of
from investigator_app.store.sealing import Sealer


class Refusal(StrEnum):
    """Why the desktop refused to queue an action, where the screen can say more than "not
    possible" (the GUI words each; the exception's message is English, for logs)."""

    NOT_CASE_TEAM = "not_case_team"  # only the assignee and the managers
    OWNER_NOT_MEMBER = "owner_not_member"  # not a member of the department, or recused
    SOURCE_NOT_ON_CASE = "source_not_on_case"  # a cited piece is not on the case
    INVESTIGATION_RULE = "investigation_rule"  # domain.investigation refused (its words)
    CLOSE_NEEDS_GROUND = "close_needs_ground"  # closing from the assessment: which ground
    CLOSE_HAS_GROUND = "close_has_ground"  # an investigated case closes on its findings
    CLOSE_NO_ALLEGATIONS = "close_no_allegations"
    CLOSE_MISSING_FINDINGS = "close_missing_findings"  # ``numbers``: the allegations
    CLOSE_OUTCOME = "close_outcome"  # the findings (or the ground) give another outcome
    EMPTY_LETTER = "empty_letter"  # only the template's greeting and closing
    PIECE_NOT_IN_STORE = "piece_not_in_store"  # the file was not imported on this workstation
    PIECE_TOO_LARGE = "piece_too_large"  # ``numbers``: the department's limit in bytes


class QueueRefused(TransitionError):  # noqa: N818 (a refusal, as TransitionError is)
    """The service would refuse this action, for a reason the user can be told."""

    def __init__(self, refusal: Refusal, message: str, numbers: Sequence[int] = ()) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.numbers = tuple(numbers)


def is_case_team(conn: Connection, assignee_id: str | None) -> bool:
    """Whether the signed-in user may change the case's investigation: its assignee (as
    shown, our queued assignment included) or a manager of the department."""
    me = user_id(conn)
    return me is not None and (me == assignee_id or user_role(conn) is Role.MANAGER)


def check_before_queueing(
    conn: Connection,
    sealer: Sealer,
    op: Operation,
    row: AnyRow,
    names: Mapping[str, str],
    pending: list[Operation],
    applied: list[Operation],
    state: CaseState,
    stored: Investigation | None = None,
) -> None:
    """Raise TransitionError when the service would refuse ``op`` on the case ``row`` as
    the user sees it (``pending``: our queued ops on it; ``applied``: those the life cycle
    allows in turn; ``state``: the case's state they make; ``stored``: the case's
    investigation as the service sent it, when read already)."""
    if _holds_nul(op.model_dump()):
        # The service refuses U+0000 in any text (PostgreSQL cannot store it): never queue it.
        raise TransitionError("a text holds a NUL character (U+0000)")
    if isinstance(op, AssignOp):
        _check_assignee(sealer, op, row, names)
    if isinstance(op, AddNoteOp | EditNoteOp):
        _check_note(conn, sealer, op, pending)
    if isinstance(op, InvestigationOp):
        _check_investigation(conn, sealer, op, row, names, applied, state, stored)
    if isinstance(op, CloseOp):
        by = actor_name(conn)
        shown = shown_investigation(conn, sealer, row.id, applied, by, names, stored)
        check_closing(shown, state.status, op)
    _check_message(conn, sealer, op, row, applied)


def _check_investigation(
    conn: Connection,
    sealer: Sealer,
    op: InvestigationOp,
    row: AnyRow,
    names: Mapping[str, str],
    applied: list[Operation],
    state: CaseState,
    stored: Investigation | None,
) -> None:
    """What the service checks of an investigation operation, in its order: the case team
    (any member of the department may record handling a piece), the task's owner, the
    file of a piece, the finding's pieces, then the investigation's own rule."""
    if not isinstance(op, RecordCustodyOp) and not is_case_team(conn, state.assignee_id):
        raise QueueRefused(Refusal.NOT_CASE_TEAM, "only the case team may change this")
    owner = op.task.owner_id if isinstance(op, AddTaskOp | EditTaskOp) else None
    if owner is not None and (owner not in names or owner in recused_ids(sealer, row)):
        raise QueueRefused(Refusal.OWNER_NOT_MEMBER, "the task owner may not own it")
    file = file_of(op)
    if file is not None:
        check_piece_file(conn, file.sha256, file.size)
    me = actor_name(conn)
    shown = shown_investigation(conn, sealer, row.id, applied, me, names, stored)
    if isinstance(op, RecordFindingOp):
        pieces = {p.id for p in shown.pieces}
        check_sources(conn, row.id, op.finding.facts().sources, pieces)
    try:
        op.investigate(shown, me, op.made_at, names)
    except TransitionError as error:
        raise QueueRefused(Refusal.INVESTIGATION_RULE, str(error)) from error


def check_piece_file(conn: Connection, sha256: str, size: int) -> None:
    """The file a piece operation carries was imported here whole (so it can be uploaded)
    and is within the department's limit."""
    limit = max_piece_bytes(conn)
    if size > limit:
        raise QueueRefused(Refusal.PIECE_TOO_LARGE, "the file is over the limit", [limit])
    if not has_file(conn, sha256, size):
        raise QueueRefused(Refusal.PIECE_NOT_IN_STORE, "the file is not in the local store")


def check_sources(
    conn: Connection,
    case_id: str,
    sources: Sequence[SourceRef],
    pieces: Collection[str] = (),
) -> None:
    """Every piece a finding cites is on the case as we hold it: a file 1700 attached, an
    answered message, a file sent with an answered message (and only the latter names
    its message), an evidence piece (``pieces``: the ids on the case, ours queued too)."""
    if not sources:
        return
    answered = set(
        conn.scalars(
            select(case_messages.c.id).where(
                case_messages.c.case_id == case_id, case_messages.c.answered_at.is_not(None)
            )
        )
    )
    files = {
        (message_id, sha256)
        for message_id, sha256 in conn.execute(
            select(case_attachments.c.message_id, case_attachments.c.sha256).where(
                case_attachments.c.case_id == case_id
            )
        )
    }
    for source in sources:
        if source.kind is SourceKind.CASE_FILE:
            found = source.message_id is None and ("", source.ref) in files
        elif source.kind is SourceKind.ANSWER:
            found = source.message_id is None and source.ref in answered
        elif source.kind is SourceKind.PIECE:
            found = source.message_id is None and source.ref in pieces
        else:
            message = source.message_id
            found = message in answered and (message, source.ref) in files
        if not found:
            raise QueueRefused(Refusal.SOURCE_NOT_ON_CASE, "a cited piece is not on this case")


def check_closing(inv: Investigation, status: Status, op: CloseOp) -> None:
    """domain.investigation.check_close, with the reason the user can be told."""
    if status is Status.ASSESSING:
        if op.ground is None:
            raise QueueRefused(Refusal.CLOSE_NEEDS_GROUND, "closing from the assessment: ground")
        if op.outcome is not outcome_without_investigation(op.ground):
            raise QueueRefused(Refusal.CLOSE_OUTCOME, "the ground gives another outcome")
    elif status is Status.INVESTIGATING:
        if op.ground is not None:
            raise QueueRefused(Refusal.CLOSE_HAS_GROUND, "an investigation closes on findings")
        if not inv.standing:
            raise QueueRefused(Refusal.CLOSE_NO_ALLEGATIONS, "no standing allegation")
        missing = [a.number for a in missing_findings(inv)]
        if missing:
            raise QueueRefused(Refusal.CLOSE_MISSING_FINDINGS, "findings missing", missing)
        if op.outcome is not derived_outcome(inv):
            raise QueueRefused(Refusal.CLOSE_OUTCOME, "the findings give another outcome")
    check_close(inv, status, op.outcome, op.ground)  # the rule itself has the last word


def recused_ids(sealer: Sealer, row: AnyRow) -> set[str]:
    """Who recused from the case (a ``cases`` row): they cannot be assigned it."""
    return {r.person_id for r in _notes.recusals(sealer, row.id, row.sealed_recusals)}


def _check_note(
    conn: Connection, sealer: Sealer, op: AddNoteOp | EditNoteOp, ops: list[Operation]
) -> None:
    """A note action against the notes as the user sees them; raises TransitionError."""
    my_id = user_id(conn)
    shown = _notes.overlay_notes(
        _notes.stored_notes(conn, sealer, op.case_id, my_id), ops, my_id, actor_name(conn)
    )
    _notes.check_note(shown, op)


def _check_message(
    conn: Connection, sealer: Sealer, op: Operation, row: AnyRow, applied: list[Operation]
) -> None:
    """What a message action needs besides its fields; raises TransitionError."""
    if isinstance(op, RemindOp) and not row.reporter_reachable_by_email:
        raise TransitionError(NO_EMAIL_FOR_REMINDER)
    message = op.message if isinstance(op, AcknowledgeOp | RequestInfoOp | SendFeedbackOp) else None
    if message is not None and not message.body.strip():
        raise TransitionError("a message needs text")
    if message is not None:
        me = identity(conn)
        department = me.user.department if me is not None else None
        names = (department.name, department.code) if department is not None else ()
        try:
            check_letter(op.action, message.body, row.reference, names)
        except TransitionError as error:
            raise QueueRefused(Refusal.EMPTY_LETTER, str(error)) from error
    if isinstance(op, RequestInfoOp):
        check_answer_due(op.message.answer_due, op.made_at.astimezone(BRUSSELS).date())
    if isinstance(op, RemindOp | CancelRequestOp):
        shown = overlay_messages(stored_messages(conn, sealer, op.case_id), applied, "", date.min)
        target = str(op.target_message_id)
        if not any(
            m.id == target and m.kind is MessageKind.INFO_REQUEST and m.state in OPEN_REQUEST_STATES
            for m in shown
        ):
            raise TransitionError("only an open information request can be reminded or cancelled")


def _check_assignee(sealer: Sealer, op: AssignOp, row: AnyRow, names: Mapping[str, str]) -> None:
    """None unassigns; anyone else must be a member of the department who did not recuse."""
    if op.assignee_id not in (None, *names):
        raise TransitionError("a case can only be assigned to a member of the department")
    if op.assignee_id in recused_ids(sealer, row):
        raise TransitionError(RECUSED_ASSIGNEE)


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_holds_nul(item) for item in value)
    return False
