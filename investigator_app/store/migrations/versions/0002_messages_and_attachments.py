"""The conversation with the reporter: messages, attachments, unread cases, and outbox
operations that carry a message.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "reporter_language", sa.String(length=2), server_default=sa.text("'nl'"),
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column(
                "reporter_reachable_by_email", sa.Boolean(), server_default=sa.true(),
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("feedback_sent_at", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("unread", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("body", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("answer_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("target_message_id", sa.Uuid(), nullable=True))
    op.create_table(
        "case_messages",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("answer_due", sa.Date(), nullable=True),
        sa.Column("answered_at", sa.String(length=32), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_messages_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "position", name=op.f("pk_case_messages")),
    )
    op.create_table(
        "case_attachments",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_attachments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "case_id", "message_id", "sha256", name=op.f("pk_case_attachments")
        ),
    )
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )
    # Snapshots stored before this revision lack their messages and attachments: pull the
    # feed again from the start (a snapshot of the same version replaces the stored one;
    # the outbox and everything else stay).
    op.execute("UPDATE sync_state SET cursor = 0")


def downgrade() -> None:
    op.drop_table("attachment_blobs")
    op.drop_table("case_attachments")
    op.drop_table("case_messages")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("target_message_id")
        batch_op.drop_column("answer_due")
        batch_op.drop_column("body")
        batch_op.drop_column("message_id")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("unread")
        batch_op.drop_column("feedback_sent_at")
        batch_op.drop_column("reporter_reachable_by_email")
        batch_op.drop_column("reporter_language")
