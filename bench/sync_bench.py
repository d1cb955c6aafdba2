"""Sync benchmark: a real service on loopback, 10,000 cases, a real client.

    uv run python bench/sync_bench.py [--cases 10000]

Prints: full-sync rate, time and memory; the median no-change round; the median time from
an operator's forward (HTTP) to the case being in a long-polling client's store.
Targets: >= 1,000 cases/s, <= 50 ms per no-change round, <= 2 s forward-to-visible.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, select, update

from investigator_app.domain.events import EventKind
from investigator_app.domain.vocabulary import Category, Channel, ReporterKind, Status
from investigator_app.intake.demo import ACCOUNTS, DEMO_PASSWORD, seed_demo
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import Case, CaseEvent, Department, FeedEntry, Reporter, User
from investigator_app.protocol import API_PREFIX
from investigator_app.store import LocalStore
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import SyncEngine

DEPARTMENT = "ABB"
# (kind, from, to) of the five events each bulk case has: it ends up investigating.
LIFE = [
    (EventKind.REGISTERED, None, Status.REGISTERED),
    (EventKind.FORWARDED, Status.REGISTERED, Status.FORWARDED),
    (EventKind.ACKNOWLEDGED, Status.FORWARDED, Status.ACKNOWLEDGED),
    (EventKind.ASSESSMENT_STARTED, Status.ACKNOWLEDGED, Status.ASSESSING),
    (EventKind.INVESTIGATION_STARTED, Status.ASSESSING, Status.INVESTIGATING),
]


def bulk_cases(service: EmbeddedService, count: int) -> None:
    """Insert ``count`` cases with 5 events each and their feed rows in one transaction."""
    now = datetime.now(UTC)
    with service.session() as session:
        department = session.scalars(select(Department).where(Department.code == DEPARTMENT)).one()
        users = {
            u.username: u.id
            for u in session.scalars(
                select(User).where(
                    User.username.in_([ACCOUNTS.operator.username, ACCOUNTS.investigator.username])
                )
            )
        }
        operator, investigator = (
            users[ACCOUNTS.operator.username],
            users[ACCOUNTS.investigator.username],
        )
        reporters: list[dict[str, Any]] = []
        cases: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        feed: list[dict[str, Any]] = []
        seq = department.feed_seq
        for n in range(count):
            received = now - timedelta(days=30, minutes=n)
            reporter_id, case_id = str(uuid.uuid4()), str(uuid.uuid4())
            reporters.append(
                {
                    "id": reporter_id,
                    "kind": ReporterKind.CITIZEN,
                    "name": f"Reporter {n}",
                    "organisation": "",
                    "email": f"r{n}@example.org",
                    "phone": "",
                    "language": "nl",
                }
            )
            cases.append(
                {
                    "id": case_id,
                    "reference": f"1700-2019-{n + 1:06d}",
                    "status": Status.INVESTIGATING,
                    "outcome": None,
                    "version": len(LIFE),
                    "department_id": department.id,
                    "channel": Channel.EMAIL,
                    "category": list(Category)[n % len(Category)],
                    "received_at": received,
                    "registered_at": received,
                    "forwarded_at": received + timedelta(hours=1),
                    "acknowledged_at": received + timedelta(days=1),
                    "closed_at": None,
                    "updated_at": received + timedelta(days=3),
                    "summary": f"Bulk report number {n}",
                    "description": "Benchmark case. " * 20,
                    "involved_entity": "Agentschap Benchmark",
                    "involved_persons": ["A. Person"],
                    "reporter_id": reporter_id,
                    "assignee_id": None,
                    "return_reason": None,
                }
            )
            for version, (kind, before, after) in enumerate(LIFE, start=1):
                events.append(
                    {
                        "id": str(uuid.uuid4()),
                        "case_id": case_id,
                        "case_version": version,
                        "at": received + timedelta(hours=version),
                        "actor_id": operator if version <= 2 else investigator,
                        "actor_department_id": None if version <= 2 else department.id,
                        "kind": kind,
                        "from_status": before,
                        "to_status": after,
                        "outcome": None,
                        "reason": None,
                        "assignee_id": None,
                    }
                )
            seq += 1
            feed.append(
                {"department_id": department.id, "case_id": case_id, "seq": seq, "deleted": False}
            )
        session.execute(insert(Reporter), reporters)
        session.execute(insert(Case), cases)
        session.execute(insert(CaseEvent), events)
        session.execute(insert(FeedEntry), feed)
        session.execute(
            update(Department).where(Department.id == department.id).values(feed_seq=seq)
        )


def forward_via_http(base_url: str, operator_token: str) -> tuple[str, float]:
    """Register a report, then forward it; return its id and when the forward was sent."""
    report = {
        "channel": "phone",
        "category": "bribery",
        "received_at": datetime.now(UTC).isoformat(),
        "summary": "Fresh report",
        "description": "Forwarded during the benchmark.",
        "involved_entity": "Agentschap Benchmark",
        "reporter": {"kind": "citizen", "name": "B. Enchmark", "phone": "+32 470 00 00 00"},
    }
    headers = {"Authorization": f"Bearer {operator_token}"}
    with httpx.Client(base_url=base_url + API_PREFIX, headers=headers) as http:
        created = http.post("/intake/reports", json=report)
        created.raise_for_status()
        case_id: str = created.json()["id"]
        sent_at = time.perf_counter()
        http.post(
            f"/intake/reports/{case_id}/forward", json={"department": DEPARTMENT}
        ).raise_for_status()
    return case_id, sent_at


def forward_to_visible(engine: SyncEngine, base_url: str, operator_token: str) -> float:
    seen: dict[str, float] = {}
    arrived = threading.Event()

    def on_changed(ids: list[str]) -> None:
        for case_id in ids:
            seen[case_id] = time.perf_counter()
        arrived.set()

    poller = threading.Thread(target=lambda: engine.pull(20.0, on_changed=on_changed))
    poller.start()
    time.sleep(0.3)  # let the long-poll reach the service before the forward
    case_id, sent_at = forward_via_http(base_url, operator_token)
    poller.join()
    if case_id not in seen:
        raise RuntimeError("the forwarded case did not arrive in the long-poll")
    return seen[case_id] - sent_at


def measure_full_sync(engine: SyncEngine) -> None:
    started = time.perf_counter()
    outcome = engine.pull(0.0)
    seconds = time.perf_counter() - started
    synced = len(outcome.changed_ids)
    print(
        f"full sync: {synced} cases in {seconds:.2f} s = {synced / seconds:,.0f} cases/s "
        f"({outcome.pages} pages)"
    )


def measure_memory(path: Path, client: ApiClient) -> None:
    """A second full sync into a fresh store under tracemalloc (which slows it down)."""
    store = LocalStore.open(path)
    tracemalloc.start()
    SyncEngine(store, client).pull(0.0)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    store.close()
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"full sync memory: peak traced {peak / 2**20:.0f} MiB; max RSS {maxrss_mb:.0f} MiB "
        "(this process; it also seeded the service database)"
    )


def measure_no_change(engine: SyncEngine) -> None:
    rounds = []
    for _ in range(20):
        started = time.perf_counter()
        engine.pull(0.0)
        rounds.append((time.perf_counter() - started) * 1000)
    print(
        f"no-change round: median {statistics.median(rounds):.1f} ms "
        f"(min {min(rounds):.1f}, max {max(rounds):.1f})"
    )


def serve(database_url: str, port: int, ready: Any, done: Any) -> None:
    """Child process: serve until told to stop (client and service apart, as in real use)."""
    service = EmbeddedService(database_url, port=port).start()
    ready.set()
    done.wait()
    service.stop()


@contextmanager
def served_in_child(database_url: str, port: int) -> Iterator[None]:
    """The service in a process of its own on ``port`` while the block runs."""
    context = multiprocessing.get_context("spawn")
    ready, done = context.Event(), context.Event()
    child = context.Process(target=serve, args=(database_url, port, ready, done))
    child.start()
    try:
        if not ready.wait(30):
            raise RuntimeError("the service process did not start")
        yield
    finally:
        done.set()
        child.join(15)


def measure(base_url: str, root: Path) -> None:
    with ApiClient(base_url, None) as anonymous:
        token = anonymous.login(ACCOUNTS.investigator.username, DEMO_PASSWORD, "bench").token
        operator_token = anonymous.login(ACCOUNTS.operator.username, DEMO_PASSWORD, "bench").token
    with ApiClient(base_url, token, timeout=30.0) as client:
        store = LocalStore.open(root / "desktop" / "store.sqlite3")
        engine = SyncEngine(store, client)
        engine.refresh_identity()
        measure_full_sync(engine)
        measure_memory(root / "desktop" / "memory.sqlite3", client)
        measure_no_change(engine)
        delays = [forward_to_visible(engine, base_url, operator_token) for _ in range(5)]
        print(
            f"forward to visible: median {statistics.median(delays) * 1000:.0f} ms "
            f"(max {max(delays) * 1000:.0f} ms)"
        )
        started = time.perf_counter()
        rows = store.list_summaries(datetime.now(UTC))
        took = (time.perf_counter() - started) * 1000
        print(f"list_summaries of {len(rows)} cases: {took:.0f} ms")
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument(
        "--same-process",
        action="store_true",
        help="run the service in this process (client and service then share one GIL)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as folder:
        root = Path(folder)
        database_url = f"sqlite:///{root / 'intake.sqlite3'}"
        service = EmbeddedService(database_url).start()
        try:
            seed_demo(service.engine, datetime.now(UTC))
            started = time.perf_counter()
            bulk_cases(service, args.cases)
            took = time.perf_counter() - started
            print(f"seeded {args.cases} cases x {len(LIFE)} events in {took:.1f} s")
            if args.same_process:
                print("service: in this process")
                measure(service.base_url, root)
                return 0
        finally:
            service.stop()
        print("service: in a child process")
        with served_in_child(database_url, service.port):
            measure(service.base_url, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
