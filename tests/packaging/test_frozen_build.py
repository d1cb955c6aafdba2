"""The desktop's PyInstaller bundle: the self-test in-process, and a real frozen build."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from investigator_app.desktop.self_test import REPORT_FILE, STORE_FILE, run_self_test

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "scripts" / "build_installer.py"


def test_the_self_test_passes_in_process(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locale_before = QLocale().name()

    assert run_self_test(tmp_path) == 0

    out = capsys.readouterr().out
    assert "self-test passed" in out
    assert "FAIL" not in out
    assert (tmp_path / STORE_FILE).is_file()
    assert "self-test passed" in (tmp_path / REPORT_FILE).read_text(encoding="utf-8")
    # It leaves the app as it found it: Dutch (no English translator), the same locale.
    assert QCoreApplication.translate("Labels", "Afgerond") == "Afgerond"
    assert QLocale().name() == locale_before


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_frozen_build_passes_its_self_test() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (uv sync installs it with the dev group)")
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "frozen self-test passed" in result.stdout
