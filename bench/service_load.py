"""Service under load: two service copies on one PostgreSQL, simulated desktops on loopback.

    uv run python bench/service_load.py [--clients 200] [--longpolls 2000] [--duration 5]
        [--rounds 2] [--cases 3000] [--departments 10] [--workers 1] [--forwards 40]
        [--idle 5] [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Creates a database of its own on the server of --database-url (dropped at the end), seeds
departments, investigators, one device token per simulated desktop and --cases cases,
starts two copies (`investigator-intake serve --workers N`, separate processes) and two
floor apps (`bench/service_floor.py`: a bare FastAPI endpoint that checks a token's sha256
and reads one row) served the same way, and drives them with one lean asyncio client
(`load_client.py`). Prints:

- no-change feed requests per second (`GET /changes?cursor=<current>`) at --clients
  clients, p50/p99, and the floor's by the same client in the same run, in alternating
  rounds of --duration seconds; the ratio no-change / floor;
- operations applied per second (add_note, one per request, --op-clients clients);
- --longpolls waiting long-polls (wait=30) over both copies: how many are held, each
  copy's resident memory and CPU over --idle seconds in which nothing changes;
- forward (1700, on one copy) -> the case arrived at the waiting clients of its department
  on the OTHER copy, p50/p99 (from the forward's request), while the long-polls wait: one
  forward at a time, each once both copies are quiet again (the clients that got the
  previous case asked again and wait). The client freezes its pollers out of its own
  garbage collector first: its full collections paused it while it timed arrivals.

Targets on the 2-core bench machine: ratio >= 0.8; 2,000 long-polls held with < 5 % CPU
idle and < 300 MB per copy; forward -> visible p99 <= 200 ms across copies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from load_client import (
    Connection,
    ConnectionClosedError,
    Latencies,
    cpu_seconds,
    ms,
    open_many,
    process_tree,
)
from load_polls import long_polls
from load_servers import HOST, Server, Servers, spread, started
from load_world import World, feed_positions, own_database, seed

from investigator_app.intake.db import Database
from investigator_app.protocol import API_PREFIX

DEFAULT_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CHANGES = f"{API_PREFIX}/changes"


# --- request rate ----------------------------------------------------------------------


@dataclass
class Rate:
    """What one kind of request did over the measured parts of the rounds."""

    answers: int = 0
    seconds: float = 0.0
    cpu: float = 0.0  # the servers' CPU seconds meanwhile
    latencies: Latencies = field(default_factory=Latencies)

    @property
    def per_second(self) -> float:
        return self.answers / self.seconds if self.seconds else 0.0


async def hammer(
    servers: list[Server],
    requests: list[tuple[str, str]],  # per client: path, token
    seconds: float,
    good: Callable[[int, bytes], bool],
    rate: Rate,
    warmup: float = 0.5,
) -> None:
    """Each client sends its request again as soon as its answer is in, for ``warmup`` +
    ``seconds``; counts the answers that arrive in the measured part."""
    connections = await open_many(HOST, spread(servers, len(requests)))
    start = time.perf_counter() + warmup
    stop = start + seconds
    latencies = rate.latencies
    done = 0
    pids = [pid for s in servers for pid in process_tree(s.pid)]
    cpu_at_start = 0.0

    async def measure_cpu() -> None:
        nonlocal cpu_at_start
        await asyncio.sleep(max(0.0, start - time.perf_counter()))
        cpu_at_start = cpu_seconds(pids)
        await asyncio.sleep(max(0.0, stop - time.perf_counter()))
        rate.cpu += cpu_seconds(pids) - cpu_at_start

    async def client(connection: Connection, path: str, token: str) -> None:
        nonlocal done
        while (sent := time.perf_counter()) < stop:
            try:
                answer = await connection.request("GET", path, token)
                ok = good(answer.status, answer.body)
            except ConnectionClosedError:
                ok = False
            took = time.perf_counter()
            if sent >= start and took <= stop:
                done += 1
                latencies.seconds.append(took - sent)
                latencies.failures += not ok

    await asyncio.gather(
        measure_cpu(), *(client(c, *r) for c, r in zip(connections, requests, strict=True))
    )
    await asyncio.gather(*(c.close() for c in connections))
    rate.answers += done
    rate.seconds += seconds


def no_change(status: int, body: bytes) -> bool:
    return status == 200 and body.startswith(b'{"changes":[]')


def floor_ok(status: int, body: bytes) -> bool:
    return status == 200 and b"user_id" in body


async def rate_rounds(world: World, servers: Servers, args: argparse.Namespace) -> None:
    db = Database.from_url(world.url)
    positions = feed_positions(db, world.codes)
    db.dispose()
    desktops = world.desktops[: args.clients]
    feed = [(f"{CHANGES}?cursor={positions[d.department]}", d.token) for d in desktops]
    floor = [("/floor", d.token) for d in desktops]
    rates = {"no-change": Rate(), "floor": Rate()}
    for _ in range(args.rounds):
        for name, targets, requests, good in (
            ("no-change", servers.copies, feed, no_change),
            ("floor", servers.floors, floor, floor_ok),
        ):
            await hammer(targets, requests, args.duration, good, rates[name])
    for name, rate in rates.items():
        latencies = rate.latencies
        print(
            f"{name:>9} at {args.clients} clients: {rate.per_second:,.0f} requests/s, "
            f"p50 {ms(latencies.percentile(0.5))}, p99 {ms(latencies.percentile(0.99))}, "
            f"server CPU {ms(rate.cpu / max(1, rate.answers))} per request"
            + (f", {latencies.failures} wrong answers" if latencies.failures else "")
        )
    ratio = rates["no-change"].per_second / rates["floor"].per_second
    print(f"    ratio no-change / floor: {ratio:.2f} (target >= 0.8)")


# --- operations ------------------------------------------------------------------------


async def operations(world: World, servers: Servers, args: argparse.Namespace) -> None:
    desktops = world.desktops[: args.op_clients]
    connections = await open_many(HOST, spread(servers.copies, len(desktops)))
    stop = time.perf_counter() + args.duration
    applied, other = 0, 0
    latencies = Latencies()

    async def client(n: int, connection: Connection) -> None:
        nonlocal applied, other
        desktop = desktops[n]
        case_id = world.cases[desktop.department][n // len(world.codes)]
        while (sent := time.perf_counter()) < stop:
            op = {
                "op_id": str(uuid.uuid4()),
                "case_id": case_id,
                "action": "add_note",
                "base_version": 0,
                "made_at": datetime.now(UTC).isoformat(),
                "note": {"note_id": str(uuid.uuid4()), "body": "Bench", "visibility": "only_me"},
            }
            body = json.dumps({"operations": [op]}).encode()
            try:
                answer = await connection.request(
                    "POST", f"{API_PREFIX}/operations", desktop.token, body
                )
            except ConnectionClosedError:
                other += 1
                continue
            latencies.seconds.append(time.perf_counter() - sent)
            ok = (
                answer.status == 200
                and json.loads(answer.body)["results"][0]["status"] == "applied"
            )
            applied += ok
            other += not ok

    started_at = time.perf_counter()
    await asyncio.gather(*(client(n, c) for n, c in enumerate(connections)))
    seconds = time.perf_counter() - started_at
    await asyncio.gather(*(c.close() for c in connections))
    print(
        f"operations: {applied / seconds:,.0f} applied/s at {len(desktops)} clients "
        f"(add_note, one per request), p50 {ms(latencies.percentile(0.5))}, "
        f"p99 {ms(latencies.percentile(0.99))}" + (f", {other} not applied" if other else "")
    )


# --- main ------------------------------------------------------------------------------


async def measure(world: World, servers: Servers, args: argparse.Namespace) -> None:
    if "rate" in args.phases:
        await rate_rounds(world, servers, args)
    if "ops" in args.phases:
        await operations(world, servers, args)
    if "longpoll" in args.phases:
        await long_polls(world, servers, args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--longpolls", type=int, default=2000)
    parser.add_argument("--op-clients", type=int, default=20)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per rate phase")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--departments", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers per copy")
    parser.add_argument("--forwards", type=int, default=40)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of idle measurement")
    parser.add_argument("--database-url", default=DEFAULT_ADMIN_URL, help="server to use")
    parser.add_argument("--logs", type=Path, help="keep the servers' logs in this folder")
    parser.add_argument(
        "--freeze-floor",
        action="store_true",
        help="gc.freeze() the floor apps too, as `serve` does the service (a stricter floor)",
    )
    parser.add_argument(
        "--phases", default="rate,ops,longpoll", help="which parts to run (default: all)"
    )
    args = parser.parse_args()
    print(f"load: {Path('/proc/loadavg').read_text().strip()} ({os.cpu_count()} cores)")
    desktops = max(args.clients, args.longpolls, args.op_clients)
    began = time.perf_counter()
    with own_database(args.database_url) as url, tempfile.TemporaryDirectory() as temp:
        logs = args.logs or Path(temp)
        logs.mkdir(parents=True, exist_ok=True)
        world = seed(url, args.departments, args.cases, desktops, args.forwards)
        print(
            f"seeded {args.cases} cases in {args.departments} departments, {desktops} "
            f"desktops, in {time.perf_counter() - began:.1f} s"
        )
        with started(url, args.workers, logs, freeze_floor=args.freeze_floor) as servers:
            print(f"2 copies and 2 floor apps, {args.workers} uvicorn worker(s) each")
            asyncio.run(measure(world, servers, args))
    print(f"load: {Path('/proc/loadavg').read_text().strip()}")


if __name__ == "__main__":
    main()
