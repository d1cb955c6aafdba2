"""``investigator-app export`` from a script: a real process, the demo service, real PDFs."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from investigator_app.desktop.export_cli import (
    EXIT_NOT_DECLARED,
    EXIT_NOT_FOUND,
    EXIT_WRITE,
    parse_args,
    run,
)
from investigator_app.desktop.paths import APP_AUTHOR, APP_NAME
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.export.source import ExportSource
from investigator_app.store import LocalStore
from investigator_app.store.files import store_path
from investigator_app.sync.service_link import ServiceLink
from tests.export.pdf_reading import all_text, read_pages
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, World

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r"1700-\d{4}-\d+")


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "investigator-app"), "export", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **(env or {})},
    )


@pytest.fixture(scope="module")
def demo_list() -> subprocess.CompletedProcess[str]:
    """``export --demo --list``, run once for the module: each run seeds the whole demo (some
    seconds of CPU) and lists the same cases, as the tests that export one of them rely on."""
    return run_cli("--demo", "--list")


@dataclass
class CaseOnDesktop:
    """A case forwarded to ABB, in An's local store synced once (her desktop)."""

    world: World
    store: LocalStore
    reference: str

    def export(self, *argv: str | Path, reader: str = "X") -> int:
        """``export --case … --reader … --out …`` run in this process on that store, as
        the command runs it once its source is open; its exit code."""
        args = parse_args([*map(str, argv), "--reader", reader])
        with ServiceLink(self.store, self.world.base_url, self.world.token(AN)) as link:
            return run(ExportSource(self.store, link), args)


@contextmanager
def case_on_desktop(world: World, tmp_path: Path, *, declared: bool) -> Iterator[CaseOnDesktop]:
    """A desktop with one case, for the outcomes that need a synced case but not a real
    process (the other tests run one): each ``--demo`` process seeds and syncs the whole
    demo, seconds of CPU."""
    case = world.register_and_forward(ABB, summary="Melding voor de exportopdracht")
    if declared:
        world.operate(AN, wire_op(case["id"], "declare_no_conflict"))
    store = world.synced_store(tmp_path / "an" / "store.sqlite3")
    try:
        yield CaseOnDesktop(world, store, case["reference"])
    finally:
        store.close()


def test_list_then_export_a_manager_copy_in_english(
    tmp_path: Path, demo_list: subprocess.CompletedProcess[str]
) -> None:
    listed = demo_list
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


def test_clear_errors_for_unknown_case_and_unwritable_place(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with case_on_desktop(world, tmp_path, declared=True) as desktop:
        unknown = desktop.export("--case", "1700-1999-999999", "--out", out / "x.pdf")
    assert unknown == EXIT_NOT_FOUND
    assert "error: no case '1700-1999-999999' on this computer" in capsys.readouterr().err
    assert list(out.iterdir()) == []

    # Before any work, so in a real process: no demo is seeded to find these out.
    blocked = tmp_path / "no-such-folder" / "x.pdf"
    failed = run_cli("--demo", "--case", "1700-2026-000001", "--reader", "X", "--out", str(blocked))
    assert failed.returncode == EXIT_WRITE and "not written" in failed.stderr
    assert f"there is no folder {blocked.parent}" in failed.stderr
    assert not blocked.parent.exists()
    folder = run_cli("--demo", "--case", "1700-2026-000001", "--reader", "X", "--out", str(out))
    assert folder.returncode == EXIT_WRITE and "not written: it is a folder" in folder.stderr
    assert list(out.iterdir()) == []  # nothing half-written


def test_a_file_the_system_refuses_is_a_clear_error_and_leaves_nothing(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Past the checks made before any work (test above): a name longer than the file
    system takes, found only when the PDF is written."""
    with case_on_desktop(world, tmp_path, declared=True) as desktop:
        out = tmp_path / "out" / ("dossier-" * 40 + ".pdf")
        out.parent.mkdir()
        assert desktop.export("--case", desktop.reference, "--out", out) == EXIT_WRITE
    assert "not written: File name too long" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []  # not even the temporary file


def test_a_case_without_the_users_declaration_is_neither_listed_nor_exported(
    world: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    demo_list: subprocess.CompletedProcess[str],
) -> None:
    listed = demo_list
    assert listed.returncode == 0, listed.stderr
    waiting = REFERENCE.findall(listed.stderr)  # named apart, so the user knows which
    assert waiting and not set(waiting) & set(listed.stdout.split())
    assert "declaration on a conflict of interest" in listed.stderr

    out = tmp_path / "out"
    out.mkdir()
    with case_on_desktop(world, tmp_path, declared=False) as desktop:
        refused = desktop.export("--case", desktop.reference, "--out", out / "undeclared.pdf")
    assert refused == EXIT_NOT_DECLARED
    error = capsys.readouterr().err
    assert f"error: {desktop.reference!r} is not exported" in error
    assert "conflict of interest" in error and "Traceback" not in error
    assert list(out.iterdir()) == []  # no file, not even half of one


def test_the_reader_is_bounded_as_in_the_app_and_any_name_within_fits_the_page(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place = tmp_path / "out"  # beside the world's database
    place.mkdir()
    giant = run_cli(
        "--demo",
        "--case",
        "1700-2026-000001",
        "--reader",
        ("Karel Chef " * 232)[:2551],
        "--out",
        str(place / "g.pdf"),
    )
    assert giant.returncode == 2 and "usage:" in giant.stderr
    assert "at most 200 characters" in giant.stderr and "Traceback" not in giant.stderr
    assert list(place.iterdir()) == []

    out = tmp_path / "lines.pdf"
    with case_on_desktop(world, tmp_path, declared=True) as desktop:
        lines = desktop.export("--case", desktop.reference, "--out", out, reader="Karel\n" * 30)
    assert lines == 0, capsys.readouterr().err[-2000:]
    assert " ".join(["Karel"] * 8) in all_text(out.read_bytes())  # one line, wrapped


def test_without_a_keyring_the_list_ends_with_a_clear_message(tmp_path: Path) -> None:
    """A Linux desktop without Secret Service, where someone signed in earlier (the app
    worked for that session only): the settings name the account, its store is there."""
    config = tmp_path / "home" / ".config"
    server = "https://meldingen.example.test"
    settings = QSettings(str(config / APP_AUTHOR / f"{APP_NAME}.conf"), QSettings.Format.IniFormat)
    AppSettings(settings).set(SERVER_URL, server)
    AppSettings(settings).set(USERNAME, "an.peeters")
    settings.sync()
    data = tmp_path / "data"
    LocalStore.open(store_path(data, server, "an.peeters")).close()

    done = run_cli(
        "--list",
        "--data-dir",
        str(data),
        env={
            "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(config),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
    )
    assert done.returncode == 6, done.stderr[-2000:]
    assert "no usable keyring" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_the_apps_help_names_the_export_command_in_one_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from investigator_app.__main__ import main

    for argv in (["--help"], ["export", "--help"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 0
        shown = capsys.readouterr().out
        assert "usage: investigator-app" in shown
        # argparse's own words are English: no Dutch sentence beside them.
        assert not re.search(r"\b(de|het|een|als|van)\b", shown), shown
    main_help = subprocess.run(
        [str(Path(sys.executable).parent / "investigator-app"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout
    assert re.search(r"^\s+export\s+save a case file as PDF", main_help, re.MULTILINE)
