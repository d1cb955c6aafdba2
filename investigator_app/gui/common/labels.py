"""Dutch labels of the domain's codes, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.deadlines import DeadlineKind
from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import Category, Channel, Outcome, ReporterKind, Status


def status_label(status: Status) -> str:
    return {
        Status.REGISTERED: QCoreApplication.translate("Labels", "Geregistreerd"),
        Status.FORWARDED: QCoreApplication.translate("Labels", "Doorgestuurd"),
        Status.ACKNOWLEDGED: QCoreApplication.translate("Labels", "Ontvangst bevestigd"),
        Status.ASSESSING: QCoreApplication.translate("Labels", "Gegrondheid beoordelen"),
        Status.INVESTIGATING: QCoreApplication.translate("Labels", "In onderzoek"),
        Status.CLOSED: QCoreApplication.translate("Labels", "Afgerond"),
        Status.RETURNED: QCoreApplication.translate("Labels", "Teruggestuurd naar 1700"),
    }[status]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.FOUNDED: QCoreApplication.translate("Labels", "Gegrond"),
        Outcome.UNFOUNDED: QCoreApplication.translate("Labels", "Ongegrond"),
        Outcome.INADMISSIBLE: QCoreApplication.translate("Labels", "Niet-ontvankelijk"),
        Outcome.PARTLY_FOUNDED: QCoreApplication.translate("Labels", "Deels gegrond"),
        Outcome.NOT_DETERMINABLE: QCoreApplication.translate("Labels", "Niet vast te stellen"),
    }[outcome]


def category_label(category: Category) -> str:
    return {
        Category.CONFLICT_OF_INTEREST: QCoreApplication.translate("Labels", "Belangenvermenging"),
        Category.BRIBERY: QCoreApplication.translate("Labels", "Omkoping"),
        Category.LEAK_OF_CONFIDENTIAL_INFORMATION: QCoreApplication.translate(
            "Labels", "Lekken van vertrouwelijke informatie"
        ),
        Category.ABUSE_OF_POWERS: QCoreApplication.translate("Labels", "Misbruik van bevoegdheden"),
        Category.THEFT_OF_RESOURCES: QCoreApplication.translate(
            "Labels", "Diefstal van werkingsmiddelen"
        ),
        Category.OTHER: QCoreApplication.translate("Labels", "Andere"),
    }[category]


def channel_label(channel: Channel) -> str:
    return {
        Channel.PHONE: QCoreApplication.translate("Labels", "Telefoon"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        Channel.CHAT: QCoreApplication.translate("Labels", "Chat"),
    }[channel]


def reporter_kind_label(kind: ReporterKind) -> str:
    return {
        ReporterKind.CITIZEN: QCoreApplication.translate("Labels", "Burger"),
        ReporterKind.ASSOCIATION: QCoreApplication.translate("Labels", "Vereniging"),
        ReporterKind.BUSINESS: QCoreApplication.translate("Labels", "Bedrijf"),
    }[kind]


def action_label(action: Action) -> str:
    return {
        Action.ACKNOWLEDGE: QCoreApplication.translate("Labels", "Ontvangst bevestigen"),
        Action.ASSIGN: QCoreApplication.translate("Labels", "Toewijzen"),
        Action.START_ASSESSMENT: QCoreApplication.translate("Labels", "Gegrondheid beoordelen"),
        Action.START_INVESTIGATION: QCoreApplication.translate("Labels", "Onderzoek starten"),
        Action.CLOSE: QCoreApplication.translate("Labels", "Melding afronden"),
        Action.RETURN_TO_1700: QCoreApplication.translate("Labels", "Terugsturen naar 1700"),
        Action.REQUEST_INFO: QCoreApplication.translate("Labels", "Vraag bijkomende informatie"),
        Action.SEND_FEEDBACK: QCoreApplication.translate("Labels", "Terugkoppeling sturen"),
        Action.REMIND: QCoreApplication.translate("Labels", "Herinnering sturen"),
        Action.CANCEL_REQUEST: QCoreApplication.translate("Labels", "Vraag annuleren"),
        Action.ADD_NOTE: QCoreApplication.translate("Labels", "Notitie toevoegen"),
        Action.EDIT_NOTE: QCoreApplication.translate("Labels", "Notitie bewerken"),
        Action.DECLARE_NO_CONFLICT: QCoreApplication.translate(
            "Labels", "Geen belangenconflict verklaren"
        ),
        Action.RECUSE: QCoreApplication.translate("Labels", "Onthouden wegens belangenconflict"),
    }[action]


def event_label(kind: EventKind) -> str:
    return {
        EventKind.REGISTERED: QCoreApplication.translate("Labels", "Geregistreerd door 1700"),
        EventKind.FORWARDED: QCoreApplication.translate("Labels", "Doorgestuurd"),
        EventKind.REROUTED: QCoreApplication.translate("Labels", "Opnieuw doorgestuurd"),
        EventKind.ACKNOWLEDGED: QCoreApplication.translate("Labels", "Ontvangst bevestigd"),
        EventKind.ASSESSMENT_STARTED: QCoreApplication.translate(
            "Labels", "Beoordeling gegrondheid gestart"
        ),
        EventKind.INVESTIGATION_STARTED: QCoreApplication.translate("Labels", "Onderzoek gestart"),
        EventKind.ASSIGNED: QCoreApplication.translate("Labels", "Toegewezen"),
        EventKind.CLOSED: QCoreApplication.translate("Labels", "Afgerond"),
        EventKind.RETURNED: QCoreApplication.translate("Labels", "Teruggestuurd naar 1700"),
        EventKind.ACKNOWLEDGEMENT_SENT: QCoreApplication.translate(
            "Labels", "Ontvangstbevestiging verzonden"
        ),
        EventKind.INFO_REQUESTED: QCoreApplication.translate(
            "Labels", "Bijkomende informatie gevraagd"
        ),
        EventKind.REMINDER_SENT: QCoreApplication.translate("Labels", "Herinnering verzonden"),
        EventKind.REQUEST_CANCELLED: QCoreApplication.translate("Labels", "Vraag geannuleerd"),
        EventKind.REQUEST_EXPIRED: QCoreApplication.translate("Labels", "Vraag verlopen"),
        EventKind.ANSWER_RECEIVED: QCoreApplication.translate("Labels", "Antwoord ontvangen"),
        EventKind.FEEDBACK_SENT: QCoreApplication.translate("Labels", "Terugkoppeling verzonden"),
        EventKind.DELIVERY_FAILED: QCoreApplication.translate("Labels", "Niet afgeleverd"),
        EventKind.RECUSED: QCoreApplication.translate(
            "Labels", "Onthouden wegens belangenconflict"
        ),
    }[kind]


def deadline_kind_label(kind: DeadlineKind) -> str:
    return {
        DeadlineKind.ACKNOWLEDGEMENT: QCoreApplication.translate("Labels", "ontvangstbevestiging"),
        DeadlineKind.FEEDBACK: QCoreApplication.translate("Labels", "terugkoppeling"),
    }[kind]


def message_kind_label(kind: MessageKind) -> str:
    return {
        MessageKind.INFO_REQUEST: QCoreApplication.translate(
            "Labels", "Vraag om bijkomende informatie"
        ),
        MessageKind.ACKNOWLEDGEMENT: QCoreApplication.translate("Labels", "Ontvangstbevestiging"),
        MessageKind.FEEDBACK: QCoreApplication.translate("Labels", "Terugkoppeling"),
    }[kind]


def message_state_label(state: MessageState) -> str:
    return {
        MessageState.QUEUED: QCoreApplication.translate("Labels", "Nog niet verzonden"),
        MessageState.SENDING: QCoreApplication.translate("Labels", "Wordt verzonden"),
        MessageState.SENT: QCoreApplication.translate("Labels", "Verzonden"),
        MessageState.NOT_DELIVERED: QCoreApplication.translate("Labels", "Niet afgeleverd"),
        MessageState.ANSWERED: QCoreApplication.translate("Labels", "Beantwoord"),
        MessageState.CANCELLED: QCoreApplication.translate("Labels", "Geannuleerd"),
        MessageState.EXPIRED: QCoreApplication.translate("Labels", "Verlopen zonder antwoord"),
    }[state]
