"""Keyed hashes of the names a case involves, for finding related cases without storing them.

HMAC-SHA256 under the service's match key (INTAKE_MATCH_KEY or INTAKE_MATCH_KEY_FILE; if
neither is set, a key derived from the notes key), never from the database: with the
database alone nobody can tell whether two cases name the same person, nor test a guessed
name. The hashed text is ``v1 \\0 kind \\0 normal form`` (domain/matching.py), so a person
and an entity of the same name hash apart.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from investigator_app.domain.matching import MatchKind, match_terms
from investigator_app.intake.note_cipher import KEY_BYTES, decode_key

ENV_MATCH_KEY = "INTAKE_MATCH_KEY"
ENV_MATCH_KEY_FILE = "INTAKE_MATCH_KEY_FILE"
NEW_KEY_HINT = "make one with: investigator-intake keys new-match-key"
_DERIVATION = b"investigator-intake related cases v1"


class MatchKeyError(Exception):
    """The match key is malformed or cannot be read (the message never holds the key)."""


@dataclass(frozen=True)
class MatchKey:
    """The secret the names' hashes are made with."""

    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise MatchKeyError(f"the match key must be {KEY_BYTES} bytes; {NEW_KEY_HINT}")

    def __repr__(self) -> str:  # never the key
        return "MatchKey(<key>)"

    @classmethod
    def derived_from(cls, notes_key: bytes) -> MatchKey:
        """The key a service uses when none is configured: its own, from the notes key."""
        return cls(hmac.new(notes_key, _DERIVATION, hashlib.sha256).digest())

    def digest(self, kind: MatchKind, normal: str) -> str:
        message = b"v1\x00" + kind.value.encode() + b"\x00" + normal.encode("utf-8")
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def case_hashes(self, entity: str, persons: Iterable[str]) -> set[tuple[MatchKind, str]]:
        """(kind, hash) of every name the case involves: what is stored and compared."""
        return {(t.kind, self.digest(t.kind, t.value)) for t in match_terms(entity, persons)}


def parse_key(text: str) -> bytes:
    return decode_key(text, "match key", NEW_KEY_HINT, MatchKeyError)


def match_key_from_env(env: Mapping[str, str] | None = None) -> bytes | None:
    """INTAKE_MATCH_KEY, else the key in the file INTAKE_MATCH_KEY_FILE names, else None."""
    env = os.environ if env is None else env
    if env.get(ENV_MATCH_KEY):
        return parse_key(env[ENV_MATCH_KEY])
    path = env.get(ENV_MATCH_KEY_FILE)
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        raise MatchKeyError(
            f"cannot read the match key file {path} ({type(error).__name__}); {NEW_KEY_HINT}"
        ) from error
    return parse_key(text)


def service_key(match_key: bytes | None, notes_key: bytes | None) -> MatchKey | None:
    """The key a service compares with: the configured one, else one derived from the notes
    key, else none (related cases are then not compared)."""
    if match_key is not None:
        return MatchKey(match_key)
    if notes_key is not None:
        return MatchKey.derived_from(notes_key)
    return None
