"""Writing the service's case snapshots and change pages into the store (bulk Core SQL)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from investigator_app.domain.messages import MessageState
from investigator_app.protocol import CaseOut, ChangesResponse, MessageOut
from investigator_app.store import related, search_index
from investigator_app.store.investigation import investigation_row, piece_file_rows, task_rows
from investigator_app.store.models import (
    attachment_blobs,
    case_attachments,
    case_events,
    case_investigations,
    case_messages,
    case_notes,
    case_piece_files,
    case_tasks,
    cases,
    sync_state,
)
from investigator_app.store.sealing import (
    Sealer,
    attachment_place,
    description_place,
    event_reason_place,
    heading_place,
    index_texts,
    message_place,
    note_place,
    recusals_place,
)

_CHUNK = 500  # ids per IN (...) list, well below SQLite's variable limit


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _case_row(sealer: Sealer, case: CaseOut) -> dict[str, Any]:
    assignee = case.assignee
    heading = related.heading(case)  # summary, entity, persons (and related cases)
    messages = [m.model_dump(include={"body", "answer", "attachments"}) for m in case.messages]
    attachment_names = [a.name for a in case.attachments]
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
        "sealed_heading": sealer.seal_json(heading, heading_place(case.id)),
        "sealed_description": sealer.seal(case.description, description_place(case.id)),
        "search_tokens": sealer.index(
            [
                *index_texts(case.description, messages),
                *attachment_names,
                *(note.body for note in case.notes),
            ]
        ),
        "reporter_kind": case.reporter_kind.value,
        "assignee_id": assignee.id if assignee else None,
        "assignee_name": assignee.display_name if assignee else None,
        "assignee_role": assignee.role.value if assignee else None,
        "reporter_language": case.reporter_language.value,
        "reporter_reachable_by_email": case.reporter_reachable_by_email,
        "feedback_sent_at": case.feedback_sent_at,
        "conflict_declared": case.conflict_declared,
        "needs_reassignment": case.needs_reassignment,
        "sealed_recusals": (
            sealer.seal_json(
                [r.model_dump(mode="json") for r in case.recusals], recusals_place(case.id)
            )
            if case.recusals
            else None
        ),
        "closing_ground": case.closing_ground.value if case.closing_ground else None,
    }


def _note_rows(sealer: Sealer, case: CaseOut) -> list[dict[str, Any]]:
    return [
        {
            "case_id": case.id,
            "position": position,
            "id": note.id,
            "sealed_payload": sealer.seal(note.model_dump_json(), note_place(case.id, note.id)),
        }
        for position, note in enumerate(case.notes)
    ]


def _answered(message: MessageOut) -> bool:
    return message.state is MessageState.ANSWERED or message.answered_at is not None


def _message_rows(sealer: Sealer, case: CaseOut) -> list[dict[str, Any]]:
    return [
        {
            "case_id": case.id,
            "position": position,
            "id": message.id,
            "kind": message.kind.value,
            "state": message.state.value,
            "answer_due": message.answer_due,
            "answered_at": message.answered_at,
            "sealed_payload": sealer.seal(
                message.model_dump_json(), message_place(case.id, position)
            ),
        }
        for position, message in enumerate(case.messages)
    ]


def _attachment_rows(sealer: Sealer, case: CaseOut) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    owners = [("", case.attachments)] + [(m.id, m.attachments) for m in case.messages]
    for message_id, attachments in owners:
        for attachment in attachments:
            rows[(message_id, attachment.sha256)] = {
                "case_id": case.id,
                "message_id": message_id,
                "sha256": attachment.sha256,
                "size": attachment.size,
                "sealed_payload": sealer.seal(
                    attachment.model_dump_json(),
                    attachment_place(case.id, message_id, attachment.sha256),
                ),
            }
    return list(rows.values())


def _answered_before(conn: Connection, ids: Sequence[str]) -> dict[str, set[str]]:
    """Ids of the answered messages we hold, per case."""
    result: dict[str, set[str]] = {}
    for chunk in _chunks(ids):
        query = select(case_messages.c.case_id, case_messages.c.id).where(
            case_messages.c.case_id.in_(chunk), case_messages.c.answered_at.is_not(None)
        )
        for case_id, message_id in conn.execute(query):
            result.setdefault(case_id, set()).add(message_id)
    return result


def _event_rows(sealer: Sealer, case: CaseOut) -> list[dict[str, Any]]:
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
            "sealed_reason": sealer.seal_optional(
                event.reason, event_reason_place(case.id, position)
            ),
            "assignee": event.assignee,
        }
        for position, event in enumerate(case.events)
    ]


def store_snapshots(
    conn: Connection,
    sealer: Sealer,
    snapshots: Iterable[CaseOut],
    answered: list[str] | None = None,
) -> list[str]:
    """Upsert snapshots that are not older than what we have; return the ids stored.

    A held case whose newer snapshot brings an answer we did not have is marked unread and
    its id added to ``answered``. (A first snapshot, or one of the same version refetched,
    announces nothing: the user never saw the case without that answer.)
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
    newer = [c for c in fresh if c.id in stored and c.version > stored[c.id]]
    before = _answered_before(conn, [c.id for c in newer if any(map(_answered, c.messages))])
    new_answers = [
        c.id for c in newer if {m.id for m in c.messages if _answered(m)} - before.get(c.id, set())
    ]
    rows = [_case_row(sealer, case) for case in fresh]
    keys, forget = search_index.keys_for(conn, ids)
    for row in rows:
        row["search_key"] = keys[row["id"]]
    indexed = search_index.has_index(conn)
    if indexed:  # the index forgets the held cases' old tokens before they are replaced
        search_index.remove(conn, forget)
    upsert = insert(cases)
    columns = {name: upsert.excluded[name] for name in rows[0] if name != "id"}
    conn.execute(upsert.on_conflict_do_update(index_elements=[cases.c.id], set_=columns), rows)
    if indexed:
        search_index.add(conn, [(row["search_key"], row["search_tokens"]) for row in rows])
    # A snapshot carries the whole history: replace it rather than merge it.
    for chunk in _chunks(ids):
        conn.execute(delete(case_events).where(case_events.c.case_id.in_(chunk)))
    events = [row for case in fresh for row in _event_rows(sealer, case)]
    if events:
        conn.execute(insert(case_events), events)
    _replace_conversation(conn, sealer, fresh)
    _replace_investigations(conn, sealer, fresh, [case_id for case_id in ids if case_id in stored])
    if new_answers:
        for chunk in _chunks(new_answers):
            conn.execute(update(cases).where(cases.c.id.in_(chunk)).values(unread=True))
        if answered is not None:
            answered.extend(new_answers)
    return ids


def _replace_conversation(conn: Connection, sealer: Sealer, fresh: Sequence[CaseOut]) -> None:
    """Messages, attachment references and notes of ``fresh`` snapshots replace what we
    had."""
    ids = [case.id for case in fresh]
    for chunk in _chunks(ids):
        conn.execute(delete(case_messages).where(case_messages.c.case_id.in_(chunk)))
        conn.execute(delete(case_attachments).where(case_attachments.c.case_id.in_(chunk)))
        conn.execute(delete(case_notes).where(case_notes.c.case_id.in_(chunk)))
    notes = [row for case in fresh if case.notes for row in _note_rows(sealer, case)]
    if notes:
        conn.execute(insert(case_notes), notes)
    messages = [row for case in fresh if case.messages for row in _message_rows(sealer, case)]
    if messages:
        conn.execute(insert(case_messages), messages)
    attachments = [
        row
        for case in fresh
        if case.attachments or case.messages
        for row in _attachment_rows(sealer, case)
    ]
    if attachments:
        conn.execute(insert(case_attachments), attachments)


def _replace_investigations(
    conn: Connection, sealer: Sealer, fresh: Sequence[CaseOut], held: Sequence[str]
) -> None:
    """The investigations of ``fresh`` snapshots replace what we had for the ``held`` ones
    (a case new to the store has none to replace: a full sync deletes nothing). Only a case
    with an investigation gets rows."""
    for chunk in _chunks(held):
        conn.execute(delete(case_investigations).where(case_investigations.c.case_id.in_(chunk)))
        conn.execute(delete(case_tasks).where(case_tasks.c.case_id.in_(chunk)))
        conn.execute(delete(case_piece_files).where(case_piece_files.c.case_id.in_(chunk)))
    investigated = [case for case in fresh if not case.investigation.empty]
    if not investigated:
        return
    conn.execute(insert(case_investigations), [investigation_row(sealer, c) for c in investigated])
    tasks = [row for case in investigated for row in task_rows(case)]
    if tasks:
        conn.execute(insert(case_tasks), tasks)
    files = [row for case in investigated for row in piece_file_rows(case)]
    if files:
        conn.execute(insert(case_piece_files), files)


def drop_orphan_blobs(conn: Connection) -> None:
    """Attachment bytes no case refers to any more go with the last such case."""
    referenced = select(case_attachments.c.sha256)
    conn.execute(delete(attachment_blobs).where(attachment_blobs.c.sha256.not_in(referenced)))


def remove_cases(conn: Connection, ids: Sequence[str]) -> None:
    if ids and search_index.has_index(conn):
        held = search_index.held(conn, ids).values()
        search_index.remove(conn, [(key, blob) for key, blob in held if key is not None])
    for chunk in _chunks(ids):
        conn.execute(delete(case_events).where(case_events.c.case_id.in_(chunk)))
        conn.execute(delete(case_messages).where(case_messages.c.case_id.in_(chunk)))
        conn.execute(delete(case_attachments).where(case_attachments.c.case_id.in_(chunk)))
        conn.execute(delete(case_notes).where(case_notes.c.case_id.in_(chunk)))
        conn.execute(delete(case_investigations).where(case_investigations.c.case_id.in_(chunk)))
        conn.execute(delete(case_tasks).where(case_tasks.c.case_id.in_(chunk)))
        conn.execute(delete(case_piece_files).where(case_piece_files.c.case_id.in_(chunk)))
        conn.execute(delete(cases).where(cases.c.id.in_(chunk)))
    if ids:
        drop_orphan_blobs(conn)


def apply_page(
    conn: Connection, sealer: Sealer, page: ChangesResponse, answered: list[str] | None = None
) -> list[str]:
    """Apply one page of the change feed and its cursor; the caller owns the transaction.
    Cases with new answers of the reporter are added to ``answered``."""
    changed: list[str] = []
    if page.reset:
        # Our cursor is ahead of the service (e.g. it was restored): start over from scratch.
        changed.extend(conn.scalars(select(cases.c.id)).all())
        conn.execute(delete(case_events))
        conn.execute(delete(case_messages))
        conn.execute(delete(case_attachments))
        conn.execute(delete(case_notes))
        conn.execute(delete(case_investigations))
        conn.execute(delete(case_tasks))
        conn.execute(delete(case_piece_files))
        conn.execute(delete(cases))
        if search_index.has_index(conn):
            search_index.clear(conn)
        drop_orphan_blobs(conn)
    last: dict[str, CaseOut | None] = {}
    for change in sorted(page.changes, key=lambda c: c.seq):
        if change.deleted:
            last[change.case_id] = None
        elif change.case is not None:  # a change without a snapshot tells us nothing
            last[change.case_id] = change.case
    gone = [case_id for case_id, case in last.items() if case is None]
    remove_cases(conn, gone)
    changed.extend(gone)
    fresh = (case for case in last.values() if case is not None)
    changed.extend(store_snapshots(conn, sealer, fresh, answered))
    conn.execute(update(sync_state).where(sync_state.c.id == 1).values(cursor=page.cursor))
    return list(dict.fromkeys(changed))
