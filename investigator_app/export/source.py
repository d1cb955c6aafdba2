"""Where exports read cases from and record their copies: a signed-in account's local store
(each copy is queued there as a ``record_copy`` operation, and each piece whose content it
carries as a ``record_custody``; the pieces' bytes are read there too, checked), and a link
to the service for sending it at once and for the case's audit trail (sync.service_link;
optional)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from investigator_app.export.files import copy_record, custody_records, write_atomically
from investigator_app.export.from_store import dossier_from_detail, notes_of
from investigator_app.export.model import AuditEntry, CarriedPiece, DossierCase
from investigator_app.export.options import MAX_CARRIED_BYTES, ExportOptions, Profile
from investigator_app.export.render import Progress, RenderedDossier, render_dossier
from investigator_app.protocol_audit import CaseAuditEntryOut, CopyKind
from investigator_app.store import LocalStore


class ServiceLink(Protocol):
    """What exporting needs of the service (sync.service_link.ServiceLink)."""

    def send_outbox(self) -> None: ...

    def case_audit(self, case_id: str) -> list[CaseAuditEntryOut] | None: ...


class UnknownCaseError(LookupError):
    """No case with that reference in the local store."""


class CarriedTooLargeError(ValueError):
    """The pieces chosen to carry are together more than one copy takes."""

    def __init__(self, size: int) -> None:
        super().__init__(f"the chosen pieces hold {size} bytes, more than {MAX_CARRIED_BYTES}")
        self.size = size


class UndeclaredCaseError(PermissionError):
    """The signed-in user has not declared that they have no conflict of interest in the
    case: it leaves as no dossier, exported or printed (the desktop's gate asks first)."""


@dataclass(frozen=True)
class ExportOutcome:
    rendered: RenderedDossier
    recorded: bool  # the copy is on the service's audit trail (else queued, sent later)


class ExportSource:
    def __init__(self, store: LocalStore, service: ServiceLink | None = None) -> None:
        self.store = store
        self.service = service

    def user_name(self) -> str:
        me = self.store.identity()
        return me.user.display_name if me is not None else ""

    def references(self, now: datetime, *, declared: bool = True) -> list[str]:
        """The cases that may leave as a dossier (the user declared no conflict of interest
        in them); ``declared=False``: those that wait for the declaration."""
        return sorted(
            summary.reference
            for summary in self.store.list_summaries(now)
            if bool(summary.conflict_declared) is declared
        )

    def case_id(self, reference: str, now: datetime) -> str:
        for summary in self.store.list_summaries(now):
            if summary.reference == reference or summary.id == reference:
                return summary.id
        raise UnknownCaseError(reference)

    def dossier(self, case_id: str, now: datetime) -> DossierCase:
        """The case as a dossier shows it. UnknownCaseError: not in the store;
        UndeclaredCaseError: the user has not declared on it (so it is not exported)."""
        detail = self.store.detail(case_id, now)
        if detail is None:
            raise UnknownCaseError(case_id)
        if not detail.conflict_declared:
            raise UndeclaredCaseError(detail.reference)
        me = self.store.identity()
        department = me.user.department if me is not None else None
        return dossier_from_detail(
            detail,
            now=now,
            department_name=department.name if department is not None else None,
            policy=self.store.deadline_policy(),
            notes=notes_of(detail),
            audit=self.audit(case_id) or (),
        )

    def audit(self, case_id: str) -> list[AuditEntry] | None:
        """The case's audit trail from the service, copies made offline sent first; None
        when it cannot be had now."""
        if self.service is None:
            return None
        self.service.send_outbox()
        entries = self.service.case_audit(case_id)
        if entries is None:
            return None
        return [
            AuditEntry(at=e.at, actor=e.actor, action=e.action, detail=_detail_line(e.detail))
            for e in entries
        ]

    def availability(self, case: DossierCase) -> dict[str, str]:
        """Per piece id, whether the bytes of its current version are on this workstation
        (store.evidence.PieceAvailability values: only "available" ones can be carried)."""
        pieces = case.investigation.pieces
        if not pieces:
            return {}
        states = self.store.piece_availability([piece.file.sha256 for piece in pieces])
        return {piece.id: str(states.get(piece.file.sha256, "missing")) for piece in pieces}

    def contents(self, case: DossierCase, options: ExportOptions) -> list[CarriedPiece]:
        """The content of the pieces the copy carries (their current version), read from
        the store and checked against their sha256: store.evidence's PieceDamaged or
        PieceMissing when one cannot be had, CarriedTooLargeError over MAX_CARRIED_BYTES;
        the copy is then not made, rather than made without what was chosen."""
        if options.profile is not Profile.FULL:
            return []
        chosen = [p for p in case.investigation.pieces if p.id in options.carried_piece_ids]
        size = sum(piece.file.size for piece in chosen)
        if size > MAX_CARRIED_BYTES:
            raise CarriedTooLargeError(size)
        return [
            CarriedPiece(
                piece_id=piece.id,
                number=piece.number,
                version=piece.version,
                title=piece.facts.title,
                name=piece.file.name,
                media_type=piece.file.media_type,
                sha256=piece.file.sha256,
                data=self.store.piece_bytes(piece.file.sha256, max_bytes=MAX_CARRIED_BYTES),
            )
            for piece in chosen
        ]

    def render(
        self, case: DossierCase, options: ExportOptions, progress: Progress | None = None
    ) -> RenderedDossier:
        """The copy's PDF with the content of the pieces it carries (see ``contents``)."""
        return render_dossier(case, options, progress, self.contents(case, options))

    def record(self, case_id: str, rendered: RenderedDossier, kind: CopyKind) -> bool:
        """Queue the copy's audit record (and the custody entry of each piece it carries)
        and send them; True when the service has the copy's record now, False when it waits
        in the outbox for the next sync."""
        queued = self.store.queue(copy_record(case_id, rendered, kind))
        for custody in custody_records(case_id, rendered, kind):
            self.store.queue(custody)
        if self.service is not None:
            self.service.send_outbox()
        return self.store.operation_state(queued.op_id) == "applied"

    def export(
        self,
        case: DossierCase,
        options: ExportOptions,
        out: Path,
        progress: Progress | None = None,
    ) -> ExportOutcome:
        """Render, save whole (ExportWriteError otherwise), then record the copy."""
        rendered = self.render(case, options, progress)
        write_atomically(out, rendered.data)
        return ExportOutcome(rendered, self.record(case.id, rendered, CopyKind.EXPORT))


def _detail_line(detail: dict[str, str | int]) -> str:
    """The facts of an audit entry a dossier reader needs (no hashes, no references, no
    ids: for the investigation, which allegation, task, piece or interview record, its
    version, conclusion or state; for a piece's custody, opened, exported or printed)."""
    keys = ("profile", "reader", "copy_id")
    facts = [str(detail[key]) for key in keys if key in detail]
    custody = _CUSTODY_WORDS.get(str(detail.get("kind", "")))
    if "piece_number" in detail and custody is not None:
        facts.insert(0, custody)
    if "number" in detail:
        facts.insert(0, f"tenlastelegging {detail['number']}")
    if "task_number" in detail:
        facts.insert(0, f"taak {detail['task_number']}")
    if "piece_number" in detail:
        facts.insert(0, f"stuk {detail['piece_number']}")
    if "interview_number" in detail:
        facts.insert(0, f"verhoor {detail['interview_number']}")
    for key in ("version", "finding_version"):
        if key in detail:
            facts.append(f"versie {detail[key]}")
    for key in ("conclusion", "state"):
        word = _AUDIT_WORDS.get(str(detail.get(key, "")))
        if word is not None:
            facts.append(word)
    return " · ".join(facts)


# A piece's custody entries (record_custody's kind), as the dossier's Dutch.
_CUSTODY_WORDS = {"opened": "geopend", "exported": "geëxporteerd", "printed": "afgedrukt"}

# The codes of conclusions and task states an audit entry carries, as the dossier's Dutch.
_AUDIT_WORDS = {
    "founded": "gegrond",
    "partly_founded": "deels gegrond",
    "unfounded": "ongegrond",
    "not_determinable": "niet vast te stellen",
    "open": "open",
    "done": "uitgevoerd",
    "cancelled": "geannuleerd",
}
