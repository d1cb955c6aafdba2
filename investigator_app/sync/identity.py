"""Revealing a case's reporter: online only, with a reason the service audits. The answer
is for the running session; nothing here writes it anywhere."""

from __future__ import annotations

import httpx
from pydantic import ValidationError

from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_audit import IdentityRevealIn, ReporterIdentityOut
from investigator_app.sync.api import default_tls_context, normalise_base_url
from investigator_app.sync.errors import ProtocolError, ServiceError, ServiceUnreachable


class IdentityNotFoundError(ServiceError):
    """404: the case is not (or no longer) the department's."""


def reveal_identity(
    server_url: str, token: str | None, case_id: str, reason: str, *, timeout: float = 15.0
) -> ReporterIdentityOut:
    """The reporter of ``case_id``; the service records the reveal with ``reason``.

    Raises ServiceUnreachable when offline, IdentityNotFoundError on 404, ServiceError otherwise.
    """
    body = IdentityRevealIn(reason=reason).model_dump(mode="json")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        with httpx.Client(
            base_url=normalise_base_url(server_url) + API_PREFIX,
            headers=headers,
            timeout=timeout,
            verify=default_tls_context(),
        ) as http:
            response = http.post(f"/cases/{case_id}/identity", json=body)
    except httpx.TransportError as error:
        raise ServiceUnreachable(f"cannot reach the service: {type(error).__name__}") from error
    if response.status_code == 404:
        raise IdentityNotFoundError(404, "not_found", "the case was not found")
    if not response.is_success:
        raise ServiceError(response.status_code, "unknown", response.reason_phrase)
    try:
        return ReporterIdentityOut.model_validate_json(response.content)
    except ValidationError:
        raise ProtocolError("the answer is not a valid ReporterIdentityOut") from None
