"""The desktop's side of the organisation's sign-in as an attacker would try it: the
one-time code works once, for two minutes, with the verifier of the challenge it started
with only; the browser is only ever sent to a loopback address; a callback is taken once.
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import OidcSignIn
from investigator_app.intake.oidc_flow import KEEP_FINISHED, purge
from investigator_app.intake.settings import Settings
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_signin import AUTH_OPTIONS_PATH, OIDC_CALLBACK_PATH
from tests.intake import signing_in
from tests.intake.signing_in import OidcWorld, person
from tests.support import web
from tests.support.oidc_provider import (
    challenge_of,
    free_loopback_redirect,
    new_verifier,
    query_of,
    sign_in_over_http,
    start_url,
)

make_oidc_world, oidc_world = signing_in.make_oidc_world, signing_in.oidc_world
CALLBACK = OIDC_CALLBACK_PATH.removeprefix(API_PREFIX)


def _code(world: OidcWorld, verifier: str) -> str:
    world.provider.set_user("sub-code", person("Code Gebruiker"))
    return world.desktop_answer("sub-code", verifier)["code"]


def test_a_code_works_once(oidc_world: OidcWorld) -> None:
    verifier = new_verifier()
    code = _code(oidc_world, verifier)
    assert oidc_world.exchange(code, verifier).status_code == 200
    again = oidc_world.exchange(code, verifier)
    assert again.status_code == 401
    assert again.json()["detail"]["code"] == "invalid_sign_in"
    assert [e["reason"] for e in oidc_world.audit("auth.oidc_refused")] == ["code_reused"]


def test_a_wrong_verifier_is_refused_and_uses_the_code_up(oidc_world: OidcWorld) -> None:
    verifier = new_verifier()
    code = _code(oidc_world, verifier)
    wrong = oidc_world.exchange(code, new_verifier())
    assert wrong.status_code == 401 and wrong.json()["detail"]["code"] == "invalid_sign_in"
    assert oidc_world.exchange(code, verifier).status_code == 401  # no second try
    reasons = [e["reason"] for e in oidc_world.audit("auth.oidc_refused")]
    assert reasons == ["verifier_mismatch", "code_reused"]


def test_an_expired_or_unknown_code_is_refused(oidc_world: OidcWorld) -> None:
    verifier = new_verifier()
    code = _code(oidc_world, verifier)
    with oidc_world.service.session() as session:  # two minutes and a second later
        session.execute(update(OidcSignIn).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert oidc_world.exchange(code, verifier).json()["detail"]["code"] == "invalid_sign_in"
    unknown = oidc_world.exchange("x" * 43, verifier)
    assert unknown.status_code == 401
    assert [e["reason"] for e in oidc_world.audit("auth.oidc_refused")] == ["code_expired"]


def test_the_exchange_refuses_malformed_bodies(oidc_world: OidcWorld) -> None:
    for body in ({"code": "abc"}, {"code": "abc", "code_verifier": "short"}, {}):
        response = oidc_world.http.post("/auth/oidc/token", json=body)
        assert response.status_code == 422


NOT_LOOPBACK = (
    "https://127.0.0.1:5555/callback",
    "http://localhost:5555/callback",
    "http://evil.example:5555/callback",
    "http://127.0.0.1.evil.example/callback",
    "http://127.0.0.1:5555/callback?next=http://evil.example",
    "http://127.0.0.1:5555@evil.example/callback",
    "http://127.0.0.1:99999/callback",
    "http://127.0.0.1/callback",
    "",
)


def test_the_browser_is_never_sent_to_anything_but_a_loopback_address(
    oidc_world: OidcWorld,
) -> None:
    challenge = challenge_of(new_verifier())
    for redirect_uri in NOT_LOOPBACK:
        response = web.get(start_url(oidc_world.service.base_url, redirect_uri, challenge))
        assert response.status_code == 400, redirect_uri
        assert "location" not in response.headers
        assert "Dit aanmeldadres is niet geldig" in response.text
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
    with oidc_world.service.database.read() as session:
        assert session.scalar(select(func.count()).select_from(OidcSignIn)) == 0


def test_a_start_without_a_usable_challenge_goes_back_as_invalid_request(
    oidc_world: OidcWorld,
) -> None:
    redirect = free_loopback_redirect()
    for changes in (
        {"code_challenge": "too-short"},
        {"code_challenge_method": "plain"},
    ):
        start = start_url(oidc_world.service.base_url, redirect, challenge_of(new_verifier()))
        start += "&" + "&".join(f"{k}={v}" for k, v in changes.items())
        response = web.get(start)
        assert response.status_code == 302
        assert query_of(response) == {"error": "invalid_request", "state": "desktop-state"}


def test_a_callback_is_taken_once_and_an_unknown_one_shows_a_page(oidc_world: OidcWorld) -> None:
    oidc_world.provider.set_user("sub-replay", person("Twee Keer"))
    with web.client() as browser:
        to_provider = browser.get(oidc_world.start(new_verifier()))
        form = browser.get(to_provider.headers["location"])
        to_callback = browser.post(str(form.url), data={"sub": "sub-replay"})
        callback = to_callback.headers["location"]
        first = browser.get(callback)
        assert "code" in query_of(first)
        replay = browser.get(callback)
    assert replay.status_code == 400 and "onbekend, verlopen of al afgehandeld" in replay.text
    forged = oidc_world.http.get(CALLBACK, params={"state": "verzonnen", "code": "abc"})
    assert forged.status_code == 400
    assert oidc_world.http.get(CALLBACK).status_code == 400


def test_a_sign_in_that_took_too_long_goes_back_as_invalid_sign_in(
    oidc_world: OidcWorld,
) -> None:
    oidc_world.provider.set_user("sub-slow", person("Traag"))
    start = oidc_world.start(new_verifier())
    with web.client() as browser:
        to_provider = browser.get(start)
        with oidc_world.service.session() as session:  # the user went for coffee
            session.execute(update(OidcSignIn).values(expires_at=utcnow() - timedelta(minutes=1)))
        form = browser.get(to_provider.headers["location"])
        answer = browser.get(
            browser.post(str(form.url), data={"sub": "sub-slow"}).headers["location"]
        )
    assert query_of(answer)["error"] == "invalid_sign_in"


def test_finished_sign_ins_are_deleted_after_a_while(oidc_world: OidcWorld) -> None:
    verifier = new_verifier()
    oidc_world.exchange(_code(oidc_world, verifier), verifier)
    sign_in_over_http(oidc_world.start(new_verifier()), None)  # started, never answered
    with oidc_world.service.session() as session:
        assert purge(session, utcnow()) == 0
        later = utcnow() + timedelta(minutes=10) + KEEP_FINISHED + timedelta(seconds=1)
        assert purge(session, later) == 2


def test_without_a_provider_the_desktop_hears_so(database_url: str) -> None:
    with EmbeddedService(database_url, settings=Settings(database_url=database_url)) as service:
        options = web.get(service.base_url + AUTH_OPTIONS_PATH).json()
        assert options["organisation"] is False
        start = start_url(service.base_url, free_loopback_redirect(), challenge_of(new_verifier()))
        response = web.get(start)
        assert query_of(response)["error"] == "sign_in_not_configured"
        callback = web.get(service.base_url + OIDC_CALLBACK_PATH, params={"state": "x"})
        assert callback.status_code == 400 and "niet ingesteld" in callback.text


def test_the_provider_s_code_and_state_and_our_code_stay_out_of_the_logs(
    oidc_world: OidcWorld, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    verifier = new_verifier()
    oidc_world.provider.set_user("sub-log", person("Log Boek"))
    with web.client() as browser:
        to_provider = browser.get(oidc_world.start(verifier))
        state = httpx.URL(to_provider.headers["location"]).params["state"]
        form = browser.get(to_provider.headers["location"])
        callback = browser.post(str(form.url), data={"sub": "sub-log"}).headers["location"]
        provider_code = httpx.URL(callback).params["code"]
        ours = query_of(browser.get(callback))["code"]
    token = oidc_world.exchange(ours, verifier).json()["token"]
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "/auth/oidc/callback" in text  # the access log saw the request
    for secret in (state, provider_code, ours, token, verifier):
        assert secret not in text
