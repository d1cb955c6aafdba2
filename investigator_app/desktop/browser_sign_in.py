"""Signing in with the organisation's account through the system browser (RFC 8252; the
flow is in protocol_signin.py). No Qt: the GUI opens the browser and runs ``finish`` off
its thread.

One ``BrowserSignIn`` is one attempt: ``begin()`` makes a PKCE verifier and a state,
listens on a loopback port and returns the service's start address to open; ``finish()``
waits for the browser to come back (``LoopbackReceiver``), then exchanges the one-time
code with the verifier for a device token. The token travels only in the answer to that
POST: never in an address, so never in the browser's history. The start address carries
no secret (the verifier stays here; the state only ties the answer to this attempt).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from investigator_app.desktop.loopback_receiver import (
    DEFAULT_TIMEOUT_S,
    LoopbackReceiver,
    ReceiverCancelled,
    ReceiverTimedOut,
)
from investigator_app.protocol import LoginResponse
from investigator_app.protocol_signin import OIDC_START_PATH, SignInOptions, s256_challenge
from investigator_app.sync.api import ApiClient, normalise_base_url

log = logging.getLogger("investigator_app.desktop.browser_sign_in")

BrowserOpener = Callable[[str], bool]
"""Opens an address in the system browser; False when none could be started."""

__all__ = [
    "BrowserOpener",
    "BrowserSignIn",
    "BrowserUnavailable",
    "Pkce",
    "SignInCancelled",
    "SignInRefused",
    "SignInTimedOut",
    "fetch_sign_in_options",
    "new_pkce",
]


class SignInRefused(Exception):  # noqa: N818 (reads as what happened)
    """The service sent the browser back with ``?error=<code>`` (an ErrorCode value)."""

    def __init__(self, code: str) -> None:
        super().__init__(f"the organisation's sign-in was refused ({code})")
        self.code = code


class SignInTimedOut(Exception):  # noqa: N818
    """The browser did not come back in time."""


class SignInCancelled(Exception):  # noqa: N818
    """The user stopped waiting."""


class BrowserUnavailable(Exception):  # noqa: N818
    """No browser could be opened."""


@dataclass(frozen=True)
class Pkce:
    verifier: str  # stays on this workstation until the code exchange
    challenge: str  # base64url(sha256(verifier)), handed out in the start address


def new_pkce() -> Pkce:
    """A fresh verifier (64 characters of base64url: 384 random bits) and its S256 challenge
    (RFC 7636 section 4)."""
    verifier = secrets.token_urlsafe(48)
    return Pkce(verifier, s256_challenge(verifier))


def fetch_sign_in_options(server_url: str) -> SignInOptions:
    """Blocking: the ways of signing in the service at ``server_url`` offers."""
    with ApiClient(server_url, None, timeout=10.0) as client:
        return client.sign_in_options()


class BrowserSignIn:
    """One sign-in through the browser at ``server_url``; see the module's doc."""

    def __init__(
        self, server_url: str, device_name: str, *, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> None:
        self._server_url = normalise_base_url(server_url)
        self._device_name = device_name[:200]
        self._pkce = new_pkce()
        self._state = secrets.token_urlsafe(32)
        self._receiver = LoopbackReceiver(self._state, timeout_s=timeout_s)

    def begin(self) -> str:
        """Listen on a loopback port; the address of the service to open in the browser."""
        self._receiver.start()
        query = urlencode(
            {
                "redirect_uri": self._receiver.redirect_uri,
                "state": self._state,
                "code_challenge": self._pkce.challenge,
                "code_challenge_method": "S256",
                "device_name": self._device_name,
            }
        )
        log.info("browser sign-in started (loopback port %d)", self._receiver.port)
        return f"{self._server_url}{OIDC_START_PATH}?{query}"

    def open_with(self, opener: BrowserOpener) -> None:
        """``begin()`` and open the address with ``opener``; BrowserUnavailable (and nothing
        left listening) when it cannot."""
        address = self.begin()
        if not opener(address):
            self.cancel()
            self._receiver.close()
            raise BrowserUnavailable()

    def finish(self) -> LoginResponse:
        """Blocking: wait for the browser to come back, then exchange the code for a device
        token. Raises SignInRefused, SignInTimedOut, SignInCancelled or the API client's
        errors (AuthenticationFailed invalid_sign_in: the code was refused)."""
        try:
            callback = self._receiver.wait()
        except ReceiverTimedOut:
            log.info("browser sign-in: no answer in time")
            raise SignInTimedOut() from None
        except ReceiverCancelled:
            raise SignInCancelled() from None
        if callback.error is not None:
            raise SignInRefused(callback.error)
        assert callback.code is not None
        with ApiClient(self._server_url, None, timeout=15.0) as client:
            response = client.exchange_sign_in_code(
                callback.code, self._pkce.verifier, self._device_name
            )
        log.info("browser sign-in: device token received")
        return response

    def cancel(self) -> None:
        """Stop waiting (from any thread): ``finish`` raises SignInCancelled."""
        self._receiver.cancel()
