"""A case's audit trail as the department sees it: who exported or printed which copy, for
whom and when (later also reveals and declarations). It lives on the service, so it is
read when online; it never holds case content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from investigator_app.export.model import AuditEntry
from investigator_app.gui.common.dialog_buttons import close_buttons
from investigator_app.gui.common.formatting import format_datetime


def action_label(action: str) -> str:
    labels = {
        "case.copy_exported": QCoreApplication.translate("AuditTrail", "Dossier geëxporteerd"),
        "case.copy_printed": QCoreApplication.translate("AuditTrail", "Dossier afgedrukt"),
        "case.identity_revealed": QCoreApplication.translate(
            "AuditTrail", "Identiteit melder getoond"
        ),
        "case.conflict_declared": QCoreApplication.translate(
            "AuditTrail", "Verklaard: geen belangenconflict"
        ),
        "case.recused": QCoreApplication.translate(
            "AuditTrail", "Onthouden wegens belangenconflict"
        ),
        "case.add_allegation": QCoreApplication.translate(
            "AuditTrail", "Tenlastelegging toegevoegd"
        ),
        "case.edit_allegation": QCoreApplication.translate(
            "AuditTrail", "Tenlastelegging gewijzigd"
        ),
        "case.withdraw_allegation": QCoreApplication.translate(
            "AuditTrail", "Tenlastelegging ingetrokken"
        ),
        "case.record_finding": QCoreApplication.translate("AuditTrail", "Bevinding vastgelegd"),
        "case.add_task": QCoreApplication.translate("AuditTrail", "Onderzoekstaak toegevoegd"),
        "case.edit_task": QCoreApplication.translate("AuditTrail", "Onderzoekstaak gewijzigd"),
        "case.set_task_state": QCoreApplication.translate(
            "AuditTrail", "Onderzoekstaak van toestand veranderd"
        ),
        "case.add_piece": QCoreApplication.translate("AuditTrail", "Stuk toegevoegd"),
        "case.replace_piece": QCoreApplication.translate(
            "AuditTrail", "Stuk vervangen door een nieuwe versie"
        ),
        "case.withdraw_piece": QCoreApplication.translate("AuditTrail", "Stuk ingetrokken"),
        "case.record_custody": QCoreApplication.translate(
            "AuditTrail", "Stuk geopend, geëxporteerd of afgedrukt"
        ),
        "case.add_interview": QCoreApplication.translate("AuditTrail", "Verhoor toegevoegd"),
        "case.edit_interview": QCoreApplication.translate("AuditTrail", "Verhoor gewijzigd"),
        "case.sign_interview": QCoreApplication.translate("AuditTrail", "Verhoor ondertekend"),
        "case.correct_interview": QCoreApplication.translate(
            "AuditTrail", "Verbetering van een verhoor"
        ),
    }
    return labels.get(action, action)


class AuditTrailDialog(QDialog):
    """Shows "loading" until ``show_entries`` or ``show_unavailable`` is called."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audittrail van %1").replace("%1", reference))
        self.resize(860, 420)
        self.status = QLabel(self.tr("De audittrail wordt opgehaald bij de server…"), self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Details")]
        )
        self.table.setAccessibleName(self.tr("Audittrail van de melding"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # When, who and what fit their content; the details take the rest and wrap, so a
        # long line (a reader, a copy id) is never cut off.
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def show_entries(self, entries: list[AuditEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                format_datetime(entry.at),
                entry.actor,
                action_label(entry.action),
                entry.detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))  # plain text items
        self.table.resizeRowsToContents()
        self.status.setText(
            self.tr("%1 registraties.").replace("%1", str(len(entries)))
            if entries
            else self.tr("Nog niets geregistreerd voor deze melding.")
        )

    def show_unavailable(self) -> None:
        self.status.setText(
            self.tr(
                "De audittrail staat op de server en is nu niet bereikbaar. Probeer opnieuw "
                "wanneer u online bent."
            )
        )
