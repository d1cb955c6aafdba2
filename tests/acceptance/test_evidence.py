"""Evidence end to end (issue 12, tests 1, 2, 3 and 6): a real service on loopback, real
desktop stores and the app's composition root, a client process really killed.

1. A 50 MB piece added offline goes up after reconnecting; a client killed half-way through
   the upload resumes the same upload and finishes; the service holds the file once, with
   its sha256; a corrupted chunk is refused.
2. Opening and exporting a piece add custody entries to the service's audit trail; a
   withdrawn piece stays, with its reason.
3. Another department cannot list, download or cite a piece (404 like an unknown one); 1700's
   API never shows it.
6. Hostile file names are kept literally and written to disk only under safe names.
"""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from investigator_app.domain.evidence import CustodyKind, PieceFacts, PieceType
from investigator_app.intake.models import Blob
from investigator_app.intake.models.evidence import BlobChunk, ChunkData, Upload
from investigator_app.protocol_evidence import CHUNK_SHA256_HEADER
from investigator_app.store.evidence import PieceAvailability
from investigator_app.store.files import store_path
from investigator_app.store.local_store import LocalStore
from investigator_app.store.piece_uploads import UploadPhase
from investigator_app.sync.api import ApiClient, ServiceUnreachable
from investigator_app.sync.engine import SyncEngine
from investigator_app.vault.keys import DataKeyStore
from tests.store.disk_scan import hits
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, DESK, JONAS, OMG, TOM, Desktop, World
from tests.sync.evidence_world import (
    CANARY,
    a_file,
    download,
    investigating_case,
    service_pieces,
    signed_in_store,
)

TIMEOUT_MS = 60_000
MB = 1024 * 1024

# Sends the outbox of the store at argv[1] (key argv[2]) slowly, a pause after each chunk,
# so that the test can kill it half-way through the upload.
_SLOW_SENDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from investigator_app.store.local_store import LocalStore
    from investigator_app.sync.api import ApiClient
    from investigator_app.sync.engine import SyncEngine

    class Slow(ApiClient):
        def upload_chunk(self, upload_id, offset, data):
            state = super().upload_chunk(upload_id, offset, data)
            print("chunk", state.received, flush=True)
            time.sleep(0.3)
            return state

    path, key, base_url, token = sys.argv[1:5]
    store = LocalStore.open(Path(path), bytes.fromhex(key))
    SyncEngine(store, Slow(base_url, token)).push()
    print("all sent", flush=True)
    """
)


def facts(title: str = "Bankuittreksel van de aannemer") -> PieceFacts:
    return PieceFacts(title, "", "Dienst Financiën", date(2026, 3, 10), PieceType.DOCUMENT)


def desktop_store(
    desktops: Callable[[str], Desktop], qtbot: QtBot, world: World, case_id: str
) -> tuple[Path, bytes]:
    """Where AN's desktop keeps its store and with which key, once it holds the case."""
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    path = store_path(an.data_dir, world.base_url, AN)
    key = DataKeyStore(an.tokens.backend).load(world.base_url, AN)
    assert key is not None
    an.close()
    return path, key


def upload_rows(world: World, sha256: str) -> list[tuple[int, bool]]:
    with world.service.session() as session:
        rows = session.execute(
            select(Upload.received, Upload.completed_at).where(Upload.sha256 == sha256)
        ).all()
    return [(int(r.received), r.completed_at is not None) for r in rows]


# --- 1 ------------------------------------------------------------------------------------


def test_a_50_mb_piece_added_offline_survives_a_killed_client_and_arrives_once(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop], tmp_path: Path
) -> None:
    case_id = investigating_case(world)
    path, key = desktop_store(desktops, qtbot, world, case_id)
    source, data = a_file(tmp_path / "in", "bankuittreksels 2025.pdf", 50 * MB)
    sha256 = hashlib.sha256(data).hexdigest()

    # Offline: copied into the sealed store at once and queued; the service is unreachable.
    store = LocalStore.open(path, key)
    file = store.import_piece_file(source)
    piece_id = store.add_piece(case_id, facts(), file, datetime.now(UTC))
    with pytest.raises(ServiceUnreachable):
        SyncEngine(store, ApiClient("http://127.0.0.1:9", "no-token", timeout=2)).push()
    assert store.piece_uploads(case_id)[sha256].state is UploadPhase.WAITING
    store.close()
    source.unlink()  # the original may go: the store has its own copy

    # Back online, a client process starts the upload and is killed half-way.
    sender = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SENDER, str(path), key.hex(), world.base_url, world.token(AN)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sender.stdout is not None
        while True:
            line = sender.stdout.readline().split()
            assert line and line[0] == "chunk", "the upload never started"
            if int(line[1]) >= 12 * MB:
                break
        sender.send_signal(signal.SIGKILL)
        assert sender.wait(timeout=30) == -signal.SIGKILL
    finally:
        if sender.poll() is None:
            sender.kill()
    [(received, complete)] = upload_rows(world, sha256)
    assert 12 * MB <= received < 50 * MB and not complete  # really killed half-way
    assert service_pieces(world, AN, case_id) == []  # the operation waited for its file

    # The app starts again: the same upload goes on and the piece arrives.
    again = desktops(AN)
    qtbot.waitUntil(lambda: again.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
    [(received, complete)] = upload_rows(world, sha256)  # the same upload: not started anew
    assert (received, complete) == (50 * MB, True)
    (piece,) = service_pieces(world, AN, case_id)
    assert (piece["id"], piece["file"]["sha256"], piece["file"]["size"]) == (
        str(piece_id),
        sha256,
        50 * MB,
    )
    with world.service.session() as session:
        assert session.scalar(select(func.count()).where(Blob.sha256 == sha256)) == 1
        chunks = session.scalar(select(func.sum(BlobChunk.size)).where(BlobChunk.sha256 == sha256))
        kept = session.scalar(select(func.sum(func.length(ChunkData.data))))
    assert chunks == kept == 50 * MB  # the bytes once, however they arrived
    # A colleague's app fetches it after its pull, for offline use.
    jonas = desktops(JONAS)
    qtbot.waitUntil(
        lambda: (
            jonas.workspace.store.piece_availability([sha256])[sha256]
            is PieceAvailability.AVAILABLE
        ),
        timeout=TIMEOUT_MS,
    )
    assert jonas.workspace.store.verify_piece(sha256)

    # A corrupted chunk is refused, and nothing of it kept.
    upload_id = str(uuid.uuid4())
    other = b"tweede stuk" * 1000
    with world.http(AN) as http:
        start = {
            "case_id": case_id,
            "sha256": hashlib.sha256(other).hexdigest(),
            "size": len(other),
            "name": "x.txt",
        }
        assert http.put(f"/uploads/{upload_id}", json=start).status_code == 200
        refused = http.post(
            f"/uploads/{upload_id}/chunks",
            params={"offset": 0},
            content=b"X" + other[1:],
            headers={
                CHUNK_SHA256_HEADER: hashlib.sha256(other).hexdigest(),
                "Content-Type": "application/octet-stream",
            },
        )
        assert refused.status_code == 422 and refused.json()["detail"]["code"] == "chunk_corrupted"
        assert http.get(f"/uploads/{upload_id}").json()["received"] == 0
    again.close()
    assert hits(path.parent, [CANARY.decode()]) == []  # the store never held it in the clear


# --- 2 ------------------------------------------------------------------------------------


def test_opening_and_exporting_a_piece_are_on_the_trail_and_a_withdrawn_piece_stays(
    world: World, tmp_path: Path
) -> None:
    case_id = investigating_case(world)
    an = signed_in_store(world, AN, tmp_path / "an" / "store.sqlite3")
    jonas = signed_in_store(world, JONAS, tmp_path / "jonas" / "store.sqlite3")
    with world.client(AN) as an_client, world.client(JONAS) as jonas_client:
        SyncEngine(an, an_client).pull()
        source, data = a_file(tmp_path / "in", "foto.jpg", 300_000)
        file = an.import_piece_file(source)
        piece_id = an.add_piece(case_id, facts("Foto van de factuur"), file, datetime.now(UTC))
        SyncEngine(an, an_client).push()

        # Jonas (not on the case team) opens it on his workstation and it is recorded.
        jonas_engine = SyncEngine(jonas, jonas_client)
        jonas_engine.pull()
        jonas_engine.fetch_pieces()
        viewer = tmp_path / "viewer"
        copy = jonas.write_piece_copy(file.sha256, viewer, file.name)
        assert copy.read_bytes() == data
        jonas.record_piece_custody(
            case_id, piece_id, CustodyKind.OPENED, 1, None, datetime.now(UTC)
        )
        # An exports a dossier that carries its content.
        copy_id = uuid.uuid4()
        an.record_piece_custody(
            case_id, piece_id, CustodyKind.EXPORTED, 1, copy_id, datetime.now(UTC)
        )
        an.withdraw_piece(case_id, piece_id, "Verkeerde factuur toegevoegd.", datetime.now(UTC))
        jonas_engine.push()
        SyncEngine(an, an_client).push()
        trail = an_client.case_audit(case_id).entries

    custody = [e for e in trail if e.action == "case.record_custody"]
    assert [(e.actor, e.detail.get("kind")) for e in custody] == [
        ("Jonas Maes", "opened"),
        ("An Peeters", "exported"),
    ]
    assert custody[1].detail.get("copy_id") == str(copy_id)
    assert all(e.detail.get("sha256") == file.sha256 for e in custody)
    actions = [e.action for e in trail]
    assert "case.add_piece" in actions and "case.withdraw_piece" in actions
    assert "Foto" not in str([e.detail for e in trail])  # ids and numbers, never titles

    (piece,) = service_pieces(world, AN, case_id)  # withdrawn, never gone
    assert piece["withdrawn"]["reason"] == "Verkeerde factuur toegevoegd."
    assert [c["kind"] for c in piece["custody"]] == ["added", "opened", "exported", "withdrawn"]
    assert download(world, AN, case_id, str(piece_id)) == (200, data)
    with world.client(AN) as client:
        SyncEngine(an, client).pull()
    detail = an.detail(case_id, datetime.now(UTC))
    assert detail is not None
    (shown,) = detail.investigation.pieces
    assert shown.withdrawn is not None and not shown.pending
    assert shown.withdrawn.reason == "Verkeerde factuur toegevoegd."
    an.close()
    jonas.close()


# --- 3 ------------------------------------------------------------------------------------


def test_another_department_and_1700_never_reach_a_piece(world: World, tmp_path: Path) -> None:
    case_id = investigating_case(world)
    an = signed_in_store(world, AN, tmp_path / "an" / "store.sqlite3")
    with world.client(AN) as client:
        SyncEngine(an, client).pull()
        source, _ = a_file(tmp_path / "in", "geheim.pdf", 20_000)
        file = an.import_piece_file(source)
        piece_id = str(an.add_piece(case_id, facts("Geheime nota"), file, datetime.now(UTC)))
        SyncEngine(an, client).push()
    an.close()
    assert len(service_pieces(world, AN, case_id)) == 1

    unknown_case, unknown_piece = str(uuid.uuid4()), str(uuid.uuid4())
    with world.http(TOM) as tom:  # OMG
        listing = tom.get(f"/cases/{case_id}/pieces")
        unknown = tom.get(f"/cases/{unknown_case}/pieces")
        assert (listing.status_code, listing.json()) == (unknown.status_code, unknown.json())
        assert listing.status_code == 404
        content = tom.get(f"/cases/{case_id}/pieces/{piece_id}/content")
        nothing = tom.get(f"/cases/{unknown_case}/pieces/{unknown_piece}/content")
        assert (content.status_code, content.json()) == (nothing.status_code, nothing.json())
        assert content.status_code == 404
        # Nor can it cite the piece from a case of its own.
        own = investigating_case(world, TOM, OMG)
        allegation = str(uuid.uuid4())
        tom_case = world.case(TOM, own)
        [added] = world.operate(
            TOM,
            wire_op(
                tom_case,
                "add_allegation",
                allegation={
                    "allegation_id": allegation,
                    "text": "Liet een reis betalen.",
                    "persons": [],
                    "category": "bribery",
                    "period_start": None,
                    "period_end": None,
                },
            ),
        )
        assert added["status"] == "applied", added
        [cited] = world.operate(
            TOM,
            wire_op(
                world.case(TOM, own),
                "record_finding",
                allegation_id=allegation,
                finding={
                    "conclusion": "unfounded",
                    "motivation": "Zie het stuk.",
                    "sources": [{"kind": "piece", "ref": piece_id}],
                    "follow_up": None,
                    "follow_up_text": "",
                },
            ),
        )
        assert cited["status"] == "rejected"
        assert cited["message"] == "a piece the finding cites is not on this case"
        # Its upload ids are not theirs either.
        [upload] = [u for u in upload_ids(world, file.sha256)]
        assert tom.get(f"/uploads/{upload}").status_code == 404

    with world.http(DESK) as desk:  # 1700
        assert desk.get(f"/cases/{case_id}/pieces").status_code in (403, 404)
        assert desk.get(f"/cases/{case_id}/pieces/{piece_id}/content").status_code in (403, 404)
        reports = desk.get("/intake/reports", params={"department": ABB}).text
    for secret in (piece_id, file.sha256, "Geheime nota", "geheim.pdf"):
        assert secret not in reports
    with world.client(TOM) as client:  # OMG's feed never carries ABB's case
        tom_store = signed_in_store(world, TOM, tmp_path / "tom" / "store.sqlite3")
        SyncEngine(tom_store, client).pull()
        assert tom_store.missing_piece_files() == []
        assert tom_store.detail(case_id, datetime.now(UTC)) is None
        tom_store.close()


def upload_ids(world: World, sha256: str) -> list[str]:
    with world.service.session() as session:
        return list(session.scalars(select(Upload.id).where(Upload.sha256 == sha256)))


# --- 6 ------------------------------------------------------------------------------------

HOSTILE = [
    "../../../../etc/passwd",
    "..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "CON",
    "nul.txt",
    "factuur\u202egpj.exe",
    "rapport " + "ä" * 300 + ".pdf",
]


def test_hostile_file_names_are_kept_literally_and_written_only_under_safe_names(
    world: World, tmp_path: Path
) -> None:
    case_id = investigating_case(world)
    an = signed_in_store(world, AN, tmp_path / "an" / "store.sqlite3")
    jonas = signed_in_store(world, JONAS, tmp_path / "jonas" / "store.sqlite3")
    source, data = a_file(tmp_path / "in", "plain.bin", 4000)
    with world.client(AN) as client:
        SyncEngine(an, client).pull()
        imported = an.import_piece_file(source)
        for n, name in enumerate(HOSTILE):
            file = replace(imported, name=name)  # as a mail client or a share may name it
            an.add_piece(case_id, facts(f"Stuk {n}"), file, datetime.now(UTC))
        SyncEngine(an, client).push()
        assert an.pending_count() == 0
    pieces = service_pieces(world, AN, case_id)
    assert [p["file"]["name"] for p in pieces] == HOSTILE  # literally, every character

    with world.client(JONAS) as client:
        engine = SyncEngine(jonas, client)
        engine.pull()
        engine.fetch_pieces()
    detail = jonas.detail(case_id, datetime.now(UTC))
    assert detail is not None
    assert [p.file.name for p in detail.investigation.pieces] == HOSTILE
    assert (
        jonas.piece_availability([imported.sha256])[imported.sha256] is PieceAvailability.AVAILABLE
    )
    viewer = tmp_path / "viewer"
    for piece in detail.investigation.pieces:
        copy = jonas.write_piece_copy(piece.file.sha256, viewer, piece.file.name)
        assert copy.read_bytes() == data
        assert copy.parent.parent == viewer  # never elsewhere
        assert "\u202e" not in copy.name and len(copy.name) <= 120
        assert copy.name.split(".")[0].upper() not in ("CON", "NUL")
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and viewer not in p.parents]
    assert not any(p.name in ("passwd", "hosts") for p in outside)
    an.close()
    jonas.close()
