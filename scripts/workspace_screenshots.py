"""The screenshots of the case workspace in docs/screenshots/, made from the demo.

    QT_QPA_PLATFORM=offscreen uv run python scripts/workspace_screenshots.py [OUT_DIR]

Starts the demo service and a desktop signed in as its investigator, picks the demo's
case in investigation that has the most allegations, and saves the window at 1366×768 and
1920×1080 on the Onderzoek tab (``workspace-<size>.png``), plus the Overzicht tab at
1366×768 (``workspace-overview-1366x768.png``) and the Verhoren and Stukken tabs of the
demo's case with evidence (``verhoren-1366x768.png``, ``stukken-1366x768.png``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.demo import DemoEnvironment
from investigator_app.desktop.i18n import install_translators
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.session.sign_in import login_with_password
from investigator_app.gui.workspace.case_pane import Tab

SIZES = ((1366, 768), (1920, 1080))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app, "nl")
    demo = DemoEnvironment()
    demo.start()
    settings = AppSettings(QSettings(str(demo.root / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, demo.server_url)
    settings.set(USERNAME, demo.username)
    tokens = TokenStore(MemoryKeyring())
    session = login_with_password(demo.server_url, demo.username, demo.password)
    tokens.save(demo.server_url, demo.username, session.token)
    desktop = DesktopApp(settings, tokens, demo.data_dir)
    assert desktop.start(), "the demo desktop did not open"
    workspace = desktop.workspace
    assert workspace is not None
    window = workspace.window
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def shoot() -> None:
        if saved:
            return
        store, now = workspace.store, workspace.controller.now()
        investigating = [
            (len(detail.investigation.allegations), detail.id)
            for summary in store.list_summaries(now)
            if summary.status is Status.INVESTIGATING
            and (detail := store.detail(summary.id, now)) is not None
            and detail.is_case_team
        ]
        case_id = max(investigating)[1]
        # The demo's case with evidence and a signed interview record (Stukken, Verhoren).
        evidence_id = next(
            summary.id
            for summary in store.list_summaries(now)
            if (detail := store.detail(summary.id, now)) is not None and detail.investigation.pieces
        )
        pane = window.case_pane
        for width, height in SIZES:
            window.resize(width, height)
            window.show()
            settle()
            window.select_case(case_id)
            settle()
            if pane.ui.stack.currentWidget() is pane.conflict_gate:
                pane.conflict_gate.no_conflict_button.click()
                settle()
            shots = [(Tab.INVESTIGATION, "workspace")]
            if width == 1366:
                shots.append((Tab.OVERVIEW, "workspace-overview"))
            for tab, name in shots:
                pane.show_tab(tab)
                settle()
                target = out / f"{name}-{width}x{height}.png"
                window.grab().save(str(target))
                saved.append(target)
            if width == 1366:
                window.select_case(evidence_id)
                settle()
                if pane.ui.stack.currentWidget() is pane.conflict_gate:
                    pane.conflict_gate.no_conflict_button.click()
                    settle()
                for tab, name in ((Tab.INTERVIEWS, "verhoren"), (Tab.FILES, "stukken")):
                    pane.show_tab(tab)
                    settle()
                    target = out / f"{name}-{width}x{height}.png"
                    window.grab().save(str(target))
                    saved.append(target)
        app.exit(0)

    workspace.runner.sync_finished.connect(lambda _summary: QTimer.singleShot(500, shoot))
    QTimer.singleShot(20_000, shoot)
    app.exec()
    desktop.close_workspace()
    demo.stop()
    for path in saved:
        print("saved", path)
    return 0 if saved else 1


if __name__ == "__main__":
    raise SystemExit(main())
