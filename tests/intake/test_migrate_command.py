"""`investigator-intake migrate` says what it did: on a fresh database the revision and the
tables it created, on a current one that nothing changed; and a database migrated by a
newer version is refused by every command, with what to do. SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from investigator_app.intake.cli import main
from investigator_app.intake.migrate import alembic_config, upgrade

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()


def tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrate_names_the_revision_and_tables_it_created_then_that_nothing_changed(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", empty_database_url, "migrate"]) == 0
    created = capsys.readouterr().out
    made = tables(empty_database_url)
    head = re.match(r"Created the database schema at revision (\w+): (\d+) tables\.\n", created)
    assert head is not None, created
    assert (head.group(1), int(head.group(2))) == (HEAD, len(made))
    listed = {name.strip() for name in created[head.end() :].replace("\n", " ").split(",")}
    assert listed == made and {"cases", "audit_events", "case_notes"} <= listed

    assert main(["--database-url", empty_database_url, "migrate"]) == 0
    assert capsys.readouterr().out == (
        f"The database schema is already up to date (revision {HEAD}); nothing changed.\n"
    )


def test_migrate_from_an_older_revision_names_both(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    upgrade(empty_database_url, "0009")
    before = tables(empty_database_url)
    assert main(["--database-url", empty_database_url, "migrate"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Upgraded the database schema from revision 0009 to {HEAD}; ")
    for name in tables(empty_database_url) - before:
        assert name in said


def test_a_database_of_a_newer_version_is_refused_with_what_to_do(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    for command in (["migrate"], ["user", "list"]):
        assert main(["--database-url", database_url, *command]) == 1
        error = capsys.readouterr().err
        assert "revision 9999, which this version of the service does not know" in error
        assert "restore the backup made before the upgrade" in error
