"""The characters that reorder how a text is displayed, taken from Unicode itself (not from
the code under test): the explicit embeddings, overrides and isolates, and the three
invisible marks."""

from __future__ import annotations

import functools
import unicodedata

_EXPLICIT = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}
_MARKS = {"LEFT-TO-RIGHT MARK", "RIGHT-TO-LEFT MARK", "ARABIC LETTER MARK"}


@functools.cache
def reordering_characters() -> frozenset[str]:
    return frozenset(
        char
        for char in map(chr, range(0x110000))
        if unicodedata.bidirectional(char) in _EXPLICIT or unicodedata.name(char, "") in _MARKS
    )


def reorders(text: str) -> bool:
    """Whether ``text`` holds a character that changes the order it is displayed in."""
    return not reordering_characters().isdisjoint(text)
