"""The English translation: complete, compiled, and really shown by the widgets."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from investigator_app.desktop.i18n import (
    current_language,
    install_translators,
    remove_translators,
)
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.common.labels import status_label
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.shell.case_table import CaseTableModel
from investigator_app.protocol import LoginResponse
from tests.gui.test_case_table import summary

ROOT = Path(__file__).resolve().parents[2]


def never_called(server_url: str, username: str, password: str) -> LoginResponse:
    raise AssertionError("the test does not sign in")


def shown_texts(qtbot) -> dict[str, str]:
    dialog = LoginDialog(never_called)
    qtbot.addWidget(dialog)
    return {
        "title": dialog.windowTitle(),
        "intro": dialog.ui.introLabel.text(),
        "username": dialog.ui.usernameCaption.text(),
        "ok": dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text(),
        "header": str(CaseTableModel().headerData(0, Qt.Orientation.Horizontal)),
        "status": status_label(Status.INVESTIGATING),
        "pending": pending_tooltip(3),
        "plural": QCoreApplication.translate(
            "MainWindow", "%n actie(s) niet uitgevoerd: open de gemarkeerde melding(en).", "", 3
        ),
    }


def pending_tooltip(count: int) -> str:
    """The case list's tooltip on a case with ``count`` unsent actions."""
    model = CaseTableModel()
    model.set_cases([dataclasses.replace(summary(1), pending_actions=count)])
    return str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English for one test; Dutch (no translator, the previous locale) again afterwards."""
    previous_locale = QLocale()
    translators = install_translators(qapp, "en")
    try:
        yield
    finally:
        remove_translators(qapp, translators, previous_locale)


def test_the_translations_are_complete_and_compiled() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.usefixtures("english")
def test_the_widgets_speak_english(qtbot) -> None:
    assert shown_texts(qtbot) == {
        "title": "Sign in",
        "intro": "Sign in to your department's reporting service.",
        "username": "&Username",
        "ok": "Sign in",
        "header": "Reference",
        "status": "Under investigation",
        "pending": "Changes not sent yet: 3",
        "plural": "3 actions not carried out: open the highlighted cases.",
    }


def test_without_a_translator_the_widgets_speak_dutch(qtbot) -> None:
    assert shown_texts(qtbot) == {
        "title": "Aanmelden",
        "intro": "Meld u aan bij de meldingendienst van uw entiteit.",
        "username": "&Gebruikersnaam",
        "ok": "Aanmelden",
        "header": "Referentie",
        "status": "In onderzoek",
        "pending": "Nog niet verzonden wijzigingen: 3",
        "plural": "3 actie(s) niet uitgevoerd: open de gemarkeerde melding(en).",
    }


def test_every_translated_text_is_a_literal_the_extractor_can_see() -> None:
    """lupdate only finds literal strings: ``translate(context, variable)`` or a wrapper
    like ``_tr(text)`` hides a UI string from the .ts, and it would never be translated."""
    import ast

    hidden: list[str] = []
    package = ROOT / "investigator_app"
    for path in package.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name = node.func.attr
            owner = node.func.value
            is_qt_translate = name == "translate" and (
                isinstance(owner, ast.Name) and owner.id in {"QCoreApplication", "QApplication"}
            )
            text_index = 1 if is_qt_translate else 0 if name == "tr" else None
            if text_index is None or len(node.args) <= text_index:
                continue
            text = node.args[text_index]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_removing_the_english_translators_makes_documents_dutch_again(qapp) -> None:
    """The self-test and the English tests switch briefly: what follows (a yearly report,
    a dossier made from the UI) is in Dutch again, whatever ran before it."""
    previous_locale = QLocale()
    translators = install_translators(qapp, "en")
    assert current_language() == "en"
    remove_translators(qapp, translators, previous_locale)
    assert current_language() == "nl"
    assert QCoreApplication.translate("Labels", "Afgerond") == "Afgerond"
