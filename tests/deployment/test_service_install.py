"""A server installs the service without the desktop's packages (Qt, the keyring, the
user's folders) and without test or build tools: the locked service install holds none of
them, and the service imports, helps, migrates and serves with them unimportable."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path

import httpx
import pytest

from investigator_app.protocol import API_PREFIX
from tests.support import web

from .processes import free_port, key_text

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_ONLY = ("PySide6", "shiboken6", "keyring", "platformdirs")
TOOLS = ("pytest", "mypy", "ruff", "pyinstaller", "selenium", "hypothesis")

# Run before the service: importing any desktop-only package fails as on a server.
BLOCKER = textwrap.dedent(
    f"""
    import importlib, pkgutil, sys

    class NotInstalled:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in {DESKTOP_ONLY!r}:
                raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
            return None

    sys.meta_path.insert(0, NotInstalled())
    for name in {DESKTOP_ONLY!r}:
        sys.modules.pop(name, None)
    if sys.argv[1] == "--import-all":
        import investigator_app.intake as intake
        for module in pkgutil.walk_packages(intake.__path__, "investigator_app.intake."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)
        print("imported every module of investigator_app.intake")
        del sys.argv[1]
    from investigator_app.intake.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def run_blocked(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_the_core_dependencies_leave_the_desktops_packages_to_its_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    core = " ".join(project["dependencies"]).lower()
    desktop = " ".join(project["optional-dependencies"]["desktop"]).lower()
    for name in DESKTOP_ONLY[:1] + DESKTOP_ONLY[2:]:
        assert name.lower() not in core and name.lower() in desktop


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv is not installed")
def test_the_locked_service_install_has_no_desktop_packages_or_tools() -> None:
    """What `uv sync --frozen --no-dev --extra service` and the guide's requirements file
    install (docs/deployment.md)."""
    exported = subprocess.run(
        ["uv", "export", "--frozen", "--no-dev", "--extra", "service", "--no-hashes"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    names = {
        line.split("==")[0].split("[")[0].strip().lower()
        for line in exported.splitlines()
        if line and not line.startswith((" ", "#", "-e", "."))
    }
    assert {"fastapi", "uvicorn", "psycopg", "sqlalchemy", "cryptography"} <= names
    assert not names & {name.lower() for name in DESKTOP_ONLY + TOOLS}


def test_every_service_module_imports_and_the_cli_helps_without_the_desktops_packages() -> None:
    helped = run_blocked("--import-all", "--help")
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("imported every module of investigator_app.intake\n")
    assert "migrate" in helped.stdout and "serve" in helped.stdout and "keys" in helped.stdout


@pytest.mark.slow
def test_the_service_migrates_and_serves_without_the_desktops_packages(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(
        INTAKE_DATABASE_URL=f"sqlite:///{tmp_path / 'intake.sqlite3'}",
        INTAKE_NOTES_KEY=key_text(os.urandom(32)),
    )
    migrated = run_blocked("migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert "Created the database schema" in migrated.stdout
    port = free_port()
    served = subprocess.Popen(
        [sys.executable, "-c", BLOCKER, "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        answer = _first_answer(f"http://127.0.0.1:{port}{API_PREFIX}/openapi.json", served)
        assert answer.status_code == 200 and "/api/v1/changes" in answer.text
    finally:
        served.terminate()
        output = served.communicate(timeout=20)[0].decode()
    assert "ModuleNotFoundError" not in output


def _first_answer(url: str, process: subprocess.Popen[bytes]) -> httpx.Response:
    for _ in range(600):
        if process.poll() is not None:
            raise AssertionError(process.communicate()[0].decode())
        try:
            return web.get(url, timeout=2)
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("the service did not answer within 60 s")
