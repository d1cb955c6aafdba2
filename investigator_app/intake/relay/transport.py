"""Where mails go: an SMTP server, or a folder of .eml files (demo, tests without SMTP).

A transport raises DeliveryError with a short code (never the address or the mail):
``permanent`` ones are not retried.
"""

from __future__ import annotations

import os
import smtplib
import ssl
import time
import uuid
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from investigator_app.intake.settings import MailSettings


class DeliveryError(Exception):
    def __init__(self, code: str, *, permanent: bool = False) -> None:
        super().__init__(code)
        self.code = code
        self.permanent = permanent


class MailTransport(Protocol):
    def send(self, mail: EmailMessage) -> None:
        """Hand ``mail`` over for delivery, or raise DeliveryError."""


class SmtpTransport:
    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings

    def _tls_context(self) -> ssl.SSLContext:
        """Certificates are always checked: against the configured CA, else the system's."""
        ca_file = self.settings.smtp_ca_file
        return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)

    def send(self, mail: EmailMessage) -> None:
        s = self.settings
        try:
            if s.smtp_security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.smtp_host, s.smtp_port, timeout=s.smtp_timeout, context=self._tls_context()
                )
            else:
                client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout)
            with client:
                if s.smtp_security == "starttls":
                    client.starttls(context=self._tls_context())
                if s.smtp_username:
                    client.login(s.smtp_username, s.smtp_password)
                client.send_message(mail)
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _text in error.recipients.values()]
            permanent = all(500 <= code < 600 for code in codes)
            raise DeliveryError("address_refused", permanent=permanent) from None
        except smtplib.SMTPAuthenticationError:
            raise DeliveryError("mail_server_login_failed") from None
        except smtplib.SMTPResponseException as error:
            raise DeliveryError(f"mail_server_error_{error.smtp_code}") from None
        except (OSError, smtplib.SMTPException):
            # Connection refused, timeouts, TLS problems: the server may be back later.
            raise DeliveryError("mail_server_unreachable") from None


class FolderTransport:
    """Each mail becomes ``<time>-<random>.eml`` in ``folder`` (names sort in sending
    order), written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, mail: EmailMessage) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
            partial = self.folder / f".{name}.tmp"
            partial.write_bytes(mail.as_bytes())
            os.replace(partial, self.folder / f"{name}.eml")
        except OSError:
            raise DeliveryError("mail_folder_unwritable") from None


def make_transport(settings: MailSettings) -> MailTransport | None:
    """The configured transport; None when mail is off."""
    if settings.transport == "smtp":
        return SmtpTransport(settings)
    if settings.transport == "folder":
        if settings.folder is None:
            raise ValueError("a folder transport needs MailSettings.folder")
        return FolderTransport(settings.folder)
    return None
