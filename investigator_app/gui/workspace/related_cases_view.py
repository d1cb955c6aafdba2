"""The Overzicht tab's "Verwante meldingen": the department's cases that name the same
person or entity (each reference a link that selects that case in the list), and for
managers the signal that another department has a related case, with 1700 as the contact.

What it shows comes from the service as is (``CaseDetail.related``, per viewer): the
service decides who sees the signal and leaves out cases the user recused from.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from investigator_app.protocol import RelatedOut

LINK_PREFIX = "case:"


class RelatedCasesView(QFrame):
    """A small section, hidden when there is nothing related."""

    case_requested = Signal(str)  # the id of a related case to select

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedCasesView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.caption = QLabel(QCoreApplication.translate("RelatedCases", "Verwante meldingen"))
        self.caption.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.caption)
        self.links = QLabel()
        self.links.setObjectName("relatedLinks")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setWordWrap(True)
        # Links reachable with Tab and opened with Enter, not only with the mouse.
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.setOpenExternalLinks(False)
        self.links.setToolTip(
            QCoreApplication.translate(
                "RelatedCases",
                "Meldingen van uw dienst die dezelfde persoon of entiteit vermelden. "
                "Klik op een referentie om die melding te openen.",
            )
        )
        self.links.linkActivated.connect(self._on_link)
        layout.addWidget(self.links)
        self.elsewhere = QLabel()
        self.elsewhere.setObjectName("relatedElsewhere")
        self.elsewhere.setTextFormat(Qt.TextFormat.PlainText)
        self.elsewhere.setWordWrap(True)
        layout.addWidget(self.elsewhere)
        self.show_related(RelatedOut())

    def show_related(self, related: RelatedOut) -> None:
        own = related.same_department
        self.links.setText(
            ", ".join(
                f'<a href="{LINK_PREFIX}{html.escape(case.id, quote=True)}">'
                f"{html.escape(case.reference)}</a>"
                for case in own
            )
        )
        self.links.setVisible(bool(own))
        others = related.other_departments
        self.elsewhere.setText(
            QCoreApplication.translate(
                "RelatedCases",
                "Verwante melding bij een andere dienst: %1. Neem contact op met 1700 om "
                "af te stemmen.",
            ).replace("%1", ", ".join(others))
            if others
            else ""
        )
        self.elsewhere.setVisible(bool(others))
        self.setVisible(bool(own or others))

    def clear(self) -> None:
        self.show_related(RelatedOut())

    def _on_link(self, link: str) -> None:
        if link.startswith(LINK_PREFIX):
            self.case_requested.emit(link[len(LINK_PREFIX) :])
