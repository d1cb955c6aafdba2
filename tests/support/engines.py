"""One database engine per backend, lent to each test's service in turn.

SQLAlchemy keeps compiled SQL per engine, so a service on an engine of its own compiles
every statement it runs again: about an eighth of the CPU of the service's tests (measured
over test_operations, test_investigation, test_notes and test_relay). Production runs one
engine per process for its whole life, as the services of one test process now do.

- PostgreSQL: one engine per database URL for the whole process (the tests' session
  database is the same URL all along).
- SQLite: each test keeps its own database file; the process's one SQLite engine is pointed
  at that file for the test (its ``url``, which ``do_connect`` follows), and its pool is
  emptied when the test ends, so no connection of one test reaches the next one's file.

Only function-scoped fixtures borrow (the ``engines`` fixture): a service that outlives its
test, or a second SQLite file within one test, gets an engine of its own as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

from investigator_app.intake.db import is_sqlite, make_engine
from investigator_app.intake.embedded import EmbeddedService

_NOBODY = make_url("sqlite:///not-lent-to-any-test.sqlite3")
_postgres: dict[str, Engine] = {}
_sqlite: Engine | None = None


def _sqlite_engine() -> Engine:
    global _sqlite
    if _sqlite is None:
        engine = _sqlite = make_engine(_NOBODY.render_as_string())

        @event.listens_for(engine, "do_connect")
        def _to_the_borrowers_file(
            _dialect: Any, _record: Any, cargs: list[Any], _cparams: dict[str, Any]
        ) -> None:
            if engine.url == _NOBODY:
                raise RuntimeError("the shared SQLite engine is not lent to any test now")
            cargs[0] = engine.url.database

    return _sqlite


class EngineLoan:
    """A test's access to the process's engines (see the module's docstring)."""

    def __init__(self) -> None:
        self._lent: list[Engine] = []

    def engine_for(self, database_url: str) -> Engine | None:
        """The shared engine for ``database_url``, or None when the test must make its own
        (a second SQLite file in one test)."""
        if not is_sqlite(database_url):
            engine = _postgres.get(database_url)
            if engine is None:
                engine = _postgres[database_url] = make_engine(database_url)
        else:
            url, engine = make_url(database_url), _sqlite_engine()
            if engine.url not in (_NOBODY, url):
                return None
            engine.url = url
        if engine not in self._lent:
            self._lent.append(engine)
        return engine

    def service(self, database_url: str, **options: Any) -> EmbeddedService:
        """An ``EmbeddedService`` on ``database_url`` (not started) that serves from the
        engine lent for it; ``options`` as EmbeddedService takes them."""
        return EmbeddedService(database_url, engine=self.engine_for(database_url), **options)

    def end(self) -> None:
        for engine in self._lent:
            engine.dispose()  # the pool's connections; the compiled statements stay
            if engine is _sqlite:
                engine.url = _NOBODY
        self._lent.clear()


@pytest.fixture
def engines() -> Iterator[EngineLoan]:
    """Ends after the fixtures that borrowed through it (they depend on it), so their
    services have stopped by then."""
    loan = EngineLoan()
    try:
        yield loan
    finally:
        loan.end()
