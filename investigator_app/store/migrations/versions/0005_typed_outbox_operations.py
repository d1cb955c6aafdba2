"""Outbox rows keep the whole typed operation (investigator_app.operations), sealed as one
JSON document, instead of one column per field any action might take.

Each existing row (pending or refused) is turned into the operation's wire form from its
old columns and sealed under ``outbox.op:<op_id>``; the old columns go (``made_at`` stays
beside it, so a refusal can be listed even when its operation cannot be read). A row that does not
make a valid operation is still kept: reading it back turns it into a refusal the user
sees (store/outbox.py), so nothing queued is lost silently.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
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
    outbox_body_place,
    outbox_op_place,
    outbox_reason_place,
)

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_COLUMNS = (
    "outcome",
    "sealed_reason",
    "assignee_id",
    "base_version",
    "message_id",
    "sealed_body",
    "answer_due",
    "target_message_id",
    "note_id",
    "note_visibility",
)


def _sealer() -> Sealer:
    sealer = op.get_context().config.attributes.get("sealer")  # type: ignore[union-attr]
    if not isinstance(sealer, Sealer):
        raise RuntimeError("the outbox is sealed with the store's data key (LocalStore.open)")
    return sealer


def _uuid(value: Any) -> str | None:
    return None if value is None else str(uuid.UUID(str(value)))


def wire_form(row: Any, reason: str, body: str | None) -> dict[str, Any]:
    """The operation as it goes on the wire, from the columns of revision 0004."""
    action = row.action
    form: dict[str, Any] = {
        "op_id": _uuid(row.op_id),
        "case_id": row.case_id,
        "action": action,
        "base_version": row.base_version,
        "made_at": row.made_at,
    }
    message = {"message_id": _uuid(row.message_id), "body": body}
    if action in ("close", "return_to_1700", "recuse"):
        form["reason"] = reason
    if action == "close":
        form["outcome"] = row.outcome
    elif action == "assign":
        form["assignee_id"] = row.assignee_id
    elif action == "request_info":
        form["message"] = {**message, "answer_due": row.answer_due}
    elif action == "send_feedback" or (action == "acknowledge" and row.message_id is not None):
        form["message"] = message
    elif action in ("remind", "cancel_request"):
        form["target_message_id"] = _uuid(row.target_message_id)
    elif action in ("add_note", "edit_note"):
        form["note"] = {
            "note_id": _uuid(row.note_id),
            "body": body,
            "visibility": row.note_visibility,
        }
    return form


def upgrade() -> None:
    sealer = _sealer()
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sealed_op", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    for row in list(conn.execute(sa.text("SELECT * FROM outbox"))):
        op_id = uuid.UUID(str(row.op_id))
        reason = sealer.open_optional(row.sealed_reason, outbox_reason_place(op_id)) or ""
        body = sealer.open_optional(row.sealed_body, outbox_body_place(op_id))
        document = json.dumps(wire_form(row, reason, body), ensure_ascii=False)
        conn.execute(
            sa.text("UPDATE outbox SET sealed_op = :sealed WHERE seq = :seq"),
            {"sealed": sealer.seal(document, outbox_op_place(op_id)), "seq": row.seq},
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.alter_column("sealed_op", existing_type=sa.LargeBinary(), nullable=False)
        for column in _OLD_COLUMNS:
            batch_op.drop_column(column)
    # The old columns' pages may still hold sealed bytes only (0003 sealed them): nothing in
    # the clear is left behind, so no vacuum is needed here.


def downgrade() -> None:
    raise NotImplementedError("queued operations are not split back into columns")
