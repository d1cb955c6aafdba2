"""The retention purge of a case's evidence and interview records (retention.py calls it).

What goes: the pieces' titles, descriptions and sources, the files' names, the reasons of
replacements and withdrawals (custody details that are words; copy ids stay), the
interview records' texts (who was heard, where, who was present, the notice, the
statements, the remarks, the correction's reason) and their earlier versions, the
uploads of the case with their chunks, and the bytes once no kept case uses them. What
stays: numbers, types, dates, sizes, sha256, versions and the chain of custody's kinds,
dates and people (what was done with what, never what it said).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, delete, exists, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from investigator_app.domain.evidence import CustodyKind
from investigator_app.intake.evidence_reads import blanked_facts
from investigator_app.intake.models import (
    Case,
    CustodyRow,
    InterviewRow,
    InterviewVersionRow,
    PieceFileVersion,
    PieceRow,
    Upload,
)
from investigator_app.intake.piece_bytes import drop_upload_chunks

_WORDS = (CustodyKind.ADDED, CustodyKind.REPLACED)  # their detail is a source or a reason


def blank_evidence(session: Session, case_id: str) -> set[str]:
    """Blank the case's evidence and records (every department's); the sha256 of every
    file they used, for the caller to delete once nothing kept uses it."""
    pieces = select(PieceRow.id).where(PieceRow.case_id == case_id)
    files = set(
        session.scalars(
            select(PieceFileVersion.sha256).where(PieceFileVersion.piece_id.in_(pieces))
        )
    )
    uploads = session.execute(select(Upload.id, Upload.sha256).where(Upload.case_id == case_id))
    for upload in uploads.all():
        files.add(upload.sha256)
        drop_upload_chunks(session, upload.id)
    session.execute(delete(Upload).where(Upload.case_id == case_id))
    session.execute(
        update(PieceRow)
        .where(PieceRow.case_id == case_id)
        .values(title="", description="", source="", withdraw_reason=None)
    )
    session.execute(
        update(PieceFileVersion).where(PieceFileVersion.piece_id.in_(pieces)).values(name="")
    )
    session.execute(
        update(CustodyRow)
        .where(CustodyRow.piece_id.in_(pieces), CustodyRow.kind.in_(_WORDS))
        .values(detail="")
    )
    interviews = select(InterviewRow.id).where(InterviewRow.case_id == case_id)
    session.execute(
        delete(InterviewVersionRow).where(InterviewVersionRow.interview_id.in_(interviews))
    )
    for row in session.scalars(select(InterviewRow).where(InterviewRow.case_id == case_id)):
        row.facts = blanked_facts(row.facts)
        row.correction_reason = ""
    return files


def kept_evidence_uses(
    sha256: ColumnElement[str] | InstrumentedAttribute[str],
) -> ColumnElement[bool]:
    """Whether a piece or a completed upload of a case that is kept uses the bytes."""
    kept = Case.purged_at.is_(None)
    by_piece = (
        exists()
        .where(PieceFileVersion.sha256 == sha256)
        .where(PieceRow.id == PieceFileVersion.piece_id)
        .where(Case.id == PieceRow.case_id, kept)
    )
    by_upload = exists().where(
        Upload.sha256 == sha256,
        Upload.completed_at.is_not(None),
        Upload.case_id == Case.id,
        kept,
    )
    return by_piece | by_upload


STALE_UPLOAD_DAYS = 30


def drop_stale_uploads(session: Session, before: datetime) -> int:
    """Uploads that never completed and received nothing since ``before`` go with their
    chunks (a desktop that comes back after that starts the upload again); how many."""
    stale = list(
        session.scalars(
            select(Upload.id).where(Upload.completed_at.is_(None), Upload.updated_at < before)
        )
    )
    for upload_id in stale:
        drop_upload_chunks(session, upload_id)
    if stale:
        session.execute(delete(Upload).where(Upload.id.in_(stale)))
    return len(stale)
