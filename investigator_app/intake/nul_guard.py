"""Refuse a NUL character (U+0000) in what a request says, before any endpoint runs.

PostgreSQL cannot store a NUL in text and SQLite can, so without this the same request
would be stored on one database and a 500 on the other. No text the service keeps has a
use for a NUL, so it is refused once, at the wire, for every endpoint: the path, the query
string and JSON bodies answer 422 ``invalid_request`` naming where (never the value).

Form bodies are left to the code that reads them: the files in them may hold NULs (file
names are cleaned by ``blobs.safe_name``), and the reply page answers the reporter with a
page of its own rather than JSON (``exempt`` prefixes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from investigator_app.intake.errors import error_response
from investigator_app.protocol import ErrorCode

NUL = "\x00"
# A \u0000 escape in JSON text: after an even number of backslashes (after an odd number it
# is the text "\u0000" behind an escaped backslash). A raw NUL is not valid JSON anyway.
_ESCAPED_NUL = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")
_SAID = "text may not contain the NUL character (U+0000)"
_MAX_NAMED = 5


def _json_body(headers: dict[bytes, bytes]) -> bool:
    """Whether FastAPI reads this body as JSON: no content type, or a JSON one."""
    content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
    if not content_type:
        return True
    return content_type == b"application/json" or (
        content_type.startswith(b"application/") and content_type.endswith(b"+json")
    )


def _name(part: str | int) -> str:
    # Keys come from the caller: name them only when they look like a field name.
    return str(part) if isinstance(part, int) or part.isidentifier() else "?"


def _places(value: Any, where: tuple[str | int, ...] = ()) -> Iterator[str]:
    """The dotted locations of the strings (values or keys) of ``value`` that hold a NUL."""
    if isinstance(value, str):
        if NUL in value:
            yield ".".join(_name(part) for part in where) or "body"
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*where, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            if NUL in key:
                yield ".".join(_name(part) for part in (*where, key))
            yield from _places(item, (*where, key))


def nul_in_json(body: bytes) -> list[str] | None:
    """Where ``body`` (JSON as FastAPI would decode it) holds a NUL; None when nowhere."""
    try:
        text = body.decode(json.detect_encoding(body))
    except (UnicodeDecodeError, LookupError):
        return None  # not JSON: FastAPI answers that itself
    if _ESCAPED_NUL.search(text) is None:
        return None
    try:
        places = list(dict.fromkeys(_places(json.loads(text))))
    except ValueError:
        return ["body"]  # broken JSON with a NUL in it: refused here all the same
    return places or None


def nul_in_query(query_string: bytes) -> list[str]:
    """The query parameters whose name or value holds a NUL (as Starlette decodes them)."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    return [f"query.{_name(name)}" for name, value in pairs if NUL in name or NUL in value]


def refusal_message(places: Sequence[str]) -> str:
    named = "; ".join(f"{place}: {_SAID}" for place in places[:_MAX_NAMED])
    more = f" (and {len(places) - _MAX_NAMED} more)" if len(places) > _MAX_NAMED else ""
    return f"The request is not valid: {named}{more}."


class NulGuard:
    """422 for a NUL in the path, the query string or a JSON body of any request outside
    ``exempt``. Sits inside the body limit, so a body it reads is already bounded."""

    def __init__(self, app: ASGIApp, exempt: Sequence[str] = ()) -> None:
        self.app = app
        self.exempt = tuple(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or path.startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        if NUL in path:  # the server has decoded its %00 escapes
            await self._refuse(["path"], scope, receive, send)
            return
        places = nul_in_query(scope.get("query_string", b""))
        if places:
            await self._refuse(places, scope, receive, send)
            return
        headers = dict(scope["headers"])
        if not (_json_body(headers) and _has_body(headers)):
            await self.app(scope, receive, send)
            return

        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        found = nul_in_json(body)
        if found:
            await self._refuse(found, scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(places: Sequence[str], scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(422, ErrorCode.INVALID_REQUEST, refusal_message(places))
        await response(scope, receive, send)


def _has_body(headers: dict[bytes, bytes]) -> bool:
    declared = headers.get(b"content-length")
    if declared is not None:
        return declared.strip() not in (b"", b"0")
    return b"transfer-encoding" in headers
