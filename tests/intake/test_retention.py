"""Retention: cases closed longer ago than the period lose every piece of personal content
(in every table, files included) and keep their statistics; departments' feeds drop them;
the audit chain still verifies. Real service on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from investigator_app.intake import retention
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.audit_chain import verify_chain
from investigator_app.intake.blobs import Upload
from investigator_app.intake.cli import main
from investigator_app.intake.db import Base, Database, utcnow
from investigator_app.intake.models import (
    Allegation,
    AllegationVersion,
    AuditEvent,
    Blob,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseNote,
    CaseNoteVersion,
    ConflictDeclaration,
    Finding,
    InvestigationTask,
    MailOutbox,
    Message,
    MessageAttachment,
    ReplyLink,
    Reporter,
)
from investigator_app.intake.operator_relay import attach_to_report, log_phone_answer
from investigator_app.intake.retention import PURGED_SUMMARY
from investigator_app.intake.run_once import AnotherCopyRunningError
from investigator_app.intake.settings import RelayPolicy
from tests.support.investigation import allegation, finding, task
from tests.support.relay import wait_until

from .conftest import World, op

SHARED_FILE = b"Transcript dat ook bij een recente melding hoort.\n"


@dataclass
class Made:
    id: str
    reference: str
    secrets: list[str]  # personal content that must be gone after a purge


def closed_case(world: World, tag: str, closed_years_ago: float, *, close: bool = True) -> Made:
    """A case with everything personal a case can hold: reporter, description, involved
    people, a question mailed to the reporter and their answer, files, reasons."""
    secrets = [
        f"Samenvatting {tag}",
        f"Beschrijving van {tag}",
        f"Gemeente {tag}",
        f"Persoon {tag}",
        f"Melder {tag}",
        f"melder.{tag.lower()}@example.org",
        f"0470 {tag}",
        f"Vraag aan de melder {tag}?",
        f"Antwoord van de melder {tag}",
        f"Motivering {tag}",
        f"Nota voor de dienst {tag}",
        f"Notitie {tag}",
        f"Belangenconflict {tag}",
        # the investigation (written only when the case is closed)
        f"Tenlastelegging {tag}",
        f"Herziene tenlastelegging {tag}",
        f"Betrokkene {tag}",
        f"Ingetrokken tenlastelegging {tag}",
        f"Reden van intrekking {tag}",
        f"Eerste bevinding {tag}",
        f"Bevinding {tag}",
        f"Opvolging {tag}",
        f"Onderzoekstaak {tag}",
    ]
    created = world.register(
        summary=secrets[0],
        description=secrets[1],
        involved_entity=secrets[2],
        involved_persons=[secrets[3]],
        reporter={"kind": "citizen", "name": secrets[4], "email": secrets[5], "phone": secrets[6]},
    )
    case_id = str(created["id"])
    with world.service.session() as session:
        attach_to_report(
            session,
            cli_actor(),
            case_id,
            [
                Upload(name=f"{tag}.txt", data=f"Eigen bijlage {tag}\n".encode()),
                Upload(name="transcript.txt", data=SHARED_FILE),
            ],
            RelayPolicy(),
            utcnow(),
        )
    assert world.forward(case_id, "ABB", note=secrets[10]).status_code == 200
    case = world.case(case_id)
    [ack] = world.operate("an", op(case, "acknowledge"))
    [assess] = world.operate("an", op(ack["case"], "start_assessment"))
    message_id = str(uuid.uuid4())
    question = {
        "message_id": message_id,
        "body": secrets[7],
        "answer_due": str(date.today() + timedelta(days=14)),
    }
    [asked] = world.operate("an", op(assess["case"], "request_info", message=question))
    assert asked["status"] == "applied", asked
    wait_until(lambda: world.case(case_id)["messages"][0]["state"] == "sent")
    with world.service.session() as session:
        log_phone_answer(session, cli_actor(), message_id, secrets[8], utcnow())
    note = {"note_id": str(uuid.uuid4()), "body": secrets[11], "visibility": "case_team"}
    [noted] = world.operate("an", op(case_id, "add_note", note=note))
    [recused] = world.operate("jonas", op(case_id, "recuse", reason=secrets[12]))
    assert noted["status"] == recused["status"] == "applied", (noted, recused)
    if close:
        case = world.case(case_id)
        [busy] = world.operate("an", op(case, "start_investigation"))
        assert busy["status"] == "applied", busy
        investigate(world, case_id, secrets[13:])
        [closed] = world.operate(
            "an", op(world.case(case_id), "close", outcome="founded", reason=secrets[9])
        )
        assert closed["status"] == "applied", closed
        with world.service.session() as session:
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(closed_at=utcnow() - timedelta(days=365 * closed_years_ago))
            )
    return Made(case_id, str(created["reference"]), secrets)


def investigate(world: World, case_id: str, words: list[str]) -> None:
    """An allegation worded twice with a finding given twice, a withdrawn one, a task: the
    manager (case team) writes ``words`` into every text field of the investigation."""
    charge = allegation(words[0], persons=[words[2]])
    dropped = allegation(words[3])
    results = world.operate(
        "manager",
        op(case_id, "add_allegation", allegation=charge),
        op(case_id, "edit_allegation", allegation=dict(charge, text=words[1])),
        op(case_id, "add_allegation", allegation=dropped),
        op(case_id, "withdraw_allegation", allegation_id=dropped["allegation_id"], reason=words[4]),
        op(
            case_id,
            "record_finding",
            allegation_id=charge["allegation_id"],
            finding=finding("unfounded", words[5]),
        ),
        op(
            case_id,
            "record_finding",
            allegation_id=charge["allegation_id"],
            finding=finding("founded", words[6], follow_up="other", follow_up_text=words[7]),
        ),
        op(case_id, "add_task", task=task(words[8])),
    )
    assert [r["status"] for r in results] == ["applied"] * 7, results


def everything(world: World, skip: frozenset[str] = frozenset()) -> str:
    """Every row of every table (but ``skip``), as text (bytes included), in a fixed order."""
    parts: list[str] = []
    with world.service.database.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            order = list(table.primary_key.columns)
            parts.extend(
                repr(tuple(row)) for row in session.execute(select(table).order_by(*order))
            )
    return "\n".join(parts)


def count(world: World, model: Any, *where: Any) -> int:
    with world.service.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def purge(world: World, *extra: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(
        ["--database-url", world.service.settings.database_url, "retention", "purge", *extra]
    )
    out, _err = capsys.readouterr()
    return code, out


@pytest.fixture
def cases(world: World) -> dict[str, Made]:
    return {
        "old": closed_case(world, "OUD", closed_years_ago=6),
        "recent": closed_case(world, "RECENT", closed_years_ago=0.5),
        "open": closed_case(world, "OPEN", closed_years_ago=0, close=False),
    }


def test_a_dry_run_lists_what_would_go_and_changes_nothing(
    world: World, cases: dict[str, Made], capsys: pytest.CaptureFixture[str]
) -> None:
    before = everything(world)
    code, out = purge(world, "--dry-run", capsys=capsys)
    assert code == 0
    with world.service.database.read() as session:
        closed_at = session.get_one(Case, cases["old"].id).closed_at
    assert out.splitlines()[0].startswith("Would purge 1 closed cases closed before ")
    assert f"  {cases['old'].reference}  closed {closed_at:%Y-%m-%d}" in out
    assert cases["recent"].reference not in out and cases["open"].reference not in out
    assert everything(world) == before


def test_the_purge_removes_the_content_and_keeps_the_statistics(
    world: World, cases: dict[str, Made], capsys: pytest.CaptureFixture[str]
) -> None:
    old = cases["old"]
    cursor = world.changes("an")["cursor"]
    with world.service.database.read() as session:
        kept = session.get_one(Case, old.id)
        statistics = {
            name: getattr(kept, name)
            for name in (
                "reference", "department_id", "category", "channel", "status", "outcome",
                "received_at", "registered_at", "forwarded_at", "acknowledged_at", "closed_at",
            )
        }  # fmt: skip
        kinds = session.execute(
            select(CaseEvent.kind, CaseEvent.at)
            .where(CaseEvent.case_id == old.id)
            .order_by(CaseEvent.case_version)
        ).all()
    assert count(world, Blob) == 4  # three own files and the shared transcript

    code, out = purge(world, capsys=capsys)
    assert code == 0
    assert out.startswith("Purged 1 cases closed before ") and "(1 files deleted)" in out
    assert old.reference in out

    dump = everything(world)
    for secret in old.secrets:
        assert secret not in dump, secret
    assert f"Eigen bijlage {old.secrets[0][-3:]}" not in dump
    for other in (cases["recent"], cases["open"]):  # untouched
        assert all(secret in dump for secret in other.secrets[:9])
    assert "Motivering RECENT" in dump

    with world.service.database.read() as session:
        case = session.get_one(Case, old.id)
        assert {name: getattr(case, name) for name in statistics} == statistics
        assert case.summary == PURGED_SUMMARY and case.description == ""
        assert case.involved_entity == "" and case.involved_persons == []
        assert case.purged_at is not None
        reporter = session.get_one(Reporter, case.reporter_id)
        assert (reporter.kind, reporter.name, reporter.email, reporter.phone) == (
            "citizen", "", "", ""
        )  # fmt: skip
        [message] = session.scalars(select(Message).where(Message.case_id == old.id))
        assert (message.kind, message.state, message.body, message.answer) == (
            "info_request", "answered", "", None
        )  # fmt: skip
        assert message.answered_at is not None  # the dates stay
        assert (
            session.execute(
                select(CaseEvent.kind, CaseEvent.at)
                .where(CaseEvent.case_id == old.id)
                .order_by(CaseEvent.case_version)
            ).all()
            == kinds
        )
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.case_id == old.id).order_by(AuditEvent.id)
        ).all()
        assert actions[-1] == "case.purge"
        assert (
            session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)).one()
            == "retention.purge"
        )
        assert verify_chain(session).ok
    assert count(world, ReplyLink) == 2 and count(world, MailOutbox) == 2  # the others'
    assert count(world, CaseAttachment, CaseAttachment.case_id == old.id) == 0
    assert count(world, MessageAttachment) == 0
    assert count(world, Blob) == 3  # the shared transcript is still used by the others
    # Its notes go with all their versions; who recused stays, without the reason.
    assert count(world, CaseNote, CaseNote.case_id == old.id) == 0
    assert count(world, CaseNote) == count(world, CaseNoteVersion) == 2  # the others'
    with world.service.database.read() as session:
        reasons = dict(
            session.execute(
                select(ConflictDeclaration.case_id, ConflictDeclaration.reason_ciphertext)
            ).all()
        )
    assert reasons[old.id] is None
    assert reasons[cases["recent"].id] is not None and reasons[cases["open"].id] is not None
    # The investigation keeps what was concluded and when, not a word of it or its versions.
    assert all(secret in dump for secret in cases["recent"].secrets[13:])
    with world.service.database.read() as session:
        charges = session.scalars(
            select(Allegation).where(Allegation.case_id == old.id).order_by(Allegation.number)
        ).all()
        assert [(a.number, a.version, a.text, a.persons) for a in charges] == [
            (1, 2, "", []),
            (2, 1, "", []),
        ]
        assert charges[1].withdrawn_at is not None and charges[1].withdraw_reason is None
        [kept_finding] = session.scalars(
            select(Finding).where(Finding.allegation_id == charges[0].id)
        ).all()
        assert (kept_finding.version, kept_finding.conclusion, kept_finding.motivation) == (
            2, "founded", ""
        )  # fmt: skip
        assert (kept_finding.follow_up, kept_finding.follow_up_text) == ("other", "")
        [kept_task] = session.scalars(
            select(InvestigationTask).where(InvestigationTask.case_id == old.id)
        ).all()
        assert kept_task.description == "" and kept_task.state == "open"
    assert count(world, AllegationVersion) == 1  # the recent case's

    # The department's desktops receive a tombstone; it never comes back.
    [change] = [c for c in world.changes("an", cursor)["changes"] if c["case_id"] == old.id]
    assert change["deleted"] is True and change["case"] is None
    fresh = {c["case_id"]: c for c in world.changes("an", 0)["changes"]}
    assert fresh[old.id]["deleted"] is True
    assert not fresh[cases["recent"].id]["deleted"]
    late = {"case_id": old.id, "op_id": str(uuid.uuid4())}
    [result] = world.operate("an", op(old.id, "start_assessment") | late)
    assert result["status"] == "rejected" and result["case"] is None
    assert world.get("an", f"/cases/{old.id}/audit").status_code == 404

    # The figures still count it.
    assert main(["--database-url", world.service.settings.database_url, "report", "stats"]) == 0
    table = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert table[0] == ["year", "department", "category", "status", "outcome", "cases"]
    assert [row[1:] for row in table[1:]] == [
        ["ABB", "bribery", "assessing", "-", "1"],
        ["ABB", "bribery", "closed", "founded", "2"],
    ]

    # 1700 sees the statistics only.
    [listed] = [r for r in world.get("operator", "/intake/reports").json() if r["id"] == old.id]
    assert listed["summary"] == PURGED_SUMMARY and listed["category"] == "bribery"
    assert listed["status"] == "closed" and listed["department"] == "ABB"


def test_the_purge_is_idempotent(
    world: World, cases: dict[str, Made], capsys: pytest.CaptureFixture[str]
) -> None:
    assert purge(world, capsys=capsys)[0] == 0
    cursor = world.changes("an")["cursor"]
    trail = frozenset({"audit_events", "audit_chain_head"})
    before = everything(world, trail)
    code, out = purge(world, capsys=capsys)
    assert code == 0 and out.startswith("Purged 0 cases")
    assert everything(world, trail) == before  # only the run's own summary event is new
    assert count(world, AuditEvent, AuditEvent.action == "case.purge") == 1
    assert count(world, AuditEvent, AuditEvent.action == "retention.purge") == 2
    assert world.changes("an", cursor)["changes"] == []


def test_a_longer_period_purges_nothing_yet(
    world: World, cases: dict[str, Made], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = purge(world, "--older-than-years", "7", "--dry-run", capsys=capsys)
    assert code == 0 and out.startswith("Would purge 0 closed cases")
    code, out = purge(world, "--older-than-years", "1", "--dry-run", capsys=capsys)
    assert cases["old"].reference in out and cases["recent"].reference not in out
    code, _out = purge(world, "--older-than-years", "0", capsys=capsys)
    assert code == 1


@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_two_purges_at_once_on_postgresql_purge_each_case_once(
    world: World, database_url: str
) -> None:
    """Two service copies' cron jobs start together: each case is purged by one of them (on
    PostgreSQL the second steps aside while the first runs, run_once.py)."""
    ids = [world.forwarded_case(summary=f"Oude melding {n}") for n in range(30)]
    with world.service.session() as session:
        session.execute(
            update(Case)
            .where(Case.id.in_(ids))
            .values(status="closed", outcome="unfounded", closed_at=utcnow() - timedelta(days=2200))
        )
    results: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        db = Database.from_url(database_url)
        try:
            results.append(len(retention.purge(db, cli_actor(), utcnow(), 5).purged))
        except AnotherCopyRunningError:
            results.append(0)
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and sum(results) == len(ids)
    assert count(world, AuditEvent, AuditEvent.action == "case.purge") == len(ids)
    assert count(world, Case, Case.purged_at.is_not(None)) == len(ids)
    with world.service.database.read() as session:
        assert verify_chain(session).ok
