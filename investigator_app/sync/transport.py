"""An httpx transport whose in-flight requests another thread can interrupt.

Closing a socket does not wake a thread blocked reading it (a long-poll can wait 20 s);
shutting it down does. The transport keeps its open sockets and shuts them all down on
``interrupt()``; until ``resume()`` new connections fail at once, so a request that was
about to start cannot slip past the interruption.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import typing

import httpcore
import httpx


class _TrackedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: InterruptibleBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._backend.forget(self)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, timeout)
        self._backend.forget(self)  # the TLS stream owns the socket from here on
        return self._backend.track(tls)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)

    def shutdown(self) -> None:
        sock = self._inner.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            # Already closed or never connected: nothing is waiting on it.
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class InterruptibleBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self._lock = threading.Lock()
        self._streams: set[_TrackedStream] = set()
        self._interrupted = False

    def track(self, inner: httpcore.NetworkStream) -> _TrackedStream:
        stream = _TrackedStream(inner, self)
        with self._lock:
            self._streams.add(stream)
            interrupted = self._interrupted
        if interrupted:
            stream.shutdown()
        return stream

    def forget(self, stream: _TrackedStream) -> None:
        with self._lock:
            self._streams.discard(stream)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        if self._interrupted:
            raise httpcore.ConnectError("interrupted")
        inner = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return self.track(inner)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)

    def interrupt(self) -> None:
        with self._lock:
            self._interrupted = True
            streams = list(self._streams)
        for stream in streams:
            stream.shutdown()

    def resume(self) -> None:
        with self._lock:
            self._interrupted = False


class InterruptibleTransport(httpx.HTTPTransport):
    def __init__(self, *, verify: ssl.SSLContext | bool = True) -> None:
        super().__init__(verify=verify)
        self.backend = InterruptibleBackend()
        # httpx has no public hook for the network backend: replace the pool it built.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            max_connections=4,
            max_keepalive_connections=2,
            keepalive_expiry=30.0,
            network_backend=self.backend,
        )

    def retire(self, response: httpx.Response) -> None:
        """Send nothing more over the connection that carried ``response``: a service that
        failed on a request may close it right after answering (uvicorn does, after an
        error it did not expect), and a request sent on it before that is noticed would
        fail as if the service were gone."""
        stream = response.extensions.get("network_stream")
        if isinstance(stream, _TrackedStream):
            stream.shutdown()  # the pool sees it readable (closed) and opens a new one
