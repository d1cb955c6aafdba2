"""Refuse request bodies over the limit, in the service's usual error shape."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from investigator_app.intake.errors import error_response
from investigator_app.protocol import ErrorCode


@dataclass(frozen=True)
class RouteLimit:
    """A different limit (and refusal) for paths under ``prefix``: the reply page takes
    files, and answers a browser with a page rather than JSON."""

    prefix: str
    max_bytes: int
    refusal: Callable[[int, Scope], Response]  # the limit, the request refused
    suffix: str = ""

    def matches(self, path: str) -> bool:
        return path.startswith(self.prefix) and path.endswith(self.suffix)


class BodyLimit:
    """413 request_too_large for a body over ``max_bytes``.

    A declared Content-Length is checked before anything is read. A body without one
    (chunked) is read up to the limit and then handed on from memory; the JSON endpoints
    read whole bodies anyway, so this costs nothing extra.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, routes: Sequence[RouteLimit] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.routes = tuple(routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        route = next((r for r in self.routes if r.matches(path)), None)
        limit = route.max_bytes if route is not None else self.max_bytes

        async def refuse() -> None:
            if route is not None:
                await route.refusal(limit, scope)(scope, receive, send)
            else:
                await self._refuse(scope, receive, send)

        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > limit:
                await refuse()
                return
            await self.app(scope, receive, send)
            return
        if b"transfer-encoding" not in headers:
            await self.app(scope, receive, send)
            return

        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await refuse()
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413,
            ErrorCode.REQUEST_TOO_LARGE,
            f"The request body is larger than {self.max_bytes} bytes.",
        )
        await response(scope, receive, send)
