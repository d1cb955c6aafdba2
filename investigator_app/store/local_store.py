"""LocalStore: the desktop's SQLite store of synced cases and of the user's own actions.

Thread-safe: every call takes its own pooled connection and transaction, so the GUI thread
and the sync threads can share one instance. Nothing here logs case content.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, update

from investigator_app.domain.deadlines import DeadlinePolicy
from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.notes import MAX_NOTE_LENGTH, NoteVisibility
from investigator_app.operations import AddNoteOp, EditNoteOp, NoteIn, Operation, OperationsResponse
from investigator_app.protocol import ChangesResponse, MeResponse, PersonOut
from investigator_app.store import (
    attachments as _attachments,
    identity as _identity,
    list_reads as _list_reads,
    my_tasks as _my_tasks,
    notes as _notes,
    outbox as _outbox,
    outbox_failures as _failures,
    reads as _reads,
    sealing as _sealing,
    search_index as _search_index,
    undo as _undo,
)
from investigator_app.store.database import create_store_engine, migrate, writer
from investigator_app.store.evidence_store import EvidenceMethods
from investigator_app.store.models import cases, sync_state
from investigator_app.store.new_store import create_empty_store
from investigator_app.store.sealing import Sealer, StoreKeyError
from investigator_app.store.snapshots import apply_page
from investigator_app.store.views import (
    CaseDetail,
    CaseSummary,
    MyTask,
    QueuedAction,
    RefusedAction,
)

_log = logging.getLogger("investigator_app.store")


@dataclass(frozen=True)
class Applied:
    """What applying a feed page or the service's answers changed."""

    changed_ids: list[str] = field(default_factory=list)
    answered_ids: list[str] = field(default_factory=list)  # cases with new reporter answers


class LocalStore(EvidenceMethods):
    def __init__(self, engine: Engine, path: Path, sealer: Sealer) -> None:
        self._engine = engine
        self._writer = writer(engine)
        self._path = path
        self._sealer = sealer

    @classmethod
    def open(cls, path: Path, key: bytes | None = None) -> LocalStore:
        """Open (creating folders and file as needed) and migrate the store at ``path``.

        ``key`` is the account's data key (from the keyring). Without it, the key this
        process opened the file with before is used; a new file gets a key that lives as
        long as the process. StoreKeyError: the file was sealed with another key.
        """
        if key is None:
            key = _sealing.known_key(path)
        if key is None:
            if path.exists() and path.stat().st_size > 0:
                raise StoreKeyError("the store's data key is not known to this process")
            key = _sealing.key_for_new_store(path)
        sealer = Sealer(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        create_empty_store(path)  # a new file starts as the migrated empty schema
        engine = create_store_engine(path)
        try:
            if not _key_fits(engine, sealer):
                raise StoreKeyError("the store was sealed with another data key")
            migrate(engine, sealer)
        except BaseException:
            engine.dispose()
            raise
        _sealing.remember_key(path, key)
        return cls(engine, path, sealer)

    def word_matches(self, word: str) -> frozenset[int] | None:
        """The search keys (CaseSummary.search_key) of the cases whose long texts
        (description, messages, answers, file names, notes, our queued notes too) hold one
        typed word as a whole word or word prefix, through the keyed index; None when the
        word has no part long enough to look up."""
        tokens = self._sealer.word_tokens(word)
        if tokens is None:
            return None
        with self._engine.begin() as conn:
            found = _search_index.matching_keys(conn, tokens)
            # Our queued notes are found before the service has them (they are few).
            noted = [
                case_id
                for case_id, ops in _outbox.pending_by_case(conn, self._sealer).items()
                if (texts := _notes.pending_note_texts(ops))
                and _sealing.token_set(self._sealer.index(texts)).issuperset(tokens)
            ]
            found.update(
                key for key, _ in _search_index.held(conn, noted).values() if key is not None
            )
        return frozenset(found)

    @property
    def path(self) -> Path:
        """The store's file; another thread opens its own LocalStore on it."""
        return self._path

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    # --- the change feed -------------------------------------------------------------

    def apply_changes(self, resp: ChangesResponse) -> list[str]:
        """Apply a page of changes and its cursor in one transaction; return changed ids."""
        return self.apply_page(resp).changed_ids

    def apply_page(self, resp: ChangesResponse) -> Applied:
        """Apply a page and its cursor in one transaction; which cases changed, and which
        of them got new answers of the reporter (those are now marked unread)."""
        answered: list[str] = []
        with self._writer.begin() as conn:
            changed = apply_page(conn, self._sealer, resp, answered)
        _log.debug("applied a page: %d changes, %d cases changed", len(resp.changes), len(changed))
        return Applied(changed, list(dict.fromkeys(answered)))

    def cursor(self) -> int:
        with self._engine.connect() as conn:
            return _identity.cursor(conn)

    def last_sync_at(self) -> datetime | None:
        with self._engine.connect() as conn:
            return _identity.last_sync_at(conn)

    def mark_synced(self, at: datetime) -> None:
        with self._writer.begin() as conn:
            _identity.mark_synced(conn, at)

    # --- who is signed in --------------------------------------------------------------

    def set_identity(self, me: MeResponse) -> bool:
        """Store the signed-in user; True when another account's local data was dropped."""
        with self._writer.begin() as conn:
            return _identity.set_identity(conn, me)

    def identity(self) -> MeResponse | None:
        with self._engine.connect() as conn:
            return _identity.identity(conn)

    def colleagues(self) -> list[PersonOut]:
        with self._engine.connect() as conn:
            return _identity.colleague_list(conn)

    def deadline_policy(self) -> DeadlinePolicy:
        with self._engine.connect() as conn:
            return _identity.deadline_policy(conn)

    # --- read models -----------------------------------------------------------------

    def list_summaries(self, now: datetime) -> list[CaseSummary]:
        with self._engine.begin() as conn:  # one read transaction: a consistent picture
            return _list_reads.summaries(conn, self._sealer, now)

    def summaries(self, ids: Sequence[str], now: datetime) -> list[CaseSummary]:
        """Summaries of those ``ids`` still in the store (missing ones were removed)."""
        with self._engine.begin() as conn:
            return _list_reads.summaries(conn, self._sealer, now, list(ids))

    def detail(self, case_id: str, now: datetime) -> CaseDetail | None:
        with self._engine.begin() as conn:
            return _reads.detail(conn, self._sealer, case_id, now)

    def my_tasks(self, now: datetime) -> list[MyTask]:
        """The signed-in user's open tasks across cases, overdue first, then by due date."""
        with self._engine.begin() as conn:
            return _my_tasks.my_tasks(conn, self._sealer, now)

    # --- the outbox ------------------------------------------------------------------

    def queue(self, op: Operation) -> Operation:
        """Queue a user action with the base version the user saw; raises TransitionError
        when the displayed state forbids it (or it lacks what it needs) and
        UnknownCaseError when the case is not here."""
        with self._writer.begin() as conn:
            queued = _outbox.record(conn, self._sealer, op)
        _log.info("queued %s as op %s", op.action.value, op.op_id)
        return queued

    def add_note(
        self, case_id: str, body: str, visibility: NoteVisibility, made_at: datetime
    ) -> uuid.UUID:
        """Queue a new confidential note (shown at once, marked pending); its new id.
        TransitionError: empty or longer than MAX_NOTE_LENGTH, or the case's status."""
        note = _note(uuid.uuid4(), body, visibility)
        self.queue(AddNoteOp(**_new_op(case_id, made_at), note=note))
        return note.note_id

    def edit_note(
        self,
        case_id: str,
        note_id: uuid.UUID | str,
        body: str,
        visibility: NoteVisibility,
        made_at: datetime,
    ) -> uuid.UUID:
        """Queue a new text of one of the signed-in user's own notes (TransitionError for
        someone else's or an unknown note); the note's id."""
        note = _note(_as_uuid(note_id), body, visibility)
        self.queue(EditNoteOp(**_new_op(case_id, made_at), note=note))
        return note.note_id

    def pending_operations(self, limit: int, held: Collection[uuid.UUID] = ()) -> list[Operation]:
        """Operations to send next: the oldest pending one of each case, leaving out the
        cases whose oldest is ``held`` (see outbox.py). They are taken: no longer undone."""
        with self._writer.begin() as conn:
            return _outbox.take_pending(conn, self._sealer, limit, held)

    def release(self, op_ids: Collection[uuid.UUID]) -> None:
        """The request that carried these certainly never reached the service: they may
        be undone again (unless an earlier request carried them too; see undo.py)."""
        with self._writer.begin() as conn:
            _outbox.release(conn, op_ids)

    def undo(self, op_id: uuid.UUID | str) -> str:
        """Take back a queued action the pusher has not taken: it is never sent. The id of
        its case. UndoRefused (undo.py says why) when it may be sent already, a later
        queued action on the case builds on it, or it no longer waits."""
        with self._writer.begin() as conn:
            case_id = _undo.undo(conn, self._sealer, _as_uuid(op_id))
        _log.info("undid queued op %s", op_id)
        return case_id

    def queued_actions(self, case_id: str) -> list[QueuedAction]:
        """Our actions waiting on the case, oldest first, each with whether it can be
        undone now."""
        with self._engine.begin() as conn:
            row = conn.execute(select(cases).where(cases.c.id == case_id)).one_or_none()
            return [] if row is None else _undo.queued_actions(conn, self._sealer, row)

    def count_failure(self, op_id: uuid.UUID, reason: str, refuse_after: int) -> int:
        """The service failed on this pending op sent alone; its failed attempts so far
        (refused at ``refuse_after``; see outbox_failures.py)."""
        with self._writer.begin() as conn:
            return _failures.count_failure(conn, op_id, reason, refuse_after)

    def apply_results(self, resp: OperationsResponse) -> list[str]:
        """Record the service's answers and snapshots in one transaction; changed case ids."""
        return self.settle(resp).changed_ids

    def settle(self, resp: OperationsResponse) -> Applied:
        """apply_results, also telling which cases' snapshots brought new answers."""
        answered: list[str] = []
        with self._writer.begin() as conn:
            changed = _outbox.settle(conn, self._sealer, resp, answered)
        _log.info("service answered %d operations", len(resp.results))
        return Applied(changed, list(dict.fromkeys(answered)))

    def operation_state(self, op_id: uuid.UUID) -> str | None:
        """pending, applied, conflict or rejected; None for an operation not (or no longer)
        in the outbox."""
        with self._engine.connect() as conn:
            return _outbox.state_of(conn, op_id)

    def pending_count(self) -> int:
        with self._engine.begin() as conn:
            return _outbox.pending_count(conn)

    def refused_actions(self, op_ids: Sequence[uuid.UUID] | None = None) -> list[RefusedAction]:
        with self._engine.begin() as conn:
            return _outbox.refused(conn, self._sealer, op_ids)

    def discard_refused(self, op_id: uuid.UUID | str) -> bool:
        with self._writer.begin() as conn:
            return _outbox.discard(conn, _as_uuid(op_id))

    def retry_refused(self, op_id: uuid.UUID | str, made_at: datetime) -> uuid.UUID:
        """Queue a refused intent again on the current state (TransitionError if the life
        cycle no longer allows it; the refusal is then kept)."""
        with self._writer.begin() as conn:
            return _outbox.retry(conn, self._sealer, _as_uuid(op_id), made_at)

    # --- unread cases ------------------------------------------------------------------

    def mark_read(self, case_id: str) -> bool:
        """The user opened the case; True when it was unread."""
        with self._writer.begin() as conn:
            result = conn.execute(
                update(cases).where(cases.c.id == case_id, cases.c.unread).values(unread=False)
            )
            return result.rowcount > 0

    def mark_opened(self, case_id: str) -> bool:
        """The user opened the case on this workstation: it is no longer new. True when it
        was."""
        with self._writer.begin() as conn:
            result = conn.execute(
                update(cases).where(cases.c.id == case_id, ~cases.c.opened).values(opened=True)
            )
            return result.rowcount > 0

    # --- attachment bytes ----------------------------------------------------------------

    def keep_attachment(self, sha256: str, data: bytes) -> list[str]:
        """Keep verified bytes (AttachmentIntegrityError otherwise, nothing kept); return
        the ids of the cases that refer to them."""
        with self._writer.begin() as conn:
            _attachments.keep(conn, self._sealer, sha256, data)
            return _attachments.cases_referring(conn, sha256)

    def attachment(self, sha256: str) -> bytes | None:
        """Verified bytes of an attachment, or None when not fetched yet."""
        with self._engine.connect() as conn:
            return _attachments.read(conn, self._sealer, sha256)

    def missing_attachments(self) -> list[tuple[str, str]]:
        """(case id, sha256) of attachments our cases refer to but we lack."""
        with self._engine.connect() as conn:
            return _attachments.missing(conn)


def _key_fits(engine: Engine, sealer: Sealer) -> bool:
    """False when the file holds content sealed with another key (checked before any
    migration touches it); a new or not yet sealed store fits any key."""
    with engine.connect() as conn:
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(sync_state)")}
        if "key_check" not in columns:
            return True
        check = conn.execute(select(sync_state.c.key_check)).scalar_one_or_none()
    if check is None:
        with writer(engine).begin() as conn:
            conn.execute(update(sync_state).values(key_check=sealer.key_check()))
        return True
    return sealer.fits(check)


def _note(note_id: uuid.UUID, body: str, visibility: NoteVisibility) -> NoteIn:
    """A note's new text, trimmed (TransitionError when empty or too long)."""
    text = body.strip()
    if not 0 < len(text) <= MAX_NOTE_LENGTH:
        raise TransitionError(f"a note needs 1 to {MAX_NOTE_LENGTH} characters")
    return NoteIn(note_id=note_id, body=text, visibility=visibility)


def _new_op(case_id: str, made_at: datetime) -> dict[str, Any]:
    """The fields every new operation starts with (``record`` sets the base version)."""
    return {"op_id": uuid.uuid4(), "case_id": case_id, "base_version": 0, "made_at": made_at}


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)
