"""Recording (or changing) the finding on one allegation: the conclusion (none chosen in
advance), the motivation, the pieces of the case it rests on, and for a (partly) founded
allegation the recommended follow-up.

OK stays disabled, with a line that says why, until the finding passes
domain.investigation.check_finding and the wire's bounds (operations.FindingIn).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from investigator_app.domain.investigation import (
    FOUNDED_CONCLUSIONS,
    MAX_MOTIVATION_LENGTH,
    MAX_SOURCES,
    MAX_TASK_LENGTH,
    Allegation,
    Conclusion,
    FindingFacts,
    FollowUp,
    SourceRef,
    check_finding,
)
from investigator_app.domain.lifecycle import TransitionError
from investigator_app.gui.forms.ui_finding_dialog import Ui_FindingDialog
from investigator_app.gui.workspace.allegation_card import allegation_title
from investigator_app.gui.workspace.investigation_dialogs import (
    counter_text,
    name_buttons,
    show_hint,
)
from investigator_app.gui.workspace.investigation_texts import (
    Piece,
    case_pieces,
    fill,
    follow_up_label,
    one_line,
    piece_name,
    shown,
)
from investigator_app.store.views import CaseDetail

MAX_FOLLOW_UP_TEXT = MAX_TASK_LENGTH
"""As operations.FindingIn.follow_up_text."""


class FindingDialog(QDialog):
    """The finding on ``allegation`` of ``case``: a first one, or a new version."""

    def __init__(
        self, case: CaseDetail, allegation: Allegation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingDialog()
        self.ui.setupUi(self)
        title = allegation_title(allegation)
        number = str(allegation.number)  # mid-sentence: "tenlastelegging", lower case
        last = allegation.finding
        self._original = last.facts if last is not None else None
        if last is None:
            self.setWindowTitle(
                fill(self.tr("Bevinding bij tenlastelegging %1 vastleggen"), number)
            )
            name_buttons(self.ui.buttonBox, self.tr("Bevinding vastleggen"))
        else:
            self.setWindowTitle(fill(self.tr("Bevinding bij tenlastelegging %1 wijzigen"), number))
            name_buttons(self.ui.buttonBox, self.tr("Nieuwe versie bewaren"))
        self.ui.allegationCaption.setText(fill(self.tr("&%1"), title))
        self.ui.allegationView.setPlainText(shown(allegation.facts.text))
        self._radios: dict[Conclusion, QRadioButton] = {
            Conclusion.FOUNDED: self.ui.foundedRadio,
            Conclusion.PARTLY_FOUNDED: self.ui.partlyFoundedRadio,
            Conclusion.UNFOUNDED: self.ui.unfoundedRadio,
            Conclusion.NOT_DETERMINABLE: self.ui.notDeterminableRadio,
        }
        self.ui.followUpCombo.setPlaceholderText(self.tr("Kies een opvolging…"))
        for follow_up in FollowUp:
            self.ui.followUpCombo.addItem(follow_up_label(follow_up), follow_up)
        self.ui.followUpCombo.setCurrentIndex(-1)
        self._add_pieces(case_pieces(case), self._original)
        if self._original is not None:
            self._fill(self._original)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for radio in self._radios.values():
            radio.toggled.connect(self._update)
        self.ui.motivationEdit.textChanged.connect(self._update)
        self.ui.sourcesList.itemChanged.connect(self._update)
        self.ui.followUpCombo.currentIndexChanged.connect(self._update)
        self.ui.followUpEdit.textChanged.connect(self._update)
        self._update()

    def _add_pieces(self, pieces: list[Piece], facts: FindingFacts | None) -> None:
        """The case's pieces to tick; a piece the finding cites that this workstation does
        not know (yet) is kept, ticked, so a new version does not drop it unseen."""
        cited = list(facts.sources) if facts is not None else []
        # A withdrawn piece is not offered, unless this finding cites it already.
        pieces = [piece for piece in pieces if piece.offered or piece.ref in cited]
        known = {piece.ref for piece in pieces}
        unknown = [Piece(ref, piece_name(ref, pieces)) for ref in cited if ref not in known]
        for piece in [*pieces, *unknown]:
            item = QListWidgetItem(one_line(piece.name), self.ui.sourcesList)
            item.setData(Qt.ItemDataRole.UserRole, piece.ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = piece.ref in cited
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        empty = not pieces and not unknown
        self.ui.sourcesList.setVisible(not empty)
        self.ui.noSourcesLabel.setVisible(empty)

    def _fill(self, facts: FindingFacts) -> None:
        self._radios[facts.conclusion].setChecked(True)
        self.ui.motivationEdit.setPlainText(facts.motivation)
        if facts.follow_up is not None:
            self.ui.followUpCombo.setCurrentIndex(self.ui.followUpCombo.findData(facts.follow_up))
        self.ui.followUpEdit.setPlainText(facts.follow_up_text)

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def radio(self, conclusion: Conclusion) -> QRadioButton:
        return self._radios[conclusion]

    def conclusion(self) -> Conclusion | None:
        return next((c for c, radio in self._radios.items() if radio.isChecked()), None)

    def motivation(self) -> str:
        return self.ui.motivationEdit.toPlainText().strip()

    def sources(self) -> tuple[SourceRef, ...]:
        refs = []
        for row in range(self.ui.sourcesList.count()):
            item = self.ui.sourcesList.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                refs.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(refs)

    def _takes_follow_up(self) -> bool:
        return self.conclusion() in FOUNDED_CONCLUSIONS

    def follow_up(self) -> FollowUp | None:
        data = self.ui.followUpCombo.currentData()
        return FollowUp(data) if data is not None and self._takes_follow_up() else None

    def follow_up_text(self) -> str:
        return self.ui.followUpEdit.toPlainText().strip() if self._takes_follow_up() else ""

    def facts(self) -> FindingFacts:
        conclusion = self.conclusion()
        if conclusion is None:
            raise ValueError("no conclusion chosen")  # OK is disabled until there is one
        return FindingFacts(
            conclusion, self.motivation(), self.sources(), self.follow_up(), self.follow_up_text()
        )

    def problem(self) -> str | None:
        """What keeps OK disabled, in words (None: nothing)."""
        if self.conclusion() is None:
            return self.tr("Kies een conclusie.")
        length = len(self.motivation())
        if not length:
            return self.tr("Motiveer de bevinding.")
        if length > MAX_MOTIVATION_LENGTH:
            return fill(
                self.tr("De motivering is te lang: kort ze in tot %1 tekens."),
                str(MAX_MOTIVATION_LENGTH),
            )
        if len(self.sources()) > MAX_SOURCES:
            return fill(self.tr("Te veel stukken aangevinkt: hoogstens %1."), str(MAX_SOURCES))
        if self._takes_follow_up():
            if self.follow_up() is None:
                return self.tr("Kies de aanbevolen opvolging (‘Geen’ kan ook).")
            if self.follow_up() is FollowUp.OTHER and not self.follow_up_text():
                return self.tr("Zeg in de toelichting welke opvolging u aanbeveelt.")
            if len(self.follow_up_text()) > MAX_FOLLOW_UP_TEXT:
                return fill(
                    self.tr("De toelichting is te lang: hoogstens %1 tekens."),
                    str(MAX_FOLLOW_UP_TEXT),
                )
        facts = self.facts()
        try:
            check_finding(facts)
        except TransitionError:  # the checks above say it in words; this is the backstop
            return self.tr("Deze bevinding is nog niet volledig.")
        if self._original is not None and facts == self._original:
            return self.tr("Er is nog niets gewijzigd.")
        return None

    def _update(self) -> None:
        takes = self._takes_follow_up()
        self.ui.followUpBox.setEnabled(takes)
        self.ui.followUpBox.setToolTip(
            "" if takes else self.tr("Alleen bij een gegronde of deels gegronde tenlastelegging.")
        )
        length = len(self.motivation())
        self.ui.counterLabel.setText(counter_text(length, MAX_MOTIVATION_LENGTH))
        problem = self.problem()
        too_long = length > MAX_MOTIVATION_LENGTH or (
            takes and len(self.follow_up_text()) > MAX_FOLLOW_UP_TEXT
        )
        show_hint(self.ui.hintLabel, problem, urgent=too_long)
        self.ok_button.setEnabled(problem is None)
