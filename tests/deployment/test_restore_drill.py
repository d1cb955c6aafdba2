"""The restore drill of docs/deployment.md, as CI runs it: a database with cases, notes, a
recusal reason and a second factor is dumped with pg_dump -Fc, restored with pg_restore
into a new database, the audit trail of the copy verifies, the backed-up notes key opens
every sealed value, and a service on the restored database shows people what they had."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from investigator_app.intake.cli import main
from investigator_app.intake.embedded import EmbeddedService
from tests.intake.conftest import World, _drop_database, _url_of
from tests.support.sealed_values import read_back, seal_one_of_each

from .processes import key_text

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def libpq(url: str) -> str:
    """The SQLAlchemy URL as PostgreSQL's own tools take it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (Debian package postgresql-client)")
    return found


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def intake(url: str, key_file: Path, *args: str) -> Ran:
    """`investigator-intake` with the database and the key file of the drill."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("INTAKE_NOTES_KEY", raising=False)
        patch.setenv("INTAKE_NOTES_KEY_FILE", str(key_file))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--database-url", url, *args])
    return Ran(code, out.getvalue(), err.getvalue())


def test_a_dump_restores_into_a_new_database_that_verifies_and_opens(
    empty_postgres_url: str, postgres_admin_url: str, password_hash: str, tmp_path: Path
) -> None:
    key = os.urandom(32)
    key_file = tmp_path / "notes.key"  # the backed-up key, as the guide keeps it
    key_file.write_text(key_text(key) + "\n", "ascii")
    key_file.chmod(0o640)
    with EmbeddedService(empty_postgres_url, notes_key=key) as service:
        world = World(service, password_hash)
        try:
            before = seal_one_of_each(world)
        finally:
            world.http.close()
    source = intake(empty_postgres_url, key_file, "audit", "verify")
    assert source.returncode == 0, source.stderr

    dump = tmp_path / "intake.dump"
    subprocess.run(
        [tool("pg_dump"), "-Fc", f"--file={dump}", libpq(empty_postgres_url)], check=True
    )
    restored_name = f"{make_url(empty_postgres_url).database}_drill"
    admin = make_url(postgres_admin_url)
    subprocess.run(
        [
            tool("createdb"),
            f"--host={admin.host}",
            f"--port={admin.port or 5432}",
            f"--username={admin.username}",
            restored_name,
        ],
        check=True,
    )
    restored = _url_of(postgres_admin_url, restored_name)
    try:
        subprocess.run(
            [
                tool("pg_restore"),
                "--exit-on-error",
                "--no-owner",
                f"--dbname={libpq(restored)}",
                str(dump),
            ],
            check=True,
        )
        verified = intake(restored, key_file, "audit", "verify")
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert verified.stdout == source.stdout  # the same events, the same head
        assert re.match(r"ok: \d+ events, head [0-9a-f]{64}\n", verified.stdout)

        opened = intake(restored, key_file, "keys", "verify-notes-key")
        assert opened.returncode == 0, opened.stdout + opened.stderr
        assert "ok: the notes key opens all 7 sealed values." in opened.stdout

        with EmbeddedService(restored, notes_key=key) as copy:
            assert read_back(copy, before) == before

        wrong = tmp_path / "other.key"
        wrong.write_text(key_text(os.urandom(32)), "ascii")
        refused = intake(restored, wrong, "keys", "verify-notes-key")
        assert refused.returncode == 1
        assert "7 sealed values do not open with the configured notes key" in refused.stdout
    finally:
        _drop_database(postgres_admin_url, restored_name)
