"""Qt translation set-up. Source strings are Flemish Dutch (the default UI language);
other languages come from compiled .qm files in resources/translations/."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from investigator_app.desktop.paths import resources_dir

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")  # Dutch source strings, and investigator_en.qm
log = logging.getLogger("investigator_app.desktop.i18n")


_current_language = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the UI was started in (documents made from the UI follow it)."""
    return _current_language


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install Qt's own translations (standard buttons, dialogs) and ours for ``language``."""
    global _current_language
    _current_language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    if language == "nl":
        locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    elif language == "en":  # the .ts targets British English: dates too
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    else:
        locale = QLocale(language)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", qt_dir), ("investigator", str(resources_dir() / "translations"))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name == "investigator" and language != DEFAULT_LANGUAGE:
            log.warning("no translation for language %s", language)
    return installed


def remove_translators(
    app: QApplication, translators: list[QTranslator], previous_locale: QLocale
) -> None:
    """Undo install_translators: the Dutch source strings, the earlier locale, and Dutch as
    the language of documents made from the UI (the self-test and tests switch briefly)."""
    global _current_language
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(previous_locale)
    _current_language = DEFAULT_LANGUAGE
