"""TOTP (RFC 6238 over RFC 4226's HOTP) and recovery codes: the arithmetic, no tables.

Six digits, 30-second steps, HMAC-SHA1: what every authenticator app does by default
(and the only thing many of them do), so the otpauth:// URI names no other parameters
than it must. A code is accepted for the step before, the current one and the one after
(a phone's clock a little off, a code typed as the step ends); the caller keeps the step
it accepted, so that a code works once.

The secret is sealed with the notes cipher (``note_cipher.py``) bound to its user, so a
copy of the database alone yields no second factor. Recovery codes are random, shown once,
and kept as sha256: they are long enough (60 bits) that an unkeyed hash is no weakness.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from datetime import datetime
from urllib.parse import quote, urlencode

from investigator_app.intake.note_cipher import NoteCipher

DIGITS = 6
STEP_SECONDS = 30
WINDOW_STEPS = 1  # steps accepted either side of the current one
SECRET_BYTES = 20  # 160 bits, RFC 4226's recommendation for SHA-1
ISSUER = "Integriteitsmeldingen"  # what the authenticator app shows above the code

# Recovery codes: 12 characters of an alphabet without look-alikes (no 0/o, 1/l/i),
# shown as three groups of four. Spaces, dashes and case are ignored when typed.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
RECOVERY_LENGTH = 12


def new_secret() -> str:
    """A fresh secret, base32 without padding (as authenticator apps take it)."""
    return base64.b32encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii").rstrip("=")


def _secret_bytes(secret: str) -> bytes:
    text = secret.strip().replace(" ", "").upper()
    return base64.b32decode(text + "=" * (-len(text) % 8))


def time_step(now: datetime) -> int:
    return int(now.timestamp()) // STEP_SECONDS


def code_at(secret: str, step: int) -> str:
    """The HOTP value (RFC 4226 section 5.3) of ``secret`` for counter ``step``."""
    digest = hmac.new(_secret_bytes(secret), struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**DIGITS).zfill(DIGITS)


def normalise_code(typed: str) -> str:
    """A code as typed, without the spaces and dashes people put in, lower case."""
    return "".join(typed.split()).replace("-", "").lower()


def looks_like_totp(code: str) -> bool:
    """``code`` (normalised) is shaped as a TOTP code; anything else is tried as a
    recovery code."""
    return len(code) == DIGITS and code.isascii() and code.isdigit()


def matching_step(secret: str, code: str, now: datetime, after: int | None) -> int | None:
    """The time step within the window whose code is ``code`` and which is later than
    ``after`` (the last step accepted: a code works once); None when there is none.
    Every step of the window is computed and compared in constant time."""
    if not looks_like_totp(code):
        return None
    current = time_step(now)
    found: int | None = None
    for step in range(current - WINDOW_STEPS, current + WINDOW_STEPS + 1):
        if hmac.compare_digest(code_at(secret, step), code) and (after is None or step > after):
            found = step if found is None else found
    return found


def otpauth_uri(secret: str, account: str, issuer: str = ISSUER) -> str:
    """The Key URI of Google Authenticator's format, which every app reads from the QR."""
    label = quote(f"{issuer}:{account}", safe=":@")
    query = urlencode(
        {"secret": secret, "issuer": issuer, "digits": DIGITS, "period": STEP_SECONDS},
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{query}"


def _secret_context(user_id: str) -> bytes:
    return f"totp_secret:{user_id}".encode()


def seal_secret(cipher: NoteCipher, user_id: str, secret: str) -> str:
    """The secret sealed for ``user_id`` as text (users.totp_secret_sealed)."""
    sealed = cipher.seal(secret, _secret_context(user_id))
    return base64.b64encode(sealed).decode("ascii")


def open_secret(cipher: NoteCipher, user_id: str, sealed: str) -> str:
    """NotesKeyError (from the cipher) when this key did not seal it for this user."""
    return cipher.open(base64.b64decode(sealed), _secret_context(user_id))


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, RECOVERY_LENGTH, 4))


def recovery_hash(code: str) -> str:
    """sha256 of a recovery code as typed (normalised first)."""
    return hashlib.sha256(normalise_code(code).encode("utf-8")).hexdigest()
