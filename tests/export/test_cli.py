"""``investigator-app export`` from a script: a real process, the demo service, real PDFs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.export.pdf_reading import all_text, read_pages

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "investigator-app"), "export", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_list_then_export_a_manager_copy_in_english(tmp_path: Path) -> None:
    listed = run_cli("--demo", "--list")
    assert listed.returncode == 0, listed.stderr
    references = listed.stdout.split()
    assert references and all(ref.startswith("1700-") for ref in references)

    out = tmp_path / "copy.pdf"
    done = run_cli(
        "--demo",
        "--case",
        references[0],
        "--profile",
        "leidinggevende",
        "--reader",
        "Karel Chef",
        "--out",
        str(out),
        "--language",
        "en",
    )
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr  # the copy reached the audit trail
    pages = read_pages(out.read_bytes())
    text = all_text(out.read_bytes())
    assert references[0] in text and "CONFIDENTIAL" in text and "manager's copy" in text
    assert f"page {len(pages)} of {len(pages)}" in pages[-1].text
    assert "Karel Chef" in pages[0].rotated


def test_clear_errors_for_unknown_case_and_unwritable_place(tmp_path: Path) -> None:
    unknown = run_cli(
        "--demo", "--case", "1700-1999-999999", "--reader", "X", "--out", str(tmp_path / "x.pdf")
    )
    assert unknown.returncode == 3 and "no case" in unknown.stderr
    listed = run_cli("--demo", "--list").stdout.split()
    blocked = tmp_path / "no-such-folder" / "x.pdf"
    failed = run_cli("--demo", "--case", listed[0], "--reader", "X", "--out", str(blocked))
    assert failed.returncode == 4 and "not written" in failed.stderr
    assert not blocked.parent.exists()
    assert list(tmp_path.iterdir()) == []  # nothing half-written
