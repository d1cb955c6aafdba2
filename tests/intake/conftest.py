"""Fixtures for the intake service: real databases (a SQLite file, a fresh PostgreSQL
database), a real service on loopback (EmbeddedService) and a seeded little world."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from investigator_app.domain.vocabulary import Role
from investigator_app.intake import models  # noqa: F401  (registers the tables)
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import Base, make_engine, utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.login_throttle import LoginLimits
from investigator_app.intake.migrate import alembic_config, upgrade, upgrade_engine
from investigator_app.intake.passwords import hash_password
from investigator_app.intake.settings import Settings
from investigator_app.intake.tokens import issue_token
from investigator_app.protocol import API_PREFIX
from tests.support import web
from tests.support.engines import EngineLoan
from tests.support.operations import wire_op
from tests.support.parallel import unique_name

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "correct horse battery"


def _pg_url() -> str:
    return os.environ.get("INTAKE_TEST_POSTGRES_URL", DEFAULT_PG_URL)


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """A reachable PostgreSQL server, or a skip (a failure when CI=true)."""
    url = _pg_url()
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as error:
        reason = f"PostgreSQL not reachable at {make_url(url).render_as_string()}: {error.orig}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    finally:
        engine.dispose()
    return url


def _create_database(admin_url: str, template: str | None = None) -> str:
    name = unique_name("intake_test")  # no clash with other workers and sessions
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            suffix = f' TEMPLATE "{template}"' if template else ""
            connection.execute(text(f'CREATE DATABASE "{name}"{suffix}'))
            # A test never outlives a crash of the server: commits need not wait for the disk.
            connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    finally:
        admin.dispose()
    return name


def _drop_database(admin_url: str, name: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _url_of(admin_url: str, name: str) -> str:
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


@contextmanager
def _migrated_database(admin_url: str) -> Iterator[str]:
    """A new database at the newest schema (its name), dropped at the end."""
    name = _create_database(admin_url)
    try:
        upgrade(_url_of(admin_url, name))
        yield name
    finally:
        _drop_database(admin_url, name)


@pytest.fixture(scope="session")
def postgres_session_database(postgres_admin_url: str) -> Iterator[str]:
    """A migrated database of this test session, emptied before each test (faster than
    a database per test; the migrations themselves are tested on empty databases)."""
    with _migrated_database(postgres_admin_url) as name:
        yield name


@pytest.fixture(scope="session")
def dropped_at_the_end(postgres_admin_url: str) -> Iterator[list[str]]:
    """Names of this worker's test databases, dropped when its session ends rather than
    after each test: PostgreSQL 15 makes every DROP DATABASE wait for an immediate
    checkpoint, which writes out the dirty pages of every other test on the server too
    (1 to 20 s in one test's teardown under load, and the others' writes stalled)."""
    names: list[str] = []
    yield names
    for name in names:
        _drop_database(postgres_admin_url, name)


@pytest.fixture
def empty_postgres_url(postgres_admin_url: str, dropped_at_the_end: list[str]) -> str:
    """A fresh, empty database of its own for one test (dropped when the session ends)."""
    name = _create_database(postgres_admin_url)
    dropped_at_the_end.append(name)
    return _url_of(postgres_admin_url, name)


@pytest.fixture
def postgres_url(postgres_admin_url: str, postgres_session_database: str) -> str:
    """The session's migrated database, with every table empty and counters reset."""
    url = _url_of(postgres_admin_url, postgres_session_database)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            # Connections a failed test left behind must not keep their locks.
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            _empty_every_table(connection)
    finally:
        engine.dispose()
    return url


@cache
def _head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _empty_every_table(connection: Connection) -> None:
    """TRUNCATE, not DELETE: ten times dearer on these few rows, but rows then come back in
    the order they were written, which some tests' queries (no ORDER BY) take for granted."""
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    # A test may have set another revision (to see it refused): back to the head.
    connection.execute(text(f"UPDATE alembic_version SET version_num = '{_head_revision()}'"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "intake.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade_engine(engine)
        with engine.connect() as connection:  # fold the WAL into the file before copying
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return path


@pytest.fixture
def empty_sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'intake.sqlite3'}"


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "intake.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    """A migrated database of its own, on SQLite and on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture(scope="module", params=BACKENDS)
def module_database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A migrated database of its own for a module's tests to share (each worker that runs
    them makes one), on SQLite and on PostgreSQL: for what is slow to set up and then
    mostly read."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("module-db") / "intake.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    admin_url = str(request.getfixturevalue("postgres_admin_url"))
    with _migrated_database(admin_url) as name:
        yield _url_of(admin_url, name)


@pytest.fixture(params=BACKENDS)
def empty_database_url(request: pytest.FixtureRequest) -> str:
    fixture = "empty_sqlite_url" if request.param == "sqlite" else "empty_postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One slow argon2 hash shared by all test accounts (only login tests verify it)."""
    return hash_password(PASSWORD)


@pytest.fixture
def service(database_url: str, engines: EngineLoan) -> Iterator[EmbeddedService]:
    with engines.service(database_url) as running:
        yield running


USERS: dict[str, tuple[str, str, Role, str | None]] = {
    "operator": ("desk.operator", "Dana Desk", Role.OPERATOR, None),
    "admin": ("root.admin", "Ad Min", Role.ADMIN, None),
    "an": ("an.peeters", "An Peeters", Role.INVESTIGATOR, "ABB"),
    "jonas": ("jonas.maes", "Jonas Maes", Role.INVESTIGATOR, "ABB"),
    "manager": ("els.wouters", "Els Wouters", Role.MANAGER, "ABB"),
    "tom": ("tom.janssens", "Tom Janssens", Role.INVESTIGATOR, "OMG"),
}


class World:
    """Two departments (ABB, OMG), their people, the 1700 desk, and HTTP access."""

    def __init__(self, service: EmbeddedService, password_hash: str) -> None:
        self.service = service
        self.http = web.client(base_url=service.base_url + API_PREFIX, timeout=30)
        self.ids: dict[str, str] = {}
        self.tokens: dict[str, str] = {}
        now = utcnow()
        with service.session() as session:
            create_department(session, cli_actor(), "ABB", "Agentschap Binnenlands Bestuur", now)
            create_department(session, cli_actor(), "OMG", "Departement Omgeving", now)
            for key, (username, name, role, department) in USERS.items():
                user = create_user(
                    session,
                    cli_actor(),
                    username=username,
                    display_name=name,
                    role=role,
                    department_code=department,
                    password_hash=password_hash,
                    now=now,
                )
                self.ids[key] = user.id
                # Tokens made directly: most tests are not about logging in (argon2 is slow).
                token, _row = issue_token(session, user, "test", now, timedelta(days=1))
                self.tokens[key] = token

    def auth(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def get(self, who: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, headers=self.auth(who), **kwargs)

    def post(self, who: str, path: str, body: Any = None, **kwargs: Any) -> httpx.Response:
        return self.http.post(path, json=body, headers=self.auth(who), **kwargs)

    # --- the 1700 desk --------------------------------------------------------------------

    def register(self, **changes: Any) -> dict[str, Any]:
        response = self.post("operator", "/intake/reports", report_body(**changes))
        assert response.status_code == 201, response.text
        return dict(response.json())

    def forward(self, case_id: str, department: str = "ABB", note: str = "") -> httpx.Response:
        body = {"department": department, "note": note}
        return self.post("operator", f"/intake/reports/{case_id}/forward", body)

    def forwarded_case(self, department: str = "ABB", **changes: Any) -> str:
        case_id = str(self.register(**changes)["id"])
        assert self.forward(case_id, department).status_code == 200
        return case_id

    # --- the desktop ------------------------------------------------------------------------

    def changes(self, who: str = "an", cursor: int = 0, **params: Any) -> dict[str, Any]:
        response = self.get(who, "/changes", params={"cursor": cursor, **params})
        assert response.status_code == 200, response.text
        return dict(response.json())

    def case(self, case_id: str, who: str = "an") -> dict[str, Any]:
        """The case as the department's feed shows it now."""
        for change in reversed(self.changes(who, limit=1000)["changes"]):
            if change["case_id"] == case_id:
                return dict(change["case"])
        raise AssertionError(f"{case_id} is not in the feed of {who}")

    def operate(self, who: str, *operations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.post(who, "/operations", {"operations": list(operations)})
        assert response.status_code == 200, response.text
        return list(response.json()["results"])


def report_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "channel": "phone",
        "category": "bribery",
        "received_at": (utcnow() - timedelta(hours=2)).isoformat(),
        "summary": "Ambtenaar vraagt geld voor een vergunning",
        "description": "Een fictieve melding voor de tests.",
        "involved_entity": "Gemeente Lindebeek",
        "involved_persons": ["Ward Verhaegen"],
        "reporter": {
            "kind": "citizen",
            "name": "Marleen Goossens",
            "email": "marleen@example.org",
            "phone": "0470 11 22 33",
        },
    }
    body.update(changes)
    return body


def op(
    case: dict[str, Any] | str, action: str, base_version: int | None = None, **fields: Any
) -> dict[str, Any]:
    """An outbox operation as the desktop sends it."""
    operation = wire_op(case, action, **fields)
    if base_version is not None:
        operation["base_version"] = base_version
    return operation


@pytest.fixture
def world(service: EmbeddedService, password_hash: str) -> Iterator[World]:
    world = World(service, password_hash)
    yield world
    world.http.close()


@contextmanager
def world_with_limits(
    database_url: str, password_hash: str, limits: LoginLimits, engines: EngineLoan
) -> Iterator[World]:
    """The world on a service of its own that throttles password and code guesses by
    ``limits`` (for a fixture of a test about throttling)."""
    settings = Settings(database_url=database_url, login=limits)
    with engines.service(database_url, settings=settings) as service:
        world = World(service, password_hash)
        try:
            yield world
        finally:
            world.http.close()
