"""A fresh SQLite database of the service at the newest schema, as a copy of one this
process migrated once: running every migration again costs each test world a good part of
a second, and the migrations have tests of their own (tests/intake/test_migrations.py).

The template is per process, so each xdist worker makes its own in a folder of its own.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from pathlib import Path

from sqlalchemy.engine import make_url

from investigator_app.intake.db import make_engine
from investigator_app.intake.migrate import upgrade_engine

_lock = threading.Lock()
_template: Path | None = None


def _migrated_template() -> Path:
    global _template
    with _lock:
        if _template is None:
            folder = Path(tempfile.mkdtemp(prefix="intake-template-"))
            atexit.register(shutil.rmtree, folder, True)
            path = folder / "intake.sqlite3"
            engine = make_engine(f"sqlite:///{path}")
            try:
                upgrade_engine(engine)
                with engine.connect() as connection:  # fold the WAL into the file
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                engine.dispose()
            _template = path
        return _template


def prepare(database_url: str) -> None:
    """Give a SQLite ``database_url`` whose file does not exist yet the migrated schema
    (a copy of the template); any other URL is left as it is."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if not path.exists():
        shutil.copyfile(_migrated_template(), path)
