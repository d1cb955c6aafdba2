"""The "Tijdlijn" tab: the case's history, newest first, as readable entries.

Each entry says when, who and what, and the reason or motivation that came with it in
full, word-wrapped and selectable (a tooltip on a cut-off line hid the closing motivation
before). Every text is plain (``plain_text``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround
from investigator_app.gui.common.formatting import format_datetime
from investigator_app.gui.common.labels import event_label, outcome_label
from investigator_app.gui.conversation.message_thread import party_label
from investigator_app.gui.workspace.close_dialog import closing_ground_label
from investigator_app.gui.workspace.plain_text import plain_label
from investigator_app.store.views import TimelineEntry

_MOTIVATED = frozenset(
    {EventKind.CLOSED, EventKind.ASSESSMENT_STARTED, EventKind.INVESTIGATION_STARTED}
)


def what_happened(entry: TimelineEntry) -> str:
    """The event in words, with its outcome or new assignee, and whether it was sent."""
    try:
        what = event_label(entry.kind)
    except KeyError:  # a kind this release has no words for yet: its code, not a crash
        what = str(entry.kind)
    if entry.outcome is not None:
        what = f"{what}: {outcome_label(entry.outcome)}"
    if entry.kind is EventKind.ASSIGNED:
        what = (
            QCoreApplication.translate("TimelineView", "Toegewezen aan %1").replace(
                "%1", entry.assignee
            )
            if entry.assignee
            else QCoreApplication.translate("TimelineView", "Toewijzing opgeheven")
        )
    if entry.pending:
        what = f"{what} " + QCoreApplication.translate("TimelineView", "(nog niet verzonden)")
    return what


def reason_caption(kind: EventKind) -> str:
    return (
        QCoreApplication.translate("TimelineView", "Motivering:")
        if kind in _MOTIVATED
        else QCoreApplication.translate("TimelineView", "Reden:")
    )


class TimelineEntryView(QFrame):
    def __init__(
        self,
        entry: TimelineEntry,
        parent: QWidget | None = None,
        *,
        ground: ClosingGround | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        when = f"{format_datetime(entry.at)} — {party_label(entry.actor)}"
        self.when_label = plain_label(self, when)
        layout.addWidget(self.when_label)
        self.what_label = plain_label(self, what_happened(entry), bold=True, selectable=True)
        layout.addWidget(self.what_label)
        self.ground_label: QLabel | None = None
        if ground is not None:  # closed without investigation: on which ground
            self.ground_label = plain_label(
                self,
                QCoreApplication.translate("TimelineView", "Grond: %1").replace(
                    "%1", closing_ground_label(ground)
                ),
                selectable=True,
            )
            layout.addWidget(self.ground_label)
        self.reason_label: QLabel | None = None
        if entry.reason:
            caption = plain_label(self, reason_caption(entry.kind))
            layout.addWidget(caption)
            self.reason_label = plain_label(self, entry.reason, selectable=True)
            self.reason_label.setAccessibleName(reason_caption(entry.kind).rstrip(":"))
            self.reason_label.setContentsMargins(12, 0, 0, 0)
            layout.addWidget(self.reason_label)


class TimelineView(QScrollArea):
    """Scrolls on its own inside its tab; nothing in it scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(
            QCoreApplication.translate("TimelineView", "Tijdlijn van de melding")
        )
        self._contents = QWidget(self)
        self._layout = QVBoxLayout(self._contents)
        self._layout.addStretch(1)
        self.setWidget(self._contents)
        self.entries: list[TimelineEntryView] = []

    def show_entries(
        self, entries: list[TimelineEntry], closing_ground: ClosingGround | None = None
    ) -> None:
        """Newest first (``entries`` come oldest first): what happened last is what a
        reader looks for. ``closing_ground``: the case's ground for closing without
        investigation, shown on its (newest) closing."""
        self.clear()
        ground = closing_ground
        for entry in reversed(entries):
            closing = entry.kind is EventKind.CLOSED
            view = TimelineEntryView(entry, self._contents, ground=ground if closing else None)
            if closing:
                ground = None  # an earlier closing was before a reopening: not this ground
            self._layout.insertWidget(self._layout.count() - 1, view)
            self.entries.append(view)

    def clear(self) -> None:
        for view in self.entries:
            self._layout.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.entries = []
