"""Run one blocking call (a login, an identity fetch) off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("investigator_app.gui.common.background")


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            emit_from_worker(self._relay.failed, error)
        else:
            emit_from_worker(self._relay.succeeded, result)


def emit_from_worker(signal: Any, *values: object) -> None:
    """Emit from a worker thread a signal whose owner the GUI thread may have deleted."""
    try:
        signal.emit(*values)
    except RuntimeError:
        # The owner (a dialog the user closed) was deleted while the call ran:
        # nobody waits for this result any more, so it is dropped.
        log.debug("a background result arrived after its owner was closed")


class BackgroundCall(QObject):
    """Runs ``work`` on the thread pool; ``on_success``/``on_failure`` run on the GUI thread.

    Keep a reference to the object until one of them ran. A pool with one thread runs
    calls in the order they were started, and their results arrive in that order. When
    the parent is deleted before the call ends, its result is dropped.
    """

    def __init__(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        # The relay lives on this (GUI) thread, so its queued signals land here.
        self._relay = _Relay(self)
        self._relay.succeeded.connect(on_success)
        self._relay.failed.connect(on_failure)
        self._job = _Job(work, self._relay)
        self._job.setAutoDelete(False)

    def start(self) -> None:
        self._pool.start(self._job)


class BackgroundCalls:
    """Background calls an owner started: each is kept (as a BackgroundCall must be) until
    its success or failure ran, then let go. Results are dropped once ``parent`` is gone."""

    def __init__(self, parent: QObject) -> None:
        self._parent = parent
        self._running: set[BackgroundCall] = set()

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        call: BackgroundCall | None = None

        def finish(result: Any) -> None:
            self._running.discard(call)  # type: ignore[arg-type]
            done(result)

        def fail(error: Exception) -> None:
            self._running.discard(call)  # type: ignore[arg-type]
            failed(error)

        call = BackgroundCall(work, finish, fail, self._parent)
        self._running.add(call)
        call.start()
