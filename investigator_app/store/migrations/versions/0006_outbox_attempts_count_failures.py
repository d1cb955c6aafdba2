"""The outbox's ``attempts`` count only the times the service failed on an operation sent
on its own (store/outbox_failures.py: refused after the last); before, every send counted,
also the ones made while offline. Pending rows start again at 0, so an action sent often
while offline is not refused at the first failure of the service.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE outbox SET attempts = 0 WHERE state = 'pending'")


def downgrade() -> None:
    pass  # the counts of an older release meant less; nothing to undo
