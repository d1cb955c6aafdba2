"""Sign-in beyond passwords (issue 16): the organisation's identity provider (OpenID
Connect, the service being the client) and the recovery codes of a second factor.

Tables only; the rules are in ``oidc*.py`` and ``totp.py`` of the service."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.intake.db import Base, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH, new_id


class OidcSignIn(Base):
    """One sign-in through the identity provider, from the desktop's start to its one-time
    code exchange. In the database, not in a copy's memory: the provider may send the
    browser back to another copy of the service than the one it left from.

    ``id`` is the sha256 of the ``state`` sent to the provider (the state itself is never
    stored). When the provider's answer is accepted, ``user_id`` and ``code_hash`` (the
    sha256 of the one-time code handed to the desktop's loopback address) are set; the
    desktop exchanges that code once, with the PKCE verifier of ``code_challenge``, before
    ``expires_at``. A refused sign-in keeps its error code for the desktop."""

    __tablename__ = "oidc_sign_ins"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    nonce: Mapped[str] = mapped_column(String(128))
    provider_code_verifier: Mapped[str] = mapped_column(String(128))  # our PKCE at the provider
    redirect_uri: Mapped[str] = mapped_column(String(300))  # the desktop's loopback address
    client_state: Mapped[str] = mapped_column(String(200))  # the desktop's own state
    code_challenge: Mapped[str] = mapped_column(String(128))  # the desktop's PKCE (S256)
    device_name: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    error: Mapped[str | None] = mapped_column(String(64))  # protocol.ErrorCode of a refusal
    # The provider's refresh token of an accepted sign-in, sealed with the notes cipher
    # until the code exchange moves it to the device token.
    provider_refresh_sealed: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RecoveryCode(Base):
    """A single-use recovery code of a local account's second factor; only its sha256 is
    stored. New codes replace all earlier ones of the user."""

    __tablename__ = "recovery_codes"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
