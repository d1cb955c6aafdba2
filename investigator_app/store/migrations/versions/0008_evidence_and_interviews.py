"""Evidence pieces on the workstation: sealed chunks, uploads to resume, the outbox waiting for them.

``piece_blobs``/``piece_chunks`` keep each file of evidence as sealed 1 MiB chunks (never
whole in memory); ``piece_uploads`` the progress of each queued file's upload (the outbox
holds its operation until it is done); ``case_piece_files`` the clear content addresses of
a case's pieces (what to fetch); ``sync_state`` the department's limit and notice.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("max_piece_bytes", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("interview_notice", sa.Text(), nullable=True))
    op.create_table(
        "piece_blobs",
        sa.Column("blob_id", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "state IN ('importing', 'downloading', 'complete', 'damaged')",
            name=op.f("ck_piece_blobs_state_known"),
        ),
        sa.PrimaryKeyConstraint("blob_id", name=op.f("pk_piece_blobs")),
    )
    op.create_index("ix_piece_blobs_sha256", "piece_blobs", ["sha256"])
    op.create_table(
        "piece_chunks",
        sa.Column("blob_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["blob_id"],
            ["piece_blobs.blob_id"],
            name=op.f("fk_piece_chunks_blob_id_piece_blobs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("blob_id", "seq", name=op.f("pk_piece_chunks")),
    )
    op.create_table(
        "piece_uploads",
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("upload_id", sa.Uuid(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state IN ('waiting', 'sending', 'done', 'refused')",
            name=op.f("ck_piece_uploads_state_known"),
        ),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_piece_uploads")),
    )
    op.create_index("ix_piece_uploads_case_id", "piece_uploads", ["case_id"])
    op.create_table(
        "case_piece_files",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("piece_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_piece_files_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "piece_id", "version", name=op.f("pk_case_piece_files")),
    )
    op.create_index("ix_case_piece_files_sha256", "case_piece_files", ["sha256"])
    # Snapshots stored before this revision come from a service without pieces (the wire
    # schema forbids unknown fields), so there is nothing to fill in.


def downgrade() -> None:
    op.drop_index("ix_case_piece_files_sha256", table_name="case_piece_files")
    op.drop_table("case_piece_files")
    op.drop_index("ix_piece_uploads_case_id", table_name="piece_uploads")
    op.drop_table("piece_uploads")
    op.drop_table("piece_chunks")
    op.drop_index("ix_piece_blobs_sha256", table_name="piece_blobs")
    op.drop_table("piece_blobs")
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("interview_notice")
        batch_op.drop_column("max_piece_bytes")
