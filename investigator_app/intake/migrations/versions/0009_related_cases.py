"""Related cases across departments: keyed hashes of involved persons and entities, and signals.

Two tables: ``case_match_hashes`` (case id, kind, HMAC-SHA256 of a name's normal form under
the service's match key; never a name) and ``case_match_states`` (which key a case's hashes
were made with). The signals themselves are not stored: they follow from the hashes and
where the cases are now.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_match_hashes",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_match_hashes_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("case_id", "kind", "hash", name=op.f("pk_case_match_hashes")),
    )
    op.create_index(
        "ix_case_match_hashes_kind_hash", "case_match_hashes", ["kind", "hash"], unique=False
    )
    op.create_table(
        "case_match_states",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("key_id", sa.String(length=36), nullable=False),
        sa.Column("hashed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_match_states_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_match_states")),
    )


def downgrade() -> None:
    op.drop_table("case_match_states")
    op.drop_index("ix_case_match_hashes_kind_hash", table_name="case_match_hashes")
    op.drop_table("case_match_hashes")
