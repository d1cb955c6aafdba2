from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from investigator_app.store import LocalStore, search_index
from investigator_app.store.models import Base


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
