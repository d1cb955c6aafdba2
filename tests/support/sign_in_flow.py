"""The desktop's side of a sign-in with the organisation's account, for the tests: a PKCE
verifier and the service's start address, a stand-in for the desktop's loopback redirect,
and the browser (or plain HTTP requests as a browser makes them) that signs in at the test
provider of ``tests.support.oidc_provider`` (which re-exports all of this; see its
docstring for how to use them together)."""

from __future__ import annotations

import base64
import functools
import hashlib
import http.server
import secrets
import shutil
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import httpx
import pytest

from investigator_app.protocol_signin import OIDC_START_PATH
from tests.support import web

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # The provider's page links a stylesheet on a CDN: no name outside loopback resolves,
    # so nothing waits on the network.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)

# --- the desktop's side of the flow ---------------------------------------------------------


def new_verifier() -> str:
    """A PKCE verifier (RFC 7636: 43-128 characters)."""
    return secrets.token_urlsafe(48)


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def start_url(
    service_url: str,
    redirect_uri: str,
    code_challenge: str,
    *,
    state: str = "desktop-state",
    device_name: str = "Testpc",
    **extra: str,
) -> str:
    """The service's sign-in address as the desktop opens it in the browser."""
    query = {
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
        "device_name": device_name,
        **extra,
    }
    return f"{service_url.rstrip('/')}{OIDC_START_PATH}?{urlencode(query)}"


@dataclass
class LoopbackReceiver:
    """Stands in for the desktop's loopback redirect (``http://127.0.0.1:<port>/callback``):
    records the query of each request and answers a small page, as the desktop would."""

    path: str = "/callback"
    received: list[dict[str, str]] = field(default_factory=list)
    _server: http.server.ThreadingHTTPServer | None = None
    _arrived: threading.Event = field(default_factory=threading.Event)

    @property
    def redirect_uri(self) -> str:
        assert self._server is not None, "start() first"
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.path}"

    def start(self) -> LoopbackReceiver:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                receiver.received.append({key: values[0] for key, values in query.items()})
                receiver._arrived.set()
                body = b"<!doctype html><title>Aangemeld</title><p>U mag dit venster sluiten.</p>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # the code is in the URL
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def wait(self, timeout: float = 15.0) -> dict[str, str]:
        """The query of the first redirect that arrived."""
        if not self._arrived.wait(timeout):
            raise AssertionError(f"nothing arrived at the loopback address within {timeout} s")
        return self.received[0]

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> LoopbackReceiver:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def free_loopback_redirect(path: str = "/callback") -> str:
    """A loopback redirect URI on a port nobody listens on (for flows that end in the
    service's answer, followed without a receiver)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}{path}"


# --- signing in at the provider -----------------------------------------------------------


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for the helpers' HTTP clients (everything here is plain http on
    loopback; httpx would load the CA bundle for each new client)."""
    return ssl.create_default_context()


def desktop_redirect_of(start: str) -> str:
    """The desktop's loopback redirect named in a start address."""
    return parse_qs(urlsplit(start).query).get("redirect_uri", [""])[0]


def sign_in_over_http(start: str, subject: str | None, *, deny: bool = False) -> httpx.Response:
    """Follow the flow as a browser would, without one: the service's start address, the
    provider's sign-in page (its form posted with ``subject``, or "Deny"), the service's
    callback. Returns the redirect to the desktop's loopback address (not followed), or
    the first answer that is neither a redirect nor the provider's sign-in page."""
    desktop = desktop_redirect_of(start)
    with web.client(timeout=15, verify=_tls()) as client:
        response = client.get(start)
        for _ in range(10):
            if response.is_redirect:
                target = urljoin(str(response.url), response.headers["location"])
                if desktop and target.startswith(desktop):
                    return response
                response = client.get(target)
            elif response.request.method == "GET" and 'name="sub"' in response.text:
                form = {"action": "deny"} if deny else {"sub": subject or ""}
                response = client.post(str(response.url), data=form)
            else:
                return response
        raise AssertionError("the sign-in went round in circles")


def query_of(response: httpx.Response) -> dict[str, str]:
    """The query of a redirect's target (the desktop's ``code``/``state`` or ``error``)."""
    query = parse_qs(urlsplit(response.headers["location"]).query)
    return {key: values[0] for key, values in query.items()}


def needs_chromium() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        shutil.which(CHROMIUM) is None or shutil.which(CHROMEDRIVER) is None,
        reason="needs Debian's chromium and chromium-driver",
    )


@pytest.fixture(scope="session")
def _oidc_chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    if shutil.which(CHROMIUM) is None or shutil.which(CHROMEDRIVER) is None:
        pytest.skip("needs Debian's chromium and chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('oidc-chromium')}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def oidc_browser(_oidc_chromium: WebDriver) -> WebDriver:
    """Headless Chromium (one per session), with no cookies from an earlier test."""
    _oidc_chromium.delete_all_cookies()
    return _oidc_chromium


def sign_in_with_browser(
    driver: WebDriver,
    start: str,
    subject: str | None,
    *,
    deny: bool = False,
    until: str | None = None,
    timeout: float = 15.0,
) -> str:
    """Open ``start`` (the service's sign-in address) in the browser, type ``subject`` on
    the provider's sign-in page and press "Authorize" (or "Deny"); returns the address the
    browser ends at: one that starts with ``until`` (default: the desktop's loopback
    redirect named in ``start``; give the service's address for its own pages)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    def answer(d: WebDriver) -> bool:
        """Type and press on the provider's page; False when this is not (or no longer)
        that page. Nothing is submitted before the press, which comes last."""
        provider_page = d.find_elements(By.NAME, "sub")
        if not provider_page:
            return False
        if deny:
            d.find_element(By.CSS_SELECTOR, "button[value=deny]").click()
        else:
            provider_page[0].clear()
            provider_page[0].send_keys(subject or "")
            d.find_element(By.CSS_SELECTOR, "form button[type=submit]:not([name])").click()
        return True

    driver.get(start)
    # A page replaced while it is worked on (an element gone stale) is looked at again;
    # a one-item tuple ends the wait whether or not the provider's page was there.
    stale = [StaleElementReferenceException]
    WebDriverWait(driver, timeout, ignored_exceptions=stale).until(lambda d: (answer(d),))
    WebDriverWait(driver, timeout).until(lambda d: not d.find_elements(By.NAME, "sub"))
    end = until or desktop_redirect_of(start)
    WebDriverWait(driver, timeout).until(lambda d: str(d.current_url).startswith(end))
    return str(driver.current_url)


def page_text(driver: WebDriver, timeout: float = 15.0) -> str:
    """The text of the page the browser shows now. A page replaced while it is read (its
    body gone stale) is read again, as a person would look again."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    wait = WebDriverWait(driver, timeout, ignored_exceptions=[StaleElementReferenceException])
    # A one-item tuple: true for the wait also when the page's text is empty.
    return wait.until(lambda d: (str(d.find_element(By.TAG_NAME, "body").text),))[0]
