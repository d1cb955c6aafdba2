from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from investigator_app.store import LocalStore
from tests.store.case_factory import me


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "profile" / "store.sqlite")
    opened.set_identity(me())
    yield opened
    opened.close()
