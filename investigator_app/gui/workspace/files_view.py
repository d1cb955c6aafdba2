"""The "Stukken" tab: the files of a case in one place, each with "Openen": what 1700
attached at registration and what the reporter sent with an answer, and for each which
findings cite it."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from investigator_app.domain.investigation import Investigation, SourceKind
from investigator_app.gui.common.formatting import format_datetime
from investigator_app.gui.conversation.message_thread import AttachmentRow
from investigator_app.gui.workspace.plain_text import plain_label
from investigator_app.store.views import AttachmentView, CaseDetail

_FILE_SOURCES = frozenset({SourceKind.CASE_FILE, SourceKind.ANSWER_FILE})


def citing_allegations(investigation: Investigation) -> dict[str, list[int]]:
    """sha256 of a file → the numbers of the standing allegations whose finding cites it."""
    cited: dict[str, list[int]] = defaultdict(list)
    for allegation in investigation.standing:
        if allegation.finding is None:
            continue
        for source in allegation.finding.facts.sources:
            if source.kind in _FILE_SOURCES and allegation.number not in cited[source.ref]:
                cited[source.ref].append(allegation.number)
    return cited


class FilesView(QScrollArea):
    open_requested = Signal(object)  # AttachmentView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(QCoreApplication.translate("FilesView", "Stukken van de melding"))
        self._contents = QWidget(self)
        self._layout = QVBoxLayout(self._contents)
        self._layout.addStretch(1)
        self.setWidget(self._contents)
        self._widgets: list[QWidget] = []
        self.rows: list[AttachmentRow] = []

    def show_case(self, case: CaseDetail) -> int:
        """Show the files of ``case``; how many there are (for the tab's title)."""
        self.clear()
        cited = citing_allegations(case.investigation)
        if case.attachments:
            self._add(
                plain_label(
                    self._contents,
                    QCoreApplication.translate("FilesView", "Bijlagen bij de melding"),
                    bold=True,
                )
            )
            self._add(
                plain_label(
                    self._contents,
                    QCoreApplication.translate(
                        "FilesView", "Toegevoegd door 1700 bij de registratie."
                    ),
                )
            )
            for attachment in case.attachments:
                self._add_file(attachment, cited)
        answered = [m for m in case.messages if m.attachments]
        if answered:
            self._add(
                plain_label(
                    self._contents,
                    QCoreApplication.translate("FilesView", "Bestanden van de melder"),
                    bold=True,
                )
            )
        for message in answered:
            moment = message.answered_at or message.created_at
            caption = QCoreApplication.translate("FilesView", "Met het antwoord van %1").replace(
                "%1", format_datetime(moment)
            )
            self._add(plain_label(self._contents, caption))
            for attachment in message.attachments:
                self._add_file(attachment, cited)
        if not self.rows:
            self._add(
                plain_label(
                    self._contents,
                    QCoreApplication.translate("FilesView", "Nog geen stukken bij deze melding."),
                )
            )
        return len(self.rows)

    def _add(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self._widgets.append(widget)

    def _add_file(self, attachment: AttachmentView, cited: dict[str, list[int]]) -> None:
        row = AttachmentRow(attachment, self._contents)
        row.open_button.clicked.connect(lambda _=False, a=attachment: self.open_requested.emit(a))
        self._add(row)
        self.rows.append(row)
        numbers = cited.get(attachment.sha256)
        if numbers:
            text = QCoreApplication.translate(
                "FilesView", "Aangehaald in de bevinding bij tenlastelegging %1"
            ).replace("%1", ", ".join(str(n) for n in numbers))
            label: QLabel = plain_label(self._contents, text)
            label.setContentsMargins(12, 0, 0, 0)
            self._add(label)

    def clear(self) -> None:
        for widget in self._widgets:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._widgets = []
        self.rows = []
