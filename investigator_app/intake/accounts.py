"""Departments and accounts: creating, changing and describing them (CLI, demo, API)."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from investigator_app.domain.vocabulary import DEPARTMENT_ROLES, Role
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import department_by_code
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.models import Department, DeviceToken, User
from investigator_app.intake.passwords import hash_password
from investigator_app.intake.reports import department_out
from investigator_app.protocol import ErrorCode, PersonOut, UserOut

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,149}$")
MIN_PASSWORD_LENGTH = 4  # the demo uses "demo"; real accounts get long ones from the CLI


def normalise_username(username: str) -> str:
    return username.strip().lower()


def create_department(
    session: Session,
    actor: Actor,
    code: str,
    name: str,
    now: datetime,
    *,
    ack_days: int = 7,
    feedback_months: int = 3,
    policy_domain: str = "",
) -> Department:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, "A department code is 1-32 letters, digits, - or _."
        )
    if not name.strip():
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "A department needs a name.")
    if not (1 <= ack_days <= 365 and 1 <= feedback_months <= 36):
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "The deadline periods are out of range.")
    if department_by_code(session, code) is not None:
        raise ServiceError(409, ErrorCode.INVALID_REQUEST, f"Department {code} already exists.")
    department = Department(
        code=code,
        name=name.strip(),
        ack_days=ack_days,
        feedback_months=feedback_months,
        policy_domain=checked_policy_domain(policy_domain),
        feed_seq=0,
        created_at=now,
    )
    session.add(department)
    session.flush()
    audit.record(session, actor, "department.create", now, detail={"department": code})
    return department


MAX_POLICY_DOMAIN_LENGTH = 100


def checked_policy_domain(text: str) -> str:
    """A policy domain (beleidsdomein) is one line of at most 100 characters ("" unset)."""
    text = " ".join(text.split())
    if len(text) > MAX_POLICY_DOMAIN_LENGTH or any(ord(c) < 32 for c in text):
        raise ServiceError(
            422,
            ErrorCode.INVALID_REQUEST,
            f"A policy domain is one line of at most {MAX_POLICY_DOMAIN_LENGTH} characters.",
        )
    return text


def set_policy_domain(
    session: Session, actor: Actor, code: str, policy_domain: str, now: datetime
) -> Department:
    department = department_by_code(session, code.strip().upper())
    if department is None:
        raise ServiceError(422, ErrorCode.UNKNOWN_DEPARTMENT, f"There is no department {code!r}.")
    department.policy_domain = checked_policy_domain(policy_domain)
    audit.record(
        session,
        actor,
        "department.edit",
        now,
        detail={"department": department.code, "policy_domain": department.policy_domain},
    )
    return department


def create_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: Role,
    department_code: str | None,
    password: str | None = None,
    password_hash: str | None = None,
    now: datetime,
) -> User:
    """Create an account; pass ``password_hash`` to reuse a hash (demo seeding)."""
    username = normalise_username(username)
    if not _USERNAME.match(username):
        raise ServiceError(
            422,
            ErrorCode.INVALID_REQUEST,
            "A username is lower-case letters, digits and . _ @ -, at most 150 characters.",
        )
    if not display_name.strip():
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "An account needs a display name.")
    department = None
    if department_code:
        department = department_by_code(session, department_code.strip().upper())
        if department is None:
            raise ServiceError(
                422, ErrorCode.UNKNOWN_DEPARTMENT, f"There is no department {department_code!r}."
            )
    if role is Role.COORDINATOR and department is not None:
        raise ServiceError(
            422,
            ErrorCode.INVALID_REQUEST,
            "A coordinator reads the figures of all departments and belongs to none.",
        )
    if role in DEPARTMENT_ROLES and department is None:
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, f"An account with role {role} needs a department."
        )
    if session.scalars(select(User).where(User.username == username)).first() is not None:
        raise ServiceError(409, ErrorCode.INVALID_REQUEST, f"Username {username} is taken.")
    if password_hash is None:
        password_hash = hash_password(_checked_password(password))
    user = User(
        username=username,
        display_name=display_name.strip(),
        role=role,
        department_id=department.id if department is not None else None,
        password_hash=password_hash,
        active=True,
        created_at=now,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        "user.create",
        now,
        detail={
            "user_id": user.id,
            "username": username,
            "role": role,
            "department": department_code,
        },
    )
    return user


def revoke_user_tokens(session: Session, user_id: str, now: datetime) -> int:
    """Revoke every live device token of a user; returns how many."""
    result = session.execute(
        update(DeviceToken)
        .where(DeviceToken.user_id == user_id, DeviceToken.revoked_at.is_(None))
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _checked_password(password: str | None) -> str:
    if password is None or len(password) < MIN_PASSWORD_LENGTH:
        raise ServiceError(
            422,
            ErrorCode.INVALID_REQUEST,
            f"A password needs at least {MIN_PASSWORD_LENGTH} characters.",
        )
    if len(password) > 1024:
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, "A password has at most 1024 characters."
        )
    return password


def user_by_username(session: Session, username: str) -> User | None:
    return session.scalars(
        select(User).where(User.username == normalise_username(username))
    ).one_or_none()


def reset_password(
    session: Session, actor: Actor, username: str, password: str, now: datetime
) -> User:
    user = user_by_username(session, username)
    if user is None:
        raise ServiceError(404, ErrorCode.NOT_FOUND, f"There is no account {username!r}.")
    user.password_hash = hash_password(_checked_password(password))
    # A reset password may mean a stolen one: every device signs in again.
    revoked = revoke_user_tokens(session, user.id, now)
    audit.record(
        session, actor, "user.reset_password", now, detail={"user_id": user.id, "revoked": revoked}
    )
    return user


def set_active(session: Session, actor: Actor, username: str, active: bool, now: datetime) -> User:
    user = user_by_username(session, username)
    if user is None:
        raise ServiceError(404, ErrorCode.NOT_FOUND, f"There is no account {username!r}.")
    user.active = active
    action = "user.activate" if active else "user.deactivate"
    audit.record(session, actor, action, now, detail={"user_id": user.id})
    return user


def list_users(session: Session) -> list[tuple[User, str | None]]:
    query = (
        select(User, Department.code)
        .outerjoin(Department, Department.id == User.department_id)
        .order_by(User.username)
    )
    return [(user, code) for user, code in session.execute(query)]


def user_out(session: Session, user: User) -> UserOut:
    department = session.get(Department, user.department_id) if user.department_id else None
    return UserOut(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        department=department_out(department) if department is not None else None,
    )


def department_members(session: Session, department_id: int | None) -> list[PersonOut]:
    """The active investigators and managers of a department (whom a case can go to)."""
    if department_id is None:
        return []
    query = (
        select(User)
        .where(
            User.department_id == department_id,
            User.active.is_(True),
            User.role.in_([role.value for role in DEPARTMENT_ROLES]),
        )
        .order_by(User.display_name)
    )
    return [
        PersonOut(id=user.id, display_name=user.display_name, role=user.role)
        for user in session.scalars(query)
    ]
