"""A new store file as a copy of the empty schema the migrations made once in this process.

Running the migrations on a new file costs a quarter of a second of CPU, more on a slow
disk (the batch migrations copy tables, sealing ends with a VACUUM); a process that makes
several stores (the tests, the self-test) pays it once. The copy is the migrations' own
result: made by ``migrate`` on a file of its own, with the one value that depends on the
key (``sync_state.key_check``) left empty, for ``LocalStore.open`` to write with the new
store's key as it does for any store not sealed yet.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from pathlib import Path

from investigator_app.store.database import create_store_engine, migrate
from investigator_app.store.files import NEW_STORE_SUFFIX
from investigator_app.store.sealing import Sealer
from investigator_app.vault.cipher import new_key

_lock = threading.Lock()
_image: bytes | None = None


def _empty_store_image() -> bytes:
    """The bytes of a migrated, empty store file without a key check (made once)."""
    global _image
    with _lock:
        if _image is None:
            # Windows may hold a closed SQLite file a moment longer: a leftover folder (an
            # empty schema, no content) must not keep the user's store from being made.
            with tempfile.TemporaryDirectory(
                prefix="store-schema-", ignore_cleanup_errors=True
            ) as folder:
                path = Path(folder) / "store.sqlite"
                engine = create_store_engine(path)
                try:
                    migrate(engine, Sealer(new_key()))  # a key nobody keeps: no rows to seal
                finally:
                    engine.dispose()
                with sqlite3.connect(path) as connection:
                    connection.execute("UPDATE sync_state SET key_check = NULL")
                    connection.commit()
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the file
                    _image = connection.serialize()
                connection.close()
        return _image


def create_empty_store(path: Path) -> bool:
    """Write the empty store at ``path`` when nothing of a store is there yet (no file, no
    WAL left behind); False (nothing written) otherwise, for the migrations to handle."""
    leftovers = [path, path.with_name(path.name + "-wal")]
    if any(p.exists() and p.stat().st_size > 0 for p in leftovers):
        return False
    image = _empty_store_image()
    partial = path.with_name(path.name + NEW_STORE_SUFFIX)
    with open(partial, "wb") as file:
        file.write(image)
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, path)  # never a half-written store under the real name
    return True
