"""The keyed search index in SQLite (store/search_index.py): every case gets a search key,
and its tokens go into the FTS5 table ``case_search`` when this SQLite has FTS5. With a
hundred thousand cases the list can no longer hold every case's tokens in memory. And an
index holding every column of the list's rows (ix_cases_list_row), which it reads from.

Revision ID: 0010
Revises: 0009
Create Date: 2027-01-12
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from investigator_app.store import search_index

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIST_ROW_COLUMNS = (
    "reference",
    "id",
    "received_at",
    "category",
    "status",
    "acknowledged_at",
    "assignee_id",
    "assignee_name",
    "feedback_sent_at",
    "unread",
    "conflict_declared",
    "needs_reassignment",
    "opened",
    "search_key",
    "sealed_heading",
)


def upgrade() -> None:
    op.add_column("cases", sa.Column("search_key", sa.BigInteger(), nullable=True))
    op.create_index("ix_cases_search_key", "cases", ["search_key"])
    # The columns as the model lists them then (LIST_ROW_COLUMNS may change later).
    op.create_index("ix_cases_list_row", "cases", list(_LIST_ROW_COLUMNS))
    conn = op.get_bind()
    search_index.create(conn)
    search_index.rebuild(conn)


def downgrade() -> None:
    op.execute(f"DROP TABLE IF EXISTS {search_index.TABLE}")
    op.drop_index("ix_cases_list_row", table_name="cases")
    op.drop_index("ix_cases_search_key", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("search_key")
