"""The relay's SMTP transport against a real mail server on loopback that demands TLS and a
login, as a government mail relay does: STARTTLS and implicit TLS, a private CA, a wrong
password, and a certificate nobody vouches for."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from investigator_app.intake.relay.transport import DeliveryError, SmtpTransport
from investigator_app.intake.settings import MailSettings
from tests.support.relay import free_port, parse_mail

USER, PASSWORD = "relay", "s3cret-relay"


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (it is its own CA)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / f"{name}.pem", folder / f"{name}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


class _Inbox:
    def __init__(self) -> None:
        self.mails: list[EmailMessage] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        with self._lock:
            self.mails.append(parse_mail(envelope.content))
        return "250 OK"


def _authenticate(_server: Any, _session: Any, _envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    if ok:
        return AuthResult(success=True)
    return AuthResult(success=False, handled=False, message="535 5.7.8 Authentication failed")


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    return _certificate(tmp_path, "mailrelay")


@contextmanager
def _mail_server(tls_files: tuple[Path, Path], **options: Any) -> Iterator[tuple[int, _Inbox]]:
    """aiosmtpd on 127.0.0.1 with our certificate, demanding a login; ``options`` say how
    TLS starts (STARTTLS or the whole connection)."""
    cert, key = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox, port = _Inbox(), free_port()
    tls = (
        {"ssl_context": context}
        if options.pop("implicit", False)
        else {
            "tls_context": context,
            "require_starttls": True,
        }
    )
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        auth_required=True,
        authenticator=_authenticate,
        **tls,
        **options,
    )
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


@pytest.fixture
def starttls_server(tls_files: tuple[Path, Path]) -> Iterator[tuple[int, _Inbox]]:
    with _mail_server(tls_files) as server:
        yield server


def _mail() -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "1700 Vlaanderen <no-reply@1700.example.org>"
    mail["To"] = "lies@example.invalid"
    mail["Subject"] = "Vraag over uw melding 1700-2026-000001"
    mail.set_content("Lees de vraag via uw persoonlijke link.")
    return mail


def _settings(port: int, **changes: Any) -> MailSettings:
    base: dict[str, Any] = {
        "transport": "smtp",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "starttls",
        "smtp_username": USER,
        "smtp_password": PASSWORD,
        "smtp_timeout": 5.0,
    }
    return MailSettings(**{**base, **changes})


def test_starttls_with_a_login_against_a_private_ca_delivers(starttls_server, tls_files) -> None:
    port, inbox = starttls_server
    SmtpTransport(_settings(port, smtp_ca_file=tls_files[0])).send(_mail())
    assert [m["Subject"] for m in inbox.mails] == ["Vraag over uw melding 1700-2026-000001"]


def test_a_wrong_password_is_a_login_failure_and_nothing_is_sent(
    starttls_server, tls_files
) -> None:
    port, inbox = starttls_server
    with pytest.raises(DeliveryError) as refused:
        SmtpTransport(_settings(port, smtp_ca_file=tls_files[0], smtp_password="wrong")).send(
            _mail()
        )
    assert refused.value.code == "mail_server_login_failed"
    assert inbox.mails == []


def test_a_certificate_nobody_vouches_for_is_never_trusted(starttls_server) -> None:
    port, inbox = starttls_server
    with pytest.raises(DeliveryError) as refused:
        SmtpTransport(_settings(port)).send(_mail())  # no CA file: the system's CAs only
    assert refused.value.code == "mail_server_unreachable"  # retried: an admin can fix it
    assert inbox.mails == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_delivers(tls_files) -> None:
    # The whole connection is TLS already; aiosmtpd cannot tell and would refuse AUTH.
    with _mail_server(tls_files, implicit=True, auth_require_tls=False) as (port, inbox):
        SmtpTransport(_settings(port, smtp_security="ssl", smtp_ca_file=tls_files[0])).send(_mail())
    assert len(inbox.mails) == 1


def test_the_ca_file_comes_from_the_environment(tmp_path: Path) -> None:
    settings = MailSettings.from_env(
        {"INTAKE_SMTP_HOST": "smtp.vlaanderen.example", "INTAKE_SMTP_CA_FILE": str(tmp_path)}
    )
    assert settings.smtp_ca_file == tmp_path
    assert settings.smtp_security == "starttls" and settings.smtp_port == 587
