"""What an empty case list says, in the list itself: that a search or filter found
nothing (and what it looked for), or that there are no cases yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

SHOWN_SEARCH_MAX = 60  # a pasted page of text is not repeated whole


def shown_search(text: str) -> str:
    """The search as the sentence quotes it: one line, and not endless."""
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_SEARCH_MAX else line[: SHOWN_SEARCH_MAX - 1] + "…"


class EmptyState(QObject):
    """A label over ``view``'s empty viewport; ``show_for`` decides whether and what."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyStateLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a search is shown literally
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setContentsMargins(24, 24, 24, 24)
        self.label.hide()
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def text(self) -> str:
        """What the list says now ("" when it shows cases)."""
        return self.label.text() if not self.label.isHidden() else ""

    def show_for(self, shown: int, total: int, search: str, filters: list[str]) -> None:
        """``shown`` of ``total`` cases are listed for ``search`` and the named ``filters``."""
        if shown:
            self.label.hide()
            return
        search = shown_search(search)
        if search and filters:
            text = (
                self.tr("Geen meldingen gevonden voor “%1” met het filter %2.")
                .replace("%2", ", ".join(f"“{name}”" for name in filters))
                .replace("%1", search)
            )
        elif search:
            text = self.tr("Geen meldingen gevonden voor “%1”.").replace("%1", search)
        elif filters:
            text = self.tr("Geen meldingen gevonden voor het filter %1.").replace(
                "%1", ", ".join(f"“{name}”" for name in filters)
            )
        elif total == 0:
            text = self.tr(
                "Nog geen meldingen. Een melding die 1700 naar uw entiteit doorstuurt, "
                "verschijnt hier."
            )
        else:
            self.label.hide()
            return
        if search or filters:
            text += "\n" + self.tr("Wis de zoekterm of kies een ander filter.")
        self.label.setText(text)
        self.label.setGeometry(self._viewport.rect())
        self.label.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self._viewport.rect())
        return super().eventFilter(watched, event)
