"""Clear Dutch messages for errors of the environment (network, session, keyring, disk)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import OperationalError

from investigator_app.desktop.credentials import KeyringUnavailable
from investigator_app.protocol import ErrorCode
from investigator_app.sync.api import (
    AuthenticationFailed,
    ProtocolError,
    ServiceError,
    ServiceUnreachable,
    TooManyAttempts,
)


def auth_failure_message(code: str) -> str:
    if code == ErrorCode.INVALID_CREDENTIALS:
        return QCoreApplication.translate("Messages", "Gebruikersnaam of wachtwoord is niet juist.")
    if code == ErrorCode.TOKEN_EXPIRED:
        return QCoreApplication.translate(
            "Messages",
            "Uw aanmelding op deze werkplek is verlopen. Meld u opnieuw aan; "
            "uw lokale gegevens en nog niet verzonden wijzigingen blijven bewaard.",
        )
    if code == ErrorCode.TOKEN_REVOKED:
        return QCoreApplication.translate(
            "Messages",
            "De toegang van deze werkplek werd ingetrokken. Meld u opnieuw aan; "
            "uw lokale gegevens en nog niet verzonden wijzigingen blijven bewaard.",
        )
    return QCoreApplication.translate(
        "Messages",
        "De server herkent deze werkplek niet meer. Meld u opnieuw aan; "
        "uw lokale gegevens en nog niet verzonden wijzigingen blijven bewaard.",
    )


def keyring_unavailable_message() -> str:
    return QCoreApplication.translate(
        "Messages",
        "Er is op deze werkplek geen veilige opslag voor wachtwoorden beschikbaar "
        "(Windows Referentiebeheer). U kunt nu werken, maar moet u bij de volgende start "
        "opnieuw aanmelden, en wijzigingen die bij het afsluiten nog niet naar de server "
        "verzonden zijn, kan de app dan niet meer lezen (de app waarschuwt u voor u "
        "afsluit). Vraag uw IT-dienst om de sleutelopslag in orde te brengen.",
    )


def describe_error(error: BaseException) -> str:
    """A message a user understands, with a way forward, for an error of the environment."""
    if isinstance(error, ServiceUnreachable):
        return QCoreApplication.translate(
            "Messages",
            "De server is niet bereikbaar. Controleer het adres en uw netwerkverbinding. "
            "U kunt offline verder werken; wijzigingen worden later verzonden.",
        )
    if isinstance(error, TooManyAttempts):
        return QCoreApplication.translate(
            "Messages", "Te veel mislukte pogingen. Wacht een minuut en probeer opnieuw."
        )
    if isinstance(error, AuthenticationFailed):
        return auth_failure_message(error.code)
    if isinstance(error, KeyringUnavailable):
        return keyring_unavailable_message()
    if isinstance(error, ProtocolError):
        return QCoreApplication.translate(
            "Messages",
            "De server gaf een antwoord dat deze versie van de toepassing niet begrijpt. "
            "Controleer het serveradres of installeer de nieuwste versie.",
        )
    if isinstance(error, ServiceError):
        return QCoreApplication.translate(
            "Messages", "De server meldt een fout (%1). Probeer het later opnieuw."
        ).replace("%1", str(error.status))
    if _is_disk_full(error):
        return QCoreApplication.translate(
            "Messages",
            "De schijf is vol: de wijziging kon niet bewaard worden. Maak ruimte vrij en "
            "probeer opnieuw; er ging niets verloren.",
        )
    return QCoreApplication.translate("Messages", "Er ging iets mis: %1").replace(
        "%1", type(error).__name__
    )


def sync_failure_message(kind: str) -> str:
    """The status bar's text for a failed sync round (``SyncRunner.sync_failed``'s kind)."""
    if kind == "unreachable":
        return QCoreApplication.translate(
            "Messages",
            "De server is niet bereikbaar; u werkt offline. Wijzigingen worden later verzonden.",
        )
    if kind == "protocol":
        return QCoreApplication.translate(
            "Messages",
            "De server gaf een antwoord dat deze versie niet begrijpt. "
            "Installeer de nieuwste versie van de toepassing.",
        )
    if kind == "service":
        return QCoreApplication.translate(
            "Messages", "De server meldt een fout. Er wordt later opnieuw gesynchroniseerd."
        )
    if kind == "configuration":
        return QCoreApplication.translate(
            "Messages", "Het serveradres is niet geldig. Meld u af en geef het juiste adres."
        )
    return QCoreApplication.translate(
        "Messages",
        "Synchroniseren lukte niet door een interne fout; details staan in het logbestand. "
        "Er ging niets verloren.",
    )


def _is_disk_full(error: BaseException) -> bool:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, OSError) and cause.errno == 28:  # ENOSPC
            return True
        if isinstance(cause, OperationalError | sqlite3.OperationalError) and "full" in str(cause):
            return True
        cause = cause.__cause__ or cause.__context__
    return False
