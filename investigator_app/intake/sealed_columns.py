"""Every value the service seals with its notes key, and what an administrator does with
all of them at once: check that the configured key opens them (after a restore) and seal
them again under a new key (``keys rotate-notes-key``).

A sealed value is bound to its row (note_cipher's associated data), so each column says
how to open and seal its row's value. A new sealed column must be added to
``SEALED_COLUMNS``: tests/intake/test_notes_key_rotation.py fails on one that is not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select, text, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from investigator_app.intake import audit
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import Base, Database
from investigator_app.intake.models import (
    CaseNoteVersion,
    ConflictDeclaration,
    DeviceToken,
    OidcSignIn,
    User,
)
from investigator_app.intake.note_cipher import (
    NoteCipher,
    NotesKeyError,
    note_context,
    recusal_context,
)
from investigator_app.intake.oidc_flow import (
    device_context,
    open_refresh,
    seal_refresh,
    sign_in_context,
)
from investigator_app.intake.totp import open_secret, seal_secret

PAGE_ROWS = 500  # rows in memory at once; the whole rotation is still one transaction


@dataclass(frozen=True)
class SealedColumn:
    """A column holding values sealed with the notes key, and how its row binds them."""

    attribute: InstrumentedAttribute[Any]
    open: Callable[[NoteCipher, Any], str]
    seal: Callable[[NoteCipher, Any, str], None]

    @property
    def entity(self) -> type[Base]:
        entity = self.attribute.class_
        assert isinstance(entity, type) and issubclass(entity, Base)
        return entity

    @property
    def name(self) -> str:
        return f"{self.entity.__tablename__}.{self.attribute.key}"


def _note(row: CaseNoteVersion) -> bytes:
    return note_context(row.note_id, row.version)


def _recusal(row: ConflictDeclaration) -> bytes:
    return recusal_context(row.case_id, row.user_id)


def _set_note(cipher: NoteCipher, row: CaseNoteVersion, plain: str) -> None:
    row.ciphertext = cipher.seal(plain, _note(row))


def _set_recusal(cipher: NoteCipher, row: ConflictDeclaration, plain: str) -> None:
    row.reason_ciphertext = cipher.seal(plain, _recusal(row))


def _set_totp(cipher: NoteCipher, row: User, plain: str) -> None:
    row.totp_secret_sealed = seal_secret(cipher, row.id, plain)


def _set_device_refresh(cipher: NoteCipher, row: DeviceToken, plain: str) -> None:
    row.provider_refresh_sealed = seal_refresh(cipher, plain, device_context(row.id))


def _set_sign_in_refresh(cipher: NoteCipher, row: OidcSignIn, plain: str) -> None:
    row.provider_refresh_sealed = seal_refresh(cipher, plain, sign_in_context(row.id))


SEALED_COLUMNS: tuple[SealedColumn, ...] = (
    SealedColumn(
        CaseNoteVersion.ciphertext,
        open=lambda cipher, row: cipher.open(row.ciphertext, _note(row)),
        seal=_set_note,
    ),
    SealedColumn(
        ConflictDeclaration.reason_ciphertext,
        open=lambda cipher, row: cipher.open(row.reason_ciphertext, _recusal(row)),
        seal=_set_recusal,
    ),
    SealedColumn(
        User.totp_secret_sealed,
        open=lambda cipher, row: open_secret(cipher, row.id, row.totp_secret_sealed),
        seal=_set_totp,
    ),
    # The identity provider's refresh token of a device signed in through it, and of a
    # sign-in on its way to becoming one.
    SealedColumn(
        DeviceToken.provider_refresh_sealed,
        open=lambda cipher, row: open_refresh(
            cipher, row.provider_refresh_sealed, device_context(row.id)
        ),
        seal=_set_device_refresh,
    ),
    SealedColumn(
        OidcSignIn.provider_refresh_sealed,
        open=lambda cipher, row: open_refresh(
            cipher, row.provider_refresh_sealed, sign_in_context(row.id)
        ),
        seal=_set_sign_in_refresh,
    ),
)


def _row_id(row: Any) -> str:
    """The row's primary key, for the administrator (ids only, never content)."""
    identity = inspect(row).identity or ()
    return "/".join(str(part) for part in identity)


def _pages(session: Session, column: SealedColumn) -> Iterator[list[Any]]:
    """The rows that hold a value, a page at a time in primary-key order."""
    mapper = inspect(column.entity)
    keys = list(mapper.primary_key)
    names = [mapper.get_property_by_column(key).key for key in keys]
    query = select(column.entity).where(column.attribute.is_not(None)).order_by(*keys)
    last: list[Any] | None = None
    while True:
        page = query if last is None else query.where(tuple_(*keys) > tuple_(*last))
        rows = list(session.scalars(page.limit(PAGE_ROWS)))
        if not rows:
            return
        yield rows
        last = [getattr(rows[-1], name) for name in names]


@dataclass
class KeyCheck:
    """How many values of each column the key opened, and the first that it did not."""

    opened: dict[str, int] = field(default_factory=dict)
    failed: dict[str, int] = field(default_factory=dict)
    first_failure: str | None = None  # "table.column row <id>"

    @property
    def ok(self) -> bool:
        return not self.failed


def check_key(db: Database, cipher: NoteCipher) -> KeyCheck:
    """Open every sealed value with ``cipher`` (nothing is changed)."""
    result = KeyCheck()
    with db.read() as session:
        for column in SEALED_COLUMNS:
            result.opened[column.name] = 0
            for rows in _pages(session, column):
                for row in rows:
                    try:
                        column.open(cipher, row)
                    except NotesKeyError:
                        result.failed[column.name] = result.failed.get(column.name, 0) + 1
                        if result.first_failure is None:
                            result.first_failure = f"{column.name} row {_row_id(row)}"
                    else:
                        result.opened[column.name] += 1
                session.expunge_all()
    return result


@dataclass
class Rotation:
    """Per column: values sealed again under the new key, and values already under it."""

    resealed: dict[str, int] = field(default_factory=dict)
    already: dict[str, int] = field(default_factory=dict)


def _lock_tables(session: Session) -> None:
    """On PostgreSQL nothing may write a sealed value while they are re-sealed (readers
    go on); SQLite's write transaction is exclusive already."""
    if session.get_bind().dialect.name != "postgresql":
        return
    tables = ", ".join(f'"{column.entity.__tablename__}"' for column in SEALED_COLUMNS)
    session.execute(text(f"LOCK TABLE {tables} IN EXCLUSIVE MODE"))


def other_connections(db: Database) -> int:
    """Sessions on this PostgreSQL database besides ours (0 on SQLite): running copies of
    the service would go on sealing with the old key."""
    if db.is_sqlite:
        return 0
    with db.read() as session:
        count = session.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    return int(count or 0)


def rotate(db: Database, old: NoteCipher, new: NoteCipher, now: datetime) -> Rotation:
    """Seal every value again under ``new``, in one transaction: all or nothing.

    A value that opens only with ``new`` is counted as already rotated (a rotation run
    again before the key was swapped); one that opens with neither aborts the whole
    rotation with NotesKeyError naming its row, and nothing is changed."""
    result = Rotation()
    with db.write() as session:
        _lock_tables(session)
        for column in SEALED_COLUMNS:
            result.resealed[column.name] = 0
            result.already[column.name] = 0
            for rows in _pages(session, column):
                for row in rows:
                    try:
                        plain = column.open(old, row)
                    except NotesKeyError:
                        _open_with_new(column, new, row)
                        result.already[column.name] += 1
                        continue
                    column.seal(new, row, plain)
                    result.resealed[column.name] += 1
                session.flush()
                session.expunge_all()  # memory stays one page, the transaction stays open
        audit.record(
            session,
            cli_actor(),
            "keys.notes_key_rotated",
            now,
            detail={"resealed": sum(result.resealed.values())},
        )
    return result


def _open_with_new(column: SealedColumn, new: NoteCipher, row: Any) -> None:
    try:
        column.open(new, row)
    except NotesKeyError as error:
        raise NotesKeyError(
            f"{column.name} row {_row_id(row)} opens with neither the configured notes key "
            "nor the new one; nothing was changed"
        ) from error
