"""``investigator-app``: the integrity investigator's desktop."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from investigator_app import __version__
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translators
from investigator_app.desktop.logging_setup import configure_logging
from investigator_app.desktop.paths import APP_AUTHOR, APP_NAME, default_data_dir, resources_dir
from investigator_app.desktop.settings import DATA_DIR, LANGUAGE, SERVER_URL, USERNAME, AppSettings


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    # One language in the help: argparse's own words are English, so ours are too.
    parser = argparse.ArgumentParser(
        prog="investigator-app",
        description="Integriteitsmeldingen: the integrity investigator's desktop.",
        epilog=(
            "commands:\n"
            "  export    save a case file as PDF without opening the window\n"
            "            (investigator-app export --help)"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on an embedded demo service with fictional cases (nothing is kept)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="save a PNG of the main window after the first sync, then exit",
    )
    parser.add_argument("--data-dir", type=Path, help="where the local store and logs live")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (forms, translations, icon, store), then exit",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="log unhandled errors without showing a dialog (tests, unattended runs)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="user interface language for this run (default: the saved setting, else nl)",
    )
    return parser.parse_args(argv)


def saved_language(*, demo: bool) -> str:
    """The language setting; the demo keeps nothing and so has none of its own."""
    language = DEFAULT_LANGUAGE if demo else AppSettings(QSettings()).get(LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def main(argv: list[str] | None = None) -> int:
    # A frozen build started as a big sync's helper process (sync/bulk_pull.py) runs that
    # here and exits; otherwise this does nothing.
    multiprocessing.freeze_support()
    raw = sys.argv[1:] if argv is None else argv
    if raw[:1] == ["export"]:
        # Headless: no QApplication, no window, no single-instance claim.
        from investigator_app.desktop.export_cli import main as export_main

        return export_main(raw[1:])
    args = parse_args(argv)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
    install_translators(app, args.language or saved_language(demo=args.demo))
    if args.self_test:
        from investigator_app.desktop.self_test import run_self_test

        return run_self_test(args.data_dir or Path(tempfile.mkdtemp(prefix="self-test-")))

    from investigator_app.desktop.app import (  # widgets need Qt up
        DesktopApp,
        tune_garbage_collection,
    )

    tune_garbage_collection()

    demo = None
    if args.demo:
        from investigator_app.desktop.demo import DemoEnvironment

        demo = DemoEnvironment()
        demo.start()
        data_dir = args.data_dir or demo.data_dir
        settings = AppSettings(
            QSettings(str(demo.root / "settings.ini"), QSettings.Format.IniFormat)
        )
        settings.set(SERVER_URL, demo.server_url)
        settings.set(USERNAME, demo.username)
    else:
        settings = AppSettings(QSettings())
        data_dir = args.data_dir or Path(settings.get(DATA_DIR) or default_data_dir())
    instance = None
    if demo is None and args.screenshot is None:
        # The demo and screenshot runs keep nothing and may run next to a real one.
        from investigator_app.desktop.single_instance import SingleInstance, instance_key

        instance = SingleInstance(instance_key(data_dir))
        if not instance.claim():
            return 0  # the running app was asked to come forward
    log_file = configure_logging(data_dir)
    from investigator_app.desktop.crash_handler import CrashHandler

    crash_handler = CrashHandler(log_file, show_dialog=not args.no_crash_dialog)
    crash_handler.install()
    # The demo keeps its token and data key in memory, passed explicitly; the app itself
    # uses the system's keyring only (none: it says so and works for the session).
    tokens = TokenStore(MemoryKeyring() if demo is not None else None)
    if demo is not None:
        from investigator_app.gui.session.sign_in import login_with_password

        tokens.save(
            demo.server_url,
            demo.username,
            login_with_password(demo.server_url, demo.username, demo.password).token,
        )
    desktop = DesktopApp(settings, tokens, data_dir, screenshot=args.screenshot)
    desktop.exit_requested.connect(app.exit)
    if instance is not None:
        instance.activation_requested.connect(desktop.on_activation_requested)
    try:
        if not desktop.start():
            return 0
        if demo is not None and desktop.workspace is not None:
            from investigator_app.gui.shell.demo_mailbox import install_demo_mailbox

            window = desktop.workspace.window
            install_demo_mailbox(window, window.ui.menuHelp, demo.mail_folder)
        return app.exec()
    finally:
        desktop.close_workspace()
        crash_handler.uninstall()
        if instance is not None:
            instance.release()
        if demo is not None:
            demo.stop()


if __name__ == "__main__":
    raise SystemExit(main())
