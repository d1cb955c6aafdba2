"""``--self-test``: a smoke test of what a frozen (PyInstaller) build must carry.

Loads every compiled Designer form, the English translation, the app icon, the Belgian
holidays and time zone, and an empty local store (which runs the bundled Alembic
migrations). Prints one line per check and returns 0 only if all pass. Needs a
QApplication (offscreen is fine); restores the translators and default locale it changes.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from investigator_app import __version__

FORMS_PACKAGE = "investigator_app.gui.forms"
STORE_FILE = "self-test.sqlite3"
REPORT_FILE = "self-test.txt"


def _host_for(form_name: str) -> QWidget:
    """The widget a compiled form is set up on: its top-level class in the .ui file."""
    if form_name == "MainWindow":
        return QMainWindow()
    if form_name.endswith("Dialog"):
        return QDialog()
    return QWidget()


def check_forms() -> str:
    package = importlib.import_module(FORMS_PACKAGE)
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__))
    loaded: list[str] = []
    for module_name in names:
        if not module_name.startswith("ui_"):
            continue
        module = importlib.import_module(f"{FORMS_PACKAGE}.{module_name}")
        for attr, form_class in vars(module).items():
            if not (attr.startswith("Ui_") and isinstance(form_class, type)):
                continue
            form_name = attr.removeprefix("Ui_")
            host = _host_for(form_name)
            try:
                form_class().setupUi(host)
            finally:
                host.deleteLater()
            loaded.append(form_name)
    if not loaded:
        raise RuntimeError(f"no compiled forms found in {FORMS_PACKAGE}")
    return f"{len(loaded)} forms ({', '.join(loaded)})"


def check_translations() -> str:
    from investigator_app.desktop.i18n import install_translators, remove_translators

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication")
    previous_locale = QLocale()
    translators = install_translators(app, "en")
    try:
        closed = QCoreApplication.translate("Labels", "Afgerond")
        if closed == "Afgerond":
            raise RuntimeError("English translation not loaded ('Afgerond' untranslated)")
        return f"English: 'Afgerond' -> {closed!r} ({len(translators)} translators)"
    finally:
        remove_translators(app, translators, previous_locale)


def check_dossier() -> str:
    """The dossier fonts load and a small dossier renders (reportlab and its data are in)."""
    from investigator_app.export.fonts import check_fonts
    from investigator_app.export.options import ExportOptions, Profile
    from investigator_app.export.render import render_dossier
    from investigator_app.export.sample import sample_case

    fonts = check_fonts()
    rendered = render_dossier(
        sample_case(events=3, messages=1),
        ExportOptions(Profile.MANAGER, reader="Zelftest", made_by="Zelftest"),
    )
    return f"{fonts}; a sample dossier of {rendered.pages} pages"


def check_icon() -> str:
    """The app icon and every action icon render (SVG: the image plugin must be there)."""
    from investigator_app.desktop.paths import resources_dir
    from investigator_app.gui.shell.shortcuts import SHORTCUTS

    folder = resources_dir() / "icons"
    names = ["app", "sign-out", *(shortcut.icon for shortcut in SHORTCUTS)]
    for name in names:
        path = folder / f"{name}.svg"
        if not path.is_file():
            raise RuntimeError(f"missing {path}")
        icon = QIcon(str(path))
        if icon.isNull() or icon.pixmap(64, 64).isNull():
            raise RuntimeError(f"icon does not load: {path} (is the SVG image plugin bundled?)")
    return f"{len(set(names))} icons in {folder}"


def check_desktop_modules() -> str:
    """What a frozen build loads only when used: charts, local sockets, the crash handler."""
    from PySide6.QtCharts import QChart
    from PySide6.QtNetwork import QLocalServer

    from investigator_app.desktop.crash_handler import CrashHandler
    from investigator_app.desktop.single_instance import SingleInstance
    from investigator_app.gui.dashboard.dashboard import DashboardDialog
    from investigator_app.gui.shell.settings_dialog import SettingsDialog

    chart = QChart()
    server = QLocalServer()
    del chart, server
    loaded = (CrashHandler, DashboardDialog, SettingsDialog, SingleInstance)
    return ", ".join(cls.__name__ for cls in loaded) + ", QtCharts, QtNetwork"


def check_deadlines() -> str:
    """Belgian holidays (loaded by name at run time) and the Brussels time zone (tzdata)."""
    from datetime import date

    from investigator_app.domain.deadlines import BRUSSELS, is_working_day

    if is_working_day(date(2025, 7, 21)):  # National Day, a Monday
        raise RuntimeError("Belgian holidays not loaded (21 July counted as a working day)")
    return f"holidays BE, time zone {BRUSSELS.key}"


def check_store(data_dir: Path) -> str:
    from investigator_app.store import LocalStore
    from investigator_app.vault.cipher import new_key

    # A fresh store with a throwaway key: the check is that migrations and sealing run,
    # and a store left by an earlier self-test is sealed with a key long gone.
    path = data_dir / STORE_FILE
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    store = LocalStore.open(path, new_key())
    try:
        cursor = store.cursor()
    finally:
        store.close()
    return f"{store.path} migrated (cursor {cursor})"


def check_bulk_pull(data_dir: Path) -> str:
    """A big sync's helper process starts (a frozen build passes it on through
    freeze_support), opens the store with the key it is given and applies a page."""
    import os

    from investigator_app.protocol import ChangesResponse
    from investigator_app.store import LocalStore
    from investigator_app.sync.bulk_pull import HelperProcessPull
    from investigator_app.vault.cipher import new_key

    path, key = data_dir / f"bulk-{STORE_FILE}", new_key()
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    LocalStore.open(path, key).close()
    page = ChangesResponse(changes=[], cursor=7, has_more=False, remaining=0)
    # The page drains the feed: the helper asks the (absent) service nothing more.
    helper = HelperProcessPull(path, "http://127.0.0.1:9", key=key)
    outcome = helper(page.model_dump_json().encode(), None, None, None)
    store = LocalStore.open(path, key)
    try:
        cursor = store.cursor()
    finally:
        store.close()
    if outcome.cursor != 7 or cursor != 7 or helper.last_pid in (None, os.getpid()):
        raise RuntimeError(f"the helper did not apply the page (cursor {cursor})")
    return f"helper process {helper.last_pid} applied a page to {path.name}"


def run_self_test(data_dir: Path) -> int:
    """Run every check; print ``ok``/``FAIL`` per check; 0 only if all pass.

    The lines also go to ``data_dir/self-test.txt``: a windowed Windows build has no stdout.
    """
    checks: list[tuple[str, Callable[[], str]]] = [
        ("forms", check_forms),
        ("translations", check_translations),
        ("icon", check_icon),
        ("modules", check_desktop_modules),
        ("deadlines", check_deadlines),
        ("dossier", check_dossier),
        ("store", lambda: check_store(data_dir)),
        ("bulk pull", lambda: check_bulk_pull(data_dir)),
    ]
    data_dir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []

    def report(line: str) -> None:
        lines.append(line)
        print(line, flush=sys.stdout is not None)  # print() on a None stdout does nothing

    report(f"investigator-app {__version__} self-test (frozen: {getattr(sys, 'frozen', False)})")
    failures = 0
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:
            failures += 1
            report(f"FAIL {name}: {exc!r}")
            lines.append(traceback.format_exc())
            print(lines[-1], file=sys.stderr)
        else:
            report(f"ok   {name}: {detail}")
    report("self-test passed" if failures == 0 else f"self-test FAILED ({failures} checks)")
    (data_dir / REPORT_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0 if failures == 0 else 1
