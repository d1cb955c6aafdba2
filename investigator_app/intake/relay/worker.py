"""The relay's worker thread: sends due mails from the outbox and expires requests.

One runs in every copy of the service (started and stopped with the app); copies share
the work through the outbox's claims (SKIP LOCKED), and one copy at a time expires
requests (run_once.try_job_lock). A commit that queues a mail wakes the worker of
its own process at once; otherwise it looks every ``poll_interval`` seconds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.messages import expire_requests
from investigator_app.intake.relay import outbox
from investigator_app.intake.relay.compose import compose
from investigator_app.intake.relay.transport import DeliveryError, MailTransport
from investigator_app.intake.run_once import REQUEST_EXPIRY, try_job_lock
from investigator_app.intake.settings import MailSettings

log = logging.getLogger("investigator_app.intake.relay.worker")

MAX_MAILS_PER_ROUND = 200


class RelayWorker:
    def __init__(
        self,
        db: Database,
        settings: MailSettings,
        transport: MailTransport | None,
        public_url: str,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.settings = settings
        self.transport = transport
        self.public_url = public_url
        self.clock = clock
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="intake-relay", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stop.set()
            self._wake.set()
            thread.join(timeout=self.settings.smtp_timeout + 5)

    def wake(self) -> None:
        """Look at the outbox now (callable from any thread)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:
                # The database may be away for a moment; the next round tries again.
                log.exception("relay round failed")
            self._wake.wait(self.settings.poll_interval)
            self._wake.clear()

    def run_once(self) -> int:
        """Expire what is due, then send every due mail; returns the mails attempted."""
        with self.db.write() as session:
            if try_job_lock(session, REQUEST_EXPIRY):  # else another copy is at it now
                expire_requests(session, self.clock())
        if self.transport is None:
            return 0
        attempted = 0
        while attempted < MAX_MAILS_PER_ROUND and not self._stop.is_set():
            now = self.clock()
            with self.db.write() as session:
                claim = outbox.claim_next(session, now, self.public_url, self.settings)
            if claim is None:
                break
            attempted += 1
            self._deliver(claim)
        return attempted

    def _deliver(self, claim: outbox.ClaimedMail) -> None:
        assert self.transport is not None
        mail = compose(claim.content, self.settings.sender, claim.recipient, self.clock())
        try:
            self.transport.send(mail)
        except DeliveryError as error:
            log.warning("mail %s attempt %s failed: %s", claim.outbox_id, claim.attempt, error.code)
            with self.db.write() as session:
                outbox.record_failure(
                    session,
                    claim.outbox_id,
                    error.code,
                    error.permanent,
                    self.clock(),
                    self.settings,
                )
            return
        log.info("mail %s sent (attempt %s)", claim.outbox_id, claim.attempt)
        with self.db.write() as session:
            outbox.record_sent(session, claim.outbox_id, self.clock())
