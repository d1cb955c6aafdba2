"""Evidence pieces (uploads, chunked blobs, versions, chain of custody) and interview records.

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


def _users(*columns: str, table: str) -> list[sa.ForeignKeyConstraint]:
    return [
        sa.ForeignKeyConstraint([c], ["users.id"], name=op.f(f"fk_{table}_{c}_users"))
        for c in columns
    ]


def upgrade() -> None:
    with op.batch_alter_table("departments") as batch:
        batch.add_column(sa.Column("max_piece_bytes", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("interview_notice", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("blobs") as batch:
        batch.add_column(
            sa.Column("chunked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "uploads",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("attempt", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_uploads_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_uploads_department_id_departments"),
        ),
        *_users("user_id", table="uploads"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uploads")),
    )
    op.create_index(op.f("ix_uploads_case_id"), "uploads", ["case_id"], unique=False)
    op.create_index(op.f("ix_uploads_sha256"), "uploads", ["sha256"], unique=False)
    op.create_table(
        "chunk_data",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chunk_data")),
    )
    op.create_table(
        "upload_chunks",
        sa.Column("upload_id", sa.String(length=36), nullable=False),
        sa.Column("start", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["upload_id"], ["uploads.id"], name=op.f("fk_upload_chunks_upload_id_uploads")
        ),
        sa.ForeignKeyConstraint(
            ["data_id"], ["chunk_data.id"], name=op.f("fk_upload_chunks_data_id_chunk_data")
        ),
        sa.PrimaryKeyConstraint("upload_id", "start", name=op.f("pk_upload_chunks")),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("start", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_blob_chunks_sha256_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["data_id"], ["chunk_data.id"], name=op.f("fk_blob_chunks_data_id_chunk_data")
        ),
        sa.PrimaryKeyConstraint("sha256", "start", name=op.f("pk_blob_chunks")),
    )
    op.create_table(
        "pieces",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("obtained_on", sa.Date(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("added_by_id", sa.String(length=36), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_by_id", sa.String(length=36), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_pieces_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_pieces_department_id_departments"),
        ),
        *_users("added_by_id", "withdrawn_by_id", table="pieces"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pieces")),
    )
    op.create_index(op.f("ix_pieces_case_id"), "pieces", ["case_id"], unique=False)
    op.create_table(
        "piece_versions",
        sa.Column("piece_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("added_by_id", sa.String(length=36), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["piece_id"], ["pieces.id"], name=op.f("fk_piece_versions_piece_id_pieces")
        ),
        *_users("added_by_id", table="piece_versions"),
        sa.PrimaryKeyConstraint("piece_id", "version", name=op.f("pk_piece_versions")),
    )
    op.create_index(op.f("ix_piece_versions_sha256"), "piece_versions", ["sha256"], unique=False)
    op.create_table(
        "custody_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("by_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["piece_id"], ["pieces.id"], name=op.f("fk_custody_entries_piece_id_pieces")
        ),
        *_users("by_id", table="custody_entries"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_entries")),
    )
    op.create_index(
        op.f("ix_custody_entries_piece_id"), "custody_entries", ["piece_id"], unique=False
    )
    op.create_table(
        "interviews",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("edited_by_id", sa.String(length=36), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("signature_piece_id", sa.String(length=36), nullable=True),
        sa.Column("signature_version", sa.Integer(), nullable=True),
        sa.Column("signed_by_id", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_interviews_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_interviews_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["signature_piece_id"],
            ["pieces.id"],
            name=op.f("fk_interviews_signature_piece_id_pieces"),
        ),
        *_users("created_by_id", "edited_by_id", "signed_by_id", table="interviews"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    op.create_index(op.f("ix_interviews_case_id"), "interviews", ["case_id"], unique=False)
    op.create_table(
        "interview_versions",
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("edited_by_id", sa.String(length=36), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("signature_piece_id", sa.String(length=36), nullable=True),
        sa.Column("signed_by_id", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_versions_interview_id_interviews"),
        ),
        sa.ForeignKeyConstraint(
            ["signature_piece_id"],
            ["pieces.id"],
            name=op.f("fk_interview_versions_signature_piece_id_pieces"),
        ),
        *_users("edited_by_id", "signed_by_id", table="interview_versions"),
        sa.PrimaryKeyConstraint("interview_id", "version", name=op.f("pk_interview_versions")),
    )


def downgrade() -> None:
    op.drop_table("interview_versions")
    op.drop_index(op.f("ix_interviews_case_id"), table_name="interviews")
    op.drop_table("interviews")
    op.drop_index(op.f("ix_custody_entries_piece_id"), table_name="custody_entries")
    op.drop_table("custody_entries")
    op.drop_index(op.f("ix_piece_versions_sha256"), table_name="piece_versions")
    op.drop_table("piece_versions")
    op.drop_index(op.f("ix_pieces_case_id"), table_name="pieces")
    op.drop_table("pieces")
    op.drop_table("blob_chunks")
    op.drop_table("upload_chunks")
    op.drop_table("chunk_data")
    op.drop_index(op.f("ix_uploads_sha256"), table_name="uploads")
    op.drop_index(op.f("ix_uploads_case_id"), table_name="uploads")
    op.drop_table("uploads")
    with op.batch_alter_table("blobs") as batch:
        batch.drop_column("chunked")
    with op.batch_alter_table("departments") as batch:
        batch.drop_column("interview_notice")
        batch.drop_column("max_piece_bytes")
