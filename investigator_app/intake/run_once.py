"""Jobs that must run once across the service's copies: a PostgreSQL advisory lock per job.

``once_across_copies`` holds a job's lock for a job of many transactions (the retention
purge, the first hashing of names at start-up): a session-level advisory lock on a
connection of its own, which PostgreSQL releases by itself if this process dies. A second
run that finds it taken raises AnotherCopyRunningError at once and does nothing.
``try_job_lock`` takes a job's lock for one transaction (a periodic round that every copy
runs, such as expiring requests): False means another copy is doing that round right now.

On SQLite there is one copy of the service and write transactions take turns anyway
(BEGIN IMMEDIATE), and every job checks each row again under the write lock, so both are
no-ops there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from investigator_app.intake.db import Database

RETENTION_PURGE = "retention purge"
NAME_HASHING = "hashing names for related cases"
REQUEST_EXPIRY = "expiring requests"


class AnotherCopyRunningError(Exception):
    def __init__(self, job: str) -> None:
        super().__init__(f"another copy of the service is running the {job} now")
        self.job = job


def job_key(job: str) -> int:
    """The job's advisory lock key: a signed 64-bit number derived from its name."""
    digest = hashlib.sha256(f"investigator-intake:{job}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def once_across_copies(db: Database, job: str) -> Iterator[None]:
    """Run the block as the only copy running ``job``; AnotherCopyRunningError when another
    copy runs it now (raised before the block starts)."""
    if db.is_sqlite:
        yield
        return
    key = job_key(job)
    with db.engine.connect() as connection:
        # Autocommit: the lock outlives transactions, and the connection must not sit idle
        # in one for as long as the job runs.
        connection.execution_options(isolation_level="AUTOCOMMIT")
        if not connection.scalar(select(func.pg_try_advisory_lock(key))):
            raise AnotherCopyRunningError(job)
        try:
            yield
        finally:
            try:
                connection.scalar(select(func.pg_advisory_unlock(key)))
            except DBAPIError:
                # The connection broke, and the lock went with it; it must not go back
                # to the pool.
                connection.invalidate()


def try_job_lock(session: Session, job: str) -> bool:
    """Take ``job``'s lock until the session's transaction ends; False when another copy
    holds it now (it is doing the job; this copy can leave it)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(session.scalar(select(func.pg_try_advisory_xact_lock(job_key(job)))))
