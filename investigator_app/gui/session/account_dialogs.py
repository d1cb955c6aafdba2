"""What the user is told, or asked, about this workstation's hold on their account: no
keyring, leaving a session (quitting, signing out) with unsent changes, a local store whose
key is gone, forgetting the workstation."""

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


def unsent_sentence(pending: int) -> str:
    """ "1 wijziging is …", "3 wijzigingen zijn …": the count of unsent changes, in words."""
    if pending == 1:
        return QCoreApplication.translate(
            "AccountDialogs", "1 wijziging is nog niet naar de server verzonden."
        )
    return QCoreApplication.translate(
        "AccountDialogs", "%1 wijzigingen zijn nog niet naar de server verzonden."
    ).replace("%1", str(pending))


def _ask_to_stay(parent: QWidget | None, text: str, leave: str) -> bool:
    """True: the user leaves anyway (``leave`` is that button); staying is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("AccountDialogs", "Nog niet verzonden wijzigingen"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("AccountDialogs", "Aangemeld blijven")
    )
    box.button(QMessageBox.StandardButton.Yes).setText(leave)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_leave_unsent(parent: QWidget | None, pending: int, *, signing_out: bool) -> bool:
    """Without a keyring: whether the user ends the session (quits the app, or signs out)
    although ``pending`` changes are not sent yet and cannot be read after it; False: they
    stay signed in."""
    if signing_out:
        consequence = QCoreApplication.translate(
            "AccountDialogs",
            "Deze werkplek heeft geen veilige opslag voor sleutels: na het afmelden kan de "
            "app ze niet meer lezen en gaan ze verloren. Blijf aangemeld tot de server "
            "bereikbaar is; de app verzendt ze dan vanzelf.",
        )
        leave = QCoreApplication.translate("AccountDialogs", "Toch afmelden")
    else:
        consequence = QCoreApplication.translate(
            "AccountDialogs",
            "Deze werkplek heeft geen veilige opslag voor sleutels: na het afsluiten van de "
            "app kan ze ze niet meer lezen en gaan ze verloren. Blijf aangemeld tot de "
            "server bereikbaar is; de app verzendt ze dan vanzelf.",
        )
        leave = QCoreApplication.translate("AccountDialogs", "Toch afsluiten")
    return _ask_to_stay(parent, unsent_sentence(pending) + " " + consequence, leave)


def confirm_sign_out_unsent(parent: QWidget | None, pending: int) -> bool:
    """With a keyring: whether the user signs out although ``pending`` changes are not
    sent yet. They are kept, but wait until this account signs in here again."""
    consequence = QCoreApplication.translate(
        "AccountDialogs",
        "Ze blijven op deze werkplek bewaard, maar worden pas verzonden wanneer u zich hier "
        "opnieuw aanmeldt. Blijf aangemeld, dan verzendt de app ze zodra de server "
        "bereikbaar is.",
    )
    leave = QCoreApplication.translate("AccountDialogs", "Toch afmelden")
    return _ask_to_stay(parent, unsent_sentence(pending) + " " + consequence, leave)


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
    if aside.unsent == 1:
        text += "\n\n" + QCoreApplication.translate(
            "AccountDialogs",
            "1 nog niet verzonden wijziging gaat daarbij verloren. Voer ze opnieuw uit.",
        )
    elif aside.unsent:
        text += "\n\n" + QCoreApplication.translate(
            "AccountDialogs",
            "%1 nog niet verzonden wijzigingen gaan daarbij verloren. Voer ze opnieuw uit.",
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
            "AccountDialogs", "Let op: %1 Ze gaan verloren."
        ).replace("%1", unsent_sentence(pending))
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("AccountDialogs", "Deze werkplek vergeten"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
