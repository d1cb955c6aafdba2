"""Checking attachments before anything is stored: names, types by content, limits."""

from __future__ import annotations

import io
import zipfile

import pytest

from investigator_app.intake.blobs import (
    AttachmentRefusedError,
    Upload,
    check_uploads,
    content_matches,
    safe_name,
)
from investigator_app.intake.settings import RelayPolicy
from tests.support.bidi import reordering_characters

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


@pytest.mark.parametrize(
    "name",
    ["../etc/passwd.txt", "..\\boot.ini", "/etc/shadow.txt", "C:\\Windows\\win.ini", "..", "..pdf"],
)
def test_names_with_a_folder_path_are_refused(name: str) -> None:
    with pytest.raises(AttachmentRefusedError) as refused:
        safe_name(name)
    assert refused.value.code == "path_in_name"


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("verslag mei.pdf", "verslag mei.pdf"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("a\x00b\x1fc<d>|e?.pdf", "a_b_c_d__e_.pdf"),
        ("  spaties en punten. . ", "spaties en punten"),
        ("", "bijlage"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
    ],
)
def test_names_are_made_harmless(raw: str, safe: str) -> None:
    assert safe_name(raw) == safe


def test_no_character_that_reorders_a_name_is_kept() -> None:
    for char in reordering_characters():  # "\u202eevil.exe\u202c.pdf" shows as "exe.live.pdf"
        assert safe_name(f"{char}a{char}b.pdf{char}") == "ab.pdf", hex(ord(char))


def test_the_type_is_the_real_final_extension_not_the_one_shown() -> None:
    policy = RelayPolicy()
    with pytest.raises(AttachmentRefusedError) as program:  # shows as "factuurexe.pdf"
        check_uploads([Upload("factuur\u202efdp.exe", b"MZ\x90\x00")], policy)
    assert program.value.code == "type_not_allowed" and program.value.name == "factuurfdp.exe"
    [pdf] = check_uploads([Upload("\u202eevil.exe\u202c.pdf", PDF)], policy)
    assert (pdf.name, pdf.media_type) == ("evil.exe.pdf", "application/pdf")


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


def test_the_content_must_match_the_extension() -> None:
    assert content_matches(".pdf", PDF)
    assert not content_matches(".pdf", b"MZ\x90\x00")
    assert content_matches(".png", b"\x89PNG\r\n\x1a\n...")
    assert content_matches(".jpg", b"\xff\xd8\xff\xe0...")
    assert content_matches(".txt", "Geen probleem, één regel.".encode())
    assert not content_matches(".txt", b"\x00\x01binary")
    assert content_matches(".docx", _zip("[Content_Types].xml", "word/document.xml"))
    assert not content_matches(".docx", _zip("xl/workbook.xml"))
    assert content_matches(".xlsx", _zip("xl/workbook.xml"))
    assert not content_matches(".exe", b"MZ")


def test_limits_refuse_the_whole_set() -> None:
    policy = RelayPolicy(max_files=2, max_file_bytes=100)
    ok = Upload("a.pdf", PDF)
    with pytest.raises(AttachmentRefusedError) as many:
        check_uploads([ok, ok, ok], policy)
    assert many.value.code == "too_many_files" and "At most 2" in many.value.english()
    with pytest.raises(AttachmentRefusedError) as big:
        check_uploads([ok, Upload("groot.pdf", PDF + b"0" * 100)], policy)
    assert big.value.code == "too_large" and big.value.name == "groot.pdf"
    with pytest.raises(AttachmentRefusedError) as kind:
        check_uploads([Upload("script.js", b"alert(1)")], policy)
    assert kind.value.code == "type_not_allowed"
    with pytest.raises(AttachmentRefusedError) as empty:
        check_uploads([Upload("leeg.txt", b"")], policy)
    assert empty.value.code == "empty"
    [stored] = check_uploads([ok], policy)
    assert stored.media_type == "application/pdf" and stored.size == len(PDF)
