"""The sign-in dialog's way in with the organisation's account: offered when the service
has a provider (with its name), the browser opened, Annuleren while it is out, and every
refusal in clear Dutch. Real service, real provider (oidc-provider-mock), real dialog; the
"system browser" makes a browser's requests over HTTP."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSettings

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, AppSettings
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.session.organisation_sign_in import OrganisationSignIn
from investigator_app.protocol_signin import SignInMethod
from investigator_app.sync.api import ApiClient
from tests.support.oidc_desktop import (
    AN_SUB,
    ROLELESS_SUB,
    STRANGER_SUB,
    HttpBrowser,
    OidcWorld,
    press_organisation_button,
)
from tests.support.world import World


def dialog_for(qtbot, world: World | OidcWorld, browser: HttpBrowser, **kwargs) -> LoginDialog:
    dialog = LoginDialog(
        lambda *_: pytest.fail("no password sign-in here"),
        server_url=world.base_url,
        organisation=lambda url: OrganisationSignIn(url, "testpc", opener=browser),
        **kwargs,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def offered(dialog: LoginDialog) -> bool:
    return dialog.ui.organisationBox.isVisible()


def test_the_button_names_the_provider_and_the_browser_signs_in(qtbot, oidc_world) -> None:
    browser = HttpBrowser(AN_SUB)
    dialog = dialog_for(qtbot, oidc_world, browser)
    qtbot.waitUntil(lambda: offered(dialog), timeout=10_000)
    button = dialog.ui.organisationButton
    assert button.text() == "Aanmelden met uw organisatieaccount (Testprovider)"
    assert dialog.ui.passwordEdit.isVisible()  # the service takes passwords too

    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        button.click()
        assert "Uw browser werd geopend" in dialog.ui.messageLabel.text()
        assert not button.isEnabled() and not dialog.ui.serverEdit.isEnabled()
    assert dialog.signed_in is not None and dialog.signed_in.identity is not None
    assert dialog.signed_in.identity.user.display_name == "An Peeters"
    assert dialog.signed_in.identity.sign_in_method == SignInMethod.OIDC
    assert dialog.signed_in.verifier is None  # no password to verify offline
    # What the browser saw: the service's start address without any secret, and the page.
    (opened,) = browser.opened
    assert opened.startswith(oidc_world.base_url + "/api/v1/auth/oidc/start?")
    assert dialog.signed_in.response.token not in opened
    assert "U bent aangemeld. U kunt dit venster sluiten." in browser.page(0)


def test_not_offered_by_a_service_without_a_provider_or_after_the_address_changes(
    qtbot, oidc_world, world
) -> None:
    dialog = dialog_for(qtbot, world, HttpBrowser())
    with qtbot.waitSignal(dialog.organisation.options_known, timeout=10_000):
        pass
    assert not offered(dialog)

    dialog.ui.serverEdit.setText(oidc_world.base_url)
    dialog.ui.serverEdit.editingFinished.emit()
    qtbot.waitUntil(lambda: offered(dialog), timeout=10_000)

    dialog.ui.serverEdit.setText(world.base_url)
    dialog.ui.serverEdit.editingFinished.emit()
    assert not offered(dialog)  # at once: the old answer is not for this address
    with qtbot.waitSignal(dialog.organisation.options_known, timeout=10_000):
        pass
    assert not offered(dialog)


def test_annuleren_while_the_browser_is_out_stops_waiting_and_keeps_the_dialog(
    qtbot, oidc_world
) -> None:
    browser = HttpBrowser(AN_SUB, follow=False)  # the user never finishes in the browser
    dialog = dialog_for(qtbot, oidc_world, browser)
    qtbot.waitUntil(lambda: offered(dialog), timeout=10_000)
    dialog.ui.organisationButton.click()
    qtbot.waitUntil(lambda: bool(browser.opened), timeout=5_000)
    redirect = httpx.URL(browser.opened[0]).params["redirect_uri"]

    dialog.ui.buttonBox.rejected.emit()  # Annuleren
    qtbot.waitUntil(lambda: dialog.ui.organisationButton.isEnabled(), timeout=5_000)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.ui.messageLabel.text() == "Het aanmelden via de browser werd gestopt."
    port = httpx.URL(redirect).port
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass  # nothing listens any more

    dialog.ui.buttonBox.rejected.emit()  # now it closes
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        (STRANGER_SUB, "Uw organisatie is niet gekoppeld aan een dienst op deze server."),
        (ROLELESS_SUB, "Uw organisatieaccount heeft geen rol voor deze toepassing."),
    ],
)
def test_a_refusal_is_said_in_dutch_and_the_user_can_try_again(
    qtbot, oidc_world, subject, words
) -> None:
    browser = HttpBrowser(subject)
    dialog = dialog_for(qtbot, oidc_world, browser)
    qtbot.waitUntil(lambda: offered(dialog), timeout=10_000)
    dialog.ui.organisationButton.click()
    qtbot.waitUntil(lambda: words in dialog.ui.messageLabel.text(), timeout=20_000)
    assert dialog.ui.organisationButton.isEnabled() and dialog.signed_in is None
    assert "Aanmelden is niet gelukt." in browser.page(0)

    browser.subject = AN_SUB
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.ui.organisationButton.click()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("provider_refused", "Het aanmelden bij uw organisatie werd geweigerd of geannuleerd."),
        ("invalid_sign_in", "Deze aanmelding is verlopen of werd al gebruikt."),
        ("invalid_id_token", "Het antwoord van de aanmeldingsdienst van uw organisatie kon"),
        ("unknown_user", "Er is op deze server geen account voor u."),
        ("sign_in_not_configured", "Aanmelden met een organisatieaccount is op deze server niet"),
        ("service_busy", "De aanmeldingsdienst van uw organisatie is nu niet bereikbaar."),
        ("invalid_request", "Het aanmelden met uw organisatieaccount is niet gelukt"),
    ],
)
def test_each_refusal_the_service_sends_back_has_its_words(qtbot, oidc_world, code, words) -> None:
    browser = HttpBrowser(refuse_with=code)
    dialog = dialog_for(qtbot, oidc_world, browser)
    qtbot.waitUntil(lambda: offered(dialog), timeout=10_000)
    dialog.ui.organisationButton.click()
    qtbot.waitUntil(lambda: dialog.ui.organisationButton.isEnabled(), timeout=10_000)
    assert dialog.ui.messageLabel.text().startswith(words)
    assert "Aanmelden is niet gelukt." in browser.page(0)


def test_denied_at_the_provider_the_dialog_waits_until_annuleren(qtbot, oidc_world) -> None:
    """The test provider's "Deny" answers without the state, so the service cannot tell
    which sign-in it ends and shows its own page; the desktop waits until Annuleren."""
    browser = HttpBrowser(AN_SUB, deny=True)
    dialog = dialog_for(qtbot, oidc_world, browser)
    qtbot.waitUntil(lambda: offered(dialog), timeout=10_000)
    dialog.ui.organisationButton.click()
    qtbot.waitUntil(lambda: bool(browser.failures), timeout=10_000)
    assert "Uw browser werd geopend" in dialog.ui.messageLabel.text()
    dialog.ui.buttonBox.rejected.emit()
    qtbot.waitUntil(lambda: dialog.ui.organisationButton.isEnabled(), timeout=5_000)
    assert dialog.ui.messageLabel.text() == "Het aanmelden via de browser werd gestopt."


def test_a_browser_that_never_comes_back_times_out_with_a_message(qtbot, oidc_world) -> None:
    browser = HttpBrowser(AN_SUB, follow=False)
    dialog = LoginDialog(
        lambda *_: pytest.fail("no password sign-in here"),
        server_url=oidc_world.base_url,
        organisation=lambda url: OrganisationSignIn(url, "pc", opener=browser, timeout_s=0.5),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: offered(dialog), timeout=10_000)
    dialog.ui.organisationButton.click()
    qtbot.waitUntil(lambda: "geen antwoord" in dialog.ui.messageLabel.text(), timeout=10_000)
    assert dialog.ui.messageLabel.text().startswith("Er kwam geen antwoord van de browser.")


def test_a_first_start_through_the_browser_keeps_the_token_in_the_keyring(
    qtbot, oidc_world, data_dir: Path
) -> None:
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, oidc_world.base_url)
    backend = MemoryKeyring()
    browser = HttpBrowser(AN_SUB)
    app = DesktopApp(settings, TokenStore(backend), data_dir, open_browser=browser)
    seen: list[str] = []
    pressing = press_organisation_button(seen)
    try:
        assert app.start() and app.workspace is not None
        qtbot.addWidget(app.workspace.window)
    finally:
        pressing.stop()
    workspace = app.workspace
    token = TokenStore(backend).load(oidc_world.base_url, workspace.username)
    assert token == workspace.token and seen == [""]
    with ApiClient(oidc_world.base_url, token) as client:
        assert client.me().user.display_name == "An Peeters"
    assert workspace.lock is not None and workspace.lock.organisation
    assert token not in (data_dir / "settings.ini").read_text()
    app.close_workspace()
