"""Writing the service's case snapshots and change pages into the store (bulk Core SQL)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from investigator_app.protocol import CaseOut, ChangesResponse
from investigator_app.store.models import case_events, cases, sync_state

_CHUNK = 500  # ids per IN (...) list, well below SQLite's variable limit


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _case_row(case: CaseOut) -> dict[str, Any]:
    assignee = case.assignee
    return {
        "id": case.id,
        "reference": case.reference,
        "version": case.version,
        "department": case.department,
        "status": case.status.value,
        "outcome": case.outcome.value if case.outcome else None,
        "channel": case.channel.value,
        "category": case.category.value,
        "received_at": case.received_at,
        "forwarded_at": case.forwarded_at,
        "acknowledged_at": case.acknowledged_at,
        "closed_at": case.closed_at,
        "summary": case.summary,
        "description": case.description,
        "involved_entity": case.involved_entity,
        "involved_persons": list(case.involved_persons),
        "reporter_kind": case.reporter_kind.value,
        "assignee_id": assignee.id if assignee else None,
        "assignee_name": assignee.display_name if assignee else None,
        "assignee_role": assignee.role.value if assignee else None,
        "search_text": " ".join(
            [case.reference, case.summary, case.involved_entity, *case.involved_persons]
        ).lower(),
    }


def _event_rows(case: CaseOut) -> list[dict[str, Any]]:
    return [
        {
            "case_id": case.id,
            "position": position,
            "id": event.id,
            "at": event.at,
            "actor": event.actor,
            "kind": event.kind.value,
            "from_status": event.from_status.value if event.from_status else None,
            "to_status": event.to_status.value if event.to_status else None,
            "outcome": event.outcome.value if event.outcome else None,
            "reason": event.reason,
            "assignee": event.assignee,
        }
        for position, event in enumerate(case.events)
    ]


def store_snapshots(conn: Connection, snapshots: Iterable[CaseOut]) -> list[str]:
    """Upsert snapshots that are not older than what we have; return the ids stored.

    Runs inside the caller's (write) transaction, so the version check cannot race.
    """
    newest: dict[str, CaseOut] = {}
    for case in snapshots:
        seen = newest.get(case.id)
        if seen is None or case.version >= seen.version:
            newest[case.id] = case
    if not newest:
        return []
    stored: dict[str, int] = {}
    for chunk in _chunks(list(newest)):
        query = select(cases.c.id, cases.c.version).where(cases.c.id.in_(chunk))
        stored.update((case_id, version) for case_id, version in conn.execute(query))
    fresh = [case for case in newest.values() if case.version >= stored.get(case.id, -1)]
    if not fresh:
        return []
    ids = [case.id for case in fresh]
    rows = [_case_row(case) for case in fresh]
    upsert = insert(cases)
    columns = {name: upsert.excluded[name] for name in rows[0] if name != "id"}
    conn.execute(upsert.on_conflict_do_update(index_elements=[cases.c.id], set_=columns), rows)
    # A snapshot carries the whole history: replace it rather than merge it.
    for chunk in _chunks(ids):
        conn.execute(delete(case_events).where(case_events.c.case_id.in_(chunk)))
    events = [row for case in fresh for row in _event_rows(case)]
    if events:
        conn.execute(insert(case_events), events)
    return ids


def remove_cases(conn: Connection, ids: Sequence[str]) -> None:
    for chunk in _chunks(ids):
        conn.execute(delete(case_events).where(case_events.c.case_id.in_(chunk)))
        conn.execute(delete(cases).where(cases.c.id.in_(chunk)))


def apply_page(conn: Connection, page: ChangesResponse) -> list[str]:
    """Apply one page of the change feed and its cursor; the caller owns the transaction."""
    changed: list[str] = []
    if page.reset:
        # Our cursor is ahead of the service (e.g. it was restored): start over from scratch.
        changed.extend(conn.scalars(select(cases.c.id)).all())
        conn.execute(delete(case_events))
        conn.execute(delete(cases))
    last: dict[str, CaseOut | None] = {}
    for change in sorted(page.changes, key=lambda c: c.seq):
        if change.deleted:
            last[change.case_id] = None
        elif change.case is not None:  # a change without a snapshot tells us nothing
            last[change.case_id] = change.case
    gone = [case_id for case_id, case in last.items() if case is None]
    remove_cases(conn, gone)
    changed.extend(gone)
    changed.extend(store_snapshots(conn, (case for case in last.values() if case is not None)))
    conn.execute(update(sync_state).where(sync_state.c.id == 1).values(cursor=page.cursor))
    return list(dict.fromkeys(changed))
