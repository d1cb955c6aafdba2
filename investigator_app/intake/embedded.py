"""Run the intake service inside this process, on loopback (desktop --demo, tests,
benchmarks).

    with EmbeddedService("sqlite:///demo.sqlite3") as service:
        httpx.get(service.base_url + "/api/v1/...")

The port is chosen once (a free one when 0) and kept across stop()/start(), so a test can
take the service down and bring it back at the same address.

Unless settings say otherwise, the relay writes its mails as .eml files into
``mail_folder`` (a fresh temporary folder), and reporters' links point to ``base_url``.
The notes key comes from the caller (``notes_key`` or the settings') or is made once per
service object, so notes written before a stop() open after the next start(). The match key
of related cases (``match_key``) likewise, else one derived from the notes key.

``engine`` lends the service an engine the process already has for that database, instead
of one made from the URL: a process that runs many services one after another (a test run)
then compiles each SQL statement once rather than once per service. ``stop()`` closes the
engine's pooled connections either way.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import shutil
import socket
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType

import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from investigator_app.intake.app import create_app
from investigator_app.intake.db import Database
from investigator_app.intake.migrate import upgrade_engine
from investigator_app.intake.note_cipher import KEY_BYTES
from investigator_app.intake.related import backfill, window_start
from investigator_app.intake.settings import MailSettings, Settings

log = logging.getLogger("investigator_app.intake.embedded")

START_TIMEOUT = 20.0


class _Server(uvicorn.Server):
    """uvicorn looks at ``should_exit`` every 0.1 s; ``request_exit`` wakes it at once,
    since an embedded service is stopped and started often (tests, the desktop demo)."""

    _loop: asyncio.AbstractEventLoop | None = None
    _wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864_000
            with suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """uvicorn's shutdown, without its fixed 0.1 s pause for open connections to wind
        down when there are none (a test run stops hundreds of embedded services)."""
        if self.server_state.connections or self.server_state.tasks:
            await super().shutdown(sockets)
            return
        log.debug("stopping: no open connections")
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()

    def request_exit(self) -> None:
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with suppress(RuntimeError):  # the loop has ended already
                loop.call_soon_threadsafe(wake.set)


class EmbeddedService:
    def __init__(
        self,
        database_url: str,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        token_lifetime: timedelta = timedelta(days=30),
        settings: Settings | None = None,
        mail_folder: Path | None = None,
        notes_key: bytes | None = None,
        match_key: bytes | None = None,
        engine: Engine | None = None,
    ) -> None:
        if mail_folder is None and settings is None:
            mail_folder = Path(tempfile.mkdtemp(prefix="intake-mail-"))
            # Ours, so ours to remove: when this service object goes, or at exit (the
            # folder outlives stop(), since a stopped service may be started again).
            weakref.finalize(self, shutil.rmtree, mail_folder, True)
        self.settings = settings or Settings(
            database_url=database_url,
            token_lifetime=token_lifetime,
            # The relay's usual pace: a commit that queues a mail wakes it at once anyway.
            mail=MailSettings(transport="folder", folder=mail_folder),
        )
        if notes_key is not None or self.settings.notes_key is None:
            self.settings = dataclasses.replace(
                self.settings, notes_key=notes_key or os.urandom(KEY_BYTES)
            )
        if match_key is not None:  # else the settings' own, or one from the notes key
            self.settings = dataclasses.replace(self.settings, match_key=match_key)
        self.host = host
        self.port = port
        self._database: Database | None = None if engine is None else Database(engine)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.app: FastAPI | None = None  # the app of the latest start()

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> EmbeddedService:
        """Migrate the database, start serving, and return once connections are accepted."""
        if self._thread is not None:
            return self
        database = self.database
        upgrade_engine(database.engine)
        self.hash_names()
        sock = self._bind()
        if self.settings.public_url is None:
            self.settings = dataclasses.replace(self.settings, public_url=self.base_url)
        self.app = create_app(self.settings, database=database)
        config = uvicorn.Config(
            self.app,
            # Into the host's logging as the host configured it (the desktop's, a test's):
            # the same records as `serve` writes, redacted alike (log_redaction.py).
            log_config=None,
            log_level=None,
            access_log=True,
            lifespan="on",
            # Long-polls may be waiting: do not let them hold up stop() for 30 s.
            timeout_graceful_shutdown=1,
        )
        server = _Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="intake-service", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError(f"the intake service did not start on {self.host}:{self.port}")
            time.sleep(0.01)
        self._server, self._thread, self._socket = server, thread, sock
        log.info("intake service listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None and thread is not None:
            server.request_exit()
            thread.join(timeout=10)
            if thread.is_alive():
                server.force_exit = True
                thread.join(timeout=5)
        if self._socket is not None:
            self._socket.close()  # uvicorn closed it already; make sure the port is free
            self._socket = None
        # Connections of the stopped copy go; the next start() opens new ones.
        if self._database is not None:
            self._database.dispose()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> EmbeddedService:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # --- access -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self.port == 0:
            raise RuntimeError("the service has no port yet: call start() first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def public_url(self) -> str:
        """Where reporters' links point (the service's own address unless configured)."""
        return self.settings.public_url or self.base_url

    @property
    def mail_folder(self) -> Path | None:
        """The folder of .eml files the relay writes (None when it sends by SMTP)."""
        return self.settings.mail.folder if self.settings.mail.transport == "folder" else None

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = Database.from_url(self.settings.database_url)
        return self._database

    @property
    def engine(self) -> Engine:
        return self.database.engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction on the service's database (for seeding), committed at the
        end; long-polls of this service wake up when it touched a feed."""
        with self.database.write() as session:
            yield session

    def hash_names(self) -> int:
        """Make the related cases' hashes of cases that have none of this service's key
        (seeded, or registered by a command without the key); see related.backfill."""
        key = self.settings.matcher
        if key is None:
            return 0
        now = datetime.now(UTC)
        since = window_start(now, self.settings.retention_years)
        return backfill(self.database, key, now, since)

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets that say so, and
        # without it every reused connection waits 40 ms for a delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        sock.listen(128)
        sock.set_inheritable(True)
        self.port = sock.getsockname()[1]
        return sock
