"""Engine, sessions and column types shared by the whole service.

SQLite (the default) and PostgreSQL (production) behave the same through this module:
- datetimes go in and come out as UTC-aware values on both;
- write transactions serialise: SQLite starts them with ``BEGIN IMMEDIATE`` (so a reader
  never has to upgrade its lock and fail with "database is locked"), PostgreSQL takes row
  locks (``SELECT ... FOR UPDATE``) in the service functions;
- feed reads see one consistent snapshot (SQLite transactions are serialisable already;
  PostgreSQL reads run at REPEATABLE READ).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import DateTime, Engine, MetaData, String, create_engine, event
from sqlalchemy.engine import Connection, Dialect, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLITE_BUSY_TIMEOUT_MS = 30_000
_WRITE_OPTION = "intake_write"
_FEED_CHANGES = "feed_changes"  # session.info key: department id -> newest feed position


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware instant, stored in UTC.

    SQLite has no time zones: values are stored as naive UTC text (which also sorts and
    compares correctly) and come back with tzinfo=UTC, exactly as PostgreSQL's timestamptz.
    Naive datetimes are refused: they are always a bug here.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given where a timezone-aware one is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A StrEnum stored as its value in a VARCHAR: readable, and new members need no
    migration of a native enum type."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_class: type[E]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.enum_class(value)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


# Compiled statements an engine keeps. SQLAlchemy's default of 500 is fewer than the
# service's distinct statements (over 500 in four modules' tests alone), and a statement
# pushed out is compiled again at its next use: a long-running copy would keep doing that.
QUERY_CACHE_SIZE = 3000


def make_engine(database_url: str) -> Engine:
    """An engine with this service's connection settings for SQLite or PostgreSQL."""
    if not is_sqlite(database_url):
        # hide_parameters: a database error must not carry a reporter's identity into a log.
        return create_engine(
            database_url,
            pool_pre_ping=True,
            pool_size=10,
            max_overflow=20,
            hide_parameters=True,
            query_cache_size=QUERY_CACHE_SIZE,
        )

    engine = create_engine(
        database_url,
        connect_args={"check_same_thread": False, "timeout": 30},
        hide_parameters=True,
        query_cache_size=QUERY_CACHE_SIZE,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over BEGIN from the sqlite3 module (it would skip it for SELECTs), so that
        # reads are consistent and writes can start with BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def write_engine(engine: Engine) -> Engine:
    """The same pool, with transactions that take SQLite's write lock up front."""
    return engine.execution_options(**{_WRITE_OPTION: True})


class Database:
    """The service's engine plus the two kinds of transaction it uses.

    ``on_feed_change`` is called after a commit that moved departments' change feeds, with
    each department's newest position, so long-polls waiting in this process answer at once
    (other copies hear it through PostgreSQL's NOTIFY, feed.next_seq and feed_listener.py).
    """

    def __init__(
        self,
        engine: Engine,
        on_feed_change: Callable[[dict[int, int]], None] | None = None,
    ) -> None:
        self.engine = engine
        self.on_feed_change = on_feed_change
        self.is_sqlite = engine.dialect.name == "sqlite"
        read_bind = (
            engine
            if self.is_sqlite
            else engine.execution_options(isolation_level="REPEATABLE READ")
        )
        self._reads = sessionmaker(bind=read_bind, expire_on_commit=False)
        self._writes = sessionmaker(bind=write_engine(engine), expire_on_commit=False)

    @classmethod
    def from_url(cls, database_url: str) -> Database:
        return cls(make_engine(database_url))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction on one consistent snapshot; closing rolls it back."""
        with self._reads() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on an exception."""
        with self._writes() as session:
            with session.begin():
                yield session
            changes = session.info.pop(_FEED_CHANGES, None)
            if changes and self.on_feed_change is not None:
                self.on_feed_change(changes)

    def dispose(self) -> None:
        self.engine.dispose()


def mark_feed_changed(session: Session, department_id: int, seq: int) -> None:
    """The department's feed reached ``seq`` in this transaction (told on commit)."""
    changes: dict[int, int] = session.info.setdefault(_FEED_CHANGES, {})
    changes[department_id] = max(seq, changes.get(department_id, 0))
