"""The workspace's commands: one primary button for the next step of the life cycle, a
fixed "Toewijzen…" and "Meer acties" beside it, and every case action in that menu, always
in the same order and place. What is not possible now is disabled with the reason as its
tooltip, never hidden or moved: a click aimed at a command cannot land on another one
after an action changed the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from investigator_app.domain.lifecycle import Action
from investigator_app.gui.forms.ui_case_pane import Ui_CasePane
from investigator_app.gui.workspace.action_texts import (
    CASE_COMMANDS,
    PRIMARY_CANDIDATES,
    command_text,
    primary_action,
    unavailable_reason,
)
from investigator_app.store.views import CaseDetail

PRIMARY_STYLE = (
    "QPushButton#primaryButton { font-weight: bold; padding: 2px 14px; }"
    "QPushButton#primaryButton:enabled { background: palette(highlight);"
    " color: palette(highlighted-text); border: 2px solid palette(highlight);"
    " border-radius: 3px; }"
    "QPushButton#primaryButton:enabled:hover, QPushButton#primaryButton:focus"
    " { border: 2px solid palette(text); }"
)
_MESSAGE_GROUP = (Action.REQUEST_INFO, Action.SEND_FEEDBACK)


class CaseActionBar(QObject):
    action_requested = Signal(object)  # Action
    reveal_identity_requested = Signal()

    def __init__(self, ui: Ui_CasePane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._primary: Action | None = None
        self.actions: dict[Action, QAction] = {}
        self.menu = QMenu(ui.moreButton)
        self.menu.setObjectName("caseActionsMenu")
        self.menu.setAccessibleName(
            QCoreApplication.translate("CaseActionBar", "Acties voor de melding")
        )
        self.menu.setToolTipsVisible(True)
        for action in CASE_COMMANDS:
            if action is _MESSAGE_GROUP[0]:
                self.menu.addSeparator()
            item = QAction(command_text(action), self.menu)
            item.setObjectName(f"caseAction_{action.value}")
            item.triggered.connect(lambda _=False, a=action: self.action_requested.emit(a))
            self.menu.addAction(item)
            self.actions[action] = item
        self.menu.addSeparator()
        self.reveal_action = QAction(
            QCoreApplication.translate("CaseActionBar", "Toon identiteit melder…"), self.menu
        )
        self.reveal_action.setObjectName("caseAction_reveal_identity")
        self.reveal_action.triggered.connect(self.reveal_identity_requested)
        self.menu.addAction(self.reveal_action)
        ui.moreButton.setMenu(self.menu)
        ui.moreButton.setToolTip(
            QCoreApplication.translate(
                "CaseActionBar", "Alle acties voor deze melding, altijd in dezelfde volgorde"
            )
        )

        self.buttons: dict[Action, QPushButton] = {
            Action.ASSIGN: ui.assignButton,
            Action.REQUEST_INFO: ui.requestInfoButton,
            Action.SEND_FEEDBACK: ui.feedbackButton,
        }
        for action, button in self.buttons.items():
            button.clicked.connect(lambda _=False, a=action: self._trigger(a))
        primary = ui.primaryButton
        primary.setStyleSheet(PRIMARY_STYLE)
        primary.clicked.connect(self._on_primary_clicked)
        # As wide as its longest text: the buttons beside it never move when it changes.
        widths = []
        for action in PRIMARY_CANDIDATES:
            primary.setText(command_text(action))
            widths.append(primary.sizeHint().width())
        primary.setFixedWidth(max(widths) + 8)
        primary.setText(command_text(PRIMARY_CANDIDATES[0]))
        # One height for the row, whatever the style makes of focus, hover or a flag.
        height = max(ui.assignButton.sizeHint().height(), primary.sizeHint().height())
        for button in (primary, ui.assignButton, ui.moreButton, ui.queuedButton):
            button.setFixedHeight(height)

    @property
    def primary(self) -> Action | None:
        """The action the primary button takes now."""
        return self._primary

    def show_case(self, case: CaseDetail | None) -> None:
        """Enable what the life cycle allows for ``case`` (None: nothing)."""
        allowed = set(case.allowed_actions) if case is not None else set()
        for action, item in self.actions.items():
            item.setEnabled(action in allowed)
            tip = (
                "" if action in allowed or case is None else unavailable_reason(action, case.status)
            )
            item.setToolTip(tip or item.text().replace("…", ""))
        for action, button in self.buttons.items():
            self._mirror(button, action)
        self.reveal_action.setEnabled(case is not None)
        self._primary = primary_action(case.status) if case is not None else None
        primary = self.ui.primaryButton
        if self._primary is None:
            primary.setText(QCoreApplication.translate("CaseActionBar", "Geen volgende stap"))
            primary.setEnabled(False)
            primary.setToolTip(
                QCoreApplication.translate(
                    "CaseActionBar", "Voor deze melding is er geen volgende stap."
                )
            )
            primary.setAccessibleName(
                QCoreApplication.translate("CaseActionBar", "Volgende stap: geen")
            )
            return
        primary.setText(command_text(self._primary))
        self._mirror(primary, self._primary)
        primary.setAccessibleName(
            QCoreApplication.translate("CaseActionBar", "Volgende stap: %1").replace(
                "%1", command_text(self._primary).rstrip("…")
            )
        )

    def _mirror(self, button: QPushButton, action: Action) -> None:
        item = self.actions[action]
        button.setEnabled(item.isEnabled())
        button.setToolTip(item.toolTip())
        button.setAccessibleDescription(item.toolTip())

    def _trigger(self, action: Action) -> None:
        if self.actions[action].isEnabled():
            self.action_requested.emit(action)

    def _on_primary_clicked(self) -> None:
        if self._primary is not None:
            self._trigger(self._primary)
