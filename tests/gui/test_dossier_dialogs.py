"""The dossier dialogs as tried by a user: printing starts from the export's choices, the
passage picker shows what is blacked out, an export offers to open the file or its
folder, the preview counts pages and zooms, the selection export speaks proper Dutch and
names its cases, and the audit trail shows its details whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtPdfWidgets import QPdfView

from investigator_app.export.batch import BatchResult
from investigator_app.export.files import write_atomically
from investigator_app.export.model import AuditEntry
from investigator_app.export.options import ExportOptions, Profile, Span
from investigator_app.export.render import Progress, RenderedDossier, render_dossier
from investigator_app.export.sample import sample_case
from investigator_app.export.source import ExportOutcome
from investigator_app.gui.dossiers.audit_trail_dialog import AuditTrailDialog
from investigator_app.gui.dossiers.batch_export_dialog import BatchExportDialog, dossier_count
from investigator_app.gui.dossiers.export_dialog import ExportDialog
from investigator_app.gui.dossiers.export_done import ExportDoneDialog
from investigator_app.gui.dossiers.export_memory import ExportMemory
from investigator_app.gui.dossiers.print_preview import PrintPreviewDialog
from investigator_app.gui.shell.shortcuts import Command
from tests.export.pdf_reading import all_text
from tests.support.viewer import FileViewer
from tests.support.world import ABB, AN, World

PASSAGE = "heraanleg van het marktplein"


def save_job(options: ExportOptions, path: Path | None, progress: Progress) -> ExportOutcome:
    rendered = render_dossier(sample_case(), options, progress)
    assert path is not None
    write_atomically(path, rendered.data)
    return ExportOutcome(rendered, recorded=False)


def render_job(options: ExportOptions, _path: Path | None, progress: Progress) -> RenderedDossier:
    return render_dossier(sample_case(), options, progress)


def select(dialog: ExportDialog, field: str, phrase: str) -> None:
    dialog.ui.fieldCombo.setCurrentIndex(dialog.ui.fieldCombo.findData(field))
    text = dialog.ui.sourceText.toPlainText()
    cursor = dialog.ui.sourceText.textCursor()
    start = text.index(phrase)
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    dialog.ui.sourceText.setTextCursor(cursor)
    dialog.ui.redactButton.click()


def test_printing_starts_from_the_choices_of_the_export_a_minute_earlier(
    qtbot, tmp_path: Path
) -> None:
    case = sample_case()
    memory = ExportMemory()
    export = ExportDialog(
        case, save_job, made_by="An Peeters", language="nl", default_folder=tmp_path
    )
    qtbot.addWidget(export)
    export.chosen.connect(lambda choices: memory.remember(case.id, choices))
    export.ui.profileCombo.setCurrentIndex(export.ui.profileCombo.findData("leidinggevende"))
    export.ui.readerEdit.setText("Karel Chef")
    select(export, "description", PASSAGE)
    note_id = case.notes[0].id
    export.ui.notesList.item(0).setCheckState(export.ui.notesList.item(0).checkState().Checked)
    with qtbot.waitSignal(export.finished_job, timeout=20_000):
        export.ui.buttonBox.accepted.emit()

    printing = ExportDialog(
        case,
        render_job,
        made_by="An Peeters",
        language="nl",
        default_folder=tmp_path,
        mode="print",
        remembered=memory.recall(case.id),
    )
    qtbot.addWidget(printing)
    assert printing.profile() is Profile.MANAGER
    assert printing.ui.readerEdit.text() == "Karel Chef"
    assert printing.ui.spansList.count() == 1 and PASSAGE in printing.ui.spansList.item(0).text()
    assert printing.options().note_ids == frozenset({note_id})
    assert not printing.ui.identityCheck.isChecked()  # never carried over
    # Another case starts blank.
    assert memory.recall("another case") is None


def test_the_passage_picker_shows_what_is_blacked_out(qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(
        sample_case(), save_job, made_by="An Peeters", language="nl", default_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    assert dialog.blacked_out() == []
    select(dialog, "description", PASSAGE)
    assert dialog.blacked_out() == [PASSAGE]
    assert dialog.ui.fieldCombo.currentText() == "Beschrijving — 1 passage zwart"
    marks = dialog.ui.sourceText.extraSelections()
    black = marks[0].format.background().color().name()  # type: ignore[attr-defined]
    assert black == "#000000"

    dialog.ui.fieldCombo.setCurrentIndex(dialog.ui.fieldCombo.findData("summary"))
    assert dialog.blacked_out() == []  # another text: its own passages only
    dialog.ui.fieldCombo.setCurrentIndex(dialog.ui.fieldCombo.findData("description"))
    assert dialog.blacked_out() == [PASSAGE]

    dialog.ui.spansList.setCurrentRow(0)
    dialog.ui.removeSpanButton.click()
    assert dialog.blacked_out() == []
    assert dialog.ui.fieldCombo.currentText() == "Beschrijving"


def test_passages_of_the_investigation_can_be_blacked_out(qtbot, tmp_path: Path) -> None:
    """Allegations, findings, withdraw reasons and tasks are in the picker, under clear
    names, and what is picked there is black in the copy."""
    case = sample_case()
    dialog = ExportDialog(
        case, save_job, made_by="An Peeters", language="nl", default_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    combo = dialog.ui.fieldCombo
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert labels["allegation:a2:text"] == "Tenlastelegging 2 — tekst"
    assert labels["allegation:a2:person:1"] == "Tenlastelegging 2 — betrokkene 2"
    assert labels["finding:a1:motivation"] == "Bevinding bij tenlastelegging 1 — motivering"
    assert labels["finding:a1:follow_up"] == (
        "Bevinding bij tenlastelegging 1 — aanbevolen opvolging"
    )
    assert labels["allegation:a3:withdrawn"] == "Tenlastelegging 3 — reden van intrekking"
    assert labels["task:t3"] == "Taak: De gunningsbeslissing van het college nalezen."
    assert labels["task:t1"] == "Taak: De facturen van het reisbureau opvragen."
    picked = {
        "finding:a1:motivation": "reisbureau staat op naam",
        "allegation:a2:text": "kreeg daarna een opdracht",
        "task:t3": "gunningsbeslissing",
        "finding:a1:follow_up": "algemeen directeur",
    }
    for field, phrase in picked.items():
        select(dialog, field, phrase)
        assert dialog.blacked_out() == [phrase]
    dialog.ui.readerEdit.setText("Karel Chef")
    target = tmp_path / "zwart.pdf"
    dialog.ui.pathEdit.setText(str(target))
    with qtbot.waitSignal(dialog.finished_job, timeout=20_000):
        dialog.ui.buttonBox.accepted.emit()
    text = " ".join(all_text(target.read_bytes()).split())
    for phrase in picked.values():
        assert phrase not in text, phrase
    # The rest of those texts is still there.
    assert "De factuur van het" in text and "Tuchtprocedure voorstellen" in text
    assert "nalezen" in text


def test_a_passage_after_an_emoji_is_marked_where_it_is(qtbot, tmp_path: Path) -> None:
    """Qt counts UTF-16 units, Python characters: the mark must not shift by one per 🙂."""
    from dataclasses import replace

    case = replace(sample_case(), description="🙂🙂 de aannemer betaalde 🙂 een reis")
    dialog = ExportDialog(
        case, save_job, made_by="An Peeters", language="nl", default_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.ui.fieldCombo.setCurrentIndex(dialog.ui.fieldCombo.findData("description"))
    start = case.description.index("een reis")
    dialog.add_span(Span("description", start, start + len("een reis")))
    assert dialog.blacked_out() == ["een reis"]


def test_after_an_export_open_it_or_show_its_folder(
    qtbot, tmp_path: Path, viewer: FileViewer
) -> None:
    saved = tmp_path / "dossier.pdf"
    saved.write_bytes(b"%PDF-1.4")
    done = ExportDoneDialog(saved, recorded=False)
    qtbot.addWidget(done)
    assert done.offered() == ["Openen", "Toon in map"]
    assert "dossier.pdf" in done.text.text() and str(tmp_path) in done.text.text()
    assert "zodra de dienst bereikbaar is" in done.text.text()
    done.open_button.click()
    done.folder_button.click()
    assert viewer.opened == [QUrl.fromLocalFile(str(saved)), QUrl.fromLocalFile(str(tmp_path))]


def test_the_preview_counts_its_pages_and_zooms(qtbot) -> None:
    rendered = render_dossier(sample_case(events=120), ExportOptions(Profile.FULL, "K", "A"))
    preview = PrintPreviewDialog(rendered.data, "Afdrukvoorbeeld")
    qtbot.addWidget(preview)
    preview.resize(760, 900)
    preview.show()
    assert rendered.pages > 2
    assert preview.page_label.text() == f"Pagina 1 van {rendered.pages}"
    assert preview.fit_width_button.isChecked() and not preview.fit_page_button.isChecked()
    assert preview.zoom_label.text() == f"{round(preview.zoom() * 100)} %"

    preview.view.pageNavigator().jump(2, preview.view.pageNavigator().currentLocation())
    assert preview.page_label.text() == f"Pagina 3 van {rendered.pages}"

    fitted = preview.zoom()
    preview.zoom_in_button.click()
    assert preview.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert not preview.fit_width_button.isChecked()
    assert (
        preview.zoom() > fitted and preview.zoom_label.text() == f"{round(preview.zoom() * 100)} %"
    )
    larger = preview.zoom()
    preview.zoom_out_button.click()
    assert preview.zoom() < larger
    preview.fit_page_button.click()
    assert preview.fit_page_button.isChecked() and preview.zoom() < fitted
    for _ in range(12):
        preview.zoom_out_button.click()
    assert preview.zoom_label.text() == "25 %" and not preview.zoom_out_button.isEnabled()


def test_the_selection_export_speaks_dutch_and_names_the_cases_it_wrote(
    qtbot, tmp_path: Path, viewer: FileViewer
) -> None:
    assert (dossier_count(1), dossier_count(3)) == ("1 dossier", "3 dossiers")
    dialog = BatchExportDialog(1, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.text() == "1 dossier"
    # The folder's caption is an accelerator (Alt+M), not a literal "&Map".
    assert dialog.folder_caption.buddy() is dialog.folder_edit
    assert not dialog.folder_button.isVisible()

    written = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    dialog.show_result(
        BatchResult(
            written=written,
            references=["1700-2026-000001", "1700-2026-000002"],
            failed=[("1700-2026-000003", "no declaration")],
        )
    )
    assert dialog.status.text().startswith(f"2 dossiers opgeslagen in {tmp_path}.")
    assert "Niet gelukt: 1700-2026-000003" in dialog.status.text()
    assert dialog.written.toPlainText() == "1700-2026-000001\n1700-2026-000002"
    assert dialog.folder_button.isVisible()
    dialog.folder_button.click()
    assert viewer.opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_the_audit_trail_shows_long_details_whole(qtbot) -> None:
    from datetime import UTC, datetime

    detail = "afdruk leidinggevende · " + "Juridische dienst van het agentschap " * 6
    dialog = AuditTrailDialog("1700-2026-000001")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_entries(
        [AuditEntry(datetime(2026, 3, 2, 9, 30, tzinfo=UTC), "An Peeters", "x", detail)]
    )
    table = dialog.table
    right_edge = table.columnViewportPosition(3) + table.columnWidth(3)
    assert right_edge <= table.viewport().width()  # no column runs off to the right
    line = table.fontMetrics().height()
    needed = table.fontMetrics().horizontalAdvance(detail) // table.columnWidth(3) + 1
    assert table.rowHeight(0) >= needed * line  # wrapped onto as many lines as it needs
    assert table.wordWrap()


def test_the_window_remembers_per_case_and_offers_to_open_the_export(
    qtbot, world: World, desktops, tmp_path: Path, viewer: FileViewer
) -> None:
    created = world.register_and_forward(ABB, description="De heraanleg van het marktplein.")
    an = desktops(AN)
    window = an.workspace.window
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)
    actions = an.workspace.exports
    assert actions is not None

    window.commands[Command.EXPORT].trigger()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, ExportDialog), timeout=10_000)
    export = actions.dialog
    assert isinstance(export, ExportDialog)
    export.ui.profileCombo.setCurrentIndex(export.ui.profileCombo.findData("leidinggevende"))
    export.ui.readerEdit.setText("Juridische dienst")
    select(export, "description", "marktplein")
    export.ui.pathEdit.setText(str(tmp_path / "out.pdf"))
    with qtbot.waitSignal(export.finished_job, timeout=20_000):
        export.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: actions.done is not None and actions.done.isVisible(), timeout=5_000)
    done = actions.done
    assert done is not None and done.path == tmp_path / "out.pdf"
    assert done.offered() == ["Openen", "Toon in map"]
    done.open_button.click()
    assert viewer.opened == [QUrl.fromLocalFile(str(tmp_path / "out.pdf"))]

    window.commands[Command.PRINT].trigger()
    qtbot.waitUntil(lambda: actions.dialog is not export, timeout=10_000)
    printing = actions.dialog
    assert isinstance(printing, ExportDialog)
    assert printing.profile() is Profile.MANAGER
    assert printing.ui.readerEdit.text() == "Juridische dienst"
    printing.ui.fieldCombo.setCurrentIndex(printing.ui.fieldCombo.findData("description"))
    assert printing.blacked_out() == ["marktplein"]

    # The next export goes to the folder of the last one.
    printing.reject()
    window.commands[Command.EXPORT].trigger()
    qtbot.waitUntil(lambda: actions.dialog is not printing, timeout=10_000)
    again = actions.dialog
    assert isinstance(again, ExportDialog)
    assert Path(again.ui.pathEdit.text()).parent == tmp_path
