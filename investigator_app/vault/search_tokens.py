"""Search without plaintext on disk: keyed hashes of whole words and their prefixes.

A text is cut into words (case and accents folded, so "Gemeente" matches "gemeente" and
"Overijse" matches "overijsé"); each prefix of each word, from MIN_PREFIX characters up to
the whole word (at most MAX_PREFIX), is stored as HMAC(search key, prefix). A query word
matches a stored word it equals or begins. Without the key the tokens reveal
neither the words nor whether two workstations hold the same word; what they do reveal
(how many distinct words a case has, which cases share a word) is written down in
docs/encryption-at-rest.md.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable

MIN_PREFIX = 2
MAX_PREFIX = 16  # longer queries are checked as prefixes of their first 16 characters
MAX_WORD = 64  # a 20,000-character "word" is indexed by its first 64 characters
TOKEN_BYTES = 16

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: what a user types is what they find."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return [word[:MAX_WORD] for word in _WORD.findall(fold(text))]


def derive_search_key(data_key: bytes) -> bytes:
    """A key of its own for the index, so tokens and ciphertexts never share a key."""
    return hmac.new(data_key, b"investigator-app search index v1", hashlib.sha256).digest()


class SearchTokenizer:
    def __init__(self, search_key: bytes) -> None:
        self._key = search_key

    def _token(self, tag: str, value: str) -> bytes:
        digest = hmac.new(self._key, f"{tag}:{value}".encode(), hashlib.sha256).digest()
        return digest[:TOKEN_BYTES]

    def index_tokens(self, texts: Iterable[str]) -> set[bytes]:
        """Every token one record needs in the index (duplicates collapse)."""
        tokens: set[bytes] = set()
        for word in {w for text in texts for w in words(text)}:
            for end in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
                tokens.add(self._token("p", word[:end]))
        return tokens

    def query_tokens(self, query: str) -> list[bytes]:
        """One token per query word; a record matches when it holds all of them.

        A word shorter than MIN_PREFIX cannot be looked up in the index; the caller
        matches those on the decrypted text it already holds (the case list in memory).
        """
        return [
            self._token("p", word[:MAX_PREFIX]) for word in words(query) if len(word) >= MIN_PREFIX
        ]
