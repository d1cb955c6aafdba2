"""The GUI stall bench itself; run it through gui_stall_bench.py (see there)."""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from stall_profile import StackSampler, collections, report
from sync_bench import bulk_cases, served_in_child

from investigator_app.desktop.app import DesktopApp, tune_garbage_collection
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.intake.demo import ACCOUNTS, seed_demo
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.sync.api import ApiClient

TICK_MS = 5
TARGET_MS = 100


def _run_queue_wait() -> float:
    """Seconds this thread was runnable but waited for a core (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as stats:
            return int(stats.read().split()[1]) / 1e9
    except OSError:
        return 0.0


class StallMeter:
    """Records how long the GUI thread went without running a 5 ms timer."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.ends: list[float] = []  # when each gap ended (perf_counter seconds)
        # The GUI thread's own CPU time in each gap: its work, apart from waiting for the
        # GIL or for a core (which a busy machine makes long).
        self.busy: list[float] = []
        self.queued: list[float] = []  # ... and its time runnable but without a core
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_queued = _run_queue_wait()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._last_queued = _run_queue_wait()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu, queued = time.perf_counter(), time.thread_time(), _run_queue_wait()
        self.gaps.append((now - self._last) * 1000)
        self.busy.append((cpu - self._last_cpu) * 1000)
        self.queued.append((queued - self._last_queued) * 1000)
        self.ends.append(now)
        self._last, self._last_cpu, self._last_queued = now, cpu, queued

    def worst(self) -> str:
        """The longest stall, split into the GUI thread's own work, its wait for a core
        (a busy machine), and the rest: waiting for the GIL (or between events)."""
        at = max(range(len(self.gaps)), key=self.gaps.__getitem__)
        gap, busy, queued = self.gaps[at], self.busy[at], self.queued[at]
        return (
            f"longest stall {gap:.0f} ms: own CPU {busy:.0f} ms, waiting for a core "
            f"{queued:.0f} ms, waiting for the GIL or events {gap - busy - queued:.0f} ms"
        )

    def stalls(self, over_ms: float) -> list[tuple[float, float]]:
        """(start, end) in perf_counter seconds of each gap over ``over_ms``."""
        return [
            (end - gap / 1000, end)
            for gap, end in zip(self.gaps, self.ends, strict=True)
            if gap > over_ms
        ]


def count_visible_cases(client: ApiClient) -> int:
    """Cases the department's list will show: the feed without its tombstones."""
    visible, cursor, more = 0, 0, True
    while more:
        page = client.changes(cursor, limit=1000)
        visible += sum(1 for change in page.changes if not change.deleted)
        cursor, more = page.cursor, page.has_more
    return visible


def open_app(base_url: str, token: str, data_dir: Path) -> DesktopApp:
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, base_url)
    settings.set(USERNAME, ACCOUNTS.investigator.username)
    tokens = TokenStore(MemoryKeyring())
    tokens.save(base_url, ACCOUNTS.investigator.username, token)
    app = DesktopApp(settings, tokens, data_dir)
    if not app.start():
        raise RuntimeError("the desktop did not open")
    return app


def login(base_url: str) -> str:
    with ApiClient(base_url, None) as anonymous:
        return anonymous.login(
            ACCOUNTS.investigator.username, ACCOUNTS.investigator.password, "bench"
        ).token


def wait_for_rows(qt: QApplication, app: DesktopApp, expected: int, seconds: float) -> None:
    assert app.workspace is not None
    model = app.workspace.window.model
    deadline = time.perf_counter() + seconds
    while model.rowCount() < expected and time.perf_counter() < deadline:
        qt.processEvents()
        time.sleep(0.001)


def measure(
    qt: QApplication, base_url: str, expected: int, data_dir: Path, profile_over: float | None
) -> float:
    """One run: sync into the empty store in ``data_dir``; returns the longest stall (ms).
    ``expected``: how many cases the department has, i.e. rows the list must end with."""
    token = login(base_url)
    data_dir.mkdir()
    meter = StallMeter()
    sampler = (
        StackSampler(threading.get_ident(), threading.get_native_id())
        if profile_over is not None
        else None
    )
    started = time.perf_counter()
    app = open_app(base_url, token, data_dir)
    opened_empty = time.perf_counter() - started
    if sampler is not None:
        sampler.start()
    meter.start()  # the sync runs from here on; opening the window is reported apart
    wait_for_rows(qt, app, expected, 300)
    visible = time.perf_counter() - started
    assert app.workspace is not None
    rows = app.workspace.window.model.rowCount()
    # Let the last signals land, then stop measuring.
    settle_until = time.perf_counter() + 0.5
    while time.perf_counter() < settle_until:
        qt.processEvents()
        time.sleep(0.001)
    meter.stop()
    if sampler is not None:
        sampler.stop()
    app.close_workspace()
    gaps = sorted(meter.gaps)
    print(f"opening the window on an empty store: {opened_empty * 1000:.0f} ms")
    print(f"all {rows} cases in the list after {visible:.2f} s")
    print(
        f"GUI thread during the sync: longest stall {gaps[-1]:.0f} ms, "
        f"p99 gap {gaps[int(len(gaps) * 0.99)]:.0f} ms, median {statistics.median(gaps):.1f} ms, "
        f"gaps over {TARGET_MS} ms: {sum(1 for g in gaps if g > TARGET_MS)} of {len(gaps)}"
    )
    busy = sorted(meter.busy)
    print(
        f"GUI thread's own CPU time in one gap: longest {busy[-1]:.0f} ms, "
        f"p99 {busy[int(len(busy) * 0.99)]:.1f} ms"
    )
    print(meter.worst())
    if sampler is not None and profile_over is not None:
        print(report(sampler, meter.stalls(profile_over)))
        print(collections(sampler))

    started = time.perf_counter()
    again = open_app(base_url, token, data_dir)
    opened = time.perf_counter() - started
    wait_for_rows(qt, again, expected, 60)
    filled = time.perf_counter() - started
    print(
        f"opening the window again on {expected} stored cases: {opened * 1000:.0f} ms, "
        f"list filled after {filled * 1000:.0f} ms"
    )
    again.close_workspace()
    return gaps[-1]


def main() -> int:
    parser = argparse.ArgumentParser(
        description="GUI responsiveness during a big sync: the real desktop, offscreen."
    )
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1, help="syncs into a new store, in a row")
    parser.add_argument("--profile", action="store_true", help="say where stalls come from")
    parser.add_argument("--profile-over", type=float, default=60.0, help="stalls over (ms)")
    parser.add_argument("--gc", help="other GC thresholds to try, as 10000,50,100")
    args = parser.parse_args()
    qt = QApplication(sys.argv[:1])
    tune_garbage_collection()  # as investigator-app does at start
    if args.gc:
        gc.set_threshold(*(int(part) for part in args.gc.split(",")))
    print(f"gc thresholds: {gc.get_threshold()}")
    with tempfile.TemporaryDirectory(prefix="gui-bench-") as folder:
        root = Path(folder)
        database_url = f"sqlite:///{root / 'intake.sqlite3'}"
        service = EmbeddedService(database_url).start()
        try:
            seed_demo(service.engine, datetime.now(UTC))
            bulk_cases(service, args.cases)
            with ApiClient(service.base_url, login(service.base_url)) as client:
                expected = count_visible_cases(client)
        finally:
            service.stop()
        worst: list[float] = []
        with served_in_child(database_url, service.port):
            for run in range(1, args.runs + 1):
                print(f"run {run} of {args.runs}")
                profile_over = args.profile_over if args.profile else None
                worst.append(
                    measure(qt, service.base_url, expected, root / f"desktop-{run}", profile_over)
                )
                # The next run starts clean: what this run's workspace froze is let go.
                gc.unfreeze()
                gc.collect()
    within = sum(1 for stall in worst if stall <= TARGET_MS)
    print(
        "load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    print("longest stall per run (ms): " + ", ".join(f"{stall:.0f}" for stall in worst))
    print(f"runs without a stall over {TARGET_MS} ms: {within} of {len(worst)}")
    return 0
