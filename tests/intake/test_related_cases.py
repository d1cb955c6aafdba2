"""Related cases across departments, without disclosure: keyed hashes of the names a case
involves, the signal for both departments' managers, links within a department, 1700's
view, and what the database holds. Real service on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import delete, inspect, select, update

from investigator_app.domain.vocabulary import Role
from investigator_app.intake import retention
from investigator_app.intake.accounts import create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.cli import main
from investigator_app.intake.db import make_engine, utcnow, write_engine
from investigator_app.intake.match_keys import ENV_MATCH_KEY, MatchKey
from investigator_app.intake.migrate import alembic_config, upgrade
from investigator_app.intake.models import AuditEvent, Case, CaseMatchHash, CaseMatchState
from investigator_app.intake.related import SIGNAL_ACTION
from investigator_app.intake.tokens import issue_token

from .conftest import World, op, report_body

NAME = "Zéphyrine Van den Bossche-D'Hondt"
SAME_NAME = "zephyrine van den bossche d hondt"
ABB_NAME = "Agentschap Binnenlands Bestuur"
OMG_NAME = "Departement Omgeving"


def add_omg_manager(world: World, password_hash: str) -> None:
    with world.service.session() as session:
        user = create_user(
            session,
            cli_actor(),
            username="olga.claes",
            display_name="Olga Claes",
            role=Role.MANAGER,
            department_code="OMG",
            password_hash=password_hash,
            now=utcnow(),
        )
        token, _row = issue_token(session, user, "test", utcnow(), timedelta(days=1))
    world.tokens["omg_manager"] = token
    world.ids["omg_manager"] = user.id


@pytest.fixture
def two_worlds(world: World, password_hash: str) -> World:
    add_omg_manager(world, password_hash)
    return world


def case_at(world: World, department: str, persons: list[str], entity: str) -> str:
    return world.forwarded_case(
        department,
        involved_persons=persons,
        involved_entity=entity,
        summary=f"Fictieve melding over {entity}",
    )


def related_of(world: World, case_id: str, who: str) -> dict[str, Any]:
    return dict(world.case(case_id, who=who)["related"])


def test_a_name_in_two_departments_signals_both_managers_and_nothing_more(
    two_worlds: World,
) -> None:
    world = two_worlds
    omg_case = case_at(world, "OMG", [SAME_NAME], "Stad Noordhaven")
    omg_cursor = world.changes("omg_manager")["cursor"]
    abb_case = case_at(world, "ABB", ["Ward Verhaegen", NAME], "Gemeente Lindebeek")

    # Both managers see the other department by name, 1700 as the contact; nothing else.
    assert related_of(world, abb_case, "manager") == {
        "same_department": [],
        "other_departments": [OMG_NAME],
    }
    assert related_of(world, omg_case, "omg_manager") == {
        "same_department": [],
        "other_departments": [ABB_NAME],
    }
    # Investigators do not get the signal.
    for who, case_id in (("an", abb_case), ("tom", omg_case)):
        assert related_of(world, case_id, who) == {"same_department": [], "other_departments": []}
    # OMG's desktops hear of it: the older case comes again in their feed.
    assert [c["case_id"] for c in world.changes("omg_manager", omg_cursor)["changes"]] == [omg_case]

    # No content crosses: ABB's snapshot holds nothing of OMG's case, and the reverse.
    abb_text = json.dumps(world.case(abb_case, who="manager"))
    omg_snapshot = world.case(omg_case, who="omg_manager")
    for secret in (omg_case, omg_snapshot["reference"], "Noordhaven", SAME_NAME):
        assert secret not in abb_text
    omg_text = json.dumps(omg_snapshot)
    abb_reference = world.case(abb_case, who="manager")["reference"]
    for secret in (abb_case, abb_reference, "Lindebeek", NAME, "Ward Verhaegen"):
        assert secret not in omg_text

    # On the audit trail: one event on each case, tied by a pair id, ids only.
    with world.service.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == SIGNAL_ACTION))
        by_case = {e.case_id: e.detail for e in events}
    assert set(by_case) == {abb_case, omg_case}
    assert by_case[abb_case]["pair"] == by_case[omg_case]["pair"]
    assert set(by_case[abb_case]) == {"reference", "pair"}
    assert by_case[abb_case]["reference"] == abb_reference
    # Not in the department's own audit trail listing (that is for copies, reveals, ...).
    trail = world.get("manager", f"/cases/{abb_case}/audit")
    assert trail.status_code == 200
    assert SIGNAL_ACTION not in trail.text


def test_different_names_raise_no_signal(two_worlds: World) -> None:
    world = two_worlds
    omg_case = case_at(world, "OMG", ["Zéphyrine Van den Bossche"], "Stad Noordhaven")
    abb_case = case_at(world, "ABB", [NAME], "Gemeente Lindebeek")
    empty: dict[str, list[str]] = {"same_department": [], "other_departments": []}
    assert related_of(world, abb_case, "manager") == empty
    assert related_of(world, omg_case, "omg_manager") == empty
    with world.service.session() as session:
        assert (
            session.scalars(select(AuditEvent).where(AuditEvent.action == SIGNAL_ACTION)).all()
            == []
        )


def test_an_organisation_code_matches_whatever_the_name(two_worlds: World) -> None:
    world = two_worlds
    omg_case = case_at(world, "OMG", [], "Bouwbedrijf Oosterweel nv (KBO 0456.789.123)")
    abb_case = case_at(world, "ABB", [], "BE 0456 789 123")
    assert related_of(world, abb_case, "manager")["other_departments"] == [OMG_NAME]
    assert related_of(world, omg_case, "omg_manager")["other_departments"] == [ABB_NAME]


def test_cases_of_one_department_are_linked_for_who_did_not_recuse(two_worlds: World) -> None:
    world = two_worlds
    older = case_at(world, "ABB", [NAME], "Gemeente Lindebeek")
    cursor = world.changes("an")["cursor"]
    newer = case_at(world, "ABB", [SAME_NAME], "Stad Noordhaven")
    # The older case comes again (it now names the newer one), then the newer one.
    assert [c["case_id"] for c in world.changes("an", cursor)["changes"]] == [older, newer]
    older_reference = world.case(older)["reference"]
    linked = related_of(world, newer, "an")
    assert linked == {
        "same_department": [{"id": older, "reference": older_reference}],
        "other_departments": [],  # the same department is no signal
    }
    assert related_of(world, older, "manager")["same_department"][0]["id"] == newer

    [result] = world.operate("an", op(older, "recuse", reason=""))
    assert result["status"] == "applied"
    assert related_of(world, newer, "an")["same_department"] == []
    assert related_of(world, newer, "jonas")["same_department"][0]["id"] == older
    # The other department sees nothing of ABB's links.
    assert world.get("tom", f"/cases/{newer}/audit").status_code == 404


def test_a_returned_and_rerouted_case_moves_its_signal(two_worlds: World) -> None:
    world = two_worlds
    abb_case = case_at(world, "ABB", [NAME], "Gemeente Lindebeek")
    omg_case = case_at(world, "OMG", [SAME_NAME], "Stad Noordhaven")
    assert related_of(world, abb_case, "manager")["other_departments"] == [OMG_NAME]

    [result] = world.operate("tom", op(world.case(omg_case, "tom"), "return_to_1700", reason="x"))
    assert result["status"] == "applied"
    assert related_of(world, abb_case, "manager")["other_departments"] == []  # at 1700 now

    rerouted = world.post("operator", f"/intake/reports/{omg_case}/reroute", {"department": "ABB"})
    assert rerouted.status_code == 200
    assert related_of(world, abb_case, "manager") == {
        "same_department": [
            {"id": omg_case, "reference": world.case(omg_case, "manager")["reference"]}
        ],
        "other_departments": [],
    }


def test_1700_sees_related_reports_with_their_departments(two_worlds: World) -> None:
    world = two_worlds
    omg_case = case_at(world, "OMG", [SAME_NAME], "Stad Noordhaven")
    waiting = str(world.register(involved_persons=[NAME], involved_entity="Iets anders")["id"])
    other = str(world.register(involved_persons=["Niemand"], involved_entity="Nergens")["id"])

    answer = world.get("operator", f"/intake/reports/{waiting}/related")
    assert answer.status_code == 200
    [row] = answer.json()
    omg_reference = world.case(omg_case, "omg_manager")["reference"]
    assert row == {
        "id": omg_case,
        "reference": omg_reference,
        "status": "forwarded",
        "department": "OMG",
        "department_name": OMG_NAME,
    }
    assert world.get("operator", f"/intake/reports/{other}/related").json() == []
    assert world.get("operator", "/intake/reports/no-such-report/related").status_code == 404
    assert world.get("an", f"/intake/reports/{waiting}/related").status_code == 403

    # Forwarded elsewhere, both managers are signalled.
    assert world.forward(waiting, "ABB").status_code == 200
    assert related_of(world, waiting, "manager")["other_departments"] == [OMG_NAME]


def test_the_database_alone_does_not_tell_whether_two_cases_share_a_name(
    two_worlds: World,
) -> None:
    world = two_worlds
    abb_case = case_at(world, "ABB", [NAME], "Gemeente Lindebeek")
    case_at(world, "OMG", [SAME_NAME], "Stad Noordhaven")
    with world.service.session() as session:
        rows = [
            (row.case_id, str(row.kind), row.hash) for row in session.scalars(select(CaseMatchHash))
        ]
        states = [(s.case_id, s.key_id) for s in session.scalars(select(CaseMatchState))]
    text = json.dumps([rows, states]).casefold()
    for clear in (NAME, SAME_NAME, "zephyrine", "bossche", "lindebeek", "noordhaven"):
        assert clear.casefold() not in text
    # Under another key the same names give other hashes: without the key a guess at a
    # name cannot be tested against the table.
    stored = {h for case_id, _kind, h in rows if case_id == abb_case}
    stranger = MatchKey(os.urandom(32)).case_hashes("Gemeente Lindebeek", [NAME])
    assert stored and not stored & {h for _kind, h in stranger}
    ours = world.service.settings.matcher
    assert ours is not None
    assert stored == {h for _kind, h in ours.case_hashes("Gemeente Lindebeek", [NAME])}


def test_old_closed_cases_are_not_compared_and_the_purge_drops_the_hashes(
    two_worlds: World,
) -> None:
    world = two_worlds
    omg_case = case_at(world, "OMG", [SAME_NAME], "Stad Noordhaven")
    long_ago = utcnow() - timedelta(days=6 * 366)
    with world.service.session() as session:
        session.execute(
            update(Case).where(Case.id == omg_case).values(status="closed", closed_at=long_ago)
        )
    abb_case = case_at(world, "ABB", [NAME], "Gemeente Lindebeek")
    assert related_of(world, abb_case, "manager")["other_departments"] == []

    result = retention.purge(world.service.database, cli_actor(), utcnow(), 5)
    assert [c.id for c in result.purged] == [omg_case]
    with world.service.session() as session:
        left = set(session.scalars(select(CaseMatchHash.case_id)))
        left |= set(session.scalars(select(CaseMatchState.case_id)))
    assert left == {abb_case}


def test_a_case_registered_without_the_key_is_hashed_when_the_service_starts(
    two_worlds: World,
) -> None:
    world = two_worlds
    omg_case = case_at(world, "OMG", [SAME_NAME], "Stad Noordhaven")
    abb_case = case_at(world, "ABB", [NAME], "Gemeente Lindebeek")
    with world.service.session() as session:  # as if a command without the key made them
        session.execute(delete(CaseMatchHash))
        session.execute(delete(CaseMatchState))
    assert related_of(world, abb_case, "manager")["other_departments"] == []
    assert world.service.hash_names() == 2
    assert related_of(world, abb_case, "manager")["other_departments"] == [OMG_NAME]
    assert related_of(world, omg_case, "omg_manager")["other_departments"] == [ABB_NAME]
    assert world.service.hash_names() == 0  # once


# The command line decides nothing that differs between databases: SQLite is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_command_line_compares_with_a_key_and_says_so_without(
    two_worlds: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = two_worlds
    url = world.service.settings.database_url

    def cli(*args: str) -> tuple[int, str, str]:
        code = main(["--database-url", url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    notes: list[str] = []

    def register(persons: list[str], entity: str) -> str:
        path = tmp_path / f"{uuid.uuid4()}.json"
        body = report_body(involved_persons=persons, involved_entity=entity)
        path.write_text(json.dumps(body), encoding="utf-8")
        code, out, err = cli("report", "register", "--json", str(path))
        assert code == 0, err
        notes.append(err)
        return out.split()[1]

    monkeypatch.delenv(ENV_MATCH_KEY, raising=False)
    monkeypatch.delenv("INTAKE_MATCH_KEY_FILE", raising=False)
    monkeypatch.delenv("INTAKE_NOTES_KEY", raising=False)
    monkeypatch.delenv("INTAKE_NOTES_KEY_FILE", raising=False)
    code, out, err = cli("keys", "new-match-key")
    assert code == 0 and len(out.strip()) == 44 and ENV_MATCH_KEY in err
    keyless = register([NAME], "Stad Noordhaven")
    assert "no match key" in notes[-1]  # registered, compared when the service starts
    monkeypatch.setenv(ENV_MATCH_KEY, out.strip())
    omg = register([SAME_NAME], "Nergensdorp")
    assert notes[-1] == ""
    code, out, _ = cli("report", "forward", omg, "--department", "OMG")
    assert code == 0 and "Related" not in out  # nothing elsewhere yet
    abb = register([NAME], "Gemeente Lindebeek")
    code, out, _ = cli("report", "related", abb)
    assert code == 0 and omg in out and "OMG" in out and keyless not in out  # not hashed
    code, out, _ = cli("report", "forward", abb, "--department", "ABB")
    assert code == 0
    assert "Related reports at other departments: Departement Omgeving." in out
    assert NAME not in out and SAME_NAME not in out
    code, out, _ = cli("report", "related", "1700-1999-000000")
    assert code == 1


def test_the_related_cases_migration_goes_down_and_up_again(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    tables = {"case_match_hashes", "case_match_states"}
    try:
        with engine.connect() as connection:
            assert tables <= set(inspect(connection).get_table_names())
        with write_engine(engine).begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0008")
        with engine.connect() as connection:
            assert not tables & set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    upgrade(empty_database_url)
