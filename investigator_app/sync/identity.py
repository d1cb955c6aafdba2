"""Revealing a case's reporter: online only, with a reason the service audits. The answer
is for the running session; nothing here writes it anywhere."""

from __future__ import annotations

from investigator_app.protocol_audit import ReporterIdentityOut
from investigator_app.sync.api import ApiClient
from investigator_app.sync.errors import ServiceError


class IdentityNotFoundError(ServiceError):
    """404: the case is not (or no longer) the department's."""


def reveal_identity(
    server_url: str, token: str | None, case_id: str, reason: str, *, timeout: float = 15.0
) -> ReporterIdentityOut:
    """The reporter of ``case_id``; the service records the reveal with ``reason``.

    Raises ServiceUnreachable when offline, AuthenticationFailed when the session lapsed,
    IdentityNotFoundError on 404, ServiceError otherwise (as every ApiClient call does).
    """
    with ApiClient(server_url, token, timeout=timeout) as client:
        try:
            return client.reveal_identity(case_id, reason)
        except ServiceError as error:
            if error.status == 404:
                raise IdentityNotFoundError(error.status, error.code, error.message) from None
            raise
