"""Who may sign in, and where they belong: the departments cases are forwarded to (with
their deadline periods and feed counter), the user accounts, the device tokens a login
hands out and the failed-login counts that throttle guessing. Tables only; the rules are in
``accounts.py``, ``tokens.py`` and ``login.py`` of the service."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.db import Base, EnumText, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH, new_id


class Department(Base):
    """A competent service cases are forwarded to, with its deadline periods and the
    counter that orders its change feed."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    ack_days: Mapped[int] = mapped_column(Integer, default=7)
    feedback_months: Mapped[int] = mapped_column(Integer, default=3)
    # The policy domain (beleidsdomein) the yearly report groups departments by; "" unset.
    policy_domain: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # Evidence (issue 12): the per-file limit (None: the service's INTAKE_MAX_PIECE_BYTES)
    # and the notice read at the start of an interview ("" none).
    max_piece_bytes: Mapped[int | None] = mapped_column(BigInteger)
    interview_notice: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Sign-in (issue 16): local accounts of this department must use a second factor (TOTP).
    require_second_factor: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Highest seq handed out in this department's feed; bumped with UPDATE so that the
    # row lock orders concurrent writers (seq order == commit order).
    feed_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "role NOT IN ('investigator', 'manager') OR department_id IS NOT NULL",
            name="department_member_has_department",
        ),
        UniqueConstraint("oidc_issuer", "oidc_subject", name="uq_users_oidc_identity"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(EnumText(Role))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Sign-in (issue 16). An account of the organisation's identity provider is found by
    # (issuer, subject); its password_hash is "" and a password never signs it in.
    oidc_issuer: Mapped[str | None] = mapped_column(String(500))
    oidc_subject: Mapped[str | None] = mapped_column(String(255))
    # TOTP (RFC 6238) of a local account: the secret sealed with the notes cipher, when it
    # was confirmed (None: not enrolled, or enrolment not finished), and the last time step
    # accepted (a code is used once).
    totp_secret_sealed: Mapped[str | None] = mapped_column(Text)
    totp_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)


class DeviceToken(Base):
    """A login on one device. Only the token's sha256 is stored."""

    __tablename__ = "device_tokens"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    device_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How the login was made (protocol_signin.SignInMethod): password, password_totp, oidc.
    sign_in_method: Mapped[str] = mapped_column(
        String(16), default="password", server_default="password"
    )
    # A token of a department that requires a second factor, handed to an account that has
    # none yet: it may only enrol (403 second_factor_enrolment_required elsewhere).
    enrolment_only: Mapped[bool] = mapped_column(default=False, server_default=false())
    # A token of the identity provider's user (oidc): the provider's refresh token sealed
    # with the notes cipher, and when the provider last confirmed the user. After the
    # configured maximum age the service asks the provider again; a user it disabled (the
    # refresh refused) loses this token.
    provider_refresh_sealed: Mapped[str | None] = mapped_column(Text)
    provider_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LoginThrottle(Base):
    """Recent failed password checks of one counted thing, kept in the database so that
    every copy of the service counts the same failures. ``key`` is a keyed hash
    (``login_throttle.tag``) of what is counted: an account name, a source address, the
    two together, or a known device; never the typed name or the address itself."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # No password is checked for this key before then (a growing delay, not a lock).
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
