"""HTTP: how one signs in here, and the sign-in through the organisation's identity
provider (issue 16; the flow is described in protocol_signin.py, its steps in
oidc_flow.py).

The browser only ever carries the provider's code (to our callback) and our one-time code
(to the desktop's loopback address); the device token is answered to the desktop's own
POST. The desktop's address must be a loopback one (RFC 8252 7.3): nothing else is ever
redirected to. Outcomes go to it as ``?code=`` or ``?error=<ErrorCode>`` with its state;
when there is no such address to go to, the service shows a page of its own.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from starlette.responses import RedirectResponse, Response

from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import DatabaseDep, NotesCipherDep, SettingsDep
from investigator_app.intake.oidc_client import OidcClient, ProviderUnreachable
from investigator_app.intake.oidc_flow import Outcome, Start, begin, exchange, finish, purge
from investigator_app.intake.oidc_pages import page
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.protocol import ErrorCode, LoginResponse
from investigator_app.protocol_signin import (
    LOOPBACK_REDIRECT_PATTERN,
    OIDC_CALLBACK_PATH,
    OidcTokenRequest,
    SignInOptions,
)

log = logging.getLogger("investigator_app.intake.oidc_api")

router = APIRouter(tags=["accounts"])

_LOOPBACK = re.compile(LOOPBACK_REDIRECT_PATTERN)
_STATE = re.compile(r"^[\x21-\x7e]{1,200}$")  # visible ASCII, as the desktop makes it
_CHALLENGE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # S256: base64url of 32 bytes
PURGE_INTERVAL = 300.0  # seconds between deletions of finished sign-ins, per copy
_NO_REFERRER = {"Referrer-Policy": "no-referrer"}


class _Purge:
    """When this copy last deleted finished sign-ins."""

    def __init__(self) -> None:
        self._next = 0.0
        self._lock = threading.Lock()

    def due(self) -> bool:
        with self._lock:
            if time.monotonic() < self._next:
                return False
            self._next = time.monotonic() + PURGE_INTERVAL
            return True


def _client(request: Request) -> OidcClient | None:
    client = getattr(request.app.state, "oidc_client", None)
    assert client is None or isinstance(client, OidcClient)
    return client


def _purge(request: Request) -> _Purge:
    state = request.app.state
    if getattr(state, "oidc_purge", None) is None:
        state.oidc_purge = _Purge()
    assert isinstance(state.oidc_purge, _Purge)
    return state.oidc_purge


ClientDep = Annotated[OidcClient | None, Depends(_client)]
PurgeDep = Annotated[_Purge, Depends(_purge)]


@router.get(
    "/auth/options",
    response_model=SignInOptions,
    summary="How one can sign in here",
    description="Whether an identity provider is configured (and its name for the button).",
)
def get_options(settings: SettingsDep) -> SignInOptions:
    oidc = settings.oidc
    return SignInOptions(
        organisation=oidc is not None, organisation_label=oidc.label if oidc else "", local=True
    )


@router.get(
    "/auth/oidc/start",
    include_in_schema=False,  # a browser's address, not the API's (docs/sign-in.md)
    response_class=Response,
    status_code=302,
    summary="Start signing in with the organisation's account (opened in the browser)",
    description=(
        "Query: `redirect_uri` (the desktop's loopback address, "
        "`http://127.0.0.1:<port>/<path>`; nothing else is accepted), `state`, "
        "`code_challenge` (S256 of the desktop's PKCE verifier), "
        "`code_challenge_method=S256`, `device_name`. Redirects the browser to the identity "
        "provider; problems go to `redirect_uri` as `?error=<code>&state=...` "
        "(sign_in_not_configured, invalid_request, service_busy), or show a page when "
        "`redirect_uri` or `state` is not usable."
    ),
)
def get_start(
    request: Request, db: DatabaseDep, settings: SettingsDep, client: ClientDep, purger: PurgeDep
) -> Response:
    query = request.query_params
    redirect_uri, state = query.get("redirect_uri", ""), query.get("state", "")
    if not _LOOPBACK.match(redirect_uri) or not _port_ok(redirect_uri) or not _STATE.match(state):
        return page("invalid_redirect")
    if client is None:
        return _to_desktop(Outcome(redirect_uri, state, error=ErrorCode.SIGN_IN_NOT_CONFIGURED))
    challenge, method = query.get("code_challenge", ""), query.get("code_challenge_method", "")
    device_name = " ".join(
        "".join(c for c in query.get("device_name", "") if c.isprintable()).split()
    )
    if not _CHALLENGE.match(challenge) or method != "S256" or len(device_name) > 200:
        return _to_desktop(Outcome(redirect_uri, state, error=ErrorCode.INVALID_REQUEST))
    now = utcnow()
    if purger.due():
        with db.write() as session:
            purge(session, now)
    start = Start(redirect_uri, state, challenge, device_name)
    try:
        address = begin(db, client, start, _callback(settings.public_url), now)
    except ProviderUnreachable as error:
        log.warning("the identity provider could not be reached to start (%s)", error)
        return _to_desktop(Outcome(redirect_uri, state, error=ErrorCode.SERVICE_BUSY))
    return RedirectResponse(address, status_code=302, headers=_NO_REFERRER)


@router.get(
    "/auth/oidc/callback",
    include_in_schema=False,  # the provider's redirect target, not the API's
    response_class=Response,
    status_code=302,
    summary="The identity provider's answer (the redirect URI registered with it)",
    description=(
        "Takes the provider's `code` (or `error`) for the sign-in of `state`, validates its "
        "ID token, maps the claims to an account and redirects the browser to the desktop's "
        "loopback address with a one-time `code` (2 minutes, once) or an `error` "
        "(provider_refused, invalid_id_token, unknown_organisation, no_role, unknown_user, "
        "account_disabled, invalid_sign_in, service_busy). An unknown or finished sign-in "
        "shows a page."
    ),
)
def get_callback(
    request: Request,
    db: DatabaseDep,
    settings: SettingsDep,
    client: ClientDep,
    cipher: NotesCipherDep,
) -> Response:
    query = request.query_params
    state = query.get("state", "")
    if client is None:
        return page("not_configured")
    if not state or len(state) > 200:
        return page("unknown_sign_in")
    error = query.get("error")
    outcome = finish(
        db,
        client,
        cipher,
        state=state,
        code=query.get("code"),
        provider_error=None if error is None else _oauth_code(error),
        callback=_callback(settings.public_url),
        now=utcnow(),
    )
    if outcome is None:
        return page("unknown_sign_in")
    return _to_desktop(outcome)


@router.post(
    "/auth/oidc/token",
    response_model=LoginResponse,
    responses=error_answers(401),
    summary="Exchange the one-time code for a device token",
    description=(
        "The one-time `code` the desktop received at its loopback address and the PKCE "
        "`code_verifier` of the challenge it started with give a new device token (as "
        "POST /auth/login does). A code works once, for 2 minutes: 401 invalid_sign_in for "
        "an unknown, used or expired code or a verifier that does not match (the code is "
        "used up by that attempt)."
    ),
)
def post_token(
    body: OidcTokenRequest, db: DatabaseDep, settings: SettingsDep, cipher: NotesCipherDep
) -> LoginResponse:
    return exchange(db, cipher, body, settings.token_lifetime, utcnow())


def _callback(public_url: str | None) -> str:
    from investigator_app.intake.app import DEFAULT_PUBLIC_URL

    return (public_url or DEFAULT_PUBLIC_URL).rstrip("/") + OIDC_CALLBACK_PATH


def _port_ok(redirect_uri: str) -> bool:
    port = int(redirect_uri.split(":")[2].split("/")[0])
    return 1 <= port <= 65535


def _oauth_code(error: str) -> str:
    """A provider's error code as the audit trail keeps it (its own characters only)."""
    return "".join(c for c in error if c.isalnum() or c == "_")[:64] or "unknown"


def _to_desktop(outcome: Outcome) -> Response:
    query: dict[str, str] = {}
    if outcome.code is not None:
        query["code"] = outcome.code
    else:
        query["error"] = (outcome.error or ErrorCode.INVALID_SIGN_IN).value
    query["state"] = outcome.client_state
    address = f"{outcome.redirect_uri}?{urlencode(query)}"
    return RedirectResponse(address, status_code=302, headers=_NO_REFERRER)
