"""Shared test set-up: Qt runs offscreen, settings and keyring never touch the real user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend

from investigator_app.desktop.credentials import MemoryKeyring
from tests.support.keyboard import release_held_modifiers

pytest_plugins = [
    "tests.support.engines",
    "tests.support.fixtures",
    "tests.support.oidc_provider",
    "tests.support.oidc_desktop",
]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The real keyring API over an in-memory backend, restored afterwards."""
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_modifier_held_over() -> Iterator[None]:
    """No test begins with Ctrl or Shift held by an earlier one (tests/support/keyboard.py)."""
    yield
    release_held_modifiers()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "desktop-data"
    path.mkdir()
    return path


# --- running in parallel (pytest-xdist; see tests/README.md) ------------------------------


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto`` (pyproject's addopts) runs the suite or a folder on one worker more than
    there are cores, but tests of files or node ids named on the command line in this one
    process: starting workers costs more than it saves there, and ``-s``/breakpoints work
    as usual. The extra worker: a third of a worker's time goes to waiting (PostgreSQL, the
    processes and servers the tests start, the timers of the app), and the cores would sit
    idle meanwhile (on 2 cores: 7 min 13 s on two workers, 6 min 19 s on three)."""
    args = [arg for arg in config.args if not arg.startswith("-")]
    if args and all(".py" in arg for arg in args):
        return 0
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own reading of it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


@pytest.hookimpl(trylast=True)  # after pytest's own grouping by fixture
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with a test marked ``slow`` first, those with a longer ``timeout`` mark
    before the others: a worker that meets a minute-long test near the end keeps the run
    waiting while the others sit idle. Modules stay whole, so a module-scoped fixture is
    still made once per worker that runs the module."""
    slow: dict[Path, float] = {}
    for item in items:
        if item.get_closest_marker("slow") is not None:
            timeout = item.get_closest_marker("timeout")
            allowed = float(timeout.args[0]) if timeout is not None and timeout.args else 0.0
            slow[item.path] = max(slow.get(item.path, 0.0), allowed)
    items.sort(key=lambda item: (item.path not in slow, -slow.get(item.path, 0.0)))
