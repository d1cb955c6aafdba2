"""Encryption at rest: case content is sealed with the account's data key.

Existing rows are sealed in place; LocalStore.open hands the key over (the ``sealer``
attribute) and then vacuums the file, so no page of the old plaintext survives.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from investigator_app.store.sealing import (
    Sealer,
    attachment_place,
    blob_place,
    description_place,
    event_reason_place,
    heading_place,
    index_texts,
    message_place,
    outbox_body_place,
    outbox_reason_place,
)

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sealer() -> Sealer:
    sealer = op.get_context().config.attributes.get("sealer")  # type: ignore[union-attr]
    if not isinstance(sealer, Sealer):
        raise RuntimeError("sealing the store needs its data key (LocalStore.open passes it)")
    return sealer


def upgrade() -> None:
    sealer = _sealer()
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("sealed_heading", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("sealed_description", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("search_tokens", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("case_events") as batch:
        batch.add_column(sa.Column("sealed_reason", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("case_messages") as batch:
        batch.add_column(sa.Column("sealed_payload", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("case_attachments") as batch:
        batch.add_column(sa.Column("sealed_payload", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("sealed_reason", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("sealed_body", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("key_check", sa.LargeBinary(), nullable=True))

    _seal_rows(op.get_bind(), sealer)

    with op.batch_alter_table("cases") as batch:
        for name in ("summary", "description", "involved_entity", "involved_persons"):
            batch.drop_column(name)
        batch.drop_column("search_text")
        for name in ("sealed_heading", "sealed_description", "search_tokens"):
            batch.alter_column(name, existing_type=sa.LargeBinary(), nullable=False)
    with op.batch_alter_table("case_events") as batch:
        batch.drop_column("reason")
    with op.batch_alter_table("case_messages") as batch:
        batch.drop_column("payload")
        batch.alter_column("sealed_payload", existing_type=sa.LargeBinary(), nullable=False)
    with op.batch_alter_table("case_attachments") as batch:
        batch.drop_column("payload")
        batch.drop_column("name")
        batch.alter_column("sealed_payload", existing_type=sa.LargeBinary(), nullable=False)
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("reason")
        batch.drop_column("body")
    op.get_context().config.attributes["sealed_existing_rows"] = True  # type: ignore[union-attr]


def _seal_rows(conn: sa.Connection, sealer: Sealer) -> None:
    messages: dict[str, list[dict[str, Any]]] = {}
    for case_id, position, payload in conn.execute(
        sa.text("SELECT case_id, position, payload FROM case_messages")
    ):
        messages.setdefault(case_id, []).append(json.loads(payload))
        conn.execute(
            sa.text(
                "UPDATE case_messages SET sealed_payload = :sealed, payload = '' "
                "WHERE case_id = :case_id AND position = :position"
            ),
            {
                "sealed": sealer.seal(payload, message_place(case_id, position)),
                "case_id": case_id,
                "position": position,
            },
        )
    cases = sa.text(
        "SELECT id, summary, description, involved_entity, involved_persons FROM cases"
    )
    for case_id, summary, description, entity, persons in list(conn.execute(cases)):
        heading = [summary, entity, json.loads(persons) if persons else []]
        conn.execute(
            sa.text(
                "UPDATE cases SET sealed_heading = :heading, sealed_description = :description,"
                " search_tokens = :tokens, summary = '', description = '', involved_entity = '',"
                " involved_persons = '[]', search_text = '' WHERE id = :id"
            ),
            {
                "heading": sealer.seal_json(heading, heading_place(case_id)),
                "description": sealer.seal(description, description_place(case_id)),
                "tokens": sealer.index(index_texts(description, messages.get(case_id, []))),
                "id": case_id,
            },
        )
    events = sa.text("SELECT case_id, position, reason FROM case_events WHERE reason IS NOT NULL")
    for case_id, position, reason in list(conn.execute(events)):
        conn.execute(
            sa.text(
                "UPDATE case_events SET sealed_reason = :sealed, reason = NULL "
                "WHERE case_id = :case_id AND position = :position"
            ),
            {
                "sealed": sealer.seal(reason, event_reason_place(case_id, position)),
                "case_id": case_id,
                "position": position,
            },
        )
    attachments = sa.text("SELECT case_id, message_id, sha256, payload FROM case_attachments")
    for case_id, message_id, sha256, payload in list(conn.execute(attachments)):
        conn.execute(
            sa.text(
                "UPDATE case_attachments SET sealed_payload = :sealed, payload = '', name = '' "
                "WHERE case_id = :case_id AND message_id = :message_id AND sha256 = :sha256"
            ),
            {
                "sealed": sealer.seal(payload, attachment_place(case_id, message_id, sha256)),
                "case_id": case_id,
                "message_id": message_id,
                "sha256": sha256,
            },
        )
    for sha256, data in list(conn.execute(sa.text("SELECT sha256, data FROM attachment_blobs"))):
        conn.execute(
            sa.text("UPDATE attachment_blobs SET data = :sealed WHERE sha256 = :sha256"),
            {"sealed": sealer.seal_bytes(bytes(data), blob_place(sha256)), "sha256": sha256},
        )
    for seq, raw_op_id, reason, body in list(
        conn.execute(sa.text("SELECT seq, op_id, reason, body FROM outbox"))
    ):
        op_id = uuid.UUID(str(raw_op_id))
        conn.execute(
            sa.text(
                "UPDATE outbox SET sealed_reason = :reason, sealed_body = :body, reason = '',"
                " body = NULL WHERE seq = :seq"
            ),
            {
                "reason": sealer.seal(reason or "", outbox_reason_place(op_id)),
                "body": None if body is None else sealer.seal(body, outbox_body_place(op_id)),
                "seq": seq,
            },
        )
    conn.execute(
        sa.text("UPDATE sync_state SET key_check = :check WHERE id = 1"),
        {"check": sealer.key_check()},
    )


def downgrade() -> None:
    raise NotImplementedError("sealed content is not written back as plaintext")
