"""The workstation's data key, one per account, kept in the OS keyring only.

Losing the key (a new Windows profile, "forget this workstation") makes the local store
unreadable, which is intended: the store is a cache of the service, synced again after
signing in.
"""

from __future__ import annotations

import base64
import binascii
import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from investigator_app.desktop.credentials import SERVICE_NAME, KeyringUnavailable
from investigator_app.vault.cipher import KEY_BYTES, new_key


class DataKeyStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    @staticmethod
    def _account(server_url: str, username: str) -> str:
        return f"datakey:{username}@{server_url}"

    def load_or_create(self, server_url: str, username: str) -> bytes:
        account = self._account(server_url, username)
        try:
            stored = self._keyring().get_password(SERVICE_NAME, account)
            if stored is not None:
                key = _decode(stored)
                if key is not None:
                    return key
            key = new_key()
            self._keyring().set_password(SERVICE_NAME, account, base64.b64encode(key).decode())
            return key
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(str(error)) from error

    def save(self, server_url: str, username: str, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        account = self._account(server_url, username)
        try:
            self._keyring().set_password(SERVICE_NAME, account, base64.b64encode(key).decode())
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(str(error)) from error

    def load(self, server_url: str, username: str) -> bytes | None:
        try:
            stored = self._keyring().get_password(SERVICE_NAME, self._account(server_url, username))
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(str(error)) from error
        return _decode(stored) if stored is not None else None

    def delete(self, server_url: str, username: str) -> None:
        try:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._keyring().delete_password(SERVICE_NAME, self._account(server_url, username))
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(str(error)) from error


def _decode(stored: str) -> bytes | None:
    """The key, or None when the keyring holds something that is not one of our keys."""
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None
