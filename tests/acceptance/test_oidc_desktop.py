"""Issue 16, the desktop's side, end to end: the real intake service on loopback as the
client of a real OpenID Connect provider (oidc-provider-mock), headless Chromium as the
system browser, and the desktop built by its own composition root.

(1) A first start signs in through the browser and syncs the department's cases; the
    device token is in the keyring and nowhere in the browser's profile (its history
    included) or in any log line.
(6) The idle lock and the offline unlock keep working for that user: the PIN (also
    offline), signing in again through the browser, and another user refused.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.logging_setup import configure_logging
from investigator_app.desktop.settings import SERVER_URL, AppSettings
from tests.support.oidc_desktop import (
    AN_SUB,
    JONAS_SUB,
    ChromiumBrowser,
    OidcWorld,
    press_organisation_button,
    set_pin,
)
from tests.support.oidc_provider import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, needs_chromium
from tests.support.world import ABB, OMG, Desktop

pytestmark = [needs_chromium(), pytest.mark.slow]

TIMEOUT_MS = 30_000
PIN = "270419"


@pytest.fixture
def chromium_profile(tmp_path: Path) -> Iterator[tuple[WebDriver, Path]]:
    """A headless Chromium of this test with a profile folder of its own, to read after."""
    profile = tmp_path / "chromium-profile"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver, profile
    finally:
        driver.quit()


def history_urls(profile: Path, scratch: Path) -> list[str]:
    """Every address in the profile's browsing history (read from a copy: SQLite)."""
    copy = scratch / "History.copy"
    shutil.copy(profile / "Default" / "History", copy)
    with sqlite3.connect(copy) as db:
        return [row[0] for row in db.execute("SELECT url FROM urls")]


def first_start(oidc_world: OidcWorld, browser: ChromiumBrowser, data_dir: Path) -> Desktop:
    """The user types the server's address and presses the organisation's button."""
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, oidc_world.base_url)
    tokens = TokenStore(MemoryKeyring())
    app = DesktopApp(settings, tokens, data_dir, open_browser=browser)
    seen: list[str] = []
    pressing = press_organisation_button(seen, give_up_after_ms=TIMEOUT_MS)
    try:
        assert app.start() and app.workspace is not None, (seen, browser.failures)
    finally:
        pressing.stop()
    return Desktop(app, data_dir, tokens)


def test_1_signs_in_through_the_browser_syncs_and_the_token_stays_out_of_history_and_logs(
    qtbot: QtBot,
    oidc_world: OidcWorld,
    chromium_profile: tuple[WebDriver, Path],
    data_dir: Path,
    tmp_path: Path,
    every_log_line: list[str],
) -> None:
    world = oidc_world.world
    ours = [world.register_and_forward(ABB, summary=f"Melding {n} voor ABB") for n in range(3)]
    theirs = world.register_and_forward(OMG, summary="Melding voor Omgeving")
    log_file = configure_logging(data_dir)
    driver, profile = chromium_profile
    browser = ChromiumBrowser(driver, AN_SUB)

    an = first_start(oidc_world, browser, data_dir)
    qtbot.addWidget(an.workspace.window)
    try:
        workspace = an.workspace
        expected = {case["reference"] for case in ours}
        qtbot.waitUntil(lambda: expected <= an.references(), timeout=TIMEOUT_MS)
        assert theirs["reference"] not in an.references()
        assert browser.page(0) == (
            "Integriteitsmeldingen\nU bent aangemeld. U kunt dit venster "
            "sluiten.\nYou are signed in. You can close this window."
        )
        assert len(browser.pages) == 1
        token = workspace.token
        assert an.tokens.load(oidc_world.base_url, workspace.username) == token
        assert workspace.lock is not None and workspace.lock.organisation
    finally:
        an.close()
    driver.quit()  # Chromium writes its history out

    urls = history_urls(profile, tmp_path)
    assert any(url.startswith(oidc_world.base_url + "/api/v1/auth/oidc/start?") for url in urls)
    loopback = [url for url in urls if url.startswith("http://127.0.0.1:") and "/callback?" in url]
    assert loopback, urls  # the one-time code passed there: it works once, for 2 minutes
    one_time_code = loopback[0].split("code=")[1].split("&")[0]
    assert not any(token in url for url in urls)
    for path in profile.rglob("*"):  # nor in any other file of the profile (cache, cookies …)
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    for line in every_log_line:
        assert token not in line and one_time_code not in line, line
    app_log = log_file.read_text(encoding="utf-8")
    assert "browser sign-in: device token received" in app_log
    assert token not in app_log and one_time_code not in app_log
    assert token not in (data_dir / "settings.ini").read_text()


def test_6_the_idle_lock_and_the_offline_unlock_work_for_the_organisations_user(
    qtbot: QtBot, oidc_world: OidcWorld, oidc_browser: WebDriver, data_dir: Path
) -> None:
    world = oidc_world.world
    case = world.register_and_forward(ABB, summary="Aannemer betaalt reis van diensthoofd")
    browser = ChromiumBrowser(oidc_browser, AN_SUB)
    an = first_start(oidc_world, browser, data_dir)
    qtbot.addWidget(an.workspace.window)
    try:
        workspace = an.workspace
        lock = workspace.lock
        assert lock is not None
        qtbot.waitUntil(lambda: case["reference"] in an.references(), timeout=TIMEOUT_MS)
        set_pin(qtbot, an, PIN)
        page = lock.page

        # Idle time runs out: nothing of the case shows; the PIN opens it, also offline.
        assert workspace.idle is not None
        workspace.idle.set_interval_ms(300)
        qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
        world.service.stop()
        try:
            page.password_edit.setText(PIN)
            page.unlock_button.click()
            qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)
        finally:
            world.service.start()
        workspace.idle.set_interval_ms(60 * 60_000)

        # A colleague at the workstation signs in through the browser: refused.
        lock.lock()
        browser.subject = JONAS_SUB
        oidc_browser.delete_all_cookies()
        page.browser_button.click()
        qtbot.waitUntil(lambda: "andere gebruiker" in page.message_label.text(), timeout=TIMEOUT_MS)
        assert lock.locked and case["reference"] not in an.workspace.window.windowTitle()

        # The user themself: unlocked, with a new token in the keyring.
        old_token = workspace.token
        browser.subject = AN_SUB
        oidc_browser.delete_all_cookies()
        page.browser_button.click()
        qtbot.waitUntil(lambda: not lock.locked, timeout=TIMEOUT_MS)
        assert workspace.token != old_token
        assert an.tokens.load(workspace.server_url, workspace.username) == workspace.token
        assert not browser.failures
    finally:
        an.close()
