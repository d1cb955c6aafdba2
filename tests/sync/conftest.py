from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from investigator_app.store import LocalStore
from tests.support.engines import EngineLoan
from tests.sync.service_fixture import INVESTIGATOR, Deployment, start_deployment


@pytest.fixture
def deployment(tmp_path: Path, engines: EngineLoan) -> Iterator[Deployment]:
    running = start_deployment(tmp_path, engines)
    yield running
    running.service.stop()


@pytest.fixture
def store(tmp_path: Path, deployment: Deployment) -> Iterator[LocalStore]:
    """An's desktop store, signed in (identity stored as the app does at login)."""
    local = LocalStore.open(tmp_path / "desktop" / "store.sqlite3")
    with deployment.client(INVESTIGATOR) as client:
        local.set_identity(client.me())
    yield local
    local.close()
