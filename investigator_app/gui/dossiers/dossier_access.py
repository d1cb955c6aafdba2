"""What the dossier commands need of the signed-in workspace: they run on the thread pool,
so each job opens its own store and link to the service (neither is shared across threads).
Copies are recorded through the outbox (export.source.ExportSource.record), with the
custody entries of the pieces they carry, whose bytes are read from the store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from investigator_app.export.model import AuditEntry, DossierCase
from investigator_app.export.options import ExportOptions
from investigator_app.export.render import Progress, RenderedDossier
from investigator_app.export.source import ExportOutcome, ExportSource
from investigator_app.protocol_audit import CopyKind
from investigator_app.store import LocalStore
from investigator_app.sync.service_link import ServiceLink


class DossierAccess:
    """What the commands need of the signed-in workspace; opens its own store and service
    link per background job."""

    def __init__(self, store_path: Path, server_url: str, token: str | None) -> None:
        self.store_path = store_path
        self.server_url = server_url
        self.token = token

    @contextmanager
    def source(self) -> Iterator[ExportSource]:
        store = LocalStore.open(self.store_path)
        try:
            with ServiceLink(store, self.server_url, self.token) as service:
                yield ExportSource(store, service)
        finally:
            store.close()

    def load(self, case_id: str) -> tuple[DossierCase, str]:
        """The case as a dossier (with the service's audit trail when reachable) and the
        signed-in user's name."""
        with self.source() as source:
            now = datetime.now(UTC)
            return source.dossier(case_id, now), source.user_name()

    def load_for_copy(self, case_id: str) -> tuple[DossierCase, str, dict[str, str]]:
        """``load``, and per piece id whether its current version's bytes are here (what
        the dialog may offer to carry)."""
        with self.source() as source:
            now = datetime.now(UTC)
            case = source.dossier(case_id, now)
            return case, source.user_name(), source.availability(case)

    def render(
        self, case: DossierCase, options: ExportOptions, progress: Progress
    ) -> RenderedDossier:
        """The copy to print: rendered with the content of the pieces it carries."""
        with self.source() as source:
            return source.render(case, options, progress)

    def export(
        self, case: DossierCase, options: ExportOptions, path: Path, progress: Progress
    ) -> ExportOutcome:
        with self.source() as source:
            return source.export(case, options, path, progress)

    def audit(self, case_id: str) -> list[AuditEntry] | None:
        """The case's audit trail from the service; None when it cannot be reached now."""
        with self.source() as source:
            return source.audit(case_id)

    def record_print(self, case_id: str, rendered: RenderedDossier) -> bool:
        with self.source() as source:
            return source.record(case_id, rendered, CopyKind.PRINT)
