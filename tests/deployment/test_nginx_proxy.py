"""The nginx configuration of docs/deployment.md (deploy/nginx/intake.conf), run in a real
nginx on loopback with a self-signed certificate in front of two copies of the service
(`investigator-intake serve` processes on one PostgreSQL database): HTTPS reaches both
copies, long-polls are held and answered, the service's own body limits answer through
the proxy, and the copies see the client's address and scheme, never a forged one."""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from investigator_app.intake.migrate import upgrade
from investigator_app.protocol import API_PREFIX, MAX_WAIT_SECONDS
from investigator_app.protocol_signin import AUTH_OPTIONS_PATH
from tests.intake.conftest import _create_database, _drop_database, _url_of, report_body
from tests.support import web

from .processes import Copy, Tokens, free_port, seed_accounts, service_env, start_copy, wait_ready

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "intake.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CLIENT_ADDRESS = "127.0.0.2"  # the desktop; nginx reaches the copies from 127.0.0.1


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, as the proxy's certificate and the
    client's only trusted CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intake.example.org")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("intake.example.org"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "fullchain.pem", folder / "privkey.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def replace_once(text: str, old: str, new: str) -> str:
    """The repository's file with one line made local; the test fails when the file no
    longer has that line, rather than testing something else."""
    assert text.count(old) == 1, f"deploy/nginx/intake.conf no longer has {old!r} once"
    return text.replace(old, new)


def site_config(
    folder: Path, https_port: int, http_port: int, copies: list[int], cert: tuple[Path, Path]
) -> str:
    text = CONFIG.read_text("utf-8")
    for old, new in (
        ("server 127.0.0.1:8171 ", f"server 127.0.0.1:{copies[0]} "),
        ("server 127.0.0.1:8172 ", f"server 127.0.0.1:{copies[1]} "),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen [::]:80;", ""),
        ("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;"),
        ("listen [::]:443 ssl;", ""),
        ("/etc/ssl/intake/fullchain.pem", str(cert[0])),
        ("/etc/ssl/intake/privkey.pem", str(cert[1])),
    ):
        text = replace_once(text, old, new)
    return text


def main_config(folder: Path, site: Path) -> str:
    """What /etc/nginx/nginx.conf gives a site, in a folder of the test's own."""
    temp = " ".join(
        f"{kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;" if os.geteuid() == 0 else ""  # workers may read the test's files
    return (
        f"{user}\ndaemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'error.log'} notice;\nevents {{ worker_connections 512; }}\n"
        f"http {{\n access_log {folder / 'access.log'};\n {temp}\n include {site};\n}}\n"
    )


@dataclass
class Proxied:
    base: str  # https://127.0.0.1:PORT
    http_base: str  # the plain-HTTP port that redirects
    copies: list[Copy]
    tokens: Tokens
    tls: ssl.SSLContext

    def client(self, **kwargs: object) -> httpx.Client:
        transport = httpx.HTTPTransport(verify=self.tls, local_address=CLIENT_ADDRESS)
        return web.client(base_url=self.base, transport=transport, timeout=60, **kwargs)  # type: ignore[arg-type]

    def auth(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def lines(self, copy: Copy, needle: str) -> list[str]:
        return [line for line in copy.output().splitlines() if needle in line]


@pytest.fixture(scope="module")
def proxied(
    postgres_admin_url: str, password_hash: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Proxied]:
    if not os.path.exists(NGINX):
        reason = "nginx is not installed (Debian package nginx; .ci/run installs it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("proxy")
    name = _create_database(postgres_admin_url)
    url = _url_of(postgres_admin_url, name)
    copies: list[Copy] = []
    nginx: subprocess.Popen[bytes] | None = None
    try:
        upgrade(url)
        tokens = seed_accounts(url, password_hash)
        env = service_env(url, os.urandom(32), FORWARDED_ALLOW_IPS="127.0.0.1")
        ports = [free_port(), free_port()]
        copies = [start_copy(env, port, folder / f"copy-{port}.log") for port in ports]
        cert = self_signed(folder)
        https_port, http_port = free_port(), free_port()
        site = folder / "intake.conf"
        site.write_text(site_config(folder, https_port, http_port, ports, cert), "utf-8")
        main = folder / "nginx.conf"
        main.write_text(main_config(folder, site), "utf-8")
        checked = subprocess.run(
            [NGINX, "-t", "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(main)],
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stderr
        with (folder / "nginx.out").open("wb") as out:
            nginx = subprocess.Popen(
                [NGINX, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(main)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        for copy in copies:
            wait_ready(copy)
        tls = ssl.create_default_context(cafile=str(cert[0]))
        proxied = Proxied(
            f"https://127.0.0.1:{https_port}",
            f"http://127.0.0.1:{http_port}",
            copies,
            tokens,
            tls,
        )
        _wait_for_proxy(proxied)
        yield proxied
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(timeout=10)
        for copy in copies:
            copy.stop()
        _drop_database(postgres_admin_url, name)


def _wait_for_proxy(proxied: Proxied) -> None:
    deadline = time.monotonic() + 20
    with proxied.client() as client:
        while True:
            try:
                client.get(AUTH_OPTIONS_PATH).raise_for_status()  # cheap to answer
                return
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)


def test_https_requests_reach_both_copies_with_the_clients_address(proxied: Proxied) -> None:
    with proxied.client() as client:
        for _ in range(6):
            response = client.get(
                f"{API_PREFIX}/changes",
                params={"cursor": 0},
                # A forged address: the proxy overwrites it with the connection's own.
                headers={
                    **proxied.auth(proxied.tokens.investigator),
                    "X-Forwarded-For": "203.0.113.9",
                },
            )
            assert response.status_code == 200, response.text
            assert response.http_version == "HTTP/1.1"
    for copy in proxied.copies:
        seen = proxied.lines(copy, "GET /api/v1/changes?cursor=0 ")
        assert len(seen) >= 2, copy.output()  # round robin: both copies answered
        assert all(line.split(" - ")[0].endswith(f"{CLIENT_ADDRESS}:0") for line in seen), seen
        assert "203.0.113.9" not in copy.output()


def test_plain_http_is_sent_to_https_and_redirects_keep_https(proxied: Proxied) -> None:
    redirected = web.get(f"{proxied.http_base}/api/v1/me", follow_redirects=False)
    assert redirected.status_code == 301
    assert redirected.headers["location"].startswith("https://127.0.0.1/api/v1/me")
    with proxied.client() as client:
        # The service builds its own redirect from the scheme and host the proxy passes on.
        slash = client.get(f"{API_PREFIX}/openapi.json/", follow_redirects=False)
    assert slash.status_code == 307
    assert slash.headers["location"] == f"{proxied.base}{API_PREFIX}/openapi.json"


def test_a_long_poll_is_held_and_answered_through_the_proxy(proxied: Proxied) -> None:
    changes = f"{API_PREFIX}/changes"
    investigator = proxied.auth(proxied.tokens.investigator)
    operator = proxied.auth(proxied.tokens.operator)
    with proxied.client() as client:
        cursor = client.get(changes, params={"cursor": 0}, headers=investigator).json()["cursor"]
        started = time.monotonic()
        idle = client.get(changes, params={"cursor": cursor, "wait": 3}, headers=investigator)
        assert idle.status_code == 200 and idle.json()["changes"] == []
        assert time.monotonic() - started >= 2.9  # held by the service, not cut by nginx

        answer: dict[str, object] = {}

        def wait() -> None:
            with proxied.client() as waiting:
                response = waiting.get(
                    changes, params={"cursor": cursor, "wait": 20}, headers=investigator
                )
                answer["response"], answer["at"] = response, time.monotonic()

        waiter = threading.Thread(target=wait)
        waiter.start()
        time.sleep(1.0)
        created = client.post(f"{API_PREFIX}/intake/reports", json=report_body(), headers=operator)
        assert created.status_code == 201, created.text
        case_id = created.json()["id"]
        forwarded = client.post(
            f"{API_PREFIX}/intake/reports/{case_id}/forward",
            json={"department": "ABB", "note": ""},
            headers=operator,
        )
        assert forwarded.status_code == 200, forwarded.text
        sent = time.monotonic()
        waiter.join(timeout=25)
    response = answer["response"]
    assert isinstance(response, httpx.Response) and response.status_code == 200
    assert [c["case_id"] for c in response.json()["changes"]] == [case_id]
    assert float(answer["at"]) - sent < 2.0  # type: ignore[arg-type]


def test_the_proxy_waits_longer_than_any_long_poll_and_does_not_buffer() -> None:
    text = CONFIG.read_text("utf-8")
    timeout = re.search(r"proxy_read_timeout (\d+)s;", text)
    assert timeout is not None and int(timeout.group(1)) > MAX_WAIT_SECONDS
    assert "proxy_buffering off;" in text


def test_the_services_body_limit_answers_through_the_proxy(proxied: Proxied) -> None:
    token = proxied.auth(proxied.tokens.investigator)
    with proxied.client() as client:
        # Over the API's 4 MB, under nginx's limit: the service's own refusal.
        too_big = client.post(
            f"{API_PREFIX}/operations",
            content=b"{" + b" " * (5 * 1024 * 1024) + b"}",
            headers={**token, "Content-Type": "application/json"},
        )
        assert too_big.status_code == 413
        assert too_big.json()["detail"]["code"] == "request_too_large"
        # Over what any endpoint takes: nginx refuses before a copy sees it.
        huge = client.post(
            f"{API_PREFIX}/operations",
            content=b"x" * (65 * 1024 * 1024),
            headers={**token, "Content-Type": "application/json"},
        )
        assert huge.status_code == 413
        assert "text/html" in huge.headers["content-type"]
    posted = [
        line for copy in proxied.copies for line in proxied.lines(copy, "POST /api/v1/operations")
    ]
    assert len(posted) == 1 and '" 413' in posted[0]
