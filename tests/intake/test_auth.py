"""Logging in, tokens and roles."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from investigator_app.intake.db import utcnow
from investigator_app.intake.login_throttle import LoginLimits, ThrottleRule
from investigator_app.intake.models import AuditEvent, DeviceToken, LoginThrottle
from investigator_app.intake.tokens import hash_token
from investigator_app.protocol import API_PREFIX
from tests.support import web
from tests.support.engines import EngineLoan
from tests.support.strangers import STRANGER_ADDRESSES, client_from, login

from .conftest import PASSWORD, World, op, world_with_limits


def _login(world: World, username: str, password: str) -> httpx.Response:
    body = {"username": username, "password": password, "device_name": "Laptop An"}
    return world.http.post("/auth/login", json=body)


def test_login_gives_a_working_token_and_logout_revokes_it(world: World) -> None:
    response = _login(world, "An.Peeters ", PASSWORD)  # usernames are case-insensitive
    assert response.status_code == 200
    body = response.json()
    assert body["user"]["username"] == "an.peeters"
    assert body["user"]["department"]["code"] == "ABB"
    headers = {"Authorization": f"Bearer {body['token']}"}

    me = world.http.get("/me", headers=headers).json()
    assert me["user"]["display_name"] == "An Peeters"
    assert sorted(p["display_name"] for p in me["colleagues"]) == [
        "An Peeters",
        "Els Wouters",
        "Jonas Maes",
    ]
    with world.service.database.read() as session:
        stored = session.scalars(
            select(DeviceToken).where(DeviceToken.device_name == "Laptop An")
        ).one()
        assert stored.token_hash == hash_token(body["token"])  # only the hash is kept
        assert body["token"] not in stored.token_hash

    assert world.http.post("/auth/logout", headers=headers).status_code == 204
    after = world.http.get("/me", headers=headers)
    assert after.status_code == 401
    assert after.json()["detail"]["code"] == "token_revoked"
    with world.service.database.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[-2:] == ["login", "logout"]


# Decided before any SQL that differs between databases: one database is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_wrong_password_and_unknown_user_get_the_same_answer(world: World) -> None:
    wrong = _login(world, "an.peeters", "not the password")
    unknown = _login(world, "nobody.here", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["detail"]["code"] == "invalid_credentials"


def _time_passes(world: World, seconds: float) -> None:
    """Every login count is ``seconds`` older (failures and waits alike)."""
    with world.service.session() as session:
        for row in session.scalars(select(LoginThrottle)):
            if row.last_failure_at is not None:
                row.last_failure_at -= timedelta(seconds=seconds)
            if row.blocked_until is not None:
                row.blocked_until -= timedelta(seconds=seconds)


def test_guesses_from_one_address_wait_longer_each_time(world: World) -> None:
    def guess() -> httpx.Response:
        return _login(world, "jonas.maes", "guess")

    assert [guess().status_code for _ in range(5)] == [401] * 5
    waits = []
    for _ in range(4):
        refused = guess()
        assert refused.status_code == 429
        assert refused.json()["detail"]["code"] == "too_many_attempts"
        waits.append(int(refused.headers["Retry-After"]))
        _time_passes(world, waits[-1])
        assert guess().status_code == 401  # one more password is checked, after the wait
    assert waits == [1, 2, 4, 8]  # a growing delay, not a lock of fixed length
    assert _login(world, "jonas.maes", PASSWORD).status_code == 429  # the right one waits too
    assert _login(world, "an.peeters", PASSWORD).status_code == 200  # others do not
    _time_passes(world, 16)
    assert _login(world, "jonas.maes", PASSWORD).status_code == 200


def test_guesses_sent_in_parallel_check_no_more_passwords_than_the_limit(world: World) -> None:
    """Each attempt is counted before its password is checked: 30 guesses at once from one
    address get at most 5 answers of "wrong password", the rest are refused unchecked."""
    base_url = str(world.http.base_url)

    def guess(number: int) -> int:
        with web.client(base_url=base_url, timeout=60) as client:
            body = {"username": "jonas.maes", "password": f"guess {number}"}
            return client.post("/auth/login", json=body).status_code

    with ThreadPoolExecutor(max_workers=15) as pool:
        answers = list(pool.map(guess, range(30)))
    # 503: more checks at once than the service runs; also unchecked, also uncounted.
    assert answers.count(401) <= 5 and set(answers) <= {401, 429, 503}
    with world.service.session() as session:
        checked = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "login.failed")
        ).all()
    assert len(checked) == answers.count(401)


def test_bad_tokens_are_told_apart(world: World) -> None:
    def code(headers: dict[str, str]) -> tuple[int, str, str | None]:
        response = world.http.get("/me", headers=headers)
        return (
            response.status_code,
            response.json()["detail"]["code"],
            response.headers.get("www-authenticate"),
        )

    assert code({}) == (401, "not_authenticated", "Bearer")
    assert code({"Authorization": "Basic YWJjOmRlZg=="}) == (401, "not_authenticated", "Bearer")
    forged = world.tokens["an"][:-4] + "AAAA"
    assert code({"Authorization": f"Bearer {forged}"}) == (401, "invalid_token", "Bearer")

    with world.service.session() as session:
        session.execute(
            update(DeviceToken)
            .where(DeviceToken.token_hash == hash_token(world.tokens["jonas"]))
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert code(world.auth("jonas")) == (401, "token_expired", "Bearer")

    devices = world.service.database
    with devices.read() as session:
        token_id = session.scalars(
            select(DeviceToken.id).where(DeviceToken.token_hash == hash_token(world.tokens["tom"]))
        ).one()
    from investigator_app.intake.actors import cli_actor
    from investigator_app.intake.tokens import revoke_token

    with devices.write() as session:
        assert revoke_token(session, cli_actor(), token_id, utcnow(), "device.revoke")
    assert code(world.auth("tom")) == (401, "token_revoked", "Bearer")


# Decided before any SQL that differs between databases: one database is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_roles_are_kept_apart(world: World) -> None:
    case_id = world.forwarded_case()
    for who in ("operator", "admin"):
        for response in (
            world.get(who, "/changes"),
            world.post(who, "/operations", {"operations": [op(case_id, "acknowledge", 2)]}),
        ):
            assert response.status_code == 403, who
            assert response.json()["detail"]["code"] == "forbidden_role"
    for who in ("an", "manager", "tom"):
        for response in (
            world.get(who, "/intake/reports"),
            world.get(who, "/intake/departments"),
            world.post(who, "/intake/reports", {}),
            world.post(who, f"/intake/reports/{case_id}/forward", {"department": "OMG"}),
        ):
            assert response.status_code == 403, who
            assert response.json()["detail"]["code"] == "forbidden_role"
    # Administrators may act as the 1700 desk.
    assert world.get("admin", "/intake/reports").status_code == 200
    assert world.changes("manager")["changes"][0]["case_id"] == case_id


@pytest.fixture
def purging_world(database_url: str, password_hash: str, engines: EngineLoan) -> Iterator[World]:
    """A service that purges finished counts at every attempt (else once a minute)."""
    every_attempt = LoginLimits(purge_interval=timedelta(0))
    with world_with_limits(database_url, password_hash, every_attempt, engines) as world:
        yield world


def test_failures_of_names_that_stopped_trying_are_forgotten(purging_world: World) -> None:
    world = purging_world
    for name in ("nobody.1", "nobody.2", "nobody.3"):
        assert _login(world, name, "guess").status_code == 401
    with world.service.session() as session:
        # Per name: the name, and the name from this address; and this address.
        assert len(session.scalars(select(LoginThrottle)).all()) == 7
    _time_passes(world, 16 * 60)  # their 15 quiet minutes pass ...
    # ... and the next attempt, of anyone, clears them out.
    assert _login(world, "nobody.4", "guess").status_code == 401
    with world.service.session() as session:
        assert len(session.scalars(select(LoginThrottle)).all()) == 3


# Decided before any SQL that differs between databases: one database is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_known_device_is_not_slowed_down_by_guesses_from_many_addresses(
    database_url: str, password_hash: str, engines: EngineLoan
) -> None:
    """Guesses from many addresses slow the account down for new devices; a login that
    presents this device's lapsed token is counted apart, and gets in."""
    slow_account = ThrottleRule(free=4, first_delay=timedelta(minutes=1))
    limits = LoginLimits(account=slow_account)
    with world_with_limits(database_url, password_hash, limits, engines) as world:
        api_url = world.service.base_url + API_PREFIX
        for address in STRANGER_ADDRESSES[:2]:
            with client_from(api_url, address) as stranger:
                for _ in range(2):
                    assert login(stranger, "jonas.maes", "gok").status_code == 401
        assert _login(world, "jonas.maes", PASSWORD).status_code == 429  # a new device waits

        with world.service.session() as session:  # this workstation's session lapsed
            session.execute(update(DeviceToken).values(expires_at=utcnow() - timedelta(days=1)))
        lapsed = world.tokens["jonas"]
        known = login(world.http, "jonas.maes", PASSWORD, previous_token=lapsed)
        assert known.status_code == 200
        # Someone else's token proves nothing about this account.
        other = login(world.http, "jonas.maes", PASSWORD, previous_token=world.tokens["an"])
        assert other.status_code == 429
        # A wrong password from the known device is refused as any.
        wrong = login(world.http, "jonas.maes", "gok", previous_token=lapsed)
        assert wrong.status_code == 401
        world.http.close()


def test_a_failed_username_is_kept_nowhere_in_the_clear(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """A password typed into the username field stays out of the audit trail, the
    throttling table and the logs; the trail can still tell the same name apart."""
    caplog.set_level(logging.DEBUG)
    typed = "Zomer2024!Geheim"
    for _ in range(2):
        assert _login(world, typed, "guess").status_code == 401
    assert _login(world, "other.name", "guess").status_code == 401
    assert _login(world, "jonas.maes", "guess").status_code == 401

    with world.service.database.read() as session:
        failures = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "login.failed").order_by(AuditEvent.id)
        ).all()
        stored = [
            " ".join(str(value) for value in row)
            for table in (AuditEvent.__table__, LoginThrottle.__table__)
            for row in session.execute(select(table)).all()
        ]
    for text in (*stored, caplog.text):
        assert typed.lower() not in text.lower()
    first, again, other, known = (event.detail for event in failures)
    assert first == again != other  # the same name, told apart from another
    assert known["user_id"] == world.ids["jonas"]  # an account's name is no secret
    assert all(event.actor_name == failures[0].actor_name for event in failures)
