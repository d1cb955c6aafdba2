"""Building case snapshots on the service: one case (every operation's answer) and a page.

    uv run python bench/snapshot_bench.py [--seconds 3]

Seeds the demo on a fresh SQLite database (as ``investigator-app --demo``) and times, for
the demo investigator's department: a snapshot of each of its cases one by one, and one
page of all of them by listed ids and by a SELECT of ids (a big feed page). Prints the
mean per case and per page over --seconds of repeats each.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from investigator_app.intake.demo import ACCOUNTS
from investigator_app.intake.demo_service import demo_service, start_seeded
from investigator_app.intake.models import Case, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.snapshots import Viewer, build_snapshots, case_snapshot


def mean_seconds(work: Callable[[], object], seconds: float) -> float:
    work()  # statements built, caches warm: the steady state is what a service runs in
    started, rounds = time.perf_counter(), 0
    while time.perf_counter() - started < seconds:
        work()
        rounds += 1
    return (time.perf_counter() - started) / rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="snapshot-bench-"))
    service = demo_service(root)
    try:
        start_seeded(service)
        db = service.database
        key = service.settings.notes_key
        assert key is not None  # the demo service always has one
        cipher = NoteCipher(key)
        with db.read() as session:
            user = session.scalars(
                select(User).where(User.username == ACCOUNTS.investigator.username)
            ).one()
            assert user.department_id is not None
            viewer = Viewer(user.id, user.role, user.department_id)
            department = select(Case.id).where(Case.department_id == user.department_id)
            ids = list(session.scalars(department))

        def one_by_one() -> None:
            with db.read() as session:
                for case_id in ids:
                    case_snapshot(session, viewer, case_id, cipher)

        def page_listed() -> None:
            with db.read() as session:
                build_snapshots(session, viewer, ids, cipher)

        def page_selected() -> None:
            with db.read() as session:
                build_snapshots(session, viewer, department, cipher)

        per_case = mean_seconds(one_by_one, args.seconds) / len(ids)
        print(f"{len(ids)} cases of the investigator's department (demo, SQLite)")
        print(f"one case at a time:       {per_case * 1000:6.2f} ms per case")
        for name, work in (
            ("page, listed ids:", page_listed),
            ("page, SELECT of ids:", page_selected),
        ):
            print(f"{name:<25} {mean_seconds(work, args.seconds) * 1000:6.2f} ms per page")
    finally:
        service.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
