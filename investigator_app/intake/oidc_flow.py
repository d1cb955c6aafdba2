"""A sign-in through the organisation's identity provider, from the desktop's start to the
device token (issue 16; the steps are in protocol_signin.py).

Each step keeps its state in ``oidc_sign_ins``, so any copy of the service can take the
next one. Calls to the provider happen outside every transaction. The row is claimed
(``completed_at``) before the provider's code is exchanged: a callback replayed or sent
twice does nothing. The one-time code for the desktop and the provider's ``state`` are
kept as sha256 only; the provider's refresh token sealed with the notes cipher.
"""

from __future__ import annotations

import base64
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.accounts import user_out
from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.models import DeviceToken, OidcSignIn, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.oidc_accounts import (
    PROVIDER,
    SignInRefused,
    account_for,
    map_claims,
)
from investigator_app.intake.oidc_client import OidcClient, ProviderRefused, ProviderUnreachable
from investigator_app.intake.oidc_tokens import IdTokenRefused, validate_id_token
from investigator_app.intake.tokens import hash_token, issue_token
from investigator_app.protocol import ErrorCode, LoginResponse
from investigator_app.protocol_signin import (
    ONE_TIME_CODE_SECONDS,
    OidcTokenRequest,
    SignInMethod,
    s256_challenge,
)

log = logging.getLogger("investigator_app.intake.oidc_flow")

STRANGER = Actor(user_id=None, name="unauthenticated", role=None)
KEEP_FINISHED = timedelta(hours=1)  # a finished or expired sign-in's row, then deleted


def seal_refresh(cipher: NoteCipher, token: str, context: str) -> str:
    return base64.b64encode(cipher.seal(token, context.encode())).decode("ascii")


def open_refresh(cipher: NoteCipher, sealed: str, context: str) -> str:
    return cipher.open(base64.b64decode(sealed), context.encode())


def sign_in_context(sign_in_id: str) -> str:
    return f"oidc_sign_in:{sign_in_id}"


def device_context(token_id: str) -> str:
    return f"device_token:{token_id}"


@dataclass(frozen=True)
class Start:
    """The desktop's start, checked by the API."""

    redirect_uri: str
    client_state: str
    code_challenge: str
    device_name: str


@dataclass(frozen=True)
class Outcome:
    """Where the browser goes after the provider's answer: the desktop's loopback address
    with ``code`` or ``error``."""

    redirect_uri: str
    client_state: str
    code: str | None = None
    error: ErrorCode | None = None


def begin(db: Database, client: OidcClient, start: Start, callback: str, now: datetime) -> str:
    """Record the sign-in and return the provider's authorization address to send the
    browser to. ProviderUnreachable before anything is written."""
    state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    verifier = secrets.token_urlsafe(64)
    address = client.authorization_url(
        state=state, nonce=nonce, code_challenge=s256_challenge(verifier), redirect_uri=callback
    )
    with db.write() as session:
        session.add(
            OidcSignIn(
                id=hash_token(state),
                created_at=now,
                expires_at=now + client.settings.sign_in_lifetime,
                nonce=nonce,
                provider_code_verifier=verifier,
                redirect_uri=start.redirect_uri,
                client_state=start.client_state,
                code_challenge=start.code_challenge,
                device_name=start.device_name,
            )
        )
    return address


def finish(
    db: Database,
    client: OidcClient,
    cipher: NoteCipher,
    *,
    state: str,
    code: str | None,
    provider_error: str | None,
    callback: str,
    now: datetime,
) -> Outcome | None:
    """Take the provider's answer to the sign-in of ``state``: None when there is no such
    sign-in waiting (unknown, or answered already); else where to send the browser."""
    claimed = _claim(db, hash_token(state), now)
    if claimed is None:
        return None
    row, expired = claimed
    outcome = Outcome(row.redirect_uri, row.client_state)
    try:
        if expired:
            raise SignInRefused(ErrorCode.INVALID_SIGN_IN, "sign_in_expired")
        if provider_error is not None or not code:
            raise SignInRefused(
                ErrorCode.PROVIDER_REFUSED, "provider_refused", {"provider_error": provider_error}
            )
        claims, refresh_token = _provider_answer(client, code, row, callback)
        mapped = map_claims(client.settings, claims)
        one_time = secrets.token_urlsafe(32)
        with db.write() as session:
            user = account_for(session, client.settings, mapped, now)
            stored = session.get_one(OidcSignIn, row.id)
            stored.user_id = user.id
            stored.code_hash = hash_token(one_time)
            stored.expires_at = now + timedelta(seconds=ONE_TIME_CODE_SECONDS)
            if refresh_token is not None:
                stored.provider_refresh_sealed = seal_refresh(
                    cipher, refresh_token, sign_in_context(row.id)
                )
            audit.record(
                session,
                _actor(user),
                "auth.oidc_sign_in",
                now,
                detail={"user_id": user.id, "subject": mapped.subject, "sign_in": row.id[:16]},
            )
        return Outcome(row.redirect_uri, row.client_state, code=one_time)
    except SignInRefused as refused:
        _refuse(db, row.id, refused, now)
        return Outcome(outcome.redirect_uri, outcome.client_state, error=refused.code)


@dataclass(frozen=True)
class _Claimed:
    id: str
    nonce: str
    provider_code_verifier: str
    redirect_uri: str
    client_state: str


def _claim(db: Database, sign_in_id: str, now: datetime) -> tuple[_Claimed, bool] | None:
    with db.write() as session:
        row = session.get(OidcSignIn, sign_in_id, with_for_update=True)
        if row is None or row.completed_at is not None:
            return None
        row.completed_at = now
        claimed = _Claimed(
            row.id, row.nonce, row.provider_code_verifier, row.redirect_uri, row.client_state
        )
        return claimed, row.expires_at <= now


def _provider_answer(
    client: OidcClient, code: str, row: _Claimed, callback: str
) -> tuple[dict[str, Any], str | None]:
    """The validated ID token's claims and the refresh token of the provider's answer."""
    try:
        answer = client.exchange_code(code, row.provider_code_verifier, callback)
    except ProviderRefused as refused:
        raise SignInRefused(
            ErrorCode.PROVIDER_REFUSED, "code_refused", {"provider_error": refused.error}
        ) from None
    except ProviderUnreachable as error:
        log.warning("the identity provider could not be reached for a sign-in (%s)", error)
        raise SignInRefused(ErrorCode.SERVICE_BUSY, "provider_unreachable") from None
    if answer.id_token is None:
        raise SignInRefused(ErrorCode.INVALID_ID_TOKEN, "id_token_missing")
    try:
        claims = validate_id_token(client, answer.id_token, nonce=row.nonce)
    except IdTokenRefused as refused:
        raise SignInRefused(ErrorCode.INVALID_ID_TOKEN, refused.reason) from None
    except ProviderUnreachable as error:  # its keys could not be fetched
        log.warning("the identity provider's keys could not be fetched (%s)", error)
        raise SignInRefused(ErrorCode.SERVICE_BUSY, "provider_unreachable") from None
    return claims, answer.refresh_token


def _refuse(db: Database, sign_in_id: str, refused: SignInRefused, now: datetime) -> None:
    with db.write() as session:
        row = session.get(OidcSignIn, sign_in_id)
        if row is not None:
            row.error = refused.code.value
        audit.record(
            session,
            PROVIDER,
            "auth.oidc_refused",
            now,
            detail={"code": refused.code.value, "reason": refused.reason, **refused.detail},
        )


def _actor(user: User) -> Actor:
    return Actor(user.id, user.display_name, user.role, user.department_id, user.username)


def exchange(
    db: Database,
    cipher: NoteCipher,
    request: OidcTokenRequest,
    lifetime: timedelta,
    now: datetime,
) -> LoginResponse:
    """The device token for a one-time code and the PKCE verifier of the challenge the
    sign-in started with. A known code is used up by this attempt, right or wrong."""
    with db.write() as session:
        row = session.scalars(
            select(OidcSignIn)
            .where(OidcSignIn.code_hash == hash_token(request.code))
            .with_for_update()
        ).one_or_none()
        if row is None:  # a guessed code is not worth an audit event
            raise _invalid_sign_in()
        user = session.get_one(User, row.user_id)
        refusal = _refusal(row, user, request.code_verifier, now)
        if row.used_at is None:
            row.used_at = now
        if refusal is None:
            return _issue(session, cipher, row, user, request.device_name, lifetime, now)
        audit.record(
            session,
            STRANGER,
            "auth.oidc_refused",
            now,
            detail={
                "code": ErrorCode.INVALID_SIGN_IN.value,
                "reason": refusal,
                "user_id": user.id,
            },
        )
    raise _invalid_sign_in()


def _refusal(row: OidcSignIn, user: User, verifier: str, now: datetime) -> str | None:
    if row.used_at is not None:
        return "code_reused"
    if row.expires_at <= now:
        return "code_expired"
    if not hmac.compare_digest(s256_challenge(verifier), row.code_challenge):
        return "verifier_mismatch"
    if not user.active:  # disabled between the provider's answer and the exchange
        return "account_disabled"
    return None


def _invalid_sign_in() -> ServiceError:
    return ServiceError(
        401, ErrorCode.INVALID_SIGN_IN, "This sign-in is unknown, used or expired; sign in again."
    )


def _issue(
    session: Session,
    cipher: NoteCipher,
    row: OidcSignIn,
    user: User,
    device_name: str,
    lifetime: timedelta,
    now: datetime,
) -> LoginResponse:
    token, device = issue_token(session, user, device_name or row.device_name, now, lifetime)
    device.sign_in_method = SignInMethod.OIDC.value
    device.provider_checked_at = now
    if row.provider_refresh_sealed is not None:
        refresh = open_refresh(cipher, row.provider_refresh_sealed, sign_in_context(row.id))
        device.provider_refresh_sealed = seal_refresh(cipher, refresh, device_context(device.id))
        row.provider_refresh_sealed = None
    audit.record(
        session,
        _actor(user),
        "auth.oidc_device",
        now,
        detail={"token_id": device.id, "device": device.device_name, "user_id": user.id},
    )
    return LoginResponse(token=token, expires_at=device.expires_at, user=user_out(session, user))


def purge(session: Session, now: datetime) -> int:
    """Delete sign-ins that expired more than ``KEEP_FINISHED`` ago (answered or not)."""
    result = session.execute(
        delete(OidcSignIn)
        .where(OidcSignIn.expires_at < now - KEEP_FINISHED)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def device_refresh(cipher: NoteCipher, device: DeviceToken) -> str | None:
    """The provider's refresh token kept with a device token (None: none was given)."""
    if device.provider_refresh_sealed is None:
        return None
    return open_refresh(cipher, device.provider_refresh_sealed, device_context(device.id))
