"""Signing in with the organisation's account in a real browser: headless Chromium opens
the service's sign-in address, the real OpenID Connect provider's page takes the subject,
and the desktop's loopback address (a stand-in receiver here; the desktop's own in the
desktop's tests) gets a one-time code that becomes a device token. The device token
never passes through the browser; refusals reach the desktop as a clear code, or show the
service's own page when there is no desktop to tell."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.passwords import hash_password
from investigator_app.intake.settings import Settings
from investigator_app.protocol import API_PREFIX
from tests.intake.signing_in import ABB_ORG, OidcWorld, person
from tests.support import web
from tests.support.oidc_provider import (
    LoopbackReceiver,
    OidcProvider,
    challenge_of,
    new_verifier,
    page_text,
    sign_in_with_browser,
    start_url,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def password_hash() -> str:
    return hash_password("correct horse battery")


@pytest.fixture
def oidc_world(
    tmp_path: Path, oidc_provider: OidcProvider, password_hash: str
) -> Iterator[OidcWorld]:
    url = f"sqlite:///{tmp_path / 'intake.sqlite3'}"
    settings = Settings(database_url=url, oidc=oidc_provider.service_settings())
    with EmbeddedService(url, settings=settings) as service:
        world = OidcWorld(service, password_hash, oidc_provider)
        yield world
        world.http.close()


def test_a_browser_sign_in_gives_the_desktop_a_token_for_its_department_s_cases(
    oidc_world: OidcWorld, oidc_browser: WebDriver
) -> None:
    ours = oidc_world.forwarded_case("ABB")
    theirs = oidc_world.forwarded_case("OMG")
    oidc_world.provider.set_user("an.vlaeminck", person("An Vlaeminck", ABB_ORG))
    verifier = new_verifier()
    with LoopbackReceiver() as desktop:
        start = start_url(
            oidc_world.service.base_url, desktop.redirect_uri, challenge_of(verifier), state="s1"
        )
        landed = sign_in_with_browser(oidc_browser, start, "an.vlaeminck")
        answer = desktop.wait()
    assert answer["state"] == "s1" and set(answer) == {"code", "state"}
    assert "U mag dit venster sluiten" in page_text(oidc_browser)

    response = oidc_world.exchange(answer["code"], verifier, "Werkpost 12")
    assert response.status_code == 200, response.text
    token = response.json()["token"]
    assert response.json()["user"]["department"]["code"] == "ABB"
    changes = oidc_world.as_token(token, "/changes", params={"cursor": 0}).json()["changes"]
    assert ours in {c["case_id"] for c in changes} and theirs not in {c["case_id"] for c in changes}
    # The device token never went through the browser: not in any address it visited,
    # not in what it shows.
    visited = [landed, oidc_browser.current_url, *(p for _m, p in oidc_world.provider.requests)]
    assert all(token not in address for address in visited)
    assert token not in oidc_browser.page_source
    # The code in the browser's history is spent.
    assert oidc_world.exchange(answer["code"], verifier).status_code == 401


def test_an_organisation_without_a_department_is_told_to_the_desktop(
    oidc_world: OidcWorld, oidc_browser: WebDriver
) -> None:
    oidc_world.provider.set_user("buiten", person("Bert Buiten", "OVO999999"))
    with LoopbackReceiver() as desktop:
        start = start_url(oidc_world.service.base_url, desktop.redirect_uri, challenge_of("x" * 43))
        sign_in_with_browser(oidc_browser, start, "buiten")
        assert desktop.wait() == {"error": "unknown_organisation", "state": "desktop-state"}


def test_a_user_without_a_role_is_told_to_the_desktop(
    oidc_world: OidcWorld, oidc_browser: WebDriver
) -> None:
    oidc_world.provider.set_user("zonder-rol", person("Zonder Rol", ABB_ORG, role=None))
    with LoopbackReceiver() as desktop:
        start = start_url(oidc_world.service.base_url, desktop.redirect_uri, challenge_of("y" * 43))
        sign_in_with_browser(oidc_browser, start, "zonder-rol")
        assert desktop.wait()["error"] == "no_role"


def test_the_service_explains_in_both_languages_when_it_cannot_tell_the_desktop(
    oidc_world: OidcWorld, oidc_browser: WebDriver
) -> None:
    base = oidc_world.service.base_url
    oidc_browser.get(start_url(base, "https://evil.example/callback", challenge_of("z" * 43)))
    text = page_text(oidc_browser)
    assert "Dit aanmeldadres is niet geldig" in text
    assert "This sign-in address is not valid" in text
    # "Deny" at the test provider comes back without the sign-in's state.
    with LoopbackReceiver() as desktop:
        start = start_url(base, desktop.redirect_uri, challenge_of("w" * 43))
        landed = sign_in_with_browser(oidc_browser, start, None, deny=True, until=base)
        assert landed.startswith(base + API_PREFIX + "/auth/oidc/callback")
        assert "start het aanmelden opnieuw" in page_text(oidc_browser)
        assert desktop.received == []
    assert web.get(base + API_PREFIX + "/auth/options").json()["organisation"] is True
