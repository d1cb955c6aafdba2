"""The service's settings: one typed place, with defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal

from investigator_app.domain.evidence import DEFAULT_MAX_PIECE_BYTES, MAX_PIECE_BYTES_CEILING
from investigator_app.intake.login import LoginPolicy
from investigator_app.intake.login_throttle import LoginLimits, name_key
from investigator_app.intake.match_keys import MatchKey, service_key
from investigator_app.intake.note_cipher import NEW_KEY_HINT, NotesKeyError, parse_key
from investigator_app.intake.oidc_config import OidcSettings

DEFAULT_RETENTION_YEARS = 5

MailTransportKind = Literal["smtp", "folder", "off"]
SmtpSecurity = Literal["none", "starttls", "ssl"]


@dataclass(frozen=True)
class MailSettings:
    """How the relay sends mail, and how hard it tries.

    ``transport``: ``smtp`` (a mail server), ``folder`` (one .eml file per mail: demo and
    tests) or ``off`` (nothing is sent; messages wait in the outbox).
    """

    transport: MailTransportKind = "off"
    sender: str = "1700 Vlaanderen <no-reply@1700.example.org>"
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_security: SmtpSecurity = "none"
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_timeout: float = 15.0
    smtp_ca_file: Path | None = None  # a private CA for the mail server (else the system's)
    folder: Path | None = None
    max_attempts: int = 6
    retry_base_delay: timedelta = timedelta(seconds=30)  # doubled after every failure
    retry_max_delay: timedelta = timedelta(hours=2)
    poll_interval: float = 2.0  # seconds between looks at the outbox (woken sooner on commit)
    claim_lease: timedelta = timedelta(minutes=2)  # longer than one SMTP conversation

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> MailSettings:
        """INTAKE_SMTP_HOST (then smtp), or INTAKE_MAIL_FOLDER (then folder), else off."""
        env = os.environ if env is None else env
        sender = env.get("INTAKE_MAIL_FROM") or cls.sender
        attempts = int(env.get("INTAKE_MAIL_ATTEMPTS") or cls.max_attempts)
        if env.get("INTAKE_SMTP_HOST"):
            security = env.get("INTAKE_SMTP_SECURITY", "starttls")
            if security not in ("none", "starttls", "ssl"):
                raise ValueError("INTAKE_SMTP_SECURITY must be none, starttls or ssl")
            default_port = {"none": 25, "starttls": 587, "ssl": 465}[security]
            return cls(
                transport="smtp",
                sender=sender,
                smtp_host=env["INTAKE_SMTP_HOST"],
                smtp_port=int(env.get("INTAKE_SMTP_PORT") or default_port),
                smtp_security=security,  # type: ignore[arg-type]  # checked above
                smtp_username=env.get("INTAKE_SMTP_USERNAME", ""),
                smtp_password=env.get("INTAKE_SMTP_PASSWORD", ""),
                smtp_ca_file=Path(env["INTAKE_SMTP_CA_FILE"])
                if env.get("INTAKE_SMTP_CA_FILE")
                else None,
                max_attempts=attempts,
            )
        if env.get("INTAKE_MAIL_FOLDER"):
            return cls(
                transport="folder",
                sender=sender,
                folder=Path(env["INTAKE_MAIL_FOLDER"]),
                max_attempts=attempts,
            )
        return cls(sender=sender, max_attempts=attempts)


@dataclass(frozen=True)
class RelayPolicy:
    """Links and attachments of the conversation with the reporter."""

    answer_grace: timedelta = timedelta(days=3)  # a request's link works this long after due
    letter_link_lifetime: timedelta = timedelta(days=90)
    max_files: int = 5
    max_file_bytes: int = 10 * 1024 * 1024
    max_answer_chars: int = 20_000
    # A reporter's view of a message's page enters the audit trail at most this often.
    view_audit_interval: timedelta = timedelta(hours=1)

    @property
    def max_reply_body_bytes(self) -> int:
        """What a reply form may weigh: all files at their limit plus the text and overhead."""
        return self.max_files * self.max_file_bytes + 256 * 1024


@dataclass(frozen=True)
class Settings:
    database_url: str
    token_lifetime: timedelta = timedelta(days=30)
    # Throttling of password guesses and the cap on password checks at once (login.py).
    login: LoginLimits = field(default_factory=LoginLimits)
    # Seconds between "anything new?" checks of a long-poll while the copy does not hear
    # every copy's changes (SQLite; PostgreSQL while its listening connection is lost).
    poll_interval: float = 0.25
    # Seconds before reconnecting a lost listening connection (doubling up to 30 s).
    listen_retry: float = 1.0
    max_body_bytes: int = 4 * 1024 * 1024
    title: str = "1700 intake service"
    # Where the reporter's links point (the service as the internet sees it). None: the
    # address the service runs at (EmbeddedService fills it in).
    public_url: str | None = None
    mail: MailSettings = MailSettings()
    relay: RelayPolicy = RelayPolicy()
    # Closed cases lose their personal content this many years after closing (retention.py;
    # run by `investigator-intake retention purge`, e.g. daily from cron).
    retention_years: int = DEFAULT_RETENTION_YEARS
    # The largest evidence file a department may upload unless it set its own limit
    # (`department edit --max-piece-mb`); env INTAKE_MAX_PIECE_BYTES.
    max_piece_bytes: int = DEFAULT_MAX_PIECE_BYTES
    # The key of confidential notes at rest (32 bytes; note_cipher.py). Never stored in the
    # database. `serve` refuses to start without one; EmbeddedService makes one if absent.
    notes_key: bytes | None = field(default=None, repr=False)
    # The key of the related cases' name hashes (32 bytes; match_keys.py), never in the
    # database: INTAKE_MATCH_KEY(_FILE), else one derived from the notes key.
    match_key: bytes | None = field(default=None, repr=False)
    # The organisation's identity provider (issue 16; oidc_config.py, INTAKE_OIDC_*); None:
    # local accounts only.
    oidc: OidcSettings | None = None

    @property
    def matcher(self) -> MatchKey | None:
        """The key names are hashed with (None: related cases are not compared)."""
        return service_key(self.match_key, self.notes_key)

    @property
    def login_policy(self) -> LoginPolicy:
        if self.notes_key is None:  # create_app refuses to start without it
            raise ValueError("logins need the notes key (their keyed hashes derive from it)")
        return LoginPolicy(
            key=name_key(self.notes_key), token_lifetime=self.token_lifetime, limits=self.login
        )


ENV_NOTES_KEY = "INTAKE_NOTES_KEY"
ENV_NOTES_KEY_FILE = "INTAKE_NOTES_KEY_FILE"


def notes_key_from_env(env: Mapping[str, str] | None = None) -> bytes | None:
    """INTAKE_NOTES_KEY (urlsafe base64 of 32 bytes), else the key in the file that
    INTAKE_NOTES_KEY_FILE names, else None. NotesKeyError (never with the key) when the
    value or file is unusable."""
    env = os.environ if env is None else env
    if env.get(ENV_NOTES_KEY):
        return parse_key(env[ENV_NOTES_KEY])
    path = env.get(ENV_NOTES_KEY_FILE)
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        raise NotesKeyError(
            f"cannot read the notes key file {path} ({type(error).__name__}); {NEW_KEY_HINT}"
        ) from error
    return parse_key(text)


ENV_MAX_PIECE_BYTES = "INTAKE_MAX_PIECE_BYTES"


def max_piece_bytes_from_env(env: Mapping[str, str] | None = None) -> int:
    """INTAKE_MAX_PIECE_BYTES (a whole number of bytes), else the default (200 MB);
    ValueError naming the variable when it is not a usable size."""
    env = os.environ if env is None else env
    raw = env.get(ENV_MAX_PIECE_BYTES, "").strip()
    if not raw:
        return DEFAULT_MAX_PIECE_BYTES
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PIECE_BYTES_CEILING:
        raise ValueError(
            f"{ENV_MAX_PIECE_BYTES} must be a number of bytes from 1 to {MAX_PIECE_BYTES_CEILING}"
        )
    return int(raw)
