"""Which names in a case are "the same" for finding related cases: the normal form of an
involved person's or entity's name, and the organisation codes an entity may carry.

Pure (no SQL, HTTP or keys). The service hashes what comes out of here with a secret key
(intake/match_keys.py) and compares only the hashes, so the normal form is never stored.

The normal form: case folded, accents removed (NFKD, combining marks dropped),
apostrophes, hyphens and other punctuation become spaces, whitespace collapsed. So
"Zéphyrine Van den Bossche-D'Hondt" and "zephyrine van den bossche d hondt" are one name.
An organisation code is the KBO (enterprise) number as its ten digits or an OVO code as
``OVO`` and its six digits; a code found in an entity's name is taken out of the name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class MatchKind(StrEnum):
    """What a name is of: compared only with names of the same kind."""

    PERSON = "person"
    ENTITY = "entity"
    CODE = "code"  # an organisation code (KBO number or OVO code)


# Placeholders that say nothing about who is involved: never a match.
PLACEHOLDERS = frozenset(
    {
        "",
        "onbekend",
        "niet gekend",
        "nvt",
        "n v t",
        "geen",
        "anoniem",
        "unknown",
        "none",
        "x",
    }
)
MIN_LENGTH = 3  # shorter normal forms ("ab") are initials, not names

# BE 0123.456.789, 0123 456 789, 0123456789, 123.456.789 (before the leading 0 existed).
_KBO = re.compile(r"(?<![\d])(?:BE\s*)?([01]?\d{3})[.\s]?(\d{3})[.\s]?(\d{3})(?![\d])", re.I)
_OVO = re.compile(r"\bOVO[\s-]?(\d{6})\b", re.I)
_CODE_WORDS = re.compile(r"\b(?:KBO|ondernemingsnummer|ondernemingsnr|BTW|VAT)\b[\s.:-]*", re.I)
_PUNCTUATION = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACES = re.compile(r"\s+")


def normal_name(text: str) -> str:
    """The name as it is compared: folded, without accents and punctuation, spaces
    collapsed ("" when nothing is left)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", bare)).strip()


def organisation_codes(text: str) -> list[str]:
    """The KBO numbers (ten digits) and OVO codes (``OVO`` + six digits) in ``text``."""
    codes = [f"OVO{match.group(1)}" for match in _OVO.finditer(text)]
    for match in _KBO.finditer(_OVO.sub(" ", text)):
        digits = "".join(match.groups())
        codes.append(digits.rjust(10, "0"))
    return list(dict.fromkeys(codes))


def without_codes(text: str) -> str:
    """``text`` without its organisation codes and the words that announce them."""
    return _CODE_WORDS.sub(" ", _KBO.sub(" ", _OVO.sub(" ", text)))


def meaningful(normal: str) -> bool:
    """Whether a normal form names someone (not a placeholder, not just initials)."""
    return normal not in PLACEHOLDERS and len(normal.replace(" ", "")) >= MIN_LENGTH


@dataclass(frozen=True, order=True)
class MatchTerm:
    """One thing a case names, in normal form: to be hashed, never stored as is."""

    kind: MatchKind
    value: str


def match_terms(entity: str, persons: Iterable[str]) -> set[MatchTerm]:
    """What a case with this involved entity and these involved persons is compared on."""
    terms: set[MatchTerm] = set()
    for code in organisation_codes(entity):
        terms.add(MatchTerm(MatchKind.CODE, code))
    name = normal_name(without_codes(entity))
    if meaningful(name):
        terms.add(MatchTerm(MatchKind.ENTITY, name))
    for person in persons:
        normal = normal_name(person)
        if meaningful(normal):
            terms.add(MatchTerm(MatchKind.PERSON, normal))
    return terms
