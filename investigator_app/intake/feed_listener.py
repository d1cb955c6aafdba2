"""This copy's ear on PostgreSQL: it hears every copy's feed changes (LISTEN/NOTIFY).

Every committed feed change sends NOTIFY "department:seq" on FEED_CHANNEL from inside its
transaction (feed.next_seq), so PostgreSQL delivers it on commit only. One thread per
service process holds one psycopg connection of its own (not from the pool) that LISTENs,
and hands what it hears to the ChangeNotifier, which wakes this process's long-polls of
those departments: a long-poll that waits costs no query.

When the connection is lost the notifier is told (every long-poll checks its department
once, then also polls, as on SQLite) and the thread reconnects after ``retry`` seconds,
doubling up to ``max_retry``. Once LISTEN is in place again the notifier is told again, and
every long-poll checks its department once more: LISTEN first, then check, so a change
committed while nobody listened is found by that check and any later one is heard.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading
from typing import Any

import psycopg
from psycopg.pq import ConnStatus
from sqlalchemy import Engine

from investigator_app.intake.feed import FEED_CHANNEL
from investigator_app.intake.notifier import ChangeNotifier

log = logging.getLogger("investigator_app.intake.feed_listener")

APPLICATION_NAME = "intake-feed-listener"  # how the connection shows in pg_stat_activity
_KEEPALIVES = {  # a silently dropped connection is noticed within about a minute
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


class FeedListener:
    def __init__(
        self,
        engine: Engine,
        notifier: ChangeNotifier,
        *,
        retry: float = 1.0,
        max_retry: float = 30.0,
        ping_interval: float = 60.0,
    ) -> None:
        # The engine's own connection arguments: the same server, user and TLS settings.
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        self._connect_args: tuple[Any, ...] = tuple(args)
        self._connect_kwargs: dict[str, Any] = {
            **_KEEPALIVES,
            "connect_timeout": 10,
            **kwargs,
            "application_name": APPLICATION_NAME,
            "autocommit": True,
        }
        self.notifier = notifier
        self.retry = retry
        self.max_retry = max_retry
        self.ping_interval = ping_interval
        self.backend_pid: int | None = None  # the listening connection's, while listening
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # stop() writes to one end to wake the thread out of select(); made by start().
        self._wake_reader: socket.socket | None = None
        self._wake_writer: socket.socket | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._thread = threading.Thread(
            target=self._run, args=(self._wake_reader,), name="intake-feed-listener", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        self._stop.set()
        if thread is None:
            return
        assert self._wake_reader is not None and self._wake_writer is not None
        with contextlib.suppress(OSError):
            self._wake_writer.send(b"\0")
        thread.join(timeout=15)
        self._wake_reader.close()
        self._wake_writer.close()

    def _run(self, wake: socket.socket) -> None:
        delay = self.retry
        while not self._stop.is_set():
            connection = self._listen()
            if connection is not None:
                delay = self.retry
                try:
                    self._serve(connection, wake.fileno())
                except Exception:  # a bug must not end listening for good: log, start again
                    log.exception("the feed listener failed")
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, self.max_retry)

    def _listen(self) -> psycopg.Connection[Any] | None:
        try:
            connection = psycopg.connect(*self._connect_args, **self._connect_kwargs)
        except psycopg.Error as error:
            log.warning("cannot listen for feed changes: %s", _reason(error))
            return None
        try:
            connection.execute(f"LISTEN {FEED_CHANNEL}")
        except psycopg.Error as error:
            log.warning("cannot listen for feed changes: %s", _reason(error))
            connection.close()
            return None
        return connection

    def _serve(self, connection: psycopg.Connection[Any], stop: int) -> None:
        """Hand on what the connection hears until it is lost or the listener stops."""
        heard: list[str] = []
        connection.add_notify_handler(lambda notify: heard.append(notify.payload))
        self.backend_pid = connection.info.backend_pid
        self.notifier.set_listening(True)  # after LISTEN: every long-poll checks once
        log.info("listening for feed changes")
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([connection.fileno(), stop], [], [], self.ping_interval)
                if stop in ready:
                    continue  # stop() wrote; the loop's condition ends it
                if not ready:
                    connection.execute("SELECT 1")  # quiet for long: is it still there?
                else:
                    _receive(connection, heard)
                if heard:
                    self.notifier.notify(_changes(heard))
                    heard.clear()
        except (psycopg.Error, OSError) as error:
            if not self._stop.is_set():
                log.warning(
                    "lost the connection that listens for feed changes (%s); long-polls "
                    "look at the database until it is back",
                    _reason(error),
                )
        finally:
            self.backend_pid = None
            self.notifier.set_listening(False)
            with contextlib.suppress(psycopg.Error, OSError):
                connection.close()


def _receive(connection: psycopg.Connection[Any], heard: list[str]) -> None:
    """Read what arrived without sending anything (raises when the connection is gone)."""
    pgconn = connection.pgconn
    pgconn.consume_input()
    if pgconn.status != ConnStatus.OK:
        raise psycopg.OperationalError("the listening connection is no longer usable")
    while (notify := pgconn.notifies()) is not None:
        heard.append(notify.extra.decode("utf-8", "replace"))


def _changes(payloads: list[str]) -> dict[int, int]:
    """ "department:seq" payloads, the newest position per department."""
    changes: dict[int, int] = {}
    for payload in payloads:
        department, _, seq = payload.partition(":")
        if department.isdigit() and seq.isdigit():
            changes[int(department)] = max(int(seq), changes.get(int(department), 0))
    return changes


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
