"""Argon2 password hashes."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return str(_hasher.hash(password))


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password("no such user: spend the same time as for a real one")


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check a password; with no hash (unknown user) spend the same time and say no,
    so timing does not tell which usernames exist."""
    try:
        ok = bool(_hasher.verify(password_hash or _dummy_hash(), password))
    except (VerificationError, InvalidHashError):
        return False
    # No hash, or the empty one of an identity provider's account (which a password never
    # signs in): the dummy's answer is never taken for theirs.
    return ok and bool(password_hash)


def needs_rehash(password_hash: str) -> bool:
    return bool(_hasher.check_needs_rehash(password_hash))
