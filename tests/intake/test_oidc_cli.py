"""The administrator and the organisation's sign-in at the command line: the devices of a
user with how they signed in and when the provider last confirmed them, revoking one, and
linking a local account to the provider's user. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from investigator_app.intake.cli import main
from investigator_app.intake.db import utcnow
from tests.intake import signing_in
from tests.intake.conftest import PASSWORD
from tests.intake.signing_in import OidcWorld, person

make_oidc_world, oidc_world = signing_in.make_oidc_world, signing_in.oidc_world


def _cli(world: OidcWorld, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--database-url", world.service.settings.database_url, *args])
    out, _err = capsys.readouterr()
    return code, out


def test_the_administrator_lists_and_revokes_a_provider_s_device(
    oidc_world: OidcWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    token = oidc_world.sign_in("sub-cli", person("Cli Gebruiker"))
    username = oidc_world.as_token(token, "/me").json()["user"]["username"]
    (device,) = oidc_world.audit("auth.oidc_device")
    code, out = _cli(oidc_world, capsys, "device", "list", "--user", username)
    assert code == 0
    (line,) = [row for row in out.splitlines() if device["token_id"] in row]
    assert "oidc" in line and "Testpc" in line and "active" in line
    assert "provider confirmed" in out.splitlines()[0]
    # Created, last used and confirmed by the provider: at the sign-in, a moment ago.
    assert line.count(f"{utcnow():%Y-%m-%d}") == 3

    assert _cli(oidc_world, capsys, "device", "revoke", device["token_id"])[0] == 0
    refused = oidc_world.as_token(token, "/me")
    assert refused.status_code == 401 and refused.json()["detail"]["code"] == "token_revoked"


def test_a_local_account_can_be_linked_to_the_provider_s_user(
    oidc_world: OidcWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    issuer = oidc_world.provider.issuer
    code, out = _cli(
        oidc_world,
        capsys,
        "user", "link-oidc", "--username", "an.peeters", "--subject", "sub-an",
        "--issuer", issuer,
    )  # fmt: skip
    assert code == 0 and "organisation's account only" in out
    assert oidc_world.get("an", "/me").status_code == 401  # its devices sign in again
    login = oidc_world.http.post(
        "/auth/login", json={"username": "an.peeters", "password": PASSWORD}
    )
    assert login.status_code == 401  # and no longer with the password
    token = oidc_world.sign_in("sub-an", person("An Peeters"))
    assert oidc_world.as_token(token, "/me").json()["user"]["id"] == oidc_world.ids["an"]
    (linked,) = oidc_world.audit("user.link_oidc")
    assert linked["subject"] == "sub-an" and linked["revoked"] == 1

    code, _out = _cli(
        oidc_world,
        capsys,
        "user", "link-oidc", "--username", "jonas.maes", "--subject", "sub-an",
        "--issuer", issuer,
    )  # fmt: skip
    assert code != 0  # one provider's user, one account
