"""Reading the figures' input from the local store.

The list rows (``LocalStore.list_summaries``) lack the outcome and the acknowledgement and
closing times, and a detail per case is too slow for 10,000 cases; so the snapshot columns
are read in one query over the store's engine, and the few cases with pending local
actions take their displayed state from ``LocalStore.detail`` (snapshot plus overlay).
Read-only; no case text is read.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from investigator_app.dashboard.stats import CaseFacts
from investigator_app.domain.vocabulary import Category, Outcome, Status
from investigator_app.store.local_store import LocalStore
from investigator_app.store.models import cases


def load_facts(store: LocalStore, now: datetime) -> list[CaseFacts]:
    query = select(
        cases.c.id,
        cases.c.status,
        cases.c.category,
        cases.c.outcome,
        cases.c.received_at,
        cases.c.acknowledged_at,
        cases.c.closed_at,
        cases.c.feedback_sent_at,
    )
    with store.engine.connect() as conn:
        rows = list(conn.execute(query))
    facts = {
        row.id: CaseFacts(
            id=row.id,
            status=Status(row.status),
            category=Category(row.category),
            outcome=Outcome(row.outcome) if row.outcome else None,
            received_at=row.received_at,
            acknowledged_at=row.acknowledged_at,
            closed_at=row.closed_at,
            feedback_sent_at=row.feedback_sent_at,
        )
        for row in rows
    }
    for summary in store.list_summaries(now):
        if summary.pending_actions == 0:
            continue
        detail = store.detail(summary.id, now)
        if detail is not None:
            facts[detail.id] = CaseFacts(
                id=detail.id,
                status=detail.status,
                category=detail.category,
                outcome=detail.outcome,
                received_at=detail.received_at,
                acknowledged_at=detail.acknowledged_at,
                closed_at=detail.closed_at,
                feedback_sent_at=detail.feedback_sent_at,
            )
    return list(facts.values())
