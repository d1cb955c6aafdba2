"""AES-256-GCM encryption of single fields and files.

Every value gets a fresh 96-bit random nonce. The caller names where the value lives
(table, column, row id) as associated data, so a ciphertext copied into another row or
column fails to decrypt instead of showing the wrong case's text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
_NONCE_BYTES = 12
_FORMAT = b"\x01"  # lets a later key rotation or algorithm change recognise old values


class DecryptionError(ValueError):
    """A value that was not made by this key for this place, or was changed on disk."""


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(key)

    def encrypt_bytes(self, plaintext: bytes, place: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return _FORMAT + nonce + self._aead.encrypt(nonce, plaintext, place.encode())

    def decrypt_bytes(self, stored: bytes, place: str) -> bytes:
        if len(stored) < 1 + _NONCE_BYTES + 16 or stored[:1] != _FORMAT:
            raise DecryptionError("not an encrypted value of this format")
        nonce, body = stored[1 : 1 + _NONCE_BYTES], stored[1 + _NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, place.encode())
        except InvalidTag as error:
            raise DecryptionError("the value does not belong here or was altered") from error

    def decrypt_many(self, values: Iterable[tuple[bytes, str]]) -> list[bytes]:
        """decrypt_bytes of many (stored, place) pairs in one loop (100,000 list rows)."""
        decrypt = self._aead.decrypt
        opened: list[bytes] = []
        for stored, place in values:
            if len(stored) < 1 + _NONCE_BYTES + 16 or stored[:1] != _FORMAT:
                raise DecryptionError("not an encrypted value of this format")
            try:
                opened.append(
                    decrypt(
                        stored[1 : 1 + _NONCE_BYTES], stored[1 + _NONCE_BYTES :], place.encode()
                    )
                )
            except InvalidTag as error:
                raise DecryptionError("the value does not belong here or was altered") from error
        return opened

    def encrypt(self, text: str, place: str) -> bytes:
        return self.encrypt_bytes(text.encode("utf-8"), place)

    def decrypt(self, stored: bytes, place: str) -> str:
        return self.decrypt_bytes(stored, place).decode("utf-8")
