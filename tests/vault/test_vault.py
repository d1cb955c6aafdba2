"""Field encryption and the keyed search index, with the real cryptography and keyring API."""

from __future__ import annotations

import pytest

from investigator_app.desktop.credentials import MemoryKeyring
from investigator_app.vault.cipher import DecryptionError, FieldCipher, new_key
from investigator_app.vault.keys import DataKeyStore
from investigator_app.vault.search_tokens import SearchTokenizer, derive_search_key

SERVER = "https://intake.example.test"


def test_a_field_decrypts_only_with_its_key_in_its_own_place() -> None:
    cipher = FieldCipher(new_key())
    stored = cipher.encrypt("Schepen De Smet nam geld aan", "cases.description:c1")

    assert b"Schepen" not in stored
    assert cipher.decrypt(stored, "cases.description:c1") == "Schepen De Smet nam geld aan"
    # The same text twice gives different ciphertexts (fresh nonce).
    assert stored != cipher.encrypt("Schepen De Smet nam geld aan", "cases.description:c1")
    with pytest.raises(DecryptionError):
        cipher.decrypt(stored, "cases.description:c2")  # copied into another case's row
    with pytest.raises(DecryptionError):
        FieldCipher(new_key()).decrypt(stored, "cases.description:c1")
    tampered = bytearray(stored)
    tampered[-1] ^= 1
    with pytest.raises(DecryptionError):
        cipher.decrypt(bytes(tampered), "cases.description:c1")


def test_search_tokens_find_whole_words_and_prefixes_without_holding_the_words() -> None:
    key = new_key()
    tokens = SearchTokenizer(derive_search_key(key))
    index = tokens.index_tokens(["Onregelmatige aanbesteding in Overijse", "Café Élysée"])

    def matches(query: str) -> bool:
        return all(token in index for token in tokens.query_tokens(query))

    assert matches("aanbesteding")
    assert matches("aanbest overijse")  # prefixes, every word must match
    assert matches("ONREGELMATIGE")  # case folded
    assert matches("cafe elysee")  # accents folded
    assert not matches("besteding")  # not a prefix
    assert not matches("aanbesteding gent")
    assert all(b"aanbesteding" not in token for token in index)
    # Another workstation's key gives other tokens for the same word.
    other = SearchTokenizer(derive_search_key(new_key()))
    assert not set(other.query_tokens("aanbesteding")) & index


def test_the_data_key_is_made_once_per_account_and_forgotten_on_request() -> None:
    backend = MemoryKeyring()
    keys = DataKeyStore(backend)

    first = keys.load_or_create(SERVER, "an.peeters")
    assert keys.load_or_create(SERVER, "an.peeters") == first
    assert keys.load_or_create(SERVER, "jonas.maes") != first
    keys.delete(SERVER, "an.peeters")
    assert keys.load(SERVER, "an.peeters") is None
    assert keys.load_or_create(SERVER, "an.peeters") != first
