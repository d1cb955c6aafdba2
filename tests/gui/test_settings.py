"""The settings: one typed registry with bounds, the dialog that edits it, no secrets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.paths import default_data_dir
from investigator_app.desktop.settings import (
    ALL_SETTINGS,
    DATA_DIR,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    SERVER_URL,
    SYNC_INTERVAL_SECONDS,
    USERNAME,
    AppSettings,
)
from investigator_app.gui.shell.settings_dialog import SettingsDialog, configured_data_dir
from investigator_app.gui.shell.shortcuts import Command
from tests.gui.test_case_actions import in_next_dialog
from tests.gui.test_sign_in import answer_login_dialogs
from tests.support.world import AN, PASSWORD, World


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def press_ok(dialog: SettingsDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_every_setting_has_its_default_and_values_out_of_bounds_read_as_the_bound(
    settings: AppSettings, tmp_path: Path
) -> None:
    assert settings.get(IDLE_LOCK_MINUTES) == 15
    assert settings.get(SYNC_INTERVAL_SECONDS) == 20
    assert settings.get(LANGUAGE) == "nl"
    assert settings.get(DATA_DIR) == ""
    assert len({s.key for s in ALL_SETTINGS}) == len(ALL_SETTINGS)

    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(IDLE_LOCK_MINUTES.key, "100000")  # a hand-edited file
    raw.setValue(SYNC_INTERVAL_SECONDS.key, "1")
    raw.setValue(LANGUAGE.key, "klingon")
    raw.sync()
    reread = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.get(IDLE_LOCK_MINUTES) == 120
    assert reread.get(SYNC_INTERVAL_SECONDS) == 5
    assert reread.get(LANGUAGE) == "nl"
    with pytest.raises(ValueError):
        reread.set(LANGUAGE, "klingon")


def test_the_dialog_shows_and_saves_every_setting(
    qtbot, settings: AppSettings, tmp_path: Path
) -> None:
    settings.set(SERVER_URL, "https://meldingen.example.org")
    dialog = SettingsDialog(settings, tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.serverEdit.text() == "https://meldingen.example.org"
    assert ui.idleLockSpin.value() == 15
    assert ui.languageCombo.currentText() == "Nederlands"
    assert ui.dataDirEdit.text() == str(default_data_dir())
    assert ui.messageLabel.text() == ""  # nothing changed yet

    ui.serverEdit.setText("https://integriteit.vlaanderen.be/")
    ui.syncIntervalSpin.setValue(10)
    ui.idleLockSpin.setValue(5)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    assert ui.messageLabel.text() == "Deze wijzigingen gelden vanaf de volgende start van de app."
    with qtbot.waitSignal(dialog.accepted, timeout=1_000):
        press_ok(dialog)
    assert dialog.restart_needed
    assert settings.get(SERVER_URL) == "https://integriteit.vlaanderen.be"
    assert settings.get(SYNC_INTERVAL_SECONDS) == 10
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    assert settings.get(LANGUAGE) == "en"


def test_the_idle_lock_applies_at_once_and_is_no_longer_announced(
    qtbot, settings: AppSettings
) -> None:
    dialog = SettingsDialog(settings, Path("unused"))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "volgende versie" not in texts  # the lock exists now
    dialog.ui.idleLockSpin.setValue(30)
    assert dialog.ui.messageLabel.text() == ""  # no restart needed for it
    with qtbot.waitSignal(dialog.accepted, timeout=1_000):
        press_ok(dialog)
    assert not dialog.restart_needed
    assert settings.get(IDLE_LOCK_MINUTES) == 30


def test_a_server_without_tls_is_refused_as_at_sign_in(qtbot, settings: AppSettings) -> None:
    dialog = SettingsDialog(settings, Path("unused"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.serverEdit.setText("http://meldingen.example.org")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.messageLabel.text() == "Gebruik een beveiligd adres dat met https:// begint."
    assert settings.get(SERVER_URL) == ""
    dialog.ui.serverEdit.setText("http://127.0.0.1:8000")  # loopback may go without TLS
    with qtbot.waitSignal(dialog.accepted, timeout=1_000):
        press_ok(dialog)
    assert settings.get(SERVER_URL) == "http://127.0.0.1:8000"


def test_another_data_folder_only_when_nothing_is_unsent(
    qtbot, settings: AppSettings, tmp_path: Path
) -> None:
    unsent = [2]
    dialog = SettingsDialog(settings, tmp_path / "now", unsent_changes=lambda: unsent[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choose_data_dir(tmp_path / "elders")
    assert dialog.ui.dataDirEdit.text() == str(tmp_path / "elders")
    press_ok(dialog)
    assert dialog.isVisible()
    assert "niet naar de server verzonden" in dialog.ui.messageLabel.text()
    assert settings.get(DATA_DIR) == ""

    unsent[0] = 0
    with qtbot.waitSignal(dialog.accepted, timeout=1_000):
        press_ok(dialog)
    assert configured_data_dir(settings) == tmp_path / "elders"
    assert dialog.restart_needed


def test_a_folder_the_app_cannot_write_is_refused(qtbot, settings: AppSettings) -> None:
    dialog = SettingsDialog(settings, Path("unused"))
    qtbot.addWidget(dialog)
    assert not dialog.choose_data_dir(Path("/proc/geen-map"))
    assert "kan de app niet schrijven" in dialog.ui.messageLabel.text()


def test_no_token_or_password_lands_in_the_settings_after_signing_in(
    qtbot, world: World, data_dir: Path
) -> None:
    path = data_dir / "settings.ini"
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, world.base_url)
    settings.set(USERNAME, AN)
    backend = MemoryKeyring()
    app = DesktopApp(settings, TokenStore(backend), data_dir)
    stop_answering = answer_login_dialogs(PASSWORD, [])
    try:
        assert app.start()
        assert app.workspace is not None
        qtbot.addWidget(app.workspace.window)
        app.workspace.window.close()  # saves the window layout too
        token = TokenStore(backend).load(world.base_url, AN)
        assert token
        stored = path.read_text(encoding="utf-8")
        assert AN in stored  # the file is the one in use
        assert token not in stored
        assert PASSWORD not in stored
    finally:
        stop_answering()
        app.close_workspace()


def test_ctrl_comma_opens_the_settings_and_a_change_is_announced_for_the_next_start(
    qtbot, world: World, desktops
) -> None:
    an = desktops(AN)
    window = an.workspace.window

    def switch_to_english(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.ui.serverEdit.text() == world.base_url
        combo = dialog.ui.languageCombo
        combo.setCurrentIndex(combo.findData("en"))
        press_ok(dialog)

    in_next_dialog(SettingsDialog, switch_to_english)
    window.commands[Command.SETTINGS].trigger()
    assert window.ui.statusBar.currentMessage() == (
        "De gewijzigde instellingen gelden vanaf de volgende start van de app."
    )
    reread = AppSettings(QSettings(str(an.data_dir / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.get(LANGUAGE) == "en"
