""" "Melding afronden…": no outcome chosen in advance.

From the assessment the user names the ground (closing without investigation) and the
outcome follows from it; "not competent" is no ground, the dialog points to "Terugsturen
naar 1700…" instead. From the investigation the dialog shows the finding on each
allegation and the outcome they give ("2 gegrond, 1 ongegrond → Gegrond"), and refuses,
saying which, while an allegation lacks a finding. Before closing it asks a confirmation
that says what the reporter will hear next and offers to write the feedback letter.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from investigator_app.domain.deadlines import BRUSSELS, DeadlineKind
from investigator_app.domain.investigation import (
    Allegation,
    ClosingGround,
    Conclusion,
    Investigation,
    conclusion_counts,
    derived_outcome,
    missing_findings,
    outcome_without_investigation,
)
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.gui.common.formatting import format_date
from investigator_app.gui.common.labels import outcome_label
from investigator_app.gui.common.theme import warning_style
from investigator_app.gui.forms.ui_close_case_dialog import Ui_CloseCaseDialog
from investigator_app.gui.workspace.plain_text import readable
from investigator_app.store.views import CaseDetail

MAX_REASON = 10_000  # the operation's bound on a reason (protocol.Reason)
SUMMARY_LENGTH = 160  # an allegation's text in the list: its start, the rest on its tab


class Next(IntEnum):
    """How the dialog ended besides Accepted / Rejected."""

    RETURN_TO_1700 = 2  # the user is not competent: return the case instead
    SHOW_INVESTIGATION = 3  # findings are missing: go and record them


def closing_ground_label(ground: ClosingGround) -> str:
    return {
        ClosingGround.NO_INTEGRITY_VIOLATION: QCoreApplication.translate(
            "CloseCaseDialog", "Geen integriteitsschending"
        ),
        ClosingGround.FACTS_TOO_OLD: QCoreApplication.translate(
            "CloseCaseDialog", "Feiten ouder dan een jaar"
        ),
        ClosingGround.MANIFESTLY_UNFOUNDED: QCoreApplication.translate(
            "CloseCaseDialog", "Kennelijk ongegrond"
        ),
        ClosingGround.ALREADY_HANDLED: QCoreApplication.translate(
            "CloseCaseDialog", "Reeds behandeld"
        ),
        ClosingGround.OTHER: QCoreApplication.translate(
            "CloseCaseDialog", "Andere (zeg welke in de motivering)"
        ),
    }[ground]


def conclusion_label(conclusion: Conclusion) -> str:
    """A finding's conclusion: the same words as the outcome of that name."""
    return outcome_label(Outcome(conclusion.value))


def findings_summary(investigation: Investigation) -> str:
    """ "2 gegrond, 1 ongegrond → Gegrond" (empty while the outcome cannot be derived)."""
    outcome = derived_outcome(investigation)
    if outcome is None:
        return ""
    counts = ", ".join(
        f"{count} {conclusion_label(conclusion).lower()}"
        for conclusion, count in conclusion_counts(investigation).items()
    )
    return f"{counts} → {outcome_label(outcome)}"


def _allegation_line(allegation: Allegation) -> str:
    text = " ".join(allegation.facts.text.split())
    if len(text) > SUMMARY_LENGTH:
        text = text[: SUMMARY_LENGTH - 1] + "…"
    if allegation.withdrawn is not None:
        verdict = QCoreApplication.translate("CloseCaseDialog", "ingetrokken (telt niet mee)")
    elif allegation.finding is None:
        verdict = QCoreApplication.translate("CloseCaseDialog", "nog geen bevinding")
    else:
        verdict = conclusion_label(allegation.finding.facts.conclusion)
    return readable(f"{allegation.number}. {text} — {verdict}")


class CloseCaseDialog(QDialog):
    def __init__(
        self, case: CaseDetail, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        self._case = case
        self._today = today if today is not None else datetime.now(BRUSSELS).date()
        self._investigated = case.status is Status.INVESTIGATING
        self.ui.hintLabel.setStyleSheet(warning_style())
        self.ui.missingLabel.setStyleSheet(warning_style())
        self.ui.hintLabel.setVisible(False)
        self.grounds = QButtonGroup(self)
        self.ground_buttons: dict[ClosingGround, QRadioButton] = {}
        self.ok_button.setText(QCoreApplication.translate("CloseCaseDialog", "Melding afronden…"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("CloseCaseDialog", "Annuleren")
        )
        self.ui.buttonBox.accepted.connect(self.on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.returnButton.clicked.connect(lambda: self.done(Next.RETURN_TO_1700))
        self.ui.investigationButton.clicked.connect(lambda: self.done(Next.SHOW_INVESTIGATION))
        self._write_feedback = False
        if self._investigated:
            self._show_findings(case.investigation)
        else:
            self._ask_ground()
        self.resize(620, 600 if self._investigated else 560)

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # --- the two kinds of closing -------------------------------------------------------

    def _ask_ground(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("CloseCaseDialog", "Melding afronden zonder onderzoek")
        )
        self.ui.explanationLabel.setText(
            QCoreApplication.translate(
                "CloseCaseDialog",
                "U rondt de melding %1 af zonder onderzoek. Kies de grond en motiveer ze; "
                "de uitkomst volgt uit de grond.",
            ).replace("%1", self._case.reference)
        )
        self.ui.findingsBox.setVisible(False)
        layout = self.ui.groundLayout
        for index, ground in enumerate(ClosingGround):
            button = QRadioButton(closing_ground_label(ground), self.ui.groundBox)
            button.setObjectName(f"ground_{ground.value}")
            self.grounds.addButton(button, index)
            self.ground_buttons[ground] = button
            layout.insertWidget(index, button)
        self.grounds.buttonToggled.connect(self._on_ground_changed)
        self.ui.outcomeLabel.setText(
            QCoreApplication.translate("CloseCaseDialog", "Uitkomst: kies eerst een grond.")
        )

    def _on_ground_changed(self) -> None:
        ground = self.ground()
        if ground is None:
            return
        self.ui.outcomeLabel.setText(
            QCoreApplication.translate(
                "CloseCaseDialog", "Uitkomst: %1 (afgerond zonder onderzoek)"
            ).replace("%1", outcome_label(outcome_without_investigation(ground)))
        )
        self.ui.hintLabel.setVisible(False)

    def _show_findings(self, investigation: Investigation) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("CloseCaseDialog", "Melding afronden na onderzoek")
        )
        self.ui.explanationLabel.setText(
            QCoreApplication.translate(
                "CloseCaseDialog",
                "U rondt het onderzoek van melding %1 af. De uitkomst volgt uit de bevindingen "
                "op de tenlasteleggingen die niet ingetrokken zijn.",
            ).replace("%1", self._case.reference)
        )
        self.ui.groundBox.setVisible(False)
        for allegation in investigation.allegations:
            QListWidgetItem(_allegation_line(allegation), self.ui.findingsList)
        missing = missing_findings(investigation)
        problem = ""
        if not investigation.standing:
            problem = QCoreApplication.translate(
                "CloseCaseDialog",
                "Er is nog geen tenlastelegging (of ze zijn alle ingetrokken). Leg op het "
                "tabblad Onderzoek vast wat onderzocht werd, met een bevinding per "
                "tenlastelegging.",
            )
        elif missing:
            numbers = ", ".join(str(a.number) for a in missing)
            problem = (
                QCoreApplication.translate(
                    "CloseCaseDialog",
                    "Nog niet mogelijk: tenlastelegging %1 heeft nog geen bevinding.",
                )
                if len(missing) == 1
                else QCoreApplication.translate(
                    "CloseCaseDialog",
                    "Nog niet mogelijk: tenlasteleggingen %1 hebben nog geen bevinding.",
                )
            ).replace("%1", numbers)
            problem += " " + QCoreApplication.translate(
                "CloseCaseDialog",
                "Leg die vast op het tabblad Onderzoek, of trek een tenlastelegging in.",
            )
        self.ui.missingLabel.setText(problem)
        self.ui.missingLabel.setVisible(bool(problem))
        self.ui.investigationButton.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        self.ok_button.setToolTip(problem)
        summary = findings_summary(investigation)
        self.ui.outcomeLabel.setText(
            QCoreApplication.translate("CloseCaseDialog", "Uitkomst: %1").replace("%1", summary)
            if summary
            else QCoreApplication.translate("CloseCaseDialog", "Uitkomst: nog onbekend")
        )

    # --- what the user chose --------------------------------------------------------------

    def ground(self) -> ClosingGround | None:
        for ground, button in self.ground_buttons.items():
            if button.isChecked():
                return ground
        return None

    def outcome(self) -> Outcome | None:
        if self._investigated:
            return derived_outcome(self._case.investigation)
        ground = self.ground()
        return None if ground is None else outcome_without_investigation(ground)

    def motivation(self) -> str:
        return self.ui.motivationEdit.toPlainText().strip()

    def write_feedback(self) -> bool:
        """Whether the user wants to write the feedback letter after closing."""
        return self._write_feedback

    def problem(self) -> str:
        """What keeps the dialog from closing the case ("" when nothing)."""
        if self._investigated and self.outcome() is None:
            return self.ui.missingLabel.text()
        if not self._investigated and self.ground() is None:
            return QCoreApplication.translate(
                "CloseCaseDialog", "Kies de grond waarop u de melding afrondt."
            )
        if not self.motivation():
            return QCoreApplication.translate("CloseCaseDialog", "Een motivering is verplicht.")
        if len(self.motivation()) > MAX_REASON:
            return QCoreApplication.translate(
                "CloseCaseDialog", "De motivering is te lang (maximaal %1 tekens)."
            ).replace("%1", str(MAX_REASON))
        return ""

    def on_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.ui.hintLabel.setText(problem)
            self.ui.hintLabel.setVisible(True)
            if not self.motivation():
                self.ui.motivationEdit.setFocus()
            return
        choice = self.confirm()
        if choice is None:
            return
        self._write_feedback = choice
        self.accept()

    # --- the confirmation -------------------------------------------------------------------

    def confirmation_text(self) -> str:
        outcome = self.outcome()
        assert outcome is not None
        case = self._case
        text = (
            QCoreApplication.translate(
                "CloseCaseDialog", "Melding %1 afronden met de uitkomst ‘%2’?"
            )
            .replace("%1", case.reference)
            .replace("%2", outcome_label(outcome))
        )
        ground = self.ground()
        if ground is not None:
            text += " " + QCoreApplication.translate("CloseCaseDialog", "Grond: %1.").replace(
                "%1", closing_ground_label(ground)
            )
        if self._investigated:
            text += "\n\n" + QCoreApplication.translate(
                "CloseCaseDialog",
                "Daarna liggen de tenlasteleggingen en bevindingen vast; openstaande taken "
                "kunt u nog afvinken.",
            )
        text += "\n\n" + self.reporter_hears()
        return text

    def reporter_hears(self) -> str:
        """What the reporter will be told next, in words."""
        case = self._case
        if case.feedback_sent_at is not None:
            told = QCoreApplication.translate(
                "CloseCaseDialog",
                "De melder kreeg op %1 een terugkoppeling. Over deze afronding hoort de "
                "melder niets, tenzij u een nieuwe terugkoppeling stuurt.",
            ).replace("%1", format_date(case.feedback_sent_at))
        else:
            told = QCoreApplication.translate(
                "CloseCaseDialog",
                "De melder hoort niets van de afronding tot u de terugkoppeling stuurt: die "
                "vertelt welk gevolg aan de melding gegeven werd.",
            )
            deadline = case.next_deadline
            if deadline is not None and deadline.kind is DeadlineKind.FEEDBACK:
                if deadline.due.astimezone(BRUSSELS).date() < self._today:
                    term = QCoreApplication.translate(
                        "CloseCaseDialog", "De termijn voor de terugkoppeling verstreek op %1."
                    )
                else:
                    term = QCoreApplication.translate(
                        "CloseCaseDialog", "De termijn voor de terugkoppeling loopt tot %1."
                    )
                told += " " + term.replace("%1", format_date(deadline.due))
        if not case.reporter_reachable_by_email:
            told += " " + QCoreApplication.translate(
                "CloseCaseDialog",
                "De melder heeft geen e-mailadres: 1700 brengt de melder telefonisch op de hoogte.",
            )
        return told

    def confirm(self) -> bool | None:
        """Ask before closing: True to write the feedback letter next, False to only
        close, None when the user went back."""
        box = QMessageBox(self)
        box.setObjectName("closeConfirmation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", "Melding afronden"))
        box.setText(self.confirmation_text())
        with_letter = box.addButton(
            QCoreApplication.translate("CloseCaseDialog", "Afronden en terugkoppeling schrijven…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        only = box.addButton(
            QCoreApplication.translate("CloseCaseDialog", "Alleen afronden"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        back = box.addButton(
            QCoreApplication.translate("CloseCaseDialog", "Terug"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(with_letter)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        if clicked is with_letter:
            return True
        if clicked is only:
            return False
        return None
