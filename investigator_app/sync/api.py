"""ApiClient: the desktop's typed HTTP client of the intake service (one per thread)."""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import ssl
from collections.abc import Iterator
from datetime import date
from types import TracebackType
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from investigator_app import __version__
from investigator_app.operations import Operation, OperationsRequest, OperationsResponse
from investigator_app.protocol import (
    API_PREFIX,
    ATTACHMENT_PATH,
    MAX_PAGE,
    VERIFY_PASSWORD_PATH,
    ChangesResponse,
    LoginRequest,
    LoginResponse,
    MeResponse,
    PasswordCheck,
)
from investigator_app.protocol_audit import (
    AUDIT_PATH,
    CaseAuditResponse,
    IdentityRevealIn,
    ReporterIdentityOut,
)
from investigator_app.sync.answers import NOT_SENT, error_of, parse, parse_changes_body
from investigator_app.sync.api_pieces import PieceCalls
from investigator_app.sync.api_second_factor import SecondFactorCalls
from investigator_app.sync.api_sign_in import SignInCalls
from investigator_app.sync.errors import (
    AttachmentMismatch,
    AuthenticationFailed,
    ProtocolError,
    ServiceError,
    ServiceUnreachable,
    SyncError,
    TooManyAttempts,
)
from investigator_app.sync.transport import InterruptibleTransport

__all__ = [
    "ApiClient",
    "AttachmentMismatch",
    "AuthenticationFailed",
    "ProtocolError",
    "ServiceError",
    "ServiceUnreachable",
    "SyncError",
    "TooManyAttempts",
    "normalise_base_url",
]

_log = logging.getLogger("investigator_app.sync.api")
_Model = TypeVar("_Model", bound=BaseModel)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024  # far above what 1700 or a reply page accepts


def normalise_base_url(base_url: str) -> str:
    """``base_url`` without trailing slash; ValueError unless it is an http(s) URL."""
    try:
        url = httpx.URL(base_url.strip())
    except httpx.InvalidURL as error:
        raise ValueError(f"not a valid service address: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("the service address must start with http:// or https://")
    if url.query or url.fragment:
        raise ValueError("the service address must not have a query or fragment")
    return str(url).rstrip("/")


@functools.cache
def default_tls_context() -> ssl.SSLContext:
    """One TLS context for every client, trusting the operating system's certificate store
    (on Windows that includes a government's own CAs). Building one loads all certificates
    while holding the GIL for tens of milliseconds, which would stall the GUI thread each
    time a sync thread starts; so it is built once."""
    return ssl.create_default_context()


class ApiClient(PieceCalls, SignInCalls, SecondFactorCalls):
    """Calls of the intake service; raises only SyncError subclasses for its failures.

    Not thread-safe for concurrent requests, but ``interrupt()`` may be called from any
    thread to end a request in flight (e.g. a long-poll when the app stops).
    """

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        timeout: float = 15.0,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.base_url = normalise_base_url(base_url)
        if verify is True:
            verify = default_tls_context()
        self._token = token
        self._timeout = timeout
        self._transport = InterruptibleTransport(verify=verify)
        self._http = httpx.Client(
            base_url=self.base_url + API_PREFIX,
            transport=self._transport,
            timeout=timeout,
            headers={"User-Agent": f"investigator-app/{__version__}"},
        )

    # --- lifecycle ------------------------------------------------------------------

    def set_token(self, token: str | None) -> None:
        self._token = token

    @property
    def token(self) -> str | None:
        return self._token

    def interrupt(self) -> None:
        """End any request in flight (it raises ServiceUnreachable) and refuse new ones
        until ``resume()``. Safe from any thread."""
        self._transport.backend.interrupt()

    def resume(self) -> None:
        self._transport.backend.resume()

    def close(self) -> None:
        self.interrupt()
        self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- calls ----------------------------------------------------------------------

    def login(
        self,
        username: str,
        password: str,
        device_name: str = "",
        previous_token: str | None = None,
        one_time_code: str | None = None,
    ) -> LoginResponse:
        """A new token. ``previous_token``: the one this device had for the account (expired
        is fine), so that a stranger's guesses at the account do not slow this device down.
        ``one_time_code``: the second factor of an account that has one (without it such an
        account gets AuthenticationFailed(second_factor_required))."""
        body = LoginRequest(
            username=username,
            password=password,
            device_name=device_name,
            previous_token=previous_token,
            one_time_code=one_time_code,
        )
        # Without a previous token the body is as it always was (older services refuse
        # fields they do not know).
        json_body = body.model_dump(mode="json", exclude_none=True)
        response = self._send("POST", "/auth/login", json=json_body)
        return parse(response, LoginResponse)

    def logout(self) -> None:
        """Revoke this device's token. A token the service no longer accepts is already as
        good as revoked, so an authentication failure is not an error here."""
        try:
            self._send("POST", "/auth/logout")
        except AuthenticationFailed as error:
            _log.info("logout: token was already unusable (%s)", error.code)

    def verify_password(self, password: str, one_time_code: str | None = None) -> None:
        """Whether ``password`` is the signed-in user's (unlocking after the idle lock).
        Raises AuthenticationFailed with code invalid_credentials when it is wrong (another
        code: the session itself is over), TooManyAttempts when throttled and
        ServiceUnreachable when there is no answer. An account with a second factor sends
        ``one_time_code`` too (second_factor_required without it, invalid_one_time_code
        when it is wrong or used)."""
        check = PasswordCheck(password=password, one_time_code=one_time_code)
        body = check.model_dump(mode="json", exclude_none=True)
        self._send("POST", VERIFY_PASSWORD_PATH.removeprefix(API_PREFIX), json=body)

    def me(self) -> MeResponse:
        return parse(self._send("GET", "/me"), MeResponse)

    def changes(self, cursor: int, limit: int = MAX_PAGE, wait: float = 0.0) -> ChangesResponse:
        """A page of the change feed after ``cursor``; with ``wait`` > 0 the service holds
        the request until there is a change or ``wait`` seconds passed (long-poll)."""
        return parse_changes_body(self.changes_body(cursor, limit, wait))

    def changes_body(self, cursor: int, limit: int = MAX_PAGE, wait: float = 0.0) -> bytes:
        """changes() unparsed: the page's JSON (a big one is parsed by bulk_pull's helper
        process). A failed request raises as changes() does."""
        timeout = httpx.Timeout(self._timeout, read=self._timeout + max(wait, 0.0))
        params = {"cursor": cursor, "limit": limit, "wait": wait}
        return self._send("GET", "/changes", params=params, timeout=timeout).content

    def push(self, ops: list[Operation]) -> OperationsResponse:
        """Send a batch of operations; the service answers each (applied/conflict/rejected)."""
        body = OperationsRequest(operations=ops)
        response = self._send("POST", "/operations", json=body.model_dump(mode="json"))
        answer = parse(response, OperationsResponse)
        sent = {op.op_id for op in ops}
        if any(result.op_id not in sent for result in answer.results):
            raise ProtocolError("the service answered operations we did not send")
        return answer

    def fetch_attachment(self, case_id: str, sha256: str) -> bytes:
        """The bytes of an attachment of ``case_id``, verified against ``sha256``: raises
        AttachmentMismatch when they are something else (and returns nothing of them)."""
        if not _SHA256.match(sha256):
            raise ValueError("not a sha256 content address")
        path = ATTACHMENT_PATH.removeprefix(API_PREFIX).format(sha256=sha256)
        timeout = httpx.Timeout(self._timeout, read=max(self._timeout, 60.0))
        response = self._send("GET", path, params={"case_id": case_id}, timeout=timeout)
        data = response.content
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ProtocolError("the attachment is larger than any the service accepts")
        if hashlib.sha256(data).hexdigest() != sha256:
            raise AttachmentMismatch(
                f"attachment {sha256[:12]}…: the bytes received do not match its sha256"
            )
        return data

    def reveal_identity(self, case_id: str, reason: str) -> ReporterIdentityOut:
        """The reporter of ``case_id``; the service records the reveal with ``reason``."""
        body = IdentityRevealIn(reason=reason).model_dump(mode="json")
        return parse(
            self._send("POST", f"/cases/{case_id}/identity", json=body), ReporterIdentityOut
        )

    def case_audit(self, case_id: str) -> CaseAuditResponse:
        """The audit trail of ``case_id`` its department may see (copies, reveals,
        declarations), oldest first."""
        path = AUDIT_PATH.removeprefix(API_PREFIX).format(case_id=case_id)
        return parse(self._send("GET", path), CaseAuditResponse)

    def yearly_report(
        self,
        fmt: str,
        *,
        year: int | None = None,
        start: date | None = None,
        end: date | None = None,
        language: str = "nl",
    ) -> bytes:
        """The yearly report's file (``fmt``: pdf, csv, xlsx or json) of a calendar
        ``year`` or of ``start``..``end``; a manager's holds their department only."""
        params: dict[str, Any] = {"format": fmt, "lang": language}
        if year is not None:
            params["year"] = year
        if start is not None and end is not None:
            params["from"], params["to"] = start.isoformat(), end.isoformat()
        timeout = httpx.Timeout(self._timeout, read=max(self._timeout, 60.0))
        return self._send("GET", "/reports/yearly", params=params, timeout=timeout).content

    # --- plumbing -------------------------------------------------------------------

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        timeout: httpx.Timeout | None = None,
        content: bytes | Iterator[bytes] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """The answer whatever its status; ServiceUnreachable when there is none."""
        try:
            return self._http.request(
                method,
                path,
                json=json,
                params=params,
                content=content,
                headers={**self._auth(), **(headers or {})},
                timeout=timeout if timeout is not None else self._timeout,
            )
        except httpx.TransportError as error:
            raise ServiceUnreachable(
                f"cannot reach the service at {self.base_url}: {type(error).__name__}",
                request_sent=not isinstance(error, NOT_SENT),
            ) from error

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> httpx.Response:
        response = self._request(method, path, json=json, params=params, timeout=timeout)
        if response.is_success:
            return response
        if response.is_server_error:
            self._transport.retire(response)
        raise error_of(response)
