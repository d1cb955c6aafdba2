"""SyncEngine: pulls the change feed into the store and pushes the outbox (no Qt here).

One engine per thread: it uses that thread's ApiClient and LocalStore.

Pushing, one failing operation holds back no other. The service answers each operation of
a batch, but when it fails on the request itself (a 500, an answer that makes no sense, a
request it cannot take) the batch is split in halves until the operations it fails on stand
alone; every other one is applied and settled as usual. The service applies each op_id once,
so sending again the ones it applied before failing is harmless. An operation that fails
on its own counts a failed attempt (outbox_failures.py), waits a back-off, and is refused
after ``REFUSE_AFTER_FAILURES`` of them; the later operations on its case wait for it, in
order. No answer at all (offline), a lapsed session, a service that is not there (502, 503,
504) or one that fails on everything count against no operation: the push raises and the
runner tries again later. "Everything": no operation of the round was answered and either
several failed alone (a database that takes no writes, not several broken operations at
once) or the one that failed did so while ``/me`` fails too.

Undo. Taking operations to send marks them taken (store/undo.py): from then on the user
cannot undo them. A request that certainly never reached the service (no connection) or
that it refused before applying anything (a lapsed session) gives back those it carried
for the first time.
"""

from __future__ import annotations

import logging
import math
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from investigator_app.operations import MAX_BATCH, Operation, OperationsResponse
from investigator_app.protocol import MAX_PAGE, ChangesResponse
from investigator_app.store import LocalStore
from investigator_app.store.views import RefusedAction
from investigator_app.sync.answers import parse_changes_body
from investigator_app.sync.api import ApiClient
from investigator_app.sync.errors import (
    AttachmentMismatch,
    AuthenticationFailed,
    ProtocolError,
    ServiceError,
    ServiceUnreachable,
    SyncError,
)
from investigator_app.sync.piece_transfer import PieceTransfer

_log = logging.getLogger("investigator_app.sync.engine")

ProgressCallback = Callable[[int, int], None]
ChangedCallback = Callable[[list[str]], None]

# An operation the service fails on, sent alone, is refused after this many failures,
# tried again after the first of FAILED_OP_BACKOFF seconds, doubling up to the second.
REFUSE_AFTER_FAILURES = 5
FAILED_OP_BACKOFF = (30.0, 600.0)
# Answers that say the service is not there (a proxy's), not that a request broke it.
_SERVICE_ABSENT = (502, 503, 504)
UPLOAD_RETRY = 30.0  # seconds before a file the service failed on is sent again
# Answers to a request the service cannot take: one operation in it may be the cause.
_REQUEST_REFUSED = (400, 413, 422)


# A first answer of the feed this big (about 80 cases) is left to the bulk pull, if any.
BULK_BYTES = 256 * 1024


@dataclass(frozen=True)
class PullOutcome:
    changed_ids: list[str]
    pages: int
    cursor: int
    finished_at: datetime
    answered_ids: list[str] = field(default_factory=list)  # cases with new reporter answers


class BulkPull(Protocol):
    """Applies a big first answer of the feed, and the pages after it, elsewhere (in a
    helper process: bulk_pull.HelperProcessPull); as SyncEngine.drain would."""

    def __call__(
        self,
        first_body: bytes,
        token: str | None,
        on_page: ProgressCallback | None,
        on_changed: ChangedCallback | None,
    ) -> PullOutcome: ...


@dataclass(frozen=True)
class PushOutcome:
    sent: int = 0
    applied: int = 0
    refused: list[RefusedAction] = field(default_factory=list)
    changed_ids: list[str] = field(default_factory=list)
    answered_ids: list[str] = field(default_factory=list)
    failing: int = 0  # operations the service failed on, waiting to be tried again
    retry_in: float | None = None  # seconds until the first of those may be sent again


@dataclass
class _PushRound:
    """What one push() has done so far."""

    sent: set[uuid.UUID] = field(default_factory=set)
    reached: set[uuid.UUID] = field(default_factory=set)  # in a request that may have arrived
    answered: int = 0
    applied: int = 0
    changed: list[str] = field(default_factory=list)
    answered_ids: list[str] = field(default_factory=list)
    failed: list[tuple[Operation, SyncError]] = field(default_factory=list)  # alone


class SyncEngine:
    def __init__(
        self,
        store: LocalStore,
        client: ApiClient,
        *,
        page_size: int = MAX_PAGE,
        op_backoff: tuple[float, float] = FAILED_OP_BACKOFF,
        clock: Callable[[], float] = time.monotonic,
        on_piece_progress: Callable[[str], None] | None = None,
        bulk: BulkPull | None = None,
        bulk_bytes: int = BULK_BYTES,
    ) -> None:
        self.store = store
        self._bulk, self._bulk_bytes = bulk, bulk_bytes
        self.client = client
        self.pieces = PieceTransfer(store, client, on_progress=on_piece_progress)
        self._page_size = page_size
        self._op_backoff = op_backoff
        self._clock = clock
        # Operations the service failed on: when they may be sent again (by ``clock``).
        # Kept in memory: a restarted app tries them at once (their failures are stored).
        self._held: dict[uuid.UUID, float] = {}

    def refresh_identity(self) -> None:
        """Department periods and colleagues may change on the service."""
        self.store.set_identity(self.client.me())

    def pull(
        self,
        wait: float = 0.0,
        on_page: ProgressCallback | None = None,
        on_changed: ChangedCallback | None = None,
    ) -> PullOutcome:
        """Fetch and apply pages until the feed is drained.

        Only the first request long-polls (``wait``); each page is applied together with its
        cursor, so an interruption anywhere resumes from the last applied page.
        """
        # The first request (the long-poll) runs here, where it can be interrupted. A big
        # answer (a first sync, a return after long offline) is parsed and applied, with the
        # pages after it, by a helper process when there is one: the work of a thousand
        # cases per page would otherwise keep the GUI thread from the GIL (bulk_pull.py).
        body = self.client.changes_body(self.store.cursor(), self._page_size, wait)
        if self._bulk is not None and len(body) >= self._bulk_bytes:
            outcome = self._bulk(body, self.client.token, on_page, on_changed)
        else:
            outcome = self.drain(parse_changes_body(body), on_page, on_changed)
        if outcome.changed_ids:
            _log.info("pulled %d pages, %d cases changed", outcome.pages, len(outcome.changed_ids))
        return outcome

    def drain(
        self,
        first: ChangesResponse,
        on_page: ProgressCallback | None = None,
        on_changed: ChangedCallback | None = None,
    ) -> PullOutcome:
        """Apply ``first`` and the pages after it until the feed is drained."""
        changed: list[str] = []
        answered: list[str] = []
        done = pages = resets = 0
        cursor = first.cursor
        # Further pages are fetched while the previous one is written, so the service's
        # work and ours overlap. Only one request is in flight at a time.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prefetch") as fetcher:
            pending: Future[ChangesResponse] | None = None
            while True:
                page = first if pending is None else pending.result()
                more = page.has_more or (page.reset and page.remaining > 0)
                pending = (
                    fetcher.submit(self.client.changes, page.cursor, self._page_size, 0.0)
                    if more
                    else None
                )
                if page.reset:
                    resets += 1
                    if resets > 1:
                        raise ProtocolError("the change feed asked to start over twice in one pull")
                    _log.warning("the service reset the change feed; local cases are dropped")
                    done = 0
                applied = self.store.apply_page(page)
                page_changed = applied.changed_ids
                answered.extend(applied.answered_ids)
                pages += 1
                done += len(page.changes)
                changed.extend(page_changed)
                if page_changed and on_changed is not None:
                    on_changed(page_changed)
                if on_page is not None and (page.changes or page.reset):
                    on_page(done, done + page.remaining)
                cursor = page.cursor
                if pending is None:
                    break
        finished = datetime.now(UTC)
        self.store.mark_synced(finished)
        return PullOutcome(
            list(dict.fromkeys(changed)), pages, cursor, finished, list(dict.fromkeys(answered))
        )

    def push(self, *, upload: bool = True) -> PushOutcome:
        """Send the outbox in batches until nothing is pending but what waits for a retry.

        An operation carrying a file (a piece) is held, with the later ones of its case,
        until its file is uploaded (piece_transfer.py): the others go first, then the files
        (``upload``; a job that needs one quick operation sent leaves them to the runner),
        then what they held.

        Safe to repeat after a crash between sending and storing the answer: the service
        applies each op_id once and answers a resend with the same result. Raises SyncError
        when the service cannot be reached or fails as a whole (nothing counted against an
        operation then; what was answered before stays settled).
        """
        already_refused = {r.op_id for r in self.store.refused_actions()}
        now = self._clock()
        self._held = {op_id: due for op_id, due in self._held.items() if due > now}
        held = set(self._held)
        done = _PushRound()
        self._push_round(held, done)  # what needs no file goes at once
        uploaded: list[str] = []
        if upload and self.store.upload_work():
            try:
                uploaded = self.pieces.upload_all()
            except AuthenticationFailed:
                raise
            except SyncError:
                if not done.sent:
                    raise
                _log.info("files wait: the service went away after the operations went")
            if uploaded:  # their operations, and the later ones of their cases
                self._push_round(held, done)
        # Including later ops on a case that the refusal of an earlier one refused too.
        refused = [r for r in self.store.refused_actions() if r.op_id not in already_refused]
        failing = sum(1 for op_id in held if op_id in self._held)
        if done.sent:
            _log.info(
                "pushed %d operations: %d applied, %d refused, %d failing",
                len(done.sent),
                done.applied,
                len(refused),
                failing,
            )
        soonest = min(self._held.values(), default=None)
        if upload and self.store.upload_work():  # a file the service failed on: later
            soonest = min(soonest or math.inf, self._clock() + UPLOAD_RETRY)
        return PushOutcome(
            len(done.sent),
            done.applied,
            refused,
            list(dict.fromkeys([*uploaded, *done.changed])),
            list(dict.fromkeys(done.answered_ids)),
            failing,
            None if soonest is None else max(0.0, soonest - self._clock()),
        )

    def _push_round(self, held: set[uuid.UUID], done: _PushRound) -> None:
        """Send what is pending; an operation the service fails on alone is counted and
        held (refused after REFUSE_AFTER_FAILURES), the others go on."""
        while True:
            self._send_pending(held, done)
            if not done.failed:
                return
            if not done.answered:  # the service may fail on everything: count nothing then
                if len(done.failed) > 1:
                    raise done.failed[0][1]
                self.client.me()  # raises when the service is in trouble, not the operation
            freed = self._count_failures(done.failed, held)
            done.failed.clear()
            if not freed:  # else the later operations on a refused one's case may go now
                return

    def _send_pending(self, held: set[uuid.UUID], done: _PushRound) -> None:
        """Send batches until nothing is left but held operations and failed ones."""
        while True:
            skip = held | {op.op_id for op, _ in done.failed}
            ops = self.store.pending_operations(MAX_BATCH, skip)
            if not ops:
                return
            self._send(ops, done)

    def _send(self, ops: list[Operation], done: _PushRound) -> None:
        """Send ``ops``; when the service fails on the request, send each half again, down
        to the operations it fails on alone (kept in ``done.failed``)."""
        done.sent.update(op.op_id for op in ops)
        try:
            answer = self.client.push(ops)
            if not answer.results:
                raise ProtocolError("the service answered none of the operations sent")
        except (ServiceUnreachable, AuthenticationFailed) as error:
            self._release_unsent(ops, error, done)
            raise
        except (ServiceError, ProtocolError) as error:
            done.reached.update(op.op_id for op in ops)
            if not _may_be_one_operation(error):
                raise
            if len(ops) == 1:
                _log.warning("the service failed on operation %s (%s)", ops[0].op_id, error)
                done.failed.append((ops[0], error))
                return
            half = len(ops) // 2
            self._send(ops[:half], done)
            self._send(ops[half:], done)
            return
        done.reached.update(op.op_id for op in ops)
        self._settle(answer, done)
        answered = {result.op_id for result in answer.results}
        unanswered = [op for op in ops if op.op_id not in answered]
        if unanswered:  # fewer each time: the service answered some
            self._send(unanswered, done)

    def _release_unsent(self, ops: list[Operation], error: SyncError, done: _PushRound) -> None:
        """A request that certainly never reached the service (no connection) or that it
        refused before applying anything (a lapsed session) applied nothing: its operations
        may be undone again, unless an earlier request of this round carried them too."""
        if isinstance(error, ServiceUnreachable) and error.request_sent:
            done.reached.update(op.op_id for op in ops)
            return
        unsent = [op.op_id for op in ops if op.op_id not in done.reached]
        try:
            self.store.release(unsent)
        except Exception:  # they stay taken: never undone, sent later, nothing lost
            _log.exception("releasing %d unsent operations failed", len(unsent))

    def _settle(self, answer: OperationsResponse, done: _PushRound) -> None:
        applied = self.store.settle(answer)
        done.changed.extend(applied.changed_ids)
        done.answered_ids.extend(applied.answered_ids)
        done.answered += len(answer.results)
        done.applied += sum(1 for result in answer.results if result.status == "applied")

    def _count_failures(
        self, failed: list[tuple[Operation, SyncError]], held: set[uuid.UUID]
    ) -> bool:
        """Count a failed attempt of each; hold the ones left for their back-off. True when
        one of them was refused now."""
        first, cap = self._op_backoff
        refused = False
        for op, error in failed:
            attempts = self.store.count_failure(op.op_id, str(error), REFUSE_AFTER_FAILURES)
            if attempts >= REFUSE_AFTER_FAILURES:
                _log.error("operation %s refused after %d failures", op.op_id, attempts)
                self._held.pop(op.op_id, None)
                refused = True
            elif attempts:
                self._held[op.op_id] = self._clock() + min(first * 2 ** (attempts - 1), cap)
                held.add(op.op_id)
        return refused

    def fetch_attachments(self) -> list[str]:
        """Fetch the bytes of every attachment our cases refer to but we lack, so they
        open on the train too; return the ids of the cases that gained some.

        A download whose bytes do not match is logged and skipped (nothing kept; tried
        again next round); being offline ends the round (the caller reports it)."""
        changed: list[str] = []
        for case_id, sha256 in self.store.missing_attachments():
            try:
                data = self.client.fetch_attachment(case_id, sha256)
            except AttachmentMismatch:
                _log.error("attachment %s… did not match its content address", sha256[:12])
                continue
            except ServiceError as error:
                if error.status == 404:  # gone from the department meanwhile
                    continue
                raise
            changed.extend(self.store.keep_attachment(sha256, data))
        if changed:
            _log.info("fetched attachments for %d cases", len(set(changed)))
        return list(dict.fromkeys(changed))

    def fetch_pieces(self) -> list[str]:
        """Fetch the piece files our cases hold and we lack (every version), so they open
        offline; the ids of the cases that gained some (piece_transfer.py)."""
        return self.pieces.fetch_missing()


def _may_be_one_operation(error: SyncError) -> bool:
    """Whether the service may have failed on one operation of the request, rather than
    being absent or refusing the caller (then no operation is to blame)."""
    if isinstance(error, ServiceError):
        status = error.status
        return (status >= 500 and status not in _SERVICE_ABSENT) or status in _REQUEST_REFUSED
    return isinstance(error, ProtocolError)
