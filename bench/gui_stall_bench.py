"""GUI responsiveness during a big sync: the real desktop composition root, offscreen.

    uv run python bench/gui_stall_bench.py [--cases 10000]

A 5 ms timer on the GUI thread records the gaps between its ticks while the desktop syncs
10,000 cases (5 events each) from a service in another process into an empty store and
shows them in the list. Prints the longest stall, the 99th percentile gap, how many gaps
exceeded 100 ms, the time until every case is in the list, and the time to open the window
again on the filled store. Target: no stall over 100 ms during the sync.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from sync_bench import bulk_cases, served_in_child

from investigator_app.desktop.app import DesktopApp, tune_garbage_collection
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.intake.demo import ACCOUNTS, seed_demo
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.sync.api import ApiClient

TICK_MS = 5


class StallMeter:
    """Records how long the GUI thread went without running a 5 ms timer."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now


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


def measure(qt: QApplication, base_url: str, expected: int, root: Path) -> None:
    """``expected``: how many cases the department has, i.e. rows the list must end with."""
    with ApiClient(base_url, None) as anonymous:
        token = anonymous.login(
            ACCOUNTS.investigator.username, ACCOUNTS.investigator.password, "bench"
        ).token
    data_dir = root / "desktop"
    data_dir.mkdir()
    meter = StallMeter()
    started = time.perf_counter()
    app = open_app(base_url, token, data_dir)
    opened_empty = time.perf_counter() - started
    meter.start()  # the sync runs from here on; opening the window is reported apart
    assert app.workspace is not None
    model = app.workspace.window.model
    deadline = started + 300
    while model.rowCount() < expected and time.perf_counter() < deadline:
        qt.processEvents()
        time.sleep(0.001)
    visible = time.perf_counter() - started
    # Let the last signals land, then stop measuring.
    settle_until = time.perf_counter() + 0.5
    while time.perf_counter() < settle_until:
        qt.processEvents()
        time.sleep(0.001)
    meter.stop()
    app.close_workspace()
    gaps = sorted(meter.gaps)
    print(f"opening the window on an empty store: {opened_empty * 1000:.0f} ms")
    print(f"all {model.rowCount()} cases in the list after {visible:.2f} s")
    print(
        f"GUI thread during the sync: longest stall {gaps[-1]:.0f} ms, "
        f"p99 gap {gaps[int(len(gaps) * 0.99)]:.0f} ms, median {statistics.median(gaps):.1f} ms, "
        f"gaps over 100 ms: {sum(1 for g in gaps if g > 100)} of {len(gaps)}"
    )

    started = time.perf_counter()
    again = open_app(base_url, token, data_dir)
    opened = time.perf_counter() - started
    assert again.workspace is not None
    shown = again.workspace.window.model
    while shown.rowCount() < expected and time.perf_counter() < started + 60:
        qt.processEvents()
        time.sleep(0.001)
    filled = time.perf_counter() - started
    print(
        f"opening the window again on {expected} stored cases: {opened * 1000:.0f} ms, "
        f"list filled after {filled * 1000:.0f} ms"
    )
    again.close_workspace()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    qt = QApplication(sys.argv[:1])
    tune_garbage_collection()  # as investigator-app does at start
    with tempfile.TemporaryDirectory(prefix="gui-bench-") as folder:
        root = Path(folder)
        database_url = f"sqlite:///{root / 'intake.sqlite3'}"
        service = EmbeddedService(database_url).start()
        try:
            seed_demo(service.engine, datetime.now(UTC))
            bulk_cases(service, args.cases)
            with ApiClient(service.base_url, None) as anonymous:
                token = anonymous.login(
                    ACCOUNTS.investigator.username, ACCOUNTS.investigator.password, "count"
                ).token
            with ApiClient(service.base_url, token) as client:
                expected = count_visible_cases(client)
        finally:
            service.stop()
        with served_in_child(database_url, service.port):
            measure(qt, service.base_url, expected, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
