"""The investigation: a case's allegations, findings and tasks (sealed whole), the clear task
columns "my tasks" reads, the ground of a closing without investigation, whether a case
was opened on this workstation, and whether the pusher took a queued action (undo).

Existing cases count as opened: after the update nobody finds every case marked "new".
Existing pending actions count as taken: an older release may have sent them already,
and an action the service may have applied must not be undone.

Revision ID: 0007
Revises: 0006
Create Date: 2027-01-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closing_ground", sa.String(length=30), nullable=True))
        batch_op.add_column(
            sa.Column("opened", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("taken", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
    op.execute("UPDATE cases SET opened = 1")
    op.execute("UPDATE outbox SET taken = 2 WHERE state = 'pending'")
    op.create_table(
        "case_investigations",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("sealed_payload", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_investigations_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_investigations")),
    )
    op.create_table(
        "case_tasks",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("task_id", sa.String(length=64), nullable=False),
        sa.Column("owner_id", sa.String(length=64), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_tasks_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "task_id", name=op.f("pk_case_tasks")),
    )
    op.create_index("ix_case_tasks_owner_id_state", "case_tasks", ["owner_id", "state"])
    # No need to pull the feed again: the wire schema forbids unknown fields, so a store of
    # the previous release only holds snapshots of a service without investigations.


def downgrade() -> None:
    op.drop_index("ix_case_tasks_owner_id_state", table_name="case_tasks")
    op.drop_table("case_tasks")
    op.drop_table("case_investigations")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("taken")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("opened")
        batch_op.drop_column("closing_ground")
