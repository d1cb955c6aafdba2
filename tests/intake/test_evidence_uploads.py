"""Uploading evidence bytes: resumable from what the service says it received, each chunk
checked against its own sha256, the whole file against its sha256, the department's limit
refused before a byte is sent, stored once by content address, and nobody else's upload
reachable. Real service on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import utcnow
from investigator_app.intake.department_settings import set_interview_notice, set_max_piece_mb
from investigator_app.intake.models import Blob, BlobChunk, ChunkData, UploadChunk

from .conftest import World
from .evidencing import send_chunk, sha, start, upload
from .investigating import count, handled

KB = 1024


def test_an_interrupted_upload_resumes_from_what_the_service_received(world: World) -> None:
    case_id = handled(world)
    data = os.urandom(300 * KB)
    upload_id = str(uuid.uuid4())
    assert start(world, "jonas", case_id, data, upload_id=upload_id).status_code == 200
    first = send_chunk(world, "jonas", upload_id, 0, data[: 128 * KB])
    assert first.json() == {
        "upload_id": upload_id,
        "sha256": sha(data),
        "size": len(data),
        "received": 128 * KB,
        "complete": False,
    }
    # The client was killed here; it starts again from the state the service keeps.
    state = world.get("jonas", f"/uploads/{upload_id}").json()
    assert (state["received"], state["complete"]) == (128 * KB, False)
    again = start(world, "jonas", case_id, data, upload_id=upload_id)  # PUT is idempotent
    assert again.json() == state
    rest = send_chunk(world, "jonas", upload_id, 128 * KB, data[128 * KB :])
    assert rest.status_code == 200
    assert (rest.json()["received"], rest.json()["complete"]) == (len(data), True)
    # Kept once, by content address, in chunks; the upload's own chunks are gone.
    with world.service.database.read() as session:
        blob = session.get_one(Blob, sha(data))
        assert (blob.size, blob.chunked, blob.data) == (len(data), True, b"")
        parts = session.scalars(
            select(ChunkData.data)
            .join(BlobChunk, BlobChunk.data_id == ChunkData.id)
            .where(BlobChunk.sha256 == sha(data))
            .order_by(BlobChunk.start)
        ).all()
        assert b"".join(parts) == data
    assert count(world, UploadChunk) == 0
    assert count(world, ChunkData) == len(parts)  # the bytes moved, not copied


def test_a_chunk_at_the_wrong_offset_is_answered_with_the_state_to_resume_from(
    world: World,
) -> None:
    case_id = handled(world)
    data = os.urandom(100 * KB)
    upload_id = str(uuid.uuid4())
    start(world, "jonas", case_id, data, upload_id=upload_id)
    send_chunk(world, "jonas", upload_id, 0, data[: 40 * KB])
    for offset in (0, 20 * KB, 80 * KB):  # a resend of the first, a gap, ahead
        wrong = send_chunk(world, "jonas", upload_id, offset, data[offset : offset + 10 * KB])
        assert wrong.status_code == 409
        assert wrong.json()["received"] == 40 * KB  # the body is the state itself
        assert wrong.json()["complete"] is False
    done = send_chunk(world, "jonas", upload_id, 40 * KB, data[40 * KB :])
    assert done.json()["complete"] is True
    late = send_chunk(world, "jonas", upload_id, 40 * KB, data[40 * KB :])  # a lost answer
    assert (late.status_code, late.json()["complete"]) == (409, True)


def test_a_corrupted_chunk_is_refused_and_nothing_of_it_kept(world: World) -> None:
    case_id = handled(world)
    data = os.urandom(64 * KB)
    upload_id = str(uuid.uuid4())
    start(world, "jonas", case_id, data, upload_id=upload_id)
    damaged = bytearray(data[: 32 * KB])
    damaged[100] ^= 0xFF
    refused = send_chunk(world, "jonas", upload_id, 0, bytes(damaged), claimed=sha(data[: 32 * KB]))
    assert refused.status_code == 422
    assert refused.json()["detail"]["code"] == "chunk_corrupted"
    assert world.get("jonas", f"/uploads/{upload_id}").json()["received"] == 0
    assert count(world, UploadChunk) == 0
    empty = send_chunk(world, "jonas", upload_id, 0, b"")
    assert (empty.status_code, empty.json()["detail"]["code"]) == (422, "invalid_request")
    past = send_chunk(world, "jonas", upload_id, 0, data + b"x")
    assert (past.status_code, past.json()["detail"]["code"]) == (422, "invalid_request")


def test_a_file_that_does_not_match_its_sha256_starts_over(world: World) -> None:
    case_id = handled(world)
    data = os.urandom(50 * KB)
    other = os.urandom(50 * KB)
    upload_id = str(uuid.uuid4())
    start(world, "jonas", case_id, data, upload_id=upload_id)
    send_chunk(world, "jonas", upload_id, 0, other[: 25 * KB])
    mismatch = send_chunk(world, "jonas", upload_id, 25 * KB, other[25 * KB :])
    assert mismatch.status_code == 422
    assert mismatch.json()["detail"]["code"] == "sha256_mismatch"
    state = world.get("jonas", f"/uploads/{upload_id}").json()
    assert (state["received"], state["complete"]) == (0, False)
    assert count(world, Blob, Blob.sha256.in_([sha(data), sha(other)])) == 0
    assert count(world, UploadChunk) == 0
    assert send_chunk(world, "jonas", upload_id, 0, data).json()["complete"] is True


def test_a_file_over_the_departments_limit_is_refused_with_the_limit(world: World) -> None:
    case_id = handled(world)
    me = world.get("jonas", "/me").json()
    assert me["settings"] == {"max_piece_bytes": 200 * 1024 * 1024, "interview_notice": ""}
    assert world.get("operator", "/me").json()["settings"] is None
    with world.service.session() as session:
        set_max_piece_mb(session, cli_actor(), "ABB", 1, utcnow())
        set_interview_notice(session, cli_actor(), "ABB", "U hebt het recht te zwijgen.", utcnow())
    me = world.get("jonas", "/me").json()
    assert me["settings"] == {
        "max_piece_bytes": 1024 * 1024,
        "interview_notice": "U hebt het recht te zwijgen.",
    }
    assert world.get("tom", "/me").json()["settings"]["max_piece_bytes"] == 200 * 1024 * 1024
    big = start(world, "jonas", case_id, b"x", size=1024 * 1024 + 1)
    assert big.status_code == 413
    assert big.json()["detail"] == {
        "code": "request_too_large",
        "message": "The file is larger than this department's limit for a piece (1 MB).",
    }
    assert start(world, "jonas", case_id, b"x", size=1024 * 1024).status_code == 200
    too_big_chunk = send_chunk(world, "jonas", str(uuid.uuid4()), 0, b"\0" * (8 * 1024 * 1024 + 1))
    assert too_big_chunk.status_code == 413


def test_nobody_else_reaches_an_upload_and_another_departments_case_is_unknown(
    world: World,
) -> None:
    case_id = handled(world)
    omg_case = handled(world, department="OMG")
    data = os.urandom(10 * KB)
    upload_id = str(uuid.uuid4())
    start(world, "jonas", case_id, data, upload_id=upload_id)
    unknown = str(uuid.uuid4())
    for who, target in (("tom", upload_id), ("an", upload_id), ("jonas", unknown)):
        assert world.get(who, f"/uploads/{target}").status_code == 404
        assert send_chunk(world, who, target, 0, data).status_code == 404
    for who in ("tom", "an"):  # starting someone else's id
        assert start(world, who, case_id, data, upload_id=upload_id).status_code == 404
    # Tom's answers for ABB's upload are exactly those for an unknown id.
    mine = world.get("tom", f"/uploads/{upload_id}")
    nothing = world.get("tom", f"/uploads/{unknown}")
    assert (mine.status_code, mine.json()) == (nothing.status_code, nothing.json())
    # Starting an upload for another department's case: as for a case that does not exist.
    foreign = start(world, "jonas", omg_case, data)
    missing = start(world, "jonas", str(uuid.uuid4()), data)
    assert (foreign.status_code, foreign.json()) == (404, missing.json())
    # 1700's desk cannot upload at all.
    assert start(world, "operator", case_id, data).status_code == 403
    assert world.get("jonas", f"/uploads/{upload_id}").json()["received"] == 0


def test_the_same_id_for_another_file_is_a_conflict(world: World) -> None:
    case_id = handled(world)
    upload_id = str(uuid.uuid4())
    assert start(world, "jonas", case_id, b"een", upload_id=upload_id).status_code == 200
    other = start(world, "jonas", case_id, b"twee", upload_id=upload_id)
    assert (other.status_code, other.json()["detail"]["code"]) == (409, "upload_conflict")
    renamed = start(world, "jonas", case_id, b"een", upload_id=upload_id, name="ander.pdf")
    assert renamed.status_code == 409


def test_the_same_bytes_uploaded_for_two_cases_are_stored_once(world: World) -> None:
    data = os.urandom(90 * KB)
    upload(world, "jonas", handled(world), data, chunk=32 * KB)
    upload(world, "jonas", handled(world), data, chunk=20 * KB)  # other chunking, same bytes
    upload(world, "tom", handled(world, department="OMG"), data)
    assert count(world, Blob, Blob.sha256 == sha(data)) == 1
    with world.service.database.read() as session:
        total = session.scalar(
            select(func.sum(func.length(ChunkData.data)))
            .join(BlobChunk, BlobChunk.data_id == ChunkData.id)
            .where(BlobChunk.sha256 == sha(data))
        )
    assert total == len(data)
    assert count(world, ChunkData) == count(world, BlobChunk)  # the others' bytes dropped


def test_uploads_racing_each_other_keep_one_copy_and_take_each_chunk_once(world: World) -> None:
    data = os.urandom(256 * KB)
    cases = [handled(world) for _ in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = list(pool.map(lambda c: upload(world, "jonas", c, data, chunk=64 * KB), cases))
    assert len(done) == 4
    assert count(world, Blob, Blob.sha256 == sha(data)) == 1
    assert count(world, BlobChunk, BlobChunk.sha256 == sha(data)) == 4
    assert count(world, ChunkData) == 4  # the other three uploads' bytes were dropped
    # The same chunk sent twice at once: one is taken, the other told where things stand.
    case_id = handled(world)
    upload_id = str(uuid.uuid4())
    start(world, "jonas", case_id, data, upload_id=upload_id)
    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(
            pool.map(lambda _: send_chunk(world, "jonas", upload_id, 0, data[: 64 * KB]), range(2))
        )
    assert sorted(a.status_code for a in answers) == [200, 409]
    assert world.get("jonas", f"/uploads/{upload_id}").json()["received"] == 64 * KB
