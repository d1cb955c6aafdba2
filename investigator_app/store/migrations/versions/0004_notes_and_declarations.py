"""Confidential notes and the conflict-of-interest declaration: the notes a user may read
(sealed), whether they declared no conflict, who recused (sealed), and outbox operations
that carry a note.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("conflict_declared", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("needs_reassignment", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("sealed_recusals", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("note_visibility", sa.String(length=20), nullable=True))
    op.create_table(
        "case_notes",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("sealed_payload", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_notes_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "position", name=op.f("pk_case_notes")),
    )
    # No need to pull the feed again: the wire schema forbids unknown fields, so a store of
    # the previous release only holds snapshots of a service without notes or declarations.


def downgrade() -> None:
    op.drop_table("case_notes")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("note_visibility")
        batch_op.drop_column("note_id")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("sealed_recusals")
        batch_op.drop_column("needs_reassignment")
        batch_op.drop_column("conflict_declared")
