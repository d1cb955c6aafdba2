"""Copies of the service as an administrator runs them: `investigator-intake serve` in
processes of their own, their output in a file, stopped with SIGTERM as systemd does."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.tokens import issue_token
from investigator_app.protocol_signin import AUTH_OPTIONS_PATH
from tests.support import web

INTAKE = [sys.executable, "-m", "investigator_app.intake.cli"]


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def key_text(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode("ascii")


def service_env(database_url: str, notes_key: bytes, **extra: str) -> dict[str, str]:
    """The environment of a copy: the test's own, without any INTAKE_ setting of the
    machine, plus the settings /etc/intake/intake.env would give."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(
        INTAKE_DATABASE_URL=database_url,
        INTAKE_NOTES_KEY=key_text(notes_key),
        **extra,
    )
    return env


@dataclass
class Copy:
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text("utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_copy(env: dict[str, str], port: int, log: Path, *options: str) -> Copy:
    """`serve` on ``port`` with the given further options (``--workers 2``)."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*INTAKE, "serve", "--host", "127.0.0.1", "--port", str(port), *options],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return Copy(port, process, log)


def wait_ready(copy: Copy, timeout: float = 60.0) -> None:
    """Until the copy answers; its output in the failure when it stopped or never did."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if copy.process.poll() is not None:
            raise AssertionError(f"the copy on {copy.port} stopped:\n{copy.output()}")
        try:
            web.get(copy.url + AUTH_OPTIONS_PATH, timeout=2).raise_for_status()  # cheap to answer
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError(f"the copy on {copy.port} did not answer:\n{copy.output()}")


@dataclass(frozen=True)
class Tokens:
    operator: str
    investigator: str


def seed_accounts(database_url: str, password_hash: str) -> Tokens:
    """Department ABB, the 1700 desk and one investigator, with device tokens."""
    db = Database.from_url(database_url)
    try:
        with db.write() as session:
            now = utcnow()
            create_department(session, cli_actor(), "ABB", "Agentschap Binnenlands Bestuur", now)
            tokens = []
            for username, role, department in (
                ("desk.operator", Role.OPERATOR, None),
                ("an.peeters", Role.INVESTIGATOR, "ABB"),
            ):
                user = create_user(
                    session,
                    cli_actor(),
                    username=username,
                    display_name=username,
                    role=role,
                    department_code=department,
                    password_hash=password_hash,
                    now=now,
                )
                token, _row = issue_token(session, user, "test", now, timedelta(hours=1))
                tokens.append(token)
    finally:
        db.dispose()
    return Tokens(*tokens)
