"""Reading a department's change feed: pages of changes after a cursor."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from investigator_app.intake.db import Database
from investigator_app.intake.models import Department, FeedEntry
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.snapshots import CaseIds, Viewer, build_snapshots_for
from investigator_app.protocol import ChangeOut, ChangesResponse

# Up to this many changes, a page names its cases' ids in the snapshot queries (cheaper
# for the small pages of a running sync); a bigger one has them selected in the database.
_LISTED_IDS = 100


def nothing_after(cursor: int) -> ChangesResponse:
    """The page of a reader who is up to date at ``cursor``."""
    return ChangesResponse(changes=[], cursor=cursor, has_more=False, remaining=0)


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
    return read_changes_for(db, [viewer], cursor, limit, cipher)[viewer]


def read_changes_for(
    db: Database, viewers: Sequence[Viewer], cursor: int, limit: int, cipher: NoteCipher | None
) -> dict[Viewer, ChangesResponse]:
    """read_changes for several viewers of one department at once (long-polls woken by
    the same change): the page's rows and cases are read once, in one snapshot, and each
    viewer gets the page as they see it."""
    department_id = viewers[0].department_id
    assert all(viewer.department_id == department_id for viewer in viewers)

    def same(page: ChangesResponse) -> dict[Viewer, ChangesResponse]:
        return dict.fromkeys(viewers, page)

    with db.read() as session:
        newest = _current_seq(session, department_id)
        if cursor > newest:
            # The client knows positions we never handed out (a restored or different
            # database): it must drop its copy and start again.
            total = _count_after(session, department_id, 0)
            return same(
                ChangesResponse(
                    changes=[], cursor=0, has_more=total > 0, remaining=total, reset=True
                )
            )
        if cursor == newest:
            # The row that took the newest position still holds it, so below it there is
            # a row after the cursor; at it there is none.
            return same(nothing_after(cursor))
        rows = session.execute(
            select(FeedEntry.seq, FeedEntry.case_id, FeedEntry.deleted)
            .where(FeedEntry.department_id == department_id, FeedEntry.seq > cursor)
            .order_by(FeedEntry.seq)
            .limit(limit)
        ).all()
        if not rows:  # only if the counter moved without a row (never in normal use)
            return same(nothing_after(cursor))
        last = rows[-1].seq
        live_ids: CaseIds = [row.case_id for row in rows if not row.deleted]
        if len(rows) > _LISTED_IDS:  # a big page's ids stay in the database
            live_ids = select(FeedEntry.case_id).where(
                FeedEntry.department_id == department_id,
                FeedEntry.seq > cursor,
                FeedEntry.seq <= last,
                FeedEntry.deleted.is_(False),
            )
        seen = build_snapshots_for(session, viewers, live_ids, cipher)
        # A page shorter than the limit took every row after the cursor.
        remaining = _count_after(session, department_id, last) if len(rows) == limit else 0
    # Viewers who see the page alike share their snapshots (snapshots.build_snapshots_for)
    # and so their page: the same object, which page_group serialises once.
    pages: dict[int, ChangesResponse] = {}
    for snapshots in seen.values():
        if id(snapshots) not in pages:
            # A live row without a snapshot (a purged case, or one the viewer recused
            # from) travels as a tombstone.
            pages[id(snapshots)] = ChangesResponse(
                changes=[
                    ChangeOut(
                        seq=row.seq,
                        case_id=row.case_id,
                        deleted=row.deleted or row.case_id not in snapshots,
                        case=None if row.deleted else snapshots.get(row.case_id),
                    )
                    for row in rows
                ],
                cursor=last,
                has_more=remaining > 0,
                remaining=remaining,
            )
    return {viewer: pages[id(snapshots)] for viewer, snapshots in seen.items()}


def _count_after(session: Session, department_id: int, seq: int) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(FeedEntry)
        .where(FeedEntry.department_id == department_id, FeedEntry.seq > seq)
    )
    return int(count or 0)
