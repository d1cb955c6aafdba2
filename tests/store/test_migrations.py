from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from investigator_app.store import LocalStore, search_index
from investigator_app.store.database import create_store_engine, migrate
from investigator_app.store.models import Base
from investigator_app.store.new_store import create_empty_store
from investigator_app.store.sealing import Sealer, StoreKeyError
from investigator_app.vault.cipher import new_key


def _modelled(name: str | None, type_: str, _parent: object) -> bool:
    """The FTS5 search index (search_index.py) and its shadow tables have no model."""
    return not (type_ == "table" and (name or "").startswith(search_index.TABLE))


def test_migrations_match_the_models(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "store.sqlite")
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": _modelled}
        )
        assert compare_metadata(context, Base.metadata) == []
    store.close()


def test_open_creates_folders_and_reopens_with_data(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.sqlite"
    store = LocalStore.open(path)
    store.mark_synced(__import__("datetime").datetime.now(__import__("datetime").UTC))
    store.close()
    again = LocalStore.open(path)  # a second migration run is a no-op
    assert again.last_sync_at() is not None
    assert again.cursor() == 0
    with again.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000
        # Sorts never spill to a temp file; deleted content is overwritten (cheaply).
        assert conn.execute(text("PRAGMA temp_store")).scalar_one() == 2  # MEMORY
        assert conn.execute(text("PRAGMA secure_delete")).scalar_one() == 2  # FAST
    again.close()


def _contents(path: Path) -> tuple[set[tuple[str, ...]], dict[str, list[tuple[object, ...]]]]:
    """The schema (tables, indexes, triggers, the search index's shadow tables) and every
    row, the key check left out: it differs with each key. A table's lines are compared as
    a set: the batch migrations write a table's constraints in no fixed order."""
    with sqlite3.connect(path) as connection:
        schema = {
            (kind, name, *sorted(line.strip().rstrip(",") for line in sql.splitlines()))
            for kind, name, sql in connection.execute(
                "SELECT type, name, coalesce(sql, '') FROM sqlite_master"
            )
        }
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> ?",
            (search_index.TABLE,),  # the FTS5 table is read through its shadow tables
        ).fetchall()
        rows = {
            name: connection.execute(f'SELECT * FROM "{name}"').fetchall() for (name,) in tables
        }
        connection.execute("UPDATE sync_state SET key_check = NULL")
        rows["sync_state"] = connection.execute("SELECT * FROM sync_state").fetchall()
        connection.rollback()
    connection.close()
    return schema, rows


def _key_check(path: Path) -> bytes | None:
    with sqlite3.connect(path) as connection:
        [(check,)] = connection.execute("SELECT key_check FROM sync_state").fetchall()
    connection.close()
    return check  # type: ignore[no-any-return]


def test_a_new_store_is_what_the_migrations_make_with_its_own_key_check(tmp_path: Path) -> None:
    """A new file starts as a copy of the schema the migrations made once in this process
    (new_store.py): it must not differ from migrating that file itself, and it carries its
    own key's check, never that of the key the copy was made with."""
    key = new_key()
    migrated = tmp_path / "migrated.sqlite"
    engine = create_store_engine(migrated)
    migrate(engine, Sealer(key))
    engine.dispose()
    copied = tmp_path / "copied" / "store.sqlite"
    LocalStore.open(copied, key).close()

    assert _contents(copied) == _contents(migrated)
    check = _key_check(copied)
    assert check is not None and Sealer(key).fits(check)
    with pytest.raises(StoreKeyError):
        LocalStore.open(copied, new_key())
    other = tmp_path / "other" / "store.sqlite"
    LocalStore.open(other, new_key()).close()
    with pytest.raises(StoreKeyError):
        LocalStore.open(other, key)  # each new store has its own key's check


def test_a_store_file_left_with_only_its_wal_is_not_replaced(tmp_path: Path) -> None:
    """A crash may leave the WAL of a store whose main file is empty: that is left to
    SQLite and the migrations, never overwritten with an empty store."""
    path = tmp_path / "store.sqlite"
    wal = path.with_name(path.name + "-wal")
    path.write_bytes(b"")
    wal.write_bytes(b"not a real WAL")
    assert create_empty_store(path) is False
    assert path.read_bytes() == b"" and wal.read_bytes() == b"not a real WAL"
    wal.unlink()
    assert create_empty_store(path) is True  # an empty file and nothing else: a new store
    LocalStore.open(path, new_key()).close()
