"""The audit trail: who did what, when and why, for every change.

``detail`` carries codes and references only; never case content (summary, description,
involved persons) nor a reporter's identity. Callers pass reasons separately because a
reason is part of "why" and must be kept.

Events join the hash chain (audit_chain.py) when their transaction commits: ids, previous
hash and hash are handed out under the lock of the chain's head row, taken as the very last
lock of the transaction. Taking it last keeps lock order acyclic (case rows and feed
counters always come first), and holds the global lock only for the commit itself.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import event as sa_event, select
from sqlalchemy.orm import Session, SessionTransaction

from investigator_app.intake.actors import Actor
from investigator_app.intake.audit_chain import (
    GENESIS_HASH,
    HEAD_ID,
    canonical_json,
    hash_of,
    text_sha256,
)
from investigator_app.intake.models import AuditChainHead, AuditEvent, Case
from investigator_app.intake.upsert import insert_if_missing

log = logging.getLogger("investigator_app.intake.audit")

_PENDING = "audit_pending"


def record(
    session: Session,
    actor: Actor,
    action: str,
    at: datetime,
    *,
    case_id: str | None = None,
    detail: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditEvent:
    """Add an audit event to the caller's transaction (it commits or rolls back with it).

    The event is written when the transaction commits; until then it has no id.
    """
    reason = reason or None
    event = AuditEvent(
        at=at,
        actor_id=actor.user_id,
        actor_name=actor.name,
        action=action,
        case_id=case_id,
        # Stored exactly as the database will give it back, so the hash can be recomputed.
        detail=json.loads(canonical_json(detail or {})),
        reason=reason,
        reason_sha256=text_sha256(reason),
    )
    session.info.setdefault(_PENDING, []).append(event)
    # Ids and codes only: logs are read by more people than the audit trail.
    log.info("%s by %s (case %s)", action, actor.user_id or actor.name, case_id or "-")
    return event


def _lock_head(session: Session) -> AuditChainHead:
    query = (
        select(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    head = session.scalars(query).one_or_none()
    if head is None:  # a database emptied by hand: continue from the newest event
        last = session.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).one_or_none()
        insert_if_missing(
            session,
            AuditChainHead,
            {
                "id": HEAD_ID,
                "last_id": last.id if last is not None else 0,
                "last_hash": last.hash if last is not None else GENESIS_HASH,
            },
        )
        head = session.scalars(query).one()
    return head


@sa_event.listens_for(Session, "before_commit")
def _append_pending(session: Session) -> None:
    pending: list[AuditEvent] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    session.flush()  # everything else first: its locks come before the head's
    if session.get_bind().dialect.name == "postgresql":
        # Inserting an event takes a key-share lock on its case; take it before the head,
        # or a writer holding that case and waiting for the head would deadlock with us.
        case_ids = sorted({e.case_id for e in pending if e.case_id is not None})
        if case_ids:
            session.execute(
                select(Case.id).where(Case.id.in_(case_ids)).with_for_update(key_share=True)
            )
    head = _lock_head(session)
    for event in pending:
        event.id = head.last_id + 1
        event.prev_hash = head.last_hash
        event.hash = hash_of(event)
        head.last_id, head.last_hash = event.id, event.hash
        session.add(event)
    session.flush()


@sa_event.listens_for(Session, "after_transaction_end")
def _forget_pending(session: Session, transaction: SessionTransaction) -> None:
    # A rolled-back (or closed) transaction takes its events with it.
    if transaction.parent is None:
        session.info.pop(_PENDING, None)
