"""The offline check of the idle lock: an scrypt verifier of the password, kept in the OS
keyring beside the device token, never the password itself and never in the data folder.

Format (versioned, so the parameters can be raised later): ``v1$scrypt$N$r$p$salt$hash``
with salt and hash in base64. Made after every successful sign-in and online unlock,
removed at sign-out and when the workstation forgets the account.

An account of the organisation's identity provider has no password here: its user may set
a PIN for this workstation instead (``PIN_COST``, ``VerifierStore(kind="pin")``), kept the
same way until they change it or the workstation forgets the account.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from investigator_app.desktop.credentials import SERVICE_NAME, KeyringUnavailable

log = logging.getLogger("investigator_app.desktop.unlock_verifier")

VERSION = "v1"
SALT_BYTES = 16
HASH_BYTES = 32


@dataclass(frozen=True)
class ScryptCost:
    n: int = 2**15  # 32 MiB of memory per check: slow to guess offline, ~0.1 s to check
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        return 2 * 128 * self.r * self.n  # twice what scrypt needs, its own bookkeeping


DEFAULT_COST = ScryptCost()
# A PIN has fewer possibilities than a password: each guess at a stolen verifier costs more
# (64 MiB, ~0.2 s). At the lock itself the waits after wrong tries do the rest.
PIN_COST = ScryptCost(n=2**16)
MIN_PIN_DIGITS = 6
MAX_PIN_DIGITS = 12


def is_valid_pin(pin: str) -> bool:
    """6 to 12 digits (ASCII only: what every keyboard types alike)."""
    return MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS and pin.isascii() and pin.isdigit()


def _derive(password: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(
        password.encode(),
        salt=salt,
        n=cost.n,
        r=cost.r,
        p=cost.p,
        maxmem=cost.maxmem,
        dklen=HASH_BYTES,
    )


def make_verifier(password: str, cost: ScryptCost = DEFAULT_COST) -> str:
    """A new verifier with a fresh random salt (slow on purpose: run it off the GUI thread)."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, cost)
    return "$".join(
        (
            VERSION,
            "scrypt",
            str(cost.n),
            str(cost.r),
            str(cost.p),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )
    )


def matches(verifier: str, password: str) -> bool:
    """Whether ``password`` is the one ``verifier`` was made of; False for anything that is
    not a verifier of a known version (the caller then refuses the offline unlock)."""
    parts = verifier.split("$")
    if len(parts) != 7 or parts[0] != VERSION or parts[1] != "scrypt":
        return False
    try:
        cost = ScryptCost(int(parts[2]), int(parts[3]), int(parts[4]))
        salt = base64.b64decode(parts[5], validate=True)
        expected = base64.b64decode(parts[6], validate=True)
    except (ValueError, binascii.Error):
        return False
    if cost.n < 2**14 or cost.n > 2**20 or not 1 <= cost.r <= 32 or not 1 <= cost.p <= 16:
        return False  # weaker than we ever made, or so costly it would hang the check
    if len(salt) < SALT_BYTES or len(expected) != HASH_BYTES:
        return False
    return hmac.compare_digest(_derive(password, salt, cost), expected)


class VerifierStore:
    """The verifier of one account in the keyring (the same keyring as the token):
    ``kind`` "unlock" for the password's, "pin" for the PIN's."""

    def __init__(self, backend: KeyringBackend | None = None, *, kind: str = "unlock") -> None:
        self._backend = backend
        self._kind = kind

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def _account(self, server_url: str, username: str) -> str:
        return f"{self._kind}:{username}@{server_url}"

    def load(self, server_url: str, username: str) -> str | None:
        try:
            return self._keyring().get_password(SERVICE_NAME, self._account(server_url, username))
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(str(error)) from error

    def save(self, server_url: str, username: str, verifier: str) -> None:
        try:
            self._keyring().set_password(
                SERVICE_NAME, self._account(server_url, username), verifier
            )
        except keyring.errors.KeyringError as error:
            log.warning("keyring unavailable while saving the unlock verifier")
            raise KeyringUnavailable(str(error)) from error

    def delete(self, server_url: str, username: str) -> None:
        try:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._keyring().delete_password(SERVICE_NAME, self._account(server_url, username))
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(str(error)) from error
