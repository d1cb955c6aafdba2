"""Validating the provider's ID tokens (OpenID Connect Core 3.1.3.7): the signature with a
key of the provider's JWKS (fetched again when the token names a key not seen yet: the
provider rotated its keys), the issuer, the audience and authorized party, expiry and
issue time with a small leeway for clocks, and the nonce of the sign-in it answers.

Only asymmetric algorithms are accepted: never ``none``, never an HMAC with the client
secret. A refusal says which check failed (``IdTokenRefused.reason``, for the audit trail),
never what the token held.
"""

from __future__ import annotations

import hmac
import json
import math
import time
from typing import Any, TypeGuard

from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import Key

from investigator_app.intake.oidc_client import OidcClient

ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"}
)
_KEY_TYPES = {"R": "RSA", "P": "RSA", "E": "EC"}
MAX_TOKEN_CHARS = 16_000


class IdTokenRefused(Exception):  # noqa: N818 (reads as what happened)
    """``reason``: malformed, algorithm, signature, issuer, audience, expired, issued_at,
    nonce or subject."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the ID token failed its {reason} check")
        self.reason = reason


def validate_id_token(
    client: OidcClient,
    token: str,
    *,
    nonce: str | None,
    subject: str | None = None,
    now: float | None = None,
) -> dict[str, Any]:
    """The claims of ``token`` when it passes every check; IdTokenRefused otherwise.

    ``nonce``: the sign-in's own (None for a token from a refresh, which carries none we
    sent); ``subject``: the user it must be about (at a refresh)."""
    settings = client.settings
    now = time.time() if now is None else now
    leeway = settings.leeway.total_seconds()
    header, payload = _parts(token)
    algorithm = header.get("alg")
    if not isinstance(algorithm, str) or algorithm not in ALGORITHMS:
        raise IdTokenRefused("algorithm")
    kid = header.get("kid")
    if kid is not None and not isinstance(kid, str):
        raise IdTokenRefused("malformed")
    keys = [k for k in client.signing_keys(kid) if k.key_type == _KEY_TYPES[algorithm[0]]]
    if not any(_verifies(token, key, algorithm) for key in keys):
        raise IdTokenRefused("signature")
    claims = payload

    if claims.get("iss") != settings.issuer:
        raise IdTokenRefused("issuer")
    audience = claims.get("aud")
    audiences = [audience] if isinstance(audience, str) else audience
    if not isinstance(audiences, list) or settings.client_id not in audiences:
        raise IdTokenRefused("audience")
    # Several audiences: the token must say it was issued to us (azp); if it names an
    # authorized party at all, that must be us.
    azp = claims.get("azp")
    if (len(audiences) > 1 and azp is None) or (azp is not None and azp != settings.client_id):
        raise IdTokenRefused("audience")
    expires, issued = claims.get("exp"), claims.get("iat")
    if not _number(expires) or expires <= now - leeway:
        raise IdTokenRefused("expired")
    oldest = now - settings.sign_in_lifetime.total_seconds() - leeway
    if not _number(issued) or issued > now + leeway or issued < oldest:
        raise IdTokenRefused("issued_at")
    if nonce is not None:
        sent = claims.get("nonce")
        if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), nonce.encode()):
            raise IdTokenRefused("nonce")
    sub = claims.get("sub")
    if not isinstance(sub, str) or not 0 < len(sub) <= 255:
        raise IdTokenRefused("subject")
    if subject is not None and sub != subject:
        raise IdTokenRefused("subject")
    return claims


def _parts(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and claims, unverified (the key to verify with depends on the header)."""
    if not token or len(token) > MAX_TOKEN_CHARS or token.count(".") != 2:
        raise IdTokenRefused("malformed")
    try:
        compact = jws.extract_compact(token.encode("ascii"))
        header = dict(compact.headers())
        claims = json.loads(compact.payload)
    except (JoseError, ValueError, TypeError, UnicodeError):
        raise IdTokenRefused("malformed") from None
    if not isinstance(claims, dict):
        raise IdTokenRefused("malformed")
    return header, claims


def _verifies(token: str, key: Key, algorithm: str) -> bool:
    try:
        jws.deserialize_compact(token, key, algorithms=[algorithm])
    except (JoseError, ValueError, TypeError):
        return False
    return True


def _number(value: object) -> TypeGuard[float]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return isinstance(value, int) or math.isfinite(value)
