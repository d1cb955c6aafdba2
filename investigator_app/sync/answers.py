"""Reading the service's answers: a model out of a success, a SyncError out of a failure
(shared by ApiClient and its calls for evidence bytes)."""

from __future__ import annotations

import json
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from investigator_app.gil import share
from investigator_app.protocol import ChangeOut, ChangesResponse, ErrorCode
from investigator_app.sync.errors import (
    AuthenticationFailed,
    ProtocolError,
    ServiceError,
    SyncError,
    TooManyAttempts,
)

_Model = TypeVar("_Model", bound=BaseModel)

# Failures before a connection carried anything: a refused or timed-out connect (TLS
# handshake included), or no connection free in the pool.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def parse(response: httpx.Response, model: type[_Model]) -> _Model:
    try:
        return model.model_validate_json(response.content)
    except ValidationError as error:
        raise ProtocolError(
            f"{response.request.method} {response.request.url.path}: the answer is not a "
            f"valid {model.__name__} ({error.error_count()} errors)"
        ) from None


def parse_changes_body(body: bytes, where: str = "GET /changes") -> ChangesResponse:
    """A page of the change feed from its JSON, its changes checked one at a time. Pydantic
    holds the GIL for the whole of a call: a page of a thousand cases checked at once kept
    every other thread, the GUI's too, waiting for tens of milliseconds
    (bench/gui_stall_bench.py). ProtocolError for anything but a possible page."""
    try:
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("changes"), list):
            raise ValueError("not a page")
        changes = []
        for change in data["changes"]:
            share()  # between changes, the GUI thread may have the GIL (gil.py)
            changes.append(ChangeOut.model_validate(change))
        page = ChangesResponse.model_validate({**data, "changes": changes})
    except (ValueError, ValidationError) as error:  # ValidationError is a ValueError too
        count = error.error_count() if isinstance(error, ValidationError) else 1
        raise ProtocolError(
            f"{where}: the answer is not a valid ChangesResponse ({count} errors)"
        ) from None
    if page.remaining < 0 or (page.has_more and not page.changes and not page.reset):
        raise ProtocolError("the change feed answered an impossible page")
    return page


def error_of(response: httpx.Response) -> SyncError:
    code, message = detail_of(response)
    status = response.status_code
    if status == 401:
        return AuthenticationFailed(code or ErrorCode.NOT_AUTHENTICATED.value, message)
    if status == 429:
        retry_after = response.headers.get("Retry-After", "")
        return TooManyAttempts(message, float(retry_after) if retry_after.isdigit() else None)
    return ServiceError(status, code or "unknown", message or response.reason_phrase)


def detail_of(response: httpx.Response) -> tuple[str, str]:
    """The ``{"detail": {"code", "message"}}`` of an error answer, if it has one."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        return "", ""
    if isinstance(detail, dict):
        return str(detail.get("code", "")), str(detail.get("message", ""))
    if isinstance(detail, str):
        return "", detail
    return "", ""
