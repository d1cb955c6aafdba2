"""Every refusal the service's sign-in through the organisation can send the desktop back
with has words of its own in the sign-in dialog, not the generic "niet gelukt (code)"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from investigator_app.gui.session.organisation_messages import refusal_message
from investigator_app.protocol import ErrorCode

INTAKE = Path(__file__).resolve().parents[2] / "investigator_app" / "intake"
# Answers of the API to a token (the session guard handles them) or to a malformed request
# (a bug of ours, where the generic words with the code are right).
NOT_SENT_TO_THE_SIGN_IN = {
    ErrorCode.NOT_FOUND,
    ErrorCode.TOKEN_EXPIRED,
    ErrorCode.TOKEN_REVOKED,
    ErrorCode.INVALID_REQUEST,
}


def codes_of_the_sign_in() -> list[ErrorCode]:
    names: set[str] = set()
    for module in sorted(INTAKE.glob("oidc_*.py")):
        names.update(re.findall(r"ErrorCode\.([A-Z_]+)", module.read_text(encoding="utf-8")))
    return sorted(
        ErrorCode[name] for name in names if ErrorCode[name] not in NOT_SENT_TO_THE_SIGN_IN
    )


def test_the_walk_finds_the_sign_in_codes() -> None:
    assert ErrorCode.UNKNOWN_ORGANISATION in codes_of_the_sign_in()
    assert ErrorCode.ACCOUNT_DISABLED in codes_of_the_sign_in()


@pytest.mark.parametrize("code", codes_of_the_sign_in())
def test_each_refusal_has_words_of_its_own(qapp, code: ErrorCode) -> None:
    words = refusal_message(code)
    assert code.value not in words, f"{code} gets only the generic message"
    assert words.strip()
