"""Dutch labels of the domain's codes, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.deadlines import DeadlineKind
from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Category, Channel, Outcome, ReporterKind, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: Status) -> str:
    return {
        Status.REGISTERED: _t("Geregistreerd"),
        Status.FORWARDED: _t("Doorgestuurd"),
        Status.ACKNOWLEDGED: _t("Ontvangst bevestigd"),
        Status.ASSESSING: _t("Gegrondheid beoordelen"),
        Status.INVESTIGATING: _t("In onderzoek"),
        Status.CLOSED: _t("Afgesloten"),
        Status.RETURNED: _t("Teruggestuurd naar 1700"),
    }[status]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.FOUNDED: _t("Gegrond"),
        Outcome.UNFOUNDED: _t("Ongegrond"),
        Outcome.INADMISSIBLE: _t("Niet-ontvankelijk"),
    }[outcome]


def category_label(category: Category) -> str:
    return {
        Category.CONFLICT_OF_INTEREST: _t("Belangenvermenging"),
        Category.BRIBERY: _t("Omkoping"),
        Category.LEAK_OF_CONFIDENTIAL_INFORMATION: _t("Lekken van vertrouwelijke informatie"),
        Category.ABUSE_OF_POWERS: _t("Misbruik van bevoegdheden"),
        Category.THEFT_OF_RESOURCES: _t("Diefstal van werkingsmiddelen"),
        Category.OTHER: _t("Andere"),
    }[category]


def channel_label(channel: Channel) -> str:
    return {
        Channel.PHONE: _t("Telefoon"),
        Channel.EMAIL: _t("E-mail"),
        Channel.CHAT: _t("Chat"),
    }[channel]


def reporter_kind_label(kind: ReporterKind) -> str:
    return {
        ReporterKind.CITIZEN: _t("Burger"),
        ReporterKind.ASSOCIATION: _t("Vereniging"),
        ReporterKind.BUSINESS: _t("Bedrijf"),
    }[kind]


def action_label(action: Action) -> str:
    return {
        Action.ACKNOWLEDGE: _t("Ontvangst bevestigen"),
        Action.ASSIGN: _t("Toewijzen"),
        Action.START_ASSESSMENT: _t("Gegrondheid beoordelen"),
        Action.START_INVESTIGATION: _t("Onderzoek starten"),
        Action.CLOSE: _t("Afsluiten"),
        Action.RETURN_TO_1700: _t("Terugsturen naar 1700"),
    }[action]


def event_label(kind: EventKind) -> str:
    return {
        EventKind.REGISTERED: _t("Geregistreerd door 1700"),
        EventKind.FORWARDED: _t("Doorgestuurd"),
        EventKind.REROUTED: _t("Opnieuw doorgestuurd"),
        EventKind.ACKNOWLEDGED: _t("Ontvangst bevestigd"),
        EventKind.ASSESSMENT_STARTED: _t("Beoordeling gegrondheid gestart"),
        EventKind.INVESTIGATION_STARTED: _t("Onderzoek gestart"),
        EventKind.ASSIGNED: _t("Toegewezen"),
        EventKind.CLOSED: _t("Afgesloten"),
        EventKind.RETURNED: _t("Teruggestuurd naar 1700"),
    }[kind]


def deadline_kind_label(kind: DeadlineKind) -> str:
    return {
        DeadlineKind.ACKNOWLEDGEMENT: _t("ontvangstbevestiging"),
        DeadlineKind.FEEDBACK: _t("terugkoppeling"),
    }[kind]
