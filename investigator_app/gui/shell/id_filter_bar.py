"""The case list's bar above the table while it shows only the cases behind a dashboard
number: where the list comes from, how many cases, and "Filter wissen"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class IdFilterBar(QFrame):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idFilterBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        self.label = QLabel(self)
        self.label.setObjectName("idFilterLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.clear_button = QPushButton(self.tr("Filter &wissen"), self)
        self.clear_button.setObjectName("idFilterClear")
        self.clear_button.setAccessibleName(self.tr("Filter van het overzicht wissen"))
        self.clear_button.clicked.connect(self.cleared)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_filter(self, what: str, count: int) -> None:
        cases = (
            self.tr("1 melding")
            if count == 1
            else self.tr("%1 meldingen").replace("%1", str(count))
        )
        self.label.setText(
            self.tr("Uit het overzicht: %1 — %2").replace("%1", what).replace("%2", cases)
        )
        self.show()

    def text(self) -> str:
        """The label while the list is filtered, else ""."""
        return "" if self.isHidden() else self.label.text()
