"""The provider's ID tokens, checked by the service as OpenID Connect Core 3.1.3.7 says:
tokens signed here with the real provider's key (or another) and validated against the
JWKS the provider serves; a key rotation at the provider; and, end to end, an expired ID
token from the provider refused at the sign-in (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import OctKey, RSAKey

from investigator_app.intake.oidc_client import OidcClient, ProviderUnreachable
from investigator_app.intake.oidc_tokens import IdTokenRefused, validate_id_token
from investigator_app.sync.api import default_tls_context
from tests.intake import signing_in
from tests.intake.signing_in import OidcWorld, person
from tests.support.oidc_provider import CLIENT_ID, OidcProvider, new_verifier, start_provider

make_oidc_world = signing_in.make_oidc_world
NONCE = "nonce-van-deze-aanmelding"


class CountingTransport(httpx.HTTPTransport):
    """The real transport, counting the requests per path (how often keys are fetched)."""

    def __init__(self) -> None:
        super().__init__(verify=default_tls_context())
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return super().handle_request(request)


@pytest.fixture
def transport() -> CountingTransport:
    return CountingTransport()


@pytest.fixture
def client(oidc_provider: OidcProvider, transport: CountingTransport) -> Iterator[OidcClient]:
    made = OidcClient(oidc_provider.service_settings(), transport=transport)
    yield made
    made.close()


def claims(provider: OidcProvider, **changes: object) -> dict[str, Any]:
    return provider.id_token_claims("sub-an", CLIENT_ID, NONCE, **changes)


def refused(client: OidcClient, token: str, nonce: str | None = NONCE) -> str:
    with pytest.raises(IdTokenRefused) as caught:
        validate_id_token(client, token, nonce=nonce)
    return caught.value.reason


def test_a_token_of_the_provider_passes_and_gives_its_claims(
    oidc_provider: OidcProvider, client: OidcClient
) -> None:
    token = oidc_provider.sign(claims(oidc_provider, vo_orgcode="OVO000001"))
    assert validate_id_token(client, token, nonce=NONCE)["vo_orgcode"] == "OVO000001"


def test_a_token_signed_with_another_key_is_refused(
    oidc_provider: OidcProvider, client: OidcClient
) -> None:
    stranger = RSAKey.generate_key(2048, private=True)
    # Even under the provider's own key id.
    kid = oidc_provider.signing_key.kid
    forged = oidc_provider.sign(claims(oidc_provider), key=stranger, header={"kid": kid})
    assert refused(client, forged) == "signature"
    assert refused(client, oidc_provider.sign(claims(oidc_provider), key=stranger)) == "signature"
    good = oidc_provider.sign(claims(oidc_provider))
    assert refused(client, good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")) in (
        "signature",
        "malformed",
    )


def test_unknown_key_ids_do_not_make_the_service_hammer_the_provider(
    oidc_provider: OidcProvider, client: OidcClient, transport: CountingTransport
) -> None:
    stranger = RSAKey.generate_key(2048, private=True)
    for n in range(5):
        forged = oidc_provider.sign(claims(oidc_provider), key=stranger, header={"kid": f"k{n}"})
        assert refused(client, forged) == "signature"
    assert transport.paths.count("/jwks") == 1


def test_a_rotated_key_is_fetched_when_a_token_names_it(
    oidc_provider: OidcProvider, transport: CountingTransport
) -> None:
    # Without the pause between fetches for unknown keys, as if a while went by.
    settings = oidc_provider.service_settings()
    client = OidcClient(settings, transport=transport, refetch_interval=0)
    try:
        validate_id_token(client, oidc_provider.sign(claims(oidc_provider)), nonce=NONCE)
        oidc_provider.rotate_signing_key()
        rotated = oidc_provider.sign(claims(oidc_provider))
        assert validate_id_token(client, rotated, nonce=NONCE)["sub"] == "sub-an"
        assert transport.paths.count("/jwks") == 2
    finally:
        client.close()


@dataclass(frozen=True)
class FromNow:
    """A time in seconds from when the test runs: one read at collection is ten minutes old
    by the time a late test of a long run uses it (tests/test_collection_clock.py).."""

    seconds: int


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"iss": "https://idp.example.org"}, "issuer"),
        ({"aud": "een-andere-toepassing"}, "audience"),
        ({"aud": [CLIENT_ID, "een-andere-toepassing"]}, "audience"),  # no azp
        ({"aud": [CLIENT_ID, "ander"], "azp": "ander"}, "audience"),
        ({"azp": "ander"}, "audience"),
        ({"exp": FromNow(-120)}, "expired"),
        ({"exp": "morgen"}, "expired"),
        ({"iat": FromNow(600)}, "issued_at"),
        ({"iat": FromNow(-3600)}, "issued_at"),
        ({"nonce": "een-andere-aanmelding"}, "nonce"),
        ({"nonce": None}, "nonce"),
        ({"sub": ""}, "subject"),
    ],
)
def test_a_token_that_fails_a_claim_check_is_refused(
    oidc_provider: OidcProvider, client: OidcClient, changes: dict[str, Any], reason: str
) -> None:
    now = int(time.time())
    timed = {k: now + v.seconds if isinstance(v, FromNow) else v for k, v in changes.items()}
    values = {k: v for k, v in claims(oidc_provider, **timed).items() if v is not None}
    assert refused(client, oidc_provider.sign(values)) == reason


def test_the_clocks_may_differ_a_little(oidc_provider: OidcProvider, client: OidcClient) -> None:
    now = int(time.time())
    token = oidc_provider.sign(claims(oidc_provider, exp=now - 30, iat=now + 30))
    assert validate_id_token(client, token, nonce=NONCE)["sub"] == "sub-an"
    audiences = claims(oidc_provider, aud=[CLIENT_ID, "ander"], azp=CLIENT_ID)
    assert validate_id_token(client, oidc_provider.sign(audiences), nonce=NONCE)


def test_unsigned_and_secret_signed_tokens_are_refused(
    oidc_provider: OidcProvider, client: OidcClient
) -> None:
    body = claims(oidc_provider)
    unsigned = (
        ".".join(
            base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()
            for part in ({"alg": "none"}, body)
        )
        + "."
    )
    assert refused(client, unsigned) == "algorithm"
    secret = OctKey.import_key(b"provider-test-secret-provider-test-secret")
    hmac_signed = jwt.encode({"alg": "HS256"}, body, secret)
    assert refused(client, hmac_signed) == "algorithm"
    for malformed in ("", "abc", "a.b.c", "x" * 20_000):
        assert refused(client, malformed) == "malformed"


def test_a_refreshed_token_must_be_about_the_same_user(
    oidc_provider: OidcProvider, client: OidcClient
) -> None:
    token = oidc_provider.sign(claims(oidc_provider, nonce=None))
    assert validate_id_token(client, token, nonce=None, subject="sub-an")
    with pytest.raises(IdTokenRefused):
        validate_id_token(client, token, nonce=None, subject="sub-iemand-anders")


def test_a_discovery_document_that_names_another_issuer_is_not_trusted(
    oidc_provider: OidcProvider,
) -> None:
    # The same provider, configured with a slash its documents do not have.
    other_name = oidc_provider.issuer + "/"
    client = OidcClient(oidc_provider.service_settings(issuer=other_name))
    try:
        with pytest.raises(ProviderUnreachable, match="another issuer"):
            client.metadata()
    finally:
        client.close()


def test_an_expired_id_token_from_the_provider_ends_the_sign_in(
    make_oidc_world: Callable[..., OidcWorld],
) -> None:
    with start_provider(access_token_max_age=timedelta(minutes=-5)) as stale:
        world = make_oidc_world(stale)
        stale.set_user("sub-laat", person("Te Laat"))
        answer = world.desktop_answer("sub-laat", new_verifier())
        assert answer["error"] == "invalid_id_token"
        (refusal,) = world.audit("auth.oidc_refused")
        assert refusal == {"code": "invalid_id_token", "reason": "expired"}
