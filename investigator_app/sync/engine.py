"""SyncEngine: pulls the change feed into the store and pushes the outbox (no Qt here).

One engine per thread: it uses that thread's ApiClient and LocalStore.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from investigator_app.operations import MAX_BATCH
from investigator_app.protocol import MAX_PAGE, ChangesResponse
from investigator_app.store import LocalStore
from investigator_app.store.views import RefusedAction
from investigator_app.sync.api import ApiClient
from investigator_app.sync.errors import AttachmentMismatch, ProtocolError, ServiceError

_log = logging.getLogger("investigator_app.sync.engine")

ProgressCallback = Callable[[int, int], None]
ChangedCallback = Callable[[list[str]], None]


@dataclass(frozen=True)
class PullOutcome:
    changed_ids: list[str]
    pages: int
    cursor: int
    finished_at: datetime
    answered_ids: list[str] = field(default_factory=list)  # cases with new reporter answers


@dataclass(frozen=True)
class PushOutcome:
    sent: int = 0
    applied: int = 0
    refused: list[RefusedAction] = field(default_factory=list)
    changed_ids: list[str] = field(default_factory=list)
    answered_ids: list[str] = field(default_factory=list)


class SyncEngine:
    def __init__(self, store: LocalStore, client: ApiClient, *, page_size: int = MAX_PAGE) -> None:
        self.store = store
        self.client = client
        self._page_size = page_size

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
        changed: list[str] = []
        answered: list[str] = []
        done = pages = resets = 0
        # The first request (the long-poll) runs here; further pages are fetched while the
        # previous one is written, so the service's work and ours overlap. Only one request
        # is in flight at a time.
        first = self.client.changes(self.store.cursor(), self._page_size, wait)
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
        if changed:
            _log.info("pulled %d pages, %d cases changed", pages, len(set(changed)))
        return PullOutcome(
            list(dict.fromkeys(changed)), pages, cursor, finished, list(dict.fromkeys(answered))
        )

    def push(self) -> PushOutcome:
        """Send the outbox in batches until nothing is pending.

        Safe to repeat after a crash between sending and storing the answer: the service
        applies each op_id once and answers a resend with the same result.
        """
        sent = applied_count = 0
        already_refused = {r.op_id for r in self.store.refused_actions()}
        changed: list[str] = []
        answered: list[str] = []
        while True:
            ops = self.store.pending_operations(MAX_BATCH)
            if not ops:
                break
            answer = self.client.push(ops)
            if not answer.results:
                raise ProtocolError("the service answered none of the operations sent")
            applied = self.store.settle(answer)
            changed.extend(applied.changed_ids)
            answered.extend(applied.answered_ids)
            sent += len(ops)
            applied_count += sum(1 for result in answer.results if result.status == "applied")
        # Including later ops on a case that the refusal of an earlier one refused too.
        refused = [r for r in self.store.refused_actions() if r.op_id not in already_refused]
        if sent:
            _log.info(
                "pushed %d operations: %d applied, %d refused", sent, applied_count, len(refused)
            )
        return PushOutcome(
            sent,
            applied_count,
            refused,
            list(dict.fromkeys(changed)),
            list(dict.fromkeys(answered)),
        )

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
