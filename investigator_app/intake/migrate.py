"""Bring a database to the newest schema, from code (no alembic.ini needed)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from investigator_app.alembic_lock import ALEMBIC_LOCK
from investigator_app.intake.db import make_engine, write_engine

log = logging.getLogger("investigator_app.intake.migrate")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 1700_0001  # advisory lock id: copies starting together migrate in turn


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


class SchemaTooNewError(Exception):
    """The database was migrated by a newer version of the service than this one."""


@dataclass(frozen=True)
class Migration:
    """What ``upgrade_engine`` found and left: revisions (None: no schema) and tables."""

    before: str | None
    after: str | None
    tables_before: frozenset[str]
    tables_after: frozenset[str]

    @property
    def created_tables(self) -> list[str]:
        return sorted(self.tables_after - self.tables_before)


def _state(connection: Connection) -> tuple[str | None, frozenset[str]]:
    revision = MigrationContext.configure(connection).get_current_revision()
    return revision, frozenset(inspect(connection).get_table_names())


@cache
def _revisions() -> tuple[frozenset[str], str | None]:
    """Every revision this version knows, and its head (read from the scripts once: each
    copy's start and each test's service would parse them again)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    known = frozenset(script.revision for script in scripts.walk_revisions())
    return known, scripts.get_current_head()


def upgrade_engine(engine: Engine, revision: str = "head") -> Migration:
    """Migrate the database behind ``engine``; safe when several copies start at once.
    SchemaTooNewError when a newer version already migrated it past what this one knows
    (an older copy must not run on it)."""
    known, head = _revisions()
    # A write transaction: SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock, so that
    # a second copy waits and then finds the schema already current.
    with write_engine(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        before, tables_before = _state(connection)
        if before is not None and before not in known:
            raise SchemaTooNewError(
                f"the database schema is at revision {before}, which this version of the "
                "service does not know: a newer version migrated it. Run that version (or a "
                "newer one), or restore the backup made before the upgrade."
            )
        if before == head and revision in ("head", head):
            after, tables_after = before, tables_before  # current: nothing to run
        else:
            config = alembic_config()
            config.attributes["connection"] = connection
            with ALEMBIC_LOCK:
                command.upgrade(config, revision)
            after, tables_after = _state(connection)
    log.info("database schema is at %s", after)
    return Migration(before, after, tables_before, tables_after)


def upgrade(database_url: str, revision: str = "head") -> None:
    engine = make_engine(database_url)
    try:
        upgrade_engine(engine, revision)
    finally:
        engine.dispose()
