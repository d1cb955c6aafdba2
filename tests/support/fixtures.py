"""Fixtures for end-to-end tests: a real service on a SQLite file and real desktops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from tests.support.engines import EngineLoan
from tests.support.viewer import FileViewer
from tests.support.world import Desktop, World, open_desktop, start_world


@pytest.fixture
def world(tmp_path: Path, engines: EngineLoan) -> Iterator[World]:
    url = f"sqlite:///{tmp_path / 'intake.sqlite3'}"
    world = start_world(url, engine=engines.engine_for(url))
    try:
        yield world
    finally:
        world.service.stop()


@pytest.fixture
def desktops(world: World, tmp_path: Path, qtbot) -> Iterator[Callable[..., Desktop]]:
    """``desktops(username)`` opens a desktop on a data folder of its own for that user;
    starting it again (after closing) reuses the folder, as a restart on one PC would."""
    opened: list[Desktop] = []

    def open_for(username: str) -> Desktop:
        data_dir = tmp_path / f"desktop-{username}"
        data_dir.mkdir(exist_ok=True)
        desktop = open_desktop(world, username, data_dir)
        qtbot.addWidget(desktop.workspace.window)
        opened.append(desktop)
        return desktop

    try:
        yield open_for
    finally:
        for desktop in opened:
            desktop.close()


@pytest.fixture
def viewer() -> Iterator[FileViewer]:
    """Files the app opens "with the system's viewer" land here instead."""
    handler = FileViewer()
    # PySide6 wants the slot name as str at run time (its stub says bytes).
    QDesktopServices.setUrlHandler("file", handler, "open")  # type: ignore[arg-type]
    yield handler
    QDesktopServices.unsetUrlHandler("file")
