"""The investigation on the service: allegations (edits keep the earlier wording), findings
(versions kept, citing pieces of the case), tasks (state with who and when), by the case
team only, exactly once, and the closing on the findings or on a ground. Real service on
SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.accounts import create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.investigation import (
    NOT_CASE_TEAM,
    OWNER_NOT_MEMBER,
    SOURCE_NOT_ON_CASE,
)
from investigator_app.intake.models import (
    Allegation,
    AllegationVersion,
    AuditEvent,
    Finding,
    InvestigationTask,
    User,
)
from investigator_app.intake.settings import MailSettings, Settings
from tests.support.engines import EngineLoan
from tests.support.investigation import allegation, finding, source, task
from tests.support.relay import answer_on_page, link_in, mails_in, wait_until

from .conftest import World, op
from .investigating import act, applied, count, handled, investigation, refused


@pytest.fixture
def service(database_url: str, tmp_path: Path, engines: EngineLoan) -> Iterator[EmbeddedService]:
    """The service, mailing into a folder (a reporter answers on the reply page)."""
    mail = MailSettings(transport="folder", folder=tmp_path / "mail", poll_interval=0.05)
    settings = Settings(database_url=database_url, mail=mail)
    with engines.service(database_url, settings=settings) as running:
        yield running


def at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_allegations_are_added_edited_with_their_earlier_wording_and_withdrawn(
    world: World,
) -> None:
    case_id = handled(world, "assessing")  # allegations are drawn up while assessing
    version = world.case(case_id)["version"]
    first = allegation(
        "Vroeg 500 euro voor een bouwvergunning",
        persons=["Ward Verhaegen", "Gemeente Lindebeek"],
        period_start="2026-01-05",
        period_end="2026-03-31",
    )
    case = applied(world, "jonas", case_id, "add_allegation", allegation=first)
    assert case["version"] == version + 1  # desktops take the new snapshot
    [shown] = case["investigation"]["allegations"]
    assert shown["id"] == first["allegation_id"] and shown["number"] == 1
    assert shown["facts"] == {
        "text": "Vroeg 500 euro voor een bouwvergunning",
        "persons": ["Ward Verhaegen", "Gemeente Lindebeek"],
        "category": "bribery",
        "period_start": "2026-01-05",
        "period_end": "2026-03-31",
    }
    assert (shown["version"], shown["created_by"], shown["edited_by"]) == (
        1,
        "Jonas Maes",
        "Jonas Maes",
    )
    assert shown["earlier"] == [] and shown["finding"] is None and shown["withdrawn"] is None

    reworded = dict(first, text="Vroeg 800 euro", persons=["Ward Verhaegen"], period_end=None)
    case = applied(world, "manager", case_id, "edit_allegation", allegation=reworded)
    [shown] = case["investigation"]["allegations"]
    assert (shown["version"], shown["facts"]["text"], shown["facts"]["period_end"]) == (
        2,
        "Vroeg 800 euro",
        None,
    )
    assert (shown["created_by"], shown["edited_by"]) == ("Jonas Maes", "Els Wouters")
    [earlier] = shown["earlier"]
    assert earlier["version"] == 1 and earlier["by"] == "Jonas Maes"
    assert earlier["facts"]["text"] == "Vroeg 500 euro voor een bouwvergunning"
    assert earlier["facts"]["persons"] == ["Ward Verhaegen", "Gemeente Lindebeek"]
    assert at(earlier["at"]) <= at(shown["edited_at"])

    second = allegation("Liet een vriend voorgaan", category="conflict_of_interest")
    applied(world, "jonas", case_id, "add_allegation", allegation=second)
    reason = "Dubbel met tenlastelegging 1"
    case = applied(
        world,
        "jonas",
        case_id,
        "withdraw_allegation",
        allegation_id=second["allegation_id"],
        reason=reason,
    )
    numbered = {a["number"]: a for a in case["investigation"]["allegations"]}
    assert sorted(numbered) == [1, 2]
    withdrawn = numbered[2]["withdrawn"]
    assert (withdrawn["by"], withdrawn["reason"]) == ("Jonas Maes", reason)
    assert withdrawn["at"] is not None and numbered[1]["withdrawn"] is None

    # Every member of the department reads it, as the desktop of a colleague will show it.
    assert investigation(world, case_id, "an") == case["investigation"]
    assert count(world, AllegationVersion) == 1
    with world.service.database.read() as session:
        trail = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
        ).all()
    mine = [e for e in trail if "allegation" in e.action]
    assert [e.action for e in mine] == [
        "case.add_allegation",
        "case.edit_allegation",
        "case.add_allegation",
        "case.withdraw_allegation",
    ]
    assert [e.detail["allegation_id"] for e in mine] == [
        first["allegation_id"],
        first["allegation_id"],
        second["allegation_id"],
        second["allegation_id"],
    ]
    words = " ".join(f"{e.detail} {e.reason}" for e in mine)
    for text in ("500 euro", "800 euro", "Ward", "vriend", reason):
        assert text not in words  # ids only: the trail is read by more people


def answered_with_a_file(world: World, case_id: str) -> tuple[str, str, str]:
    """1700 attached a file; the reporter answered a question with a file. Their ids:
    (the case file's sha256, the answered message, the sha256 of the answer's file)."""
    attached = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        files=[("files", ("gesprek.txt", b"Verslag van het gesprek.\n", "text/plain"))],
        headers=world.auth("operator"),
    )
    assert attached.status_code == 201, attached.text
    message_id = str(uuid.uuid4())
    due = (utcnow() + timedelta(days=14)).date().isoformat()
    question = {"message_id": message_id, "body": "Hebt u bewijs?", "answer_due": due}
    applied(world, "jonas", case_id, "request_info", message=question)
    folder = world.service.mail_folder
    assert folder is not None
    mail = wait_until(lambda: next(iter(mails_in(folder)), None))
    pdf = b"%PDF-1.4\nfictief betalingsbewijs\n"
    status, _page = answer_on_page(link_in(mail), "Zie bijlage.", [("betaling.pdf", pdf)])
    assert status == 200
    [message] = [m for m in world.case(case_id)["messages"] if m["id"] == message_id]
    [file] = message["attachments"]
    return attached.json()[0]["sha256"], message_id, file["sha256"]


def test_a_finding_keeps_its_versions_and_cites_pieces_of_the_case(world: World) -> None:
    case_id = handled(world, "assessing")
    case_file, message_id, answer_file = answered_with_a_file(world, case_id)
    applied(world, "jonas", case_id, "start_investigation")
    charge = allegation()
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    allegation_id = charge["allegation_id"]
    first = finding(
        "unfounded",
        "Het verslag spreekt de melding tegen.",
        sources=[source("case_file", case_file), source("answer", message_id)],
    )
    applied(world, "jonas", case_id, "record_finding", allegation_id=allegation_id, finding=first)
    second = finding(
        "founded",
        "Het betalingsbewijs bevestigt de melding.",
        sources=[source("answer_file", answer_file, message_id)],
        follow_up="report_to_prosecutor",
        follow_up_text="Dossier aan het parket van Brussel.",
    )
    case = applied(
        world, "manager", case_id, "record_finding", allegation_id=allegation_id, finding=second
    )
    [shown] = case["investigation"]["allegations"]
    current = shown["finding"]
    assert (current["version"], current["by"]) == (2, "Els Wouters")
    assert current["facts"] == {
        "conclusion": "founded",
        "motivation": "Het betalingsbewijs bevestigt de melding.",
        "sources": [{"kind": "answer_file", "ref": answer_file, "message_id": message_id}],
        "follow_up": "report_to_prosecutor",
        "follow_up_text": "Dossier aan het parket van Brussel.",
    }
    [earlier] = current["earlier"]
    assert (earlier["version"], earlier["by"]) == (1, "Jonas Maes")
    assert earlier["facts"]["conclusion"] == "unfounded"
    assert earlier["facts"]["sources"] == [
        {"kind": "case_file", "ref": case_file, "message_id": None},
        {"kind": "answer", "ref": message_id, "message_id": None},
    ]
    assert at(earlier["at"]) <= at(current["at"])
    assert count(world, Finding) == 2
    assert investigation(world, case_id, "jonas") == case["investigation"]


def test_the_pieces_a_finding_cites_must_be_on_the_case(world: World) -> None:
    case_id = handled(world, "assessing")
    case_file, message_id, answer_file = answered_with_a_file(world, case_id)
    other_id = handled(world, "assessing")
    other_file, other_message, _ = _attached_and_asked(world, other_id)
    applied(world, "jonas", case_id, "start_investigation")
    charge = allegation()
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    wrong = [
        [source("case_file", other_file)],  # another case's file
        [source("case_file", "0" * 64)],  # no file at all
        [source("case_file", answer_file)],  # the reporter's file is no file of 1700's
        [source("answer", other_message)],  # another case's question
        [source("answer", str(uuid.uuid4()))],
        [source("answer_file", answer_file, str(uuid.uuid4()))],  # with the wrong message
        [source("answer_file", case_file, message_id)],  # not sent with that answer
        [source("case_file", case_file), source("answer", other_message)],  # one of two
    ]
    for sources in wrong:
        facts = finding(sources=sources)
        message = refused(
            world,
            "jonas",
            case_id,
            "record_finding",
            allegation_id=charge["allegation_id"],
            finding=facts,
        )
        assert message == SOURCE_NOT_ON_CASE, sources
    for sources, said in (
        ([source("answer_file", answer_file)], "a file sent with an answer names its message"),
        (
            [source("case_file", case_file, message_id)],
            "only a file sent with an answer names its message",
        ),
        ([source("case_file", case_file)] * 2, "a piece is cited twice"),
    ):
        message = refused(
            world,
            "jonas",
            case_id,
            "record_finding",
            allegation_id=charge["allegation_id"],
            finding=finding(sources=sources),
        )
        assert message == said
    assert count(world, Finding) == 0


def _attached_and_asked(world: World, case_id: str) -> tuple[str, str, None]:
    """A file of 1700 and an open (unanswered) question on the case."""
    attached = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        files=[("files", ("ander.txt", b"Een ander verslag.\n", "text/plain"))],
        headers=world.auth("operator"),
    )
    assert attached.status_code == 201, attached.text
    message_id = str(uuid.uuid4())
    due = (utcnow() + timedelta(days=14)).date().isoformat()
    question = {"message_id": message_id, "body": "Wanneer?", "answer_due": due}
    applied(world, "jonas", case_id, "request_info", message=question)
    return attached.json()[0]["sha256"], message_id, None


def test_tasks_have_an_owner_of_the_department_a_due_date_and_a_state_with_who_and_when(
    world: World,
) -> None:
    case_id = handled(world, "acknowledged")  # the plan may start before the assessment
    plan = task("Getuige Vermeulen horen", owner_id=world.ids["an"], due="2027-02-15")
    case = applied(world, "jonas", case_id, "add_task", task=plan)
    [shown] = case["investigation"]["tasks"]
    assert shown == {
        "id": plan["task_id"],
        "description": "Getuige Vermeulen horen",
        "owner_id": world.ids["an"],
        "owner": "An Peeters",
        "due": "2027-02-15",
        "state": "open",
        "created_by": "Jonas Maes",
        "created_at": shown["created_at"],
        "state_by": None,
        "state_at": None,
        "pending": False,
    }
    changed = dict(plan, description="Getuige Vermeulen en Peeters horen", owner_id=None, due=None)
    case = applied(world, "manager", case_id, "edit_task", task=changed)
    [shown] = case["investigation"]["tasks"]
    assert (shown["description"], shown["owner_id"], shown["owner"], shown["due"]) == (
        "Getuige Vermeulen en Peeters horen",
        None,
        None,
        None,
    )
    assert shown["created_by"] == "Jonas Maes"  # who made it stays

    second = task("Bouwdossier opvragen", owner_id=world.ids["manager"])
    applied(world, "jonas", case_id, "add_task", task=second)
    case = applied(world, "jonas", case_id, "set_task_state", task_id=plan["task_id"], state="done")
    done, still = case["investigation"]["tasks"]  # in the order they were added
    assert (done["state"], done["state_by"]) == ("done", "Jonas Maes") and done["state_at"]
    assert (still["owner"], still["state"], still["state_at"]) == ("Els Wouters", "open", None)
    message = refused(world, "jonas", case_id, "edit_task", task=dict(changed, description="x"))
    assert message == "only an open task can be changed"
    assert "already" in refused(
        world, "jonas", case_id, "set_task_state", task_id=plan["task_id"], state="done"
    )
    case = applied(
        world, "manager", case_id, "set_task_state", task_id=plan["task_id"], state="open"
    )
    assert (
        case["investigation"]["tasks"][0]["state"],
        case["investigation"]["tasks"][0]["state_by"],
    ) == (
        "open",
        "Els Wouters",
    )

    # After the closing an open task can still be ticked off or cancelled, not changed.
    applied(world, "jonas", case_id, "start_assessment")
    applied(
        world,
        "jonas",
        case_id,
        "close",
        outcome="inadmissible",
        reason="Geen integriteitsschending.",
        ground="no_integrity_violation",
    )
    case = applied(
        world, "jonas", case_id, "set_task_state", task_id=second["task_id"], state="cancelled"
    )
    assert case["investigation"]["tasks"][1]["state"] == "cancelled"
    assert "not allowed" in refused(
        world, "jonas", case_id, "edit_task", task=dict(changed, description="Nog iets")
    )
    assert "not allowed" in refused(world, "jonas", case_id, "add_task", task=task())
    with world.service.database.read() as session:
        details = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action.like("case.%task%"))
        ).all()
    assert [d["task_id"] for d in details] == [
        plan["task_id"],
        plan["task_id"],
        second["task_id"],
        plan["task_id"],
        plan["task_id"],
        second["task_id"],
    ]
    assert all("Getuige" not in str(d) for d in details)


def test_a_task_owner_is_an_active_member_of_the_department_who_did_not_recuse(
    world: World,
) -> None:
    case_id = handled(world, "assessing")
    recusal = act(world, "an", case_id, "recuse", reason="Familie van de betrokkene.")
    assert recusal["status"] == "applied" and recusal["case"] is None  # hidden from An now
    with world.service.session() as session:
        inactive = create_user(
            session,
            cli_actor(),
            username="oud.lid",
            display_name="Oud Lid",
            role=Role.INVESTIGATOR,
            department_code="ABB",
            password_hash="-",
            now=utcnow(),
        )
        inactive.active = False
        inactive_id = inactive.id
    for owner in (
        world.ids["tom"],  # another department
        world.ids["operator"],  # 1700
        world.ids["admin"],
        world.ids["an"],  # recused from this case
        inactive_id,
        str(uuid.uuid4()),  # nobody
        "x" * 64,
    ):
        plan = task(owner_id=owner)
        assert refused(world, "jonas", case_id, "add_task", task=plan) == OWNER_NOT_MEMBER
    plan = task(owner_id=world.ids["jonas"])
    applied(world, "jonas", case_id, "add_task", task=plan)
    message = refused(
        world, "jonas", case_id, "edit_task", task=dict(plan, owner_id=world.ids["tom"])
    )
    assert message == OWNER_NOT_MEMBER
    assert count(world, InvestigationTask) == 1


def test_only_the_case_team_changes_the_investigation(world: World) -> None:
    case_id = handled(world, "investigating")  # assigned to Jonas
    charge, plan = allegation(), task()
    attempts: list[tuple[str, dict[str, Any]]] = [
        ("add_allegation", {"allegation": charge}),
        ("add_task", {"task": plan}),
    ]
    for action, fields in attempts:
        assert refused(world, "an", case_id, action, **fields) == NOT_CASE_TEAM
    # The assignee and the department's managers are the team.
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    applied(world, "manager", case_id, "add_task", task=plan)
    allegation_id = charge["allegation_id"]
    for action, fields in (
        ("edit_allegation", {"allegation": dict(charge, text="Anders")}),
        ("withdraw_allegation", {"allegation_id": allegation_id, "reason": "Waarom niet"}),
        ("record_finding", {"allegation_id": allegation_id, "finding": finding()}),
        ("edit_task", {"task": dict(plan, description="Anders")}),
        ("set_task_state", {"task_id": plan["task_id"], "state": "done"}),
    ):
        assert refused(world, "an", case_id, action, **fields) == NOT_CASE_TEAM, action
    # Reassigned: An is on the team now, Jonas is not.
    applied(world, "manager", case_id, "assign", assignee_id=world.ids["an"])
    applied(world, "an", case_id, "set_task_state", task_id=plan["task_id"], state="done")
    assert refused(world, "jonas", case_id, "add_task", task=task()) == NOT_CASE_TEAM


def test_what_the_rules_refuse_is_refused_with_the_reason_and_loses_nothing(
    world: World,
) -> None:
    forwarded = world.forwarded_case()
    applied(world, "manager", forwarded, "assign", assignee_id=world.ids["jonas"])
    assert "not allowed" in refused(
        world, "jonas", forwarded, "add_allegation", allegation=allegation()
    )
    case_id = handled(world, "assessing")
    charge = allegation()
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    allegation_id = charge["allegation_id"]
    # A finding comes with the investigation.
    message = refused(
        world, "jonas", case_id, "record_finding", allegation_id=allegation_id, finding=finding()
    )
    assert message == "'record_finding' is not allowed while the case is 'assessing'"
    applied(world, "jonas", case_id, "start_investigation")
    for facts, said in (
        (finding("founded", follow_up="none") | {"follow_up": None}, "recommended follow-up"),
        (finding("unfounded", follow_up="none"), "only a (partly) founded"),
        (finding("founded", follow_up="other"), "'other' needs a text"),
        (finding(motivation="   "), "needs a motivation"),
    ):
        message = refused(
            world, "jonas", case_id, "record_finding", allegation_id=allegation_id, finding=facts
        )
        assert said in message
    for wording, said in (
        (dict(charge), "unchanged"),
        (dict(charge, text="  "), "needs a text"),
        (dict(charge, period_start="2026-05-01", period_end="2026-04-01"), "ends before"),
        (allegation(), "no such allegation on this case"),
    ):
        assert said in refused(world, "jonas", case_id, "edit_allegation", allegation=wording)
    assert "exists already" in refused(
        world, "jonas", case_id, "add_allegation", allegation=dict(charge, text="Nog eens")
    )
    applied(
        world, "jonas", case_id, "withdraw_allegation", allegation_id=allegation_id, reason="Nee"
    )
    attempts: list[tuple[str, dict[str, Any]]] = [
        ("edit_allegation", {"allegation": dict(charge, text="Anders")}),
        ("withdraw_allegation", {"allegation_id": allegation_id, "reason": "Nog eens"}),
        ("record_finding", {"allegation_id": allegation_id, "finding": finding()}),
    ]
    for action, fields in attempts:
        message = refused(world, "jonas", case_id, action, **fields)
        assert message == "this allegation was withdrawn", action
    assert (
        refused(world, "jonas", case_id, "set_task_state", task_id=str(uuid.uuid4()), state="done")
        == "no such task on this case"
    )


def test_closing_needs_a_finding_on_every_standing_allegation_and_takes_their_outcome(
    world: World,
) -> None:
    case_id = handled(world, "investigating")
    close = {"reason": "Onderzoek afgerond."}
    message = refused(world, "jonas", case_id, "close", outcome="unfounded", **close)
    assert message == "closing an investigation needs at least one allegation"
    first, second, third = allegation("Een"), allegation("Twee"), allegation("Drie")
    for charge in (first, second, third):
        applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    applied(
        world,
        "jonas",
        case_id,
        "record_finding",
        allegation_id=first["allegation_id"],
        finding=finding("unfounded"),
    )
    message = refused(world, "jonas", case_id, "close", outcome="unfounded", **close)
    assert message == "allegation(s) 2, 3 have no finding yet"
    applied(
        world,
        "jonas",
        case_id,
        "withdraw_allegation",
        allegation_id=third["allegation_id"],
        reason="Valt samen met 2",
    )
    applied(
        world,
        "jonas",
        case_id,
        "record_finding",
        allegation_id=second["allegation_id"],
        finding=finding("unfounded"),
    )
    # Jonas confirmed "unfounded"; the manager's later finding makes it partly founded.
    applied(
        world,
        "manager",
        case_id,
        "record_finding",
        allegation_id=second["allegation_id"],
        finding=finding("partly_founded", "Deels bewezen."),
    )
    message = refused(world, "jonas", case_id, "close", outcome="unfounded", **close)
    assert message == "the findings give the outcome 'partly_founded', not 'unfounded'"
    message = refused(
        world,
        "jonas",
        case_id,
        "close",
        outcome="partly_founded",
        ground="manifestly_unfounded",
        **close,
    )
    assert message == "an investigated case closes on its findings, not a ground"
    message = refused(world, "jonas", case_id, "close", outcome="inadmissible", **close)
    assert "not possible" in message
    case = applied(world, "jonas", case_id, "close", outcome="partly_founded", **close)
    assert (case["status"], case["outcome"], case["closing_ground"]) == (
        "closed",
        "partly_founded",
        None,
    )
    closed = case["events"][-1]
    assert (closed["kind"], closed["outcome"], closed["reason"]) == (
        "closed",
        "partly_founded",
        "Onderzoek afgerond.",
    )


def test_closing_without_investigation_names_its_ground_and_its_outcome(world: World) -> None:
    case_id = handled(world, "assessing")
    close = {"reason": "Na beoordeling."}
    assert refused(world, "jonas", case_id, "close", outcome="unfounded", **close) == (
        "closing without investigation needs a ground"
    )
    message = refused(
        world,
        "jonas",
        case_id,
        "close",
        outcome="inadmissible",
        ground="manifestly_unfounded",
        **close,
    )
    assert message == "closing on the ground 'manifestly_unfounded' gives the outcome 'unfounded'"
    assert "not possible" in refused(
        world, "jonas", case_id, "close", outcome="founded", ground="other", **close
    )
    case = applied(
        world,
        "jonas",
        case_id,
        "close",
        outcome="unfounded",
        ground="manifestly_unfounded",
        **close,
    )
    assert (case["outcome"], case["closing_ground"]) == ("unfounded", "manifestly_unfounded")
    assert world.case(case_id, "an")["closing_ground"] == "manifestly_unfounded"
    other_id = handled(world, "assessing")
    case = applied(
        world, "jonas", other_id, "close", outcome="inadmissible", ground="facts_too_old", **close
    )
    assert (case["outcome"], case["closing_ground"]) == ("inadmissible", "facts_too_old")


def test_a_resent_operation_answers_as_before_and_adds_nothing(world: World) -> None:
    case_id = handled(world, "investigating")
    charge, plan = allegation(), task(owner_id=world.ids["jonas"])
    batch = [
        op(case_id, "add_allegation", allegation=charge),
        op(
            case_id,
            "record_finding",
            allegation_id=charge["allegation_id"],
            finding=finding("founded"),
        ),
        op(case_id, "add_task", task=plan),
        op(case_id, "set_task_state", task_id=plan["task_id"], state="done"),
        op(case_id, "edit_allegation", allegation=dict(charge, text="Herzien")),
    ]
    first = world.operate("jonas", *batch)
    assert [r["status"] for r in first] == ["applied"] * 5, first
    before = world.case(case_id)
    # A colleague changes more; then the answers were lost and the desktop sends again.
    applied(world, "manager", case_id, "add_task", task=task("Later"))
    again = world.operate("jonas", *batch)
    assert again == first  # the stored answers, the investigation as it was then
    assert again[-1]["case"]["investigation"] == before["investigation"]
    assert count(world, Allegation) == 1 and count(world, AllegationVersion) == 1
    assert count(world, Finding) == 1 and count(world, InvestigationTask) == 2
    with world.service.database.read() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(
                AuditEvent.case_id == case_id, AuditEvent.action.like("case.%")
            )
        ).all()
    for action in ("add_allegation", "record_finding", "set_task_state", "edit_allegation"):
        assert actions.count(f"case.{action}") == 1
    assert actions.count("case.add_task") == 2
    # The same item id in a new operation is another allegation: refused.
    message = refused(world, "jonas", case_id, "add_allegation", allegation=dict(charge, text="x"))
    assert message == "this allegation exists already"


def test_a_start_may_carry_a_motivation_shown_on_the_timeline_and_in_the_audit_trail(
    world: World,
) -> None:
    case_id = handled(world, "acknowledged")
    applied(world, "jonas", case_id, "start_assessment", reason="  Ernstige feiten  ")
    case = applied(world, "jonas", case_id, "start_investigation", reason="   ")
    assessed, investigated = case["events"][-2:]
    assert (assessed["kind"], assessed["reason"]) == ("assessment_started", "Ernstige feiten")
    assert (investigated["kind"], investigated["reason"]) == ("investigation_started", None)
    with world.service.database.read() as session:
        reasons = dict(
            session.execute(
                select(AuditEvent.action, AuditEvent.reason).where(AuditEvent.case_id == case_id)
            ).all()
        )
    assert reasons["case.start_assessment"] == "Ernstige feiten"
    assert reasons["case.start_investigation"] is None


def test_an_inactive_user_named_in_the_investigation_keeps_their_name(world: World) -> None:
    case_id = handled(world, "assessing")
    applied(world, "jonas", case_id, "add_task", task=task(owner_id=world.ids["jonas"]))
    with world.service.session() as session:
        session.execute(update(User).where(User.id == world.ids["jonas"]).values(active=False))
    [shown] = investigation(world, case_id)["tasks"]
    assert (shown["owner"], shown["created_by"]) == ("Jonas Maes", "Jonas Maes")


def test_the_answer_to_an_operation_on_the_investigation_is_the_feeds_snapshot(
    world: World,
) -> None:
    case_id = handled(world, "investigating")
    result = act(world, "jonas", case_id, "add_allegation", allegation=allegation())
    assert result["status"] == "applied"
    assert result["case"] == world.case(case_id, "jonas")
