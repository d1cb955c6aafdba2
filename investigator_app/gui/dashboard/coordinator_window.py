"""What a coordinator sees after signing in on the desktop. The role reads no case (the
service answers 403 on the feed and every case endpoint): it works with the yearly report
of every department, numbers only. So instead of a case list that can never fill, and a
sync that can only fail, a small window says so and offers Jaarverslag… and Afmelden."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CoordinatorWindow(QWidget):
    yearly_report_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorWindow")
        self.setWindowTitle(
            self.tr("Integriteitsmeldingen — Coördinator — %1").replace("%1", display_name)
        )
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Aangemeld als integriteitscoördinator"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.message = QLabel(
            self.tr(
                "De rol coördinator werkt met het jaarverslag: de aantallen van alle "
                "diensten en beleidsdomeinen, zonder inhoud van meldingen, namen of "
                "referenties. Meldingen zelf openen en behandelen de diensten; deze rol "
                "ziet ze niet, en deze werkplek synchroniseert dus geen meldingen."
            ),
            self,
        )
        self.message.setObjectName("coordinatorMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.yearly_button = QPushButton(self.tr("&Jaarverslag…"), self)
        self.yearly_button.setObjectName("coordinatorYearly")
        self.yearly_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("&Afmelden"), self)
        self.sign_out_button.setObjectName("coordinatorSignOut")
        buttons.addStretch(1)
        buttons.addWidget(self.yearly_button)
        buttons.addWidget(self.sign_out_button)
        layout.addLayout(buttons)
        self.yearly_button.clicked.connect(self.yearly_report_requested)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.resize(560, 260)
