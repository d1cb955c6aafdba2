"""The retention purge of evidence and interview records: every word goes (titles,
sources, file names, reasons, the records' texts and earlier versions), the bytes go once
no kept case uses them, the uploads go; numbers, sizes, sha256 and the chain of custody's
kinds stay. Real service on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from datetime import timedelta

from sqlalchemy import select, update

from investigator_app.intake import retention
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import utcnow
from investigator_app.intake.models import (
    Blob,
    BlobChunk,
    Case,
    ChunkData,
    CustodyRow,
    InterviewRow,
    InterviewVersionRow,
    PieceFileVersion,
    PieceRow,
    Upload,
    UploadChunk,
)
from tests.intake.test_nul_characters import database_contents

from .conftest import World
from .evidencing import file_in, interview_in, piece_in, send_chunk, sha, start, upload
from .investigating import applied, count, handled, seen

SECRETS = {
    "title": "Geheime titel van het bankuittreksel",
    "source": "Geheime bron: een klokkenluider",
    "name": "geheim-bankuittreksel.pdf",
    "reason": "Geheime reden van de nieuwe versie",
    "withdrawn": "Geheime reden van intrekking",
    "person": "Geheime gehoorde persoon",
    "answer": "Geheim antwoord over de enveloppe",
    "correction": "Geheime reden van de verbetering",
}


def test_the_purge_blanks_the_evidence_and_deletes_the_bytes_no_kept_case_uses(
    world: World,
) -> None:
    old, kept, kept_too = handled(world), handled(world), handled(world)
    first, second, signed, shared = (os.urandom(9000) for _ in range(4))
    # The old case: a piece in two versions (withdrawn), a signed and corrected record.
    upload(world, "jonas", old, first, name=SECRETS["name"])
    piece = piece_in(first, title=SECRETS["title"], source=SECRETS["source"], name=SECRETS["name"])
    applied(world, "jonas", old, "add_piece", piece=piece)
    upload(world, "jonas", old, second)
    applied(
        world, "jonas", old, "replace_piece",
        piece_id=piece["piece_id"], file=file_in(second, SECRETS["name"]), reason=SECRETS["reason"],
    )  # fmt: skip
    copy_id = str(uuid.uuid4())
    applied(
        world, "an", old, "record_custody",
        piece_id=piece["piece_id"], kind="exported", version=2, copy_id=copy_id,
    )  # fmt: skip
    applied(
        world,
        "jonas",
        old,
        "withdraw_piece",
        piece_id=piece["piece_id"],
        reason=SECRETS["withdrawn"],
    )
    upload(world, "jonas", old, signed)
    scan = piece_in(signed, type_="interview_record")
    applied(world, "jonas", old, "add_piece", piece=scan)
    record = interview_in(person=SECRETS["person"], answer=SECRETS["answer"])
    applied(world, "jonas", old, "add_interview", interview=record)
    applied(
        world, "jonas", old, "sign_interview",
        interview_id=record["interview_id"], piece_id=scan["piece_id"],
    )  # fmt: skip
    applied(
        world, "jonas", old, "correct_interview",
        interview=dict(record, remarks="Nog iets"), reason=SECRETS["correction"],
    )  # fmt: skip
    # An upload of the old case that never finished.
    unfinished = str(uuid.uuid4())
    start(world, "jonas", old, shared, upload_id=unfinished)
    send_chunk(world, "jonas", unfinished, 0, shared[:1000])
    # Kept cases use the second version's bytes (a piece) and the first's (an upload).
    upload(world, "jonas", kept, second)
    applied(world, "jonas", kept, "add_piece", piece=piece_in(second))
    upload(world, "jonas", kept_too, first)

    with world.service.session() as session:
        session.execute(
            update(Case)
            .where(Case.id == old)
            .values(status="closed", outcome="unfounded", closed_at=utcnow() - timedelta(days=2200))
        )
    result = retention.purge(world.service.database, cli_actor(), utcnow(), 5)
    assert [c.id for c in result.purged] == [old]

    contents = repr(database_contents(world.service))
    assert [key for key, secret in SECRETS.items() if secret in contents] == []
    # The bytes only the old case used are gone, with their chunks; the others stay.
    with world.service.database.read() as session:
        blobs = set(session.scalars(select(Blob.sha256)))
        chunked = set(session.scalars(select(BlobChunk.sha256)))
        assert sha(signed) not in blobs and sha(signed) not in chunked
        assert {sha(first), sha(second)} <= blobs and {sha(first), sha(second)} <= chunked
        assert session.scalars(select(Upload.id).where(Upload.case_id == old)).all() == []
        # What was done with what stays: numbers, versions, hashes, custody kinds, copy id.
        pieces = session.scalars(
            select(PieceRow).where(PieceRow.case_id == old).order_by(PieceRow.number)
        ).all()
        assert [(p.number, p.version, p.title, p.withdrawn_at is not None) for p in pieces] == [
            (1, 2, "", True),
            (2, 1, "", False),
        ]
        versions = session.scalars(
            select(PieceFileVersion.sha256).where(PieceFileVersion.piece_id == piece["piece_id"])
        ).all()
        assert sorted(versions) == sorted([sha(first), sha(second)])
        custody = session.execute(
            select(CustodyRow.kind, CustodyRow.detail)
            .where(CustodyRow.piece_id == piece["piece_id"])
            .order_by(CustodyRow.id)
        ).all()
        assert [(k.value, d) for k, d in custody] == [
            ("added", ""),
            ("replaced", ""),
            ("exported", copy_id),
            ("withdrawn", ""),
        ]
        [kept_record] = session.scalars(select(InterviewRow).where(InterviewRow.case_id == old))
        assert (kept_record.version, kept_record.facts["capacity"]) == (2, "person_concerned")
    assert count(world, InterviewVersionRow) == 0
    assert count(world, UploadChunk) == 0
    # Gone from the department's feed; the kept cases keep their pieces and bytes.
    assert seen(world, "an", old) is None
    [kept_piece] = world.case(kept)["investigation"]["pieces"]
    content = world.get("jonas", f"/cases/{kept}/pieces/{kept_piece['id']}/content")
    assert content.content == second


def test_an_upload_that_never_finished_goes_after_a_month_and_a_recent_one_stays(
    world: World,
) -> None:
    case_id = handled(world)
    data = os.urandom(5000)
    old, recent = str(uuid.uuid4()), str(uuid.uuid4())
    for upload_id in (old, recent):
        start(world, "jonas", case_id, data, upload_id=upload_id)
        send_chunk(world, "jonas", upload_id, 0, data[:2000])
    with world.service.session() as session:
        session.execute(
            update(Upload).where(Upload.id == old).values(updated_at=utcnow() - timedelta(days=31))
        )
    retention.purge(world.service.database, cli_actor(), utcnow(), 5)
    assert world.get("jonas", f"/uploads/{old}").status_code == 404
    assert world.get("jonas", f"/uploads/{recent}").json()["received"] == 2000
    assert count(world, UploadChunk) == 1
    assert count(world, ChunkData) == 1
