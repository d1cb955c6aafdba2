"""From the provider's claims to one of our accounts (issue 16).

An account of the provider is found by (issuer, subject), never by name: a local account
called like the provider's user is not theirs. The organisation claim gives the department
(``OidcSettings.organisations``), the role claim the role (``OidcSettings.roles``); both
follow the claims at every sign-in, and a changed department ends the user's other devices
(their copies hold the old department's cases). An unknown subject becomes an account when
the settings say so. A user an administrator disabled here stays refused.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.vocabulary import Role
from investigator_app.intake import audit
from investigator_app.intake.accounts import create_user, revoke_user_tokens, user_by_username
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import department_by_code
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.models import Department, User
from investigator_app.intake.oidc_config import OidcSettings
from investigator_app.protocol import ErrorCode

# When the role claim maps to several roles, the first of these wins.
ROLE_PRECEDENCE = (Role.MANAGER, Role.INVESTIGATOR, Role.COORDINATOR)
PROVIDER = Actor(user_id=None, name="identity provider", role=None)
_USERNAME_CHARS = re.compile(r"[^a-z0-9._@-]+")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,149}$")
MAX_AUDITED_VALUE = 64


class SignInRefused(Exception):  # noqa: N818 (reads as what happened)
    """A sign-in the service refuses: the error code for the desktop and the audit
    trail's detail (codes and ids only)."""

    def __init__(self, code: ErrorCode, reason: str, detail: Mapping[str, Any] | None = None):
        super().__init__(f"sign-in refused: {code.value} ({reason})")
        self.code = code
        self.reason = reason
        self.detail = dict(detail or {})


@dataclass(frozen=True)
class MappedClaims:
    subject: str
    role: Role
    department: str | None  # a department code; None for a coordinator
    display_name: str
    usernames: tuple[str, ...] = field(default=())  # what the username could be, in order


def map_claims(settings: OidcSettings, claims: Mapping[str, Any]) -> MappedClaims:
    """The role and department the claims give; SignInRefused (no_role or
    unknown_organisation) when they give none."""
    subject = str(claims["sub"])
    values = _values(claims.get(settings.role_claim))
    roles = {settings.roles[value] for value in values if value in settings.roles}
    if not roles:
        raise SignInRefused(
            ErrorCode.NO_ROLE,
            "no_role",
            {"subject": subject, "role_values": _audited(claims.get(settings.role_claim))},
        )
    role = next(r for r in ROLE_PRECEDENCE if r in roles)
    department = None
    if role is not Role.COORDINATOR:
        organisations = _values(claims.get(settings.organisation_claim))
        known = settings.organisations
        departments = {known[code] for code in organisations if code in known}
        if len(departments) != 1:  # none, or several: one person works for one department
            raise SignInRefused(
                ErrorCode.UNKNOWN_ORGANISATION,
                "unknown_organisation" if not departments else "several_departments",
                {"subject": subject, "organisations": _audited(organisations)},
            )
        department = departments.pop()
    return MappedClaims(
        subject=subject,
        role=role,
        department=department,
        display_name=display_name_of(claims),
        usernames=tuple(
            str(claims[name])
            for name in ("preferred_username", "email", "upn")
            if isinstance(claims.get(name), str)
        ),
    )


def account_for(
    session: Session, settings: OidcSettings, mapped: MappedClaims, now: datetime
) -> User:
    """The account of ``mapped`` (made when unknown and the settings allow it), with its
    role, department and name as the claims say now. SignInRefused otherwise."""
    department = _department(session, mapped)
    user = session.scalars(
        select(User)
        .where(User.oidc_issuer == settings.issuer, User.oidc_subject == mapped.subject)
        .with_for_update()
    ).one_or_none()
    if user is None:
        if not settings.create_users:
            raise SignInRefused(ErrorCode.UNKNOWN_USER, "unknown_user", {"subject": mapped.subject})
        return _create(session, settings, mapped, department, now)
    if not user.active:
        raise SignInRefused(ErrorCode.ACCOUNT_DISABLED, "account_disabled", {"user_id": user.id})
    _follow_claims(session, user, mapped, department, now)
    return user


def link_account(
    session: Session, actor: Actor, username: str, issuer: str, subject: str, now: datetime
) -> User:
    """Let an existing account sign in through the provider as ``subject`` (an
    administrator's choice): its password stops working and its devices sign in again."""
    user = user_by_username(session, username)
    if user is None:
        raise ServiceError(404, ErrorCode.NOT_FOUND, f"There is no account {username!r}.")
    subject = subject.strip()
    if not 0 < len(subject) <= 255:
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "A subject has 1-255 characters.")
    taken = session.scalars(
        select(User.id).where(User.oidc_issuer == issuer, User.oidc_subject == subject)
    ).first()
    if taken is not None and taken != user.id:
        raise ServiceError(
            409, ErrorCode.INVALID_REQUEST, "Another account has this subject already."
        )
    user.oidc_issuer, user.oidc_subject, user.password_hash = issuer, subject, ""
    revoked = revoke_user_tokens(session, user.id, now)
    audit.record(
        session,
        actor,
        "user.link_oidc",
        now,
        detail={"user_id": user.id, "subject": subject, "revoked": revoked},
    )
    return user


def _department(session: Session, mapped: MappedClaims) -> Department | None:
    if mapped.department is None:
        return None
    department = department_by_code(session, mapped.department)
    if department is None:  # the settings name a department the service does not have
        raise SignInRefused(
            ErrorCode.UNKNOWN_ORGANISATION,
            "department_missing",
            {"subject": mapped.subject, "department": mapped.department},
        )
    return department


def _create(
    session: Session,
    settings: OidcSettings,
    mapped: MappedClaims,
    department: Department | None,
    now: datetime,
) -> User:
    user = create_user(
        session,
        PROVIDER,
        username=_free_username(session, settings, mapped),
        display_name=mapped.display_name,
        role=mapped.role,
        department_code=department.code if department is not None else None,
        password_hash="",  # a password never signs this account in
        now=now,
    )
    user.oidc_issuer, user.oidc_subject = settings.issuer, mapped.subject
    audit.record(
        session,
        PROVIDER,
        "auth.oidc_account_created",
        now,
        detail={"user_id": user.id, "subject": mapped.subject},
    )
    return user


def _follow_claims(
    session: Session, user: User, mapped: MappedClaims, department: Department | None, now: datetime
) -> None:
    new_department = department.id if department is not None else None
    changes: dict[str, Any] = {}
    if user.role != mapped.role:
        changes["role"] = [user.role.value, mapped.role.value]
        user.role = mapped.role
    if user.department_id != new_department:
        old = session.get(Department, user.department_id) if user.department_id else None
        changes["department"] = [old.code if old else None, mapped.department]
        user.department_id = new_department
        # The user's other devices hold the old department's cases: they sign in again.
        changes["revoked"] = revoke_user_tokens(session, user.id, now)
    if user.display_name != mapped.display_name:
        user.display_name = mapped.display_name
        changes["display_name"] = True
    if changes:
        actor = Actor(user.id, user.display_name, user.role, user.department_id, user.username)
        audit.record(
            session, actor, "auth.oidc_account_changed", now, detail={"user_id": user.id, **changes}
        )


def display_name_of(claims: Mapping[str, Any]) -> str:
    """``name``, else given and family name, else a username-like claim, else the subject."""
    given, family = claims.get("given_name"), claims.get("family_name")
    candidates: Iterable[object] = (
        claims.get("name"),
        " ".join(p for p in (given, family) if isinstance(p, str) and p.strip()),
        claims.get("preferred_username"),
        claims.get("email"),
        claims.get("sub"),
    )
    for candidate in candidates:
        if isinstance(candidate, str) and (text := _printable(candidate)):
            return text[:200]
    return "?"


def _free_username(session: Session, settings: OidcSettings, mapped: MappedClaims) -> str:
    """A readable username no account has (a label only: the account is found by its
    subject). A taken one gets a suffix of the subject's hash."""
    digest = hashlib.sha256(f"{settings.issuer}|{mapped.subject}".encode()).hexdigest()
    for raw in mapped.usernames:
        name = _USERNAME_CHARS.sub(".", raw.strip().lower()).strip("._-@")[:140]
        if not _USERNAME.match(name):
            continue
        for candidate in (name, f"{name}-{digest[:6]}"):
            if _username_free(session, candidate):
                return candidate
    return f"oidc-{digest[:16]}"


def _username_free(session: Session, username: str) -> bool:
    return session.scalars(select(User.id).where(User.username == username)).first() is None


def _values(claim: object) -> list[str]:
    """A claim's values: a string, or the strings of a list."""
    if isinstance(claim, str):
        return [claim]
    if isinstance(claim, list):
        return [value for value in claim if isinstance(value, str)]
    return []


def _audited(claim: object) -> list[str]:
    """A claim's values as the audit trail keeps them: a few, each short."""
    values = claim if isinstance(claim, list) else _values(claim)
    return [_printable(str(value))[:MAX_AUDITED_VALUE] for value in values[:10]]


def _printable(text: str) -> str:
    cleaned = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    return " ".join(cleaned.split())
