"""Logging in, tokens and roles."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from investigator_app.intake.db import utcnow
from investigator_app.intake.models import AuditEvent, DeviceToken, LoginThrottle
from investigator_app.intake.tokens import hash_token

from .conftest import PASSWORD, World, op


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


def test_repeated_failures_lock_the_username_for_a_while(world: World) -> None:
    for _ in range(5):
        assert _login(world, "jonas.maes", "guess").status_code == 401
    locked = _login(world, "jonas.maes", PASSWORD)  # even the right password
    assert locked.status_code == 429
    assert locked.json()["detail"]["code"] == "too_many_attempts"
    assert _login(world, "an.peeters", PASSWORD).status_code == 200  # others are not locked
    with world.service.session() as session:  # a minute passes
        session.execute(update(LoginThrottle).values(locked_until=utcnow() - timedelta(seconds=1)))
    assert _login(world, "jonas.maes", PASSWORD).status_code == 200


def test_guesses_sent_in_parallel_check_no_more_passwords_than_the_limit(world: World) -> None:
    """Each attempt is counted before its password is checked: 30 guesses at once get at
    most 5 answers of "wrong password", the rest are refused unchecked."""
    base_url = str(world.http.base_url)

    def guess(number: int) -> int:
        with httpx.Client(base_url=base_url, timeout=60) as client:
            body = {"username": "jonas.maes", "password": f"guess {number}"}
            return client.post("/auth/login", json=body).status_code

    with ThreadPoolExecutor(max_workers=15) as pool:
        answers = list(pool.map(guess, range(30)))
    assert answers.count(401) <= 5 and answers.count(401) + answers.count(429) == 30
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


def test_failures_of_names_that_stopped_trying_are_forgotten(world: World) -> None:
    for name in ("nobody.1", "nobody.2", "nobody.3"):
        assert _login(world, name, "guess").status_code == 401
    with world.service.session() as session:
        assert len(session.scalars(select(LoginThrottle)).all()) == 3
        # Their 15-minute window passes ...
        session.execute(
            update(LoginThrottle).values(first_failure_at=utcnow() - timedelta(minutes=16))
        )
    # ... and the next failure, of anyone, clears them out.
    assert _login(world, "nobody.4", "guess").status_code == 401
    with world.service.session() as session:
        assert [row.username for row in session.scalars(select(LoginThrottle))] == ["nobody.4"]
