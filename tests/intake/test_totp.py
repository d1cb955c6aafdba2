"""The TOTP arithmetic of the service against RFC 6238's test vectors and pyotp (an
independent implementation), and the shape of recovery codes. No database."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pyotp
import pytest

from investigator_app.intake import totp

RFC_SECRET = base64.b32encode(b"12345678901234567890").decode("ascii")


@pytest.mark.parametrize(
    ("unix_time", "eight_digits"),
    [
        (59, "94287082"),
        (1111111109, "07081804"),
        (1111111111, "14050471"),
        (1234567890, "89005924"),
        (2000000000, "69279037"),
        (20000000000, "65353130"),
    ],
)
def test_codes_are_those_of_rfc_6238(unix_time: int, eight_digits: str) -> None:
    # The RFC lists 8 digits; 6 digits are the same number modulo 10**6.
    at = datetime.fromtimestamp(unix_time, UTC)
    assert totp.code_at(RFC_SECRET, totp.time_step(at)) == eight_digits[-6:]


def test_codes_match_pyotp_for_fresh_secrets() -> None:
    for _ in range(20):
        secret = totp.new_secret()
        reference = pyotp.TOTP(secret)
        for unix_time in (0, 29, 30, 1_700_000_000, 4_000_000_000):
            at = datetime.fromtimestamp(unix_time, UTC)
            assert totp.code_at(secret, totp.time_step(at)) == reference.at(at)


def test_a_code_is_taken_one_step_either_side_and_only_after_the_last_one_used() -> None:
    secret = totp.new_secret()
    now = datetime(2026, 12, 6, 10, 0, 15, tzinfo=UTC)
    step = totp.time_step(now)
    reference = pyotp.TOTP(secret)
    for offset in (-1, 0, 1):
        code = reference.at(now + timedelta(seconds=30 * offset))
        assert totp.matching_step(secret, code, now, None) == step + offset
    for offset in (-2, 2):
        assert (
            totp.matching_step(
                secret, reference.at(now + timedelta(seconds=30 * offset)), now, None
            )
            is None
        )
    current = reference.at(now)
    assert totp.matching_step(secret, current, now, step) is None  # used already
    assert totp.matching_step(secret, current, now, step - 1) == step
    assert totp.matching_step(secret, "12345", now, None) is None
    assert totp.matching_step(secret, "abcdef", now, None) is None


def test_recovery_codes_are_random_typed_loosely_and_never_look_like_a_totp_code() -> None:
    codes = {totp.new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 14 and code.count("-") == 2
        assert not totp.looks_like_totp(totp.normalise_code(code))
    code = next(iter(codes))
    assert totp.recovery_hash(code) == totp.recovery_hash(f" {code.upper().replace('-', ' ')} ")


def test_the_uri_is_what_authenticator_apps_read() -> None:
    secret = totp.new_secret()
    parsed = pyotp.parse_uri(totp.otpauth_uri(secret, "an.peeters@example.org"))
    assert isinstance(parsed, pyotp.TOTP)
    assert (parsed.secret, parsed.name, parsed.issuer) == (
        secret,
        "an.peeters@example.org",
        "Integriteitsmeldingen",
    )
