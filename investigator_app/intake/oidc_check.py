"""Asking the provider again about a device token it signed in (issue 16).

A device token from the provider's sign-in carries when the provider last confirmed its
user (``provider_checked_at``). A request with such a token older than the configured
maximum age makes the service refresh at the provider with the refresh token it keeps
(sealed) for that device, and, with ``recheck_claims``, read the claims again (the
refreshed ID token, else userinfo):

- the provider confirms and the claims still map to the account's department and role:
  the token goes on, confirmed now;
- the provider refuses (the user was disabled, their tokens revoked), or the claims no
  longer map or map elsewhere: the device token is revoked (401 token_revoked, audited as
  ``auth.provider_refused``); signing in again goes through the provider, which decides;
- the provider cannot be reached: the token goes on until twice the maximum age since the
  last confirmation (a provider's short outage does not stop the department's work), after
  that the answer is 503 service_busy with Retry-After until it can be reached. The token
  is kept: the provider's word, not its absence, ends a session.

A token without a refresh token (the provider gave none: Entra ID without
``offline_access``) cannot be confirmed without the user: after the maximum age it is
refused with 401 token_expired, and the desktop signs in again through the browser.

Only the first request that finds a token due asks (a lock per token in each copy; across
copies the confirmation is written only over the confirmation it started from, and a
provider's refusal counts only if no other copy confirmed meanwhile).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update

from investigator_app.domain.vocabulary import Role
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database
from investigator_app.intake.errors import BEARER_CHALLENGE, ServiceError
from investigator_app.intake.models import Department, DeviceToken, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.oidc_accounts import PROVIDER, SignInRefused, map_claims
from investigator_app.intake.oidc_client import OidcClient, ProviderRefused, ProviderUnreachable
from investigator_app.intake.oidc_config import DEFAULT_MAX_AGE
from investigator_app.intake.oidc_flow import device_context, device_refresh, seal_refresh
from investigator_app.intake.oidc_tokens import IdTokenRefused, validate_id_token
from investigator_app.protocol import ErrorCode

log = logging.getLogger("investigator_app.intake.oidc_check")

RETRY_AFTER_SECONDS = 60


@dataclass(frozen=True)
class _Account:
    """What the provider's claims must still say about the token's user."""

    subject: str | None
    role: Role
    department: str | None


class ProviderCheck:
    """One copy's checks of provider-signed tokens. ``client`` None: no provider is
    configured (any more); such tokens then end at the default maximum age."""

    def __init__(self, db: Database, cipher: NoteCipher, client: OidcClient | None) -> None:
        self._db = db
        self._cipher = cipher
        self._client = client
        self._locks: dict[str, list[Any]] = {}  # token id → [lock, requests using it]
        self._guard = threading.Lock()

    def sign_out(self, token_id: str) -> bool:
        """See ``sign_out_at_provider``."""
        return sign_out_at_provider(self._db, self._cipher, self._client, token_id)

    def due(self, actor: Actor, now: datetime) -> bool:
        """Whether the token of ``actor`` must be confirmed before it is used (cheap)."""
        checked = actor.provider_checked_at
        return checked is not None and now - checked >= self._max_age()

    def confirm(self, actor: Actor, now: datetime) -> None:
        """Ask the provider about the token of ``actor`` (it is ``due``); ServiceError when
        the token may not be used now."""
        assert actor.token_id is not None and actor.provider_checked_at is not None
        with self._token_lock(actor.token_id):
            with self._db.read() as session:
                device = session.get(DeviceToken, actor.token_id)
                if device is None or device.revoked_at is not None:
                    raise _revoked()
                checked = device.provider_checked_at
                if checked is None or now - checked < self._max_age():
                    return  # confirmed by another request meanwhile
                user = session.get_one(User, device.user_id)
                department = (
                    session.get(Department, user.department_id) if user.department_id else None
                )
                account = _Account(
                    user.oidc_subject, user.role, department.code if department else None
                )
                refresh = device_refresh(self._cipher, device)
            if self._client is None or refresh is None:
                raise ServiceError(
                    401,
                    ErrorCode.TOKEN_EXPIRED,
                    "Sign in again with your organisation's account.",
                    BEARER_CHALLENGE,
                )
            try:
                new_refresh = self._ask(self._client, refresh, account)
            except ProviderUnreachable as error:
                self._unreachable(checked, now, error)
                return
            except (ProviderRefused, IdTokenRefused, SignInRefused) as refused:
                self._refused(actor, checked, _reason(refused), now)
                return
            self._confirmed(actor.token_id, checked, new_refresh, now)

    @staticmethod
    def _ask(client: OidcClient, refresh: str, account: _Account) -> str | None:
        """Refresh at the provider and hold the claims against the account; the new refresh
        token when the provider rotated it. Raises what refuses the token."""
        answer = client.refresh(refresh)
        claims: dict[str, Any] | None = None
        if client.settings.recheck_claims:
            if answer.id_token is not None:
                claims = validate_id_token(
                    client, answer.id_token, nonce=None, subject=account.subject
                )
            elif answer.access_token is not None and client.metadata().userinfo_endpoint:
                claims = client.userinfo(answer.access_token)
                if claims.get("sub") != account.subject:
                    raise IdTokenRefused("subject")
        if claims is not None:  # else the provider has no way to tell: its refresh counts
            mapped = map_claims(client.settings, claims)
            if mapped.role != account.role or mapped.department != account.department:
                raise SignInRefused(ErrorCode.UNKNOWN_ORGANISATION, "claims_changed")
        return answer.refresh_token

    def _confirmed(
        self, token_id: str, checked: datetime, new_refresh: str | None, now: datetime
    ) -> None:
        values: dict[str, Any] = {"provider_checked_at": now}
        if new_refresh is not None:
            values["provider_refresh_sealed"] = seal_refresh(
                self._cipher, new_refresh, device_context(token_id)
            )
        with self._db.write() as session:
            session.execute(
                update(DeviceToken)
                .where(DeviceToken.id == token_id, DeviceToken.provider_checked_at == checked)
                .values(**values)
                .execution_options(synchronize_session=False)
            )

    def _refused(self, actor: Actor, checked: datetime, reason: str, now: datetime) -> None:
        assert actor.token_id is not None
        with self._db.write() as session:
            device = session.get(DeviceToken, actor.token_id, with_for_update=True)
            assert device is not None
            if device.provider_checked_at != checked and device.revoked_at is None:
                return  # another copy was confirmed meanwhile (a rotated refresh token)
            if device.revoked_at is None:
                device.revoked_at = now
                audit.record(
                    session,
                    PROVIDER,
                    "auth.provider_refused",
                    now,
                    detail={"token_id": device.id, "user_id": device.user_id, "reason": reason},
                )
        raise _revoked()

    def _unreachable(self, checked: datetime, now: datetime, error: Exception) -> None:
        if now - checked < 2 * self._max_age():
            log.warning("the identity provider could not be reached (%s): grace", error)
            return
        log.warning("the identity provider could not be reached (%s): refused", error)
        raise ServiceError(
            503,
            ErrorCode.SERVICE_BUSY,
            "Your organisation's identity provider cannot be reached to confirm this "
            "sign-in; try again later.",
            {"Retry-After": str(RETRY_AFTER_SECONDS)},
        )

    def _max_age(self) -> timedelta:
        return self._client.settings.max_age if self._client is not None else DEFAULT_MAX_AGE

    @contextmanager
    def _token_lock(self, token_id: str) -> Iterator[None]:
        """One check of a token at a time in this copy; the others wait for its outcome."""
        with self._guard:
            entry = self._locks.setdefault(token_id, [threading.Lock(), 0])
            entry[1] += 1
        try:
            with entry[0]:
                yield
        finally:
            with self._guard:
                entry[1] -= 1
                if entry[1] == 0:
                    del self._locks[token_id]


def sign_out_at_provider(
    db: Database, cipher: NoteCipher, client: OidcClient | None, token_id: str
) -> bool:
    """After a device token was revoked here: forget the provider's refresh token kept for
    it and revoke that at the provider too when it offers revocation (best effort);
    whether the provider said yes."""
    with db.write() as session:
        device = session.get(DeviceToken, token_id, with_for_update=True)
        if device is None or device.revoked_at is None:
            return False
        refresh = device_refresh(cipher, device)
        device.provider_refresh_sealed = None
    if refresh is None or client is None:
        return False
    return client.revoke(refresh)


def _reason(refused: Exception) -> str:
    if isinstance(refused, ProviderRefused):
        return f"refresh_{refused.error}"
    if isinstance(refused, IdTokenRefused):
        return f"id_token_{refused.reason}"
    assert isinstance(refused, SignInRefused)
    return refused.reason


def _revoked() -> ServiceError:
    return ServiceError(
        401,
        ErrorCode.TOKEN_REVOKED,
        "Your organisation's identity provider no longer confirms this sign-in; sign in again.",
        BEARER_CHALLENGE,
    )
