"""Selecting a case with 50 allegations, 50 findings and 200 tasks in the real workspace.

A real service on loopback holds the case (recorded through its operations API); a real
desktop, built by the app's composition root, syncs it. Each run selects a small case, then
the big one, and measures from the selection until the workspace has painted it (the first
paint of the pane after the selection, with the Onderzoek tab's first cards) and until the
Onderzoek tab has built all its cards. Target: shown within 100 ms of the selection.

    uv run python bench/workspace_bench.py [--runs 15] [--tab overview|investigation]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from investigator_app.gui.workspace.case_pane import Tab
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, Desktop, World, open_desktop, start_world


class FirstPaint(QObject):
    """The time of the first paint of any widget inside ``root`` after ``arm``."""

    def __init__(self, root: QObject) -> None:
        super().__init__()
        self.root = root
        self.at: float | None = None

    def arm(self) -> None:
        self.at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            parent: QObject | None = watched
            while parent is not None and parent is not self.root:
                parent = parent.parent()
            if parent is self.root:
                self.at = time.perf_counter()
        return False


def big_case(world: World, allegations: int, tasks: int) -> dict[str, Any]:
    created = world.register_and_forward(ABB, summary="Grote melding met een lang onderzoek")
    case_id = created["id"]
    for action, fields in (
        ("acknowledge", {}),
        ("assign", {"assignee_id": world.user_id(AN)}),
        ("start_assessment", {}),
        ("start_investigation", {}),
    ):
        [result] = world.operate(AN, wire_op(world.case(AN, case_id), action, **fields))
        assert result["status"] == "applied", result
    ops: list[dict[str, Any]] = []
    for number in range(allegations):
        allegation_id = str(uuid.uuid4())
        text = f"Tenlastelegging {number + 1}: " + "vermeende bevoordeling van een leverancier " * 4
        ops.append(
            wire_op(
                case_id,
                "add_allegation",
                allegation={
                    "allegation_id": allegation_id,
                    "text": text,
                    "persons": ["Piet Fictief", "Bouwbedrijf Verzonnen NV"],
                    "category": "bribery",
                },
            )
        )
        ops.append(
            wire_op(
                case_id,
                "record_finding",
                allegation_id=allegation_id,
                finding={
                    "conclusion": "unfounded" if number % 3 else "founded",
                    "motivation": "De stukken tonen dat de procedure gevolgd werd. " * 5,
                    "follow_up": None if number % 3 else "disciplinary_procedure",
                },
            )
        )
    due = datetime.now(UTC).date() + timedelta(days=10)
    for number in range(tasks):
        task = {
            "task_id": str(uuid.uuid4()),
            "description": f"Taak {number + 1}: stukken opvragen bij de aankoopdienst",
            "owner_id": world.user_id(AN),
            "due": (due + timedelta(days=number - 20)).isoformat(),
        }
        ops.append(wire_op(case_id, "add_task", task=task))
    for start in range(0, len(ops), 200):
        results = world.operate(AN, *ops[start : start + 200])
        assert {r["status"] for r in results} == {"applied"}, results[:2]
    return created


def wait(app: QApplication, condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        app.processEvents()
        time.sleep(0.005)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tab", choices=["overview", "investigation"], default="investigation")
    args = parser.parse_args()
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="workspace-bench-"))
    world = start_world(f"sqlite:///{folder / 'intake.sqlite3'}")
    try:
        small = world.register_and_forward(ABB, summary="Kleine melding")
        big = big_case(world, 50, 200)
        desktop: Desktop = open_desktop(world, AN, folder / "desktop")
        window = desktop.workspace.window
        window.resize(1366, 768)
        window.show()
        wait(app, lambda: {small["reference"], big["reference"]} <= desktop.references())
        for case_id in (str(small["id"]), str(big["id"])):  # declared once, as a user would
            wait(app, partial(desktop.open_case, case_id))
        wait(app, lambda: desktop.workspace.store.pending_count() == 0)
        pane = window.case_pane
        panel = pane.investigation_panel
        tab = Tab.INVESTIGATION if args.tab == "investigation" else Tab.OVERVIEW
        watcher = FirstPaint(pane)
        app.installEventFilter(watcher)
        shown, complete = [], []
        for _ in range(args.runs):
            window.select_case(small["id"])
            pane.show_tab(tab)
            wait(app, lambda: not panel.building)
            for _ in range(5):
                app.processEvents()
            watcher.arm()
            start = time.perf_counter()
            window.select_case(big["id"])
            wait(app, lambda: watcher.at is not None)
            shown.append((watcher.at - start) * 1000)  # type: ignore[operator]
            wait(app, lambda: not panel.building)
            app.processEvents()
            complete.append((time.perf_counter() - start) * 1000)
        print(
            f"case with 50 allegations, 50 findings, 200 tasks; tab {args.tab}; "
            f"{args.runs} runs at 1366x768"
        )
        print(
            f"selection to first paint: median {statistics.median(shown):.0f} ms "
            f"(max {max(shown):.0f})"
        )
        print(
            f"selection to every card built and painted: median "
            f"{statistics.median(complete):.0f} ms (max {max(complete):.0f}); "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        desktop.close()
    finally:
        world.service.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
