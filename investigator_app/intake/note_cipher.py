"""Encryption at rest of confidential notes and recusal reasons on the service.

AES-256-GCM under a key from the service's configuration (INTAKE_NOTES_KEY or
INTAKE_NOTES_KEY_FILE), never from the database: a copy of the database alone reads no
note. A sealed value is ``FORMAT || nonce (12 random bytes) || ciphertext+tag``. The
associated data names what the value belongs to (the note and its version, or the case and
person of a recusal), so a ciphertext copied into another row does not open there.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = b"\x01"
KEY_BYTES = 32
NONCE_BYTES = 12
NEW_KEY_HINT = "make one with: investigator-intake keys new-notes-key"


class NotesKeyError(Exception):
    """The notes key is missing, malformed, or not the one the notes were sealed with."""


def new_key_text() -> str:
    """A fresh key as the service's key settings (INTAKE_NOTES_KEY, INTAKE_MATCH_KEY)
    expect it: urlsafe base64 of 32 random bytes."""
    return base64.urlsafe_b64encode(os.urandom(KEY_BYTES)).decode("ascii")


def decode_key(text: str, what: str, hint: str, error: type[Exception]) -> bytes:
    """The 32 key bytes of a key setting's ``text``; ``error`` naming ``what`` key it is
    (never the text) when it is no key."""
    try:
        key = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError) as problem:
        raise error(f"the {what} is not urlsafe base64; {hint}") from problem
    if len(key) != KEY_BYTES:
        raise error(f"the {what} must be {KEY_BYTES} bytes; {hint}")
    return key


def parse_key(text: str) -> bytes:
    """The 32 key bytes of ``text``; NotesKeyError (without the text) when it is no key."""
    return decode_key(text, "notes key", NEW_KEY_HINT, NotesKeyError)


def key_from_file(path: Path) -> bytes:
    """The key kept in ``path``; a new one written there (owner-only) if there is none."""
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(new_key_text() + "\n")
    return parse_key(path.read_text(encoding="ascii"))


def note_context(note_id: str, version: int) -> bytes:
    return f"case_note:{note_id}:{version}".encode()


def recusal_context(case_id: str, user_id: str) -> bytes:
    return f"recusal:{case_id}:{user_id}".encode()


class NoteCipher:
    """Seals and opens texts under the service's notes key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise NotesKeyError(f"the notes key must be {KEY_BYTES} bytes; {NEW_KEY_HINT}")
        self._aead = AESGCM(key)

    @classmethod
    def from_text(cls, text: str) -> NoteCipher:
        return cls(parse_key(text))

    def __repr__(self) -> str:  # never the key
        return "NoteCipher(<key>)"

    def seal(self, text: str, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), FORMAT + context)

    def open(self, sealed: bytes, context: bytes) -> str:
        """The text; NotesKeyError when this key did not seal it for ``context``."""
        if len(sealed) < 1 + NONCE_BYTES or sealed[:1] != FORMAT:
            raise NotesKeyError("a stored note is not in a format this service knows")
        nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, FORMAT + context).decode("utf-8")
        except InvalidTag as error:
            raise NotesKeyError(
                "a stored note does not open with the configured notes key "
                "(INTAKE_NOTES_KEY / INTAKE_NOTES_KEY_FILE): is it the key the notes were "
                "written with?"
            ) from error


def require(cipher: NoteCipher | None) -> NoteCipher:
    """The cipher, or NotesKeyError when a note must be read or written without a key."""
    if cipher is None:
        raise NotesKeyError(f"the service has no notes key; {NEW_KEY_HINT}")
    return cipher
