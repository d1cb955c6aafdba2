"""EmbeddedService: a real service on loopback that can go down and come back."""

from __future__ import annotations

import httpx
import pytest

from investigator_app.intake.embedded import EmbeddedService
from investigator_app.protocol import API_PREFIX
from tests.support import web

from .conftest import World


def test_restart_keeps_the_address_and_the_data(world: World) -> None:
    service = world.service
    url = service.base_url
    case_id = world.forwarded_case()
    service.stop()
    assert not service.running
    with pytest.raises(httpx.TransportError):
        web.get(url + API_PREFIX + "/me", timeout=2)
    service.start()
    assert service.base_url == url
    fresh = web.client(base_url=url + API_PREFIX, headers=world.auth("an"))
    changes = fresh.get("/changes").json()["changes"]
    fresh.close()
    assert [c["case_id"] for c in changes] == [case_id]


def test_free_port_is_chosen_and_docs_are_served(sqlite_url: str) -> None:
    with EmbeddedService(sqlite_url) as first, EmbeddedService(sqlite_url) as second:
        assert first.base_url != second.base_url
        assert first.base_url.startswith("http://127.0.0.1:")
        schema = web.get(first.base_url + API_PREFIX + "/openapi.json").json()
        paths = schema["paths"]
        assert paths[API_PREFIX + "/intake/reports"]["post"]["summary"] == "Register a report"
        assert "anonymous" in paths[API_PREFIX + "/intake/reports"]["post"]["description"].lower()
        assert API_PREFIX + "/changes" in paths and API_PREFIX + "/operations" in paths
