"""Alembic environment: always run from code with a connection handed in.

``investigator_app.intake.migrate.upgrade`` builds the Config and passes an open
connection through ``config.attributes["connection"]``; there is no alembic.ini.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeDecorator

from investigator_app.intake import models  # noqa: F401  (registers the tables)
from investigator_app.intake.db import Base


def render_item(kind: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Write our column types as the plain types they store, so migrations do not
    import application code that may change later."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("run migrations through investigator_app.intake.migrate.upgrade()")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode recreates tables instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
