"""Wire schemas of signing in beyond a password (issue 16), shared by service and desktop.

**The organisation's account (OpenID Connect, RFC 8252 for the desktop).** The service is
the provider's confidential client; the desktop never talks to the provider itself:

1. ``GET /api/v1/auth/options`` (no token) says whether a provider is configured and the
   name to show on the button.
2. The desktop listens on ``http://127.0.0.1:<free port>/callback``, makes a PKCE verifier
   and opens the system browser at ``OIDC_START_PATH`` with ``redirect_uri`` (that loopback
   address; nothing else is accepted), ``state`` (its own, returned unchanged),
   ``code_challenge`` (S256 of its verifier), ``code_challenge_method=S256`` and
   ``device_name``.
3. The service sends the browser on to the provider (authorization-code flow with its own
   PKCE, state and nonce, kept in ``oidc_sign_ins`` so that any copy can take the answer),
   takes the answer at ``OIDC_CALLBACK_PATH``, validates the ID token and maps the claims
   to an account, and redirects the browser to the desktop's loopback address with
   ``?code=<one-time code>&state=<its state>`` or ``?error=<ErrorCode>&state=<its state>``.
4. The desktop exchanges the one-time code with its PKCE verifier at ``OIDC_TOKEN_PATH``
   (``OidcTokenRequest``) and gets a device token (``protocol.LoginResponse``) that never
   passed through the browser. The code works once, for 2 minutes.

A provider-signed device token is checked with the provider again after the configured
maximum age (the service's refresh token at the provider); a user the provider disabled
loses the token then (401 token_revoked), and signing in through the browser again is
refused by the provider.

**A second factor for local accounts (TOTP, RFC 6238).** ``LoginRequest.one_time_code``
and ``PasswordCheck.one_time_code`` carry the code; an account with a second factor that
sends none gets 401 ``second_factor_required``. Enrolling: ``TOTP_ENROLMENT_PATH`` (POST,
no body) gives a new secret, not active yet; ``TOTP_CONFIRMATION_PATH`` with a code of that
secret activates it and answers the recovery codes, shown once. A department can require
the second factor; its members without one get a token with which they can only enrol.
"""

from __future__ import annotations

import base64
import hashlib
from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints

from investigator_app.protocol import API_PREFIX, OneTimeCode, Strict

AUTH_OPTIONS_PATH = API_PREFIX + "/auth/options"
OIDC_START_PATH = API_PREFIX + "/auth/oidc/start"
OIDC_CALLBACK_PATH = API_PREFIX + "/auth/oidc/callback"
OIDC_TOKEN_PATH = API_PREFIX + "/auth/oidc/token"
TOTP_ENROLMENT_PATH = API_PREFIX + "/auth/totp/enrolment"
TOTP_CONFIRMATION_PATH = API_PREFIX + "/auth/totp/confirmation"
RECOVERY_CODES_PATH = API_PREFIX + "/auth/totp/recovery-codes"

# The desktop's loopback redirect: exactly this shape (RFC 8252 section 7.3).
LOOPBACK_REDIRECT_PATTERN = r"^http://127\.0\.0\.1:[0-9]{1,5}/[A-Za-z0-9/_-]{0,64}$"
ONE_TIME_CODE_SECONDS = 120
RECOVERY_CODE_COUNT = 10


def s256_challenge(verifier: str) -> str:
    """The S256 PKCE challenge of ``verifier`` (RFC 7636 section 4.2): base64url of its
    sha256, without padding. The desktop makes it; the service checks it, and uses it at
    the provider for its own verifier."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class SignInMethod(StrEnum):
    PASSWORD = "password"
    PASSWORD_TOTP = "password_totp"
    OIDC = "oidc"


class SignInOptions(Strict):
    """GET /auth/options: how one can sign in at this service."""

    organisation: bool  # a provider is configured: offer "Aanmelden met uw organisatieaccount"
    organisation_label: str = ""  # the provider's name to show, e.g. "Vlaamse overheid"
    local: bool = True  # usernames and passwords are accepted


Verifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._~-]{43,128}$")]


class OidcTokenRequest(Strict):
    """POST /auth/oidc/token: the one-time code from the loopback redirect and the PKCE
    verifier of the challenge the desktop started with. 401 invalid_sign_in when the code
    is unknown, used, expired or does not match the verifier (all the same answer)."""

    code: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    code_verifier: Verifier
    device_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""


class TotpEnrolment(Strict):
    """POST /auth/totp/enrolment: a new secret (base32) and its otpauth:// URI for the QR
    code; not active until confirmed. Replaces an unconfirmed earlier one."""

    secret: str
    otpauth_uri: str


class TotpConfirmation(Strict):
    """POST /auth/totp/confirmation: a code of the new secret. 401 invalid_one_time_code
    when wrong."""

    code: OneTimeCode


class RecoveryCodesRequest(Strict):
    """POST /auth/totp/recovery-codes: new recovery codes (the earlier ones stop working),
    proven with a current TOTP code."""

    code: OneTimeCode


class RecoveryCodes(Strict):
    """Recovery codes, shown once: each signs in once in place of a TOTP code."""

    codes: list[str]
