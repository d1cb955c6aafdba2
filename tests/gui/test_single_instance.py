"""A second start brings the running app forward and exits; real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from investigator_app.desktop.paths import APP_AUTHOR, APP_NAME
from investigator_app.desktop.settings import DATA_DIR, AppSettings
from investigator_app.desktop.single_instance import SingleInstance, instance_key
from tests.support.world import AN, World


def second_start(data_dir: Path) -> subprocess.Popen[str]:
    """The app started again by the user, on the same data folder."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "investigator_app",
            "--data-dir",
            str(data_dir),
            "--no-crash-dialog",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def running(qapp, data_dir: Path) -> Iterator[SingleInstance]:
    first = SingleInstance(instance_key(data_dir))
    assert first.claim()
    yield first
    first.release()


def test_a_second_start_brings_the_first_window_forward_and_exits_0(
    qtbot, world: World, desktops, running: SingleInstance, data_dir: Path
) -> None:
    an = desktops(AN)
    running.activation_requested.connect(an.app.on_activation_requested)
    window = an.workspace.window
    window.showMinimized()
    assert window.isMinimized()

    with qtbot.waitSignal(running.activation_requested, timeout=30_000):
        second = second_start(data_dir)
    try:
        assert second.wait(timeout=30) == 0, second.stderr.read() if second.stderr else ""
    finally:
        if second.poll() is None:
            second.kill()
    assert not window.isMinimized()
    assert window.isVisible()


def test_the_key_is_per_data_folder_and_a_stale_socket_does_not_block(qapp, tmp_path: Path) -> None:
    assert instance_key(tmp_path / "a") != instance_key(tmp_path / "b")
    assert instance_key(tmp_path / "a") == instance_key(tmp_path / "a")

    first = SingleInstance(instance_key(tmp_path / "a"))
    other_folder = SingleInstance(instance_key(tmp_path / "b"))
    try:
        assert first.claim()
        assert other_folder.claim()  # another folder: another app, both run
        again = SingleInstance(instance_key(tmp_path / "a"))
        assert not again.claim()  # the same folder: the first is asked to come forward
    finally:
        first.release()
        other_folder.release()
    after_exit = SingleInstance(instance_key(tmp_path / "a"))
    try:
        assert after_exit.claim()  # the first one is gone: this start runs
    finally:
        after_exit.release()


@pytest.mark.skipif(sys.platform != "linux", reason="points QSettings elsewhere by XDG_CONFIG_HOME")
def test_the_data_folder_chosen_in_the_settings_is_the_one_a_start_uses(
    qtbot, running: SingleInstance, data_dir: Path, tmp_path: Path
) -> None:
    """A start without --data-dir takes the folder from the settings: here it finds the
    instance running on that folder."""
    config = tmp_path / "config"
    settings = AppSettings(
        QSettings(str(config / APP_AUTHOR / f"{APP_NAME}.conf"), QSettings.Format.IniFormat)
    )
    settings.set(DATA_DIR, str(data_dir))
    settings.sync()
    with qtbot.waitSignal(running.activation_requested, timeout=30_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "investigator_app", "--no-crash-dialog"],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    try:
        assert second.wait(timeout=30) == 0
    finally:
        if second.poll() is None:
            second.kill()
