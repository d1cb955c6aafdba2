"""A lean HTTP/1.1 client on asyncio for load benches: one keep-alive connection per
simulated desktop, a few microseconds of client work per request.

httpx.AsyncClient spends about a millisecond of CPU per request; with hundreds of clients
on a 2-core machine the client would then take the CPU the servers are measured on. This
one writes the request bytes itself and reads ``Content-Length`` (or chunked) answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

_STATUS = re.compile(rb"HTTP/1\.[01] (\d{3})")
_TICKS = os.sysconf("SC_CLK_TCK")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


class ConnectionClosedError(Exception):
    """The server closed the connection (or it broke) before the answer was complete."""


@dataclass
class Answer:
    status: int
    body: bytes


class Connection:
    """One keep-alive connection to ``host:port``; requests on it one at a time."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def open(self) -> Connection:
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        return self

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
            self._writer = self._reader = None

    async def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: bytes | None = None,
    ) -> Answer:
        if self._writer is None or self._reader is None:
            await self.open()
        assert self._writer is not None and self._reader is not None
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        if token is not None:
            lines.append(f"Authorization: Bearer {token}")
        if body is not None:
            lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        self._writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + (body or b""))
        try:
            return await self._answer(self._reader)
        except (asyncio.IncompleteReadError, ConnectionError) as error:
            await self.close()
            raise ConnectionClosedError(str(error)) from error

    @staticmethod
    async def _answer(reader: asyncio.StreamReader) -> Answer:
        head = await reader.readuntil(b"\r\n\r\n")
        match = _STATUS.match(head)
        if match is None:
            raise ConnectionClosedError("not an HTTP answer")
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(b":") for line in head.split(b"\r\n")[1:])
            if name
        }
        if b"content-length" in headers:
            body = await reader.readexactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            parts = []
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await reader.readexactly(size))
                await reader.readexactly(2)
            await reader.readuntil(b"\r\n")
            body = b"".join(parts)
        else:
            body = b""
        return Answer(int(match.group(1)), body)


async def open_many(host: str, ports: list[int], at_once: int = 100) -> list[Connection]:
    """A connection to each of ``ports`` (one per client), opened ``at_once`` at a time (a
    burst of thousands of SYNs would overflow the listen backlog)."""
    gate = asyncio.Semaphore(at_once)

    async def one(port: int) -> Connection:
        async with gate:
            return await Connection(host, port).open()

    return list(await asyncio.gather(*(one(port) for port in ports)))


@dataclass
class Latencies:
    """Request latencies in seconds, and how many answers were not the expected one."""

    seconds: list[float] = field(default_factory=list)
    failures: int = 0

    def percentile(self, fraction: float) -> float:
        if not self.seconds:
            return math.nan
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

    def extend(self, other: Latencies) -> None:
        self.seconds += other.seconds
        self.failures += other.failures


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU time of these processes so far."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / _TICKS


def rss_bytes(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (uvicorn's worker processes)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        children = Path(f"/proc/{current}/task/{current}/children")
        if children.exists():
            todo += [int(child) for child in children.read_text().split()]
    return found
