"""How the signed-in user signed in (MeResponse.sign_in_method, issue 16): the idle lock of
an account of the organisation's identity provider asks for a PIN or a new sign-in through
the browser instead of a password, also offline. NULL in a store of an earlier release:
a password, as then.

Revision ID: 0009
Revises: 0008
Create Date: 2027-01-10
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
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sign_in_method", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("sign_in_method")
