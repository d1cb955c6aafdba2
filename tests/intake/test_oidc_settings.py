"""The identity provider's settings as an administrator writes them (INTAKE_OIDC_*), and
the service authenticating at the provider with a private-key JWT instead of a secret."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from joserfc.jwk import ECKey, RSAKey

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.oidc_client import OidcClient, ProviderRefused
from investigator_app.intake.oidc_config import OidcConfigError, OidcSettings, load_client_key
from tests.intake import signing_in
from tests.intake.signing_in import OidcWorld, person
from tests.support.oidc_provider import OidcProvider, new_verifier

make_oidc_world = signing_in.make_oidc_world

BASE = {
    "INTAKE_OIDC_ISSUER": "https://authenticatie.vlaanderen.be/op",
    "INTAKE_OIDC_CLIENT_ID": "integriteit",
    "INTAKE_OIDC_CLIENT_SECRET": "geheim",
    "INTAKE_OIDC_ROLES": "Onderzoeker=investigator, Leidinggevende=manager",
}


def test_no_issuer_means_local_accounts_only() -> None:
    assert OidcSettings.from_env({}) is None


def test_the_settings_of_a_provider_are_read_with_their_defaults() -> None:
    settings = OidcSettings.from_env(
        {
            **BASE,
            "INTAKE_OIDC_ORGANISATIONS": "OVO000123=abb, OVO000456 = OMG",
            "INTAKE_OIDC_SCOPES": "openid profile vo offline_access",
            "INTAKE_OIDC_LABEL": "Vlaamse overheid",
            "INTAKE_OIDC_MAX_AGE": "30m",
            "INTAKE_OIDC_CREATE_USERS": "no",
        }
    )
    assert settings is not None
    assert settings.organisations == {"OVO000123": "ABB", "OVO000456": "OMG"}
    assert settings.roles == {"Onderzoeker": Role.INVESTIGATOR, "Leidinggevende": Role.MANAGER}
    assert settings.scopes == ("openid", "profile", "vo", "offline_access")
    assert settings.client_auth == "client_secret_basic"
    assert settings.organisation_claim == "vo_orgcode" and settings.role_claim == "roles"
    assert settings.max_age == timedelta(minutes=30) and settings.grace == timedelta(hours=1)
    assert settings.create_users is False and settings.label == "Vlaamse overheid"
    assert "geheim" not in repr(settings)


def test_the_organisations_can_come_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "organisaties.txt"
    path.write_text("# OVO-code = departement\nOVO000123=ABB\nOVO000456=OMG  # Omgeving\n")
    settings = OidcSettings.from_env({**BASE, "INTAKE_OIDC_ORGANISATIONS_FILE": str(path)})
    assert settings is not None and settings.organisations == {
        "OVO000123": "ABB",
        "OVO000456": "OMG",
    }


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"INTAKE_OIDC_ISSUER": "http://idp.example.org"}, "https"),
        ({"INTAKE_OIDC_CLIENT_ID": ""}, "CLIENT_ID"),
        ({"INTAKE_OIDC_CLIENT_SECRET": ""}, "CLIENT_SECRET"),
        ({"INTAKE_OIDC_ROLES": ""}, "no role"),
        ({"INTAKE_OIDC_ROLES": "Beheerder=admin"}, "investigator, a manager or a coordinator"),
        ({"INTAKE_OIDC_ROLES": "Onderzoeker=baas"}, "use investigator"),
        ({"INTAKE_OIDC_ORGANISATIONS": "OVO000123"}, "value=target"),
        ({"INTAKE_OIDC_ORGANISATIONS": "OVO000123=a b"}, "not a department code"),
        ({"INTAKE_OIDC_SCOPES": "profile"}, "openid"),
        ({"INTAKE_OIDC_MAX_AGE": "acht uur"}, "duration"),
        ({"INTAKE_OIDC_MAX_AGE": "0"}, "longer than zero"),
        ({"INTAKE_OIDC_CREATE_USERS": "misschien"}, "true or false"),
        ({"INTAKE_OIDC_CLIENT_AUTH": "tls_client_auth"}, "CLIENT_AUTH"),
        ({"INTAKE_OIDC_ORGANISATIONS_FILE": "/geen/bestand"}, "cannot read"),
    ],
)
def test_a_wrong_setting_is_named_without_its_secret(changes: dict[str, str], message: str) -> None:
    with pytest.raises(OidcConfigError, match=message) as caught:
        OidcSettings.from_env({**BASE, **changes})
    assert "geheim" not in str(caught.value)


def test_a_client_key_file_in_pem_or_as_a_jwk(tmp_path: Path) -> None:
    rsa = RSAKey.generate_key(2048, private=True)
    pem = tmp_path / "client.pem"
    pem.write_bytes(rsa.as_pem(private=True))
    env = {**BASE, "INTAKE_OIDC_CLIENT_SECRET": "", "INTAKE_OIDC_CLIENT_KEY_FILE": str(pem)}
    settings = OidcSettings.from_env({**env, "INTAKE_OIDC_CLIENT_KEY_ID": "sleutel-1"})
    assert settings is not None and settings.client_auth == "private_key_jwt"
    assert settings.client_key is not None and settings.client_key.algorithm == "RS256"
    assert settings.client_key.key_id == "sleutel-1"

    ec = ECKey.generate_key("P-256", private=True)
    jwk = tmp_path / "client.jwk"
    jwk.write_text(json.dumps({**ec.as_dict(private=True), "kid": "ec-1"}))
    settings = OidcSettings.from_env({**env, "INTAKE_OIDC_CLIENT_KEY_FILE": str(jwk)})
    assert settings is not None and settings.client_key is not None
    assert (settings.client_key.algorithm, settings.client_key.key_id) == ("ES256", "ec-1")

    with pytest.raises(OidcConfigError, match="public key"):
        load_client_key(rsa.as_pem(private=False).decode())
    with pytest.raises(OidcConfigError, match="not an RSA or EC private key"):
        load_client_key("-----BEGIN NONSENSE-----")


def test_the_service_signs_in_with_a_private_key_jwt_instead_of_a_secret(
    make_oidc_world: Callable[..., OidcWorld], oidc_provider: OidcProvider
) -> None:
    key = RSAKey.generate_key(2048, private=True)
    oidc_provider.accept_private_key_jwt(RSAKey.import_key(key.as_dict(private=False)))
    client_key = load_client_key(key.as_pem(private=True).decode(), "sleutel-1")
    world = make_oidc_world(client_secret="", client_key=client_key, client_auth="private_key_jwt")
    token = world.sign_in("sub-jwt", person("Sleutel Houder"))
    assert world.as_token(token, "/me").json()["user"]["display_name"] == "Sleutel Houder"
    # The assertion is what the provider judges: a key it does not know is refused before
    # the code is even looked at; the right one gets as far as the (made-up) code.
    stranger = load_client_key(RSAKey.generate_key(2048, private=True).as_pem(True).decode())
    for signing, error in ((stranger, "invalid_client"), (client_key, "invalid_grant")):
        settings = oidc_provider.service_settings(
            client_secret="", client_key=signing, client_auth="private_key_jwt"
        )
        client = OidcClient(settings)
        try:
            with pytest.raises(ProviderRefused) as caught:
                client.exchange_code("verzonnen", new_verifier(), "http://127.0.0.1:1/cb")
            assert caught.value.error == error
        finally:
            client.close()


def test_a_certificate_names_the_client_key_as_entra_id_expects(tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intake")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=1))
        .sign(private, hashes.SHA256())
    )
    key_file, cert_file = tmp_path / "client.pem", tmp_path / "client.crt"
    key_file.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    env = {
        **BASE,
        "INTAKE_OIDC_CLIENT_SECRET": "",
        "INTAKE_OIDC_CLIENT_KEY_FILE": str(key_file),
        "INTAKE_OIDC_CLIENT_CERT_FILE": str(cert_file),
    }
    settings = OidcSettings.from_env(env)
    assert settings is not None and settings.client_key is not None
    der = certificate.public_bytes(serialization.Encoding.DER)
    expected = base64.urlsafe_b64encode(hashlib.sha1(der).digest()).rstrip(b"=").decode()
    assert settings.client_key.certificate_thumbprints["x5t"] == expected
    assert len(settings.client_key.certificate_thumbprints["x5t#S256"]) == 43
