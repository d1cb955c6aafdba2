"""Logging in: an Argon2 check under the throttling of ``login_throttle.py`` and the
per-copy cap of ``password_gate.py``, then a fresh device token; and the password check of
a signed-in user (unlocking the desktop), counted for that device only.

A login that presents a token this device had for the account (``previous_token``,
expired is fine) is a known device: a stranger's guesses do not slow it down. Everyone
else is counted per account and address (see ``login_throttle``).

The password check runs outside any transaction (Argon2 is slow on purpose and must not
hold SQLite's write lock). Unknown usernames and wrong passwords get the same answer and
cost the same check. The audit trail keeps a keyed hash of a failed username, never the
text: it may be a password typed into the wrong field.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.accounts import normalise_username, user_out
from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.login_throttle import (
    AUDIT_TAG_CHARS,
    Counted,
    LoginLimits,
    admit,
    for_device,
    for_stranger,
    purge,
    tag,
    take_back,
)
from investigator_app.intake.models import DeviceToken, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.password_gate import GateRefused, PasswordGate
from investigator_app.intake.passwords import hash_password, needs_rehash, verify_password
from investigator_app.intake.second_factor_sign_in import second_step
from investigator_app.intake.tokens import hash_token, issue_token
from investigator_app.protocol import ErrorCode, LoginRequest, LoginResponse, PasswordCheck

log = logging.getLogger("investigator_app.intake.login")

# Whoever fails a login: the typed name must not reach the trail's actor_name or a log line.
STRANGER = Actor(user_id=None, name="unauthenticated", role=None)


@dataclass(frozen=True)
class LoginPolicy:
    key: bytes = field(repr=False)  # of the keyed hashes (login_throttle.name_key)
    token_lifetime: timedelta = timedelta(days=30)
    limits: LoginLimits = field(default_factory=LoginLimits)


class LoginGuard:
    """What one copy of the service keeps for logins: its gate of password checks, and
    when it last purged finished throttle counts."""

    def __init__(self, limits: LoginLimits) -> None:
        self.gate = PasswordGate(
            limits.concurrent_checks,
            limits.reserved_checks,
            limits.checks_per_address,
            limits.check_wait,
        )
        self._purge_interval = limits.purge_interval.total_seconds()
        self._next_purge = 0.0
        self._lock = threading.Lock()

    def purge_if_due(self, db: Database, now: datetime, limits: LoginLimits) -> None:
        with self._lock:
            if time.monotonic() < self._next_purge:
                return
            self._next_purge = time.monotonic() + self._purge_interval
        with db.write() as session:  # its own transaction: it locks no row we then need
            purged = purge(session, now, limits)
        if purged:
            log.debug("purged %d finished login throttle counts", purged)


def _retry_in(seconds: float, message: str, status: int = 429) -> ServiceError:
    code = ErrorCode.TOO_MANY_ATTEMPTS if status == 429 else ErrorCode.SERVICE_BUSY
    return ServiceError(status, code, message, {"Retry-After": str(int(seconds))})


def _too_many_attempts(seconds: float) -> ServiceError:
    return _retry_in(
        seconds, f"Too many failed attempts; try again in {int(seconds)} seconds.", 429
    )


def _checked(
    db: Database,
    guard: LoginGuard,
    counted: Counted,
    address: str,
    known: bool,
    password_hash: str | None,
    password: str,
) -> bool:
    """Whether the password is right, checked in one of the gate's slots. A refused slot
    takes the attempt's count back (no password was looked at) and answers at once."""
    try:
        with guard.gate.slot(address, known=known):
            return verify_password(password_hash, password)
    except GateRefused as refused:
        with db.write() as session:
            take_back(session, counted, proved=False)
        raise _gate_refusal(refused) from None


def _gate_refusal(refused: GateRefused) -> ServiceError:
    if refused.reason == "address":
        message = "Too many password checks from this address; try again later."
        return _retry_in(refused.retry_after, message)
    return _retry_in(refused.retry_after, "The service is checking many passwords.", 503)


def room_for_a_check(guard: LoginGuard, address: str, *, known: bool) -> None:
    """Refuse before any database work (the API calls this on its event loop, before
    taking a thread) when the gate would: under a flood most attempts end here."""
    try:
        guard.gate.check_room(address, known=known)
    except GateRefused as refused:
        raise _gate_refusal(refused) from None


def _known_device(
    session: Session, user: User | None, token: str | None, now: datetime, policy: LoginPolicy
) -> str | None:
    """The id of ``token`` when it is one this account was given and not revoked, expired
    for less than a token's lifetime; else None (and no hint why)."""
    if not token or len(token) > 200:
        return None
    # Looked up whether or not the name exists: the same work either way.
    device = session.scalars(
        select(DeviceToken).where(
            DeviceToken.token_hash == hash_token(token),
            DeviceToken.revoked_at.is_(None),
            DeviceToken.expires_at > now - policy.token_lifetime,
        )
    ).one_or_none()
    if device is None or user is None or device.user_id != user.id:
        return None
    return device.id


def login(
    db: Database,
    request: LoginRequest,
    now: datetime,
    policy: LoginPolicy,
    guard: LoginGuard,
    address: str,
    cipher: NoteCipher,
) -> LoginResponse:
    username = normalise_username(request.username)
    limits = policy.limits
    guard.purge_if_due(db, now, limits)
    with db.write() as session:
        user = session.scalars(select(User).where(User.username == username)).one_or_none()
        device = _known_device(session, user, request.previous_token, now, policy)
        if device is None and request.previous_token is not None:
            # Let in as a known device by the API; a stranger's gate refuses now, before
            # anything is written.
            room_for_a_check(guard, address, known=False)
        counted = (
            for_device(policy.key, device, limits)
            if device is not None
            else for_stranger(policy.key, username, address, limits)
        )
        wait = admit(session, counted, now, limits)
        password_hash = user.password_hash if user is not None and user.active else None
        user_id = user.id if user is not None else None
    if wait is not None:
        raise _too_many_attempts(wait)

    known = device is not None
    if not _checked(db, guard, counted, address, known, password_hash, request.password):
        detail: dict[str, Any] = {
            "username_tag": tag(policy.key, "username", username, AUDIT_TAG_CHARS)
        }
        if user_id is not None:  # a name that exists is a name, not a mistyped password
            detail["user_id"] = user_id
        if device is not None:
            detail["token_id"] = device
        with db.write() as session:
            audit.record(session, STRANGER, "login.failed", now, detail=detail)
        raise ServiceError(
            401, ErrorCode.INVALID_CREDENTIALS, "The username or password is not correct."
        )
    assert user_id is not None, "only an account's hash verifies"
    # An account with a second factor sends its code too (second_factor_sign_in.py).
    stranger = Actor(None, STRANGER.name, None, token_id=device)
    passed = second_step(
        db, cipher, counted, user_id, request.one_time_code, now, actor=stranger, context="login"
    )

    with db.write() as session:
        take_back(session, counted, proved=True)
        user = session.get_one(User, user_id)
        if needs_rehash(user.password_hash):  # the argon2 parameters were raised since
            user.password_hash = hash_password(request.password)
        token, issued = issue_token(session, user, request.device_name, now, policy.token_lifetime)
        issued.sign_in_method = passed.method.value
        issued.enrolment_only = passed.enrolment_only
        actor = Actor(user.id, user.display_name, user.role, user.department_id, user.username)
        detail = {"token_id": issued.id, "device": issued.device_name}
        detail["sign_in_method"] = passed.method.value
        if passed.enrolment_only:
            detail["enrolment_only"] = True
        if device is not None:
            detail["known_device"] = device
        audit.record(session, actor, "login", now, detail=detail)
        return LoginResponse(
            token=token, expires_at=issued.expires_at, user=user_out(session, user)
        )


def check_password(
    db: Database,
    actor: Actor,
    request: PasswordCheck,
    now: datetime,
    policy: LoginPolicy,
    guard: LoginGuard,
    address: str,
    cipher: NoteCipher,
) -> None:
    """Whether ``request.password`` is the password of the token's own user (the desktop's
    idle lock). Failures slow down this device only, as a login's would: a stranger's
    guesses elsewhere never keep the signed-in user from unlocking, and a stolen token
    guesses no faster than a login could."""
    assert actor.user_id is not None and actor.token_id is not None, "a bearer token's actor"
    limits = policy.limits
    guard.purge_if_due(db, now, limits)
    counted = for_device(policy.key, actor.token_id, limits)
    with db.write() as session:
        user = session.get_one(User, actor.user_id)
        wait = admit(session, counted, now, limits)
        password_hash = user.password_hash if user.active else None
    if wait is not None:
        raise _too_many_attempts(wait)

    if not _checked(db, guard, counted, address, True, password_hash, request.password):
        with db.write() as session:
            audit.record(
                session, actor, "auth.unlock_failed", now, detail={"token_id": actor.token_id}
            )
        raise ServiceError(401, ErrorCode.INVALID_CREDENTIALS, "The password is not correct.")
    # Then the code of an account with a second factor (counted for this device too).
    second_step(
        db,
        cipher,
        counted,
        actor.user_id,
        request.one_time_code,
        now,
        actor=actor,
        context="unlock",
    )

    with db.write() as session:
        take_back(session, counted, proved=True)
