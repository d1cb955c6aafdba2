"""Reading a department's change feed: pages of changes after a cursor."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from investigator_app.intake.db import Database
from investigator_app.intake.models import Department, FeedEntry
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.snapshots import Viewer, build_snapshots
from investigator_app.protocol import ChangeOut, ChangesResponse


def current_seq(db: Database, department_id: int) -> int:
    """The department's newest feed position: the cheap "anything new?" check."""
    with db.read() as session:
        return _current_seq(session, department_id)


def _current_seq(session: Session, department_id: int) -> int:
    seq = session.scalar(select(Department.feed_seq).where(Department.id == department_id))
    return int(seq or 0)


def read_changes(
    db: Database, viewer: Viewer, cursor: int, limit: int, cipher: NoteCipher | None
) -> ChangesResponse:
    """Up to ``limit`` changes of the viewer's department after ``cursor``, each with the
    case as the viewer sees it now.

    Everything is read in one snapshot, so the page, its snapshots and ``remaining``
    agree with each other.
    """
    department_id = viewer.department_id
    with db.read() as session:
        newest = _current_seq(session, department_id)
        if cursor > newest:
            # The client knows positions we never handed out (a restored or different
            # database): it must drop its copy and start again.
            total = _count_after(session, department_id, 0)
            return ChangesResponse(
                changes=[], cursor=0, has_more=total > 0, remaining=total, reset=True
            )
        rows = session.execute(
            select(FeedEntry.seq, FeedEntry.case_id, FeedEntry.deleted)
            .where(FeedEntry.department_id == department_id, FeedEntry.seq > cursor)
            .order_by(FeedEntry.seq)
            .limit(limit)
        ).all()
        if not rows:
            return ChangesResponse(changes=[], cursor=cursor, has_more=False, remaining=0)
        last = rows[-1].seq
        live_ids = select(FeedEntry.case_id).where(
            FeedEntry.department_id == department_id,
            FeedEntry.seq > cursor,
            FeedEntry.seq <= last,
            FeedEntry.deleted.is_(False),
        )
        snapshots = build_snapshots(session, viewer, live_ids, cipher)
        remaining = _count_after(session, department_id, last)
    # A live row without a snapshot (a purged case, or one the viewer recused from)
    # travels as a tombstone.
    changes = [
        ChangeOut(
            seq=row.seq,
            case_id=row.case_id,
            deleted=row.deleted or row.case_id not in snapshots,
            case=None if row.deleted else snapshots.get(row.case_id),
        )
        for row in rows
    ]
    return ChangesResponse(
        changes=changes, cursor=last, has_more=remaining > 0, remaining=remaining
    )


def _count_after(session: Session, department_id: int, seq: int) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(FeedEntry)
        .where(FeedEntry.department_id == department_id, FeedEntry.seq > seq)
    )
    return int(count or 0)
