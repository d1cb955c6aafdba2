"""The texts of a case the export dialog can black out passages in: each under the key the
dossier's sections black out (export/redaction.py), with the name the dialog lists it by.
Words in the context "ExportDialog" (the dialog's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from investigator_app.export.model import DossierCase
from investigator_app.export.redaction import (
    field_key_allegation,
    field_key_finding,
    field_key_interview,
    field_key_piece_withdrawn,
    field_key_task,
)

Fields = dict[str, tuple[str, str]]
"""Field key -> (the name the dialog lists it by, the text)."""


def first_words(text: str, count: int = 6) -> str:
    """The start of a text on one line, to name it in a list: "Verhoor van Ward …"."""
    words = "".join(c if c.isprintable() else " " for c in text).split()
    start = " ".join(words[:count])[:60]
    return start + " …" if start != " ".join(words) else start


def redactable_fields(case: DossierCase) -> Fields:
    fields: Fields = {
        "summary": (QCoreApplication.translate("ExportDialog", "Onderwerp"), case.summary),
        "description": (
            QCoreApplication.translate("ExportDialog", "Beschrijving"),
            case.description,
        ),
    }
    fields.update(investigation_fields(case))
    fields.update(evidence_fields(case))
    for number, message in enumerate(case.messages, start=1):
        fields[f"message:{message.id}:body"] = (
            QCoreApplication.translate("ExportDialog", "Bericht %1").replace("%1", str(number)),
            message.body,
        )
        if message.answer:
            fields[f"message:{message.id}:answer"] = (
                QCoreApplication.translate("ExportDialog", "Antwoord op bericht %1").replace(
                    "%1", str(number)
                ),
                message.answer,
            )
    for note in case.notes:
        fields[f"note:{note.id}"] = (
            QCoreApplication.translate("ExportDialog", "Notitie van %1").replace("%1", note.author),
            note.text,
        )
    return fields


def investigation_fields(case: DossierCase) -> Fields:
    """The dossier's Tenlasteleggingen en bevindingen and Onderzoeksplan."""
    fields: Fields = {}
    for allegation in case.investigation.allegations:
        number = str(allegation.number)
        facts = allegation.facts
        fields[field_key_allegation(allegation.id, "text")] = (
            QCoreApplication.translate("ExportDialog", "Tenlastelegging %1 — tekst").replace(
                "%1", number
            ),
            facts.text,
        )
        if allegation.withdrawn is not None:  # the dossier shows its text and why
            fields[field_key_allegation(allegation.id, "withdrawn")] = (
                QCoreApplication.translate(
                    "ExportDialog", "Tenlastelegging %1 — reden van intrekking"
                ).replace("%1", number),
                allegation.withdrawn.reason,
            )
            continue
        for index, person in enumerate(facts.persons):
            fields[field_key_allegation(allegation.id, f"person:{index}")] = (
                QCoreApplication.translate("ExportDialog", "Tenlastelegging %1 — betrokkene %2")
                .replace("%1", number)
                .replace("%2", str(index + 1)),
                person,
            )
        finding = allegation.finding
        if finding is None:
            continue
        fields[field_key_finding(allegation.id, "motivation")] = (
            QCoreApplication.translate(
                "ExportDialog", "Bevinding bij tenlastelegging %1 — motivering"
            ).replace("%1", number),
            finding.facts.motivation,
        )
        if finding.facts.follow_up_text.strip():
            fields[field_key_finding(allegation.id, "follow_up")] = (
                QCoreApplication.translate(
                    "ExportDialog", "Bevinding bij tenlastelegging %1 — aanbevolen opvolging"
                ).replace("%1", number),
                finding.facts.follow_up_text,
            )
    for task in case.investigation.tasks:
        fields[field_key_task(task.id)] = (
            QCoreApplication.translate("ExportDialog", "Taak: %1").replace(
                "%1", first_words(task.description)
            ),
            task.description,
        )
    return fields


def evidence_fields(case: DossierCase) -> Fields:
    """The dossier's Verhoren (statements, remarks) and the reasons pieces were withdrawn."""
    fields: Fields = {}
    for record in case.investigation.interviews:
        number = str(record.number)
        for index, statement in enumerate(record.facts.statements):
            fields[field_key_interview(record.id, f"statement:{index}")] = (
                QCoreApplication.translate("ExportDialog", "Verhoor %1 — verklaring %2: %3")
                .replace("%1", number)
                .replace("%2", str(index + 1))
                .replace("%3", first_words(statement.text)),
                statement.text,
            )
        if record.facts.remarks.strip():
            fields[field_key_interview(record.id, "remarks")] = (
                QCoreApplication.translate(
                    "ExportDialog", "Verhoor %1 — opmerkingen van de gehoorde persoon"
                ).replace("%1", number),
                record.facts.remarks,
            )
    for piece in case.investigation.pieces:
        if piece.withdrawn is not None:
            fields[field_key_piece_withdrawn(piece.id)] = (
                QCoreApplication.translate(
                    "ExportDialog", "Stuk %1 — reden van intrekking"
                ).replace("%1", str(piece.number)),
                piece.withdrawn.reason,
            )
    return fields
