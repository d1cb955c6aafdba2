"""Migration 0005: a used store of the previous release, its outbox holding a queued action
of every kind (and a refused one, and one no release could have written), keeps each as a
typed operation, sealed whole, and sends what it sent before."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import text

from investigator_app.domain.lifecycle import Action
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.operations import (
    AcknowledgeOp,
    AssignOp,
    CancelRequestOp,
    CloseOp,
    EditNoteOp,
)
from investigator_app.store import LocalStore
from investigator_app.store.database import alembic_config, create_store_engine, writer
from investigator_app.store.outbox import UNREADABLE
from investigator_app.store.sealing import Sealer, outbox_body_place, outbox_reason_place
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import COLLEAGUE, RECEIVED, make_case, me, page
from tests.store.disk_scan import hits
from tests.store.message_factory import request
from tests.store.old_store import fill_as_an_older_release

LETTER = "Quetzalbrief aan de melder"
MOTIVATION = "Quetzalmotivering van de sluiting"
NOTE = "Quetzalnotitie herschreven"
REQUEST_ID = uuid.UUID(int=7)
NOTE_ID = uuid.UUID(int=8)

# (action, state, columns of revision 0004 besides the common ones)
ROWS: list[tuple[str, str, dict[str, Any]]] = [
    ("acknowledge", "pending", {"message_id": uuid.UUID(int=1), "body": LETTER}),
    ("assign", "pending", {"assignee_id": COLLEAGUE.id}),
    ("close", "pending", {"outcome": "unfounded", "reason": MOTIVATION}),
    ("cancel_request", "pending", {"target_message_id": REQUEST_ID}),
    (
        "edit_note",
        "pending",
        {"note_id": NOTE_ID, "body": NOTE, "note_visibility": "case_team"},
    ),
    ("recuse", "conflict", {"reason": ""}),
    ("close", "pending", {"reason": "Zonder uitkomst"}),  # cannot be a valid operation
    (
        "request_info",
        "rejected",
        {"message_id": uuid.UUID(int=2), "body": "Vraag?", "answer_due": "2026-03-30"},
    ),
]


def make_0004_store(path: Path, key: bytes) -> None:
    """A store as the previous release left it: at 0004, with cases and a full outbox."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(path)
    sealer = Sealer(key)
    config = alembic_config()
    config.attributes["sealer"] = sealer
    with writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
    cases = [make_case(f"c{n}", status=Status.ASSESSING) for n in range(len(ROWS))]
    cases[3] = cases[3].model_copy(update={"messages": [request(str(REQUEST_ID))]})
    feed = page(*cases, cursor=9)
    fill_as_an_older_release(engine, sealer, me(), feed, path.with_name("newest.sqlite3"))
    with writer(engine).begin() as conn:
        for seq, (action, state, columns) in enumerate(ROWS, start=1):
            op_id = uuid.UUID(int=100 + seq)
            values = {
                "op_id": op_id.hex,
                "case_id": f"c{seq - 1}",
                "action": action,
                "state": state,
                "outcome": columns.get("outcome"),
                "reason": sealer.seal(columns.get("reason", ""), outbox_reason_place(op_id)),
                "assignee": columns.get("assignee_id"),
                "message_id": _hex(columns.get("message_id")),
                "body": sealer.seal_optional(columns.get("body"), outbox_body_place(op_id)),
                "due": columns.get("answer_due"),
                "target": _hex(columns.get("target_message_id")),
                "note_id": _hex(columns.get("note_id")),
                "visibility": columns.get("note_visibility"),
            }
            conn.execute(
                text(
                    "INSERT INTO outbox (op_id, case_id, reference, action, outcome, "
                    "sealed_reason, assignee_id, base_version, made_at, state, message, "
                    "attempts, message_id, sealed_body, answer_due, target_message_id, "
                    "note_id, note_visibility) VALUES (:op_id, :case_id, 'REF', :action, "
                    ":outcome, :reason, :assignee, 1, '2026-03-06T09:31:00.000000+00:00', "
                    ":state, '', 0, :message_id, :body, :due, :target, :note_id, :visibility)"
                ),
                values,
            )
    engine.dispose()


def _hex(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def test_a_full_outbox_of_0004_becomes_typed_operations(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "store.sqlite3"
    key = new_key()
    make_0004_store(path, key)

    store = LocalStore.open(path, key)
    try:
        refused = store.refused_actions()
        assert [(r.action, r.refusal) for r in refused] == [
            (Action.RECUSE, "conflict"),
            (Action.REQUEST_INFO, "rejected"),
        ]
        sent = store.pending_operations(50)
        assert [op.action for op in sent] == [
            Action.ACKNOWLEDGE,
            Action.ASSIGN,
            Action.CLOSE,
            Action.CANCEL_REQUEST,
            Action.EDIT_NOTE,
        ]
        ack, assign, close, cancel, edit = sent
        assert isinstance(ack, AcknowledgeOp) and ack.message is not None
        assert (ack.message.message_id, ack.message.body) == (uuid.UUID(int=1), LETTER)
        assert isinstance(assign, AssignOp) and assign.assignee_id == COLLEAGUE.id
        assert isinstance(close, CloseOp)
        assert (close.outcome, close.reason) == (Outcome.UNFOUNDED, MOTIVATION)
        assert isinstance(cancel, CancelRequestOp) and cancel.target_message_id == REQUEST_ID
        assert isinstance(edit, EditNoteOp) and edit.note.body == NOTE
        assert edit.note.visibility is NoteVisibility.CASE_TEAM
        assert all(op.base_version == 1 and op.made_at.tzinfo for op in sent)

        # The row no release could have written is refused where it is read: the user sees
        # it and discards it; it holds nothing else back.
        [unreadable] = [r for r in store.refused_actions() if r.message == UNREADABLE]
        assert unreadable.case_id == "c6" and unreadable.action is Action.CLOSE
        assert store.discard_refused(unreadable.op_id)

        # A refused operation is retried as its typed self.
        store.discard_refused(refused[1].op_id)
        retried = store.retry_refused(refused[0].op_id, RECEIVED)
        assert store.operation_state(retried) == "pending"
        assert store.detail("c5", RECEIVED) is None  # our queued recusal hides the case
    finally:
        store.close()
    assert hits(folder, [LETTER, MOTIVATION, NOTE]) == []  # sealed whole, nothing in clear
