"""The systemd units of docs/deployment.md (deploy/systemd/) as systemd reads them: no
unknown or misspelt setting, every command there, the hardening scored, and the settings
file and the admin wrapper they rely on working as the guide says."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
INSTALLED = "/opt/investigator-intake/bin/investigator-intake"
ENV_FILE = "/etc/intake/intake.env"
ANALYZE = shutil.which("systemd-analyze")
INTAKE_SCRIPT = Path(sys.executable).parent / "investigator-intake"


def local_units(folder: Path) -> list[Path]:
    """The units with the installed paths pointing at this checkout's environment (so
    that systemd can check that the command exists), and the template as one instance."""
    for unit in UNITS.iterdir():
        text = unit.read_text("utf-8")
        if unit.suffix == ".service":
            assert INSTALLED in text and ENV_FILE in text, unit.name
            text = text.replace(INSTALLED, str(INTAKE_SCRIPT))
            text = text.replace(ENV_FILE, str(ROOT / "deploy" / "intake.env.example"))
        (folder / unit.name).write_text(text, "utf-8")
    (folder / "intake@8171.service").symlink_to(folder / "intake@.service")
    return sorted(p for p in folder.iterdir() if p.name != "intake@.service")


def test_the_units_are_the_ones_the_guide_installs() -> None:
    assert sorted(p.name for p in UNITS.iterdir()) == [
        "intake-retention.service",
        "intake-retention.timer",
        "intake.target",
        "intake@.service",
    ]
    guide = (ROOT / "docs" / "deployment.md").read_text("utf-8")
    for unit in UNITS.iterdir():
        assert unit.name in guide


def test_every_unit_parses_into_systemds_sections() -> None:
    """Where systemd-analyze is missing, at least this (systemd's syntax is INI-like)."""
    sections = {".service": {"Unit", "Service", "Install"}, ".timer": {"Unit", "Timer", "Install"}}
    for unit in UNITS.iterdir():
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
        parser.read_string(unit.read_text("utf-8"), source=unit.name)
        assert set(parser.sections()) <= sections.get(unit.suffix, {"Unit", "Install"}), unit
        assert parser.has_section("Unit") and parser.get("Unit", "Description"), unit


@pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed")
def test_systemd_reads_every_unit_without_a_complaint(tmp_path: Path) -> None:
    assert ANALYZE is not None
    units = local_units(tmp_path)
    verified = subprocess.run(
        [ANALYZE, "verify", "--man=no", *map(str, units)],
        capture_output=True,
        text=True,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "notice"},
    )
    assert (verified.returncode, verified.stderr, verified.stdout) == (0, "", "")


@pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed")
def test_a_copy_is_hardened(tmp_path: Path) -> None:
    """systemd's own exposure score (0 best, 10 worst); 'OK' is below 4.9."""
    assert ANALYZE is not None
    local_units(tmp_path)
    scored = subprocess.run(
        [ANALYZE, "security", "--offline=true", str(tmp_path / "intake@8171.service")],
        capture_output=True,
        text=True,
    )
    level = re.search(r"Overall exposure level for intake@8171.service: ([\d.]+)", scored.stdout)
    assert level is not None, scored.stdout + scored.stderr
    assert float(level.group(1)) <= 2.0, scored.stdout


def test_a_copy_listens_on_loopback_at_its_instance_port_and_stops_with_the_target() -> None:
    text = (UNITS / "intake@.service").read_text("utf-8")
    assert f"ExecStart={INSTALLED} serve --host 127.0.0.1 --port %i" in text
    assert "PartOf=intake.target" in text and "WantedBy=intake.target" in text
    assert "User=intake" in text and f"EnvironmentFile={ENV_FILE}" in text
    timeout = re.search(r"TimeoutStopSec=(\d+)s", text)
    assert timeout is not None and int(timeout.group(1)) > 30  # a waiting long-poll ends


@pytest.mark.skipif(os.geteuid() != 0, reason="runuser needs root")
def test_intake_admin_runs_a_command_with_the_settings_file(tmp_path: Path) -> None:
    """The wrapper reads the settings as systemd does, also a quoted value with $ and
    spaces, and runs investigator-intake with them."""
    settings = tmp_path / "intake.env"
    settings.write_text(
        "# as /etc/intake/intake.env\n"
        f"INTAKE_DATABASE_URL=sqlite:///{tmp_path / 'intake.sqlite3'}\n"
        "INTAKE_SMTP_PASSWORD='pa$$ word with spaces'\n",
        "utf-8",
    )
    env = {
        "PATH": os.environ["PATH"],
        "INTAKE_USER": "root",
        "INTAKE_ENV_FILE": str(settings),
        "INTAKE_COMMAND": str(INTAKE_SCRIPT),
    }
    wrapper = str(ROOT / "deploy" / "bin" / "intake-admin")
    migrated = subprocess.run([wrapper, "migrate"], env=env, capture_output=True, text=True)
    assert migrated.returncode == 0, migrated.stderr
    assert "Created the database schema at revision" in migrated.stdout
    shown = subprocess.run(
        [wrapper],
        env={**env, "INTAKE_COMMAND": "/usr/bin/env"},
        capture_output=True,
        text=True,
    )
    assert "INTAKE_SMTP_PASSWORD=pa$$ word with spaces\n" in shown.stdout
