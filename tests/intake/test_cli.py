"""The investigator-intake command line, run in-process against a SQLite file."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from investigator_app.intake.accounts import user_by_username
from investigator_app.intake.cli import main
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.tokens import issue_token

from .conftest import report_body


class Cli:
    def __init__(self, database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.database_url = database_url
        self.capsys = capsys

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        original = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            code = main(["--database-url", self.database_url, *args])
        finally:
            sys.stdin = original
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(empty_sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(empty_sqlite_url, capsys)


def test_set_up_a_department_and_handle_a_report(cli: Cli, tmp_path: Path) -> None:
    assert cli("migrate")[0] == 0
    code, out, _ = cli("department", "create", "--code", "abb", "--name", "Binnenlands Bestuur")
    assert code == 0 and "ABB" in out
    cli("department", "create", "--code", "OMG", "--name", "Omgeving")
    code, out, _ = cli(
        "user", "create", "--username", "an.peeters", "--name", "An Peeters",
        "--role", "investigator", "--department", "ABB", "--password-stdin",
        stdin="een lang wachtwoord\n",
    )  # fmt: skip
    assert code == 0 and "an.peeters" in out
    code, out, _ = cli("user", "list")
    assert "an.peeters" in out and "ABB" in out and "een lang" not in out

    report = tmp_path / "report.json"
    report.write_text(json.dumps(report_body()), encoding="utf-8")
    code, out, _ = cli("report", "register", "--json", str(report))
    assert code == 0 and "1700-" in out
    reference = out.split()[1]
    code, out, _ = cli("report", "forward", reference, "--department", "abb")
    assert code == 0 and "ABB" in out
    code, out, err = cli("report", "forward", reference, "--department", "OMG")
    assert code == 1 and "registered" in err
    code, out, _ = cli("report", "list")
    assert reference in out and "forwarded" in out
    # The reporter's identity is never printed.
    assert "Marleen" not in out and "marleen@example.org" not in out


def test_bad_input_gives_a_clear_error_and_exit_code(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("user", "create", "--username", "x", "--name", "X", "--role",
                       "manager", "--password-stdin", stdin="secret-pass\n")  # fmt: skip
    assert code == 1 and "needs a department" in err
    code, _, err = cli("report", "register", "--json", str(tmp_path / "missing.json"))
    assert code == 1 and "Cannot read" in err
    anonymous = tmp_path / "anonymous.json"
    anonymous.write_text(json.dumps(report_body(reporter=None)), encoding="utf-8")
    code, _, err = cli("report", "register", "--json", str(anonymous))
    assert code == 1 and "Anonymous reports are not handled" in err
    unidentified = tmp_path / "unidentified.json"
    unidentified.write_text(
        json.dumps(report_body(reporter={"kind": "citizen", "name": "Jan"})), encoding="utf-8"
    )
    code, _, err = cli("report", "register", "--json", str(unidentified))
    assert code == 1 and "anonymous reports are not handled" in err.lower()
    code, _, err = cli("report", "forward", "1700-2026-999999", "--department", "ABB")
    assert code == 1 and "not found" in err
    code, _, err = cli("device", "revoke", "no-such-token")
    assert code == 1
    with pytest.raises(SystemExit) as usage:
        cli("user", "create", "--username", "x")
    assert usage.value.code == 2


def test_devices_can_be_listed_and_revoked(cli: Cli) -> None:
    cli("department", "create", "--code", "ABB", "--name", "Binnenlands Bestuur")
    cli("user", "create", "--username", "an", "--name", "An", "--role", "investigator",
        "--department", "ABB", "--password-stdin", stdin="secret-pass\n")  # fmt: skip
    database = Database.from_url(cli.database_url)
    try:
        with database.write() as session:
            user = user_by_username(session, "an")
            assert user is not None
            _token, device = issue_token(session, user, "Laptop", utcnow(), timedelta(days=1))
            device_id = device.id
    finally:
        database.dispose()
    code, out, _ = cli("device", "list", "--user", "an")
    assert code == 0 and device_id in out and "active" in out
    assert cli("device", "revoke", device_id)[0] == 0
    assert "revoked" in cli("device", "list")[1]


def test_seed_demo_prints_the_accounts(cli: Cli) -> None:
    code, out, _ = cli("seed-demo")
    assert code == 0 and "an.peeters" in out and "1700.operator" in out
    code, out, _ = cli("report", "list", "--status", "returned")
    assert code == 0 and out.count("returned") >= 2
