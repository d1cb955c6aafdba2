"""What this workstation keeps of an account in the OS keyring, and what the app does when
the keyring is missing or lost something: the device token, the idle lock's offline
verifier, the data key that seals the local store, and opening that store (set aside when
its key is gone). No Qt: what to tell the user is the GUI's business (``on_store_set_aside``,
``keep_token``'s answer, ``KeyringUnavailable`` from ``load_token``, ``session_only``).

Without a keyring the store is sealed with a key of this session, which no file may keep:
the app works, but what it has not sent when the session ends cannot be read afterwards.
So the GUI asks before the session ends with unsent changes (``session_only``), and a
store left unreadable is never removed: it is set aside, and the user told how many unsent
changes it held and why (``StoreSetAside``)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from investigator_app.desktop.credentials import KeyringUnavailable, TokenStore
from investigator_app.desktop.unlock_verifier import VerifierStore
from investigator_app.store.files import set_aside, store_path, unsent_count
from investigator_app.store.local_store import LocalStore
from investigator_app.store.sealing import StoreKeyError, known_key
from investigator_app.vault.cipher import new_key
from investigator_app.vault.keys import DataKeyStore

log = logging.getLogger("investigator_app.desktop.credentials_policy")

Account = tuple[str, str]  # server url, username


@dataclass(frozen=True)
class StoreSetAside:
    """A local store that could not be read was moved aside (``files.set_aside``), whole."""

    unsent: int  # changes in its outbox that never reached the service
    no_keyring: bool  # this workstation has no keyring: the key was of an earlier session
    path: Path  # where it lies now


class AccountCredentials:
    """The keyring entries of the accounts signed in on this workstation (token, unlock
    verifier and data key share one keyring) and their sealed local stores under
    ``data_dir``."""

    def __init__(
        self,
        tokens: TokenStore,
        data_dir: Path,
        *,
        keys: DataKeyStore | None = None,
        verifiers: VerifierStore | None = None,
        on_store_set_aside: Callable[[StoreSetAside], None] | None = None,
    ) -> None:
        self._tokens = tokens
        self._data_dir = data_dir
        # The data key and the verifier sit beside the token, in the same keyring.
        self._keys = keys if keys is not None else DataKeyStore(tokens.backend)
        self._verifiers = verifiers if verifiers is not None else VerifierStore(tokens.backend)
        self._pins = VerifierStore(tokens.backend, kind="pin")
        # Told what an unreadable store held unsent, after it was set aside and before the
        # fresh one opens.
        self._on_store_set_aside = on_store_set_aside
        self._session_keys: dict[Account, bytes] = {}  # when there is no keyring

    # --- the device token ---------------------------------------------------------------

    def load_token(self, server_url: str, username: str) -> str | None:
        """The account's token; raises ``KeyringUnavailable`` when there is no keyring."""
        return self._tokens.load(server_url, username)

    def keep_token(self, server_url: str, username: str, token: str) -> bool:
        """False: no keyring. The workspace keeps the token for this session and the next
        start asks to sign in again (the caller says so)."""
        try:
            self._tokens.save(server_url, username, token)
        except KeyringUnavailable:
            return False
        return True

    # --- the idle lock's offline verifier -------------------------------------------------

    def keep_verifier(self, server_url: str, username: str, verifier: str) -> None:
        # No keyring was already said for the token; unlocking then needs the service.
        with contextlib.suppress(KeyringUnavailable):
            self._verifiers.save(server_url, username, verifier)

    def load_verifier(self, server_url: str, username: str) -> str | None:
        try:
            return self._verifiers.load(server_url, username)
        except KeyringUnavailable:
            return None

    # --- the PIN of an account of the organisation's provider (no password here) --------

    def keep_pin(self, server_url: str, username: str, verifier: str) -> None:
        """Raises ``KeyringUnavailable``: without a keyring there is no PIN to set."""
        self._pins.save(server_url, username, verifier)

    def load_pin(self, server_url: str, username: str) -> str | None:
        try:
            return self._pins.load(server_url, username)
        except KeyringUnavailable:
            return None

    def forget_pin(self, server_url: str, username: str) -> None:
        with contextlib.suppress(KeyringUnavailable):
            self._pins.delete(server_url, username)

    # --- the sealed store -----------------------------------------------------------------

    def store_path(self, server_url: str, username: str) -> Path:
        return store_path(self._data_dir, server_url, username)

    def data_key(self, server_url: str, username: str) -> bytes:
        """The account's data key from the keyring; made (and kept) when there is none."""
        path = self.store_path(server_url, username)
        try:
            key = self._keys.load(server_url, username)
            if key is None:
                # The keyring lost it while this process still holds it (the store is open
                # or was): write it back rather than lose the store. Else a new key.
                key = known_key(path) or new_key()
                self._keys.save(server_url, username, key)
            return key
        except KeyringUnavailable:
            # No keyring: sealed with a key of this session (the store is unreadable
            # after a restart, and then set aside; the service has the cases).
            return self._session_keys.setdefault(
                (server_url, username), known_key(path) or new_key()
            )

    def session_only(self, server_url: str, username: str) -> bool:
        """The account's store is sealed with a key of this session (there is no keyring):
        what it holds unsent when the session ends cannot be read by the next one."""
        return (server_url, username) in self._session_keys

    def open_store(self, server_url: str, username: str) -> LocalStore:
        """The account's store, sealed with its data key. A store sealed with a key that is
        gone (new Windows profile, wiped keyring, no keyring: an earlier session's key) is
        set aside, ``on_store_set_aside`` is told what it held unsent, and a fresh one opens
        (the sync fills it again)."""
        path = self.store_path(server_url, username)
        key = self.data_key(server_url, username)
        try:
            return LocalStore.open(path, key)
        except StoreKeyError:
            log.warning("the local store's data key is missing; starting a new store")
            unsent = unsent_count(path)
            aside = set_aside(path)
            if self._on_store_set_aside is not None:
                no_keyring = self.session_only(server_url, username)
                self._on_store_set_aside(StoreSetAside(unsent, no_keyring, aside))
            return LocalStore.open(path, key)

    # --- leaving --------------------------------------------------------------------------

    def forget_sign_in(self, server_url: str, username: str) -> None:
        """Signing out: the token and the unlock verifier go; the data key, the store and
        the PIN (the user's choice for this workstation, useless without a sign-in) stay
        for the next sign-in of this account."""
        with contextlib.suppress(KeyringUnavailable):  # nothing stored, nothing to delete
            self._tokens.delete(server_url, username)
        with contextlib.suppress(KeyringUnavailable):
            self._verifiers.delete(server_url, username)

    def forget_account(self, server_url: str, username: str) -> None:
        """Forgetting the workstation: the sign-in and the data key too (the store's files
        are the caller's to remove; without the key they are unreadable anyway)."""
        self.forget_sign_in(server_url, username)
        self.forget_pin(server_url, username)
        with contextlib.suppress(KeyringUnavailable):
            self._keys.delete(server_url, username)
        self._session_keys.pop((server_url, username), None)
