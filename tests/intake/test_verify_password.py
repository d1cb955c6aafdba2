"""The password check behind the desktop's idle lock: the token's own user only, a growing
delay after failures of this device (not the account's: others' guesses cannot keep it
locked), an audit event for each failure without the password."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from investigator_app.intake.db import utcnow
from investigator_app.intake.login_throttle import LoginLimits, ThrottleRule
from investigator_app.intake.models import AuditEvent, DeviceToken, LoginThrottle
from investigator_app.protocol import API_PREFIX, VERIFY_PASSWORD_PATH
from investigator_app.sync.api import ApiClient
from investigator_app.sync.errors import AuthenticationFailed, TooManyAttempts
from tests.intake.conftest import PASSWORD, World, world_with_limits
from tests.support.engines import EngineLoan

PATH = VERIFY_PASSWORD_PATH.removeprefix(API_PREFIX)


def _check(world: World, who: str, password: str) -> int:
    return world.post(who, PATH, {"password": password}).status_code


def _unlock_failures(world: World) -> list[AuditEvent]:
    with world.service.session() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.action == "auth.unlock_failed")
            ).all()
        )


def test_the_right_password_of_the_tokens_own_user_answers_204(world: World) -> None:
    assert _check(world, "an", PASSWORD) == 204
    assert _check(world, "operator", PASSWORD) == 204  # the 1700 desk may lock too
    assert _unlock_failures(world) == []


def test_a_wrong_password_is_refused_and_audited_without_the_password(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="investigator_app")
    response = world.post("an", PATH, {"password": "raad eens wat"})
    assert response.status_code == 401
    assert response.json()["detail"]["code"] == "invalid_credentials"
    [event] = _unlock_failures(world)
    assert event.actor_id == world.ids["an"]
    assert "raad eens" not in str(event.detail) and "raad eens" not in caplog.text
    assert event.detail == {"token_id": event.detail["token_id"]}  # ids only
    assert _check(world, "an", PASSWORD) == 204  # the token itself is untouched


def test_without_a_usable_token_the_answer_is_as_for_any_call(world: World) -> None:
    anonymous = world.http.post(PATH, json={"password": PASSWORD})
    assert anonymous.status_code == 401
    assert anonymous.json()["detail"]["code"] == "not_authenticated"
    with world.service.session() as session:
        session.execute(
            update(DeviceToken)
            .where(DeviceToken.user_id == world.ids["jonas"])
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
    expired = world.post("jonas", PATH, {"password": PASSWORD})
    assert expired.status_code == 401
    assert expired.json()["detail"]["code"] == "token_expired"
    assert world.post("an", PATH, {"password": ""}).status_code == 422


def test_repeated_failures_slow_this_device_down_and_no_one_else(world: World) -> None:
    for _ in range(5):
        assert _check(world, "jonas", "gok") == 401
    waiting = world.post("jonas", PATH, {"password": PASSWORD})  # even the right one
    assert waiting.status_code == 429
    assert waiting.json()["detail"]["code"] == "too_many_attempts"
    assert waiting.headers["Retry-After"] == "1"  # the first wait of a growing delay
    # Counted for this device: the account still signs in elsewhere (which a stranger
    # with a stolen token cannot use to guess faster: each guess costs a login's wait).
    login = world.http.post("/auth/login", json={"username": "jonas.maes", "password": PASSWORD})
    assert login.status_code == 200
    assert _check(world, "an", PASSWORD) == 204  # others are not slowed down
    with world.service.session() as session:  # the wait passes
        session.execute(update(LoginThrottle).values(blocked_until=utcnow() - timedelta(seconds=1)))
    assert _check(world, "jonas", PASSWORD) == 204


def test_a_strangers_guesses_at_the_account_do_not_keep_its_device_locked(world: World) -> None:
    for _ in range(8):  # the old shared lock: 5 of these locked the unlock out too
        response = world.http.post("/auth/login", json={"username": "an.peeters", "password": "x"})
        assert response.status_code in (401, 429)
    assert _check(world, "an", PASSWORD) == 204


@pytest.fixture
def patient_world(database_url: str, password_hash: str, engines: EngineLoan) -> Iterator[World]:
    """A service that holds a device 30 s (not 1 s) after its free failures: a test sees
    the hold however long a busy machine takes between two calls."""
    hold = LoginLimits(device=ThrottleRule(free=5, first_delay=timedelta(seconds=30)))
    with world_with_limits(database_url, password_hash, hold, engines) as world:
        yield world


def test_the_client_tells_the_answers_apart(patient_world: World) -> None:
    world = patient_world
    with ApiClient(world.service.base_url, world.tokens["an"]) as client:
        client.verify_password(PASSWORD)
        with pytest.raises(AuthenticationFailed) as wrong:
            client.verify_password("gok")
        assert wrong.value.code == "invalid_credentials"
        for _ in range(4):
            with pytest.raises(AuthenticationFailed):
                client.verify_password("gok")
        with pytest.raises(TooManyAttempts) as throttled:
            client.verify_password(PASSWORD)
        waited = throttled.value.retry_after
        assert waited is not None and 20 <= waited <= 30  # the hold, less the time since
