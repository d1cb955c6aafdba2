"""A real OpenID Connect provider on loopback, a browser that signs in at it, and a stand-in
for the desktop's loopback redirect: what the tests of issue 16 need to sign in with the
organisation's account.

The provider is the PyPI package ``oidc-provider-mock`` (Authlib's authorization server in
a small Flask app), served by werkzeug in a thread of the test process. It implements the
protocol for real: discovery (``/.well-known/openid-configuration``), the authorization-
code flow with a sign-in page on which one types the subject, ID tokens signed RS256 and
published in a JWKS, refresh tokens, userinfo. It accepts any client id and secret and any
redirect URI, and does not check PKCE (the service sends it all the same).

How to use it::

    def test_something(oidc_provider: OidcProvider, oidc_browser: WebDriver) -> None:
        oidc_provider.set_user("an", {"name": "An Peeters", "vo_orgcode": "OVO000001",
                                      "vo_rol": "onderzoeker"})
        settings = Settings(database_url=..., oidc=oidc_provider.service_settings(
            organisations={"OVO000001": "ABB"}, roles={"onderzoeker": Role.INVESTIGATOR}))
        # the service's start address, with the desktop's loopback redirect (a LoopbackReceiver
        # stands in for the desktop; the desktop tests use the desktop's own):
        with LoopbackReceiver() as desktop:
            start = start_url(service.base_url, desktop.redirect_uri, challenge_of(VERIFIER))
            sign_in_with_browser(oidc_browser, start, "an")   # headless Chromium
            answer = desktop.wait()                          # {"code": ..., "state": ...}
        # or, without a browser, the same requests a browser makes (fast):
        redirect = sign_in_over_http(start, "an")   # the 302 to the desktop, not followed
        answer = query_of(redirect)                 # {"code": ..., "state": ...}
        # then the desktop's exchange: POST /api/v1/auth/oidc/token {code, code_verifier}

What the provider knows about its users: ``set_user(sub, claims)`` (claims go into the ID
token and userinfo; a subject typed on the page that was never set gets
``{"email": sub}``), ``revoke_user_tokens(sub)`` (its refresh tokens stop working: the user
disabled at the provider), ``rotate_signing_key()``, and ``sign(claims)`` to make an ID
token with its key (or another) for the tests of tampered tokens. ``unreachable()`` takes it
down for a block (then back at the same address, knowing what it knew); ``requests`` and
``token_requests()`` tell how often the service asked it; ``accept_private_key_jwt(key)``
lets its token endpoint take RFC 7523 client assertions. ``start_provider()`` makes one
with other options (``access_token_max_age``: also the ID token's lifetime, negative for
expired tokens; ``issue_refresh_token``).

The desktop's side (verifier, start address, LoopbackReceiver, the browser and the plain
HTTP flow) lives in ``tests.support.sign_in_flow`` and is re-exported here. The intake
tests' world with a provider is ``tests.intake.signing_in`` (``make_oidc_world``).

Fixtures: ``oidc_provider`` (a fresh provider per test) and ``oidc_browser`` (one headless
Chromium per test session, cookies cleared per test; skips without /usr/bin/chromium).
They are registered for every test through ``tests/conftest.py``.
"""

from __future__ import annotations

import importlib
import threading
import time
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

# Authlib sets its deprecation warnings to "always" when first imported. Imported with this
# plugin, at start-up, it does so before pytest applies pyproject's filterwarnings to each
# test, which then silence the test provider's use of Authlib's deprecated modules.
import authlib.deprecate  # noqa: F401
import pytest

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.oidc_config import OidcSettings
from tests.support import web
from tests.support.sign_in_flow import (
    CHROMEDRIVER,
    CHROMIUM,
    CHROMIUM_FLAGS,
    LoopbackReceiver,
    _oidc_chromium,
    _tls,
    challenge_of,
    desktop_redirect_of,
    free_loopback_redirect,
    needs_chromium,
    new_verifier,
    oidc_browser,
    page_text,
    query_of,
    sign_in_over_http,
    sign_in_with_browser,
    start_url,
)

__all__ = [  # the flow's helpers and the browser fixture, here too (one import, one plugin)
    "CHROMEDRIVER",
    "CHROMIUM",
    "CHROMIUM_FLAGS",
    "CLIENT_ID",
    "LoopbackReceiver",
    "OidcProvider",
    "_oidc_chromium",
    "challenge_of",
    "desktop_redirect_of",
    "free_loopback_redirect",
    "needs_chromium",
    "new_verifier",
    "oidc_browser",
    "oidc_provider",
    "page_text",
    "query_of",
    "sign_in_over_http",
    "sign_in_with_browser",
    "start_provider",
    "start_url",
]

CLIENT_ID = "integriteitsmeldingen"
CLIENT_SECRET = "provider-test-secret"  # the provider accepts any; the service sends it
ORGANISATION_CLAIM, ROLE_CLAIM = "vo_orgcode", "vo_rol"


class OidcProvider:
    """One running provider. ``issuer`` is its address (``http://127.0.0.1:<port>``)."""

    def __init__(self, app: Any) -> None:
        import flask

        self._app = app
        # Every request the provider answered, as (method, path): how often it was asked.
        self.requests: list[tuple[str, str]] = []
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._port = 0
        self._serve()
        self.issuer = f"http://127.0.0.1:{self._port}"
        with app.test_request_context():  # the provider's storage, made by its blueprint
            app.preprocess_request()
            self._storage = flask.g.oidc_provider_mock_storage
            self.authorization_server = flask.g._authlib_authorization_server
        self._http = web.client(base_url=self.issuer, timeout=10, verify=_tls())

    def _serve(self) -> None:
        import werkzeug.serving

        for _ in range(50):  # the port of a stopped server may take a moment to free
            try:
                server = werkzeug.serving.make_server(
                    "127.0.0.1",
                    self._port,
                    self._recorded,
                    threaded=True,
                    request_handler=_QuietHandler(),
                )
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError(f"the provider's port {self._port} stays taken")
        self._server, self._port = server, server.server_port
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def _recorded(self, environ: dict[str, Any], start_response: Any) -> Any:
        self.requests.append((environ["REQUEST_METHOD"], environ["PATH_INFO"]))
        return self._app(environ, start_response)

    def token_requests(self) -> int:
        """How many times the token endpoint was called (codes exchanged, refreshes)."""
        return self.requests.count(("POST", "/oauth2/token"))

    def _shut(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    @contextmanager
    def unreachable(self) -> Iterator[None]:
        """The provider is down (connections refused) inside the block, then back at the
        same address with everything it knew."""
        self._shut()
        try:
            yield
        finally:
            self._serve()

    # --- its users ------------------------------------------------------------------------

    def set_user(self, sub: str, claims: Mapping[str, object]) -> None:
        """Add or replace a user: the claims its ID tokens and userinfo carry."""
        response = self._http.put(f"/users/{sub}", json=dict(claims))
        assert response.status_code == 204, response.text

    def revoke_user_tokens(self, sub: str) -> None:
        """The user's access and refresh tokens stop working (disabled at the provider)."""
        response = self._http.post(f"/users/{sub}/revoke-tokens")
        assert response.status_code == 204, response.text

    def refresh_token_count(self, sub: str) -> int:
        """How many refresh tokens of ``sub`` the provider still honours."""
        return sum(1 for token in self._storage.refresh_tokens() if token.user_id == sub)

    # --- its keys -------------------------------------------------------------------------

    @property
    def signing_key(self) -> Any:
        """The private key it signs ID tokens with now (a joserfc RSAKey)."""
        from joserfc.jwk import RSAKey

        return RSAKey.import_key(self._storage.jwk.as_dict(is_private=True))

    def rotate_signing_key(self) -> None:
        """A new signing key: new ID tokens are signed with it, the JWKS publishes only it."""
        with warnings.catch_warnings():
            import authlib.deprecate  # noqa: F401  (see _quiet_import)

            warnings.simplefilter("ignore")
            from authlib import jose

        self._storage.jwk = jose.RSAKey.generate_key(is_private=True)

    def sign(
        self,
        claims: Mapping[str, object],
        *,
        key: Any = None,
        header: Mapping[str, object] | None = None,
    ) -> str:
        """A JWT of ``claims`` signed with ``key`` (default: the provider's own, with its
        kid), for validating tokens the provider did not issue."""
        from joserfc import jwt

        key = key if key is not None else self.signing_key
        key.ensure_kid()
        return jwt.encode({"alg": "RS256", "kid": key.kid, **(header or {})}, dict(claims), key)

    def id_token_claims(
        self, sub: str, audience: str, nonce: str, /, **changes: object
    ) -> dict[str, object]:
        """The claims of an ID token the provider could have issued to ``audience``."""
        now = int(time.time())
        claims: dict[str, object] = {
            "iss": self.issuer,
            "sub": sub,
            "aud": audience,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
        }
        claims.update(changes)
        return claims

    def accept_private_key_jwt(self, public_key: Any) -> None:
        """Let the token endpoint also take client authentication by a private-key JWT
        (RFC 7523, Authlib's own implementation) that ``public_key`` verifies."""
        from authlib.oauth2.rfc7523 import JWTBearerClientAssertion

        audience, used = f"{self.issuer}/oauth2/token", set[str]()

        class Assertion(JWTBearerClientAssertion):  # type: ignore[misc]
            CLIENT_AUTH_METHOD = "private_key_jwt"

            def get_audiences(self) -> list[str]:
                return [audience]

            def validate_jti(self, claims: Any, jti: str) -> bool:
                fresh = jti not in used
                used.add(jti)
                return fresh

            def resolve_client_public_key(self, client: Any) -> Any:
                return public_key

        app_module = _quiet_import()._app
        for grant in (app_module.AuthorizationCodeGrant, app_module.RefreshTokenGrant):
            methods = list(grant.TOKEN_ENDPOINT_AUTH_METHODS)
            if "private_key_jwt" not in methods:
                grant.TOKEN_ENDPOINT_AUTH_METHODS = [*methods, "private_key_jwt"]
        self.authorization_server.register_client_auth_method("private_key_jwt", Assertion())

    # --- the service as its client --------------------------------------------------------

    def service_settings(
        self,
        *,
        organisations: Mapping[str, str] | None = None,
        roles: Mapping[str, Role] | None = None,
        **changes: Any,
    ) -> OidcSettings:
        """The service's OidcSettings for this provider: client ``CLIENT_ID`` with a
        secret, the claims ``vo_orgcode`` and ``vo_rol``; ``changes`` override any field."""
        values: dict[str, Any] = {
            "issuer": self.issuer,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "label": "Testprovider",
            "organisation_claim": ORGANISATION_CLAIM,
            "role_claim": ROLE_CLAIM,
            "organisations": dict(organisations or {"OVO000001": "ABB", "OVO000002": "OMG"}),
            "roles": dict(
                roles
                or {
                    "onderzoeker": Role.INVESTIGATOR,
                    "leidinggevende": Role.MANAGER,
                    "coordinator": Role.COORDINATOR,
                }
            ),
        }
        values.update(changes)
        return OidcSettings(**values)

    def close(self) -> None:
        self._http.close()
        self._shut()
        with _keys_lock:  # no running provider signs with it any more: the next may
            _spare_keys.append(self._storage.jwk)


# Signing keys of stopped providers. The provider makes a new RSA key for each app (a fifth
# of a second of CPU, some sixty times over the suite); a key is never shared by two
# providers that run at once, so a test with two providers still has two keys.
_spare_keys: list[Any] = []
_keys_lock = threading.Lock()


@contextmanager
def _spare_key_for_the_next_app() -> Iterator[None]:
    storage = importlib.import_module("oidc_provider_mock._storage")
    rsa_key = storage.jose.RSAKey
    generate, own = rsa_key.generate_key, vars(rsa_key).get("generate_key")

    def spare_or_new(*args: Any, **kwargs: Any) -> Any:
        with _keys_lock:
            if _spare_keys:
                return _spare_keys.pop()
        return generate(*args, **kwargs)

    rsa_key.generate_key = spare_or_new
    try:
        yield
    finally:  # the classmethod back as it was (or the inherited one again)
        if own is not None:
            rsa_key.generate_key = own
        else:
            del rsa_key.generate_key


@contextmanager
def start_provider(
    *,
    access_token_max_age: timedelta = timedelta(hours=1),
    issue_refresh_token: bool = True,
    require_nonce: bool = True,
) -> Iterator[OidcProvider]:
    """A provider on a free loopback port, stopped at the end. ``access_token_max_age`` is
    also the lifetime of its ID tokens."""
    with _spare_key_for_the_next_app():
        app = _quiet_import().app(
            require_nonce=require_nonce,
            issue_refresh_token=issue_refresh_token,
            access_token_max_age=access_token_max_age,
        )
    app.debug = False  # errors as the provider's answers, not werkzeug's debugger
    provider = OidcProvider(app)
    try:
        yield provider
    finally:
        provider.close()


def _quiet_import() -> Any:
    """The provider's package, imported without Authlib's warnings that parts of it are
    old (Authlib adds an "always" filter of its own when first imported)."""
    with warnings.catch_warnings():
        import authlib.deprecate  # noqa: F401  (its filter first, so that ours wins)

        warnings.simplefilter("ignore")
        import oidc_provider_mock

        return oidc_provider_mock


def _QuietHandler() -> Any:
    """werkzeug's request handler without its access log on stderr (the provider's answers
    are the tests' business)."""
    from werkzeug.serving import WSGIRequestHandler

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args: Any, **kwargs: Any) -> None:
            pass

    return Quiet


@pytest.fixture
def oidc_provider() -> Iterator[OidcProvider]:
    with start_provider() as provider:
        yield provider
