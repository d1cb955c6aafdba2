"""Bring a database to the newest schema, from code (no alembic.ini needed)."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from investigator_app.alembic_lock import ALEMBIC_LOCK
from investigator_app.intake.db import make_engine, write_engine

log = logging.getLogger("investigator_app.intake.migrate")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 1700_0001  # advisory lock id: copies starting together migrate in turn


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_engine(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine``; safe when several copies start at once."""
    config = alembic_config()
    # A write transaction: SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock, so that
    # a second copy waits and then finds the schema already current.
    with write_engine(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        config.attributes["connection"] = connection
        with ALEMBIC_LOCK:
            command.upgrade(config, revision)
    log.info("database schema is at %s", revision)


def upgrade(database_url: str, revision: str = "head") -> None:
    engine = make_engine(database_url)
    try:
        upgrade_engine(engine, revision)
    finally:
        engine.dispose()
