"""The yearly report over 100,000 cases: seconds and peak memory per format.

Bulk inserts generated cases (two years, 20 departments in 6 policy domains, hand-overs,
returns, re-routes, closings with and without investigation, allegations with findings)
into a migrated database, then for each format reads the facts, builds the report and
renders it, timing the whole and tracing Python's peak memory (tracemalloc). Target:
under 5 s per format.

    uv run python bench/yearly_report_bench.py [--cases 100000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from investigator_app.accountability import formats
from investigator_app.accountability.yearly import Period
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround, Conclusion
from investigator_app.domain.vocabulary import Category, Channel, Outcome, Role, Status
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.migrate import upgrade_engine
from investigator_app.intake.yearly_reads import yearly_report
from tests.support.yearly_cases import Spec, insert_cases

DOMAINS = ["Kanselarij", "Omgeving", "Mobiliteit", "Welzijn", "Onderwijs", "Financiën"]
DEPARTMENTS = [f"D{number:02d}" for number in range(20)]
YEAR = 2026
NOW = datetime(YEAR + 1, 1, 15, tzinfo=UTC)


def generate(count: int, seed: int = 1700) -> list[Spec]:
    rng = random.Random(seed)
    start = datetime(YEAR - 1, 1, 1, 9, tzinfo=UTC)
    specs: list[Spec] = []
    for _ in range(count):
        received = start + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        department = rng.choice(DEPARTMENTS)
        category, channel = rng.choice(list(Category)), rng.choice(list(Channel))
        roll = rng.random()
        if roll < 0.03:
            specs.append(Spec(received, Status.REGISTERED, None, category, channel))
            continue
        events: tuple[tuple[EventKind, str], ...] = ((EventKind.FORWARDED, department),)
        if roll < 0.08:
            specs.append(
                Spec(
                    received,
                    Status.RETURNED,
                    department,
                    category,
                    channel,
                    (*events, (EventKind.RETURNED, department)),
                )
            )
            continue
        if roll < 0.12:
            other = rng.choice([d for d in DEPARTMENTS if d != department])
            events = (
                *events,
                (EventKind.RETURNED, department),
                (EventKind.REROUTED, other),
            )
            department = other
        acknowledged = received + timedelta(hours=rng.randrange(1, 14 * 24))
        if roll < 0.3:
            specs.append(
                Spec(
                    received,
                    Status.INVESTIGATING,
                    department,
                    category,
                    channel,
                    events,
                    acknowledged_at=acknowledged,
                )
            )
            continue
        closed = acknowledged + timedelta(hours=rng.randrange(24, 200 * 24))
        if roll < 0.55:
            ground = rng.choice(list(ClosingGround))
            outcome = (
                Outcome.UNFOUNDED
                if ground is ClosingGround.MANIFESTLY_UNFOUNDED
                else Outcome.INADMISSIBLE
            )
            specs.append(
                Spec(
                    received,
                    Status.CLOSED,
                    department,
                    category,
                    channel,
                    events,
                    acknowledged_at=acknowledged,
                    closed_at=closed,
                    outcome=outcome,
                    ground=ground,
                )
            )
            continue
        allegations = tuple(
            (department, (rng.choice(list(Conclusion)),), rng.random() < 0.1)
            for _ in range(rng.randrange(1, 4))
        )
        specs.append(
            Spec(
                received,
                Status.CLOSED,
                department,
                category,
                channel,
                events,
                acknowledged_at=acknowledged,
                closed_at=closed,
                feedback_sent_at=acknowledged + timedelta(days=rng.randrange(10, 120)),
                outcome=rng.choice([o for o in Outcome if o is not Outcome.INADMISSIBLE]),
                allegations=allegations,
            )
        )
    return specs


def seed(db: Database, count: int) -> float:
    began = time.perf_counter()
    now = utcnow()
    with db.write() as session:
        for number, code in enumerate(DEPARTMENTS):
            create_department(
                session,
                cli_actor(),
                code,
                f"Dienst {number}",
                now,
                policy_domain=DOMAINS[number % len(DOMAINS)],
            )
        user = create_user(
            session,
            cli_actor(),
            username="bench.investigator",
            display_name="Bench",
            role=Role.INVESTIGATOR,
            department_code=DEPARTMENTS[0],
            password_hash="x",
            now=now,
        )
        insert_cases(session, generate(count), user.id, prefix="B")
    return time.perf_counter() - began


def report_bytes(db: Database, kind: str) -> bytes:
    with db.read() as session:
        report = yearly_report(session, Period.year(YEAR), NOW)
    return formats.render(report, kind)


def measure(db: Database, kind: str) -> tuple[float, float, int]:
    """Seconds (best of two untraced runs: tracemalloc slows Python down several times),
    peak MB (one traced run) and bytes of one report: read, build, render."""
    timings = []
    for _run in range(2):
        began = time.perf_counter()
        data = report_bytes(db, kind)
        timings.append(time.perf_counter() - began)
    tracemalloc.start()
    report_bytes(db, kind)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return min(timings), peak / 2**20, len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--database-url", help="an empty database (default: a SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        db = Database.from_url(url)
        try:
            upgrade_engine(db.engine)
            print(
                f"{args.cases} cases inserted in {seed(db, args.cases):.1f} s ({url.split(':')[0]})"
            )
            print(f"{'format':8} {'seconds':>8} {'peak MB':>8} {'bytes':>10}")
            worst = 0.0
            for kind in ("json", "csv", "xlsx", "pdf"):
                seconds, peak, size = measure(db, kind)
                worst = max(worst, seconds)
                print(f"{kind:8} {seconds:8.2f} {peak:8.1f} {size:10d}")
            print(f"target < 5 s per format: {'met' if worst < 5 else 'NOT met'}")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
