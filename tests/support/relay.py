"""Test helpers for the relay: a real SMTP server on loopback that keeps what it receives,
reading .eml folders, and finding the reporter's link in a mail."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from tests.support import web

LINK = re.compile(r"https?://\S+/r/[A-Za-z0-9_-]+")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def parse_mail(raw: bytes) -> EmailMessage:
    mail = message_from_bytes(raw, policy=policy.default)
    assert isinstance(mail, EmailMessage)
    return mail


def body_of(mail: EmailMessage) -> str:
    part = mail.get_body(preferencelist=("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def link_in(mail: EmailMessage) -> str:
    found = LINK.findall(body_of(mail))
    assert len(found) == 1, f"expected one link in the mail, found {len(found)}"
    return str(found[0])


def mails_in(folder: Path) -> list[EmailMessage]:
    """The .eml files of a folder transport, oldest first."""
    files = sorted(folder.glob("*.eml"), key=lambda path: path.stat().st_mtime_ns)
    return [parse_mail(path.read_bytes()) for path in files]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    mail: EmailMessage


@dataclass
class SmtpSink:
    """An aiosmtpd server on 127.0.0.1 that keeps every mail. ``start()`` / ``stop()`` can
    be repeated on the same port (to play a mail server that is down for a while)."""

    port: int = field(default_factory=free_port)
    received: list[Received] = field(default_factory=list)
    _controller: Controller | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        with self._lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), parse_mail(envelope.content))
            )
        return "250 Message accepted for delivery"

    def start(self) -> SmtpSink:
        controller = Controller(self, hostname="127.0.0.1", port=self.port)
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def mails(self) -> list[EmailMessage]:
        with self._lock:
            return [item.mail for item in self.received]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        wait_until(lambda: len(self.mails()) >= count, timeout)
        return self.mails()


def answer_on_page(
    link: str, answer: str, files: list[tuple[str, bytes]] | None = None
) -> tuple[int, str]:
    """Answer on the reply page as a plain HTTP client: load the form (CSRF cookie and
    hidden token), post it. Returns the status and the page."""
    with web.client(timeout=10) as client:
        form = client.get(link)
        token = re.search(r'name="csrf" value="([^"]+)"', form.text)
        assert form.status_code == 200 and token is not None, form.status_code
        response = client.post(
            link,
            data={"csrf": token.group(1), "answer": answer},
            files=[("files", (name, data)) for name, data in files or []],
        )
    return response.status_code, response.text
