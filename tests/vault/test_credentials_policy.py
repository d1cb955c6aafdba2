"""What the workstation keeps of an account in the keyring (token, unlock verifier, data key)
and how the store opens when the keyring lost the key, has none, or is not there at all:
the real keyring API over an in-memory backend, and one that always fails."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backends import fail

from investigator_app.desktop.credentials import KeyringUnavailable, MemoryKeyring, TokenStore
from investigator_app.desktop.credentials_policy import AccountCredentials, StoreSetAside
from investigator_app.desktop.unlock_verifier import VerifierStore
from investigator_app.domain.lifecycle import Action
from investigator_app.store.files import UNREADABLE_FOLDER, store_path, unsent_count
from investigator_app.store.sealing import forget_key
from investigator_app.vault.keys import DataKeyStore
from tests.store.case_factory import make_case, me, page
from tests.support.operations import queue_action

SERVER = "https://meldingen.example.test"
AN = "an.peeters"


def credentials(
    data_dir: Path, backend: MemoryKeyring | None = None
) -> tuple[AccountCredentials, list[StoreSetAside]]:
    """The policy over ``backend`` (a fresh in-memory keyring if None), and what it told
    about stores it set aside."""
    told: list[StoreSetAside] = []
    policy = AccountCredentials(
        TokenStore(backend if backend is not None else MemoryKeyring()),
        data_dir,
        on_store_set_aside=told.append,
    )
    return policy, told


def without_keyring(data_dir: Path) -> tuple[AccountCredentials, list[StoreSetAside]]:
    told: list[StoreSetAside] = []
    return AccountCredentials(
        TokenStore(fail.Keyring()), data_dir, on_store_set_aside=told.append
    ), told


def test_token_and_verifier_live_in_the_keyring_until_sign_out(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    policy, _ = credentials(tmp_path, backend)
    assert policy.load_token(SERVER, AN) is None
    assert policy.keep_token(SERVER, AN, "token-1")
    policy.keep_verifier(SERVER, AN, "v1$scrypt$verifier")
    key = policy.data_key(SERVER, AN)
    assert TokenStore(backend).load(SERVER, AN) == "token-1"
    assert VerifierStore(backend).load(SERVER, AN) == "v1$scrypt$verifier"
    assert policy.load_verifier(SERVER, AN) == "v1$scrypt$verifier"

    policy.forget_sign_in(SERVER, AN)  # signing out: the data key and store stay
    assert policy.load_token(SERVER, AN) is None
    assert policy.load_verifier(SERVER, AN) is None
    assert DataKeyStore(backend).load(SERVER, AN) == key
    policy.forget_sign_in(SERVER, AN)  # nothing left to delete: no error

    policy.forget_account(SERVER, AN)  # forgetting the workstation: the key goes too
    assert DataKeyStore(backend).load(SERVER, AN) is None


def test_without_a_keyring_the_session_goes_on_and_the_caller_is_told(tmp_path: Path) -> None:
    policy, _ = without_keyring(tmp_path)
    with pytest.raises(KeyringUnavailable):
        policy.load_token(SERVER, AN)  # the start says so before asking to sign in
    assert not policy.keep_token(SERVER, AN, "token-1")  # the GUI warns; no exception
    policy.keep_verifier(SERVER, AN, "v1$scrypt$verifier")  # unlocking then needs the service
    assert policy.load_verifier(SERVER, AN) is None
    policy.forget_sign_in(SERVER, AN)
    policy.forget_account(SERVER, AN)


def test_the_data_key_is_made_once_and_opens_the_store_again(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    policy, told = credentials(tmp_path, backend)
    key = policy.data_key(SERVER, AN)
    assert policy.data_key(SERVER, AN) == key
    assert DataKeyStore(backend).load(SERVER, AN) == key
    assert policy.data_key(SERVER, "jonas.maes") != key  # one key per account

    store = policy.open_store(SERVER, AN)
    assert store.path == store_path(tmp_path, SERVER, AN) == policy.store_path(SERVER, AN)
    store.set_identity(me())
    store.close()
    forget_key(store.path)  # a restart: only the keyring has the key now
    again, _ = credentials(tmp_path, backend)
    reopened = again.open_store(SERVER, AN)
    try:
        assert reopened.identity() is not None
    finally:
        reopened.close()
    assert told == []


def test_a_key_the_keyring_lost_while_the_store_is_open_is_written_back(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    policy, told = credentials(tmp_path, backend)
    store = policy.open_store(SERVER, AN)
    store.set_identity(me())
    key = DataKeyStore(backend).load(SERVER, AN)
    DataKeyStore(backend).delete(SERVER, AN)  # wiped while this process still holds it

    assert policy.data_key(SERVER, AN) == key
    assert DataKeyStore(backend).load(SERVER, AN) == key
    second = policy.open_store(SERVER, AN)  # another thread's connection, same key
    try:
        assert second.identity() is not None
    finally:
        second.close()
        store.close()
    assert told == []


def test_a_store_whose_key_is_gone_is_set_aside_and_a_fresh_one_opens(tmp_path: Path) -> None:
    policy, _ = credentials(tmp_path)
    store = policy.open_store(SERVER, AN)
    store.set_identity(me())
    store.close()
    forget_key(store.path)  # a new Windows profile: neither this process nor the keyring

    fresh_profile, told = credentials(tmp_path)  # an empty keyring
    fresh = fresh_profile.open_store(SERVER, AN)
    try:
        assert [(aside.unsent, aside.no_keyring) for aside in told] == [(0, False)]
        assert fresh.identity() is None  # a new, empty store; the sync fills it
        assert len(list((store.path.parent / UNREADABLE_FOLDER).glob("*.sqlite3"))) == 1
    finally:
        fresh.close()


def test_without_a_keyring_the_store_lasts_the_session_only(tmp_path: Path) -> None:
    policy, told = without_keyring(tmp_path)
    key = policy.data_key(SERVER, AN)
    assert policy.data_key(SERVER, AN) == key  # one session key per account
    assert policy.session_only(SERVER, AN)  # the GUI asks before such a session ends
    store = policy.open_store(SERVER, AN)
    store.set_identity(me())
    store.apply_changes(page(make_case("c1"), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=datetime.now(UTC), base_version=1)
    store.close()
    reopened = policy.open_store(SERVER, AN)  # later in the same session
    assert reopened.identity() is not None and reopened.pending_count() == 1
    reopened.close()
    assert told == []

    forget_key(store.path)
    restarted, told_after_restart = without_keyring(tmp_path)  # a new session, a new key
    assert restarted.data_key(SERVER, AN) != key
    fresh = restarted.open_store(SERVER, AN)
    try:
        # Told how many changes never reached the service, and why; the old file is kept.
        [aside] = told_after_restart
        assert aside.unsent == 1 and aside.no_keyring
        assert aside.path.parent.name == UNREADABLE_FOLDER and unsent_count(aside.path) == 1
        assert fresh.identity() is None and fresh.pending_count() == 0
    finally:
        fresh.close()


def test_the_in_memory_keyring_never_stands_in_for_a_missing_system_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Linux desktop without Secret Service: keyring finds no backend it recommends. The
    app's in-memory keyring is imported (so keyring knows it), but the app must still find
    no keyring, and say so, rather than keep its secrets in memory for one session."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no keyringrc.cfg choosing one
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # restored afterwards
    monkeypatch.setattr(keyring.backend, "_limit", None)
    keyring.core.init_backend(limit=lambda backend: not keyring.core.recommended(backend))

    assert not isinstance(keyring.get_keyring(), MemoryKeyring)
    with pytest.raises(KeyringUnavailable):
        TokenStore().save(SERVER, AN, "token-1")  # the system's keyring, as the app uses it
    policy = AccountCredentials(TokenStore(), tmp_path)
    with pytest.raises(KeyringUnavailable):
        policy.load_token(SERVER, AN)  # the start says so before asking to sign in
    policy.data_key(SERVER, AN)
    assert policy.session_only(SERVER, AN)
