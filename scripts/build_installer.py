"""Build the desktop's one-folder bundle with PyInstaller and smoke-test it.

    uv run python scripts/build_installer.py [--clean] [--skip-build]

Runs PyInstaller on build_installer.spec (output in dist/investigator-app/), then starts
the frozen app with ``--self-test --data-dir <temporary folder>`` (Qt offscreen) and exits 1
unless it exits 0 within 60 s. Prints the build time and the folder's size. The Windows
installer (installer/windows/investigator-app.iss) wraps the folder; see
docs/windows-build.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_installer.spec"
APP = "investigator-app"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / APP
SELF_TEST_TIMEOUT_S = 60


def frozen_executable(bundle: Path = BUNDLE) -> Path:
    return bundle / (f"{APP}.exe" if sys.platform == "win32" else APP)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(*, clean: bool) -> float:
    """Run PyInstaller; return the seconds it took."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    print("$", " ".join(command), flush=True)
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    return time.monotonic() - started


def self_test(executable: Path) -> bool:
    """Start the frozen app with --self-test; True if it exits 0 in time."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="investigator-self-test-") as tmp:
        command = [str(executable), "--self-test", "--data-dir", tmp]
        print("$", " ".join(command), flush=True)
        try:
            result = subprocess.run(command, env=env, timeout=SELF_TEST_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            print(f"self-test did not finish within {SELF_TEST_TIMEOUT_S} s", file=sys.stderr)
            return False
        report = Path(tmp) / "self-test.txt"
        if result.returncode != 0 and report.is_file():  # a windowed build prints nothing
            print(report.read_text(encoding="utf-8"), file=sys.stderr)
    if result.returncode != 0:
        print(f"self-test exited with {result.returncode}", file=sys.stderr)
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--skip-build", action="store_true", help="only self-test the existing dist/ folder"
    )
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is not installed: uv sync (it is in the dev group)", file=sys.stderr)
        return 1
    if not args.skip_build:
        try:
            seconds = build(clean=args.clean)
        except subprocess.CalledProcessError as exc:
            print(f"PyInstaller failed with {exc.returncode}", file=sys.stderr)
            return 1
        print(f"build time: {seconds:.1f} s")
    executable = frozen_executable()
    if not executable.is_file():
        print(f"no frozen app at {executable}", file=sys.stderr)
        return 1
    print(f"bundle: {BUNDLE} ({folder_size(BUNDLE) / 1e6:.1f} MB)")
    if not self_test(executable):
        return 1
    print("frozen self-test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
