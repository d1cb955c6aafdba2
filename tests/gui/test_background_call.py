"""A background call whose owner is closed while it runs drops its result quietly.

CI once failed on this race: a dialog closed during a login check, and the worker's
emit raised "Signal source has been deleted" into the Qt event loop.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from investigator_app.gui.common.background import BackgroundCall


def _run_with_owner_deleted_midway(qtbot: QtBot, outcome: str) -> list[object]:
    owner = QWidget()
    release = threading.Event()
    seen: list[object] = []

    def work() -> str:
        release.wait(5)
        if outcome == "fail":
            raise OSError("the service is unreachable")
        return "token"

    pool = QThreadPool()
    call = BackgroundCall(work, seen.append, seen.append, parent=owner, pool=pool)
    call.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(call), timeout=2000)
    release.set()
    assert pool.waitForDone(5000)
    qtbot.wait(50)
    return seen


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


def test_a_result_after_the_owner_closed_is_dropped(qtbot: QtBot) -> None:
    assert _run_with_owner_deleted_midway(qtbot, "succeed") == []


def test_a_failure_after_the_owner_closed_is_dropped(qtbot: QtBot) -> None:
    assert _run_with_owner_deleted_midway(qtbot, "fail") == []


def test_a_live_owner_gets_its_result(qtbot: QtBot) -> None:
    owner = QWidget()
    seen: list[object] = []
    call = BackgroundCall(lambda: 42, seen.append, seen.append, parent=owner)
    call.start()
    qtbot.waitUntil(lambda: seen == [42], timeout=2000)
