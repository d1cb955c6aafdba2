"""The service talking to the organisation's identity provider as its confidential client:
discovery, the signing keys, the authorization address, the token endpoint (code and
refresh grants, with the configured client authentication), userinfo and revocation.

One ``OidcClient`` per copy of the service (``app.state.oidc_client``); it caches the
discovery document for an hour and the signing keys until a token names a key it does not
know (refetched at most every ``JWKS_REFETCH_INTERVAL``: a stream of forged key ids does
not make the service hammer the provider). Secrets never reach a log line or an error.
"""

from __future__ import annotations

import logging
import secrets
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import certifi
import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import Key, KeySet

from investigator_app.intake.oidc_config import OidcSettings

log = logging.getLogger("investigator_app.intake.oidc_client")

DISCOVERY_PATH = "/.well-known/openid-configuration"
DISCOVERY_LIFETIME = 3600.0  # seconds a discovery document is used before fetching again
JWKS_LIFETIME = 24 * 3600.0
JWKS_REFETCH_INTERVAL = 30.0  # at most one fetch for an unknown key id per this long
MAX_ANSWER_BYTES = 256 * 1024
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


class ProviderUnreachable(Exception):  # noqa: N818 (reads as what happened)
    """The provider did not answer, answered 5xx, or answered something unusable."""


class ProviderRefused(Exception):  # noqa: N818 (reads as what happened)
    """The provider answered an OAuth error (``error``: its code, e.g. invalid_grant)."""

    def __init__(self, error: str) -> None:
        super().__init__(f"the identity provider refused: {error}")
        self.error = error


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str | None = None
    revocation_endpoint: str | None = None


@dataclass(frozen=True)
class TokenAnswer:
    """What the token endpoint gave; all of it secret."""

    id_token: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)


class OidcClient:
    def __init__(
        self,
        settings: OidcSettings,
        *,
        transport: httpx.BaseTransport | None = None,
        refetch_interval: float = JWKS_REFETCH_INTERVAL,
    ) -> None:
        self.settings = settings
        self._refetch_interval = refetch_interval
        self._http = httpx.Client(
            timeout=settings.http_timeout,
            verify=_tls(str(settings.ca_file) if settings.ca_file else None),
            transport=transport,
            follow_redirects=False,
            headers={"Accept": "application/json"},
        )
        self._lock = threading.Lock()
        self._metadata: ProviderMetadata | None = None
        self._metadata_until = 0.0
        self._keys: KeySet | None = None
        self._keys_until = 0.0
        self._keys_fetched_at = -refetch_interval

    def close(self) -> None:
        self._http.close()

    # --- discovery and keys -----------------------------------------------------------------

    def metadata(self) -> ProviderMetadata:
        with self._lock:
            if self._metadata is not None and time.monotonic() < self._metadata_until:
                return self._metadata
        document = self._get_json(self.settings.issuer.rstrip("/") + DISCOVERY_PATH)
        metadata = _metadata_of(document, self.settings.issuer)
        with self._lock:
            self._metadata, self._metadata_until = metadata, time.monotonic() + DISCOVERY_LIFETIME
        return metadata

    def signing_keys(self, kid: str | None, *, refetch_unknown: bool = True) -> list[Key]:
        """The provider's public keys that ``kid`` names (all of them when None); the
        keys are fetched again when none matches and the last fetch is not too recent."""
        keys = self._cached_keys()
        found = _matching(keys, kid)
        if found or not refetch_unknown:
            return found
        with self._lock:
            if time.monotonic() - self._keys_fetched_at < self._refetch_interval:
                return []
        return _matching(self._fetch_keys(), kid)

    def _cached_keys(self) -> KeySet:
        with self._lock:
            if self._keys is not None and time.monotonic() < self._keys_until:
                return self._keys
        return self._fetch_keys()

    def _fetch_keys(self) -> KeySet:
        with self._lock:
            self._keys_fetched_at = time.monotonic()
        document = self._get_json(self.metadata().jwks_uri)
        try:
            keys = KeySet.import_key_set(
                {"keys": [k for k in document.get("keys", []) if k.get("use") != "enc"]}
            )
        except (JoseError, ValueError, TypeError, AttributeError) as error:
            raise ProviderUnreachable(f"unusable JWKS ({type(error).__name__})") from None
        with self._lock:
            self._keys, self._keys_until = keys, time.monotonic() + JWKS_LIFETIME
        return keys

    # --- the flow ---------------------------------------------------------------------------

    def authorization_url(
        self, *, state: str, nonce: str, code_challenge: str, redirect_uri: str
    ) -> str:
        endpoint = self.metadata().authorization_endpoint
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.settings.client_id,
                "redirect_uri": redirect_uri,
                "scope": " ".join(self.settings.scopes),
                "state": state,
                "nonce": nonce,
                "code_challenge": code_challenge,
                "code_challenge_method": "S256",
            }
        )
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"

    def exchange_code(self, code: str, code_verifier: str, redirect_uri: str) -> TokenAnswer:
        return self._token(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
            }
        )

    def refresh(self, refresh_token: str) -> TokenAnswer:
        return self._token({"grant_type": "refresh_token", "refresh_token": refresh_token})

    def userinfo(self, access_token: str) -> dict[str, Any]:
        """The userinfo claims; ProviderUnreachable when the provider has no such endpoint."""
        endpoint = self.metadata().userinfo_endpoint
        if endpoint is None:
            raise ProviderUnreachable("the provider has no userinfo endpoint")
        try:
            response = self._http.get(endpoint, headers={"Authorization": f"Bearer {access_token}"})
        except httpx.HTTPError as error:
            raise ProviderUnreachable(type(error).__name__) from None
        if response.status_code in (401, 403):
            raise ProviderRefused("invalid_token")
        return _json_object(response)

    def revoke(self, refresh_token: str) -> bool:
        """Revoke a refresh token at the provider (RFC 7009) when it has an endpoint for it;
        whether it said yes. Best effort: never raises."""
        try:
            endpoint = self.metadata().revocation_endpoint
            if endpoint is None:
                return False
            form = {"token": refresh_token, "token_type_hint": "refresh_token"}
            response = self._post_authenticated(endpoint, form)
        except (ProviderUnreachable, httpx.HTTPError) as error:
            log.warning("could not revoke at the identity provider (%s)", type(error).__name__)
            return False
        return response.status_code == 200

    # --- HTTP -------------------------------------------------------------------------------

    def _token(self, form: dict[str, str]) -> TokenAnswer:
        try:
            response = self._post_authenticated(self.metadata().token_endpoint, form)
        except httpx.HTTPError as error:
            raise ProviderUnreachable(type(error).__name__) from None
        if 400 <= response.status_code < 500:
            raise ProviderRefused(_oauth_error(response))
        answer = _json_object(response)
        return TokenAnswer(
            id_token=_text(answer.get("id_token")),
            access_token=_text(answer.get("access_token")),
            refresh_token=_text(answer.get("refresh_token")),
        )

    def _post_authenticated(self, endpoint: str, form: dict[str, str]) -> httpx.Response:
        settings = self.settings
        body = dict(form)
        if settings.client_auth == "client_secret_basic":
            auth = httpx.BasicAuth(
                quote(settings.client_id, safe=""), quote(settings.client_secret, safe="")
            )
            return self._http.post(endpoint, data=body, auth=auth)
        if settings.client_auth == "client_secret_post":
            body.update(client_id=settings.client_id, client_secret=settings.client_secret)
        else:
            body.update(
                client_id=settings.client_id,
                client_assertion_type=ASSERTION_TYPE,
                client_assertion=self._client_assertion(),
            )
        return self._http.post(endpoint, data=body)

    def _client_assertion(self) -> str:
        """A private-key JWT (RFC 7523) naming the token endpoint as its audience (OpenID
        Connect Core 9), also when revoking."""
        key = self.settings.client_key
        assert key is not None, "private_key_jwt is checked to have a key"
        now = int(time.time())
        claims = {
            "iss": self.settings.client_id,
            "sub": self.settings.client_id,
            "aud": self.metadata().token_endpoint,
            "jti": secrets.token_urlsafe(24),
            "iat": now,
            "exp": now + 60,
        }
        header: dict[str, Any] = {"alg": key.algorithm, **key.certificate_thumbprints}
        if key.key_id:
            header["kid"] = key.key_id
        return jwt.encode(header, claims, key.key, algorithms=[key.algorithm])

    def _get_json(self, url: str) -> dict[str, Any]:
        try:
            response = self._http.get(url)
        except httpx.HTTPError as error:
            raise ProviderUnreachable(type(error).__name__) from None
        return _json_object(response)


@lru_cache(maxsize=4)
def _tls(ca_file: str | None) -> ssl.SSLContext:
    """The TLS context for the provider (a private CA's, else certifi's as httpx's own),
    made once per process: loading the CA bundle takes a noticeable moment."""
    return ssl.create_default_context(cafile=ca_file or certifi.where())


def _json_object(response: httpx.Response) -> dict[str, Any]:
    if response.status_code != 200:
        raise ProviderUnreachable(f"HTTP {response.status_code}")
    if len(response.content) > MAX_ANSWER_BYTES:
        raise ProviderUnreachable("answer too large")
    try:
        value = response.json()
    except ValueError:
        raise ProviderUnreachable("not JSON") from None
    if not isinstance(value, dict):
        raise ProviderUnreachable("not a JSON object")
    return value


def _oauth_error(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        error = None
    text = error if isinstance(error, str) else f"http_{response.status_code}"
    return "".join(c for c in text if c.isalnum() or c == "_")[:64] or "unknown"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _metadata_of(document: Mapping[str, Any], issuer: str) -> ProviderMetadata:
    # OpenID Connect Discovery 4.3: the issuer in the document is exactly the configured one.
    if document.get("issuer") != issuer:
        raise ProviderUnreachable("the discovery document names another issuer")
    endpoints: dict[str, str | None] = {}
    for name in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        endpoints[name] = _endpoint(document.get(name), required=True)
    for name in ("userinfo_endpoint", "revocation_endpoint"):
        endpoints[name] = _endpoint(document.get(name), required=False)
    return ProviderMetadata(issuer=issuer, **endpoints)  # type: ignore[arg-type]


def _endpoint(value: object, *, required: bool) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ProviderUnreachable("the discovery document lacks an endpoint")
    parts = urlsplit(value)
    loopback = parts.hostname in ("127.0.0.1", "::1", "localhost")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise ProviderUnreachable("the discovery document names an endpoint without https")
    return value


def _matching(keys: KeySet, kid: str | None) -> list[Key]:
    return [key for key in keys.keys if kid is None or key.kid == kid]
