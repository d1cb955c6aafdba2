"""A used store of the previous release (schema 0002, content in the clear) is sealed in
place: every case, message, attachment and unsent action is kept, and afterwards no byte
of the folder holds the old plaintext (freed pages zeroed, file vacuumed, WAL emptied)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import text

from investigator_app.domain.lifecycle import Action
from investigator_app.operations import RequestInfoOp
from investigator_app.store import LocalStore
from investigator_app.store.database import alembic_config, create_store_engine, writer
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import RECEIVED, me
from tests.store.disk_scan import hits
from tests.store.message_factory import answered, attachment, request
from tests.store.test_sealing import (
    ANSWER,
    CANARIES,
    DESCRIPTION,
    ENTITY,
    FILE_BYTES,
    FILE_NAME,
    PERSON,
    QUESTION,
    QUEUED,
    REASON,
    SUMMARY,
)

NOW = RECEIVED + timedelta(days=4)
OP_ID = uuid.UUID("0f8b0e8a-3c2a-4d6e-9d8b-8c0a1b2c3d4e")


def make_0002_store(path: Path) -> None:
    """A store as the previous release left it: migrated to 0002, then used."""
    engine = create_store_engine(path)
    config = alembic_config()
    with writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    file = attachment(FILE_BYTES, FILE_NAME)
    message = answered(request("m1", body=QUESTION), ANSWER).model_copy(
        update={"attachments": [file]}
    )
    with writer(engine).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, version, department, status, channel, "
                "category, received_at, forwarded_at, acknowledged_at, summary, description, "
                "involved_entity, involved_persons, reporter_kind, search_text) VALUES ('c1', "
                "'1700-2026-000001', 3, 'AGO', 'assessing', 'phone', 'bribery', :received, "
                ":received, :received, :summary, :description, :entity, :persons, 'citizen', "
                ":search)"
            ),
            {
                "received": "2026-03-02T09:30:00.000000+00:00",
                "summary": SUMMARY,
                "description": DESCRIPTION,
                "entity": ENTITY,
                "persons": f'["{PERSON}"]',
                "search": f"{SUMMARY} {ENTITY} {PERSON}".lower(),
            },
        )
        conn.execute(
            text(
                "INSERT INTO case_events (case_id, position, id, at, actor, kind, reason) "
                "VALUES ('c1', 0, 'e0', '2026-03-02T10:30:00.000000+00:00', '1700', "
                "'forwarded', :reason)"
            ),
            {"reason": REASON},
        )
        conn.execute(
            text(
                "INSERT INTO case_messages (case_id, position, id, kind, state, answer_due, "
                "answered_at, payload) VALUES ('c1', 0, 'm1', 'info_request', 'answered', "
                "'2026-03-20', '2026-03-05T09:30:00.000000+00:00', :payload)"
            ),
            {"payload": message.model_dump_json()},
        )
        conn.execute(
            text(
                "INSERT INTO case_attachments (case_id, message_id, sha256, name, size, payload)"
                " VALUES ('c1', 'm1', :sha, :name, :size, :payload)"
            ),
            {
                "sha": file.sha256,
                "name": file.name,
                "size": file.size,
                "payload": file.model_dump_json(),
            },
        )
        conn.execute(
            text("INSERT INTO attachment_blobs (sha256, data) VALUES (:sha, :data)"),
            {"sha": file.sha256, "data": FILE_BYTES},
        )
        conn.execute(
            text(
                "INSERT INTO outbox (op_id, case_id, reference, action, reason, base_version, "
                "made_at, state, message, attempts, message_id, body, answer_due) VALUES "
                "(:op, 'c1', '1700-2026-000001', 'request_info', :reason, 3, "
                "'2026-03-06T09:31:00.000000+00:00', 'pending', '', 1, :message, :body, "
                "'2026-03-30')"
            ),
            {"op": OP_ID.hex, "reason": REASON, "message": uuid.uuid4().hex, "body": QUEUED},
        )
        conn.execute(text("UPDATE sync_state SET cursor = 41"))
    engine.dispose()


def test_a_used_0002_store_is_sealed_keeping_everything(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "stores" / "store.sqlite3"
    path.parent.mkdir(parents=True)
    make_0002_store(path)
    assert len(hits(folder, CANARIES)) == len(CANARIES)  # the plaintext really was there

    store = LocalStore.open(path, new_key())
    try:
        store.set_identity(me())
        [row] = store.list_summaries(NOW)
        assert row.pending_actions == 1 and ENTITY.lower() in row.search_text
        assert store.word_matches("quetzalbeschr") == frozenset({row.search_key})
        detail = store.detail("c1", NOW)
        assert detail is not None
        assert (detail.summary, detail.description) == (SUMMARY, DESCRIPTION)
        assert (detail.involved_entity, detail.involved_persons) == (ENTITY, [PERSON])
        assert [(m.body, m.answer) for m in detail.messages] == [
            (QUESTION, ANSWER),
            (QUEUED, None),
        ]
        [file] = detail.messages[0].attachments
        assert file.name == FILE_NAME and file.available
        assert store.attachment(file.sha256) == FILE_BYTES
        assert detail.timeline[0].reason == REASON
        [op] = store.pending_operations(5)
        assert op.op_id == OP_ID and op.action is Action.REQUEST_INFO
        # Migration 0005 keeps it as a typed operation (an information request has no
        # reason: the one the old row carried was never sent).
        assert isinstance(op, RequestInfoOp) and op.message.body == QUEUED
        assert store.cursor() == 41
        assert hits(folder, CANARIES) == []  # vacuumed, WAL emptied: while open already
    finally:
        store.close()
    assert hits(folder, CANARIES) == []
