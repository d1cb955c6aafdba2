"""Unhandled exceptions: logged (type and stack, no case content) and shown in a dialog."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDeadlineTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from investigator_app.desktop.crash_handler import CrashHandler
from investigator_app.desktop.logging_setup import LOG_BACKUPS, configure_logging

# pytest-qt turns exceptions in slots into test failures with a hook of its own; these
# tests need ours in place instead.
pytestmark = pytest.mark.qt_no_exception_capture

CASE_TEXT = "Schepen Peeters kreeg een etentje van aannemer Claes"


class Emitter(QObject):
    fired = Signal()


def raise_with_case_content() -> None:
    raise ValueError(f"cannot store summary {CASE_TEXT!r}")


@pytest.fixture
def handler(tmp_path: Path) -> Iterator[CrashHandler]:
    log_file = configure_logging(tmp_path / "data")
    crash = CrashHandler(log_file, show_dialog=False)
    crash.install()
    try:
        yield crash
    finally:
        crash.uninstall()
        for existing in list(logging.getLogger("investigator_app").handlers):
            logging.getLogger("investigator_app").removeHandler(existing)
            existing.close()


def test_an_exception_in_a_slot_is_logged_without_its_message_and_the_app_goes_on(
    qtbot, handler: CrashHandler
) -> None:
    emitter = Emitter()
    emitter.fired.connect(raise_with_case_content)
    with qtbot.waitSignal(handler.crashed, timeout=2_000) as crashed:
        emitter.fired.emit()
    assert crashed.args == ["ValueError"]
    logged = handler.log_file.read_text(encoding="utf-8")
    assert "unhandled ValueError" in logged
    assert "raise_with_case_content" in logged  # the stack: where it happened
    assert "builtins.ValueError (message not logged)" in logged
    assert CASE_TEXT not in logged
    qtbot.wait(50)  # the event loop still runs: the app keeps working
    assert QApplication.instance() is not None


def test_an_exception_in_another_thread_is_logged_too(qtbot, handler: CrashHandler) -> None:
    with qtbot.waitSignal(handler.crashed, timeout=2_000):
        worker = threading.Thread(target=raise_with_case_content, name="worker")
        worker.start()
        worker.join()
    logged = handler.log_file.read_text(encoding="utf-8")
    assert logged.count("unhandled ValueError") == 1
    assert CASE_TEXT not in logged


def test_the_log_rotates(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)  # pytest need not keep 15 MB of records
    log_file = configure_logging(tmp_path / "data")
    root = logging.getLogger("investigator_app")
    try:
        for _ in range(15_000):  # ~15 MB: more than the log keeps
            logging.getLogger("investigator_app.test").info("x" * 1_000)
    finally:
        for existing in list(root.handlers):
            root.removeHandler(existing)
            existing.close()
    rotated = sorted(p.name for p in log_file.parent.iterdir())
    assert len(rotated) == LOG_BACKUPS + 1
    assert all(p.stat().st_size <= 2_100_000 for p in log_file.parent.iterdir())


def test_the_dialog_says_where_the_log_is(qtbot, tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path / "data")
    crash = CrashHandler(log_file, show_dialog=True)
    crash.install()
    seen: list[str] = []
    deadline = QDeadlineTimer(10_000)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "crashDialog":
            seen.append(box.windowTitle())
            seen.append(box.informativeText())
            seen.extend(button.text() for button in box.buttons())
            box.button(QMessageBox.StandardButton.Ok).click()
        elif not deadline.hasExpired():
            QTimer.singleShot(20, answer)

    try:
        QTimer.singleShot(20, answer)
        emitter = Emitter()
        emitter.fired.connect(raise_with_case_content)
        emitter.fired.emit()
        qtbot.waitUntil(lambda: len(seen) > 0, timeout=10_000)
    finally:
        crash.uninstall()
    assert seen[0] == "Er ging iets mis"
    assert seen[1] == f"Logboek: {log_file}"
    assert "Map van het logboek openen" in seen


def test_no_crash_dialog_is_an_option_of_the_app() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "investigator_app", "--help"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "--no-crash-dialog" in done.stdout
