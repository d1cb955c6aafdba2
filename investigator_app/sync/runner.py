"""SyncRunner: keeps the store in sync off the GUI thread and reports through Qt signals.

Two worker threads, each with its own ApiClient and LocalStore (so its own connections):
- the puller long-polls the change feed, and does an immediate pull at start, on
  ``sync_now()`` and after coming back online; offline it backs off 1 s -> 30 s, forever;
- after each pull round the puller fetches the attachments our cases lack, so that they
  open offline later;
- the pusher sends the outbox whenever ``request_push()`` is called (after each recorded
  action), at start, on ``sync_now()`` (then it asks the puller for an immediate pull) and
  when the service is reachable again; an operation the service failed on is sent again
  when its back-off ends (the engine says when), until it is applied or refused.
Signals are emitted from the worker threads; Qt queues them to receivers in the GUI thread.
Nothing here touches a widget.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from investigator_app.store import LocalStore
from investigator_app.sync.api import ApiClient
from investigator_app.sync.bulk_pull import HelperProcessPull
from investigator_app.sync.engine import FAILED_OP_BACKOFF, SyncEngine
from investigator_app.sync.errors import AuthenticationFailed, ServiceUnreachable, SyncError

_log = logging.getLogger("investigator_app.sync.runner")

ClientFactory = Callable[[str, str | None], ApiClient]
_JOIN_TIMEOUT = 10.0


@dataclass(frozen=True)
class SyncSummary:
    """What a finished pull round brought (``sync_finished``'s payload)."""

    changed_ids: list[str]
    at: datetime
    pages: int
    foreground: bool  # a full round the user may be waiting for, not a quiet long-poll


class SyncRunner(QObject):
    sync_started = Signal()  # a foreground round: start, sync_now(), back online
    sync_progress = Signal(int, int)  # changes applied so far, changes in this round
    sync_finished = Signal(object)  # SyncSummary, after every successful pull round
    cases_changed = Signal(list)  # ids of cases changed or removed, per page or push answer
    online_changed = Signal(bool)
    auth_failed = Signal(str)  # ErrorCode value; syncing pauses until set_token()
    actions_refused = Signal(list)  # RefusedAction list newly refused by a push
    push_finished = Signal(object)  # PushOutcome, after a push that sent something
    sync_failed = Signal(str, str)  # kind ("unreachable", "service", "protocol", ...), message
    answers_arrived = Signal(list)  # ids of cases that got new answers of the reporter
    # A piece's file of this case moved on (upload or download progress; at most twice a
    # second per file): read store.piece_uploads / piece_availability again.
    piece_progress = Signal(str)

    def __init__(
        self,
        store: Path | LocalStore,
        base_url: str,
        token: str | None,
        *,
        long_poll_wait: float = 20.0,
        backoff: tuple[float, float] = (1.0, 30.0),
        op_backoff: tuple[float, float] = FAILED_OP_BACKOFF,
        client_factory: ClientFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store_path = store.path if isinstance(store, LocalStore) else store
        self._base_url = base_url
        self._client_factory: ClientFactory = client_factory or (
            lambda url, tok: ApiClient(url, tok)
        )
        self._long_poll_wait = long_poll_wait
        self._backoff_first, self._backoff_max = backoff
        self._op_backoff = op_backoff  # an operation the service failed on (SyncEngine)
        self._cond = threading.Condition()
        # Everything below is guarded by self._cond.
        self._token = token
        self._stopping = False
        self._auth_blocked = False
        self._auth_code = ""
        self._pull_now = True
        self._push_wanted = True
        self._pull_after_push = False
        self._online: bool | None = None
        self._pull_client: ApiClient | None = None
        self._bulk: HelperProcessPull | None = None  # the puller's, for a big sync
        self._push_client: ApiClient | None = None
        self._threads: list[threading.Thread] = []

    # --- control (GUI thread) -------------------------------------------------------

    def start(self) -> None:
        """Start syncing; after an auth failure and set_token(), resumes it."""
        with self._cond:
            self._pull_now = self._push_wanted = True
            self._auth_blocked = False
            self._cond.notify_all()
            if any(thread.is_alive() for thread in self._threads):
                return
            self._stopping = False
            self._threads = [
                threading.Thread(target=self._run_puller, name="sync-puller", daemon=True),
                threading.Thread(target=self._run_pusher, name="sync-pusher", daemon=True),
            ]
            for thread in self._threads:
                thread.start()

    def stop(self) -> None:
        """Stop both threads (cutting a long-poll short) and wait for them."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            for client in (self._pull_client, self._push_client):
                if client is not None:
                    client.interrupt()
            if self._bulk is not None:
                self._bulk.stop()
            threads, self._threads = self._threads, []
        for thread in threads:
            thread.join(_JOIN_TIMEOUT)
            if thread.is_alive():
                _log.error("%s did not stop in time", thread.name)

    def set_token(self, token: str | None) -> None:
        with self._cond:
            self._token = token
            self._auth_blocked = False
            self._pull_now = self._push_wanted = True
            self._cond.notify_all()

    def request_push(self) -> None:
        """An action was recorded: send the outbox soon."""
        with self._cond:
            self._push_wanted = True
            self._cond.notify_all()

    def sync_now(self) -> None:
        """F5: push, then pull at once (also ending any offline back-off)."""
        with self._cond:
            if self._auth_blocked:
                code = self._auth_code
            else:
                self._push_wanted = self._pull_after_push = True
                self._cond.notify_all()
                return
        self.auth_failed.emit(code)  # the user must sign in again first

    # --- shared by the threads ------------------------------------------------------

    def _set_online(self, online: bool) -> bool:
        """Record reachability; True when this is a change (then it is signalled)."""
        with self._cond:
            changed = self._online is not online
            came_back = online and self._online is False
            self._online = online
            if came_back:
                self._push_wanted = True  # deliver what was recorded while offline
                self._cond.notify_all()
        if changed:
            self.online_changed.emit(online)
        return changed

    def _block_auth(self, error: AuthenticationFailed) -> None:
        with self._cond:
            first = not self._auth_blocked
            self._auth_blocked = True
            self._auth_code = error.code
            if self._pull_client is not None:
                self._pull_client.interrupt()
        if first:
            _log.warning("the service refused the device token (%s); syncing paused", error.code)
            self.auth_failed.emit(error.code)

    def _wait(self, seconds: float, wake: Callable[[], bool]) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._stopping or wake(), timeout=seconds)

    def _open(self) -> tuple[LocalStore, ApiClient] | None:
        """This thread's own store and client; None (reported) when they cannot be made."""
        with self._cond:
            token = self._token
        try:
            client = self._client_factory(self._base_url, token)
        except ValueError as error:  # an unusable service address
            self.sync_failed.emit("configuration", str(error))
            return None
        try:
            store = LocalStore.open(self._store_path)
        except Exception as error:  # a full or unreadable disk: say so, do not die silently
            _log.exception("the sync thread cannot open the local store")
            self.sync_failed.emit("internal", f"{type(error).__name__}: {error}")
            client.close()
            return None
        return store, client

    # --- the puller -----------------------------------------------------------------

    def _run_puller(self) -> None:
        opened = self._open()
        if opened is None:
            return
        store, client = opened
        # A big sync is applied by a helper process (bulk_pull.py), with this store's key.
        bulk = HelperProcessPull(store.path, self._base_url)
        with self._cond:
            self._pull_client, self._bulk = client, bulk
        engine = SyncEngine(store, client, on_piece_progress=self.piece_progress.emit, bulk=bulk)
        try:
            self._pull_loop(engine)
        finally:
            with self._cond:
                self._pull_client = self._bulk = None
            bulk.stop()  # also when stop() came before the helper was known to it
            client.close()
            store.close()

    def _pull_loop(self, engine: SyncEngine) -> None:
        delay = self._backoff_first
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stopping or not self._auth_blocked)
                if self._stopping:
                    return
                foreground = self._pull_now or self._online is not True
                self._pull_now = False
                # Under the lock, so an interruption by sync_now() cannot fall in between.
                engine.client.resume()
                engine.client.set_token(self._token)
            if foreground:
                self.sync_started.emit()
            try:
                if foreground:
                    engine.refresh_identity()
                outcome = engine.pull(
                    0.0 if foreground else self._long_poll_wait,
                    on_page=self.sync_progress.emit,
                    on_changed=self.cases_changed.emit,
                )
            except AuthenticationFailed as error:
                self._block_auth(error)
                continue
            except SyncError as error:
                with self._cond:
                    if self._stopping or self._pull_now or self._auth_blocked:
                        continue  # we cut the request short ourselves
                self._failed(error)
                self._wait(delay, lambda: self._pull_now)
                delay = min(delay * 2, self._backoff_max)
                continue
            except Exception as error:  # a bug or a full disk: report it, keep the thread
                _log.exception("pull failed")
                self.sync_failed.emit("internal", f"{type(error).__name__}: {error}")
                self._wait(self._backoff_max, lambda: self._pull_now)
                continue
            delay = self._backoff_first
            self._set_online(True)
            if outcome.answered_ids:
                self.answers_arrived.emit(outcome.answered_ids)
            summary = SyncSummary(
                outcome.changed_ids, outcome.finished_at, outcome.pages, foreground
            )
            self.sync_finished.emit(summary)
            self._fetch_attachments(engine)

    def _fetch_attachments(self, engine: SyncEngine) -> None:
        """The attachments, then the pieces' files our cases hold and we lack."""
        try:
            changed = engine.fetch_attachments()
            changed += engine.fetch_pieces()
        except AuthenticationFailed as error:
            self._block_auth(error)
            return
        except SyncError as error:  # offline again: the next pull round says so
            _log.info("fetching attachments stopped: %s", type(error).__name__)
            return
        except Exception:  # a full disk: log it, keep the thread; the next round retries
            _log.exception("fetching attachments failed")
            return
        if changed:
            self.cases_changed.emit(changed)

    def request_attachments(self) -> None:
        """The user wants an attachment not fetched yet: a pull round now fetches it."""
        self._ask_pull()

    def _failed(self, error: SyncError, *, quiet_offline: bool = False) -> None:
        """Report a failure; the pusher leaves reporting "offline" to online_changed and
        the puller (it would repeat it at every retry)."""
        _log.info("sync failed: %s", error)
        offline = isinstance(error, ServiceUnreachable)
        if offline:
            self._set_online(False)
        if not (offline and quiet_offline):
            self.sync_failed.emit(error.kind, str(error))

    # --- the pusher -----------------------------------------------------------------

    def _run_pusher(self) -> None:
        opened = self._open()
        if opened is None:
            return
        store, client = opened
        with self._cond:
            self._push_client = client
        try:
            engine = SyncEngine(
                store,
                client,
                op_backoff=self._op_backoff,
                on_piece_progress=self.piece_progress.emit,
            )
            self._push_loop(engine)
        finally:
            with self._cond:
                self._push_client = None
            client.close()
            store.close()

    def _push_loop(self, engine: SyncEngine) -> None:
        delay = self._backoff_first
        retry_at: float | None = None  # when an operation the service failed on is due
        while True:
            with self._cond:
                timeout = None if retry_at is None else max(0.0, retry_at - time.monotonic())
                wanted = self._cond.wait_for(
                    lambda: self._stopping or (self._push_wanted and not self._auth_blocked),
                    timeout,
                )
                if self._stopping:
                    return
                retry_at = None
                if not wanted and self._auth_blocked:
                    continue  # signing in again asks for a push, which retries it too
                self._push_wanted = False
                pull_after, self._pull_after_push = self._pull_after_push, False
                engine.client.resume()
                engine.client.set_token(self._token)
            try:
                outcome = engine.push()
            except AuthenticationFailed as error:
                self._block_auth(error)
            except SyncError as error:
                with self._cond:
                    if self._stopping:
                        return
                self._failed(error, quiet_offline=True)
                if pull_after:  # F5 still wants its pull (it reports the failure too)
                    self._ask_pull()
                    pull_after = False
                self._wait(delay, lambda: self._push_wanted)
                delay = min(delay * 2, self._backoff_max)
                with self._cond:
                    self._push_wanted = True  # retry forever
            except Exception as error:
                _log.exception("push failed")
                self.sync_failed.emit("internal", f"{type(error).__name__}: {error}")
            else:
                delay = self._backoff_first
                if outcome.retry_in is not None:
                    retry_at = time.monotonic() + outcome.retry_in
                if outcome.sent:
                    self._set_online(True)
                    self.push_finished.emit(outcome)
                if outcome.changed_ids:
                    self.cases_changed.emit(outcome.changed_ids)
                if outcome.answered_ids:
                    self.answers_arrived.emit(outcome.answered_ids)
                if outcome.refused:
                    self.actions_refused.emit(outcome.refused)
            if pull_after:
                self._ask_pull()

    def _ask_pull(self) -> None:
        with self._cond:
            self._pull_now = True
            self._cond.notify_all()
            if self._pull_client is not None:
                self._pull_client.interrupt()  # end a long-poll in flight
