"""Screenshots of the sign-in dialogs, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen uv run python scripts/sign_in_screenshots.py [OUT_DIR]

Starts the demo service and saves, in Dutch: the login dialog as a service with an
organisation's provider offers it (``login-organisation.png``; the demo service has no
provider, so the dialog is told what such a service answers to GET /auth/options), the
set-up of a second factor for the demo's investigator, with its QR code
(``second-factor.png``), and the PIN dialog (``pin.png``). Nothing is kept: the set-up is
not confirmed and no PIN is stored.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog

from investigator_app.desktop.demo import DemoEnvironment
from investigator_app.desktop.i18n import install_translators
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.session.pin_dialog import PinDialog
from investigator_app.gui.session.second_factor_account import SecondFactorAccount
from investigator_app.gui.session.second_factor_enrolment import SecondFactorDialog
from investigator_app.gui.session.sign_in import login_with_password
from investigator_app.protocol_signin import SignInOptions


def shoot(app: QApplication, dialog: QDialog, path: Path, seconds: float = 1.5) -> None:
    """Show the dialog, let its background calls land, save it."""
    dialog.show()
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.02)
    dialog.grab().save(str(path))
    dialog.close()
    print(path)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app, "nl")
    demo = DemoEnvironment()
    demo.start()
    try:
        offered = SignInOptions(organisation=True, organisation_label="Vlaamse overheid")
        login = LoginDialog(
            login_with_password,  # not submitted here
            server_url=demo.server_url,
            username=demo.username,
            options=lambda _url: offered,
        )
        shoot(app, login, out / "login-organisation.png")
        token = login_with_password(demo.server_url, demo.username, demo.password).token
        enrolment = SecondFactorDialog(SecondFactorAccount(demo.server_url, token))
        shoot(app, enrolment, out / "second-factor.png", seconds=3.0)
        shoot(app, PinDialog(lambda _pin: None), out / "pin.png")
    finally:
        demo.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
