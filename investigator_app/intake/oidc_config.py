"""The organisation's identity provider as the service's configuration (issue 16): which
provider, how the service authenticates as its client, and how claims become an account.

Read from the environment by ``OidcSettings.from_env`` (``INTAKE_OIDC_*``, see
docs/sign-in.md); absent ``INTAKE_OIDC_ISSUER`` means no provider: only local accounts.
Nothing here talks to the provider.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, Key, RSAKey

from investigator_app.domain.vocabulary import Role

ClientAuth = Literal["client_secret_basic", "client_secret_post", "private_key_jwt"]
CLIENT_AUTHS: tuple[ClientAuth, ...] = (
    "client_secret_basic",
    "client_secret_post",
    "private_key_jwt",
)
# The roles a provider's claim may give: department members and the coordinator. The 1700
# desk and administrators keep local accounts.
MAPPABLE_ROLES = frozenset({Role.INVESTIGATOR, Role.MANAGER, Role.COORDINATOR})
DEFAULT_MAX_AGE = timedelta(hours=8)
_DEPARTMENT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")
_DURATION = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class OidcConfigError(ValueError):
    """A setting of the identity provider is missing or unusable (never with a secret)."""


@dataclass(frozen=True)
class ClientKey:
    """The private key of private-key JWT client authentication (RFC 7523), and the
    algorithm and key id it signs its assertions with."""

    key: Key = field(repr=False)
    algorithm: str
    key_id: str | None = None
    # The certificate of the key as Entra ID identifies it: x5t (SHA-1) and x5t#S256 of
    # its DER, sent in the assertion's header (INTAKE_OIDC_CLIENT_CERT_FILE).
    certificate_thumbprints: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OidcSettings:
    issuer: str  # exactly as the provider's discovery document and ID tokens name it
    client_id: str
    client_secret: str = field(default="", repr=False)
    client_key: ClientKey | None = None
    client_auth: ClientAuth = "client_secret_basic"
    scopes: tuple[str, ...] = ("openid", "profile")
    label: str = ""  # the provider's name on the desktop's button ("" : the desktop's own)
    organisation_claim: str = "vo_orgcode"
    organisations: Mapping[str, str] = field(default_factory=dict)  # claim value → department
    role_claim: str = "roles"
    roles: Mapping[str, Role] = field(default_factory=dict)  # claim value → role
    create_users: bool = True  # an unknown subject becomes an account (else unknown_user)
    # After this long the service asks the provider again whether the user is still
    # theirs (refreshing at the provider); when it cannot be reached, a token works on up
    # to twice this long since the last confirmation, then waits for the provider.
    max_age: timedelta = DEFAULT_MAX_AGE
    # Re-read the claims (refreshed ID token, else userinfo) at that check: a user whose
    # organisation or role no longer maps loses the token.
    recheck_claims: bool = True
    leeway: timedelta = timedelta(seconds=60)  # clock skew allowed on exp and iat
    sign_in_lifetime: timedelta = timedelta(minutes=10)  # from the start to the answer
    http_timeout: float = 10.0
    ca_file: Path | None = None  # a private CA for the provider's TLS (else the system's)

    def __post_init__(self) -> None:
        _check_issuer(self.issuer)
        if not self.client_id:
            raise OidcConfigError("INTAKE_OIDC_CLIENT_ID is required with INTAKE_OIDC_ISSUER")
        if self.client_auth not in CLIENT_AUTHS:
            raise OidcConfigError(f"the client authentication must be one of {CLIENT_AUTHS}")
        if self.client_auth == "private_key_jwt" and self.client_key is None:
            raise OidcConfigError("private_key_jwt needs INTAKE_OIDC_CLIENT_KEY_FILE")
        if self.client_auth != "private_key_jwt" and not self.client_secret:
            raise OidcConfigError(
                "the provider's client needs INTAKE_OIDC_CLIENT_SECRET or "
                "INTAKE_OIDC_CLIENT_KEY_FILE"
            )
        if "openid" not in self.scopes:
            raise OidcConfigError("INTAKE_OIDC_SCOPES must include openid")
        for organisation, department in self.organisations.items():
            if not organisation or not _DEPARTMENT_CODE.match(department):
                raise OidcConfigError(
                    f"organisation {organisation!r} maps to {department!r}, not a department code"
                )
        for value, role in self.roles.items():
            if not value or role not in MAPPABLE_ROLES:
                raise OidcConfigError(
                    f"role claim value {value!r} maps to {role!r}; a provider's user can be "
                    "an investigator, a manager or a coordinator"
                )
        if not self.roles:
            raise OidcConfigError("INTAKE_OIDC_ROLES maps no role claim value to a role")
        if self.max_age <= timedelta(0):
            raise OidcConfigError("INTAKE_OIDC_MAX_AGE must be longer than zero")

    @property
    def grace(self) -> timedelta:
        """How long after its last confirmation a token works while the provider cannot be
        reached."""
        return 2 * self.max_age

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> OidcSettings | None:
        """The provider of ``INTAKE_OIDC_ISSUER`` and its settings; None without one.
        OidcConfigError names the setting that is wrong."""
        env = os.environ if env is None else env
        issuer = env.get("INTAKE_OIDC_ISSUER", "").strip()
        if not issuer:
            return None
        key = _client_key(env)
        auth = env.get("INTAKE_OIDC_CLIENT_AUTH", "").strip() or (
            "private_key_jwt" if key is not None else "client_secret_basic"
        )
        if auth not in CLIENT_AUTHS:
            raise OidcConfigError(f"INTAKE_OIDC_CLIENT_AUTH must be one of {CLIENT_AUTHS}")
        organisations = parse_mapping(env.get("INTAKE_OIDC_ORGANISATIONS", ""))
        if env.get("INTAKE_OIDC_ORGANISATIONS_FILE"):
            organisations.update(
                parse_mapping(_read(env["INTAKE_OIDC_ORGANISATIONS_FILE"], "organisations"))
            )
        role_names = parse_mapping(env.get("INTAKE_OIDC_ROLES", ""))
        roles = {value: _role(name) for value, name in role_names.items()}
        return cls(
            issuer=issuer,
            client_id=env.get("INTAKE_OIDC_CLIENT_ID", "").strip(),
            client_secret=env.get("INTAKE_OIDC_CLIENT_SECRET", ""),
            client_key=key,
            client_auth=auth,  # type: ignore[arg-type]  # checked above
            scopes=tuple(env.get("INTAKE_OIDC_SCOPES", "openid profile").split()),
            label=env.get("INTAKE_OIDC_LABEL", "").strip(),
            organisation_claim=env.get("INTAKE_OIDC_ORGANISATION_CLAIM", "").strip()
            or "vo_orgcode",
            organisations={code: dept.upper() for code, dept in organisations.items()},
            role_claim=env.get("INTAKE_OIDC_ROLE_CLAIM", "").strip() or "roles",
            roles=roles,
            create_users=_flag(env, "INTAKE_OIDC_CREATE_USERS", True),
            max_age=parse_duration(env.get("INTAKE_OIDC_MAX_AGE", ""), DEFAULT_MAX_AGE),
            recheck_claims=_flag(env, "INTAKE_OIDC_RECHECK_CLAIMS", True),
            ca_file=Path(env["INTAKE_OIDC_CA_FILE"]) if env.get("INTAKE_OIDC_CA_FILE") else None,
        )


def parse_mapping(text: str) -> dict[str, str]:
    """``"A=x, B=y"`` or one ``A=x`` a line (``#`` starts a comment) as a dict."""
    mapping: dict[str, str] = {}
    for raw in re.split(r"[,\n]", text):
        item = raw.split("#", 1)[0].strip()
        if not item:
            continue
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise OidcConfigError(f"{item!r} is not of the form value=target")
        mapping[name.strip()] = value.strip()
    return mapping


def parse_duration(text: str, default: timedelta) -> timedelta:
    """``"8h"``, ``"30m"``, ``"90s"``, ``"1d"`` or a number of seconds."""
    if not text.strip():
        return default
    match = _DURATION.match(text)
    if match is None:
        raise OidcConfigError(f"{text!r} is not a duration such as 8h, 30m or 90s")
    return timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])


def _role(name: str) -> Role:
    try:
        return Role(name.strip().lower())
    except ValueError:
        raise OidcConfigError(
            f"INTAKE_OIDC_ROLES names {name!r}; use investigator, manager or coordinator"
        ) from None


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = env.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise OidcConfigError(f"{name} must be true or false")


def _check_issuer(issuer: str) -> None:
    parts = urlsplit(issuer)
    loopback = parts.hostname in ("127.0.0.1", "::1", "localhost")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise OidcConfigError("INTAKE_OIDC_ISSUER must be an https:// address")
    if parts.query or parts.fragment:
        raise OidcConfigError("INTAKE_OIDC_ISSUER has no query or fragment")


def _read(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise OidcConfigError(
            f"cannot read the {what} file {path} ({type(error).__name__})"
        ) from error


def _client_key(env: Mapping[str, str]) -> ClientKey | None:
    """INTAKE_OIDC_CLIENT_KEY_FILE: a private key in PEM (RSA or EC P-256) or as a JWK;
    INTAKE_OIDC_CLIENT_KEY_ID names it to the provider (else the JWK's kid, if any)."""
    path = env.get("INTAKE_OIDC_CLIENT_KEY_FILE", "").strip()
    if not path:
        return None
    key = load_client_key(_read(path, "client key"), env.get("INTAKE_OIDC_CLIENT_KEY_ID") or None)
    certificate = env.get("INTAKE_OIDC_CLIENT_CERT_FILE", "").strip()
    if not certificate:
        return key
    return replace(
        key,
        certificate_thumbprints=certificate_thumbprints(_read(certificate, "client certificate")),
    )


def certificate_thumbprints(pem: str) -> dict[str, str]:
    """``x5t`` and ``x5t#S256`` of a PEM certificate (RFC 7515 4.1.7-8)."""
    try:
        der = x509.load_pem_x509_certificate(pem.encode("ascii")).public_bytes(Encoding.DER)
    except (ValueError, UnicodeEncodeError):
        raise OidcConfigError("the client certificate is not a PEM certificate") from None
    return {
        "x5t": _b64url(hashlib.sha1(der).digest()),  # a name the provider looks up by
        "x5t#S256": _b64url(hashlib.sha256(der).digest()),
    }


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def load_client_key(text: str, key_id: str | None = None) -> ClientKey:
    """A ClientKey from a PEM or JWK text; OidcConfigError (without the key) otherwise."""
    key: Key
    try:
        if text.lstrip().startswith("{"):
            data = json.loads(text)
            key = ECKey.import_key(data) if data.get("kty") == "EC" else RSAKey.import_key(data)
            key_id = key_id or data.get("kid")
        else:
            try:
                key = RSAKey.import_key(text)
            except (JoseError, ValueError, TypeError):
                key = ECKey.import_key(text)
    except (JoseError, ValueError, TypeError) as error:
        raise OidcConfigError(
            f"the client key is not an RSA or EC private key ({type(error).__name__})"
        ) from None
    if not key.is_private:
        raise OidcConfigError("the client key file holds a public key; give the private key")
    algorithm = "ES256" if isinstance(key, ECKey) else "RS256"
    return ClientKey(key=key, algorithm=algorithm, key_id=key_id)
