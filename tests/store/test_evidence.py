"""A piece's file on the workstation: imported streaming and sealed, read back only when its
sha256 still matches, refused over the department's limit before anything is copied."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from investigator_app.domain.evidence import PieceFacts, PieceType
from investigator_app.domain.file_names import disk_name
from investigator_app.protocol import DepartmentSettingsOut
from investigator_app.store import LocalStore
from investigator_app.store.evidence import (
    CHUNK_BYTES,
    PieceAvailability,
    PieceDamaged,
    PieceFileEmpty,
    PieceFileUnreadable,
    PieceMissing,
    PieceTooLarge,
)
from investigator_app.store.models import piece_blobs, piece_chunks
from tests.store.case_factory import me, page
from tests.store.disk_scan import hits
from tests.store.investigation_factory import investigating

CANARY = b"CANARY-stuk-vertrouwelijk"


def a_file(folder: Path, name: str, size: int) -> tuple[Path, bytes]:
    """A file of ``size`` bytes with a readable canary at its start and in every MiB."""
    data = bytearray(os.urandom(size))
    for at in range(0, size - len(CANARY), CHUNK_BYTES):
        data[at : at + len(CANARY)] = CANARY
    path = folder / name
    path.write_bytes(bytes(data))
    return path, bytes(data)


def with_limit(store: LocalStore, limit: int, notice: str = "") -> None:
    settings = DepartmentSettingsOut(max_piece_bytes=limit, interview_notice=notice)
    store.set_identity(me().model_copy(update={"settings": settings}))


def test_an_imported_file_is_sealed_in_chunks_and_read_back_whole(
    store: LocalStore, tmp_path: Path
) -> None:
    path, data = a_file(tmp_path, "verslag vergadering.pdf", 2 * CHUNK_BYTES + 12_345)
    seen: list[tuple[int, int]] = []

    file = store.import_piece_file(path, on_progress=lambda done, of: seen.append((done, of)))

    assert file.sha256 == hashlib.sha256(data).hexdigest()
    assert (file.size, file.name, file.media_type) == (len(data), path.name, "application/pdf")
    assert seen[-1] == (len(data), len(data))
    assert b"".join(store.piece_chunks(file.sha256)) == data
    assert store.piece_availability([file.sha256, "0" * 64]) == {
        file.sha256: PieceAvailability.AVAILABLE,
        "0" * 64: PieceAvailability.MISSING,
    }
    with store.engine.connect() as conn:
        chunks = conn.scalar(select(func.count()).select_from(piece_chunks))
    assert chunks == 3
    path.unlink()
    store.close()
    assert hits(store.path.parent, [CANARY.decode()]) == []  # never in the clear on disk


def test_the_same_bytes_twice_are_kept_once(store: LocalStore, tmp_path: Path) -> None:
    path, _ = a_file(tmp_path, "a.bin", CHUNK_BYTES + 1)
    first = store.import_piece_file(path)
    second = store.import_piece_file(path.rename(tmp_path / "b.bin"))
    assert first.sha256 == second.sha256 and second.name == "b.bin"
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(piece_blobs)) == 1
        assert conn.scalar(select(func.count()).select_from(piece_chunks)) == 2


def test_a_file_over_the_department_limit_is_refused_before_copying(
    store: LocalStore, tmp_path: Path
) -> None:
    assert store.max_piece_bytes() == 200 * 1024 * 1024  # before /me says otherwise
    with_limit(store, 2 * CHUNK_BYTES, "U mag zwijgen.")
    assert (store.max_piece_bytes(), store.interview_notice()) == (
        2 * CHUNK_BYTES,
        "U mag zwijgen.",
    )
    path, _ = a_file(tmp_path, "groot.mov", 2 * CHUNK_BYTES + 1)

    with pytest.raises(PieceTooLarge) as refused:
        store.import_piece_file(path)

    assert (refused.value.size, refused.value.limit) == (2 * CHUNK_BYTES + 1, 2 * CHUNK_BYTES)
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(piece_blobs)) == 0


def test_empty_missing_and_folder_paths_are_refused_clearly(
    store: LocalStore, tmp_path: Path
) -> None:
    (tmp_path / "leeg.txt").write_bytes(b"")
    with pytest.raises(PieceFileEmpty):
        store.import_piece_file(tmp_path / "leeg.txt")
    with pytest.raises(PieceFileUnreadable):
        store.import_piece_file(tmp_path / "bestaat-niet.pdf")
    with pytest.raises(PieceFileUnreadable):
        store.import_piece_file(tmp_path)
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(piece_blobs)) == 0


def test_a_damaged_file_is_never_handed_out_and_shows_as_damaged(
    store: LocalStore, tmp_path: Path
) -> None:
    path, _ = a_file(tmp_path, "foto.jpg", 2 * CHUNK_BYTES + 7)
    file = store.import_piece_file(path)
    with store.engine.begin() as conn:  # swap two sealed chunks: each opens, in the wrong place
        rows = list(conn.execute(select(piece_chunks.c.seq, piece_chunks.c.data)))
        first, second = (r.data for r in sorted(rows)[:2])
        conn.execute(update(piece_chunks).where(piece_chunks.c.seq == 0).values(data=second))
        conn.execute(update(piece_chunks).where(piece_chunks.c.seq == 1).values(data=first))
    viewer = tmp_path / "viewer"
    viewer.mkdir()

    with pytest.raises(PieceDamaged):
        store.write_piece_copy(file.sha256, viewer, file.name)

    assert [p for p in viewer.rglob("*") if p.is_file()] == []  # nothing half-written left
    assert store.piece_availability([file.sha256])[file.sha256] is PieceAvailability.DAMAGED
    assert not store.verify_piece(file.sha256)
    with pytest.raises(PieceDamaged):
        store.piece_bytes(file.sha256)


def test_changed_bytes_inside_a_sealed_chunk_are_damage_too(
    store: LocalStore, tmp_path: Path
) -> None:
    path, _ = a_file(tmp_path, "mail.eml", 1000)
    file = store.import_piece_file(path)
    with store.engine.begin() as conn:
        data = bytearray(conn.execute(select(piece_chunks.c.data)).scalar_one())
        data[-1] ^= 1
        conn.execute(update(piece_chunks).values(data=bytes(data)))
    assert not store.verify_piece(file.sha256)
    assert store.piece_availability([file.sha256])[file.sha256] is PieceAvailability.DAMAGED


def test_a_copy_for_the_viewer_has_the_bytes_under_a_name_safe_on_any_disk(
    store: LocalStore, tmp_path: Path
) -> None:
    hostile = "..\\..\\CON.\u202etxt.exe" + "x" * 300 + ".pdf"
    path, data = a_file(tmp_path, "plain.pdf", 5000)
    file = store.import_piece_file(path)
    viewer = tmp_path / "viewer"

    copy = store.write_piece_copy(file.sha256, viewer, hostile)

    assert copy.read_bytes() == data
    assert copy.parent.parent == viewer  # never outside the folder asked for
    assert copy.name == disk_name(hostile) and copy.suffix == ".pdf"
    assert "\u202e" not in copy.name and len(copy.name) <= 120
    with pytest.raises(PieceMissing):
        store.write_piece_copy("1" * 64, viewer, "x.pdf")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\evil.dll", "evil.dll"),
        ("CON", "_CON"),
        ("nul.tar.gz", "_nul.tar.gz"),
        ("LPT1 .txt", "_LPT1.txt"),
        ("factuur\u202egpj.exe", "factuur_gpj.exe"),
        ("a:b|c?.docx", "a_b_c_.docx"),
        ("...", "stuk"),
        ("spatie en punt. ", "spatie en punt"),
    ],
)
def test_disk_names(name: str, expected: str) -> None:
    assert disk_name(name) == expected


def test_a_long_name_keeps_its_extension_on_disk() -> None:
    name = disk_name("é" * 300 + ".docx")
    assert len(name) == 120 and name.endswith(".docx")


def test_files_nobody_refers_to_go_once_they_are_an_hour_old(
    store: LocalStore, tmp_path: Path
) -> None:
    store.apply_changes(page(investigating("c1"), cursor=1))
    kept_path, _ = a_file(tmp_path, "queued.pdf", 100)
    lone_path, _ = a_file(tmp_path, "lone.pdf", 200)
    kept, lone = store.import_piece_file(kept_path), store.import_piece_file(lone_path)
    now = datetime.now(UTC)
    store.add_piece("c1", PieceFacts("T", "", "", date(2026, 1, 1), PieceType.OTHER), kept, now)
    assert store.tidy_piece_files() == 0  # a file imported a moment ago may be queued soon

    with store.engine.begin() as conn:
        conn.execute(update(piece_blobs).values(created_at=now - timedelta(hours=2)))
    assert store.tidy_piece_files() == 1
    availability = store.piece_availability([kept.sha256, lone.sha256])
    assert availability == {
        kept.sha256: PieceAvailability.AVAILABLE,  # its upload waits for it
        lone.sha256: PieceAvailability.MISSING,
    }
