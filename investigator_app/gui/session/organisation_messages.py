"""The Dutch words for what can go wrong when signing in with the organisation's account:
the service's ``?error=<code>`` and the failures of the browser flow itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from investigator_app.desktop.browser_sign_in import (
    BrowserUnavailable,
    SignInRefused,
    SignInTimedOut,
)
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.session.organisation_sign_in import DifferentUser
from investigator_app.protocol import ErrorCode
from investigator_app.sync.errors import AuthenticationFailed


def refusal_message(code: str) -> str:
    """What the user reads for the ErrorCode the service sent the browser back with."""
    if code == ErrorCode.UNKNOWN_ORGANISATION:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Uw organisatie is niet gekoppeld aan een dienst op deze server. Vraag de "
            "beheerder van de server om uw organisatie te koppelen.",
        )
    if code == ErrorCode.NO_ROLE:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Uw organisatieaccount heeft geen rol voor deze toepassing. Vraag uw beheerder "
            "om u de rol van onderzoeker of leidinggevende te geven.",
        )
    if code == ErrorCode.UNKNOWN_USER:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Er is op deze server geen account voor u. Vraag de beheerder van de server om "
            "uw account aan te maken.",
        )
    if code == ErrorCode.ACCOUNT_DISABLED:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Uw account op deze server is uitgeschakeld. Vraag de beheerder van de server om "
            "het weer in te schakelen.",
        )
    if code == ErrorCode.PROVIDER_REFUSED:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Het aanmelden bij uw organisatie werd geweigerd of geannuleerd. Probeer opnieuw.",
        )
    if code == ErrorCode.INVALID_ID_TOKEN:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Het antwoord van de aanmeldingsdienst van uw organisatie kon niet gecontroleerd "
            "worden. Probeer opnieuw; lukt het dan nog niet, neem dan contact op met uw "
            "IT-dienst.",
        )
    if code == ErrorCode.INVALID_SIGN_IN:
        return expired_message()
    if code == ErrorCode.SIGN_IN_NOT_CONFIGURED:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Aanmelden met een organisatieaccount is op deze server niet ingesteld. Meld u "
            "aan met uw gebruikersnaam en wachtwoord.",
        )
    if code == ErrorCode.SERVICE_BUSY:
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "De aanmeldingsdienst van uw organisatie is nu niet bereikbaar. Probeer het over "
            "enkele minuten opnieuw.",
        )
    return QCoreApplication.translate(
        "OrganisationSignIn", "Het aanmelden met uw organisatieaccount is niet gelukt (%1)."
    ).replace("%1", code)


def expired_message() -> str:
    return QCoreApplication.translate(
        "OrganisationSignIn",
        "Deze aanmelding is verlopen of werd al gebruikt. Probeer opnieuw.",
    )


def organisation_failure_message(error: BaseException) -> str:
    """A message with a way forward for a failed sign-in through the browser."""
    if isinstance(error, SignInRefused):
        return refusal_message(error.code)
    if isinstance(error, SignInTimedOut):
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "Er kwam geen antwoord van de browser. Probeer opnieuw en meld u aan in het "
            "venster dat opengaat.",
        )
    if isinstance(error, BrowserUnavailable):
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "De browser kon niet geopend worden. Controleer of er een standaardbrowser "
            "ingesteld is en probeer opnieuw.",
        )
    if isinstance(error, DifferentUser):
        return QCoreApplication.translate(
            "OrganisationSignIn",
            "U meldde zich aan als een andere gebruiker. Meld u aan met het account dat op "
            "deze werkplek aangemeld is, of meld u af.",
        )
    if isinstance(error, AuthenticationFailed) and error.code == ErrorCode.INVALID_SIGN_IN:
        return expired_message()
    return describe_error(error)
