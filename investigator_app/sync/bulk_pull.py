"""A big sync is applied by a helper process, so that the GUI thread keeps the GIL.

A first sync or a return after long offline brings pages of a thousand cases. Parsing and
sealing them, and writing them to SQLite, is Python work mixed with calls that let go of
the GIL for a moment; on CPython 3.11 a thread doing that keeps the GUI thread from the GIL
for up to 200 ms at a time (gil.py, bench/gil_starvation.py, bench/gui_stall_bench.py).
In a process of its own that work shares no GIL with the window.

SyncEngine.pull makes the first request itself (the long-poll, which the runner may
interrupt). When that answer is big (engine.BULK_BYTES) it hands the answer to
``HelperProcessPull``: a helper process parses it, applies it and the pages after it to the
same store file (SQLite in WAL mode: the app reads on meanwhile) with the account's data
key, and reports each page's changed cases and the progress, which the runner turns into
its usual signals. Its failure is raised in the app as it was raised there (the sync errors
pickle with their fields); a helper that dies says so. Each page is applied with its cursor
in one transaction, so a helper stopped at any moment loses nothing: the next pull resumes
from the last page applied.

The helper is started with "spawn" on every platform (a fork of a process with Qt threads
is not safe); the frozen Windows build passes it on through multiprocessing.freeze_support
in ``investigator_app.__main__``. The data key goes to it through the pipe that starts it,
never through a file or the command line.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from investigator_app.protocol import MAX_PAGE
from investigator_app.store import LocalStore
from investigator_app.store.sealing import known_key
from investigator_app.sync.answers import parse_changes_body
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import (
    ChangedCallback,
    ProgressCallback,
    PullOutcome,
    SyncEngine,
)
from investigator_app.sync.errors import SyncError

_SPAWN = multiprocessing.get_context("spawn")
_STOP_WAIT = 5.0  # seconds a helper gets to end by itself before it is terminated
IDLE_SECONDS = 120.0  # a helper without work this long ends; the next big pull starts one


class BulkPullError(RuntimeError):
    """The helper process failed other than by a sync error (a full disk, a bug), or ended
    without an answer."""


class HelperProcessPull:
    """SyncEngine's BulkPull: a helper process that applies big pulls to the store at
    ``store_path`` (opened with ``key``, or the key this process opened it with).

    The first big pull starts the helper (starting Python and importing the store takes
    about a second; most syncs never need one). It serves pull after pull, and ends after
    IDLE_SECONDS without one.
    """

    def __init__(
        self,
        store_path: Path,
        base_url: str,
        *,
        key: bytes | None = None,
        page_size: int = MAX_PAGE,
        timeout: float = 15.0,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self._store_path = store_path
        self._base_url = base_url
        self._key = key
        self._settings = (page_size, timeout, idle_seconds)
        self._lock = threading.Lock()  # guards the two below; a pull at a time is the caller's
        self._helper: tuple[BaseProcess, Connection] | None = None
        self._stopped = False
        self.last_pid: int | None = None  # the helper of the last pull (tests, diagnosis)

    def __call__(
        self,
        first_body: bytes,
        token: str | None,
        on_page: ProgressCallback | None,
        on_changed: ChangedCallback | None,
    ) -> PullOutcome:
        process, connection = self._ready()
        self.last_pid = process.pid
        try:
            connection.send(("pull", token, first_body))
            return _follow(connection, process, on_page, on_changed)
        except _EndedEarlyError:
            # It ended before it took the pull (idle, just then, or killed): once more with a
            # new one. Applying a page twice is harmless, so is a page it did apply.
            self._drop(process, connection)
            process, connection = self._ready()
            self.last_pid = process.pid
            try:
                connection.send(("pull", token, first_body))
                return _follow(connection, process, on_page, on_changed)
            except _EndedEarlyError as error:
                self._drop(process, connection)
                raise BulkPullError(str(error)) from None
        except BaseException:
            self._drop(process, connection)  # in an unknown state: not used again
            raise

    def stop(self) -> None:
        """End the helper (the app closes or signs out); later pulls are refused."""
        with self._lock:
            self._stopped = True
            helper, self._helper = self._helper, None
        if helper is not None:
            process, connection = helper
            connection.close()  # a waiting helper ends on its own; a busy one is stopped
            _end(process, wait=0.5)

    def _ready(self) -> tuple[BaseProcess, Connection]:
        with self._lock:
            if self._stopped:
                raise BulkPullError("the sync is stopping")
            if self._helper is not None and self._helper[0].is_alive():
                return self._helper
            key = self._key or known_key(self._store_path)
            if key is None:
                raise BulkPullError("the store's data key is not known to this process")
            ours, theirs = _SPAWN.Pipe()
            process = _SPAWN.Process(
                target=serve,
                args=(theirs, str(self._store_path), key, self._base_url, *self._settings),
                name="investigator-app-bulk-pull",
                daemon=True,
            )
            process.start()
            theirs.close()  # ours alone: its end of file then means the helper is gone
            self._helper = (process, ours)
            return self._helper

    def _drop(self, process: BaseProcess, connection: Connection) -> None:
        with self._lock:
            if self._helper is not None and self._helper[0] is process:
                self._helper = None
        connection.close()
        _end(process, wait=0.5)


class _EndedEarlyError(Exception):
    """The helper ended before it reported anything of this pull."""


def _follow(
    connection: Connection,
    process: BaseProcess,
    on_page: ProgressCallback | None,
    on_changed: ChangedCallback | None,
) -> PullOutcome:
    """Pass on what the helper reports until its outcome or failure."""
    heard = False
    while True:
        try:
            message: tuple[Any, ...] = connection.recv()
        except (EOFError, OSError):
            process.join(_STOP_WAIT)
            ended = f"the sync's helper process ended (exit code {process.exitcode})"
            if not heard:
                raise _EndedEarlyError(ended) from None
            raise BulkPullError(ended + " during a pull") from None
        heard = True
        kind = message[0]
        if kind == "changed" and on_changed is not None:
            on_changed(message[1])
        elif kind == "progress" and on_page is not None:
            on_page(message[1], message[2])
        elif kind == "done":
            outcome = message[1]
            assert isinstance(outcome, PullOutcome)
            return outcome
        elif kind == "failed":
            error = message[1]
            assert isinstance(error, Exception)
            raise error


def _end(process: BaseProcess, wait: float = _STOP_WAIT) -> None:
    process.join(wait)
    if process.is_alive():
        process.terminate()
        process.join(_STOP_WAIT)


def serve(
    connection: Connection,
    store_path: str,
    key: bytes,
    base_url: str,
    page_size: int,
    timeout: float,
    idle_seconds: float,
) -> None:
    """The helper process: apply each pull it is sent (its first answer, and the pages
    after it) until the app closes the connection or none comes for ``idle_seconds``."""
    store = LocalStore.open(Path(store_path), key)
    client = ApiClient(base_url, None, timeout=timeout)
    engine = SyncEngine(store, client, page_size=page_size)
    try:
        while connection.poll(idle_seconds):
            try:
                _kind, token, first = connection.recv()
            except (EOFError, OSError):
                return  # the app is gone or closed
            client.set_token(token)
            connection.send(_pull(engine, connection, first))
    finally:
        client.close()
        store.close()
        connection.close()


def _pull(engine: SyncEngine, connection: Connection, first: bytes) -> tuple[str, Any]:
    try:
        outcome = engine.drain(
            parse_changes_body(first),
            on_page=lambda done, total: connection.send(("progress", done, total)),
            on_changed=lambda ids: connection.send(("changed", ids)),
        )
    except SyncError as error:
        return ("failed", error)
    except Exception as error:  # a full disk, a bug: the app reports it as its own
        return ("failed", BulkPullError(f"{type(error).__name__}: {error}"))
    return ("done", outcome)
