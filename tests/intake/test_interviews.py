"""Interview records on the service: drafted and edited by the case team, signed by linking
the signed scan (a piece of type interview record on the same case), read-only after, and
corrected as a new version that keeps the signed one; on the audit trail by number and
version only. Real service on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import uuid

from investigator_app.intake.models import AuditEvent

from .conftest import World
from .evidencing import interview_in, piece_in, upload
from .investigating import applied, handled, investigation, refused

NOTICE = "U wordt gehoord als betrokkene. U mag zich laten bijstaan."
SECRET = "Geheim antwoord: ik kreeg 500 euro van de aannemer"


def scan(world: World, case_id: str, type_: str = "interview_record") -> str:
    """A signed scan added as a piece of ``type_``; its id."""
    data = os.urandom(4000)
    upload(world, "jonas", case_id, data)
    body = piece_in(data, type_=type_, title="Ondertekend verhoor", name="verhoor.pdf")
    applied(world, "jonas", case_id, "add_piece", piece=body)
    return str(body["piece_id"])


def test_a_record_is_drafted_signed_and_then_only_corrected_keeping_the_signed_version(
    world: World,
) -> None:
    case_id = handled(world)
    draft = interview_in(notice=NOTICE)
    case = applied(world, "jonas", case_id, "add_interview", interview=draft)
    [record] = case["investigation"]["interviews"]
    assert (record["number"], record["version"], record["signature"]) == (1, 1, None)
    assert record["facts"]["notice"] == NOTICE and record["facts"]["notice_read"] is True
    assert record["facts"]["statements"][0] == {
        "kind": "question",
        "text": "Vroeg u geld voor de vergunning?",
    }
    edited = dict(draft, remarks="Ik wil nog iets toevoegen.")
    applied(world, "manager", case_id, "edit_interview", interview=edited)
    [record] = investigation(world, case_id)["interviews"]
    assert (record["version"], record["edited_by"], record["earlier"]) == (1, "Els Wouters", [])
    assert record["facts"]["remarks"] == "Ik wil nog iets toevoegen."

    document = scan(world, case_id, type_="document")
    assert (
        refused(
            world,
            "jonas",
            case_id,
            "sign_interview",
            interview_id=draft["interview_id"],
            piece_id=document,
        )
        == "the signed scan must be a piece of type interview record"
    )
    signed_scan = scan(world, case_id)
    case = applied(
        world,
        "jonas",
        case_id,
        "sign_interview",
        interview_id=draft["interview_id"],
        piece_id=signed_scan,
    )
    [record] = case["investigation"]["interviews"]
    assert record["signature"]["piece_id"] == signed_scan
    assert (record["signature"]["version"], record["signature"]["by"]) == (1, "Jonas Maes")
    # Read-only now: an edit is refused, a correction needs a reason and keeps version 1.
    assert (
        refused(world, "jonas", case_id, "edit_interview", interview=dict(edited, remarks="Anders"))
        == "a signed interview record cannot be edited; record a correction"
    )
    corrected = dict(edited, statements=[{"kind": "paragraph", "text": SECRET}])
    case = applied(
        world,
        "jonas",
        case_id,
        "correct_interview",
        interview=corrected,
        reason="Het antwoord was verkeerd genoteerd",
    )
    [record] = case["investigation"]["interviews"]
    assert (record["version"], record["signature"]) == (2, None)
    assert record["correction_reason"] == "Het antwoord was verkeerd genoteerd"
    assert record["facts"]["statements"] == [{"kind": "paragraph", "text": SECRET}]
    [kept] = record["earlier"]
    assert (kept["version"], kept["signature"]["piece_id"]) == (1, signed_scan)
    assert kept["facts"]["remarks"] == "Ik wil nog iets toevoegen."
    # The correction can be signed in its turn, with another scan.
    assert (
        refused(
            world,
            "jonas",
            case_id,
            "sign_interview",
            interview_id=draft["interview_id"],
            piece_id=str(uuid.uuid4()),
        )
        == "no such piece on this case"
    )
    second_scan = scan(world, case_id)
    applied(
        world,
        "jonas",
        case_id,
        "sign_interview",
        interview_id=draft["interview_id"],
        piece_id=second_scan,
    )
    # The audit trail names the record by number and version, never a word of it.
    trail = world.get("jonas", f"/cases/{case_id}/audit").json()["entries"]
    steps = [
        (e["action"], e["detail"]["interview_number"], e["detail"]["version"])
        for e in trail
        if "interview" in e["action"]
    ]
    assert steps == [
        ("case.add_interview", 1, 1),
        ("case.edit_interview", 1, 1),
        ("case.sign_interview", 1, 1),
        ("case.correct_interview", 1, 2),
        ("case.sign_interview", 1, 2),
    ]
    with world.service.database.read() as session:
        stored = json.dumps([e.detail for e in session.query(AuditEvent).all()], ensure_ascii=False)
    assert SECRET not in stored and "Ward Verhaegen" not in stored


def test_what_the_rules_refuse_about_records_is_refused_and_changes_nothing(
    world: World,
) -> None:
    case_id = handled(world)
    draft = interview_in()
    team_only = "only the case team (the assignee and the department's managers) may do this"
    assert refused(world, "an", case_id, "add_interview", interview=draft) == team_only
    # A draft may be prepared before the notice is read; it cannot be signed until it is.
    unread = dict(interview_in(notice=NOTICE), notice_read=False)
    applied(world, "jonas", case_id, "add_interview", interview=unread)
    assert refused(
        world, "jonas", case_id, "sign_interview",
        interview_id=unread["interview_id"], piece_id=scan(world, case_id),
    ) == "the notice must be read at the start of the interview"  # fmt: skip
    backwards = dict(interview_in(), start="11:00:00", end="10:00:00")
    assert "ends before it starts" in refused(
        world, "jonas", case_id, "add_interview", interview=backwards
    )
    applied(world, "jonas", case_id, "add_interview", interview=draft)
    assert refused(world, "jonas", case_id, "add_interview", interview=draft) == (
        "this interview record exists already"
    )
    assert "only a signed interview record takes a correction" in refused(
        world, "jonas", case_id, "correct_interview", interview=draft, reason="Waarom"
    )
    # Another case's record id, and one used by another department: the same words.
    other = handled(world)
    assert refused(world, "jonas", other, "add_interview", interview=draft) == (
        "this interview record exists already"
    )
    omg = handled(world, department="OMG")
    assert refused(world, "tom", omg, "add_interview", interview=draft, watcher="tom") == (
        "this interview record exists already"
    )
    # A scan linked to one record cannot sign another.
    second = interview_in()
    applied(world, "jonas", case_id, "add_interview", interview=second)
    signed_scan = scan(world, case_id)
    applied(
        world,
        "jonas",
        case_id,
        "sign_interview",
        interview_id=draft["interview_id"],
        piece_id=signed_scan,
    )
    assert (
        refused(
            world,
            "jonas",
            case_id,
            "sign_interview",
            interview_id=second["interview_id"],
            piece_id=signed_scan,
        )
        == "this piece is the signed scan of another interview record"
    )


def test_a_record_read_back_before_the_closing_may_come_back_signed_after_it(
    world: World,
) -> None:
    case_id = handled(world, "assessing")
    draft = interview_in()
    applied(world, "jonas", case_id, "add_interview", interview=draft)
    signed_scan = scan(world, case_id)
    applied(world, "jonas", case_id, "close", outcome="inadmissible", reason="x", ground="other")
    applied(
        world,
        "jonas",
        case_id,
        "sign_interview",
        interview_id=draft["interview_id"],
        piece_id=signed_scan,
    )
    assert refused(world, "jonas", case_id, "add_interview", interview=interview_in()) == (
        "'add_interview' is not allowed while the case is 'closed'"
    )
    # The signed copy may also come back after the closing; no other piece joins then.
    scan(world, case_id)  # applied: the signed copy of a record read back before
    data = os.urandom(3000)
    upload(world, "jonas", case_id, data)
    document = piece_in(data, type_="document", title="Laat stuk", name="laat.pdf")
    assert refused(world, "jonas", case_id, "add_piece", piece=document) == (
        "after the closing only the signed copy of an interview record can be added"
    )
