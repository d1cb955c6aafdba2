"""A second factor (TOTP, RFC 6238) for local accounts: setting it up, signing in and
unlocking with a code that works once, recovery codes, a department that demands it,
guessing slowed down by the login throttle, the administrator's reset. Codes are computed
with pyotp, an implementation independent of the service's. Real service on SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pyotp
import pytest
from sqlalchemy import select, update

from investigator_app.intake.cli import main
from investigator_app.intake.db import utcnow
from investigator_app.intake.login_throttle import LoginLimits, ThrottleRule
from investigator_app.intake.models import AuditEvent, LoginThrottle, User
from investigator_app.protocol import API_PREFIX, VERIFY_PASSWORD_PATH
from investigator_app.protocol_signin import (
    RECOVERY_CODES_PATH,
    TOTP_CONFIRMATION_PATH,
    TOTP_ENROLMENT_PATH,
)
from tests.support.engines import EngineLoan

from .conftest import PASSWORD, USERS, World, world_with_limits

ENROL = TOTP_ENROLMENT_PATH.removeprefix(API_PREFIX)
CONFIRM = TOTP_CONFIRMATION_PATH.removeprefix(API_PREFIX)
RENEW = RECOVERY_CODES_PATH.removeprefix(API_PREFIX)
VERIFY = VERIFY_PASSWORD_PATH.removeprefix(API_PREFIX)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _enrol(world: World, who: str) -> tuple[pyotp.TOTP, list[str]]:
    """Set up TOTP for ``who`` with their fixture token: the authenticator and the
    recovery codes."""
    started = world.post(who, ENROL)
    assert started.status_code == 200, started.text
    totp = pyotp.TOTP(started.json()["secret"])
    confirmed = world.post(who, CONFIRM, {"code": totp.now()})
    assert confirmed.status_code == 200, confirmed.text
    return totp, list(confirmed.json()["codes"])


def _login(
    world: World, who: str, code: str | None = None, password: str = PASSWORD
) -> httpx.Response:
    body: dict[str, Any] = {"username": USERS[who][0], "password": password}
    if code is not None:
        body["one_time_code"] = code
    return world.http.post("/auth/login", json=body)


def _other(code: str) -> str:
    """A six-digit code that is not ``code``."""
    return f"{(int(code) + 1) % 1_000_000:06d}"


def _code_of(response: httpx.Response) -> str:
    return str(response.json()["detail"]["code"])


def _time_passes(world: World, who: str) -> None:
    """The next codes of ``who``'s authenticator are fresh (as 90 s later): the last step
    accepted moves back, and the throttle's waits are over."""
    with world.service.session() as session:
        session.execute(
            update(User)
            .where(User.id == world.ids[who])
            .values(totp_last_step=User.totp_last_step - 3)
        )
        session.execute(update(LoginThrottle).values(blocked_until=utcnow() - timedelta(seconds=1)))


def _audit(world: World, action: str) -> list[AuditEvent]:
    with world.service.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _whole_trail(world: World) -> str:
    with world.service.session() as session:
        return json.dumps([e.detail for e in session.scalars(select(AuditEvent))])


def test_setting_up_shows_a_secret_and_its_qr_uri_and_a_code_activates_it(world: World) -> None:
    me = world.get("an", "/me").json()
    assert me["second_factor"] == {"required": False, "enrolled": False, "recovery_codes_left": 0}
    started = world.post("an", ENROL).json()
    parsed = pyotp.parse_uri(started["otpauth_uri"])  # what an authenticator app reads
    assert isinstance(parsed, pyotp.TOTP)
    assert parsed.secret == started["secret"] and parsed.name == "an.peeters"
    assert parsed.issuer == "Integriteitsmeldingen"
    assert (parsed.digits, parsed.interval) == (6, 30)
    with world.service.session() as session:
        sealed = session.get_one(User, world.ids["an"]).totp_secret_sealed
    assert sealed is not None and started["secret"] not in sealed  # sealed, not kept as is

    wrong = world.post("an", CONFIRM, {"code": _other(parsed.now())})
    assert wrong.status_code == 401 and _code_of(wrong) == "invalid_one_time_code"
    assert world.get("an", "/me").json()["second_factor"]["enrolled"] is False

    confirmed = world.post("an", CONFIRM, {"code": parsed.now()})
    assert confirmed.status_code == 200
    codes = confirmed.json()["codes"]
    assert len(codes) == len(set(codes)) == 10
    assert world.get("an", "/me").json()["second_factor"] == {
        "required": False,
        "enrolled": True,
        "recovery_codes_left": 10,
    }
    # Set up once: a second enrolment would let a stolen token swap it.
    again = world.post("an", ENROL)
    assert again.status_code == 409
    [enrolled] = _audit(world, "auth.totp_enrolled")
    assert enrolled.actor_id == world.ids["an"]
    assert len(_audit(world, "auth.totp_failed")) == 1
    trail = _whole_trail(world)
    assert started["secret"] not in trail and not any(code in trail for code in codes)


def test_signing_in_asks_the_code_after_the_password_and_takes_each_code_once(
    world: World,
) -> None:
    totp, _codes = _enrol(world, "an")
    _time_passes(world, "an")
    wrong_password = _login(world, "an", totp.now(), password="niet het wachtwoord")
    assert wrong_password.status_code == 401 and _code_of(wrong_password) == "invalid_credentials"

    without = _login(world, "an")
    assert without.status_code == 401 and _code_of(without) == "second_factor_required"
    code = totp.now()
    wrong = _login(world, "an", _other(code))
    assert wrong.status_code == 401 and _code_of(wrong) == "invalid_one_time_code"

    signed_in = _login(world, "an", code)
    assert signed_in.status_code == 200, signed_in.text
    me = world.http.get("/me", headers=_bearer(signed_in.json()["token"])).json()
    assert me["sign_in_method"] == "password_totp"
    reused = _login(world, "an", code)
    assert reused.status_code == 401 and _code_of(reused) == "invalid_one_time_code"

    failed = _audit(world, "auth.totp_failed")
    assert [e.detail["context"] for e in failed] == ["login", "login"]
    assert all(e.actor_id is None for e in failed)  # a stranger may have the password
    assert code not in _whole_trail(world)
    logins = _audit(world, "login")
    assert logins[-1].detail["sign_in_method"] == "password_totp"
    # An account without a second factor signs in as before.
    plain = _login(world, "jonas")
    assert plain.status_code == 200
    me = world.http.get("/me", headers=_bearer(plain.json()["token"])).json()
    assert me["sign_in_method"] == "password"


def test_each_recovery_code_signs_in_once_and_new_ones_replace_them(world: World) -> None:
    totp, codes = _enrol(world, "an")
    typed = codes[0].upper().replace("-", " ")  # spaces, dashes and case do not matter
    assert _login(world, "an", typed).status_code == 200
    again = _login(world, "an", codes[0])
    assert again.status_code == 401 and _code_of(again) == "invalid_one_time_code"
    assert _login(world, "an", codes[1]).status_code == 200
    assert world.get("an", "/me").json()["second_factor"]["recovery_codes_left"] == 8
    used = _audit(world, "auth.recovery_code_used")
    assert [e.detail["left"] for e in used] == [9, 8]
    assert not any(code in _whole_trail(world) for code in codes)

    # New codes are proven with a TOTP code, not with a recovery code.
    by_recovery = world.post("an", RENEW, {"code": codes[2]})
    assert by_recovery.status_code == 401
    _time_passes(world, "an")
    renewed = world.post("an", RENEW, {"code": totp.now()})
    assert renewed.status_code == 200
    fresh = renewed.json()["codes"]
    assert len(fresh) == 10 and not set(fresh) & set(codes)
    assert _login(world, "an", codes[3]).status_code == 401  # the earlier ones stopped
    assert _login(world, "an", fresh[0]).status_code == 200
    assert world.get("an", "/me").json()["second_factor"]["recovery_codes_left"] == 9
    assert len(_audit(world, "auth.recovery_codes_renewed")) == 1


def _require(world: World, *flag: str) -> int:
    url = world.service.settings.database_url
    return main(["--database-url", url, "department", "edit", "--code", "abb", *flag])


def test_a_department_that_demands_it_lets_members_without_one_only_set_it_up(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    _totp, _codes = _enrol(world, "jonas")  # Jonas had set it up before
    assert _require(world, "--require-second-factor") == 0
    assert "2 device(s) of members without one signed out" in capsys.readouterr().out
    # An's and the manager's tokens end; Jonas's and another department's stay.
    revoked = world.get("an", "/me")
    assert revoked.status_code == 401 and _code_of(revoked) == "token_revoked"
    assert world.get("jonas", "/changes", params={"cursor": 0}).status_code == 200
    assert world.get("tom", "/changes", params={"cursor": 0}).status_code == 200

    signed_in = _login(world, "an")
    assert signed_in.status_code == 200
    token = signed_in.json()["token"]
    refused = world.http.get("/changes", params={"cursor": 0}, headers=_bearer(token))
    assert refused.status_code == 403
    assert _code_of(refused) == "second_factor_enrolment_required"
    assert (
        world.http.post(VERIFY, json={"password": PASSWORD}, headers=_bearer(token)).status_code
        == 403
    )
    me = world.http.get("/me", headers=_bearer(token)).json()
    assert me["second_factor"] == {"required": True, "enrolled": False, "recovery_codes_left": 0}
    assert _audit(world, "login")[-1].detail["enrolment_only"] is True
    url = world.service.settings.database_url
    assert main(["--database-url", url, "device", "list", "--user", "an.peeters"]) == 0
    assert "password (set-up only)" in capsys.readouterr().out

    # Setting it up with that token makes it a full one: both factors are proven.
    secret = world.http.post(ENROL, headers=_bearer(token)).json()["secret"]
    confirm = world.http.post(
        CONFIRM, json={"code": pyotp.TOTP(secret).now()}, headers=_bearer(token)
    )
    assert confirm.status_code == 200
    assert (
        world.http.get("/changes", params={"cursor": 0}, headers=_bearer(token)).status_code == 200
    )
    me = world.http.get("/me", headers=_bearer(token)).json()
    assert me["sign_in_method"] == "password_totp" and me["second_factor"]["enrolled"] is True
    assert main(["--database-url", url, "device", "list", "--user", "an.peeters"]) == 0
    listed = capsys.readouterr().out
    assert "password_totp" in listed and "set-up only" not in listed

    # Logging out works with an enrolment-only token too.
    other = _login(world, "manager").json()["token"]
    assert world.http.post("/auth/logout", headers=_bearer(other)).status_code == 204
    # Without the demand, a member without a second factor signs in as before.
    assert _require(world, "--no-require-second-factor") == 0
    plain = _login(world, "manager").json()["token"]
    assert (
        world.http.get("/changes", params={"cursor": 0}, headers=_bearer(plain)).status_code == 200
    )
    edits = [e.detail for e in _audit(world, "department.edit")]
    assert [e["require_second_factor"] for e in edits] == [True, False]


@pytest.fixture
def slow_world(database_url: str, password_hash: str, engines: EngineLoan) -> Iterator[World]:
    """A world whose waits after failed attempts last a minute (the test outruns them)."""
    slow = ThrottleRule(free=5, first_delay=timedelta(minutes=1))
    with world_with_limits(database_url, password_hash, LoginLimits(pair=slow), engines) as world:
        yield world


def test_guessing_codes_is_slowed_down_like_guessing_passwords(slow_world: World) -> None:
    world = slow_world
    totp, _codes = _enrol(world, "an")
    _time_passes(world, "an")
    right = totp.now()
    wrong = _other(right)
    for _ in range(5):
        answer = _login(world, "an", wrong)
        assert answer.status_code == 401 and _code_of(answer) == "invalid_one_time_code"
    waiting = _login(world, "an", right)  # even the right code waits now
    assert waiting.status_code == 429 and _code_of(waiting) == "too_many_attempts"
    # Asking without a code between guesses does not wipe the count.
    with world.service.session() as session:
        session.execute(update(LoginThrottle).values(blocked_until=utcnow() - timedelta(seconds=1)))
    assert _code_of(_login(world, "an")) == "second_factor_required"
    assert _login(world, "an", right).status_code == 429
    _time_passes(world, "an")
    assert _login(world, "an", right).status_code == 200


def test_unlocking_asks_the_code_after_the_password(world: World) -> None:
    totp, _codes = _enrol(world, "an")
    _time_passes(world, "an")
    without = world.post("an", VERIFY, {"password": PASSWORD})
    assert without.status_code == 401 and _code_of(without) == "second_factor_required"
    code = totp.now()
    wrong_password = world.post("an", VERIFY, {"password": "fout", "one_time_code": code})
    assert _code_of(wrong_password) == "invalid_credentials"
    wrong = world.post("an", VERIFY, {"password": PASSWORD, "one_time_code": _other(code)})
    assert wrong.status_code == 401 and _code_of(wrong) == "invalid_one_time_code"
    assert (
        world.post("an", VERIFY, {"password": PASSWORD, "one_time_code": code}).status_code == 204
    )
    reused = world.post("an", VERIFY, {"password": PASSWORD, "one_time_code": code})
    assert _code_of(reused) == "invalid_one_time_code"
    [failed, again] = _audit(world, "auth.totp_failed")[-2:]
    assert failed.detail["context"] == again.detail["context"] == "unlock"
    assert failed.actor_id == world.ids["an"]


def test_the_administrator_resets_a_lost_second_factor(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    _totp, codes = _enrol(world, "an")
    url = world.service.settings.database_url
    assert (
        main(["--database-url", url, "user", "reset-second-factor", "--username", "an.peeters"])
        == 0
    )
    assert "second factor of an.peeters is removed" in capsys.readouterr().out
    assert _code_of(world.get("an", "/me")) == "token_revoked"  # its devices sign in again
    assert _login(world, "an", codes[0]).status_code == 200  # the code is ignored: none left
    with world.service.session() as session:
        user = session.get_one(User, world.ids["an"])
        assert user.totp_secret_sealed is None and user.totp_confirmed_at is None
    [reset] = _audit(world, "auth.totp_reset")
    assert reset.detail["had_second_factor"] is True and reset.actor_name.startswith("cli:")
    assert main(["--database-url", url, "user", "reset-second-factor", "--username", "nobody"]) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_account_of_the_identity_provider_sets_up_no_second_factor_here(world: World) -> None:
    with world.service.session() as session:
        session.execute(
            update(User)
            .where(User.id == world.ids["tom"])
            .values(oidc_issuer="https://idp.example", oidc_subject="tom-1")
        )
    refused = world.post("tom", ENROL)
    assert refused.status_code == 403 and _code_of(refused) == "forbidden_role"
    assert world.get("tom", "/me").json()["second_factor"] is None
