"""The device token lives in the OS keyring (Windows Credential Manager), never in files."""

from __future__ import annotations

import contextlib
import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE_NAME = "be.vlaanderen.integriteitsmeldingen"

log = logging.getLogger("investigator_app.desktop.credentials")


class KeyringUnavailable(RuntimeError):  # noqa: N818 (reads as the situation it names)
    """This workstation has no usable secure credential store."""


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the process ends: for the demo and the tests,
    which pass it explicitly (``TokenStore(MemoryKeyring())``).

    keyring knows every subclass of KeyringBackend and picks the one of highest priority
    when the app asks for the system's keyring. Below zero, this one never stands in for a
    missing system keyring (keyring's own "no keyring" backend, priority 0, wins; its
    chainer takes only backends above zero), so without one the app says so instead of
    keeping the token and the data key in memory until it exits."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such secret")


def _account(server_url: str, username: str) -> str:
    return f"{username}@{server_url}"


class TokenStore:
    """Reads and writes the device token of one account in the keyring."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend | None:
        """The keyring given at construction (None: the system's); the data key lives there
        too."""
        return self._backend

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def load(self, server_url: str, username: str) -> str | None:
        try:
            return self._keyring().get_password(SERVICE_NAME, _account(server_url, username))
        except keyring.errors.KeyringError as error:
            log.warning("keyring unavailable while reading the token: %s", type(error).__name__)
            raise KeyringUnavailable(str(error)) from error

    def save(self, server_url: str, username: str, token: str) -> None:
        try:
            self._keyring().set_password(SERVICE_NAME, _account(server_url, username), token)
        except keyring.errors.KeyringError as error:
            log.warning("keyring unavailable while saving the token: %s", type(error).__name__)
            raise KeyringUnavailable(str(error)) from error

    def delete(self, server_url: str, username: str) -> None:
        try:
            # Nothing stored (PasswordDeleteError) means the goal is reached already.
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._keyring().delete_password(SERVICE_NAME, _account(server_url, username))
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(str(error)) from error
