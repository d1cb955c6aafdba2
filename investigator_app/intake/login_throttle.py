"""Counting failed password checks, in the database (``login_throttles``) so that every copy
of the service counts the same failures.

What a stranger's guesses may cost the owner is the point. A stranger is counted per
account *and source address* together, per address (over all accounts) and per account
(over all addresses), each with a growing delay after some free failures: no password is
checked for a key before its ``blocked_until``, and each further failure doubles the wait
(up to a ceiling). One address guessing an account thus slows itself down long before the
account itself is slowed for other addresses. A known device (a bearer token of the
account, or a login presenting one) is counted only by its own key: nobody without that
token can slow it down.

An attempt is counted *before* its password is checked, under the rows' locks, so that
guesses sent in parallel cannot all pass a check made before any was recorded; a right
password (or a check that never ran) takes its count back.

Keys and the audit trail hold keyed hashes (HMAC-SHA256 under a key derived from the
service's notes key, which never enters the database) rather than what was typed: a
password typed into the username field must not be kept, and an unkeyed hash of it could
be reversed from a dictionary by anyone who reads the tables.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from investigator_app.intake.models import LoginThrottle

AUDIT_TAG_CHARS = 16  # 64 bits: tells names apart in the trail, keeps no more than that


@dataclass(frozen=True)
class ThrottleRule:
    """``free`` failures are answered at once; from then on each failure makes the key
    wait ``first_delay``, doubled per further failure, at most ``max_delay``."""

    free: int
    first_delay: timedelta = timedelta(seconds=1)
    max_delay: timedelta = timedelta(minutes=5)

    def delay_after(self, failures: int) -> timedelta | None:
        if failures < self.free:
            return None
        doublings = min(failures - self.free, 30)  # 2**30 s is past any ceiling
        delay: timedelta = self.first_delay * (1 << doublings)
        return min(delay, self.max_delay)


def _default_checks() -> int:
    # Argon2 uses 4 lanes and 64 MB a check: more at once than cores only adds memory.
    return max(2, min(8, os.cpu_count() or 2))


@dataclass(frozen=True)
class LoginLimits:
    """How hard guessing is made, and how many password checks one copy runs at once."""

    device: ThrottleRule = ThrottleRule(free=5)  # a known device (and the idle lock)
    pair: ThrottleRule = ThrottleRule(free=5)  # one account from one address
    address: ThrottleRule = ThrottleRule(free=30, max_delay=timedelta(minutes=15))
    account: ThrottleRule = ThrottleRule(free=50, max_delay=timedelta(minutes=15))
    quiet_reset: timedelta = timedelta(minutes=15)  # no failure this long: counts start over
    concurrent_checks: int = field(default_factory=_default_checks)
    reserved_checks: int = 1  # of those, kept for known devices
    checks_per_address: int = 2  # in progress or waiting, from one source address
    check_wait: float = 0.5  # seconds a check may wait for a free slot before "busy"
    purge_interval: timedelta = timedelta(minutes=1)  # rows of finished counts go

    def __post_init__(self) -> None:
        if not 0 <= self.reserved_checks < self.concurrent_checks:
            raise ValueError("reserved_checks must leave strangers at least one check")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> LoginLimits:
        """INTAKE_LOGIN_CONCURRENT_CHECKS (password checks at once per copy), else defaults."""
        env = os.environ if env is None else env
        value = env.get("INTAKE_LOGIN_CONCURRENT_CHECKS")
        return cls(concurrent_checks=int(value)) if value else cls()


def name_key(notes_key: bytes) -> bytes:
    """The key of login tags, derived from the notes key (kept out of the database; every
    copy has it) so that no second secret has to be deployed."""
    return hmac.new(notes_key, b"investigator-intake login tags v1", hashlib.sha256).digest()


def tag(key: bytes, scope: str, value: str, chars: int = 64) -> str:
    """A keyed hash of ``value`` in ``scope``: equal values give equal tags (failures of
    one name can be told apart and counted), and without the key no dictionary finds the
    value back."""
    digest = hmac.new(key, f"{scope}\x00{value}".encode(), hashlib.sha256).hexdigest()
    return digest[:chars]


@dataclass(frozen=True)
class Counted:
    """The keys an attempt is counted under, and the rule of each. ``clear`` keys go on a
    right password (the device or address that proved it); the others only get their
    count back, so a stranger's guesses are not forgotten by the owner's login."""

    rules: Mapping[str, ThrottleRule]
    clear: frozenset[str] = frozenset()

    @property
    def keys(self) -> list[str]:
        return sorted(self.rules)  # one lock order for every transaction: no deadlocks


def for_device(key: bytes, token_id: str, limits: LoginLimits) -> Counted:
    device = tag(key, "device", token_id)
    return Counted({device: limits.device}, frozenset({device}))


def for_stranger(key: bytes, username: str, address: str, limits: LoginLimits) -> Counted:
    pair = tag(key, "pair", f"{username}\x00{address}")
    rules = {
        pair: limits.pair,
        tag(key, "address", address): limits.address,
        tag(key, "account", username): limits.account,
    }
    return Counted(rules, frozenset({pair}))


def _lock(session: Session, keys: Iterable[str]) -> dict[str, LoginThrottle]:
    """Each key's row, created if missing and locked (an upsert locks on PostgreSQL; a
    write transaction on SQLite holds the database)."""
    rows: dict[str, LoginThrottle] = {}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    for key in keys:
        statement = insert(LoginThrottle).values(key=key, failures=0)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=[LoginThrottle.key], set_={"failures": LoginThrottle.failures}
            )
        )
        rows[key] = session.scalars(
            select(LoginThrottle)
            .where(LoginThrottle.key == key)
            .execution_options(populate_existing=True)
        ).one()
    return rows


def _quiet_since(row: LoginThrottle) -> datetime | None:
    # A wait counts as busy time: otherwise a wait as long as ``quiet_reset`` would hand
    # out the free failures again at its end.
    return row.blocked_until or row.last_failure_at


def admit(session: Session, counted: Counted, now: datetime, limits: LoginLimits) -> float | None:
    """Count an attempt as a failure before its check; None when it may go on, else the
    seconds until the longest wait of its keys ends (then nothing is counted)."""
    rows = _lock(session, counted.keys)
    waits = [row.blocked_until for row in rows.values() if row.blocked_until is not None]
    until = max(waits, default=None)
    if until is not None and until > now:
        return max(1.0, math.ceil((until - now).total_seconds()))
    for key, row in rows.items():
        quiet_since = _quiet_since(row)
        if quiet_since is None or now - quiet_since > limits.quiet_reset:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        delay = counted.rules[key].delay_after(row.failures)
        row.blocked_until = now + delay if delay is not None else None
    return None


def take_back(session: Session, counted: Counted, *, proved: bool) -> None:
    """Undo an attempt's count: its check never ran, or (``proved``) the password was right,
    when the ``clear`` keys are forgotten altogether."""
    rows = session.scalars(
        select(LoginThrottle)
        .where(LoginThrottle.key.in_(counted.keys))
        .order_by(LoginThrottle.key)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    for row in rows:
        if proved and row.key in counted.clear:
            session.delete(row)
            continue
        row.failures = max(0, row.failures - 1)
        if counted.rules[row.key].delay_after(row.failures) is None:
            # Ours set the wait, or too few failures are left to wait for: a guess that
            # came in between gets one try earlier, which is all this costs.
            row.blocked_until = None


def purge(session: Session, now: datetime, limits: LoginLimits) -> int:
    """Remove the rows whose count would start over anyway (quiet for ``quiet_reset``;
    most of them names that do not exist). Rows locked right now wait for the next purge."""
    cutoff = now - limits.quiet_reset
    stale = (
        select(LoginThrottle.key)
        .where(
            LoginThrottle.last_failure_at < cutoff,
            LoginThrottle.blocked_until.is_(None) | (LoginThrottle.blocked_until < cutoff),
        )
        .limit(5000)
    )
    if session.get_bind().dialect.name == "postgresql":
        stale = stale.with_for_update(skip_locked=True)
    result = session.execute(
        delete(LoginThrottle)
        .where(LoginThrottle.key.in_(stale.scalar_subquery()))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
