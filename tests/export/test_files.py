"""Saving: whole or not at all, a clear error, a safe default name."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from investigator_app.export.files import ExportWriteError, file_name, write_atomically


def test_default_names_are_safe_everywhere() -> None:
    assert file_name("1700-2026-000123", "volledig") == "dossier-1700-2026-000123-volledig.pdf"
    assert file_name("../..\\x:y", "leidinggevende") == "dossier-.._.._x_y-leidinggevende.pdf"


def test_a_full_disk_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"the earlier copy")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # the operating system's answer on a full disk
    with pytest.raises(ExportWriteError) as raised:
        write_atomically(target, b"%PDF new")
    assert raised.value.disk_full
    assert target.read_bytes() == b"the earlier copy"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportWriteError) as raised:
        write_atomically(tmp_path / "missing" / "x.pdf", b"%PDF")
    assert not raised.value.disk_full
    assert not (tmp_path / "missing").exists()
