"""Case content at rest: the store's cipher and search index for one data key.

Every value is sealed with AES-GCM bound to its place (``table.column:row``), so a value
moved to another row or altered on disk fails to open instead of showing the wrong case.
Which columns are sealed, and why the others are not, is in docs/encryption-at-rest.md.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from investigator_app.gil import share
from investigator_app.vault.cipher import FieldCipher, new_key
from investigator_app.vault.search_tokens import (
    MIN_PREFIX,
    TOKEN_BYTES,
    SearchTokenizer,
    derive_search_key,
    words,
)

KEY_CHECK_PLACE = "sync_state.key_check:1"
_KEY_CHECK_TEXT = "investigator-app local store"


class StoreKeyError(RuntimeError):
    """The store was sealed with a data key this process does not have (a new Windows
    profile, a wiped keyring): its content cannot be read."""


class Sealer:
    """Seals and opens the store's case content; builds and queries its keyed index."""

    def __init__(self, key: bytes) -> None:
        self._cipher = FieldCipher(key)
        self._tokenizer = SearchTokenizer(derive_search_key(key))

    # Every field of a page written or of a list read passes here: the place where a sync
    # thread lets the GUI thread have the GIL (gil.share).

    def seal(self, text: str, place: str) -> bytes:
        share()
        return self._cipher.encrypt(text, place)

    def open(self, stored: bytes, place: str) -> str:
        share()
        return self._cipher.decrypt(stored, place)

    def seal_optional(self, text: str | None, place: str) -> bytes | None:
        return None if text is None else self.seal(text, place)

    def open_optional(self, stored: bytes | None, place: str) -> str | None:
        return None if stored is None else self.open(stored, place)

    def seal_bytes(self, data: bytes, place: str) -> bytes:
        return self._cipher.encrypt_bytes(data, place)

    def open_bytes(self, stored: bytes, place: str) -> bytes:
        return self._cipher.decrypt_bytes(stored, place)

    def seal_json(self, value: Any, place: str) -> bytes:
        return self.seal(json.dumps(value, ensure_ascii=False), place)

    def open_json(self, stored: bytes, place: str) -> Any:
        return json.loads(self.open(stored, place))

    def open_json_many(self, values: list[tuple[bytes, str]]) -> list[Any]:
        """open_json of many (stored, place) pairs: one loop to open them and one JSON
        parse of them all, for the 100,000 headings of the list."""
        texts = self._cipher.decrypt_many(values)
        return list(json.loads(b"[" + b",".join(texts) + b"]")) if texts else []

    def key_check(self) -> bytes:
        return self.seal(_KEY_CHECK_TEXT, KEY_CHECK_PLACE)

    def fits(self, key_check: bytes) -> bool:
        """True when ``key_check`` was sealed with this key."""
        try:
            return self.open(key_check, KEY_CHECK_PLACE) == _KEY_CHECK_TEXT
        except ValueError:
            return False

    # --- the keyed index --------------------------------------------------------------

    def index(self, texts: Iterable[str]) -> bytes:
        """One blob of the sorted 16-byte tokens of every word prefix in ``texts``."""
        return b"".join(sorted(self._tokenizer.index_tokens(texts)))

    def word_tokens(self, query_word: str) -> list[bytes] | None:
        """Tokens a record must all hold to match one typed word (the word may contain
        punctuation: "piet-fictief" is two words); None when it has no indexable part."""
        parts = [w for w in words(query_word) if len(w) >= MIN_PREFIX]
        return self._tokenizer.query_tokens(" ".join(parts)) if parts else None


def token_set(blob: bytes | None) -> frozenset[bytes]:
    if not blob:
        return frozenset()
    return frozenset(blob[i : i + TOKEN_BYTES] for i in range(0, len(blob), TOKEN_BYTES))


# --- keys of the stores this process opened ---------------------------------------------

_known: dict[str, bytes] = {}
_lock = threading.Lock()


def _name(path: Path) -> str:
    return str(path.resolve())


def remember_key(path: Path, key: bytes) -> None:
    """A second LocalStore on the same file (the sync threads, the export worker) finds the
    key here, in this process's memory, without another keyring read."""
    with _lock:
        _known[_name(path)] = key


def known_key(path: Path) -> bytes | None:
    with _lock:
        return _known.get(_name(path))


def forget_key(path: Path) -> None:
    with _lock:
        _known.pop(_name(path), None)


def key_for_new_store(path: Path) -> bytes:
    """A store opened without an account key (tests, the self-test, a benchmark) gets a key
    that lives as long as this process; reopening it in another process fails."""
    key = new_key()
    remember_key(path, key)
    return key


# --- where each sealed value lives (the associated data; changing one breaks old stores) -


def heading_place(case_id: str) -> str:
    return f"cases.heading:{case_id}"


def description_place(case_id: str) -> str:
    return f"cases.description:{case_id}"


def event_reason_place(case_id: str, position: int) -> str:
    return f"case_events.reason:{case_id}:{position}"


def message_place(case_id: str, position: int) -> str:
    return f"case_messages.payload:{case_id}:{position}"


def attachment_place(case_id: str, message_id: str, sha256: str) -> str:
    return f"case_attachments.payload:{case_id}:{message_id}:{sha256}"


def note_place(case_id: str, note_id: str) -> str:
    return f"case_notes.payload:{case_id}:{note_id}"


def investigation_place(case_id: str) -> str:
    """A case's investigation, whole (allegations, findings, tasks)."""
    return f"case_investigations.payload:{case_id}"


def recusals_place(case_id: str) -> str:
    return f"cases.recusals:{case_id}"


def blob_place(sha256: str) -> str:
    return f"attachment_blobs.data:{sha256}"


def outbox_reason_place(op_id: uuid.UUID) -> str:
    return f"outbox.reason:{op_id}"


def outbox_body_place(op_id: uuid.UUID) -> str:
    return f"outbox.body:{op_id}"


def outbox_op_place(op_id: uuid.UUID) -> str:
    """A queued operation, whole (its texts among it); the reason and body places above are
    those of revision 0004's columns, read once by migration 0005."""
    return f"outbox.op:{op_id}"


def index_texts(description: str, messages: Iterable[dict[str, Any]]) -> list[str]:
    """What the keyed index covers: the long texts the list does not hold in memory."""
    texts = [description]
    for message in messages:
        texts.append(message.get("body") or "")
        texts.append(message.get("answer") or "")
        texts.extend(a.get("name", "") for a in message.get("attachments", []))
    return texts


def piece_chunk_place(blob_id: str, seq: int) -> str:
    """One 1 MiB chunk of an evidence file (store/evidence.py); its sha256 is checked on
    reading, so a chunk of another file or position fails either way."""
    return f"piece_chunks.data:{blob_id}:{seq}"
