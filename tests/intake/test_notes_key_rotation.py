"""Rotating the notes key (`keys rotate-notes-key`) and checking it (`keys verify-notes-key`):
every sealed value is sealed again under the new key in one transaction, people read the
same notes, reasons and second factors from a service started with the new key, the old
key opens nothing any more, and a rotation that cannot finish changes nothing. Real
service and CLI on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text, update

from investigator_app.intake.cli import main
from investigator_app.intake.db import Base
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import AuditEvent, CaseNoteVersion
from investigator_app.intake.note_cipher import KEY_BYTES, NoteCipher, note_context
from investigator_app.intake.sealed_columns import SEALED_COLUMNS
from tests.support.sealed_values import SealedWorld, read_back, seal_one_of_each

from .conftest import World


def key_text(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode("ascii")


def seeded(database_url: str, password_hash: str, key: bytes) -> SealedWorld:
    with EmbeddedService(database_url, notes_key=key) as service:
        world = World(service, password_hash)
        try:
            return seal_one_of_each(world)
        finally:
            world.http.close()


def intake(database_url: str, *args: str) -> int:
    return main(["--database-url", database_url, *args])


@pytest.fixture
def keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes, Path]:
    """The configured (old) key in the environment, and a new one in a file."""
    old, new = os.urandom(KEY_BYTES), os.urandom(KEY_BYTES)
    monkeypatch.delenv("INTAKE_NOTES_KEY_FILE", raising=False)
    monkeypatch.setenv("INTAKE_NOTES_KEY", key_text(old))
    new_file = tmp_path / "notes.key.new"
    new_file.write_text(key_text(new) + "\n", encoding="ascii")
    return old, new, new_file


def test_every_sealed_column_of_the_schema_is_rotated() -> None:
    """A column that holds sealed values and is missing here would be lost at rotation."""
    sealed = {
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.name.endswith("_sealed") or "ciphertext" in column.name
    }
    assert sealed == {column.name for column in SEALED_COLUMNS}


def test_a_rotated_key_reads_every_note_reason_and_secret_and_the_old_one_none(
    database_url: str,
    password_hash: str,
    keys: tuple[bytes, bytes, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, new, new_file = keys
    before = seeded(database_url, password_hash, old)
    capsys.readouterr()

    assert intake(database_url, "keys", "rotate-notes-key", "--new-key-file", str(new_file)) == 0
    said = capsys.readouterr().out
    assert "case_note_versions.ciphertext" in said and "Sealed 7 values again" in said
    assert key_text(old) not in said and key_text(new) not in said

    assert intake(database_url, "keys", "verify-notes-key") == 1  # still the old key
    refused = capsys.readouterr().out
    assert "7 sealed values do not open" in refused and key_text(old) not in refused

    monkeypatch.setenv("INTAKE_NOTES_KEY", key_text(new))  # the administrator swaps the key
    assert intake(database_url, "keys", "verify-notes-key") == 0
    assert "ok: the notes key opens all 7 sealed values" in capsys.readouterr().out
    with EmbeddedService(database_url, notes_key=new) as service:
        assert read_back(service, before) == before
        with service.database.read() as session:
            rotated = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "keys.notes_key_rotated")
            ).all()
    assert [event.detail for event in rotated] == [{"resealed": 7}]
    assert intake(database_url, "audit", "verify") == 0


def test_rotating_again_before_the_swap_finds_everything_done(
    database_url: str,
    password_hash: str,
    keys: tuple[bytes, bytes, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, new, new_file = keys
    before = seeded(database_url, password_hash, old)
    for _ in range(2):
        assert (
            intake(database_url, "keys", "rotate-notes-key", "--new-key-file", str(new_file)) == 0
        )
    assert "Sealed 0 values again under the new key (7 were under it already)" in (
        capsys.readouterr().out
    )
    with EmbeddedService(database_url, notes_key=new) as service:
        assert read_back(service, before) == before


def test_a_value_neither_key_opens_stops_the_rotation_and_changes_nothing(
    database_url: str,
    password_hash: str,
    keys: tuple[bytes, bytes, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, _new, new_file = keys
    seeded(database_url, password_hash, old)
    stranger = NoteCipher(os.urandom(KEY_BYTES))
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            note_id, version = connection.execute(
                select(CaseNoteVersion.note_id, CaseNoteVersion.version)
                .order_by(CaseNoteVersion.note_id, CaseNoteVersion.version.desc())
                .limit(1)
            ).one()
            connection.execute(
                update(CaseNoteVersion)
                .where(CaseNoteVersion.note_id == note_id, CaseNoteVersion.version == version)
                .values(
                    ciphertext=stranger.seal("elders verzegeld", note_context(note_id, version))
                )
            )
    finally:
        engine.dispose()
    capsys.readouterr()

    assert intake(database_url, "keys", "rotate-notes-key", "--new-key-file", str(new_file)) == 1
    error = capsys.readouterr().err
    assert f"case_note_versions.ciphertext row {note_id}/{version}" in error
    assert "nothing was changed" in error
    # Everything but the stranger still opens with the old key: nothing was changed.
    assert intake(database_url, "keys", "verify-notes-key") == 1
    checked = capsys.readouterr().out
    assert "error: 1 sealed values do not open" in checked
    assert re.search(r"case_note_versions.ciphertext +2 open, 1 do not", checked), checked


@pytest.mark.postgres
def test_rotation_refuses_while_a_copy_may_still_be_connected(
    postgres_url: str,
    password_hash: str,
    keys: tuple[bytes, bytes, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, _new, new_file = keys
    seeded(postgres_url, password_hash, old)
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as lingering:  # as a running copy's pool would be
            lingering.execute(text("SELECT 1"))
            capsys.readouterr()
            assert (
                intake(postgres_url, "keys", "rotate-notes-key", "--new-key-file", str(new_file))
                == 1
            )
            assert "Stop every copy of the service first" in capsys.readouterr().err
    finally:
        engine.dispose()
    assert intake(postgres_url, "keys", "verify-notes-key") == 0  # nothing changed
