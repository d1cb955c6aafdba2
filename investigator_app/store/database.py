"""Opening the SQLite file: pragmas, transaction modes and migrations.

Three threads use one store at once (the GUI reads, the puller and the pusher write), each
call on its own pooled connection. WAL lets the reader go on while a writer writes; write
transactions start with BEGIN IMMEDIATE so that two writers queue on ``busy_timeout``
instead of failing when a deferred transaction tries to upgrade its lock.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from investigator_app.alembic_lock import ALEMBIC_LOCK
from investigator_app.store.sealing import Sealer

_log = logging.getLogger("investigator_app.store.database")

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "sqlite_begin"


def create_store_engine(path: Path) -> Engine:
    """An engine for the store file; use ``writer(engine)`` for write transactions."""
    # hide_parameters: an error must not carry case text into the log.
    engine = create_engine(f"sqlite:///{path}", pool_size=5, max_overflow=10, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to the "begin" hook below (pysqlite's own is lazy).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Deleted content is overwritten where that costs no extra I/O (the content is
        # ciphertext; the migration that seals old plaintext zeroes everything, see
        # migrate), and sorts and temporary tables stay in memory, never in a temp file.
        cursor.execute("PRAGMA secure_delete=FAST")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine and pool, whose transactions take the write lock at once."""
    return engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine, sealer: Sealer) -> None:
    """Bring the file's schema to the newest revision (no alembic.ini needed); the sealer
    seals content an older revision kept in the clear (0003)."""
    config = alembic_config()
    config.attributes["sealer"] = sealer
    with writer(engine).connect() as conn:
        # A batch migration copies a table and drops the old one; with foreign keys on,
        # that drop would cascade to the rows of its child tables. (Outside a transaction:
        # SQLite ignores this pragma inside one.)
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("PRAGMA secure_delete=ON")  # pages freed of old plaintext are zeroed
        try:
            with ALEMBIC_LOCK, conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute("PRAGMA secure_delete=FAST")
    if config.attributes.get("sealed_existing_rows"):
        scrub(engine)
    _log.info("local store schema is up to date")


def scrub(engine: Engine) -> None:
    """Rewrite the file and empty its WAL: no page of plaintext from before survives."""
    raw = engine.raw_connection()  # outside any transaction, as VACUUM needs
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("PRAGMA secure_delete=FAST")
        cursor.close()
    finally:
        raw.close()
    _log.info("local store rewritten after sealing its content")
