"""Login flood benchmark: strangers guess passwords while the owner signs in and unlocks.

    uv run python bench/login_flood.py [--seconds 20] [--guesses 50000] [--concurrency 60]
                                       [--addresses 8] [--polite] [--database-url URL]

The service runs in a child process on loopback (a fresh SQLite file unless
--database-url names an empty database). For --seconds, and at most --guesses guesses,
--concurrency threads send wrong passwords for a known user and logins of names that do not
exist, from --addresses stranger source addresses (127.0.0.2, ...: Linux routes all of
127/8 to loopback), at once again after each answer (--polite: after the Retry-After of a
429 or 503). Meanwhile, once a second: from 127.0.0.1 the idle lock's password check of the
signed-in device and a login from that known device (its token as previous_token), and a
login from a fresh device at an address of its own (127.0.1.N). Prints the answers and
latencies of both, and the service's resident memory (sampled every 20 ms, and the
kernel's high-water mark).

Targets: every legitimate call answered within 1 s, the known device's always admitted;
peak memory about the idle service plus the cap of password checks x 64 MB.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from investigator_app.intake.demo import ACCOUNTS, DEMO_PASSWORD, seed_demo
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.login_throttle import LoginLimits
from investigator_app.protocol import API_PREFIX, VERIFY_PASSWORD_PATH

OWNER = ACCOUNTS.investigator.username
MIB = 2**20


def serve(database_url: str, port: int, notes_key: bytes, ready: Any, done: Any) -> None:
    """Child process: serve until told to stop."""
    service = EmbeddedService(database_url, port=port, notes_key=notes_key).start()
    ready.set()
    done.wait()
    service.stop()


@contextmanager
def served_in_child(database_url: str, port: int) -> Iterator[int]:
    """The service in a process of its own on ``port``; yields its pid."""
    context = multiprocessing.get_context("spawn")
    ready, done = context.Event(), context.Event()
    child = context.Process(
        target=serve, args=(database_url, port, os.urandom(32), ready, done), daemon=True
    )
    child.start()
    try:
        if not ready.wait(60) or child.pid is None:
            raise RuntimeError("the service process did not start")
        yield child.pid
    finally:
        done.set()
        child.join(15)


def memory(pid: int, field: str) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(rf"{field}:\s+(\d+) kB", status)
    return int(match.group(1)) * 1024 if match else 0


class Sampler(threading.Thread):
    """The child's resident memory every 20 ms, until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak = pid, 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.peak = max(self.peak, memory(self.pid, "VmRSS"))


def client(api_url: str, address: str, timeout: float = 30.0) -> httpx.Client:
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=api_url, transport=transport, timeout=timeout)


class Flood:
    def __init__(self, api_url: str, args: argparse.Namespace) -> None:
        self.api_url, self.args = api_url, args
        self.answers: Counter[int] = Counter()
        self.latencies: list[float] = []
        self.sent = 0
        self.lock = threading.Lock()
        self.deadline = time.monotonic() + args.seconds
        self.addresses = [f"127.0.0.{2 + n}" for n in range(args.addresses)]

    def take(self) -> int | None:
        with self.lock:
            if self.sent >= self.args.guesses or time.monotonic() >= self.deadline:
                return None
            self.sent += 1
            return self.sent

    def worker(self, number: int) -> None:
        with client(self.api_url, self.addresses[number % len(self.addresses)]) as http:
            while (n := self.take()) is not None:
                name = OWNER if n % 2 else f"niemand.{number}.{n}"
                started = time.perf_counter()
                wait = 0.0
                try:
                    answer = http.post(
                        "/auth/login", json={"username": name, "password": f"gok {n}"}
                    )
                    status = answer.status_code
                    if self.args.polite and status in (429, 503):
                        wait = float(answer.headers.get("Retry-After", "1"))
                except httpx.HTTPError:
                    status = 0
                took = time.perf_counter() - started
                with self.lock:
                    self.answers[status] += 1
                    self.latencies.append(took)
                time.sleep(min(wait, max(0.0, self.deadline - time.monotonic())))

    def threads(self) -> list[threading.Thread]:
        return [
            threading.Thread(target=self.worker, args=(n,), daemon=True)
            for n in range(self.args.concurrency)
        ]


def legitimate(api_url: str, token: str, flood: Flood) -> dict[str, list[tuple[int, float]]]:
    """Once a second while the flood lasts: unlock, known-device login, fresh login."""
    results: dict[str, list[tuple[int, float]]] = defaultdict(list)
    owner = {"username": OWNER, "password": DEMO_PASSWORD, "device_name": "bench"}
    calls = {
        "idle-lock unlock (signed-in device)": (
            VERIFY_PASSWORD_PATH.removeprefix(API_PREFIX),
            {"password": DEMO_PASSWORD},
            {"Authorization": f"Bearer {token}"},
        ),
        "login from the known device": ("/auth/login", {**owner, "previous_token": token}, {}),
        "login from a fresh device": ("/auth/login", owner, {}),
    }
    fresh = (f"127.0.1.{n}" for n in range(1, 255))  # each new device somewhere new
    with client(api_url, "127.0.0.1") as http:
        time.sleep(1.0)  # the flood is under way
        while time.monotonic() < flood.deadline and flood.sent < flood.args.guesses:
            tick = time.monotonic()
            for kind, (path, body, headers) in calls.items():
                started = time.perf_counter()
                if "fresh" in kind:
                    with client(api_url, next(fresh)) as new_device:
                        status = new_device.post(path, json=body).status_code
                else:
                    status = http.post(path, json=body, headers=headers).status_code
                results[kind].append((status, time.perf_counter() - started))
            time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
    return results


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def report(flood: Flood, results: dict[str, list[tuple[int, float]]], took: float) -> None:
    answers = ", ".join(f"{status}: {count}" for status, count in sorted(flood.answers.items()))
    lat = sorted(flood.latencies) or [0.0]
    manner = "waiting as told" if flood.args.polite else "never waiting"
    print(
        f"flood: {flood.sent} guesses in {took:.1f} s from {len(flood.addresses)} addresses, "
        f"{flood.args.concurrency} at a time, {manner} ({answers}); latency median "
        f"{ms(statistics.median(lat))}, p95 {ms(lat[int(len(lat) * 0.95) - 1])}, "
        f"max {ms(lat[-1])}"
    )
    for kind, calls in results.items():
        statuses = Counter(status for status, _ in calls)
        times = [seconds for _, seconds in calls]
        print(
            f"{kind}: {len(calls)} calls ({', '.join(f'{s}: {c}' for s, c in statuses.items())})"
            f"; median {ms(statistics.median(times))}, max {ms(max(times))}, "
            f"within 1 s: {sum(t < 1.0 for t in times)}/{len(times)}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--guesses", type=int, default=50_000)
    parser.add_argument("--concurrency", type=int, default=60)
    parser.add_argument("--addresses", type=int, default=8)
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--polite", action="store_true", help="strangers wait the Retry-After they are told"
    )
    args = parser.parse_args()
    args.seconds = min(args.seconds, 120.0)  # bounded, whatever is asked
    args.concurrency = min(args.concurrency, 200)
    args.addresses = max(1, min(args.addresses, 250))  # 127.0.0.2 to 127.0.0.251
    with tempfile.TemporaryDirectory(prefix="login-flood-") as folder:
        database_url = args.database_url or f"sqlite:///{Path(folder) / 'intake.sqlite3'}"
        seeding = EmbeddedService(database_url).start()
        try:
            seed_demo(seeding.engine, datetime.now(UTC))
        finally:
            seeding.stop()
        with served_in_child(database_url, seeding.port) as pid:
            api_url = seeding.base_url + API_PREFIX
            with client(api_url, "127.0.0.1") as http:
                signed_in = http.post(
                    "/auth/login",
                    json={"username": OWNER, "password": DEMO_PASSWORD, "device_name": "bench"},
                )
                signed_in.raise_for_status()
                token = signed_in.json()["token"]
            idle = memory(pid, "VmRSS")
            limits = LoginLimits()
            print(
                f"service: pid {pid}, {idle / MIB:.0f} MiB resident after one login; cap "
                f"{limits.concurrent_checks} password checks at once "
                f"({limits.reserved_checks} kept for known devices)"
            )
            sampler = Sampler(pid)
            sampler.start()
            flood = Flood(api_url, args)
            threads = flood.threads()
            started = time.monotonic()
            for thread in threads:
                thread.start()
            results = legitimate(api_url, token, flood)
            for thread in threads:
                thread.join()
            took = time.monotonic() - started
            sampler.stop.set()
            sampler.join()
            report(flood, results, took)
            print(
                f"service memory: {idle / MIB:.0f} MiB before, peak {sampler.peak / MIB:.0f} "
                f"MiB sampled, high-water mark {memory(pid, 'VmHWM') / MIB:.0f} MiB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
