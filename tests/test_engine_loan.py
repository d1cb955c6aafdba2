"""The engines lent to tests (tests/support/engines.py) reach the borrowing test's SQLite
file and no other: a mistake there would let one test read or write another's database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.engines import EngineLoan


def _write(url: str, loan: EngineLoan, value: str) -> None:
    engine = loan.engine_for(url)
    assert engine is not None
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS mark (value TEXT)"))
        connection.execute(text("INSERT INTO mark VALUES (:value)"), {"value": value})


def _marks(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT value FROM mark")]


def test_each_loan_reaches_its_own_file_only(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    loan = EngineLoan()
    _write(f"sqlite:///{first}", loan, "one")
    # A second file within the same test is not the shared engine's to serve.
    assert loan.engine_for(f"sqlite:///{second}") is None
    loan.end()

    following = EngineLoan()  # the next test's
    _write(f"sqlite:///{second}", following, "two")
    engine = following.engine_for(f"sqlite:///{second}")
    assert engine is not None and engine.url.database == str(second)
    following.end()

    assert _marks(first) == ["one"] and _marks(second) == ["two"]


def test_an_engine_no_test_borrows_connects_nowhere(tmp_path: Path) -> None:
    loan = EngineLoan()
    engine = loan.engine_for(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert engine is not None
    loan.end()
    with pytest.raises(RuntimeError, match="not lent to any test"):
        engine.connect()
