"""Confidential notes on the service: versions kept, read only by whom may_read allows,
never by another department or 1700, exactly once, sealed at rest (the database, the audit
trail and the logs hold no text) under a key from the configuration. Real service on
SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from investigator_app.intake.app import create_app
from investigator_app.intake.cli import main
from investigator_app.intake.models import AuditEvent, CaseNote, CaseNoteVersion
from investigator_app.intake.note_cipher import (
    NoteCipher,
    NotesKeyError,
    key_from_file,
    new_key_text,
    note_context,
)
from investigator_app.intake.settings import Settings, notes_key_from_env

from .conftest import World, op
from .test_retention import everything


def note(body: str, visibility: str = "only_me", note_id: str | None = None) -> dict[str, Any]:
    return {"note_id": note_id or str(uuid.uuid4()), "body": body, "visibility": visibility}


def add(world: World, who: str, case_id: str, body: str, visibility: str) -> str:
    """``who`` adds a note; its id."""
    fields = note(body, visibility)
    [result] = world.operate(who, op(case_id, "add_note", note=fields))
    assert result["status"] == "applied", result
    return str(fields["note_id"])


def bodies(world: World, who: str, case_id: str) -> set[str]:
    return {n["body"] for n in world.case(case_id, who)["notes"]}


def assign(world: World, case_id: str, who: str) -> None:
    case = world.case(case_id, "manager")
    [result] = world.operate("manager", op(case, "assign", assignee_id=world.ids[who]))
    assert result["status"] == "applied", result


def count(world: World, model: Any, *where: Any) -> int:
    with world.service.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_an_edit_keeps_the_earlier_text_with_author_and_times(world: World) -> None:
    case_id = world.forwarded_case()
    note_id = str(uuid.uuid4())
    [added] = world.operate(
        "an", op(case_id, "add_note", note=note("Eerste indruk", "only_me", note_id))
    )
    assert added["status"] == "applied"
    [first] = added["case"]["notes"]  # the answer shows the note at once
    assert (first["body"], first["version"], first["earlier"]) == ("Eerste indruk", 1, [])
    assert first["created_at"] == first["edited_at"]

    edit = note("Tweede lezing: getuige horen", "case_team", note_id)
    [edited] = world.operate("an", op(case_id, "edit_note", note=edit))
    assert edited["status"] == "applied", edited
    [shown] = world.case(case_id, "an")["notes"]
    assert shown["id"] == note_id
    assert shown["author"] == {
        "id": world.ids["an"],
        "display_name": "An Peeters",
        "role": "investigator",
    }
    assert (shown["body"], shown["visibility"], shown["version"]) == (
        "Tweede lezing: getuige horen",
        "case_team",
        2,
    )
    assert shown["created_at"] == first["created_at"] <= shown["edited_at"]
    assert [(e["version"], e["body"], e["visibility"]) for e in shown["earlier"]] == [
        (1, "Eerste indruk", "only_me")
    ]
    assert count(world, CaseNoteVersion, CaseNoteVersion.note_id == note_id) == 2
    # Notes change no timeline: the case's history is still that of 1700.
    assert [e["kind"] for e in world.case(case_id, "an")["events"]] == [
        "registered",
        "forwarded",
    ]


def test_who_reads_which_note(world: World) -> None:
    case_id = world.forwarded_case()
    assign(world, case_id, "jonas")
    add(world, "jonas", case_id, "Enkel voor mij", "only_me")
    add(world, "jonas", case_id, "Voor het team", "case_team")
    add(world, "manager", case_id, "Aandachtspunt van de leiding", "case_team")

    assert bodies(world, "jonas", case_id) == {
        "Enkel voor mij",
        "Voor het team",
        "Aandachtspunt van de leiding",
    }
    assert bodies(world, "manager", case_id) == {"Voor het team", "Aandachtspunt van de leiding"}
    assert bodies(world, "an", case_id) == set()  # a colleague not on the case

    # The team follows the assignee: An reads along now, Jonas keeps his own notes only.
    assign(world, case_id, "an")
    assert bodies(world, "an", case_id) == {"Voor het team", "Aandachtspunt van de leiding"}
    assert bodies(world, "jonas", case_id) == {"Enkel voor mij", "Voor het team"}


def test_an_earlier_only_me_text_stays_the_authors_when_the_note_goes_to_the_team(
    world: World,
) -> None:
    case_id = world.forwarded_case()
    assign(world, case_id, "jonas")
    note_id = add(world, "an", case_id, "Eerste gedachte, enkel voor mij", "only_me")
    for text, visibility in (
        ("Voor het team", "case_team"),
        ("Herzien voor het team", "case_team"),
    ):
        [edited] = world.operate(
            "an", op(case_id, "edit_note", note=note(text, visibility, note_id))
        )
        assert edited["status"] == "applied", edited

    for reader in ("jonas", "manager"):  # the team reads the team's texts only
        [seen] = world.case(case_id, reader)["notes"]
        assert seen["body"] == "Herzien voor het team"
        assert [(v["body"], v["visibility"]) for v in seen["earlier"]] == [
            ("Voor het team", "case_team")
        ]
    [own] = world.case(case_id, "an")["notes"]  # the author reads every version
    assert [v["body"] for v in own["earlier"]] == [
        "Eerste gedachte, enkel voor mij",
        "Voor het team",
    ]


def test_a_resent_note_operation_shows_nothing_once_the_case_left_the_department(
    world: World,
) -> None:
    case_id = world.forwarded_case("ABB")
    adding = op(case_id, "add_note", note=note("Werkhypothese", "only_me"))
    [first] = world.operate("an", adding)
    assert first["case"] is not None
    case = world.case(case_id, "an")
    [returned] = world.operate("an", op(case, "return_to_1700", reason="Niet bevoegd"))
    assert returned["status"] == "applied", returned
    rerouted = world.post("operator", f"/intake/reports/{case_id}/reroute", {"department": "OMG"})
    assert rerouted.status_code == 200, rerouted.text  # re-routed elsewhere
    [again] = world.operate("an", adding)  # the same op, resent after a crash
    assert (again["status"], again["case"]) == ("applied", None)


def test_another_department_cannot_add_edit_or_read_notes(world: World) -> None:
    case_id = world.forwarded_case("ABB")
    note_id = add(world, "an", case_id, "Interne notitie", "case_team")
    unknown = str(uuid.uuid4())
    answers = [
        world.operate("tom", op(target, action, note=note("Poging", "case_team", nid)))[0]
        for target in (case_id, unknown)
        for action, nid in (("add_note", None), ("edit_note", note_id))
    ]
    assert {(a["status"], a["message"], a["case"] is None) for a in answers} == {
        ("rejected", "case not found", True)
    }
    assert case_id not in {c["case_id"] for c in world.changes("tom", limit=1000)["changes"]}
    assert bodies(world, "an", case_id) == {"Interne notitie"}
    assert count(world, CaseNote) == 1


def test_only_the_author_edits_a_note(world: World) -> None:
    case_id = world.forwarded_case()
    other_case = world.forwarded_case()
    assign(world, case_id, "jonas")
    note_id = add(world, "an", case_id, "Van An", "case_team")
    attempts = [
        ("jonas", case_id, note_id),  # someone else's note, which he may read
        ("manager", case_id, note_id),
        ("an", other_case, note_id),  # her note, but named on another case
        ("an", case_id, str(uuid.uuid4())),  # no such note
    ]
    for who, target, nid in attempts:
        [refused] = world.operate(
            who, op(target, "edit_note", note=note("Overschreven", "case_team", nid))
        )
        assert (refused["status"], refused["message"]) == ("rejected", "note not found"), who
    [shown] = world.case(case_id, "an")["notes"]
    assert (shown["body"], shown["version"]) == ("Van An", 1)


def test_a_note_needs_its_fields_and_a_new_id(world: World) -> None:
    case_id = world.forwarded_case()
    bare = world.post("an", "/operations", {"operations": [op(case_id, "add_note")]})
    assert bare.status_code == 422 and "add_note.note: Field required" in bare.text
    note_id = add(world, "an", case_id, "Eerste", "only_me")
    [again] = world.operate("an", op(case_id, "add_note", note=note("Tweede", "only_me", note_id)))
    assert (again["status"], again["message"]) == ("rejected", "this note id is already used")
    stray = op(case_id, "add_note", note=note("Derde", "only_me"), outcome="founded")
    refused = world.post("an", "/operations", {"operations": [stray]})
    assert refused.status_code == 422 and "'add_note' takes no 'outcome'" in refused.text
    assert bodies(world, "an", case_id) == {"Eerste"}


def test_a_resent_note_operation_is_applied_once(world: World) -> None:
    case_id = world.forwarded_case()
    operation = op(case_id, "add_note", note=note("Eenmaal genoteerd", "case_team"))
    first = world.operate("an", operation)
    second = world.operate("an", operation)  # the answer was lost on the way
    assert first[0]["status"] == "applied"
    assert second == first  # the same answer, the note text included
    assert count(world, CaseNoteVersion) == 1
    assert count(world, AuditEvent, AuditEvent.action == "note.add") == 1
    [theirs] = world.operate("jonas", operation)
    assert (theirs["status"], theirs["case"]) == ("rejected", None)


SECRET = "Zeer geheime vaststelling over Ward Verhaegen"
SECRET_EDIT = "Herziene vaststelling: bewijs in de kluis"


def test_no_note_text_in_the_database_the_audit_trail_or_the_logs(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    case_id = world.forwarded_case()
    note_id = add(world, "an", case_id, SECRET, "case_team")
    [edited] = world.operate(
        "an", op(case_id, "edit_note", note=note(SECRET_EDIT, "case_team", note_id))
    )
    assert edited["status"] == "applied"
    shown = world.case(case_id, "manager")["notes"][0]
    assert (shown["body"], shown["earlier"][0]["body"]) == (SECRET_EDIT, SECRET)

    # Every stored column of every table (PostgreSQL and SQLite alike).
    dump = everything(world)
    assert note_id in dump  # the scan sees the note's rows
    for text in (SECRET, SECRET_EDIT, "geheime", "kluis"):
        assert text not in dump
    url = make_url(world.service.settings.database_url)
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        raw = b"".join(
            p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
        )
        assert note_id.encode() in raw
        for text in (SECRET, SECRET_EDIT, "geheime", "kluis"):
            assert text.encode() not in raw and text.encode("utf-16-le") not in raw

    with world.service.database.read() as session:
        trail = session.scalars(
            select(AuditEvent).where(AuditEvent.action.in_(["note.add", "note.edit"]))
        ).all()
    assert [(e.action, e.detail["version"], e.detail["visibility"]) for e in trail] == [
        ("note.add", 1, "case_team"),
        ("note.edit", 2, "case_team"),
    ]
    assert all(e.detail["note_id"] == note_id and e.reason is None for e in trail)
    assert all("geheime" not in str(e.detail) and "kluis" not in str(e.detail) for e in trail)

    assert "note.add" in caplog.text and "note.edit" in caplog.text  # the capture works
    assert "geheime" not in caplog.text and "kluis" not in caplog.text


def test_1700_never_sees_a_note(world: World) -> None:
    case_id = world.forwarded_case()
    add(world, "an", case_id, SECRET, "case_team")
    listing = world.get("operator", "/intake/reports", params={"limit": 1000})
    assert listing.status_code == 200 and case_id in listing.text
    answers = [
        listing,
        world.get("operator", "/intake/reports", params={"department": "ABB"}),
        world.get("operator", "/intake/phone-requests"),
        world.get("operator", "/changes"),
        world.post("operator", "/operations", {"operations": [op(case_id, "add_note")]}),
        world.get("operator", f"/cases/{case_id}/audit"),
    ]
    assert [a.status_code for a in answers[3:]] == [403, 403, 403]
    assert all("geheime" not in answer.text for answer in answers)


def test_the_notes_key_comes_from_the_configuration(tmp_path: Path) -> None:
    text = new_key_text()
    key = notes_key_from_env({"INTAKE_NOTES_KEY": text})
    assert key is not None and len(key) == 32
    keyfile = tmp_path / "notes.key"
    keyfile.write_text(text + "\n")
    assert notes_key_from_env({"INTAKE_NOTES_KEY_FILE": str(keyfile)}) == key
    assert notes_key_from_env({}) is None
    with pytest.raises(NotesKeyError, match=r"base64|32 bytes") as refused:
        notes_key_from_env({"INTAKE_NOTES_KEY": "te-kort"})
    assert "te-kort" not in str(refused.value)
    with pytest.raises(NotesKeyError, match="cannot read"):
        notes_key_from_env({"INTAKE_NOTES_KEY_FILE": str(tmp_path / "missing.key")})
    with pytest.raises(NotesKeyError, match="no notes key"):
        create_app(Settings(database_url="sqlite://"))

    # The demo keeps its key in a file of its own beside the database: the same key later.
    beside = tmp_path / "demo.key"
    assert key_from_file(beside) == key_from_file(beside)
    assert stat.S_IMODE(os.stat(beside).st_mode) == 0o600


def test_a_sealed_note_opens_only_in_its_own_place() -> None:
    cipher = NoteCipher.from_text(new_key_text())
    sealed = cipher.seal(SECRET, note_context("note-a", 1))
    assert SECRET.encode() not in sealed and sealed[:1] == b"\x01"
    assert cipher.open(sealed, note_context("note-a", 1)) == SECRET
    for elsewhere in (note_context("note-a", 2), note_context("note-b", 1)):
        with pytest.raises(NotesKeyError):
            cipher.open(sealed, elsewhere)  # a row copied over another does not open
    with pytest.raises(NotesKeyError, match="configured notes key"):
        NoteCipher.from_text(new_key_text()).open(sealed, note_context("note-a", 1))


def test_serve_refuses_to_start_without_a_key(
    empty_sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTAKE_NOTES_KEY", raising=False)
    monkeypatch.delenv("INTAKE_NOTES_KEY_FILE", raising=False)
    assert main(["--database-url", empty_sqlite_url, "serve"]) == 1
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert err.startswith("error: no notes key") and "keys new-notes-key" in err

    assert main(["keys", "new-notes-key"]) == 0
    out, err = capsys.readouterr()
    key = out.strip()
    assert NoteCipher.from_text(key) is not None and "\n" not in key
    assert "INTAKE_NOTES_KEY" in err and key not in err


def test_a_wrong_key_is_a_clear_error_not_garbage(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    case_id = world.forwarded_case()
    add(world, "an", case_id, SECRET, "only_me")
    service = world.service
    service.stop()
    service.settings = dataclasses.replace(service.settings, notes_key=os.urandom(32))
    service.start()
    caplog.set_level(logging.ERROR, logger="investigator_app")

    response = world.get("an", "/changes")
    assert response.status_code == 500
    detail = response.json()["detail"]
    assert detail["code"] == "internal_error" and "notes key" in detail["message"]
    assert "does not open with the configured notes key" in caplog.text
    assert "geheime" not in caplog.text and "geheime" not in response.text
    # Writing fails just as clearly, and nothing half-happens.
    operation = op(case_id, "add_note", note=note("Nieuw", "only_me"))
    written = world.post("an", "/operations", {"operations": [operation]})
    assert written.status_code == 500
    assert written.json()["detail"]["code"] == "internal_error"
    assert count(world, CaseNote) == 1
