"""Signing in with the organisation's account, through a real OpenID Connect provider on
loopback, on SQLite and PostgreSQL: the account the claims give, their department's cases
and nothing else, and the clear refusals when the claims give no department or role."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from sqlalchemy import select, update

from investigator_app.intake.models import DeviceToken, User
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_signin import AUTH_OPTIONS_PATH, OIDC_CALLBACK_PATH
from tests.intake import signing_in
from tests.intake.signing_in import ABB_ORG, OMG_ORG, OidcWorld, person
from tests.support.oidc_provider import new_verifier, query_of, sign_in_over_http

PATH = API_PREFIX
CALLBACK = OIDC_CALLBACK_PATH.removeprefix(API_PREFIX)
make_oidc_world, oidc_world = signing_in.make_oidc_world, signing_in.oidc_world


def test_the_options_say_that_the_organisation_s_account_can_be_used(
    oidc_world: OidcWorld,
) -> None:
    response = oidc_world.http.get(AUTH_OPTIONS_PATH.removeprefix(PATH))
    assert response.json() == {
        "organisation": True,
        "organisation_label": "Testprovider",
        "local": True,
    }


def test_a_first_sign_in_makes_the_account_and_gives_the_department_s_cases_only(
    oidc_world: OidcWorld,
) -> None:
    ours = oidc_world.forwarded_case("ABB")
    theirs = oidc_world.forwarded_case("OMG")
    token = oidc_world.sign_in("sub-an", person("An Vlaeminck"))

    me = oidc_world.as_token(token, "/me").json()
    assert me["user"]["display_name"] == "An Vlaeminck"
    assert me["user"]["role"] == "investigator"
    assert me["user"]["department"]["code"] == "ABB"
    assert me["sign_in_method"] == "oidc"
    changes = oidc_world.as_token(token, "/changes", params={"cursor": 0}).json()["changes"]
    seen = {change["case_id"] for change in changes}
    assert ours in seen and theirs not in seen
    assert oidc_world.as_token(token, f"/cases/{theirs}/audit").status_code == 404

    created = oidc_world.audit("auth.oidc_account_created")
    assert [event["subject"] for event in created] == ["sub-an"]
    (device,) = oidc_world.audit("auth.oidc_device")
    assert device["device"] == "Testpc"
    with oidc_world.service.database.read() as session:
        row = session.scalars(select(DeviceToken).where(DeviceToken.id == device["token_id"])).one()
        assert row.sign_in_method == "oidc"
        assert row.provider_checked_at is not None
        assert row.provider_refresh_sealed  # the provider's refresh token, sealed
        assert row.provider_refresh_sealed.isascii() and token not in row.provider_refresh_sealed


def test_signing_in_again_finds_the_same_account_and_follows_the_claims(
    oidc_world: OidcWorld,
) -> None:
    first = oidc_world.sign_in("sub-els", person("Els Wouters", role="onderzoeker"))
    again = oidc_world.sign_in("sub-els", person("Els Wouters-Peeters", role="leidinggevende"))
    me = oidc_world.as_token(again, "/me").json()["user"]
    assert me["role"] == "manager" and me["display_name"] == "Els Wouters-Peeters"
    assert oidc_world.as_token(first, "/me").status_code == 200  # same department: kept
    assert len(oidc_world.audit("auth.oidc_account_created")) == 1

    moved = oidc_world.sign_in("sub-els", person("Els Wouters-Peeters", OMG_ORG))
    assert oidc_world.as_token(moved, "/me").json()["user"]["department"]["code"] == "OMG"
    # The devices signed in for the other department sign in again.
    assert oidc_world.as_token(first, "/me").json()["detail"]["code"] == "token_revoked"
    (change,) = [e for e in oidc_world.audit("auth.oidc_account_changed") if "department" in e]
    assert change["department"] == ["ABB", "OMG"] and change["revoked"] == 2


def test_a_local_account_with_the_same_name_is_not_taken_over(oidc_world: OidcWorld) -> None:
    oidc_world.provider.set_user(
        "sub-x", {**person("Iemand Anders"), "preferred_username": "an.peeters"}
    )
    token = oidc_world.sign_in("sub-x")
    user = oidc_world.as_token(token, "/me").json()["user"]
    assert user["id"] != oidc_world.ids["an"]
    assert user["username"].startswith("an.peeters-")


def test_an_organisation_that_maps_to_no_department_is_refused_clearly(
    oidc_world: OidcWorld,
) -> None:
    oidc_world.provider.set_user("sub-z", person("Zoë Buiten", "OVO999999"))
    answer = oidc_world.desktop_answer("sub-z", new_verifier(), state="mijn-staat")
    assert answer == {"error": "unknown_organisation", "state": "mijn-staat"}
    (refusal,) = oidc_world.audit("auth.oidc_refused")
    assert refusal["code"] == "unknown_organisation"
    assert refusal["organisations"] == ["OVO999999"]
    with oidc_world.service.database.read() as session:
        assert session.scalars(select(User).where(User.oidc_subject == "sub-z")).first() is None


def test_several_departments_or_none_at_all_are_refused(oidc_world: OidcWorld) -> None:
    oidc_world.provider.set_user("sub-two", person("Twee Huizen", [ABB_ORG, OMG_ORG]))
    assert oidc_world.desktop_answer("sub-two", new_verifier())["error"] == "unknown_organisation"
    oidc_world.provider.set_user("sub-none", person("Nergens", None))
    assert oidc_world.desktop_answer("sub-none", new_verifier())["error"] == "unknown_organisation"


def test_a_missing_or_unknown_role_is_refused_clearly(oidc_world: OidcWorld) -> None:
    oidc_world.provider.set_user("sub-norole", person("Geen Rol", role=None))
    assert oidc_world.desktop_answer("sub-norole", new_verifier())["error"] == "no_role"
    oidc_world.provider.set_user("sub-odd", person("Rare Rol", role=["boekhouder"]))
    assert oidc_world.desktop_answer("sub-odd", new_verifier())["error"] == "no_role"
    reasons = [event["reason"] for event in oidc_world.audit("auth.oidc_refused")]
    assert reasons == ["no_role", "no_role"]


def test_the_highest_mapped_role_counts_and_a_coordinator_has_no_department(
    oidc_world: OidcWorld,
) -> None:
    both = oidc_world.sign_in("sub-m", person("Mia Beide", role=["onderzoeker", "leidinggevende"]))
    assert oidc_world.as_token(both, "/me").json()["user"]["role"] == "manager"
    coordinator = oidc_world.sign_in("sub-c", person("Cor Dinator", None, "coordinator"))
    user = oidc_world.as_token(coordinator, "/me").json()["user"]
    assert user["role"] == "coordinator" and user["department"] is None
    assert oidc_world.as_token(coordinator, "/changes", params={"cursor": 0}).status_code == 403


def test_unknown_users_are_refused_when_the_settings_say_so(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    world = make_oidc_world(create_users=False)
    world.provider.set_user("sub-new", person("Nieuw Iemand"))
    assert world.desktop_answer("sub-new", new_verifier())["error"] == "unknown_user"
    # An account the administrator linked to the subject signs in.
    with world.service.session() as session:
        session.execute(
            update(User)
            .where(User.id == world.ids["an"])
            .values(oidc_issuer=world.provider.issuer, oidc_subject="sub-new")
        )
    token = world.sign_in("sub-new")
    assert world.as_token(token, "/me").json()["user"]["id"] == world.ids["an"]


def test_a_user_disabled_here_is_refused_even_when_the_provider_says_yes(
    oidc_world: OidcWorld,
) -> None:
    oidc_world.sign_in("sub-off", person("Uit Gezet"))
    with oidc_world.service.session() as session:
        session.execute(update(User).where(User.oidc_subject == "sub-off").values(active=False))
    answer = oidc_world.desktop_answer("sub-off", new_verifier())
    assert answer["error"] == "account_disabled"


def test_a_refusal_by_the_provider_reaches_the_desktop_as_provider_refused(
    oidc_world: OidcWorld,
) -> None:
    to_provider = oidc_world.http.get(
        oidc_world.start(new_verifier()).removeprefix(oidc_world.service.base_url + PATH)
    )
    state = httpx.URL(to_provider.headers["location"]).params["state"]
    # The provider's answer when the user cancels (RFC 6749 4.1.2.1).
    answer = oidc_world.http.get(
        CALLBACK, params={"error": "access_denied", "error_description": "nee", "state": state}
    )
    assert query_of(answer) == {"error": "provider_refused", "state": "desktop-state"}
    (refusal,) = oidc_world.audit("auth.oidc_refused")
    assert refusal["provider_error"] == "access_denied"


def test_a_denial_without_state_shows_the_service_s_own_page(oidc_world: OidcWorld) -> None:
    # The test provider leaves the state out of its "Deny" answer: the service cannot tell
    # which sign-in it ends, and says so in the browser.
    response = sign_in_over_http(oidc_world.start(new_verifier()), None, deny=True)
    assert response.status_code == 400
    assert "start het aanmelden opnieuw" in response.text
    assert "start signing in again" in response.text


def test_a_provider_s_account_never_signs_in_with_a_password(oidc_world: OidcWorld) -> None:
    token = oidc_world.sign_in("sub-pw", person("Zonder Wachtwoord"))
    username = oidc_world.as_token(token, "/me").json()["user"]["username"]
    # The second is the phrase an absent hash is checked against (passwords.py).
    for password in ("", "no such user: spend the same time as for a real one", "x"):
        response = oidc_world.http.post(
            "/auth/login", json={"username": username, "password": password or " "}
        )
        assert response.status_code == 401, response.text


def test_nothing_of_the_sign_in_is_answered_with_a_token_in_an_address(
    oidc_world: OidcWorld,
) -> None:
    oidc_world.provider.set_user("sub-t", person("Toon Adres"))
    verifier = new_verifier()
    redirect = sign_in_over_http(oidc_world.start(verifier), "sub-t")
    answer = query_of(redirect)
    token = oidc_world.exchange(answer["code"], verifier).json()["token"]
    assert token not in redirect.headers["location"]
    assert set(answer) == {"code", "state"}
    assert isinstance(httpx.URL(redirect.headers["location"]).port, int)
