"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from investigator_app.intake import models  # noqa: F401  (registers the tables)
from investigator_app.intake.db import Base, make_engine, write_engine
from investigator_app.intake.migrate import alembic_config, upgrade


def test_migrations_match_models(empty_database_url: str) -> None:
    database_url = empty_database_url
    upgrade(database_url)
    upgrade(database_url)  # a second run finds nothing to do
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert "cases" in inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_the_audit_chain_migration_goes_down_and_up_again(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        with write_engine(engine).begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        with engine.connect() as connection:
            assert "audit_chain_head" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()
    upgrade(empty_database_url)


def test_the_notes_migration_goes_down_and_up_again(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    notes_tables = {"case_notes", "case_note_versions", "conflict_declarations"}
    try:
        with engine.connect() as connection:
            assert notes_tables <= set(inspect(connection).get_table_names())
        with write_engine(engine).begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
        with engine.connect() as connection:
            inspector = inspect(connection)
            assert not notes_tables & set(inspector.get_table_names())
            columns = {column["name"] for column in inspector.get_columns("cases")}
            assert "needs_reassignment" not in columns and "purged_at" in columns
    finally:
        engine.dispose()
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            assert notes_tables <= set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def test_the_login_throttles_migration_goes_down_and_up_again(empty_database_url: str) -> None:
    def columns() -> set[str]:
        engine = make_engine(empty_database_url)
        try:
            with engine.connect() as connection:
                return {
                    column["name"] for column in inspect(connection).get_columns("login_throttles")
                }
        finally:
            engine.dispose()

    upgrade(empty_database_url)
    assert "username" not in columns() and "key" in columns()  # no typed name kept
    engine = make_engine(empty_database_url)
    try:
        with write_engine(engine).begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
    finally:
        engine.dispose()
    assert "username" in columns()
    upgrade(empty_database_url)
    assert "key" in columns()
