"""Device tokens: random bearer secrets of which the service keeps only the sha256."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.errors import BEARER_CHALLENGE, ServiceError
from investigator_app.intake.models import Department, DeviceToken, User
from investigator_app.protocol import ErrorCode

LAST_USED_RESOLUTION = timedelta(minutes=1)  # fewer writes: last use to the minute is enough


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(
    session: Session, user: User, device_name: str, now: datetime, lifetime: timedelta
) -> tuple[str, DeviceToken]:
    token = secrets.token_urlsafe(32)
    row = DeviceToken(
        user_id=user.id,
        token_hash=hash_token(token),
        device_name=device_name,
        created_at=now,
        last_used_at=now,
        expires_at=now + lifetime,
    )
    session.add(row)
    session.flush()
    return token, row


def _refuse(code: ErrorCode, message: str) -> ServiceError:
    return ServiceError(401, code, message, BEARER_CHALLENGE)


class TokenCheck(NamedTuple):
    actor: Actor
    stale: bool  # its last use should be refreshed
    # The newest position of the actor's department's feed (0 without a department), read
    # in the same query: a feed request that is up to date needs no query of its own.
    feed_seq: int


def resolve_token(session: Session | Connection, token: str, now: datetime) -> TokenCheck:
    """The actor behind a bearer token, whether its last use should be refreshed, and their
    department's feed position.

    Raises ServiceError(401) with invalid_token, token_expired or token_revoked.
    """
    if not token or len(token) > 200:
        raise _refuse(ErrorCode.INVALID_TOKEN, "The access token is not valid.")
    row = session.execute(_TOKEN_QUERY, {"token_hash": hash_token(token)}).one_or_none()
    if row is None:
        raise _refuse(ErrorCode.INVALID_TOKEN, "The access token is not valid.")
    if row.revoked_at is not None:
        raise _refuse(ErrorCode.TOKEN_REVOKED, "This device has been signed out; log in again.")
    if not row.active:
        raise _refuse(ErrorCode.TOKEN_REVOKED, "This account has been disabled.")
    if row.expires_at <= now:
        raise _refuse(ErrorCode.TOKEN_EXPIRED, "The session has expired; log in again.")
    actor = Actor(
        user_id=row.user_id,
        name=row.display_name,
        role=row.role,
        department_id=row.department_id,
        username=row.username,
        token_id=row.token_id,
        enrolment_only=row.enrolment_only,
        provider_checked_at=row.provider_checked_at,
    )
    stale = row.last_used_at is None or now - row.last_used_at >= LAST_USED_RESOLUTION
    return TokenCheck(actor, stale, int(row.feed_seq or 0))


# Every request runs this: the columns it needs rather than whole ORM objects, built once
# (a third of the token check's CPU, measured with bench/service_load.py). A column the
# check or the Actor needs goes here.
_TOKEN_QUERY = (
    select(
        DeviceToken.id.label("token_id"),
        DeviceToken.revoked_at,
        DeviceToken.expires_at,
        DeviceToken.last_used_at,
        DeviceToken.enrolment_only,
        DeviceToken.provider_checked_at,
        User.id.label("user_id"),
        User.display_name,
        User.role,
        User.department_id,
        User.username,
        User.active,
        Department.feed_seq,
    )
    .join(User, User.id == DeviceToken.user_id)
    .outerjoin(Department, Department.id == User.department_id)
    .where(DeviceToken.token_hash == bindparam("token_hash"))
)


def touch_token(session: Session, token_id: str, now: datetime) -> None:
    session.execute(
        update(DeviceToken)
        .where(DeviceToken.id == token_id)
        .values(last_used_at=now)
        .execution_options(synchronize_session=False)
    )


def revoke_token(session: Session, actor: Actor, token_id: str, now: datetime, action: str) -> bool:
    """Revoke one device token; False when it does not exist or was revoked already."""
    device = session.get(DeviceToken, token_id, with_for_update=True)
    if device is None or device.revoked_at is not None:
        return False
    device.revoked_at = now
    audit.record(
        session,
        actor,
        action,
        now,
        detail={"token_id": device.id, "user_id": device.user_id, "device": device.device_name},
    )
    return True


def list_devices(session: Session, username: str | None = None) -> list[tuple[DeviceToken, str]]:
    query = (
        select(DeviceToken, User.username)
        .join(User, User.id == DeviceToken.user_id)
        .order_by(User.username, DeviceToken.created_at)
    )
    if username is not None:
        query = query.where(User.username == username.strip().lower())
    return [(device, name) for device, name in session.execute(query)]
