"""The desktop's loopback redirect (RFC 8252 section 7.3): a one-shot HTTP server on
``http://127.0.0.1:<free port>/callback`` that takes the service's answer to a sign-in
through the system browser.

It accepts exactly one request: a GET of the callback path whose ``state`` is the one this
sign-in made, carrying a one-time ``code`` or an ``error``. Anything else (another path,
another state, a second answer, another method) gets a small page that says so and
changes nothing; the receiver keeps waiting until the right answer, ``cancel()`` or its
time is up, and then closes its socket. No request line is ever logged: the query holds
the one-time code.
"""

from __future__ import annotations

import hmac
import html
import logging
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger("investigator_app.desktop.loopback_receiver")

CALLBACK_PATH = "/callback"
DEFAULT_TIMEOUT_S = 300.0  # a user who walks away from the browser: give up after 5 minutes
_CONNECTION_TIMEOUT_S = 10.0  # a browser's idle pre-connection holds no thread longer
_ERROR_CODE = re.compile(r"^[a-z_]{1,64}$")
_MAX_CODE = 200  # OidcTokenRequest.code's bound


@dataclass(frozen=True)
class Callback:
    """The service's answer: a one-time code, or the ErrorCode value it refused with."""

    code: str | None = None
    error: str | None = None


class ReceiverCancelled(Exception):  # noqa: N818 (reads as what happened)
    """``cancel()`` ended the wait (the user chose Annuleren)."""


class ReceiverTimedOut(Exception):  # noqa: N818
    """No answer came in time."""


_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em}}
p.en{{color:#555}}</style></head>
<body><h1>{title}</h1><p>{dutch}</p><p class="en" lang="en">{english}</p></body></html>
"""

_SIGNED_IN = (
    "Integriteitsmeldingen",
    "U bent aangemeld. U kunt dit venster sluiten.",
    "You are signed in. You can close this window.",
)
_REFUSED = (
    "Integriteitsmeldingen",
    "Aanmelden is niet gelukt. De app zegt waarom; u kunt dit venster sluiten.",
    "Signing in did not succeed. The app tells you why; you can close this window.",
)
_NOT_THIS = (
    "Integriteitsmeldingen",
    "Dit antwoord hoort niet bij de aanmelding waarop de app wacht. Er werd niets mee gedaan.",
    "This answer does not belong to the sign-in the app is waiting for. Nothing was done.",
)
_ALREADY = (
    "Integriteitsmeldingen",
    "Deze aanmelding werd al afgehandeld. U kunt dit venster sluiten.",
    "This sign-in was handled already. You can close this window.",
)
_NOT_FOUND = (
    "Integriteitsmeldingen",
    "Deze pagina bestaat niet.",
    "This page does not exist.",
)


def _page(texts: tuple[str, str, str]) -> bytes:
    title, dutch, english = (html.escape(text) for text in texts)
    return _PAGE.format(title=title, dutch=dutch, english=english).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # an idle connection never keeps the app from ending
    allow_reuse_address = False

    def __init__(self, receiver: LoopbackReceiver) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.receiver = receiver


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = _CONNECTION_TIMEOUT_S
    server_version = "investigator-app"
    sys_version = ""

    def do_GET(self) -> None:
        status, body = self.server.receiver.answer(self.path)
        self._send(status, body)

    def do_POST(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, _page(_NOT_FOUND))

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = do_POST

    def _send(self, status: HTTPStatus, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        )
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # The base class prints every request line to stderr: it holds the one-time code.
        pass

    def log_error(self, format: str, *args: Any) -> None:
        log.debug("loopback receiver: a request failed")


class LoopbackReceiver:
    """Waits for one answer to one sign-in (``state``); see the module's doc.

    ``start()`` binds a free port; ``redirect_uri`` is then the address to hand the
    service; ``wait()`` blocks until the answer (or raises ``ReceiverTimedOut`` /
    ``ReceiverCancelled``) and closes the socket either way. ``cancel()`` is safe from any
    thread."""

    def __init__(self, state: str, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        if not state:
            raise ValueError("a sign-in needs a state of its own")
        self._state = state
        self._timeout_s = timeout_s
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._result: Callback | None = None
        self._cancelled = False
        self._server: _Server | None = None
        self._port = 0

    def start(self) -> None:
        self._server = _Server(self)
        self._port = int(self._server.server_address[1])
        threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="loopback-receiver",
            daemon=True,
        ).start()

    @property
    def port(self) -> int:
        assert self._port, "start() first"
        return self._port

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    def wait(self) -> Callback:
        try:
            if not self._done.wait(self._timeout_s):
                raise ReceiverTimedOut()
            with self._lock:
                result, cancelled = self._result, self._cancelled
            if result is None or cancelled:
                raise ReceiverCancelled()
            return result
        finally:
            self.close()

    def cancel(self) -> None:
        with self._lock:
            if self._result is None:
                self._cancelled = True
        self._done.set()

    def close(self) -> None:
        """Stop listening (idempotent): later requests find the port closed."""
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()

    # --- one request (on a thread of the server) -------------------------------------

    def answer(self, target: str) -> tuple[HTTPStatus, bytes]:
        """The status and page for a GET of ``target``; takes the answer when it is the one."""
        parts = urlsplit(target)
        if parts.path != CALLBACK_PATH:
            return HTTPStatus.NOT_FOUND, _page(_NOT_FOUND)
        params = parse_qs(parts.query, keep_blank_values=True, max_num_fields=10)
        if any(len(values) != 1 for values in params.values()):
            return HTTPStatus.BAD_REQUEST, _page(_NOT_THIS)
        state = params.get("state", [""])[0]
        if not hmac.compare_digest(state.encode(), self._state.encode()):
            log.info("loopback receiver: an answer with another state was ignored")
            return HTTPStatus.BAD_REQUEST, _page(_NOT_THIS)
        callback = self._callback_of({key: values[0] for key, values in params.items()})
        if callback is None:
            return HTTPStatus.BAD_REQUEST, _page(_NOT_THIS)
        with self._lock:
            if self._result is not None or self._cancelled:
                return HTTPStatus.CONFLICT, _page(_ALREADY)
            self._result = callback
        self._done.set()
        if callback.error is not None:
            log.info("loopback receiver: the service refused the sign-in (%s)", callback.error)
            return HTTPStatus.OK, _page(_REFUSED)
        log.info("loopback receiver: the sign-in's one-time code arrived")
        return HTTPStatus.OK, _page(_SIGNED_IN)

    @staticmethod
    def _callback_of(params: dict[str, str]) -> Callback | None:
        code, error = params.get("code"), params.get("error")
        if error is not None and code is None:
            # An error code we do not know is still a refusal; never echo it unchecked.
            return Callback(error=error if _ERROR_CODE.match(error) else "provider_refused")
        if code is not None and error is None and 0 < len(code) <= _MAX_CODE:
            return Callback(code=code)
        return None
