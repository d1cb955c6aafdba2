"""Evidence pieces on the service: added once their bytes are uploaded, replaced with the
old version kept, withdrawn with a reason, handled (opened, exported, printed) on the chain
of custody, cited by findings, downloaded streaming with resumption; the case's audit trail
names them by number, version and sha256, never by title or source. Real service on
SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

from investigator_app.intake.models import AuditEvent

from .conftest import World
from .evidencing import file_in, piece_in, sha, upload
from .investigating import applied, handled, investigation, refused

TITLE = "Geheime titel van het stuk"
SOURCE = "Geheime bron: de buurman van Ward"
REASON = "Geheime reden: het verkeerde bestand"


def added(
    world: World, case_id: str, data: bytes, who: str = "jonas", **fields: Any
) -> dict[str, Any]:
    """A piece with ``data`` added to the case by ``who`` (uploaded first); the piece."""
    upload(world, who, case_id, data)
    body = piece_in(data, **fields)
    case = applied(world, who, case_id, "add_piece", piece=body)
    [piece] = [p for p in case["investigation"]["pieces"] if p["id"] == body["piece_id"]]
    return dict(piece)


def test_a_piece_is_added_replaced_and_withdrawn_and_its_chain_of_custody_kept(
    world: World,
) -> None:
    case_id = handled(world)
    first, second = os.urandom(5000), os.urandom(7000)
    piece = added(world, case_id, first, title=TITLE, source=SOURCE)
    assert (piece["number"], piece["version"], piece["added_by"]) == (1, 1, "Jonas Maes")
    assert piece["facts"]["title"] == TITLE
    assert piece["file"] == {
        "sha256": sha(first),
        "size": 5000,
        "name": "verslag.pdf",
        "media_type": "application/pdf",
    }
    [entry] = piece["custody"]
    assert (entry["kind"], entry["by"], entry["version"], entry["sha256"], entry["detail"]) == (
        "added",
        "Jonas Maes",
        1,
        sha(first),
        SOURCE,
    )
    upload(world, "manager", case_id, second)
    case = applied(
        world,
        "manager",
        case_id,
        "replace_piece",
        piece_id=piece["id"],
        file=file_in(second, "verslag-v2.pdf"),
        reason=REASON,
    )
    [piece] = case["investigation"]["pieces"]
    assert (piece["version"], piece["file"]["sha256"]) == (2, sha(second))
    assert [(v["version"], v["file"]["sha256"], v["by"]) for v in piece["earlier"]] == [
        (1, sha(first), "Jonas Maes")
    ]
    case = applied(
        world, "jonas", case_id, "withdraw_piece", piece_id=piece["id"], reason="Niet relevant"
    )
    [piece] = case["investigation"]["pieces"]
    assert piece["withdrawn"]["reason"] == "Niet relevant"
    assert piece["withdrawn"]["by"] == "Jonas Maes"
    assert [(e["kind"], e["version"], e["by"]) for e in piece["custody"]] == [
        ("added", 1, "Jonas Maes"),
        ("replaced", 2, "Els Wouters"),
        ("withdrawn", 2, "Jonas Maes"),
    ]
    # Still on the case, with both versions downloadable.
    for version, data in ((1, first), (2, second)):
        got = world.get("jonas", f"/cases/{case_id}/pieces/{piece['id']}/content?version={version}")
        assert (got.status_code, got.content) == (200, data)
    assert "this piece was withdrawn" in refused(
        world, "jonas", case_id, "withdraw_piece", piece_id=piece["id"], reason="Nog eens"
    )


def test_a_piece_needs_its_file_uploaded_by_the_department_for_this_case(world: World) -> None:
    case_id, other_case = handled(world), handled(world)
    omg_case = handled(world, department="OMG")
    data = os.urandom(3000)
    expected = "the file of this piece was not uploaded completely"
    assert refused(world, "jonas", case_id, "add_piece", piece=piece_in(data)) == expected
    upload(world, "jonas", other_case, data)  # for another case
    upload(world, "tom", omg_case, data)  # by another department
    assert refused(world, "jonas", case_id, "add_piece", piece=piece_in(data)) == expected
    half = os.urandom(3000)
    upload_id = str(uuid.uuid4())
    world.http.put(
        f"/uploads/{upload_id}",
        json={"case_id": case_id, "sha256": sha(half), "size": 3000, "name": "x.pdf"},
        headers=world.auth("jonas"),
    )
    assert refused(world, "jonas", case_id, "add_piece", piece=piece_in(half)) == expected
    wrong_size = dict(piece_in(data), file=dict(file_in(data), size=2999))
    upload(world, "jonas", case_id, data)
    assert refused(world, "jonas", case_id, "add_piece", piece=wrong_size) == expected
    # Uploaded by a colleague of the department for this case: fine.
    assert added(world, case_id, data, who="jonas")["number"] == 1


def test_only_the_case_team_adds_but_every_member_who_sees_the_case_records_custody(
    world: World,
) -> None:
    case_id = handled(world)
    data = os.urandom(2000)
    upload(world, "an", case_id, data)  # An is not the assignee
    team_only = "only the case team (the assignee and the department's managers) may do this"
    assert refused(world, "an", case_id, "add_piece", piece=piece_in(data)) == team_only
    piece = added(world, case_id, data)
    copy_id = str(uuid.uuid4())
    applied(world, "an", case_id, "record_custody", piece_id=piece["id"], kind="opened", version=1)
    applied(
        world,
        "an",
        case_id,
        "record_custody",
        piece_id=piece["id"],
        kind="exported",
        version=1,
        copy_id=copy_id,
    )
    [shown] = investigation(world, case_id)["pieces"]
    assert [(e["kind"], e["by"], e["detail"]) for e in shown["custody"]] == [
        ("added", "Jonas Maes", shown["facts"]["source"]),
        ("opened", "An Peeters", ""),
        ("exported", "An Peeters", copy_id),
    ]
    assert "names its copy" in refused(
        world,
        "an",
        case_id,
        "record_custody",
        piece_id=piece["id"],
        kind="printed",
        version=1,
    )
    assert "no such version" in refused(
        world, "an", case_id, "record_custody", piece_id=piece["id"], kind="opened", version=2
    )
    assert "no such piece" in refused(
        world, "an", case_id, "record_custody", piece_id=str(uuid.uuid4()), kind="opened", version=1
    )
    # The audit trail: ids, numbers, versions and hashes; never the title or the source.
    trail = world.get("an", f"/cases/{case_id}/audit").json()["entries"]
    evidence = [e for e in trail if "piece" in e["action"] or "custody" in e["action"]]
    assert [(e["action"], e["detail"].get("kind")) for e in evidence] == [
        ("case.add_piece", None),
        ("case.record_custody", "opened"),
        ("case.record_custody", "exported"),
    ]
    assert evidence[2]["detail"]["copy_id"] == copy_id
    assert evidence[0]["detail"]["sha256"] == sha(data)
    assert evidence[0]["detail"]["piece_number"] == 1
    with world.service.database.read() as session:
        events = json.dumps(
            [(e.detail, e.reason) for e in session.query(AuditEvent).all()], ensure_ascii=False
        )
    assert shown["facts"]["title"] not in events and shown["facts"]["source"] not in events


def test_a_finding_cites_a_piece_of_the_case_and_of_no_other(world: World) -> None:
    case_id = handled(world)
    omg_case = handled(world, department="OMG")
    charge: dict[str, Any] = {
        "allegation_id": str(uuid.uuid4()),
        "text": "Vroeg geld",
        "persons": [],
        "category": "bribery",
        "period_start": None,
        "period_end": None,
    }
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    piece = added(world, case_id, os.urandom(1000))
    data = os.urandom(1000)
    upload(world, "tom", omg_case, data)
    omg_piece = piece_in(data)
    applied(world, "tom", omg_case, "add_piece", piece=omg_piece)

    def finding(ref: str) -> dict[str, Any]:
        return {
            "conclusion": "unfounded",
            "motivation": "Zie het stuk.",
            "sources": [{"kind": "piece", "ref": ref, "message_id": None}],
            "follow_up": None,
            "follow_up_text": "",
        }

    not_on_case = "a piece the finding cites is not on this case"
    for ref in (omg_piece["piece_id"], str(uuid.uuid4())):
        assert (
            refused(
                world,
                "jonas",
                case_id,
                "record_finding",
                allegation_id=charge["allegation_id"],
                finding=finding(ref),
            )
            == not_on_case
        )
    case = applied(
        world,
        "jonas",
        case_id,
        "record_finding",
        allegation_id=charge["allegation_id"],
        finding=finding(piece["id"]),
    )
    [allegation] = case["investigation"]["allegations"]
    assert allegation["finding"]["facts"]["sources"] == [
        {"kind": "piece", "ref": piece["id"], "message_id": None}
    ]


def test_a_download_streams_a_version_and_resumes_from_a_range(world: World) -> None:
    case_id = handled(world)
    data = os.urandom(9 * 1024 * 1024 + 123)  # three chunks of the client's 4 MiB
    piece = added(world, case_id, data)
    path = f"/cases/{case_id}/pieces/{piece['id']}/content"
    whole = world.get("jonas", path)
    assert whole.status_code == 200
    assert whole.headers["X-Content-SHA256"] == sha(data)
    assert whole.headers["Content-Length"] == str(len(data))
    assert whole.content == data
    for first in (0, 1, 4 * 1024 * 1024, 4 * 1024 * 1024 + 5, len(data) - 1):
        part = world.http.get(path, headers={**world.auth("jonas"), "Range": f"bytes={first}-"})
        assert part.status_code == 206
        assert part.headers["Content-Range"] == f"bytes {first}-{len(data) - 1}/{len(data)}"
        assert part.content == data[first:]
    past = world.http.get(path, headers={**world.auth("jonas"), "Range": f"bytes={len(data)}-"})
    assert (past.status_code, past.headers["Content-Range"]) == (416, f"bytes */{len(data)}")
    listed = world.get("jonas", f"/cases/{case_id}/pieces").json()["pieces"]
    assert listed == investigation(world, case_id)["pieces"]
    for missing in (f"{path}?version=2", f"/cases/{case_id}/pieces/{uuid.uuid4()}/content"):
        assert world.get("jonas", missing).status_code == 404


HOSTILE_NAMES = [
    "../../etc/passwd",
    "..\\..\\Windows\\System32\\config\\SAM",
    "CON.txt",
    "nul",
    "factuur\u202efdp.exe",  # shows as "factuurexe.pdf"
    "a" * 296 + ".pdf",  # 300 characters
    "naam met\nregeleinde\tén tab.pdf",
]


def test_hostile_file_names_are_kept_literally_and_never_used_as_a_path(world: World) -> None:
    case_id = handled(world)
    for name in HOSTILE_NAMES:
        data = os.urandom(700)
        upload(world, "jonas", case_id, data, name=name)
        body = piece_in(data, name=name)
        case = applied(world, "jonas", case_id, "add_piece", piece=body)
        [piece] = [p for p in case["investigation"]["pieces"] if p["id"] == body["piece_id"]]
        assert piece["file"]["name"] == name  # literally, for the desktop to show safely
        got = world.get("jonas", f"/cases/{case_id}/pieces/{piece['id']}/content")
        assert got.content == data
        disposition = got.headers["Content-Disposition"]
        assert disposition.startswith("attachment; filename*=UTF-8''")
        assert not any(c in disposition for c in "/\\\n\t\u202e")  # all percent-encoded
    # A NUL is refused at the wire, in the upload and in the operation alike.
    data = os.urandom(10)
    bad = world.http.put(
        f"/uploads/{uuid.uuid4()}",
        json={"case_id": case_id, "sha256": sha(data), "size": 10, "name": "a\x00b.pdf"},
        headers=world.auth("jonas"),
    )
    assert (bad.status_code, bad.json()["detail"]["code"]) == (422, "invalid_request")
