"""Issue 12 in the export dialog (real widgets): which interview records a copy shows, which
pieces' content a full copy carries (only those whose bytes are here and sound; printing:
only images), and that the rendered copy holds what was ticked."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from investigator_app.export.files import write_atomically
from investigator_app.export.model import DossierCase
from investigator_app.export.options import MAX_CARRIED_BYTES, ExportOptions, Profile
from investigator_app.export.render import Progress, RenderedDossier, render_dossier
from investigator_app.export.sample_evidence import (
    EXTRACT,
    INVOICE,
    PHOTO,
    SCAN,
    SUSPECT,
    WITNESS,
    sample_contents,
    sample_evidence_case,
)
from investigator_app.gui.dossiers.export_dialog import ExportDialog
from investigator_app.gui.dossiers.export_memory import ExportChoices
from tests.export.pdf_reading import all_text

AVAILABLE = {INVOICE: "available", PHOTO: "available", EXTRACT: "damaged", SCAN: "missing"}


def dialog_for(
    qtbot, tmp_path: Path, case: DossierCase, mode: str = "export", **kwargs: object
) -> ExportDialog:
    contents = sample_contents(case)

    def job(options: ExportOptions, path: Path | None, progress: Progress) -> RenderedDossier:
        rendered = render_dossier(case, options, progress, contents)
        if path is not None:
            write_atomically(path, rendered.data)
        return rendered

    dialog = ExportDialog(
        case,
        job,
        made_by="An Peeters",
        language="nl",
        default_folder=tmp_path,
        mode=mode,
        availability=kwargs.pop("availability", AVAILABLE),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    return dialog


def rows(widget: QListWidget) -> dict[str, tuple[str, bool, bool]]:
    """Item id -> (text, enabled, checked)."""
    out = {}
    for row in range(widget.count()):
        item = widget.item(row)
        out[str(item.data(Qt.ItemDataRole.UserRole))] = (
            item.text(),
            bool(item.flags() & Qt.ItemFlag.ItemIsEnabled),
            item.checkState() == Qt.CheckState.Checked,
        )
    return out


def tick(widget: QListWidget, item_id: str, checked: bool = True) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == item_id:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def test_a_full_copy_carries_the_ticked_pieces_that_are_here(qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, tmp_path, sample_evidence_case())
    evidence = dialog.evidence
    assert not evidence.interviewsGroup.isHidden() and not evidence.piecesGroup.isHidden()
    records = rows(evidence.interviewsList)
    assert [checked for _, _, checked in records.values()] == [True, True]  # full: all
    assert "Verhoor 1: Piet Fictief (betrokkene), 20/03/2026" in records[SUSPECT][0]
    pieces = rows(evidence.piecesList)
    assert pieces[INVOICE][1] and pieces[PHOTO][1]
    assert not pieces[EXTRACT][1] and "(beschadigd)" in pieces[EXTRACT][0]
    assert not pieces[SCAN][1] and "nog niet op deze werkplek" in pieces[SCAN][0]
    assert not any(checked for _, _, checked in pieces.values())  # nothing carried unasked
    tick(evidence.piecesList, INVOICE)
    tick(evidence.piecesList, PHOTO)
    tick(evidence.interviewsList, WITNESS, False)
    assert "Samen" in evidence.piecesNote.text()
    dialog.ui.readerEdit.setText("Parket")
    dialog.ui.pathEdit.setText(str(tmp_path / "volledig.pdf"))
    with qtbot.waitSignal(dialog.finished_job, timeout=20_000) as done:
        dialog.ui.buttonBox.accepted.emit()
    rendered: RenderedDossier = done.args[0]
    assert rendered.options.carried_piece_ids == {INVOICE, PHOTO}
    assert rendered.options.interview_ids == frozenset({SUSPECT})
    saved = (tmp_path / "volledig.pdf").read_bytes()
    assert set(PdfReader(io.BytesIO(saved)).attachments) == {"stuk-001-v2.pdf", "stuk-002-v1.png"}
    text = all_text(saved)
    assert "Verhoor 1 · Piet Fictief" in text and "Verhoor 2 · Marie Verzonnen" not in text


def test_a_managers_copy_carries_nothing_and_shows_only_ticked_records(
    qtbot, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tmp_path, sample_evidence_case())
    tick(dialog.evidence.piecesList, INVOICE)
    dialog.ui.profileCombo.setCurrentIndex(dialog.ui.profileCombo.findData("leidinggevende"))
    assert not any(checked for _, _, checked in rows(dialog.evidence.interviewsList).values())
    assert not dialog.evidence.piecesList.isEnabled()
    assert "Alleen het volledige dossier" in dialog.evidence.piecesNote.text()
    tick(dialog.evidence.interviewsList, WITNESS)
    dialog.ui.readerEdit.setText("Karel Chef")
    options = dialog.options()
    assert options.carried_piece_ids == frozenset()
    assert options.interview_ids == frozenset({WITNESS})


def test_printing_offers_only_images_and_remembers_the_choices(qtbot, tmp_path: Path) -> None:
    case = sample_evidence_case()
    remembered = ExportChoices(
        Profile.FULL, "Karel Chef", interview_ids=frozenset({WITNESS}), piece_ids=frozenset({PHOTO})
    )
    dialog = dialog_for(qtbot, tmp_path, case, mode="print", remembered=remembered)
    assert list(rows(dialog.evidence.piecesList)) == [PHOTO]  # the PDF and the text are no pages
    assert rows(dialog.evidence.piecesList)[PHOTO][2]
    assert rows(dialog.evidence.interviewsList)[SUSPECT][2] is False
    assert "als pagina afgedrukt" in dialog.evidence.piecesNote.text()
    assert dialog.choices().piece_ids == {PHOTO}


def test_a_case_without_evidence_shows_neither_group(qtbot, tmp_path: Path) -> None:
    case = sample_evidence_case()
    bare = replace(case, investigation=replace(case.investigation, pieces=(), interviews=()))
    dialog = dialog_for(qtbot, tmp_path, bare)
    assert dialog.evidence.interviewsGroup.isHidden() and dialog.evidence.piecesGroup.isHidden()


def test_too_much_to_carry_is_refused_before_rendering(qtbot, tmp_path: Path) -> None:
    case = sample_evidence_case()
    huge = tuple(
        replace(p, file=replace(p.file, size=MAX_CARRIED_BYTES // 2 + 1))
        for p in case.investigation.pieces
    )
    case = replace(case, investigation=replace(case.investigation, pieces=huge))
    dialog = dialog_for(qtbot, tmp_path, case)
    tick(dialog.evidence.piecesList, INVOICE)
    tick(dialog.evidence.piecesList, PHOTO)
    dialog.ui.readerEdit.setText("Parket")
    dialog.ui.buttonBox.accepted.emit()
    assert "kies er minder" in dialog.ui.statusLabel.text()
    assert not dialog.busy and dialog.ui.buttonBox.isEnabled()
