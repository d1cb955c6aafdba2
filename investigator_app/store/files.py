"""The files of one store on disk: where an account's store lives, counting what an
unreadable store would lose, setting it aside, removing it. None of this needs the data key."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from investigator_app.store.database import create_store_engine
from investigator_app.store.models import outbox
from investigator_app.store.sealing import forget_key

_log = logging.getLogger("investigator_app.store.files")

NEW_STORE_SUFFIX = "-new"  # a new store being written (new_store.py), renamed when whole
_COMPANIONS = ("-wal", "-shm", "-journal", NEW_STORE_SUFFIX)
UNREADABLE_FOLDER = "unreadable"


def store_path(data_dir: Path, server_url: str, username: str) -> Path:
    """One local store per account and server, so two accounts never mix their cases."""
    key = hashlib.sha256(f"{server_url}\n{username}".encode()).hexdigest()[:16]
    return data_dir / "stores" / f"cases-{key}.sqlite3"


def legacy_copies_folder(path: Path) -> Path:
    """Where an earlier release kept an account's unsent copy records (legacy_copy_records)."""
    return path.with_name(path.stem + "-copies")


def store_files(path: Path) -> list[Path]:
    """The database and its companions (SQLite's WAL, shared memory and rollback journal;
    a new store's file being written)."""
    return [path] + [path.with_name(path.name + suffix) for suffix in _COMPANIONS]


def unsent_count(path: Path) -> int:
    """Pending actions in the store's outbox (the action and state columns are clear)."""
    engine = create_store_engine(path)
    try:
        with engine.connect() as conn:
            query = select(func.count()).select_from(outbox).where(outbox.c.state == "pending")
            return int(conn.execute(query).scalar_one())
    except Exception as error:  # a damaged file: nothing countable
        _log.warning("could not count unsent actions: %s", type(error).__name__)
        return 0
    finally:
        engine.dispose()


def set_aside(path: Path) -> Path:
    """Move a store whose key is gone out of the way (sealed content only; kept should the
    key turn up again, removed when the workstation is forgotten)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    folder = path.parent / UNREADABLE_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    for source in store_files(path):
        if source.exists():
            source.replace(target.with_name(target.name + source.name[len(path.name) :]))
    forget_key(path)
    _log.warning("an unreadable store was set aside")
    return target


def remove_store(path: Path) -> None:
    """The store's files, and those of its set-aside predecessors, are deleted (with the
    copy records an earlier release kept beside it)."""
    forget_key(path)
    shutil.rmtree(legacy_copies_folder(path), ignore_errors=True)
    doomed = store_files(path)
    folder = path.parent / UNREADABLE_FOLDER
    if folder.is_dir():
        doomed.extend(folder.glob(f"{path.stem}-*"))
    for file in doomed:
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
