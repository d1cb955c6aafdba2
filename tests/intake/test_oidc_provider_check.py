"""A device token of the organisation's sign-in is confirmed with the provider again after
the maximum age: a user the provider disabled, or whose claims no longer map, loses it; a
provider that cannot be reached gets a grace period, then the token waits for it; signing
out forgets (and where offered revokes) the provider's refresh token. SQLite and
PostgreSQL, with the real provider."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta

import httpx
from sqlalchemy import select, update

from investigator_app.intake.db import utcnow
from investigator_app.intake.models import DeviceToken
from tests.intake import signing_in
from tests.intake.signing_in import OMG_ORG, OidcWorld, person
from tests.support import web
from tests.support.oidc_provider import start_provider

make_oidc_world = signing_in.make_oidc_world
HOUR = timedelta(hours=1)


def _device(world: OidcWorld) -> DeviceToken:
    with world.service.database.read() as session:
        return session.scalars(
            select(DeviceToken).where(DeviceToken.sign_in_method == "oidc")
        ).one()


def _age(world: OidcWorld, by: timedelta) -> None:
    """As if the provider last confirmed the token ``by`` ago."""
    with world.service.session() as session:
        session.execute(
            update(DeviceToken)
            .where(DeviceToken.sign_in_method == "oidc")
            .values(provider_checked_at=utcnow() - by)
        )


def _code(response: httpx.Response) -> str:
    return str(response.json()["detail"]["code"])


def test_a_user_disabled_at_the_provider_loses_access_within_the_maximum_age(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    world = make_oidc_world(max_age=timedelta(seconds=1))
    token = world.sign_in("sub-weg", person("Weg Gestuurd"))
    world.provider.revoke_user_tokens("sub-weg")  # the administrator disables them there
    assert world.as_token(token, "/me").status_code == 200  # confirmed less than 1 s ago
    time.sleep(1.1)
    refused = world.as_token(token, "/changes", params={"cursor": 0})
    assert refused.status_code == 401 and _code(refused) == "token_revoked"
    assert _code(world.as_token(token, "/me")) == "token_revoked"
    assert _device(world).revoked_at is not None
    (event,) = world.audit("auth.provider_refused")
    assert event["reason"] == "refresh_invalid_grant"
    assert token not in str(event)


def test_a_user_the_provider_still_knows_goes_on_and_is_confirmed_again(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    world = make_oidc_world(max_age=HOUR)
    token = world.sign_in("sub-blijft", person("Blijft Hier"))
    world.forwarded_case("ABB")
    asked = world.provider.token_requests()
    assert world.as_token(token, "/changes", params={"cursor": 0}).status_code == 200
    assert world.provider.token_requests() == asked  # not due: nobody asked the provider
    _age(world, HOUR + timedelta(minutes=1))
    assert world.as_token(token, "/changes", params={"cursor": 0}).status_code == 200
    assert world.provider.token_requests() == asked + 1
    checked = _device(world).provider_checked_at
    assert checked is not None and utcnow() - checked < timedelta(minutes=1)
    assert world.audit("auth.provider_refused") == []


def test_claims_that_no_longer_map_end_the_token(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    world = make_oidc_world(max_age=HOUR)
    token = world.sign_in("sub-rol", person("Rol Kwijt"))
    world.provider.set_user("sub-rol", person("Rol Kwijt", role=None))
    _age(world, 2 * HOUR)
    assert _code(world.as_token(token, "/me")) == "token_revoked"
    other = world.sign_in("sub-verhuisd", person("Ver Huisd"))
    world.provider.set_user("sub-verhuisd", person("Ver Huisd", OMG_ORG))
    with world.service.session() as session:
        session.execute(
            update(DeviceToken)
            .where(DeviceToken.revoked_at.is_(None))
            .values(provider_checked_at=utcnow() - 2 * HOUR)
        )
    assert _code(world.as_token(other, "/me")) == "token_revoked"
    reasons = [event["reason"] for event in world.audit("auth.provider_refused")]
    assert reasons == ["no_role", "claims_changed"]


def test_an_unreachable_provider_gets_a_grace_period_then_the_token_waits(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    world = make_oidc_world(max_age=HOUR)
    token = world.sign_in("sub-wacht", person("Wacht Even"))
    world.as_token(token, "/me")  # the discovery document is known
    with world.provider.unreachable():
        _age(world, HOUR + timedelta(minutes=30))
        assert world.as_token(token, "/me").status_code == 200  # within twice the age
        _age(world, 2 * HOUR + timedelta(minutes=1))
        waiting = world.as_token(token, "/me")
        assert waiting.status_code == 503 and _code(waiting) == "service_busy"
        assert int(waiting.headers["retry-after"]) > 0
        assert _device(world).revoked_at is None  # the provider's word ends it, not silence
    assert world.as_token(token, "/me").status_code == 200
    checked = _device(world).provider_checked_at
    assert checked is not None and utcnow() - checked < timedelta(minutes=1)


def test_without_a_refresh_token_the_user_signs_in_again_after_the_maximum_age(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    with start_provider(issue_refresh_token=False) as provider:
        world = make_oidc_world(provider, max_age=HOUR)
        token = world.sign_in("sub-kort", person("Kort Lopend"))
        assert _device(world).provider_refresh_sealed is None
        assert world.as_token(token, "/me").status_code == 200
        _age(world, HOUR)
        assert _code(world.as_token(token, "/me")) == "token_expired"


def test_many_requests_at_once_ask_the_provider_once(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    world = make_oidc_world(max_age=HOUR)
    token = world.sign_in("sub-druk", person("Druk Bezig"))
    world.as_token(token, "/me")
    asked = world.provider.token_requests()
    _age(world, 2 * HOUR - timedelta(minutes=1))
    answers: list[int] = []

    def call() -> None:
        with web.client(base_url=world.http.base_url) as client:
            response = client.get("/me", headers={"Authorization": f"Bearer {token}"})
            answers.append(response.status_code)

    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert answers == [200] * 6
    assert world.provider.token_requests() == asked + 1


def test_signing_out_revokes_the_token_and_forgets_the_provider_s_refresh_token(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    world = make_oidc_world()
    token = world.sign_in("sub-uit", person("Af Gemeld"))
    out = world.http.post("/auth/logout", headers={"Authorization": f"Bearer {token}"})
    assert out.status_code == 204
    device = _device(world)
    assert device.revoked_at is not None and device.provider_refresh_sealed is None
    assert _code(world.as_token(token, "/me")) == "token_revoked"
    (logout,) = world.audit("logout")
    assert logout["token_id"] == device.id
