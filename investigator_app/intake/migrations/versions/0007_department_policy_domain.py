"""Departments carry their policy domain (beleidsdomein), by which the yearly report
groups them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 00:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('departments') as batch:
        batch.add_column(
            sa.Column('policy_domain', sa.String(length=100), server_default='', nullable=False)
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('departments') as batch:
        batch.drop_column('policy_domain')
