"""The audit trail's hash chain: how an event is hashed, and checking the whole chain.

Each event's ``hash`` is the sha256 of a canonical serialisation of the event plus the
previous event's hash, so changing, deleting or inserting a row breaks the chain at that
row. The reason enters through its sha256: retention may erase the text of a purged
case's reasons (the digest stays) and the chain still holds.

This module is the contract for stored rows (migration 0003 uses it too): changing the
serialisation breaks every existing chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.intake.models import AuditChainHead, AuditEvent, Case

GENESIS_HASH = "0" * 64
HEAD_ID = 1
BATCH = 5000


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def text_sha256(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_hash(
    *,
    id: int,
    at: datetime,
    actor_id: str | None,
    actor_name: str,
    action: str,
    case_id: str | None,
    detail: dict[str, Any],
    reason_sha256: str | None,
    prev_hash: str,
) -> str:
    fields = {
        "id": id,
        "at": at.astimezone(UTC).isoformat(),
        "actor_id": actor_id,
        "actor_name": actor_name,
        "action": action,
        "case_id": case_id,
        "detail": detail,
        "reason_sha256": reason_sha256,
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def hash_of(event: Any) -> str:
    """The hash an event (a model or a row with the same names) should carry."""
    return event_hash(
        id=event.id,
        at=event.at,
        actor_id=event.actor_id,
        actor_name=event.actor_name,
        action=event.action,
        case_id=event.case_id,
        detail=event.detail,
        reason_sha256=event.reason_sha256,
        prev_hash=event.prev_hash,
    )


@dataclass(frozen=True)
class Broken:
    """The first link that does not hold."""

    event_id: int | None
    at: datetime | None
    action: str | None
    problem: str

    def describe(self) -> str:
        if self.event_id is None:
            return self.problem
        when = self.at.isoformat() if self.at is not None else "-"
        return f"event {self.event_id} ({when}, {self.action}): {self.problem}"


@dataclass(frozen=True)
class Verdict:
    events: int
    head: str
    broken: Broken | None = None

    @property
    def ok(self) -> bool:
        return self.broken is None


_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.actor_id,
    AuditEvent.actor_name,
    AuditEvent.action,
    AuditEvent.case_id,
    AuditEvent.detail,
    AuditEvent.reason,
    AuditEvent.reason_sha256,
    AuditEvent.prev_hash,
    AuditEvent.hash,
    Case.purged_at,
)


def _rows(session: Session) -> Iterator[Any]:
    """Events in id order with their case's purge time, in batches (keyset paging: a
    million rows never sit in memory at once; plain rows, no ORM objects)."""
    after = 0
    while True:
        batch = session.execute(
            select(*_COLUMNS)
            .outerjoin(Case, Case.id == AuditEvent.case_id)
            .where(AuditEvent.id > after)
            .order_by(AuditEvent.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        yield from batch
        after = batch[-1].id


def _problem(event: Any, prev: Any) -> str | None:
    expected_prev = prev.hash if prev is not None else GENESIS_HASH
    if event.prev_hash != expected_prev:
        if prev is None:
            return "prev_hash is not the chain's start: the events before it are missing"
        if prev is not None and event.id != prev.id + 1:
            missing = (
                f"event {prev.id + 1} is"
                if event.id == prev.id + 2
                else f"events {prev.id + 1}..{event.id - 1} are"
            )
            return f"prev_hash does not match event {prev.id}'s hash: {missing} missing"
        return "prev_hash does not match the previous event's hash"
    if hash_of(event) != event.hash:
        return "hash mismatch: the event was changed"
    if event.reason is not None and text_sha256(event.reason) != event.reason_sha256:
        return "hash mismatch: the reason was changed"
    if event.reason is None and event.reason_sha256 is not None and event.purged_at is None:
        return "the reason was erased, but the case was not purged"
    return None


def verify_chain(session: Session) -> Verdict:
    """Walk the chain from the first event; stop at the first broken link."""
    prev: Any = None
    count = 0
    for event in _rows(session):
        problem = _problem(event, prev)
        if problem is not None:
            good = prev.hash if prev is not None else GENESIS_HASH
            return Verdict(count, good, Broken(event.id, event.at, event.action, problem))
        prev = event
        count += 1
    last_hash = prev.hash if prev is not None else GENESIS_HASH
    last_id = prev.id if prev is not None else 0
    head = session.get(AuditChainHead, HEAD_ID)
    if head is not None and (head.last_id, head.last_hash) != (last_id, last_hash):
        return Verdict(
            count,
            last_hash,
            Broken(
                None,
                None,
                None,
                f"the chain ends at event {last_id} but its head records event {head.last_id}: "
                "the newest events are missing or changed",
            ),
        )
    return Verdict(count, last_hash)
