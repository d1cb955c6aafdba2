"""The processes the service-load bench measures: service copies (``investigator-intake
serve``) and floor apps (``bench/service_floor.py``), each a process of its own on a
loopback port, served by uvicorn with the same workers and log level."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from investigator_app.intake.note_cipher import new_key_text
from investigator_app.intake.settings import ENV_NOTES_KEY

HOST = "127.0.0.1"
BENCH = Path(__file__).resolve().parent


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def pid(self) -> int:
        return self.process.pid


def spread(servers: list[Server], count: int, departments: int = 1) -> list[int]:
    """The port of each of ``count`` clients. Desktop n is of department n % departments,
    so taking turns per round of departments puts every department on every server."""
    return [servers[n // departments % len(servers)].port for n in range(count)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _wait_ready(server: Server, log: Path, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited; see {log}")
        try:
            with socket.create_connection((HOST, server.port), timeout=1) as probe:
                probe.sendall(b"GET /ready HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
                if probe.recv(12).startswith(b"HTTP/1.1"):
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{server.name} did not answer within {timeout:.0f} s; see {log}")


@contextmanager
def _process(name: str, command: list[str], env: dict[str, str], logs: Path) -> Iterator[Server]:
    log = logs / f"{name}.log"
    port = int(command[command.index("--port") + 1])
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Server(name, port, process)
    try:
        _wait_ready(server, log)
        yield server
    finally:
        # Only what this bench started: SIGINT lets uvicorn stop its workers itself.
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def copy_command(database_url: str, port: int, workers: int) -> list[str]:
    script = Path(sys.executable).with_name("investigator-intake")
    return [
        str(script),
        "--database-url",
        database_url,
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]


def floor_command(port: int, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "service_floor:create",
        "--factory",
        "--app-dir",
        str(BENCH),
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "info",
    ]


@dataclass
class Servers:
    copies: list[Server]
    floors: list[Server]


@contextmanager
def started(
    database_url: str, workers: int, logs: Path, *, freeze_floor: bool = False, count: int = 2
) -> Iterator[Servers]:
    """``count`` service copies and as many floor apps, started together."""
    env = dict(os.environ)
    env["FLOOR_FREEZE"] = "1" if freeze_floor else "0"
    env[ENV_NOTES_KEY] = new_key_text()  # every copy of one service shares the key
    env["FLOOR_DATABASE_URL"] = database_url
    env.pop("INTAKE_DATABASE_URL", None)
    with ExitStack() as stack:
        copies = [
            stack.enter_context(
                _process(f"copy-{n}", copy_command(database_url, free_port(), workers), env, logs)
            )
            for n in range(count)
        ]
        floors = [
            stack.enter_context(
                _process(f"floor-{n}", floor_command(free_port(), workers), env, logs)
            )
            for n in range(count)
        ]
        yield Servers(copies, floors)
