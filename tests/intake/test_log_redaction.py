"""No secret in the service's log, in both ways it runs: ``investigator-intake serve`` (a
real process, its stderr as an operator reads it) and the embedded service (the host
process's logging). Requests are logged, reply links and device tokens are not."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.log_redaction import REDACTED, redact
from investigator_app.intake.migrate import upgrade_engine
from investigator_app.intake.note_cipher import new_key_text
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_signin import AUTH_OPTIONS_PATH
from tests.support import web
from tests.support.relay import answer_on_page, free_port, link_in, mails_in, wait_until

from .conftest import PASSWORD, World, op, report_body

QUESTION = "Welke kleur had de bestelwagen?"
ANSWER = "Hij was knalgeel."


class Served:
    """``investigator-intake serve`` in a process of its own, its output in a file."""

    def __init__(self, database_url: str, folder: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.mail_folder = folder / "mail"
        self.output = folder / "serve.log"
        env = {
            **os.environ,
            "INTAKE_NOTES_KEY": new_key_text(),
            "INTAKE_MAIL_FOLDER": str(self.mail_folder),
        }
        command = [sys.executable, "-m", "investigator_app.intake.cli"]
        command += ["--database-url", database_url, "serve", "--port", str(self.port)]
        with self.output.open("wb") as sink:
            self.process = subprocess.Popen(command, env=env, stdout=sink, stderr=sink)
        wait_until(self._answers, timeout=30)

    def _answers(self) -> bool:
        assert self.process.poll() is None, self.output.read_text()
        try:
            return web.get(self.base_url + AUTH_OPTIONS_PATH).status_code == 200
        except httpx.TransportError:
            return False

    def stop(self) -> str:
        """Stop as an operator does (Ctrl+C) and return everything the process wrote."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.output.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def served(database_url: str, tmp_path: Path) -> Iterator[Served]:
    db = Database.from_url(database_url)
    try:
        upgrade_engine(db.engine)
        now = utcnow()
        with db.write() as session:
            create_department(session, cli_actor(), "ABB", "Agentschap Binnenlands Bestuur", now)
            for username, role, department in (
                ("desk.operator", Role.OPERATOR, None),
                ("an.peeters", Role.INVESTIGATOR, "ABB"),
            ):
                create_user(
                    session,
                    cli_actor(),
                    username=username,
                    display_name=username,
                    role=role,
                    department_code=department,
                    password=PASSWORD,
                    now=now,
                )
    finally:
        db.dispose()
    service = Served(database_url, tmp_path)
    try:
        yield service
    finally:
        service.stop()


def login(http: httpx.Client, username: str) -> str:
    response = http.post("/auth/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


def ask_the_reporter(http: httpx.Client, desk: str, an: str) -> None:
    """Register, forward, acknowledge and ask a question (the relay mails a link)."""
    bearer = {"Authorization": f"Bearer {desk}"}
    created = http.post("/intake/reports", json=report_body(), headers=bearer).json()
    forwarded = http.post(
        f"/intake/reports/{created['id']}/forward", json={"department": "ABB"}, headers=bearer
    )
    assert forwarded.status_code == 200, forwarded.text
    bearer = {"Authorization": f"Bearer {an}"}
    due = (date.today() + timedelta(days=14)).isoformat()
    feed = http.get("/changes", params={"cursor": 0}, headers=bearer).json()
    case: dict[str, Any] = feed["changes"][-1]["case"]
    for step in (
        op(case, "acknowledge"),
        op(case, "request_info", base_version=0, message={
            "message_id": str(uuid.uuid4()), "body": QUESTION, "answer_due": due,
        }),
    ):  # fmt: skip
        response = http.post("/operations", json={"operations": [step]}, headers=bearer)
        [result] = response.json()["results"]
        assert result["status"] == "applied", result
        case = result["case"]


def test_serve_logs_every_request_and_none_of_the_secrets_they_carry(served: Served) -> None:
    with web.client(base_url=served.base_url + API_PREFIX, timeout=10) as http:
        desk, an = login(http, "desk.operator"), login(http, "an.peeters")
        ask_the_reporter(http, desk, an)
        [mail] = wait_until(lambda: mails_in(served.mail_folder), timeout=20)
        link = link_in(mail)
        assert answer_on_page(link, ANSWER)[0] == 200
        # A client that also puts its device token in the address (a proxy, a script).
        changes = http.get(
            "/changes", params={"cursor": 0, "access_token": an},
            headers={"Authorization": f"Bearer {an}"},
        )  # fmt: skip
        assert changes.status_code == 200
        time.sleep(0.2)  # the access log line is written after the answer
    logged = served.stop()

    token = link.rsplit("/", 1)[1]
    for secret in (token, desk, an, PASSWORD, QUESTION, ANSWER):
        assert secret not in logged
    # ... and yet every request is in the log, the reporter's too.
    assert f'"GET /r/{REDACTED}' in logged and f'"POST /r/{REDACTED}' in logged
    assert f"access_token={REDACTED}" in logged and "POST /api/v1/auth/login" in logged


def test_the_embedded_service_logs_requests_into_the_host_without_secrets(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    forged = "x" * 20 + "_" + "y" * 22  # shaped like a link: the same page, the same log
    with web.client(base_url=world.service.base_url, timeout=10) as reporter:
        assert reporter.get(f"/r/{forged}", params={"lang": "en"}).status_code in (200, 404)
    token = world.tokens["an"]
    assert world.get("an", "/changes", params={"cursor": 0, "token": token}).status_code == 200
    wait_until(lambda: "GET /api/v1/changes" in caplog.text)
    logged = caplog.text
    assert forged not in logged and token not in logged
    assert f"GET /r/{REDACTED}" in logged and f"token={REDACTED}" in logged


@pytest.mark.parametrize(
    ("line", "kept", "gone"),
    [
        ('127.0.0.1:5 - "GET /r/AbC-12_xYz?lang=en HTTP/1.1" 200', "?lang=en HTTP/1.1", "AbC"),
        ("send https://meldingen.example.org/r/AbC-12_xYz", "https://meldingen", "AbC"),
        ("Authorization: Bearer AbC-12_xYz.def", "Authorization: Bearer", "AbC"),
        ("/changes?cursor=12&password=hunter2", "cursor=12", "hunter2"),
        ("/x?case=" + "Ab_" * 11, "/x?case=", "Ab_"),
    ],
)
def test_a_log_line_keeps_what_an_operator_needs_and_loses_the_secret(
    line: str, kept: str, gone: str
) -> None:
    redacted = redact(line)
    assert kept in redacted and gone not in redacted and REDACTED in redacted
    assert redact(redacted) == redacted


def test_ids_and_hashes_stay_in_the_log() -> None:
    line = f"/attachments/{'ab' * 32}?case_id={'0f' * 16}&cursor=5"
    assert redact(line) == line


def test_a_log_call_whose_argument_cannot_be_read_still_returns(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    class Unreadable:
        def __str__(self) -> str:
            raise RuntimeError("no text")

    caplog.set_level(logging.INFO)
    logging.getLogger("investigator_app.intake.test").info("value %s", Unreadable())
    assert "could not be checked for secrets" in caplog.text
