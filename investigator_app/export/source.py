"""Where exports read cases from: a signed-in account's local store, plus the service for
the case's audit trail and for recording each copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from investigator_app.export.copy_record import CopyRecorder
from investigator_app.export.files import copy_record, write_atomically
from investigator_app.export.from_store import dossier_from_detail, notes_of
from investigator_app.export.model import DossierCase
from investigator_app.export.options import ExportOptions
from investigator_app.export.render import Progress, RenderedDossier, render_dossier
from investigator_app.store import LocalStore


class UnknownCaseError(LookupError):
    """No case with that reference in the local store."""


@dataclass(frozen=True)
class ExportOutcome:
    rendered: RenderedDossier
    recorded: bool  # the copy is on the service's audit trail (else pending, sent later)


class ExportSource:
    def __init__(self, store: LocalStore, recorder: CopyRecorder) -> None:
        self.store = store
        self.recorder = recorder

    def user_name(self) -> str:
        me = self.store.identity()
        return me.user.display_name if me is not None else ""

    def references(self, now: datetime) -> list[str]:
        return sorted(summary.reference for summary in self.store.list_summaries(now))

    def case_id(self, reference: str, now: datetime) -> str:
        for summary in self.store.list_summaries(now):
            if summary.reference == reference or summary.id == reference:
                return summary.id
        raise UnknownCaseError(reference)

    def dossier(self, case_id: str, now: datetime) -> DossierCase:
        detail = self.store.detail(case_id, now)
        if detail is None:
            raise UnknownCaseError(case_id)
        me = self.store.identity()
        department = me.user.department if me is not None else None
        return dossier_from_detail(
            detail,
            now=now,
            department_name=department.name if department is not None else None,
            policy=self.store.deadline_policy(),
            notes=notes_of(detail),
            audit=self.recorder.case_audit(case_id) or (),
        )

    def export(
        self,
        case: DossierCase,
        options: ExportOptions,
        out: Path,
        progress: Progress | None = None,
    ) -> ExportOutcome:
        """Render, save whole (ExportWriteError otherwise), then record the copy."""
        rendered = render_dossier(case, options, progress)
        write_atomically(out, rendered.data)
        recorded = self.recorder.record(copy_record(case.id, rendered, "export"))
        return ExportOutcome(rendered, recorded)
