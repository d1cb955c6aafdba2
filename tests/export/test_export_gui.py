"""The dossier dialogs with real widgets: choosing, redacting, saving, previewing, printing,
and the window's commands against a real service."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter

from investigator_app.export.files import write_atomically
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.render import Progress, RenderedDossier, render_dossier
from investigator_app.export.sample import DESCRIPTION, sample_case
from investigator_app.gui.dossiers.audit_trail_dialog import AuditTrailDialog
from investigator_app.gui.dossiers.export_dialog import ExportDialog
from investigator_app.gui.dossiers.print_preview import PrintPreviewDialog
from investigator_app.gui.shell.shortcuts import Command
from tests.export.pdf_reading import all_text, read_pages
from tests.support.world import ABB, AN, JONAS, World


def save_job(options: ExportOptions, path: Path | None, progress: Progress) -> RenderedDossier:
    rendered = render_dossier(sample_case(events=300), options, progress)
    assert path is not None
    write_atomically(path, rendered.data)
    return rendered


def select(dialog: ExportDialog, phrase: str) -> None:
    text = dialog.ui.sourceText.toPlainText()
    cursor = dialog.ui.sourceText.textCursor()
    start = text.index(phrase)
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    dialog.ui.sourceText.setTextCursor(cursor)


def test_manager_copy_with_a_passage_blacked_out(qtbot, tmp_path: Path) -> None:
    case = sample_case(events=300)
    dialog = ExportDialog(
        case, save_job, made_by="An Peeters", language="nl", default_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.ui.profileCombo.setCurrentIndex(dialog.ui.profileCombo.findData("leidinggevende"))
    assert dialog.ui.pathEdit.text().endswith("dossier-1700-2026-000123-leidinggevende.pdf")
    dialog.ui.readerEdit.setText("Karel Chef")
    dialog.ui.fieldCombo.setCurrentIndex(dialog.ui.fieldCombo.findData("description"))
    select(dialog, "heraanleg van het marktplein")
    dialog.ui.redactButton.click()
    assert dialog.ui.spansList.count() == 1
    assert "heraanleg van het marktplein" in dialog.ui.spansList.item(0).text()
    with qtbot.waitSignal(dialog.finished_job, timeout=20_000):
        dialog.ui.buttonBox.accepted.emit()
    saved = Path(dialog.ui.pathEdit.text())
    text = all_text(saved.read_bytes())
    assert "marktplein" not in text and "zonder dat andere offertes" in text
    assert "Eerst de facturen opvragen." not in text  # notes unchecked for a manager
    assert "Karel Chef" in read_pages(saved.read_bytes())[0].rotated
    assert DESCRIPTION  # the sample's text is what was selected from


def test_an_unwritable_place_says_so_and_leaves_nothing(qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(
        sample_case(), save_job, made_by="An Peeters", language="nl", default_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.buttonBox.accepted.emit()
    assert "voor wie" in dialog.ui.statusLabel.text()  # a copy needs its reader
    dialog.ui.readerEdit.setText("Karel Chef")
    dialog.ui.pathEdit.setText(str(tmp_path / "missing" / "x.pdf"))
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: "niet opgeslagen" in dialog.ui.statusLabel.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.ui.buttonBox.isEnabled()
    assert list(tmp_path.iterdir()) == []


def test_the_preview_prints_exactly_the_rendered_pages(qtbot, tmp_path: Path) -> None:
    rendered = render_dossier(sample_case(events=120), ExportOptions(Profile.FULL, "K", "A"))
    preview = PrintPreviewDialog(rendered.data, "Afdrukvoorbeeld")
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == rendered.pages
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.printed) as printed:
        preview.print_to(printer)
    assert printed.args == [rendered.pages]
    assert len(read_pages((tmp_path / "printed.pdf").read_bytes())) == rendered.pages


@pytest.mark.slow
def test_export_command_of_the_window_saves_and_records(
    qtbot, world: World, desktops, tmp_path: Path
) -> None:
    created = world.register_and_forward(ABB, description="Een <b>vet</b> verhaal")
    an = desktops(AN)
    window = an.workspace.window
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)
    actions = an.workspace.exports  # the window's own export and print commands
    assert actions is not None
    window.commands[Command.EXPORT].trigger()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, ExportDialog), timeout=10_000)
    dialog = actions.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.ui.readerEdit.setText("Juridische dienst")
    dialog.ui.pathEdit.setText(str(tmp_path / "out.pdf"))
    with qtbot.waitSignal(dialog.finished_job, timeout=20_000) as done:
        dialog.ui.buttonBox.accepted.emit()
    assert done.args[0].recorded
    assert "Een <b>vet</b> verhaal" in all_text((tmp_path / "out.pdf").read_bytes())
    with world.http(JONAS) as colleague:
        trail = colleague.get(f"/cases/{created['id']}/audit").json()["entries"]
    # Her declaration of no conflict of interest came first: she opened the case.
    assert [entry["action"] for entry in trail] == ["case.conflict_declared", "case.copy_exported"]
    assert trail[1]["detail"]["reader"] == "Juridische dienst"

    # Print: the same kind of copy, previewed, printed, recorded as a print.
    window.commands[Command.PRINT].trigger()
    qtbot.waitUntil(lambda: actions.dialog is not dialog, timeout=10_000)
    print_dialog = actions.dialog
    assert isinstance(print_dialog, ExportDialog) and print_dialog.ui.pathEdit.isHidden()
    print_dialog.ui.readerEdit.setText("Karel Chef")
    print_dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, PrintPreviewDialog), timeout=20_000)
    preview = actions.dialog
    assert isinstance(preview, PrintPreviewDialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)

    def printed_recorded() -> bool:
        with world.http(JONAS) as colleague:
            entries = colleague.get(f"/cases/{created['id']}/audit").json()["entries"]
        return [entry["action"] for entry in entries] == [
            "case.conflict_declared",
            "case.copy_exported",
            "case.copy_printed",
        ]

    qtbot.waitUntil(printed_recorded, timeout=10_000)
    assert len(read_pages((tmp_path / "printed.pdf").read_bytes())) == preview.document.pageCount()

    # Melding → Audittrail… lists both copies, who made them and for whom.
    [trail_action] = [
        a for a in window.ui.menuCase.actions() if a.objectName() == "actionAuditTrail"
    ]
    trail_action.trigger()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, AuditTrailDialog), timeout=10_000)
    trail_dialog = actions.dialog
    assert isinstance(trail_dialog, AuditTrailDialog)
    qtbot.waitUntil(lambda: trail_dialog.table.rowCount() == 3, timeout=10_000)

    def cell(row: int, column: int) -> str:
        item = trail_dialog.table.item(row, column)
        assert item is not None
        return item.text()

    rows = [[cell(row, column) for column in range(4)] for row in range(3)]
    assert [row[1:3] for row in rows] == [
        ["An Peeters", "Verklaard: geen belangenconflict"],
        ["An Peeters", "Dossier geëxporteerd"],
        ["An Peeters", "Dossier afgedrukt"],
    ]
    assert "Juridische dienst" in rows[1][3] and "Karel Chef" in rows[2][3]


def test_the_audit_trail_says_so_when_the_service_cannot_be_reached(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)
    actions = an.workspace.exports
    assert actions is not None
    world.service.stop()
    actions.on_audit_triggered()
    dialog = actions.dialog
    assert isinstance(dialog, AuditTrailDialog)
    qtbot.waitUntil(lambda: "niet bereikbaar" in dialog.status.text(), timeout=20_000)
    assert dialog.table.rowCount() == 0
