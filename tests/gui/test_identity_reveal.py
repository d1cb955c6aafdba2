"""'Toon identiteit melder…': a reveal needs a reason, is audited, and leaves nothing of the
identity in the local store; offline it shows nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.gui.dossiers.export_dialog import ExportDialog
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.shell.shortcuts import Command
from investigator_app.gui.workspace.case_pane import CasePane
from investigator_app.gui.workspace.identity_reveal import IdentityReveal, RevealReasonDialog
from tests.store.disk_scan import hits
from tests.support.world import ABB, AN, JONAS, World

REPORTER = {
    "kind": "citizen",
    "name": "Hilde Geheimgehouden",
    "email": "hilde.geheim@example.org",
    "phone": "0470 99 88 77",
}
REASON = "Getuigenverhoor gepland: de melder moet uitgenodigd worden."


def answer_reason(reason: str, seen: list[bool]) -> None:
    """Type ``reason`` in the next reason dialog; note whether OK was enabled before."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RevealReasonDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.ok_button.isEnabled())
        dialog.reason_edit.setPlainText("te kort")
        seen.append(dialog.ok_button.isEnabled())
        dialog.reason_edit.setPlainText(reason)
        seen.append(dialog.ok_button.isEnabled())
        dialog.ok_button.click()

    QTimer.singleShot(20, poll)


def reveal_refused(qtbot, pane: CasePane) -> str:
    """Ask for the identity with a good reason; the text of the message box that refuses."""
    messages: list[str] = []

    def note_message() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            messages.append(dialog.text())
            dialog.accept()
        else:
            QTimer.singleShot(20, note_message)

    answer_reason(REASON, [])
    pane.ui.revealIdentityButton.click()
    QTimer.singleShot(20, note_message)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    return messages[0]


def test_a_reveal_needs_a_reason_is_audited_and_leaves_nothing_on_disk(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB, reporter=REPORTER)
    an = desktops(AN)
    window = an.workspace.window
    pane = window.case_pane
    identities = an.workspace.identities  # the session's, not the pane's
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)
    assert pane.ui.revealIdentityButton.isVisibleTo(window)
    assert pane.ui.revealIdentityButton.accessibleName()
    assert not pane.ui.identityValue.isVisibleTo(window)

    seen: list[bool] = []
    answer_reason(REASON, seen)
    pane.ui.revealIdentityButton.click()
    assert seen == [False, False, True]  # OK only with a reason of 10 characters or more
    qtbot.waitUntil(lambda: pane.ui.identityValue.isVisibleTo(window), timeout=5_000)
    shown = pane.ui.identityValue.text()
    assert REPORTER["name"] in shown and REPORTER["email"] in shown
    assert REPORTER["phone"] in shown
    revealed = identities.get(created["id"])
    assert revealed is not None and revealed.identity.email == REPORTER["email"]

    with world.http(JONAS) as http:
        trail = http.get(f"/cases/{created['id']}/audit").json()["entries"]
    reveals = [e for e in trail if e["action"] == "case.identity_revealed"]
    assert [(e["actor"], e["reason"]) for e in reveals] == [("An Peeters", REASON)]
    assert REPORTER["email"] not in str(trail)

    # Only now may a full dossier copy carry it, if the user ticks it.
    exports = an.workspace.exports
    assert exports is not None
    window.commands[Command.EXPORT].trigger()
    qtbot.waitUntil(lambda: isinstance(exports.dialog, ExportDialog), timeout=10_000)
    assert isinstance(exports.dialog, ExportDialog)
    assert exports.dialog.case.identity is not None
    assert exports.dialog.case.identity.name == REPORTER["name"]
    assert exports.dialog.ui.identityCheck.isEnabled()
    exports.dialog.reject()

    # "Verberg identiteit" takes it out of the window; showing it again takes a new reason.
    assert pane.ui.revealIdentityButton.isHidden()
    pane.hide_identity_button.click()
    assert not pane.ui.identityValue.isVisibleTo(window)
    assert pane.ui.revealIdentityButton.isVisibleTo(window)
    assert identities.get(created["id"]) is None

    identities.reveal(created["id"], revealed.identity)  # shown again, then the app closes
    assert pane.ui.identityValue.isVisibleTo(window)
    an.close()
    assert identities.case_ids() == []  # forgotten on sign-out / close
    leaks = hits(an.data_dir, [REPORTER["name"], REPORTER["email"], REPORTER["phone"]])
    assert leaks == []


def test_offline_a_reveal_shows_a_message_and_nothing_else(qtbot, world: World, desktops) -> None:
    created = world.register_and_forward(ABB, reporter=REPORTER)
    an = desktops(AN)
    window = an.workspace.window
    pane = window.case_pane
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)
    world.service.stop()
    try:
        assert "online" in reveal_refused(qtbot, pane)
        assert not pane.ui.identityValue.isVisibleTo(window)
        assert REPORTER["name"] not in pane.ui.identityValue.text()
        assert pane.ui.revealIdentityButton.isEnabled()
    finally:
        world.service.start()


def test_a_lapsed_session_says_so_and_shows_nothing(qtbot, world: World, desktops) -> None:
    created = world.register_and_forward(ABB, reporter=REPORTER)
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)
    detail = an.workspace.store.detail(created["id"], datetime.now(UTC))
    an.close()  # a running app would also notice the lapsed session and ask to sign in
    world.expire_tokens_of(AN)

    # The pane and its reveal as the window has them, with the session's (lapsed) token.
    identities = RevealedIdentities()
    pane = CasePane(identities)
    qtbot.addWidget(pane)
    pane.show_case(detail, [], datetime.now(UTC), DEFAULT_POLICY)
    IdentityReveal(pane, identities, lambda: (world.base_url, world.token(AN)), pane)
    assert "sessie is verlopen" in reveal_refused(qtbot, pane)
    assert not pane.ui.identityValue.isVisibleTo(pane)
    assert identities.get(created["id"]) is None
