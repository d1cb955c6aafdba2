"""Outbox operations the service fails on: counted, and refused after the last attempt.

A 500 (or an answer that makes no sense) for one operation sent on its own is no verdict
on the action, but an operation the service keeps failing on must not wait unseen for
ever. ``attempts`` counts those failures only: being offline, a lapsed session or a failure
of the whole service counts against no operation (the sync engine tells them apart). After
the last attempt the operation is refused as one the service rejected, its message starting
with ``SERVICE_FAILED`` (the pane says it in Dutch); the later life-cycle operations on its
case are refused with it and the independent ones go on, as for any refusal.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from investigator_app.store.models import outbox
from investigator_app.store.outbox import SERVICE_FAILED, refuse_later


def count_failure(conn: Connection, op_id: uuid.UUID, reason: str, refuse_after: int) -> int:
    """The service failed on the pending op ``op_id`` sent on its own (``reason``: how, in
    English, without case content); return its failed attempts so far, 0 when it is no
    longer pending. At ``refuse_after`` it is refused."""
    row = conn.execute(
        select(outbox.c.case_id, outbox.c.seq, outbox.c.action, outbox.c.attempts).where(
            outbox.c.op_id == op_id, outbox.c.state == "pending"
        )
    ).one_or_none()
    if row is None:
        return 0
    attempts = int(row.attempts) + 1
    values: dict[str, object] = {"attempts": attempts}
    if attempts >= refuse_after:
        values.update(state="rejected", message=f"{SERVICE_FAILED} ({attempts} times): {reason}")
        refuse_later(conn, row.case_id, row.seq, row.action)
    conn.execute(update(outbox).where(outbox.c.op_id == op_id).values(**values))
    return attempts
