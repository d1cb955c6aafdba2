"""The service-load bench's long-polls: desktops waiting on both copies, their cost while
nothing changes, and forwards timed to the waiting clients of the other copy."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import time
from dataclasses import dataclass, field

from load_client import (
    Connection,
    ConnectionClosedError,
    Latencies,
    cpu_seconds,
    ms,
    open_many,
    process_tree,
    rss_bytes,
)
from load_servers import HOST, Server, Servers, spread
from load_world import World, feed_positions

from investigator_app.intake.db import Database
from investigator_app.protocol import API_PREFIX

MIB = 2**20
CHANGES = f"{API_PREFIX}/changes"


@dataclass
class Poller:
    """A desktop waiting on one copy: its long-poll again as soon as an answer is in."""

    connection: Connection
    token: str
    department: int
    copy: int
    cursor: int
    waiting: bool = False
    answers: int = 0
    errors: int = 0
    arrived: dict[str, float] = field(default_factory=dict)  # case id -> when

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self.waiting = True
            try:
                answer = await self.connection.request(
                    "GET", f"{CHANGES}?cursor={self.cursor}&wait=30", self.token
                )
            except ConnectionClosedError:
                self.waiting = False
                self.errors += 1
                await asyncio.sleep(0.5)
                continue
            self.waiting = False
            now = time.perf_counter()
            if answer.status != 200:
                self.errors += 1
                await asyncio.sleep(0.5)
                continue
            self.answers += 1
            page = json.loads(answer.body)
            for change in page["changes"]:
                self.arrived[change["case_id"]] = now
            self.cursor = page["cursor"]


async def settled(copies: list[Server], within: float, step: float = 0.5) -> None:
    """Until both copies used under a tenth of a core over ``step`` seconds (or for
    ``within`` seconds at most): their long-polls then wait, none is being answered."""
    until = time.perf_counter() + within
    cpu, _ = sample(copies)
    while time.perf_counter() < until:
        await asyncio.sleep(step)
        now_cpu, _ = sample(copies)
        busy = sum(now_cpu) - sum(cpu)
        cpu = now_cpu
        if busy < 0.1 * step:
            return


def sample(copies: list[Server]) -> tuple[list[float], list[int]]:
    trees = [process_tree(s.pid) for s in copies]
    return [cpu_seconds(t) for t in trees], [rss_bytes(t) for t in trees]


async def long_polls(world: World, servers: Servers, args: argparse.Namespace) -> None:
    db = Database.from_url(world.url)
    positions = feed_positions(db, world.codes)
    db.dispose()
    copies = servers.copies
    _, rss_before = sample(copies)
    desktops = world.desktops[: args.longpolls]
    connections = await open_many(HOST, spread(copies, len(desktops), len(world.codes)))
    copy_of = {server.port: n for n, server in enumerate(copies)}
    pollers = [
        Poller(c, d.token, d.department, copy_of[c.port], positions[d.department])
        for c, d in zip(connections, desktops, strict=True)
    ]
    stop = asyncio.Event()
    began = time.perf_counter()
    tasks = [asyncio.create_task(p.run(stop)) for p in pollers]
    settle_until = began + 20
    while sum(p.waiting for p in pollers) < len(pollers) and time.perf_counter() < settle_until:
        await asyncio.sleep(0.1)
    sent = time.perf_counter() - began
    # Sent is not yet waiting: the copies still check tokens and read first pages.
    await settled(copies, within=10)
    print(
        f"long-polls: {len(pollers)} sent in {sent:.1f} s, settled after "
        f"{time.perf_counter() - began:.1f} s"
    )

    answered = sum(p.answers for p in pollers)
    cpu_start, _ = sample(copies)
    started_at = time.perf_counter()
    await asyncio.sleep(args.idle)
    cpu_end, rss = sample(copies)
    seconds = time.perf_counter() - started_at
    held = sum(p.waiting for p in pollers)
    early = sum(p.answers for p in pollers) - answered
    print(
        f"    {held} of {len(pollers)} held waiting (wait=30 s) over {len(copies)} copies"
        + (f"; {early} answered while nothing changed" if early else "")
    )
    for n, server in enumerate(copies):
        print(
            f"    {server.name}: CPU {100 * (cpu_end[n] - cpu_start[n]) / seconds:.1f} % of a "
            f"core over {seconds:.1f} s idle, RSS {rss[n] / MIB:.0f} MB "
            f"(before the long-polls {rss_before[n] / MIB:.0f} MB)"
        )

    # The 2,000 pollers and their connections live until the end: out of this process's
    # collections (as `serve` freezes the service's), whose full ones otherwise paused the
    # measuring client itself for 200 ms now and then, right while it timed arrivals.
    gc.collect()
    gc.freeze()
    await forwards(world, servers, pollers, args)
    stop.set()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.gather(*(c.close() for c in connections))
    errors = sum(p.errors for p in pollers)
    if errors:
        print(f"    {errors} long-polls failed (connection closed or not 200)")


async def forwards(
    world: World, servers: Servers, pollers: list[Poller], args: argparse.Namespace
) -> None:
    """Forward one report at a time through alternating copies; time its arrival at each
    waiting client of its department on the other copy."""
    copies = servers.copies
    first, every, answers = Latencies(), Latencies(), Latencies()
    missed = 0
    for k, report_id in enumerate(world.reports[: args.forwards]):
        department, via = k % len(world.codes), k % len(copies)
        watchers = [p for p in pollers if p.department == department and p.copy != via]
        ready_by = time.perf_counter() + 5
        while not all(p.waiting for p in watchers) and time.perf_counter() < ready_by:
            await asyncio.sleep(0.01)
        body = json.dumps({"department": world.codes[department]}).encode()
        desk = await Connection(HOST, copies[via].port).open()  # 1700's own connection
        sent = time.perf_counter()
        answer = await desk.request(
            "POST", f"{API_PREFIX}/intake/reports/{report_id}/forward", world.operator_token, body
        )
        answered = time.perf_counter()
        await desk.close()
        if answer.status != 200:
            raise RuntimeError(f"forward answered {answer.status}: {answer.body[:200]!r}")
        deadline = answered + 5
        while time.perf_counter() < deadline and not all(report_id in p.arrived for p in watchers):
            await asyncio.sleep(0.002)
        answers.seconds.append(answered - sent)
        arrivals = [p.arrived[report_id] - sent for p in watchers if report_id in p.arrived]
        missed += len(watchers) - len(arrivals)
        every.seconds += arrivals
        if arrivals:
            first.seconds.append(min(arrivals))
        # The clients that got the case ask again (a token check and a read each, on both
        # copies): the next forward is timed once they wait again, as the target says.
        await settled(copies, within=5, step=0.1)
    print(
        f"forward -> visible on the other copy, from the forward's request ({args.forwards} "
        f"forwards, each to {len(watchers)} waiting clients of its department there; the "
        f"forward answered in p50 {ms(answers.percentile(0.5))}):"
    )
    print(
        f"    first client p50 {ms(first.percentile(0.5))}, p99 {ms(first.percentile(0.99))}; "
        f"every client p50 {ms(every.percentile(0.5))}, p99 {ms(every.percentile(0.99))} "
        "(target p99 <= 200 ms)" + (f"; {missed} not arrived within 5 s" if missed else "")
    )
