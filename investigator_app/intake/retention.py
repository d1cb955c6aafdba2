"""Retention: closed cases lose their personal content after a period (default 5 years).

What stays are the statistics: reference, department, category, channel, the dates
(received, registered, forwarded, acknowledged, closed, feedback), status, outcome, the
reporter's kind and language, the timeline's event kinds and times, and the messages'
kinds, states and dates. What goes: summary (a neutral placeholder), description,
involved entity and persons, the reporter's name, organisation, e-mail and phone, the
messages' text and answers, reply links, mails, attachments (and their files once nothing
else refers to them), the reasons written in the timeline and in the audit trail (their
sha256 keeps the audit chain whole), the confidential notes with all their versions, the
reasons of recusals (who declared what, and when, stays), the investigation's words (the
allegations' texts and persons, the findings' motivations and follow-up texts, the
reasons of withdrawals, the tasks' descriptions; earlier versions are deleted, the
conclusions, categories, states and dates stay), the evidence's words and bytes
(retention_evidence.py: titles, descriptions, sources, file names, reasons, the interview
records' texts and earlier versions, uploads, the bytes once no kept case uses them), the
keyed hashes of the names it
involves (related cases), and the case snapshots kept with operation results.

Desktops drop a purged case through a tombstone in their department's feed; a purged case
never returns to a feed (feed.visible_department). Idempotent: a purged case is skipped.
One purge runs at a time across the service's copies (run_once.py): a second one started
meanwhile raises AnotherCopyRunningError and changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session, aliased

from investigator_app.domain.vocabulary import Status
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database
from investigator_app.intake.feed import publish
from investigator_app.intake.models import (
    Allegation,
    AllegationVersion,
    AppliedOperation,
    AuditEvent,
    Blob,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseMatchHash,
    CaseMatchState,
    CaseNote,
    CaseNoteVersion,
    ConflictDeclaration,
    Finding,
    InvestigationTask,
    MailOutbox,
    Message,
    MessageAttachment,
    ReplyLink,
    Reporter,
)
from investigator_app.intake.piece_bytes import delete_blobs
from investigator_app.intake.retention_evidence import (
    STALE_UPLOAD_DAYS,
    blank_evidence,
    drop_stale_uploads,
    kept_evidence_uses,
)
from investigator_app.intake.run_once import RETENTION_PURGE, once_across_copies

log = logging.getLogger("investigator_app.intake.retention")

PURGED_SUMMARY = "[verwijderd na bewaartermijn]"
BATCH = 200  # cases per transaction: short locks, bounded memory


@dataclass(frozen=True)
class Candidate:
    """A case that the retention period has run out for (no content: safe to print)."""

    id: str
    reference: str
    closed_at: datetime


def cutoff(now: datetime, years: int) -> datetime:
    """``now`` minus whole calendar years (29 February falls back to the 28th)."""
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def candidates(session: Session, before: datetime, limit: int | None = None) -> list[Candidate]:
    """Closed, not yet purged cases closed before ``before``, oldest first."""
    query = (
        select(Case.id, Case.reference, Case.closed_at)
        .where(
            Case.status == Status.CLOSED,
            Case.closed_at < before,
            Case.purged_at.is_(None),
        )
        .order_by(Case.closed_at, Case.reference)
        .limit(limit)
    )
    return [Candidate(row.id, row.reference, row.closed_at) for row in session.execute(query)]


@dataclass(frozen=True)
class PurgeResult:
    cutoff: datetime
    purged: list[Candidate]
    blobs_deleted: int


def purge(db: Database, actor: Actor, now: datetime, years: int) -> PurgeResult:
    """Purge every case closed more than ``years`` ago, in batches of short transactions;
    AnotherCopyRunningError (nothing done) while another purge runs."""
    with once_across_copies(db, RETENTION_PURGE):
        return _purge(db, actor, now, years)


def _purge(db: Database, actor: Actor, now: datetime, years: int) -> PurgeResult:
    before = cutoff(now, years)
    purged: list[Candidate] = []
    blobs_deleted = 0
    while True:
        with db.write() as session:
            batch = candidates(session, before, BATCH)
            # Lock the whole batch before publishing anything: a purge that held a feed
            # counter while waiting for a case could deadlock with an operation on it.
            session.execute(
                select(Case.id)
                .where(Case.id.in_([c.id for c in batch]))
                .order_by(Case.id)
                .with_for_update()
            )
            files: set[str] = set()
            done = [c for c in batch if _purge_case(session, actor, c.id, before, now, files)]
            blobs_deleted += _delete_unreferenced_blobs(session, files)
        purged.extend(done)
        if len(batch) < BATCH:
            break
    with db.write() as session:
        stale = drop_stale_uploads(session, now - timedelta(days=STALE_UPLOAD_DAYS))
        audit.record(
            session,
            actor,
            "retention.purge",
            now,
            detail={
                "stale_uploads": stale,
                "cases": len(purged),
                "years": years,
                "closed_before": before.isoformat(),
                "blobs_deleted": blobs_deleted,
            },
        )
    log.info("retention: purged %d cases closed before %s", len(purged), before.date())
    return PurgeResult(before, purged, blobs_deleted)


def _purge_case(
    session: Session,
    actor: Actor,
    case_id: str,
    before: datetime,
    now: datetime,
    files: set[str],
) -> bool:
    """Purge one case (locked, conditions checked again); adds its files' sha256 to
    ``files``. False when there was nothing to do."""
    case = session.scalars(select(Case).where(Case.id == case_id).with_for_update()).one()
    # Checked again under the lock: another copy may have purged or reopened it meanwhile.
    if (
        case.purged_at is not None
        or case.status is not Status.CLOSED
        or case.closed_at is None
        or case.closed_at >= before
    ):
        return False
    case.summary = PURGED_SUMMARY
    case.description = ""
    case.involved_entity = ""
    case.involved_persons = []
    case.return_reason = None
    case.purged_at = now
    case.updated_at = now
    case.version += 1
    _blank_reporter(session, case)
    messages = select(Message.id).where(Message.case_id == case.id)
    files.update(
        session.scalars(select(CaseAttachment.sha256).where(CaseAttachment.case_id == case.id))
    )
    files.update(
        session.scalars(
            select(MessageAttachment.sha256).where(MessageAttachment.message_id.in_(messages))
        )
    )
    session.execute(update(Message).where(Message.case_id == case.id).values(body="", answer=None))
    session.execute(delete(ReplyLink).where(ReplyLink.message_id.in_(messages)))
    session.execute(delete(MailOutbox).where(MailOutbox.message_id.in_(messages)))
    session.execute(delete(MessageAttachment).where(MessageAttachment.message_id.in_(messages)))
    session.execute(delete(CaseAttachment).where(CaseAttachment.case_id == case.id))
    session.execute(update(CaseEvent).where(CaseEvent.case_id == case.id).values(reason=None))
    notes = select(CaseNote.id).where(CaseNote.case_id == case.id)
    session.execute(delete(CaseNoteVersion).where(CaseNoteVersion.note_id.in_(notes)))
    session.execute(delete(CaseNote).where(CaseNote.case_id == case.id))
    session.execute(
        update(ConflictDeclaration)
        .where(ConflictDeclaration.case_id == case.id)
        .values(reason_ciphertext=None)
    )
    _blank_investigation(session, case.id)
    files.update(blank_evidence(session, case.id))  # pieces and interview records
    # Its names' keyed hashes go too: a purged case is related to nothing.
    session.execute(delete(CaseMatchHash).where(CaseMatchHash.case_id == case.id))
    session.execute(delete(CaseMatchState).where(CaseMatchState.case_id == case.id))
    # The one change audit events allow: the reason's text goes, its sha256 stays.
    session.execute(
        update(AuditEvent)
        .where(AuditEvent.case_id == case.id, AuditEvent.reason.is_not(None))
        .values(reason=None)
    )
    _drop_stored_snapshots(session, case.id)
    publish(session, case)  # tombstones in every department that still holds it
    audit.record(
        session,
        actor,
        "case.purge",
        now,
        case_id=case.id,
        detail={"reference": case.reference, "closed_at": case.closed_at.isoformat()},
    )
    return True


def _blank_reporter(session: Session, case: Case) -> None:
    """Keep the reporter's kind and language (statistics), drop who they are, unless a case
    that is still kept shares the row."""
    shared = session.scalar(
        select(
            exists().where(
                Case.reporter_id == case.reporter_id,
                Case.id != case.id,
                Case.purged_at.is_(None),
            )
        )
    )
    if not shared:
        session.execute(
            update(Reporter)
            .where(Reporter.id == case.reporter_id)
            .values(name="", organisation="", email="", phone="")
        )


def _blank_investigation(session: Session, case_id: str) -> None:
    """The words of the investigation go (in every department that recorded one), with the
    earlier versions; what was concluded, when and by whom stays."""
    allegations = select(Allegation.id).where(Allegation.case_id == case_id)
    session.execute(
        delete(AllegationVersion).where(AllegationVersion.allegation_id.in_(allegations))
    )
    later = aliased(Finding)
    superseded = exists().where(
        later.allegation_id == Finding.allegation_id, later.version > Finding.version
    )
    session.execute(delete(Finding).where(Finding.allegation_id.in_(allegations), superseded))
    session.execute(
        update(Finding)
        .where(Finding.allegation_id.in_(allegations))
        .values(motivation="", follow_up_text="", sources=[])
    )
    session.execute(
        update(Allegation)
        .where(Allegation.case_id == case_id)
        .values(text="", persons=[], withdraw_reason=None)
    )
    session.execute(
        update(InvestigationTask).where(InvestigationTask.case_id == case_id).values(description="")
    )


def _drop_stored_snapshots(session: Session, case_id: str) -> None:
    """Operation answers kept for resends carry a copy of the case: keep the answer, not
    the copy (a resend after the purge gets the answer without the case)."""
    for applied in session.scalars(
        select(AppliedOperation).where(AppliedOperation.case_id == case_id)
    ):
        if applied.result.get("case") is not None:
            applied.result = {**applied.result, "case": None}


def _delete_unreferenced_blobs(session: Session, files: set[str]) -> int:
    """Of the purged cases' files, those that no attachment, piece or completed upload of
    a kept case refers to (with their chunks)."""
    if not files:
        return 0
    session.flush()
    unreferenced = (
        select(Blob.sha256)
        .where(Blob.sha256.in_(sorted(files)))
        .where(~exists().where(CaseAttachment.sha256 == Blob.sha256))
        .where(~exists().where(MessageAttachment.sha256 == Blob.sha256))
        .where(~kept_evidence_uses(Blob.sha256))
    )
    return delete_blobs(session, list(session.scalars(unreferenced)))
