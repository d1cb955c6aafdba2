"""What the user is told, or asked, about this workstation's hold on their account: no
keyring, leaving a session without keyring with unsent changes, a local store whose key is
gone, forgetting the workstation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from investigator_app.desktop.credentials_policy import StoreSetAside
from investigator_app.gui.common.messages import keyring_unavailable_message


def warn_keyring_unavailable(parent: QWidget | None = None) -> None:
    """The token could not be kept: this session goes on, the next start asks again."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("AccountDialogs", "Sleutelopslag"),
        keyring_unavailable_message(),
    )


def confirm_leave_unsent(parent: QWidget | None, pending: int) -> bool:
    """Without a keyring: whether the user ends the session although ``pending`` changes
    are not sent yet (and cannot be read after it); False: they stay signed in."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("AccountDialogs", "Niet verstuurde wijzigingen"),
        QCoreApplication.translate(
            "AccountDialogs",
            "%1 wijziging(en) zijn nog niet naar de server verstuurd. Deze werkplek heeft "
            "geen veilige opslag voor sleutels: na het afsluiten kan de app ze niet meer "
            "lezen en gaan ze verloren. Blijf aangemeld tot de server bereikbaar is; de "
            "app verstuurt ze dan vanzelf.",
        ).replace("%1", str(pending)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("AccountDialogs", "Aangemeld blijven")
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("AccountDialogs", "Toch afsluiten")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell_store_unreadable(aside: StoreSetAside, parent: QWidget | None = None) -> None:
    """The local store could not be read: it was set aside, with what it held unsent."""
    if aside.no_keyring:
        text = QCoreApplication.translate(
            "AccountDialogs",
            "Deze werkplek heeft geen veilige opslag voor sleutels. De lokale gegevens "
            "van uw vorige sessie zijn daardoor onleesbaar geworden; ze zijn apart gezet "
            "en de app haalt uw meldingen opnieuw op bij de server.",
        )
    else:
        text = QCoreApplication.translate(
            "AccountDialogs",
            "De sleutel van de lokale gegevens op deze werkplek ontbreekt (bijvoorbeeld na "
            "een nieuw Windows-profiel of een gewiste sleutelopslag). De lokale kopie is "
            "daardoor onleesbaar; de app haalt uw meldingen opnieuw op bij de server.",
        )
    if aside.unsent:
        text += "\n\n" + QCoreApplication.translate(
            "AccountDialogs",
            "%1 nog niet verstuurde wijziging(en) gaan daarbij verloren. Voer ze opnieuw uit.",
        ).replace("%1", str(aside.unsent))
    QMessageBox.warning(
        parent, QCoreApplication.translate("AccountDialogs", "Lokale gegevens onleesbaar"), text
    )


def confirm_forget_workstation(parent: QWidget, pending: int) -> bool:
    """Whether the user wants every trace of the account gone (``pending``: unsent changes
    that would be lost)."""
    text = QCoreApplication.translate(
        "AccountDialogs",
        "Uw aanmelding, de sleutel en alle lokale gegevens van uw meldingen worden van "
        "deze werkplek gewist. Op de server blijft alles bewaard; na het aanmelden "
        "worden de meldingen opnieuw opgehaald.",
    )
    if pending:
        text += "\n\n" + QCoreApplication.translate(
            "AccountDialogs",
            "Let op: %1 wijziging(en) zijn nog niet naar de server verstuurd en gaan verloren.",
        ).replace("%1", str(pending))
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("AccountDialogs", "Deze werkplek vergeten"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
