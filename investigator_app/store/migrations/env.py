"""Alembic environment: always run programmatically on a connection the store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from investigator_app.store.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("the store's migrations run through LocalStore.open, not the alembic CLI")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
