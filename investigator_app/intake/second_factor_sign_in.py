"""The second step of a sign-in or an unlock, after the password proved right: an account
with a second factor must send a code (TOTP or recovery code) that works once.

The attempt was counted by the login throttle before its password was checked
(``login_throttle.admit``). A wrong or reused code leaves that count standing: guessing
codes is slowed down exactly as guessing passwords is. A missing code takes the count
back (nothing was guessed; the desktop asks the code and sends both again), but never
clears it, or sending no code between guesses would wipe them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.login_throttle import Counted, take_back
from investigator_app.intake.models import User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.second_factor import (
    CodeUse,
    has_second_factor,
    recovery_codes_left,
    required_for,
    use_code,
)
from investigator_app.protocol import ErrorCode
from investigator_app.protocol_signin import SignInMethod


@dataclass(frozen=True)
class Passed:
    """How the sign-in passed: its method, and whether its token may only set up the
    second factor (a department that demands one, an account without one)."""

    method: SignInMethod
    enrolment_only: bool = False


def second_step(
    db: Database,
    cipher: NoteCipher,
    counted: Counted,
    user_id: str,
    typed: str | None,
    now: datetime,
    *,
    actor: Actor,
    context: str,
) -> Passed:
    """After a right password: ``Passed`` or a ServiceError(401) second_factor_required or
    invalid_one_time_code. ``actor`` is who the audit trail names on a failure (at a
    login: not the account, whose password a stranger may have); ``context`` says where
    ("login", "unlock")."""
    with db.read() as session:
        user = session.scalars(select(User).where(User.id == user_id)).one()
        if not has_second_factor(user):
            return Passed(SignInMethod.PASSWORD, enrolment_only=required_for(session, user))
    if typed is None or not typed.strip():
        with db.write() as session:
            take_back(session, counted, proved=False)
        raise ServiceError(
            401,
            ErrorCode.SECOND_FACTOR_REQUIRED,
            "This account signs in with a second factor: send its one-time code too.",
        )
    with db.write() as session:
        used = use_code(session, cipher, user_id, typed, now)
        detail: dict[str, object] = {"user_id": user_id, "context": context}
        if actor.token_id is not None:
            detail["token_id"] = actor.token_id
        if used is None:
            audit.record(session, actor, "auth.totp_failed", now, detail=detail)
        elif used is CodeUse.RECOVERY:
            detail["left"] = recovery_codes_left(session, user_id)
            audit.record(session, actor, "auth.recovery_code_used", now, detail=detail)
    if used is None:
        raise ServiceError(
            401,
            ErrorCode.INVALID_ONE_TIME_CODE,
            "The one-time code is not correct, or was used already.",
        )
    return Passed(SignInMethod.PASSWORD_TOTP)
