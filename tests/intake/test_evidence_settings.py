"""A department's evidence limit and interview notice: set with `department edit`, given to
its desktops in /me, the limit applied to uploads; the service's own default from
INTAKE_MAX_PIECE_BYTES. Real service on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from investigator_app.intake.cli import main
from investigator_app.intake.models import AuditEvent
from investigator_app.intake.settings import max_piece_bytes_from_env

from .conftest import World
from .evidencing import start
from .investigating import handled

NOTICE = "U wordt gehoord als getuige.\nU mag zich laten bijstaan door een vertrouwenspersoon."


def edit(world: World, *args: str) -> int:
    url = world.service.settings.database_url
    return main(["--database-url", url, "department", "edit", "--code", "abb", *args])


def test_the_cli_sets_the_limit_and_the_notice_that_desktops_get(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = handled(world)
    notice = tmp_path / "mededeling.txt"
    notice.write_text(NOTICE + "\n", encoding="utf-8")
    assert edit(world, "--max-piece-mb", "2", "--interview-notice-file", str(notice)) == 0
    out = capsys.readouterr().out
    assert "Department ABB: evidence limit 2 MB." in out
    assert f"Department ABB: interview notice {len(NOTICE)} characters." in out
    settings = world.get("an", "/me").json()["settings"]
    assert settings == {"max_piece_bytes": 2 * 1024 * 1024, "interview_notice": NOTICE}
    assert start(world, "jonas", case_id, b"x", size=2 * 1024 * 1024 + 1).status_code == 413
    # Back to the service's default, and no notice.
    empty = tmp_path / "leeg.txt"
    empty.write_text("", encoding="utf-8")
    assert edit(world, "--max-piece-mb", "0", "--interview-notice-file", str(empty)) == 0
    settings = world.get("an", "/me").json()["settings"]
    assert settings == {"max_piece_bytes": 200 * 1024 * 1024, "interview_notice": ""}
    assert start(world, "jonas", case_id, b"x", size=2 * 1024 * 1024 + 1).status_code == 200
    # The audit trail says what changed, not the notice's words.
    with world.service.database.read() as session:
        details = [e.detail for e in session.query(AuditEvent).filter_by(action="department.edit")]
    assert {"department": "ABB", "max_piece_bytes": 2 * 1024 * 1024} in details
    assert {"department": "ABB", "interview_notice_chars": len(NOTICE)} in details
    assert "vertrouwenspersoon" not in repr(details)


def test_bad_settings_are_refused_with_a_clear_error_and_nothing_changes(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert edit(world) == 1  # nothing to change
    assert edit(world, "--max-piece-mb", "-1") == 1
    assert edit(world, "--interview-notice-file", str(tmp_path / "bestaat-niet.txt")) == 1
    binary = tmp_path / "binair.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    assert edit(world, "--interview-notice-file", str(binary)) == 1
    nul = tmp_path / "nul.txt"
    nul.write_text("Een \x00 teken", encoding="utf-8")
    assert edit(world, "--interview-notice-file", str(nul)) == 1
    huge = tmp_path / "lang.txt"
    huge.write_text("x" * 20_001, encoding="utf-8")
    assert edit(world, "--interview-notice-file", str(huge)) == 1
    err = capsys.readouterr().err
    assert "Say what to change" in err and "UTF-8" in err and "20000" in err
    assert world.get("an", "/me").json()["settings"] == {
        "max_piece_bytes": 200 * 1024 * 1024,
        "interview_notice": "",
    }
    assert edit(world, "--code", "XYZ", "--max-piece-mb", "5") == 1


def test_the_services_default_limit_comes_from_the_environment() -> None:
    assert max_piece_bytes_from_env({}) == 200 * 1024 * 1024
    assert max_piece_bytes_from_env({"INTAKE_MAX_PIECE_BYTES": "1048576"}) == 1024 * 1024
    for wrong in ("0", "-5", "veel", "1e9", str(11 * 1024**3)):
        with pytest.raises(ValueError, match="INTAKE_MAX_PIECE_BYTES"):
            max_piece_bytes_from_env({"INTAKE_MAX_PIECE_BYTES": wrong})
