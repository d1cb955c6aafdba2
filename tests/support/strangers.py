"""Strangers who guess passwords, from source addresses of their own: on Linux all of
127.0.0.0/8 is loopback, so a client bound to 127.0.0.5 reaches the service on 127.0.0.1
and the service sees 127.0.0.5 as its address."""

from __future__ import annotations

import threading
import time
from collections import Counter
from types import TracebackType

import httpx

from investigator_app.sync.api import default_tls_context
from tests.support import web

STRANGER_ADDRESSES = tuple(f"127.0.0.{n}" for n in range(2, 10))


def client_from(api_url: str, address: str, timeout: float = 30.0) -> httpx.Client:
    """An HTTP client whose connections come from ``address``."""
    transport = httpx.HTTPTransport(local_address=address, verify=default_tls_context())
    return web.client(base_url=api_url, transport=transport, timeout=timeout)


def login(client: httpx.Client, username: str, password: str, **extra: str) -> httpx.Response:
    body = {"username": username, "password": password, **extra}
    return client.post("/auth/login", json=body)


class Flood:
    """Threads that send wrong passwords for ``username`` and logins of names that do not
    exist, from the stranger addresses, each ``pause`` seconds after its last answer, until
    the block ends or ``limit`` guesses went out. ``answers`` counts the status codes."""

    def __init__(
        self,
        api_url: str,
        username: str,
        *,
        threads: int = 8,
        limit: int = 400,
        pause: float = 0.01,
        addresses: tuple[str, ...] = STRANGER_ADDRESSES,
    ) -> None:
        self.api_url = api_url
        self.username = username
        self.limit = limit
        self.pause = pause
        self.answers: Counter[int] = Counter()
        self._addresses = addresses
        self._sent = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._guess, args=(n,), daemon=True) for n in range(threads)
        ]

    def _next(self) -> int | None:
        with self._lock:
            if self._stop.is_set() or self._sent >= self.limit:
                return None
            self._sent += 1
            return self._sent

    def _guess(self, worker: int) -> None:
        address = self._addresses[worker % len(self._addresses)]
        with client_from(self.api_url, address) as client:
            while (number := self._next()) is not None:
                name = self.username if number % 2 else f"niemand.{worker}.{number}"
                try:
                    status = login(client, name, f"gok {number}").status_code
                except httpx.HTTPError:
                    status = 0
                with self._lock:
                    self.answers[status] += 1
                self._stop.wait(self.pause)

    def wait_for_answers(self, count: int, timeout: float = 60.0) -> None:
        """Return once ``count`` guesses were answered (the flood is under way)."""
        deadline = time.monotonic() + timeout
        while sum(self.answers.values()) < count:
            assert time.monotonic() < deadline, "the flood got no answers"
            time.sleep(0.01)

    @property
    def going(self) -> bool:
        """Still guessing (not stopped, guesses left)."""
        with self._lock:
            return not self._stop.is_set() and self._sent < self.limit

    def __enter__(self) -> Flood:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)
