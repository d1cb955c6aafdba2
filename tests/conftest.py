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

pytest_plugins = ["tests.support.fixtures"]


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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "desktop-data"
    path.mkdir()
    return path
