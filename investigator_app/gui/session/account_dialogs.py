"""What the user is told, or asked, about this workstation's hold on their account: no
keyring, a local store whose key is gone, forgetting the workstation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from investigator_app.gui.common.messages import keyring_unavailable_message


def warn_keyring_unavailable(parent: QWidget | None = None) -> None:
    """The token could not be kept: this session goes on, the next start asks again."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("AccountDialogs", "Sleutelopslag"),
        keyring_unavailable_message(),
    )


def tell_store_unreadable(lost: int, parent: QWidget | None = None) -> None:
    """The local store's data key was gone: it was set aside, ``lost`` unsent changes with it."""
    text = QCoreApplication.translate(
        "AccountDialogs",
        "De sleutel van de lokale gegevens op deze werkplek ontbreekt (bijvoorbeeld na "
        "een nieuw Windows-profiel of een gewiste sleutelopslag). De lokale kopie is "
        "daardoor onleesbaar; de app haalt uw meldingen opnieuw op bij de server.",
    )
    if lost:
        text += "\n\n" + QCoreApplication.translate(
            "AccountDialogs",
            "%1 nog niet verstuurde wijziging(en) gaan daarbij verloren. Voer ze opnieuw uit.",
        ).replace("%1", str(lost))
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
