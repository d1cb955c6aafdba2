"""Failures of talking to the intake service, each with a clear English message for logs.

The GUI maps the kinds to Dutch text; none of the messages carries case content. Each
pickles with its fields (``__reduce__``): a big sync's helper process (bulk_pull.py) hands
its failure to the app as it was raised.
"""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base of everything the API client raises."""

    kind = "error"


class ServiceUnreachable(SyncError):  # noqa: N818 (names agreed with the GUI)
    """No answer: connection refused or reset, timeout, DNS or TLS failure. Retry later.

    ``request_sent`` is False only when the request certainly never left (no connection
    could be made): then nothing in it can have been applied.
    """

    kind = "unreachable"

    def __init__(self, message: str = "", *, request_sent: bool = True) -> None:
        super().__init__(message)
        self.request_sent = request_sent

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unreachable, (str(self), self.request_sent))


class AuthenticationFailed(SyncError):  # noqa: N818
    """401: wrong credentials at login, or the device token is missing, unknown, expired or
    revoked (``code`` says which, as an ErrorCode value)."""

    kind = "authentication"

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or f"authentication failed ({code})")
        self.code = code

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.code, str(self)))


class TooManyAttempts(SyncError):  # noqa: N818
    """429: too many failed logins; wait ``retry_after`` seconds (when the service says)."""

    kind = "too_many_attempts"

    def __init__(self, message: str = "", retry_after: float | None = None) -> None:
        super().__init__(message or "too many attempts")
        self.retry_after = retry_after

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.retry_after))


class ServiceError(SyncError):
    """Any other non-2xx answer."""

    kind = "service"

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"service answered {status} ({code}): {message}")
        self.status = status
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status, self.code, self.message))


class ProtocolError(SyncError):
    """An answer that does not match the wire protocol (wrong server or version)."""

    kind = "protocol"


class AttachmentMismatch(ProtocolError):  # noqa: N818
    """The bytes received are not the attachment asked for (their sha256 differs); nothing
    of them is kept."""

    kind = "attachment_mismatch"


def _unreachable(message: str, request_sent: bool) -> ServiceUnreachable:
    return ServiceUnreachable(message, request_sent=request_sent)
