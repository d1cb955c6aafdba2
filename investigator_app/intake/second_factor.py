"""A local account's second factor (issue 16): setting TOTP up and confirming it, using a
code once (TOTP or recovery code), new recovery codes, what ``/me`` says about it, a
department's demand for it and the administrator's reset.

Accounts of the organisation's identity provider (``users.oidc_subject`` set) have none
here: the provider does its own. The checks at sign-in and unlock are in
``second_factor_sign_in.py``; the HTTP endpoints in ``second_factor_api.py``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.accounts import revoke_user_tokens, user_by_username
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import department_by_code
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.models import Department, DeviceToken, RecoveryCode, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.totp import (
    looks_like_totp,
    matching_step,
    new_recovery_code,
    new_secret,
    normalise_code,
    open_secret,
    otpauth_uri,
    recovery_hash,
    seal_secret,
)
from investigator_app.protocol import ErrorCode, SecondFactorOut
from investigator_app.protocol_signin import (
    RECOVERY_CODE_COUNT,
    RecoveryCodes,
    SignInMethod,
    TotpEnrolment,
)


class CodeUse(StrEnum):
    TOTP = "totp"
    RECOVERY = "recovery"


def is_local(user: User) -> bool:
    return user.oidc_subject is None


def has_second_factor(user: User) -> bool:
    """TOTP set up and confirmed (a secret alone is an enrolment not finished)."""
    return user.totp_confirmed_at is not None and user.totp_secret_sealed is not None


def required_for(session: Session, user: User) -> bool:
    """The user's department demands a second factor of its local accounts."""
    if not is_local(user) or user.department_id is None:
        return False
    demanded = session.scalar(
        select(Department.require_second_factor).where(Department.id == user.department_id)
    )
    return bool(demanded)


def recovery_codes_left(session: Session, user_id: str) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(RecoveryCode)
        .where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
    )
    return int(count or 0)


def second_factor_out(session: Session, user: User) -> SecondFactorOut | None:
    """``MeResponse.second_factor``; None for an account of the identity provider."""
    if not is_local(user):
        return None
    enrolled = has_second_factor(user)
    return SecondFactorOut(
        required=required_for(session, user),
        enrolled=enrolled,
        recovery_codes_left=recovery_codes_left(session, user.id) if enrolled else 0,
    )


def sign_in_method_of(session: Session, token_id: str | None) -> str:
    if token_id is None:
        return SignInMethod.PASSWORD.value
    method = session.scalar(select(DeviceToken.sign_in_method).where(DeviceToken.id == token_id))
    return method or SignInMethod.PASSWORD.value


def _locked_user(session: Session, user_id: str) -> User:
    """The user's row, locked against a parallel use of the same code."""
    user = session.get(User, user_id, with_for_update=True, populate_existing=True)
    assert user is not None, "an actor's or a checked login's account"
    return user


def use_code(
    session: Session,
    cipher: NoteCipher,
    user_id: str,
    typed: str,
    now: datetime,
    *,
    recovery: bool = True,
) -> CodeUse | None:
    """Spend ``typed``: a TOTP code of a step later than the last one accepted, or (with
    ``recovery``) an unused recovery code. None when it is neither: wrong, reused, or the
    account has no second factor."""
    user = _locked_user(session, user_id)
    if not has_second_factor(user):
        return None
    code = normalise_code(typed)
    if looks_like_totp(code):
        assert user.totp_secret_sealed is not None
        secret = open_secret(cipher, user.id, user.totp_secret_sealed)
        step = matching_step(secret, code, now, user.totp_last_step)
        if step is None:
            return None
        user.totp_last_step = step
        return CodeUse.TOTP
    if not recovery or not code:
        return None
    spent = session.execute(
        update(RecoveryCode)
        .where(
            RecoveryCode.user_id == user.id,
            RecoveryCode.code_hash == recovery_hash(code),
            RecoveryCode.used_at.is_(None),
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    return CodeUse.RECOVERY if getattr(spent, "rowcount", 0) == 1 else None


def _actor_user(session: Session, actor: Actor) -> User:
    if actor.user_id is None:
        raise ServiceError(403, ErrorCode.FORBIDDEN_ROLE, "Only a signed-in account has this.")
    user = _locked_user(session, actor.user_id)
    if not is_local(user):
        raise ServiceError(
            403,
            ErrorCode.FORBIDDEN_ROLE,
            "An account of the organisation's identity provider uses the provider's own "
            "second factor.",
        )
    return user


def start_enrolment(
    session: Session, cipher: NoteCipher, actor: Actor, now: datetime
) -> TotpEnrolment:
    """A new secret for the actor, not active until confirmed (it replaces an unconfirmed
    one). An account that has a second factor keeps it: the administrator resets it
    first (a stolen device token must not be able to swap it)."""
    user = _actor_user(session, actor)
    if has_second_factor(user):
        raise ServiceError(
            409,
            ErrorCode.INVALID_REQUEST,
            "This account has a second factor already; the administrator can reset it "
            "(investigator-intake user reset-second-factor).",
        )
    secret = new_secret()
    user.totp_secret_sealed = seal_secret(cipher, user.id, secret)
    user.totp_confirmed_at = None
    user.totp_last_step = None
    return TotpEnrolment(secret=secret, otpauth_uri=otpauth_uri(secret, user.username))


def _new_recovery_codes(session: Session, user_id: str, now: datetime) -> RecoveryCodes:
    """Fresh recovery codes; every earlier one of the user stops working."""
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    codes = [new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    session.add_all(
        RecoveryCode(user_id=user_id, code_hash=recovery_hash(code), created_at=now)
        for code in codes
    )
    return RecoveryCodes(codes=codes)


def confirm_enrolment(
    session: Session, cipher: NoteCipher, actor: Actor, typed: str, now: datetime
) -> RecoveryCodes | None:
    """Activate the pending secret with a code of it; its recovery codes (None: the code
    is wrong). The request's own token then counts as signed in with both factors: it
    proved the password at sign-in and the new factor now (an enrolment-only token
    becomes a full one)."""
    user = _actor_user(session, actor)
    if has_second_factor(user) or user.totp_secret_sealed is None:
        raise ServiceError(
            409, ErrorCode.INVALID_REQUEST, "Start setting up the second factor first."
        )
    code = normalise_code(typed)
    secret = open_secret(cipher, user.id, user.totp_secret_sealed)
    step = matching_step(secret, code, now, None)
    if step is None:
        return None
    user.totp_confirmed_at = now
    user.totp_last_step = step
    codes = _new_recovery_codes(session, user.id, now)
    if actor.token_id is not None:
        session.execute(
            update(DeviceToken)
            .where(DeviceToken.id == actor.token_id)
            .values(enrolment_only=False, sign_in_method=SignInMethod.PASSWORD_TOTP.value)
            .execution_options(synchronize_session=False)
        )
    audit.record(
        session,
        actor,
        "auth.totp_enrolled",
        now,
        detail={"user_id": user.id, "token_id": actor.token_id},
    )
    return codes


def renew_recovery_codes(
    session: Session, cipher: NoteCipher, actor: Actor, typed: str, now: datetime
) -> RecoveryCodes | None:
    """New recovery codes, proven with a current TOTP code (not a recovery code: that
    would turn one lost code into ten). None: the code is wrong or reused."""
    user = _actor_user(session, actor)
    if not has_second_factor(user):
        raise ServiceError(
            409, ErrorCode.INVALID_REQUEST, "This account has no second factor to renew codes of."
        )
    if use_code(session, cipher, user.id, typed, now, recovery=False) is None:
        return None
    codes = _new_recovery_codes(session, user.id, now)
    audit.record(session, actor, "auth.recovery_codes_renewed", now, detail={"user_id": user.id})
    return codes


def _tokens_of_members_without_one(department_id: int) -> ColumnElement[bool]:
    members = select(User.id).where(
        User.department_id == department_id,
        User.oidc_subject.is_(None),
        User.totp_confirmed_at.is_(None),
    )
    return DeviceToken.user_id.in_(members.scalar_subquery())


def set_require_second_factor(
    session: Session, actor: Actor, code: str, required: bool, now: datetime
) -> tuple[Department, int]:
    """Whether the department demands a second factor of its local accounts; with the
    demand, the live tokens of members without one are revoked (how many is returned):
    their next sign-in gives a token with which they can only set it up."""
    department = department_by_code(session, code.strip().upper())
    if department is None:
        raise ServiceError(422, ErrorCode.UNKNOWN_DEPARTMENT, f"There is no department {code!r}.")
    department.require_second_factor = required
    revoked = 0
    if required:
        result = session.execute(
            update(DeviceToken)
            .where(
                _tokens_of_members_without_one(department.id),
                DeviceToken.revoked_at.is_(None),
                DeviceToken.expires_at > now,
            )
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )
        revoked = int(getattr(result, "rowcount", 0) or 0)
    audit.record(
        session,
        actor,
        "department.edit",
        now,
        detail={
            "department": department.code,
            "require_second_factor": required,
            "revoked": revoked,
        },
    )
    return department, revoked


def reset_second_factor(session: Session, actor: Actor, username: str, now: datetime) -> bool:
    """The administrator's reset (a lost phone): the account's TOTP and recovery codes go,
    and so do its device tokens (the next sign-in is with the password, and in a
    department that demands it, sets a new one up). Whether it had one."""
    user = user_by_username(session, username)
    if user is None:
        raise ServiceError(404, ErrorCode.NOT_FOUND, f"There is no account {username!r}.")
    had = has_second_factor(user)
    user.totp_secret_sealed = None
    user.totp_confirmed_at = None
    user.totp_last_step = None
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    revoked = revoke_user_tokens(session, user.id, now)
    audit.record(
        session,
        actor,
        "auth.totp_reset",
        now,
        detail={"user_id": user.id, "had_second_factor": had, "revoked": revoked},
    )
    return had
