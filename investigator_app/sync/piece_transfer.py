"""Moving evidence bytes: the files of queued pieces up before their operations, and our
cases' piece files down for offline use (protocol_evidence.py). No Qt here.

Up: each queued add_piece/replace_piece has an upload (store/piece_uploads.py). Its start
is idempotent and answers how far the service got, so a lost connection, a killed app or
a restart resumes there; chunks of 4 MiB are read from the sealed store one at a time
(never the whole file). A chunk the service found corrupted is sent again; a file whose
whole sha256 did not match starts over (refused after a few times); an upload the service
will not take (over its limit, the case gone) is marked refused, so its operation goes and
comes back refused with the service's words.

Down: every version of every piece of our cases, streamed into sealed chunks; a broken
connection keeps the whole chunks received and the next round asks for the rest (Range).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from investigator_app.protocol_evidence import UploadStart, UploadState
from investigator_app.store import LocalStore
from investigator_app.store.evidence import EvidenceError, PieceDamaged
from investigator_app.store.piece_uploads import REFUSE_AFTER_FAILURES, UploadWork
from investigator_app.sync.api import ApiClient
from investigator_app.sync.errors import AttachmentMismatch, ProtocolError, ServiceError

_log = logging.getLogger("investigator_app.sync.piece_transfer")

UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024
_CORRUPTED_RESENDS = 5  # a chunk the service keeps finding corrupted: a broken line
DAMAGED_RETRY = 600.0  # seconds before a file that arrived damaged is fetched again
_PROGRESS_EVERY = 0.5  # seconds between progress reports of one file
# Answers that say the service will never take this upload as it is.
_REFUSED_STATUSES = (403, 404, 409, 413, 422)

ProgressCallback = Callable[[str], None]  # a case id whose transfer progressed


class _ReadAhead:
    """The chunk at an offset, read (and unsealed) while the one before is on the wire."""

    def __init__(self, store: LocalStore, sha256: str, size: int, chunk: int) -> None:
        self._store, self._sha256, self._size, self._chunk = store, sha256, size, chunk
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="piece-read")
        self._ahead: tuple[int, Future[bytes]] | None = None

    def _fetch(self, offset: int) -> Future[bytes]:
        return self._pool.submit(self._store.piece_range, self._sha256, offset, self._chunk)

    def read(self, offset: int) -> bytes:
        if self._ahead is None or self._ahead[0] != offset:
            self._ahead = (offset, self._fetch(offset))
        data = self._ahead[1].result()
        following = offset + len(data)
        self._ahead = (following, self._fetch(following)) if following < self._size else None
        return data

    def __enter__(self) -> _ReadAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._ahead = None
        self._pool.shutdown(wait=True, cancel_futures=True)


class PieceTransfer:
    def __init__(
        self,
        store: LocalStore,
        client: ApiClient,
        *,
        chunk_bytes: int = UPLOAD_CHUNK_BYTES,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        self._store = store
        self._client = client
        self._chunk = chunk_bytes
        self._on_progress = on_progress
        self._damaged: dict[str, float] = {}  # sha256 -> when to fetch it again

    # --- up ----------------------------------------------------------------------------

    def upload_all(self) -> list[str]:
        """Upload the files of every queued piece operation; the ids of the cases whose
        operations may go now. ServiceUnreachable (offline) and AuthenticationFailed end
        the round (what was received is kept); a service failing on one upload leaves it
        for the next round and goes on with the others."""
        done: list[str] = []
        for work in self._store.upload_work():
            try:
                if self._upload(work):
                    done.append(work.case_id)
            except ServiceError as error:  # a 5xx: the next round tries again
                _log.warning("upload for op %s failed: %s", work.op_id, error.status)
        return list(dict.fromkeys(done))

    def _upload(self, work: UploadWork) -> bool:
        """One file up; True when the upload finished (or was refused for good)."""
        name = self._store.upload_name(work.op_id)
        if name is None:  # the operation went meanwhile (undone)
            return False
        start = UploadStart(case_id=work.case_id, sha256=work.sha256, size=work.size, name=name)
        upload_id = work.upload_id
        try:
            state = self._client.start_upload(upload_id, start)
        except ServiceError as error:
            return self._refused(work, error)
        with _ReadAhead(self._store, work.sha256, work.size, self._chunk) as reader:
            return self._send_chunks(work, start, upload_id, state, reader)

    def _send_chunks(
        self,
        work: UploadWork,
        start: UploadStart,
        upload_id: uuid.UUID,
        state: UploadState,
        reader: _ReadAhead,
    ) -> bool:
        corrupted = 0
        reported = 0.0
        while not state.complete:
            try:
                data = reader.read(state.received)
            except EvidenceError as error:  # damaged or gone here: it cannot go up
                _log.error("op %s: its file cannot be read (%s)", work.op_id, type(error).__name__)
                self._store.upload_refused(work.op_id)
                return True
            try:
                state = self._client.upload_chunk(upload_id, state.received, data)
            except ServiceError as error:
                if error.code == "chunk_corrupted" and corrupted < _CORRUPTED_RESENDS:
                    corrupted += 1
                    _log.warning("op %s: a chunk arrived corrupted; sending it again", work.op_id)
                    continue
                if error.code == "sha256_mismatch":
                    failures = self._store.upload_restart(work.op_id)
                    _log.warning(
                        "op %s: the file arrived other than sent (%d)", work.op_id, failures
                    )
                    if failures >= REFUSE_AFTER_FAILURES:
                        return True
                    restarted = next(
                        (w for w in self._store.upload_work() if w.op_id == work.op_id), None
                    )
                    if restarted is None:
                        return False
                    upload_id = restarted.upload_id
                    state = self._client.start_upload(upload_id, start)
                    continue
                return self._refused(work, error)
            if not self._record(work, state):
                return False  # undone while it went up
            now = time.monotonic()
            if self._on_progress is not None and now - reported >= _PROGRESS_EVERY:
                reported = now
                self._on_progress(work.case_id)
        self._record(work, state)
        return True

    def _record(self, work: UploadWork, state: UploadState) -> bool:
        if state.sha256 != work.sha256 or state.size != work.size:
            raise ProtocolError("the service answered about another upload")
        return self._store.upload_progress(work.op_id, state.received, state.complete)

    def _refused(self, work: UploadWork, error: ServiceError) -> bool:
        if error.status not in _REFUSED_STATUSES:
            raise error
        _log.warning("the service refused the upload of op %s (%s)", work.op_id, error.code)
        self._store.upload_refused(work.op_id)
        return True

    # --- down --------------------------------------------------------------------------

    def fetch_missing(self) -> list[str]:
        """Fetch every piece file our cases hold and we lack; the ids of the cases that
        gained one. A file that arrives other than its sha256 is dropped (tried again next
        round); being offline ends the round with what arrived kept."""
        changed: list[str] = []
        now = time.monotonic()
        for case_id, piece_id, sha256, size, version in self._store.missing_piece_files():
            if self._damaged.get(sha256, 0.0) > now:
                continue  # it came damaged a moment ago: not 200 MB again every round
            sink = self._store.piece_sink(sha256, size)
            if sink.offset >= size:
                sink.finish()
                continue
            try:
                self._client.download_piece(
                    case_id, piece_id, version, sha256, sink.offset, sink.write
                )
                sink.finish()
            except (AttachmentMismatch, PieceDamaged):
                _log.error("piece file %s… arrived damaged: dropped", sha256[:12])
                self._damaged[sha256] = time.monotonic() + DAMAGED_RETRY
                continue
            except ServiceError as error:
                if error.status == 416:  # what we kept is not a start of it: start over
                    sink.discard()
                    continue
                sink.pause()
                if error.status == 404:  # gone from the department meanwhile
                    continue
                raise
            except BaseException:
                sink.pause()
                raise
            changed.extend(self._store.piece_files_of(sha256))
            if self._on_progress is not None:
                self._on_progress(case_id)
        self._store.tidy_piece_files()
        return list(dict.fromkeys(changed))
