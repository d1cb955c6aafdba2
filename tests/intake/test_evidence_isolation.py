"""Issue 12, test 3 (the service's part): another department cannot list, download or cite
a piece, nor reach an upload: 404 (or "not found" words) exactly like an unknown id; its
feed never carries a piece or a record; a member who recused is another department; 1700's
API never shows them. Real service on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

from .conftest import World, op
from .evidencing import file_in, interview_in, piece_in, send_chunk, start, upload
from .investigating import act, applied, handled, refused

TITLE = "Geheim stuk: rekeninguittreksel van Ward"
STATEMENT = "Geheime verklaring over de enveloppe"
FILE_NAME = "geheim-uittreksel.pdf"


def abb_evidence(world: World) -> tuple[str, dict[str, Any], dict[str, Any], str]:
    """An ABB case with a piece, an interview record and a finding citing the piece:
    (case id, piece, record, upload id)."""
    case_id = handled(world)
    data = os.urandom(20_000)
    upload_id = upload(world, "jonas", case_id, data, name=FILE_NAME)
    piece = piece_in(data, title=TITLE, name=FILE_NAME)
    applied(world, "jonas", case_id, "add_piece", piece=piece)
    record = interview_in(answer=STATEMENT)
    applied(world, "jonas", case_id, "add_interview", interview=record)
    charge: dict[str, Any] = {
        "allegation_id": str(uuid.uuid4()),
        "text": "Vroeg geld",
        "persons": [],
        "category": "bribery",
        "period_start": None,
        "period_end": None,
    }
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    source = {"kind": "piece", "ref": piece["piece_id"], "message_id": None}
    finding = {
        "conclusion": "unfounded",
        "motivation": "Zie het stuk.",
        "sources": [source],
        "follow_up": None,
        "follow_up_text": "",
    }
    applied(
        world,
        "jonas",
        case_id,
        "record_finding",
        allegation_id=charge["allegation_id"],
        finding=finding,
    )
    return case_id, piece, record, upload_id


def answer(response: Any) -> tuple[int, Any]:
    return response.status_code, response.json()


def test_another_department_gets_404_like_unknown_for_listing_downloading_and_uploads(
    world: World,
) -> None:
    case_id, piece, _record, upload_id = abb_evidence(world)
    piece_id = piece["piece_id"]
    unknown_case, unknown_piece = str(uuid.uuid4()), str(uuid.uuid4())
    own = handled(world, department="OMG")
    who = "tom"
    listing = world.get(who, f"/cases/{case_id}/pieces")
    assert answer(listing) == answer(world.get(who, f"/cases/{unknown_case}/pieces"))
    assert listing.status_code == 404
    download = world.get(who, f"/cases/{case_id}/pieces/{piece_id}/content")
    assert download.status_code == 404
    assert answer(download) == answer(
        world.get(who, f"/cases/{unknown_case}/pieces/{unknown_piece}/content")
    )
    # Nor through his own case: ABB's piece id is unknown there.
    through_own = world.get(who, f"/cases/{own}/pieces/{piece_id}/content")
    assert answer(through_own) == answer(
        world.get(who, f"/cases/{own}/pieces/{unknown_piece}/content")
    )
    assert world.get(who, f"/cases/{own}/pieces").json() == {"pieces": []}
    # ABB's upload id: as an unknown one, also to resume or to restart it.
    unknown_upload = str(uuid.uuid4())
    assert answer(world.get(who, f"/uploads/{upload_id}")) == answer(
        world.get(who, f"/uploads/{unknown_upload}")
    )
    assert send_chunk(world, who, upload_id, 0, b"x").status_code == 404
    assert start(world, who, own, b"x", upload_id=upload_id).status_code == 404
    # ABB itself gets it all.
    assert world.get("an", f"/cases/{case_id}/pieces").json()["pieces"][0]["id"] == piece_id
    assert world.get("an", f"/cases/{case_id}/pieces/{piece_id}/content").status_code == 200


def test_another_department_cannot_cite_handle_or_sign_with_a_piece_not_its_own(
    world: World,
) -> None:
    case_id, piece, record, _upload_id = abb_evidence(world)
    piece_id = piece["piece_id"]
    own = handled(world, department="OMG")
    charge: dict[str, Any] = {
        "allegation_id": str(uuid.uuid4()),
        "text": "Eigen tenlastelegging",
        "persons": [],
        "category": "bribery",
        "period_start": None,
        "period_end": None,
    }
    applied(world, "tom", own, "add_allegation", allegation=charge)
    applied(world, "tom", own, "add_interview", interview=interview_in())

    def citing(ref: str) -> dict[str, Any]:
        return {
            "conclusion": "unfounded",
            "motivation": "Zie het stuk.",
            "sources": [{"kind": "piece", "ref": ref, "message_id": None}],
            "follow_up": None,
            "follow_up_text": "",
        }

    ref_a, ref_b = piece_id, str(uuid.uuid4())  # theirs, and a guess
    attempts: list[tuple[str, dict[str, Any]]] = [
        ("record_finding", {"allegation_id": charge["allegation_id"], "finding": citing(ref_a)}),
        ("record_custody", {"piece_id": ref_a, "kind": "opened", "version": 1}),
        ("withdraw_piece", {"piece_id": ref_a, "reason": "Weg"}),
    ]
    guesses: list[tuple[str, dict[str, Any]]] = [
        ("record_finding", {"allegation_id": charge["allegation_id"], "finding": citing(ref_b)}),
        ("record_custody", {"piece_id": ref_b, "kind": "opened", "version": 1}),
        ("withdraw_piece", {"piece_id": ref_b, "reason": "Weg"}),
    ]
    for (action, fields), (_, guessed) in zip(attempts, guesses, strict=True):
        said = refused(world, "tom", own, action, watcher="tom", **fields)
        assert said == refused(world, "tom", own, action, watcher="tom", **guessed), action
    # Adding ABB's piece id as his own: taken, the words for his own.
    data = os.urandom(500)
    upload(world, "tom", own, data)
    taken = dict(piece_in(data), piece_id=piece_id)
    assert refused(world, "tom", own, "add_piece", watcher="tom", piece=taken) == (
        "this piece exists already"
    )
    # Operations on ABB's case itself: the case is not found, as an unknown one.
    every = [
        ("add_piece", {"piece": piece_in(data)}),
        ("replace_piece", {"piece_id": piece_id, "file": file_in(data), "reason": "x"}),
        ("withdraw_piece", {"piece_id": piece_id, "reason": "x"}),
        ("record_custody", {"piece_id": piece_id, "kind": "opened", "version": 1}),
        ("add_interview", {"interview": interview_in()}),
        ("edit_interview", {"interview": dict(record, remarks="Overschreven")}),
        ("sign_interview", {"interview_id": record["interview_id"], "piece_id": piece_id}),
        ("correct_interview", {"interview": record, "reason": "x"}),
    ]
    answers = world.operate("tom", *(op(case_id, a, **f) for a, f in every))
    answers += world.operate("tom", *(op(str(uuid.uuid4()), a, **f) for a, f in every))
    for result in answers:
        assert (result["status"], result["message"], result["case"]) == (
            "rejected",
            "case not found",
            None,
        )
    # OMG's feed never carries ABB's pieces or records; ABB's does.
    omg_feed = json.dumps(world.changes("tom", limit=1000), ensure_ascii=False)
    for secret in (TITLE, STATEMENT, FILE_NAME, piece_id):
        assert secret not in omg_feed
    abb_feed = json.dumps(world.changes("an", limit=1000), ensure_ascii=False)
    assert TITLE in abb_feed and STATEMENT in abb_feed and FILE_NAME in abb_feed


def test_a_member_who_recused_is_another_department_for_the_pieces(world: World) -> None:
    case_id, piece, _record, _upload_id = abb_evidence(world)
    assert act(world, "an", case_id, "recuse")["status"] == "applied"
    assert world.get("an", f"/cases/{case_id}/pieces").status_code == 404
    content = world.get("an", f"/cases/{case_id}/pieces/{piece['piece_id']}/content")
    assert content.status_code == 404
    assert start(world, "an", case_id, b"x").status_code == 404
    [result] = world.operate(
        "an",
        op(case_id, "record_custody", piece_id=piece["piece_id"], kind="opened", version=1),
    )
    assert (result["status"], result["message"]) == ("rejected", "case not found")


def test_1700_never_sees_pieces_or_interview_records(world: World) -> None:
    case_id, piece, _record, upload_id = abb_evidence(world)
    seen = [
        world.get("operator", "/intake/reports", params={"limit": 100}),
        world.get("operator", "/intake/phone-requests"),
        world.get("operator", f"/intake/reports/{case_id}/related"),
    ]
    for response in seen:
        text = response.text
        for secret in (TITLE, STATEMENT, FILE_NAME, piece["piece_id"]):
            assert secret not in text
    # The evidence endpoints are for departments only.
    for path in (
        f"/cases/{case_id}/pieces",
        f"/cases/{case_id}/pieces/{piece['piece_id']}/content",
        f"/uploads/{upload_id}",
    ):
        refusal = world.get("operator", path)
        assert (refusal.status_code, refusal.json()["detail"]["code"]) == (403, "forbidden_role")
    assert start(world, "operator", case_id, b"x").status_code == 403
    # Nor once the case is back at the desk.
    act(world, "jonas", case_id, "return_to_1700", reason="Niet bevoegd")
    listed = world.get("operator", "/intake/reports", params={"limit": 100})
    assert TITLE not in listed.text and STATEMENT not in listed.text
    # And the department that returned it lost it too.
    assert world.get("jonas", f"/cases/{case_id}/pieces").status_code == 404
