"""The normal form of names for related cases, and organisation codes (pure)."""

from __future__ import annotations

import pytest

from investigator_app.domain.matching import (
    MatchKind,
    MatchTerm,
    match_terms,
    normal_name,
    organisation_codes,
)
from investigator_app.intake.match_keys import MatchKey, MatchKeyError, parse_key


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Zéphyrine Van den Bossche-D'Hondt", "zephyrine van den bossche d hondt"),
        ("zephyrine van den bossche d hondt", "zephyrine van den bossche d hondt"),
        ("  ZÉPHYRINE\tvan  den\nBOSSCHE–D’HONDT ", "zephyrine van den bossche d hondt"),
        ("Çağla Öztürk", "cagla ozturk"),
        ("Straße", "strasse"),  # case folding, not just lower()
        ("Ĳsbrand", "ijsbrand"),  # NFKD splits the ligature
        ("Jean-Luc O'Neill, jr.", "jean luc o neill jr"),
        ("<b>Ward</b>", "b ward b"),
        ("!!!", ""),
    ],
)
def test_normal_name(written: str, normal: str) -> None:
    assert normal_name(written) == normal


def test_organisation_codes_are_digits_or_ovo() -> None:
    assert organisation_codes("Bouwbedrijf nv (KBO 0456.789.123)") == ["0456789123"]
    assert organisation_codes("BE 0456 789 123") == ["0456789123"]
    assert organisation_codes("ondernemingsnummer 456.789.123") == ["0456789123"]
    assert organisation_codes("Agentschap X, OVO-003456") == ["OVO003456"]
    assert organisation_codes("Gemeente 9000 Gent, tel 09 123 45 67") == []


def test_terms_of_a_case() -> None:
    terms = match_terms(
        "Bouwbedrijf Oosterweel nv (KBO 0456.789.123)", ["Ward Verhaegen", "onbekend", "X.", ""]
    )
    assert terms == {
        MatchTerm(MatchKind.CODE, "0456789123"),
        MatchTerm(MatchKind.ENTITY, "bouwbedrijf oosterweel nv"),
        MatchTerm(MatchKind.PERSON, "ward verhaegen"),
    }


def test_hashes_depend_on_the_key_and_the_kind() -> None:
    key, other = MatchKey(b"k" * 32), MatchKey(b"o" * 32)
    same = key.case_hashes("", ["Zéphyrine Van den Bossche-D'Hondt"])
    assert same == key.case_hashes("", ["zephyrine van den bossche d hondt"])
    assert not {h for _k, h in same} & {h for _k, h in other.case_hashes("", ["Zéphyrine"])}
    assert key.digest(MatchKind.PERSON, "ward") != key.digest(MatchKind.ENTITY, "ward")
    assert "k" * 10 not in repr(key)
    with pytest.raises(MatchKeyError):
        parse_key("not a key")
