"""Writing the change feed: every change to a case gets a position in the feed of the
department that sees it, and a case that leaves a department becomes a tombstone there.

Positions come from the department's counter row, bumped with UPDATE inside the
changing transaction. The row lock makes a second writer wait until the first commits,
so seq order is commit order: a reader that has seen seq N has seen everything below N,
also with several service copies on PostgreSQL. On PostgreSQL the same UPDATE also sends
NOTIFY "department:seq" on FEED_CHANNEL, which PostgreSQL delivers only when (and if) the
transaction commits: every copy's FeedListener hears it and wakes its long-polls.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from investigator_app.domain.vocabulary import DEPARTMENT_STATUSES
from investigator_app.intake.db import mark_feed_changed
from investigator_app.intake.models import Case, Department, FeedEntry


def visible_department(case: Case) -> int | None:
    """The department that sees the case; none once retention purged it (so every later
    publish() keeps it a tombstone everywhere)."""
    if case.purged_at is not None:
        return None
    return case.department_id if case.status in DEPARTMENT_STATUSES else None


FEED_CHANNEL = "intake_feed"


def next_seq(session: Session, department_id: int) -> int:
    bump = (
        update(Department)
        .where(Department.id == department_id)
        .values(feed_seq=Department.feed_seq + 1)
        .returning(Department.feed_seq)
        .execution_options(synchronize_session=False)
    )
    if session.get_bind().dialect.name == "postgresql":
        # In the same statement: no extra round trip per change.
        payload = func.concat(Department.id, ":", Department.feed_seq)
        bump = bump.returning(func.pg_notify(FEED_CHANNEL, payload))
    return int(session.execute(bump).one()[0])


def publish(session: Session, case: Case) -> None:
    """Record in the feeds that ``case`` changed (call after changing it, same transaction).

    The department that sees the case gets a fresh row (or a fresh seq on its row); every
    other department that still holds the case gets a tombstone.
    """
    session.flush()
    entries = {
        entry.department_id: entry
        for entry in session.scalars(select(FeedEntry).where(FeedEntry.case_id == case.id))
    }
    visible_in = visible_department(case)
    targets = {dep for dep, entry in entries.items() if not entry.deleted and dep != visible_in}
    if visible_in is not None:
        targets.add(visible_in)
    # Bump counters in one global order so two transactions never wait on each other
    # crosswise (PostgreSQL deadlock).
    for department_id in sorted(targets):
        seq = next_seq(session, department_id)
        entry = entries.get(department_id)
        if entry is None:
            entry = FeedEntry(department_id=department_id, case_id=case.id)
            session.add(entry)
        entry.seq = seq
        entry.deleted = department_id != visible_in
        mark_feed_changed(session, department_id, seq)
