"""Logging in: argon2 check, per-username throttling, a fresh device token; and the
password check of a signed-in user (unlocking the desktop), under the same throttling.

The password check runs outside any transaction (argon2 is slow on purpose and must not
hold SQLite's write lock). Unknown usernames and wrong passwords get the same answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.accounts import normalise_username, user_out
from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.models import LoginThrottle, User
from investigator_app.intake.passwords import hash_password, needs_rehash, verify_password
from investigator_app.intake.tokens import issue_token
from investigator_app.intake.upsert import insert_if_missing
from investigator_app.protocol import ErrorCode, LoginRequest, LoginResponse, PasswordCheck

log = logging.getLogger("investigator_app.intake.login")

FAILURE_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class LoginPolicy:
    token_lifetime: timedelta = timedelta(days=30)
    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=1)


def _count_attempt(session: Session, username: str, now: datetime, policy: LoginPolicy) -> bool:
    """Count a password attempt as a failure *before* the (slow) check, under the throttle
    row's lock; False when the name is locked (then nothing is counted or checked).

    Counting first means parallel guesses cannot all pass a check made before any of them
    was recorded: at most ``max_failures`` passwords are ever checked per lock period. A
    right password clears the count again (``_clear_attempts``)."""
    # Rows of names that stopped failing (often names that do not exist) are no longer
    # needed once their window and lock are over: keep the table small.
    session.execute(
        delete(LoginThrottle).where(
            LoginThrottle.username != username,
            or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until <= now),
            or_(
                LoginThrottle.first_failure_at.is_(None),
                LoginThrottle.first_failure_at < now - FAILURE_WINDOW,
            ),
        )
    )
    insert_if_missing(session, LoginThrottle, {"username": username, "failures": 0})
    row = session.scalars(
        select(LoginThrottle).where(LoginThrottle.username == username).with_for_update()
    ).one()
    if row.locked_until is not None and row.locked_until > now:
        return False
    if row.first_failure_at is None or now - row.first_failure_at > FAILURE_WINDOW:
        row.failures, row.first_failure_at = 0, now
    row.failures += 1
    if row.failures >= policy.max_failures:
        # Locked: further attempts are refused without looking at the password.
        row.locked_until = now + policy.lockout
        row.failures, row.first_failure_at = 0, None
    return True


def _clear_attempts(session: Session, username: str) -> None:
    session.execute(delete(LoginThrottle).where(LoginThrottle.username == username))


def _too_many_attempts(policy: LoginPolicy) -> ServiceError:
    return ServiceError(
        429,
        ErrorCode.TOO_MANY_ATTEMPTS,
        "Too many failed attempts for this account; try again in a minute.",
        {"Retry-After": str(int(policy.lockout.total_seconds()))},
    )


def login(db: Database, request: LoginRequest, now: datetime, policy: LoginPolicy) -> LoginResponse:
    username = normalise_username(request.username)
    with db.write() as session:
        if not _count_attempt(session, username, now, policy):
            raise _too_many_attempts(policy)
        user = session.scalars(select(User).where(User.username == username)).one_or_none()
        password_hash = user.password_hash if user is not None and user.active else None

    if not verify_password(password_hash, request.password) or user is None:
        with db.write() as session:
            anonymous = Actor(user_id=None, name=username, role=None)
            audit.record(session, anonymous, "login.failed", now, detail={"username": username})
        raise ServiceError(
            401, ErrorCode.INVALID_CREDENTIALS, "The username or password is not correct."
        )

    with db.write() as session:
        _clear_attempts(session, username)
        user = session.get_one(User, user.id)
        if needs_rehash(user.password_hash):  # the argon2 parameters were raised since
            user.password_hash = hash_password(request.password)
        token, device = issue_token(session, user, request.device_name, now, policy.token_lifetime)
        actor = Actor(user.id, user.display_name, user.role, user.department_id, user.username)
        audit.record(
            session,
            actor,
            "login",
            now,
            detail={"token_id": device.id, "device": device.device_name},
        )
        return LoginResponse(
            token=token, expires_at=device.expires_at, user=user_out(session, user)
        )


def check_password(
    db: Database, actor: Actor, request: PasswordCheck, now: datetime, policy: LoginPolicy
) -> None:
    """Whether ``request.password`` is the password of the token's own user (the desktop's
    idle lock). Failures count towards the same lock as failed logins of that username, so
    a stolen unlocked token cannot be used to guess the password faster than a login can."""
    assert actor.user_id is not None, "a bearer token always belongs to a user"
    with db.write() as session:
        user = session.get_one(User, actor.user_id)
        username = user.username
        if not _count_attempt(session, username, now, policy):
            raise _too_many_attempts(policy)
        password_hash = user.password_hash if user.active else None

    if not verify_password(password_hash, request.password):
        with db.write() as session:
            audit.record(
                session, actor, "auth.unlock_failed", now, detail={"token_id": actor.token_id}
            )
        raise ServiceError(401, ErrorCode.INVALID_CREDENTIALS, "The password is not correct.")

    with db.write() as session:
        _clear_attempts(session, username)
