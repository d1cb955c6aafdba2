"""The little world of tests/intake/conftest.py with an identity provider: the service is
the provider's client (tests.support.oidc_provider), and sign-ins go through the real flow
over HTTP (the requests a browser makes, without one)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import AuditEvent
from investigator_app.intake.settings import Settings
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_signin import OIDC_TOKEN_PATH
from tests.intake.conftest import World
from tests.support.engines import EngineLoan
from tests.support.oidc_provider import (
    OidcProvider,
    challenge_of,
    free_loopback_redirect,
    new_verifier,
    query_of,
    sign_in_over_http,
    start_url,
)

ABB_ORG, OMG_ORG = "OVO000001", "OVO000002"


def person(name: str, organisation: str | list[str] | None = ABB_ORG, role: Any = "onderzoeker"):
    """Claims of a provider's user as the tests' provider gives them."""
    claims: dict[str, object] = {"name": name}
    if organisation is not None:
        claims["vo_orgcode"] = organisation
    if role is not None:
        claims["vo_rol"] = role
    return claims


class OidcWorld(World):
    def __init__(self, service: EmbeddedService, password_hash: str, provider: OidcProvider):
        super().__init__(service, password_hash)
        self.provider = provider

    def start(self, verifier: str, redirect_uri: str | None = None, **extra: str) -> str:
        return start_url(
            self.service.base_url,
            redirect_uri or free_loopback_redirect(),
            challenge_of(verifier),
            **extra,
        )

    def desktop_answer(self, subject: str | None, verifier: str, **extra: Any) -> dict[str, str]:
        """The query the desktop's loopback address receives at the end of the flow."""
        response = sign_in_over_http(self.start(verifier, **extra), subject)
        assert response.status_code == 302, response.text
        return query_of(response)

    def exchange(self, code: str, verifier: str, device_name: str = "") -> httpx.Response:
        body = {"code": code, "code_verifier": verifier, "device_name": device_name}
        return self.http.post(OIDC_TOKEN_PATH.removeprefix(API_PREFIX), json=body)

    def sign_in(self, subject: str, claims: dict[str, object] | None = None) -> str:
        """A device token of ``subject`` through the whole flow (its claims set first)."""
        if claims is not None:
            self.provider.set_user(subject, claims)
        verifier = new_verifier()
        answer = self.desktop_answer(subject, verifier)
        assert "code" in answer, answer
        response = self.exchange(answer["code"], verifier, "Testpc")
        assert response.status_code == 200, response.text
        return str(response.json()["token"])

    def as_token(self, token: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, headers={"Authorization": f"Bearer {token}"}, **kwargs)

    def audit(self, action: str) -> list[dict[str, Any]]:
        with self.service.database.read() as session:
            rows = session.scalars(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.at)
            )
            return [dict(row.detail) for row in rows]


@pytest.fixture
def make_oidc_world(
    database_url: str, oidc_provider: OidcProvider, password_hash: str, engines: EngineLoan
) -> Iterator[Callable[..., OidcWorld]]:
    """``make_oidc_world(**changes)``: a service whose OidcSettings have ``changes``."""
    made: list[OidcWorld] = []

    def make(provider: OidcProvider | None = None, **changes: Any) -> OidcWorld:
        provider = provider or oidc_provider
        settings = Settings(database_url=database_url, oidc=provider.service_settings(**changes))
        service = engines.service(database_url, settings=settings).start()
        world = OidcWorld(service, password_hash, provider)
        made.append(world)
        return world

    try:
        yield make
    finally:
        for world in made:
            world.http.close()
            world.service.stop()


@pytest.fixture
def oidc_world(make_oidc_world: Callable[..., OidcWorld]) -> OidcWorld:
    return make_oidc_world()


def settings_with(settings: Settings, **changes: Any) -> Settings:
    assert settings.oidc is not None
    return replace(settings, oidc=replace(settings.oidc, **changes))
