"""Sign-in with the organisation's account (OpenID Connect) and a second factor (TOTP)
for local accounts: the identity of a provider's user, the TOTP secret (sealed), recovery
codes, the department's demand for a second factor, how each device token was obtained,
and the sign-ins through the provider on their way from the desktop's start to the
one-time code it exchanges.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("departments") as batch:
        batch.add_column(
            sa.Column(
                "require_second_factor", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("oidc_issuer", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("oidc_subject", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("totp_secret_sealed", sa.Text(), nullable=True))
        batch.add_column(sa.Column("totp_confirmed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
        batch.create_unique_constraint("uq_users_oidc_identity", ["oidc_issuer", "oidc_subject"])
    with op.batch_alter_table("device_tokens") as batch:
        batch.add_column(
            sa.Column(
                "sign_in_method", sa.String(length=16), server_default="password", nullable=False
            )
        )
        batch.add_column(
            sa.Column("enrolment_only", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.add_column(sa.Column("provider_refresh_sealed", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("provider_checked_at", sa.DateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "oidc_sign_ins",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("nonce", sa.String(length=128), nullable=False),
        sa.Column("provider_code_verifier", sa.String(length=128), nullable=False),
        sa.Column("redirect_uri", sa.String(length=300), nullable=False),
        sa.Column("client_state", sa.String(length=200), nullable=False),
        sa.Column("code_challenge", sa.String(length=128), nullable=False),
        sa.Column("device_name", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("code_hash", sa.String(length=64), nullable=True),
        sa.Column("error", sa.String(length=64), nullable=True),
        sa.Column("provider_refresh_sealed", sa.Text(), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_oidc_sign_ins_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oidc_sign_ins")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_oidc_sign_ins_code_hash")),
    )
    op.create_index(
        op.f("ix_oidc_sign_ins_created_at"), "oidc_sign_ins", ["created_at"], unique=False
    )
    op.create_table(
        "recovery_codes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_recovery_codes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_codes")),
    )
    op.create_index(op.f("ix_recovery_codes_user_id"), "recovery_codes", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_recovery_codes_user_id"), table_name="recovery_codes")
    op.drop_table("recovery_codes")
    op.drop_index(op.f("ix_oidc_sign_ins_created_at"), table_name="oidc_sign_ins")
    op.drop_table("oidc_sign_ins")
    with op.batch_alter_table("device_tokens") as batch:
        batch.drop_column("provider_checked_at")
        batch.drop_column("provider_refresh_sealed")
        batch.drop_column("enrolment_only")
        batch.drop_column("sign_in_method")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("uq_users_oidc_identity", type_="unique")
        batch.drop_column("totp_last_step")
        batch.drop_column("totp_confirmed_at")
        batch.drop_column("totp_secret_sealed")
        batch.drop_column("oidc_subject")
        batch.drop_column("oidc_issuer")
    with op.batch_alter_table("departments") as batch:
        batch.drop_column("require_second_factor")
