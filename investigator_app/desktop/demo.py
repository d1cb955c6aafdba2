"""``investigator-app --demo``: the intake service in-process on loopback, seeded with
fictional cases, a demo investigator signed in with an in-memory keyring."""

from __future__ import annotations

import logging
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from investigator_app.gui.common.background import BackgroundCall
from investigator_app.intake.demo import ACCOUNTS, forward_new_demo_case
from investigator_app.intake.demo_service import demo_service, start_seeded

log = logging.getLogger("investigator_app.desktop.demo")

FORWARD_INTERVAL_MS = 60_000


class DemoEnvironment(QObject):
    """Owns the demo's temporary folder and embedded service; forwards a case every minute."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="integriteit-demo-"))
        self.service = demo_service(self.root)
        self.username = ACCOUNTS.investigator.username
        self.password = ACCOUNTS.investigator.password
        self._timer = QTimer(self)
        self._timer.setInterval(FORWARD_INTERVAL_MS)
        self._timer.timeout.connect(self.on_forward_tick)
        self._call: BackgroundCall | None = None

    @property
    def data_dir(self) -> Path:
        return self.root / "desktop"

    @property
    def mail_folder(self) -> Path:
        """Where the relay writes the reporters' e-mails (the demo's mailbox)."""
        return self.root / "mail"

    @property
    def server_url(self) -> str:
        return self.service.base_url

    @property
    def forward_in_progress(self) -> bool:
        return self._call is not None

    def start(self) -> None:
        start_seeded(self.service)
        self._timer.start()
        log.info("demo service on %s", self.server_url)

    def on_forward_tick(self) -> None:
        if self._call is not None:
            return  # the previous one is still running
        self._call = BackgroundCall(
            self._forward_new_case,
            self._on_forwarded,
            self._on_forward_failed,
            self,
        )
        self._call.start()

    def _forward_new_case(self) -> str:
        reference = forward_new_demo_case(self.service.engine, datetime.now(UTC))
        # Registered as a seed is, without the match key: hash it now, so its related
        # cases show as they would for a report 1700 registers (intake/related.py).
        self.service.hash_names()
        return reference

    def _on_forwarded(self, _result: object) -> None:
        self._call = None

    def _on_forward_failed(self, error: Exception) -> None:
        self._call = None
        log.warning("demo forward failed: %s", type(error).__name__)

    def stop(self) -> None:
        self._timer.stop()
        self.service.stop()
        shutil.rmtree(self.root, ignore_errors=True)
