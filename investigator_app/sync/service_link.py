"""The service for a job that needs it now, off the GUI thread (exporting, printing, the
audit-trail dialog, the export command): send the outbox, read a case's audit trail.

It goes through the one HTTP client (ApiClient) and the one sync engine, so what it sends
is the same outbox the runner sends; both may send the same operation, which the service
applies once (its op id is the idempotency key). Being offline is not an error here: what
was queued waits for the next sync round.
"""

from __future__ import annotations

import logging
from types import TracebackType

from investigator_app.protocol_audit import CaseAuditEntryOut
from investigator_app.store.local_store import LocalStore
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import SyncEngine
from investigator_app.sync.errors import SyncError

_log = logging.getLogger("investigator_app.sync.service_link")


class ServiceLink:
    """One per thread: it holds an HTTP client of its own."""

    def __init__(
        self, store: LocalStore, server_url: str, token: str | None, *, timeout: float = 10.0
    ) -> None:
        self._store = store
        self._client = ApiClient(server_url, token, timeout=timeout)

    def send_outbox(self) -> None:
        """Send what is queued (a copy record just made, among it); offline, a lapsed
        session or a busy service leave it queued for the runner."""
        try:
            SyncEngine(self._store, self._client).push(upload=False)  # files: the runner's
        except SyncError as error:
            _log.info("the outbox waits: %s", type(error).__name__)

    def case_audit(self, case_id: str) -> list[CaseAuditEntryOut] | None:
        """The case's audit trail, or None when it cannot be had now."""
        try:
            return self._client.case_audit(case_id).entries
        except SyncError as error:
            _log.info("no audit trail now: %s", type(error).__name__)
            return None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ServiceLink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
