"""Evidence and interview records on the service: applying their operations.

As for the rest of the investigation (investigation.py), the rule is the one the desktop
runs (``InvestigationOp.investigate`` over domain.evidence and domain.interviews), run on
the case's current investigation as the actor's department recorded it; what it changed
is written as rows. Before that, what only the service can know: the actor is the case
team (``record_custody``: any member of the department who sees the case, which
``operations.apply_in_session`` checked already), the file of a piece was uploaded
completely by the department for this case, and a new id is not taken anywhere. The audit
trail gets ids, numbers, versions and sha256 only: never a title, a name or a text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from investigator_app.domain.evidence import Piece, find
from investigator_app.domain.interviews import Interview, find_interview
from investigator_app.domain.investigation import Investigation
from investigator_app.domain.lifecycle import TransitionError
from investigator_app.intake.actors import Actor
from investigator_app.intake.evidence_reads import facts_json
from investigator_app.intake.investigation import (
    NOT_CASE_TEAM,
    check_new_id,
    is_case_team,
    recorded,
)
from investigator_app.intake.investigation_reads import load_investigation
from investigator_app.intake.models import (
    Case,
    CustodyRow,
    InterviewRow,
    InterviewVersionRow,
    PieceFileVersion,
    PieceRow,
)
from investigator_app.intake.uploads import has_upload
from investigator_app.operations import (
    AddInterviewOp,
    AddPieceOp,
    CorrectInterviewOp,
    EditInterviewOp,
    EvidenceOps,
    FileIn,
    RecordCustodyOp,
    ReplacePieceOp,
    SignInterviewOp,
    WithdrawPieceOp,
)

FILE_NOT_UPLOADED = "the file of this piece was not uploaded completely"
PIECE_EXISTS = "this piece exists already"  # the words of the domain's rule
INTERVIEW_EXISTS = "this interview record exists already"

PieceOp = AddPieceOp | ReplacePieceOp | WithdrawPieceOp | RecordCustodyOp
InterviewOp = AddInterviewOp | EditInterviewOp | SignInterviewOp | CorrectInterviewOp


def apply_evidence_op(
    session: Session,
    actor: Actor,
    case: Case,
    op: EvidenceOps,
    at: datetime,
    now: datetime,
) -> None:
    """Check and record ``op`` on ``case`` (locked, the actor's department's, not hidden
    from the actor); raises TransitionError before writing anything when refused."""
    assert actor.user_id is not None and actor.department_id is not None
    if not isinstance(op, RecordCustodyOp) and not is_case_team(actor, case):
        raise TransitionError(NOT_CASE_TEAM)
    file = _file_of(op)
    if file is not None and not has_upload(
        session, actor.department_id, case.id, file.sha256, file.size
    ):
        raise TransitionError(FILE_NOT_UPLOADED)
    _check_new_id(session, op)
    before = load_investigation(session, case.id, actor.department_id)
    after = op.investigate(before, actor.name, at, {})
    if isinstance(op, InterviewOp):
        item = _write_interview(session, actor, case, op, after, at)
    else:
        item = _write_piece(session, actor, case, op, before, after)
    recorded(session, actor, case, op, item, now)


def _file_of(op: EvidenceOps) -> FileIn | None:
    if isinstance(op, AddPieceOp):
        return op.piece.file
    if isinstance(op, ReplacePieceOp):
        return op.file
    return None


def _check_new_id(session: Session, op: EvidenceOps) -> None:
    if isinstance(op, AddPieceOp):
        check_new_id(session, PieceRow, op.piece.piece_id, PIECE_EXISTS)
    if isinstance(op, AddInterviewOp):
        check_new_id(session, InterviewRow, op.interview.interview_id, INTERVIEW_EXISTS)


# --- pieces ---------------------------------------------------------------------------------


def _write_piece(
    session: Session,
    actor: Actor,
    case: Case,
    op: PieceOp,
    before: Investigation,
    after: Investigation,
) -> dict[str, Any]:
    assert actor.user_id is not None and actor.department_id is not None
    piece_id = str(op.piece.piece_id if isinstance(op, AddPieceOp) else op.piece_id)
    value = find(after.pieces, piece_id)
    assert value is not None  # the rule refuses an unknown one
    old = find(before.pieces, piece_id)
    new_entries = value.custody[len(old.custody) if old is not None else 0 :]
    if isinstance(op, AddPieceOp):
        facts = value.facts
        session.add(
            PieceRow(
                id=value.id,
                case_id=case.id,
                department_id=actor.department_id,
                number=value.number,
                version=value.version,
                title=facts.title,
                description=facts.description,
                source=facts.source,
                obtained_on=facts.obtained_on,
                type=facts.type,
                added_by_id=actor.user_id,
                added_at=value.added_at,
            )
        )
        session.flush()  # the versions and custody rows refer to it
    row = session.get(PieceRow, piece_id)
    assert row is not None and row.case_id == case.id  # it was in the case's investigation
    if isinstance(op, AddPieceOp | ReplacePieceOp):
        _add_file_version(session, actor, value, new_entries[-1].at)
        row.version = value.version
    if isinstance(op, WithdrawPieceOp):
        assert value.withdrawn is not None
        row.withdrawn_by_id = actor.user_id
        row.withdrawn_at = value.withdrawn.at
        row.withdraw_reason = value.withdrawn.reason
    for entry in new_entries:
        session.add(
            CustodyRow(
                piece_id=piece_id,
                kind=entry.kind,
                version=entry.version,
                sha256=entry.sha256,
                detail=entry.detail,
                by_id=actor.user_id,
                at=entry.at,
            )
        )
    detail: dict[str, Any] = {
        "piece_id": piece_id,
        "piece_number": value.number,
        "version": new_entries[-1].version if new_entries else value.version,
        "sha256": new_entries[-1].sha256 if new_entries else value.file.sha256,
    }
    if isinstance(op, AddPieceOp | ReplacePieceOp):
        detail["size"] = value.file.size
        detail["type"] = value.facts.type.value
    if isinstance(op, RecordCustodyOp):
        detail["kind"] = op.kind.value
        if op.copy_id is not None:
            detail["copy_id"] = str(op.copy_id)
    return detail


def _add_file_version(session: Session, actor: Actor, value: Piece, at: datetime) -> None:
    assert actor.user_id is not None
    file = value.file
    session.add(
        PieceFileVersion(
            piece_id=value.id,
            version=value.version,
            sha256=file.sha256,
            size=file.size,
            name=file.name,
            media_type=file.media_type,
            added_by_id=actor.user_id,
            added_at=at,
        )
    )


# --- interview records ----------------------------------------------------------------------


def _write_interview(
    session: Session,
    actor: Actor,
    case: Case,
    op: InterviewOp,
    after: Investigation,
    at: datetime,
) -> dict[str, Any]:
    assert actor.user_id is not None and actor.department_id is not None
    interview_id = str(
        op.interview_id if isinstance(op, SignInterviewOp) else op.interview.interview_id
    )
    value = find_interview(after.interviews, interview_id)
    assert value is not None  # the rule refuses an unknown one
    if isinstance(op, AddInterviewOp):
        session.add(
            InterviewRow(
                id=value.id,
                case_id=case.id,
                department_id=actor.department_id,
                number=value.number,
                version=value.version,
                facts=facts_json(value.facts),
                created_by_id=actor.user_id,
                created_at=at,
                edited_by_id=actor.user_id,
                edited_at=at,
                correction_reason="",
            )
        )
        return _interview_detail(value)
    row = session.get(InterviewRow, interview_id)
    assert row is not None and row.case_id == case.id  # it was in the case's investigation
    if isinstance(op, EditInterviewOp):
        row.facts = facts_json(value.facts)
        row.edited_by_id = actor.user_id
        row.edited_at = max(at, row.edited_at)
    elif isinstance(op, SignInterviewOp):
        assert value.signature is not None
        row.signature_piece_id = value.signature.piece_id
        row.signature_version = value.signature.version
        row.signed_by_id = actor.user_id
        row.signed_at = at
    else:  # a correction keeps the signed version
        session.add(
            InterviewVersionRow(
                interview_id=row.id,
                version=row.version,
                facts=dict(row.facts),
                edited_by_id=row.edited_by_id,
                edited_at=row.edited_at,
                correction_reason=row.correction_reason,
                signature_piece_id=row.signature_piece_id,
                signed_by_id=row.signed_by_id,
                signed_at=row.signed_at,
            )
        )
        row.version = value.version
        row.facts = facts_json(value.facts)
        row.edited_by_id = actor.user_id
        row.edited_at = max(at, row.edited_at)
        row.correction_reason = value.correction_reason
        row.signature_piece_id = None
        row.signature_version = None
        row.signed_by_id = None
        row.signed_at = None
    return _interview_detail(value)


def _interview_detail(value: Interview) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "interview_id": value.id,
        "interview_number": value.number,
        "version": value.version,
    }
    if value.signature is not None:
        detail["piece_id"] = value.signature.piece_id
    return detail
