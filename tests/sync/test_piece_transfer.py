"""A piece's file up and down through the real service on loopback: uploaded before its
operation, resumed where the service got to after a broken connection, a corrupted chunk
sent again; fetched for offline use, resumed with Range, refused when it is another file."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from investigator_app.domain.evidence import PieceFacts, PieceType
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_evidence import (
    CHUNK_SHA256_HEADER,
    UPLOAD_CHUNKS_PATH,
    UploadStart,
    UploadState,
)
from investigator_app.store import LocalStore
from investigator_app.store.evidence import CHUNK_BYTES, PieceAvailability
from investigator_app.store.piece_uploads import UploadPhase
from investigator_app.sync.answers import error_of
from investigator_app.sync.api import ApiClient, ServiceError, ServiceUnreachable
from investigator_app.sync.engine import SyncEngine
from investigator_app.sync.runner import SyncRunner
from tests.store.disk_scan import hits
from tests.sync.evidence_world import (
    CANARY,
    a_file,
    download,
    investigating_case,
    service_pieces,
    signed_in_store,
)
from tests.sync.service_fixture import COLLEAGUE, INVESTIGATOR, Deployment

SIZE = 9 * CHUNK_BYTES + 4321  # three upload chunks of 4 MiB


def facts(title: str = "Factuur reisbureau") -> PieceFacts:
    return PieceFacts(title, "", "Boekhouding", date(2026, 3, 10), PieceType.DOCUMENT)


class FlakyClient(ApiClient):
    """A client whose line breaks after ``chunks_ok`` chunks, and that corrupts chunks
    ``corrupt`` (by their number) on the way, once each."""

    def __init__(
        self,
        *args: object,
        chunks_ok: int = 1000,
        corrupt: frozenset[int] = frozenset(),
        **kw: object,
    ) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.chunks_ok = chunks_ok
        self.corrupt = set(corrupt)
        self.offsets: list[int] = []

    def upload_chunk(self, upload_id: uuid.UUID, offset: int, data: bytes) -> UploadState:
        number = len(self.offsets)
        if number >= self.chunks_ok:
            raise ServiceUnreachable("the line broke", request_sent=True)
        self.offsets.append(offset)
        if number in self.corrupt:
            self.corrupt.discard(number)
            path = UPLOAD_CHUNKS_PATH.removeprefix(API_PREFIX).format(upload_id=upload_id)
            bad = bytes([data[0] ^ 1]) + data[1:]
            headers = {
                CHUNK_SHA256_HEADER: hashlib.sha256(data).hexdigest(),
                "Content-Type": "application/octet-stream",
            }
            response = self._request(
                "POST", path, params={"offset": offset}, content=bad, headers=headers
            )
            assert response.status_code == 422, response.text
            raise error_of(response)
        return super().upload_chunk(upload_id, offset, data)


@pytest.fixture
def case_id(deployment: Deployment) -> str:
    return investigating_case(deployment, INVESTIGATOR)


@pytest.fixture
def pulled(store: LocalStore, deployment: Deployment, case_id: str) -> LocalStore:
    with deployment.client(INVESTIGATOR) as client:
        SyncEngine(store, client).pull()
    return store


def engine(
    deployment: Deployment,
    store: LocalStore,
    *,
    chunks_ok: int = 1000,
    corrupt: frozenset[int] = frozenset(),
) -> SyncEngine:
    client = FlakyClient(
        deployment.base_url, deployment.token(INVESTIGATOR), chunks_ok=chunks_ok, corrupt=corrupt
    )
    return SyncEngine(store, client)


def test_a_piece_goes_up_before_its_operation_and_the_service_holds_its_bytes(
    pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    path, data = a_file(tmp_path / "in", "factuur.pdf", SIZE)
    file = pulled.import_piece_file(path)
    piece_id = pulled.add_piece(case_id, facts(), file, datetime.now(UTC))
    sync = engine(deployment, pulled)

    outcome = sync.push()

    assert outcome.applied == 1 and pulled.pending_count() == 0
    assert sync.client.offsets == [0, 4 * CHUNK_BYTES, 8 * CHUNK_BYTES]  # type: ignore[attr-defined]
    (piece,) = service_pieces(deployment, INVESTIGATOR, case_id)
    assert piece["id"] == str(piece_id)
    assert (piece["file"]["sha256"], piece["file"]["size"]) == (file.sha256, SIZE)
    assert download(deployment, INVESTIGATOR, case_id, str(piece_id)) == (200, data)
    assert pulled.piece_uploads(case_id) == {}  # settled


def test_a_broken_line_resumes_where_the_service_got_to(
    pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    path, data = a_file(tmp_path / "in", "opname.mp4", SIZE)
    file = pulled.import_piece_file(path)
    pulled.add_piece(case_id, facts(), file, datetime.now(UTC))

    with pytest.raises(ServiceUnreachable):
        engine(deployment, pulled, chunks_ok=2).push()
    upload = pulled.piece_uploads(case_id)[file.sha256]
    assert (upload.state, upload.sent) == (UploadPhase.SENDING, 8 * CHUNK_BYTES)
    assert service_pieces(deployment, INVESTIGATOR, case_id) == []  # the op waited

    again = engine(deployment, pulled)
    assert again.push().applied == 1
    assert again.client.offsets == [8 * CHUNK_BYTES]  # type: ignore[attr-defined]
    (piece,) = service_pieces(deployment, INVESTIGATOR, case_id)
    assert download(deployment, INVESTIGATOR, case_id, piece["id"])[1] == data


def test_a_corrupted_chunk_is_refused_and_sent_again(
    pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    path, data = a_file(tmp_path / "in", "scan.png", SIZE)
    file = pulled.import_piece_file(path)
    pulled.add_piece(case_id, facts(), file, datetime.now(UTC))
    sync = engine(deployment, pulled, corrupt=frozenset({1}))

    assert sync.push().applied == 1

    offsets = sync.client.offsets  # type: ignore[attr-defined]
    assert offsets == [0, 4 * CHUNK_BYTES, 4 * CHUNK_BYTES, 8 * CHUNK_BYTES]
    (piece,) = service_pieces(deployment, INVESTIGATOR, case_id)
    assert download(deployment, INVESTIGATOR, case_id, piece["id"])[1] == data


def test_a_colleague_fetches_every_version_for_offline_use_resuming_a_broken_download(
    pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    one, first = a_file(tmp_path / "in", "v1.pdf", 3 * CHUNK_BYTES + 5)
    two, second = a_file(tmp_path / "in", "v2.pdf", 2 * CHUNK_BYTES + 9)
    piece_id = pulled.add_piece(case_id, facts(), pulled.import_piece_file(one), datetime.now(UTC))
    pulled.replace_piece(
        case_id, piece_id, pulled.import_piece_file(two), "Beter.", datetime.now(UTC)
    )
    engine(deployment, pulled).push()

    jonas = signed_in_store(deployment, COLLEAGUE, tmp_path / "jonas" / "store.sqlite3")
    with deployment.client(COLLEAGUE) as client:
        SyncEngine(jonas, client).pull()
    shas = [hashlib.sha256(d).hexdigest() for d in (first, second)]
    assert set(jonas.piece_availability(shas).values()) == {PieceAvailability.MISSING}

    breaking = BreakingDownloads(
        deployment.base_url, deployment.token(COLLEAGUE), after=CHUNK_BYTES + 10
    )
    with pytest.raises(ServiceUnreachable):
        SyncEngine(jonas, breaking).fetch_pieces()
    partial = [jonas.piece_download_progress(s) for s in shas]
    assert any(p is not None and 0 < p[0] < p[1] for p in partial)

    breaking.after = 1 << 40  # the line holds now
    changed = SyncEngine(jonas, breaking).fetch_pieces()
    assert changed == [case_id]
    assert set(jonas.piece_availability(shas).values()) == {PieceAvailability.AVAILABLE}
    assert b"".join(jonas.piece_chunks(shas[0])) == first
    assert b"".join(jonas.piece_chunks(shas[1])) == second
    assert f"bytes={CHUNK_BYTES}-" in breaking.ranges  # the broken one went on from its MiB
    jonas.close()
    pulled.close()
    assert hits(tmp_path / "jonas", [CANARY.decode()]) == []


class BreakingDownloads(ApiClient):
    """Downloads that break off after ``after`` bytes, once; records Range headers."""

    def __init__(self, *args: object, after: int, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.after = after
        self.ranges: list[str] = []

    def download_piece(
        self,
        case_id: str,
        piece_id: str,
        version: int,
        sha256: str,
        offset: int,
        write: Callable[[bytes], None],
    ) -> None:
        self.ranges.append(f"bytes={offset}-" if offset else "")
        got = 0

        def breaking(data: bytes) -> None:
            nonlocal got
            got += len(data)
            if got > self.after:
                raise httpx.ReadError("the line broke")
            write(data)

        super().download_piece(case_id, piece_id, version, sha256, offset, breaking)


class ChangingClient(ApiClient):
    """Sends chunk ``number`` altered, with a header that matches what it sends (a proxy
    that rewrote it): only the whole file's sha256 can tell, once."""

    def __init__(self, *args: object, number: int, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.number, self.sent = number, 0
        self.uploads: list[uuid.UUID] = []

    def upload_chunk(self, upload_id: uuid.UUID, offset: int, data: bytes) -> UploadState:
        if upload_id not in self.uploads:
            self.uploads.append(upload_id)
        if self.sent == self.number:
            data = bytes([data[0] ^ 1]) + data[1:]
        self.sent += 1
        return super().upload_chunk(upload_id, offset, data)


def test_a_file_that_arrived_changed_is_sent_again_as_a_new_upload(
    pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    path, data = a_file(tmp_path / "in", "brief.pdf", 5 * CHUNK_BYTES)
    file = pulled.import_piece_file(path)
    pulled.add_piece(case_id, facts(), file, datetime.now(UTC))
    client = ChangingClient(deployment.base_url, deployment.token(INVESTIGATOR), number=1)

    assert SyncEngine(pulled, client).push().applied == 1

    assert len(client.uploads) == 2  # the first was refused whole, the second taken
    (piece,) = service_pieces(deployment, INVESTIGATOR, case_id)
    assert download(deployment, INVESTIGATOR, case_id, piece["id"])[1] == data


class FailingStarts(ApiClient):
    def start_upload(self, upload_id: uuid.UUID, start: UploadStart) -> UploadState:
        raise ServiceError(500, "internal", "the database is away")


def test_an_upload_the_service_fails_on_waits_and_holds_only_its_own_case(
    pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    other_case = investigating_case(deployment, INVESTIGATOR)
    with deployment.client(INVESTIGATOR) as client:
        SyncEngine(pulled, client).pull()
    path, _ = a_file(tmp_path / "in", "a.pdf", 1000)
    file = pulled.import_piece_file(path)
    pulled.add_piece(case_id, facts(), file, datetime.now(UTC))
    pulled.add_piece(other_case, facts(), file, datetime.now(UTC))
    failing = FailingStarts(deployment.base_url, deployment.token(INVESTIGATOR))

    outcome = SyncEngine(pulled, failing).push()

    assert outcome.sent == 0 and outcome.retry_in is not None and outcome.retry_in > 0
    assert pulled.pending_count() == 2
    with deployment.client(INVESTIGATOR) as client:
        assert SyncEngine(pulled, client).push().applied == 2


class UndoingClient(ApiClient):
    """The user undoes the piece while its file goes up."""

    def __init__(self, *args: object, store: LocalStore, op_id: uuid.UUID, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.store, self.op_id, self.chunks = store, op_id, 0

    def upload_chunk(self, upload_id: uuid.UUID, offset: int, data: bytes) -> UploadState:
        self.chunks += 1
        state = super().upload_chunk(upload_id, offset, data)
        if self.chunks == 1:
            self.store.undo(self.op_id)
        return state


def test_undoing_a_piece_while_its_file_goes_up_stops_the_upload(
    pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    path, _ = a_file(tmp_path / "in", "a.pdf", SIZE)
    file = pulled.import_piece_file(path)
    pulled.add_piece(case_id, facts(), file, datetime.now(UTC))
    (work,) = pulled.upload_work()
    client = UndoingClient(
        deployment.base_url, deployment.token(INVESTIGATOR), store=pulled, op_id=work.op_id
    )

    outcome = SyncEngine(pulled, client).push()

    assert (outcome.sent, client.chunks) == (0, 1)
    assert pulled.pending_count() == 0 and pulled.piece_uploads(case_id) == {}
    assert service_pieces(deployment, INVESTIGATOR, case_id) == []


def test_the_runner_uploads_reports_progress_and_a_colleagues_runner_fetches(
    qtbot: QtBot, pulled: LocalStore, deployment: Deployment, case_id: str, tmp_path: Path
) -> None:
    path, data = a_file(tmp_path / "in", "opname.wav", SIZE)
    file = pulled.import_piece_file(path)
    pulled.add_piece(case_id, facts(), file, datetime.now(UTC))
    runner = SyncRunner(pulled.path, deployment.base_url, deployment.token(INVESTIGATOR))
    progress: list[str] = []
    runner.piece_progress.connect(progress.append)
    try:
        runner.start()
        qtbot.waitUntil(lambda: pulled.pending_count() == 0, timeout=20_000)
    finally:
        runner.stop()
    assert progress and set(progress) == {case_id}

    jonas = signed_in_store(deployment, COLLEAGUE, tmp_path / "jonas" / "store.sqlite3")
    theirs = SyncRunner(jonas.path, deployment.base_url, deployment.token(COLLEAGUE))
    changed: list[list[str]] = []
    theirs.cases_changed.connect(changed.append)
    try:
        theirs.start()
        qtbot.waitUntil(
            lambda: (
                jonas.piece_availability([file.sha256])[file.sha256] is PieceAvailability.AVAILABLE
            ),
            timeout=20_000,
        )
    finally:
        theirs.stop()
    assert [case_id] in changed  # told when the bytes arrived
    assert b"".join(jonas.piece_chunks(file.sha256)) == data
    jonas.close()
