"""The calls of ApiClient for signing in with the organisation's account
(protocol_signin.py): which ways of signing in the service offers, and exchanging the
one-time code of a browser sign-in for a device token. A mixin: ApiClient brings the
connection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx

from investigator_app.protocol import API_PREFIX, LoginResponse
from investigator_app.protocol_signin import (
    AUTH_OPTIONS_PATH,
    OIDC_TOKEN_PATH,
    OidcTokenRequest,
    SignInOptions,
)
from investigator_app.sync.answers import error_of, parse

# What a service from before issue 16 (no such endpoint) offers: passwords only.
PASSWORDS_ONLY = SignInOptions(organisation=False, organisation_label="", local=True)


class SignInCalls:
    if TYPE_CHECKING:  # ApiClient defines them

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
        ) -> httpx.Response: ...

        def _send(
            self,
            method: str,
            path: str,
            *,
            json: Any = None,
            params: dict[str, Any] | None = None,
            timeout: httpx.Timeout | None = None,
        ) -> httpx.Response: ...

    def sign_in_options(self) -> SignInOptions:
        """How one can sign in at this service; passwords only from a service that does not
        know the question (404)."""
        response = self._request("GET", AUTH_OPTIONS_PATH.removeprefix(API_PREFIX))
        if response.status_code == 404:
            return PASSWORDS_ONLY
        if not response.is_success:
            raise error_of(response)
        return parse(response, SignInOptions)

    def exchange_sign_in_code(
        self, code: str, code_verifier: str, device_name: str = ""
    ) -> LoginResponse:
        """The device token for the one-time code of a browser sign-in, proven with the PKCE
        verifier of its challenge. AuthenticationFailed (invalid_sign_in) when the code is
        unknown, used, expired or not of this verifier."""
        body = OidcTokenRequest(code=code, code_verifier=code_verifier, device_name=device_name)
        path = OIDC_TOKEN_PATH.removeprefix(API_PREFIX)
        return parse(self._send("POST", path, json=body.model_dump(mode="json")), LoginResponse)
