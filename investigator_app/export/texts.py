"""The dossier's words in Dutch (the source) and English, and its date format.

A table of its own rather than Qt's translators: the export runs headless (the CLI, a
background thread) without a QApplication, and a dossier's language is chosen per copy.
"""

from __future__ import annotations

from datetime import date, datetime

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.events import EventKind
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import Category, Channel, Outcome, ReporterKind, Status
from investigator_app.export.texts_evidence import EVIDENCE_EN
from investigator_app.export.texts_investigation import INVESTIGATION_EN

LANGUAGES = ("nl", "en")

_EN: dict[str, str] = {
    "VERTROUWELIJK": "CONFIDENTIAL",
    "Dossier": "Case file",
    "Referentie": "Reference",
    "Entiteit": "Department",
    "Classificatie": "Classification",
    "Profiel": "Profile",
    "Voor": "For",
    "Gemaakt door": "Made by",
    "Datum": "Date",
    "Exemplaar": "Copy id",
    "volledig dossier": "full case file",
    "afdruk leidinggevende": "manager's copy",
    "terugkoppeling melder": "feedback to the reporter",
    "Inhoud": "Contents",
    "pagina {page} van {pages}": "page {page} of {pages}",
    "Samenvatting": "Summary",
    "Categorie": "Category",
    "Kanaal": "Channel",
    "Ontvangen": "Received",
    "Doorgestuurd": "Forwarded",
    "Status": "Status",
    "Uitkomst": "Outcome",
    "Toegewezen aan": "Assigned to",
    "niet toegewezen": "not assigned",
    "nog geen": "none yet",
    "Termijnen": "Deadlines",
    "Ontvangstbevestiging": "Acknowledgement of receipt",
    "Terugkoppeling": "Feedback",
    "tijdig ({done}, termijn {due})": "on time ({done}, due {due})",
    "te laat ({done}, termijn {due})": "late ({done}, due {due})",
    "open, termijn {due}": "open, due {due}",
    "overschreden, termijn {due}": "overdue, due {due}",
    "De melding": "The report",
    "Onderwerp": "Subject",
    "Beschrijving": "Description",
    "Soort melder": "Kind of reporter",
    "Betrokken entiteit en personen": "Involved entity and persons",
    "Betrokken entiteit": "Involved entity",
    "Betrokken personen": "Involved persons",
    "geen": "none",
    "Identiteit van de melder": "The reporter's identity",
    "Naam": "Name",
    "Organisatie": "Organisation",
    "E-mail": "E-mail",
    "Telefoon": "Phone",
    "Onthuld door {who} op {when}": "Revealed by {who} on {when}",
    "Tijdlijn": "Timeline",
    "Geen statuswijzigingen.": "No status changes.",
    "Reden": "Reason",
    "Vragen en antwoorden": "Requests and answers",
    "Geen berichten.": "No messages.",
    "Antwoord": "Answer",
    "Antwoord uiterlijk": "Answer due",
    "Beantwoord op {when} ({channel})": "Answered on {when} ({channel})",
    "via de webpagina": "on the web page",
    "telefonisch": "by phone",
    "Notities": "Notes",
    "Geen notities in dit exemplaar.": "No notes in this copy.",
    "Bijlagen": "Attachments",
    "Geen bijlagen.": "No attachments.",
    "Bestand": "File",
    "Grootte": "Size",
    "Toegevoegd": "Added",
    "Audittrail": "Audit trail",
    "Geen onthullingen, exporten of afdrukken geregistreerd.": (
        "No reveals, exports or prints recorded."
    ),
    "Wie": "Who",
    "Wanneer": "When",
    "Wat": "What",
    "Exemplaar geëxporteerd": "Copy exported",
    "Tenlastelegging toegevoegd": "Allegation added",
    "Tenlastelegging gewijzigd": "Allegation changed",
    "Tenlastelegging ingetrokken": "Allegation withdrawn",
    "Bevinding vastgelegd": "Finding recorded",
    "Onderzoekstaak toegevoegd": "Task added",
    "Onderzoekstaak gewijzigd": "Task changed",
    "Onderzoekstaak van toestand veranderd": "Task state changed",
    "Exemplaar afgedrukt": "Copy printed",
    "Identiteit onthuld": "Identity revealed",
    "Verklaring geen belangenconflict": "No-conflict declaration",
    "Onthouding wegens belangenconflict": "Recusal for a conflict of interest",
    "Dit exemplaar is persoonlijk en traceerbaar. Niet verder verspreiden.": (
        "This copy is personal and traceable. Do not pass it on."
    ),
    "Terugkoppeling over uw melding": "Feedback on your report",
    "Beste melder,": "Dear reporter,",
    "U deed op {date} een melding bij 1700 over een mogelijke integriteitsschending.": (
        "On {date} you reported a possible integrity violation to 1700."
    ),
    "Uw melding is behandeld en afgerond. De uitkomst: {outcome}.": (
        "Your report was handled and closed. The outcome: {outcome}."
    ),
    "Uw melding is nog in behandeling.": "Your report is still being handled.",
    "Met vriendelijke groeten,": "Kind regards,",
    "Dank u voor uw melding.": "Thank you for your report.",
    "(zwartgemaakt)": "(redacted)",
}
_EN.update(INVESTIGATION_EN)  # the investigation's sections (texts_investigation.py)
_EN.update(EVIDENCE_EN)  # the pieces' annex and the interview records (texts_evidence.py)

_LABELS_NL: dict[object, str] = {
    Status.REGISTERED: "Geregistreerd",
    Status.FORWARDED: "Doorgestuurd",
    Status.ACKNOWLEDGED: "Ontvangst bevestigd",
    Status.ASSESSING: "Gegrondheid beoordelen",
    Status.INVESTIGATING: "In onderzoek",
    Status.CLOSED: "Afgerond",
    Status.RETURNED: "Teruggestuurd naar 1700",
    Outcome.FOUNDED: "gegrond",
    Outcome.UNFOUNDED: "ongegrond",
    Outcome.INADMISSIBLE: "niet-ontvankelijk",
    Outcome.PARTLY_FOUNDED: "deels gegrond",
    Outcome.NOT_DETERMINABLE: "niet vast te stellen",
    Category.CONFLICT_OF_INTEREST: "Belangenvermenging",
    Category.BRIBERY: "Omkoping",
    Category.LEAK_OF_CONFIDENTIAL_INFORMATION: "Lekken van vertrouwelijke informatie",
    Category.ABUSE_OF_POWERS: "Misbruik van bevoegdheden",
    Category.THEFT_OF_RESOURCES: "Diefstal van werkingsmiddelen",
    Category.OTHER: "Andere",
    Channel.PHONE: "Telefoon",
    Channel.EMAIL: "E-mail",
    Channel.CHAT: "Chat",
    ReporterKind.CITIZEN: "Burger",
    ReporterKind.ASSOCIATION: "Vereniging",
    ReporterKind.BUSINESS: "Bedrijf",
    EventKind.REGISTERED: "Geregistreerd door 1700",
    EventKind.FORWARDED: "Doorgestuurd",
    EventKind.REROUTED: "Opnieuw doorgestuurd",
    EventKind.ACKNOWLEDGED: "Ontvangst bevestigd",
    EventKind.ASSESSMENT_STARTED: "Beoordeling gegrondheid gestart",
    EventKind.INVESTIGATION_STARTED: "Onderzoek gestart",
    EventKind.ASSIGNED: "Toegewezen",
    EventKind.CLOSED: "Afgerond",
    EventKind.RETURNED: "Teruggestuurd naar 1700",
    EventKind.ACKNOWLEDGEMENT_SENT: "Ontvangstbevestiging verzonden",
    EventKind.INFO_REQUESTED: "Bijkomende informatie gevraagd",
    EventKind.REMINDER_SENT: "Herinnering verzonden",
    EventKind.REQUEST_CANCELLED: "Vraag geannuleerd",
    EventKind.REQUEST_EXPIRED: "Vraag verlopen",
    EventKind.ANSWER_RECEIVED: "Antwoord ontvangen",
    EventKind.FEEDBACK_SENT: "Terugkoppeling verzonden",
    EventKind.DELIVERY_FAILED: "Bericht niet afgeleverd",
    EventKind.RECUSED: "Onthouden wegens belangenconflict",
    MessageKind.INFO_REQUEST: "Vraag om bijkomende informatie",
    MessageKind.ACKNOWLEDGEMENT: "Ontvangstbevestiging",
    MessageKind.FEEDBACK: "Terugkoppeling",
    MessageState.QUEUED: "nog niet verzonden",
    MessageState.SENDING: "wordt verzonden",
    MessageState.SENT: "verzonden",
    MessageState.NOT_DELIVERED: "niet afgeleverd",
    MessageState.ANSWERED: "beantwoord",
    MessageState.CANCELLED: "geannuleerd",
    MessageState.EXPIRED: "verlopen",
}

_LABELS_EN: dict[object, str] = {
    Status.REGISTERED: "Registered",
    Status.FORWARDED: "Forwarded",
    Status.ACKNOWLEDGED: "Receipt acknowledged",
    Status.ASSESSING: "Assessing whether founded",
    Status.INVESTIGATING: "Investigating",
    Status.CLOSED: "Closed",
    Status.RETURNED: "Returned to 1700",
    Outcome.FOUNDED: "founded",
    Outcome.UNFOUNDED: "unfounded",
    Outcome.INADMISSIBLE: "inadmissible",
    Outcome.PARTLY_FOUNDED: "partly founded",
    Outcome.NOT_DETERMINABLE: "not determinable",
    Category.CONFLICT_OF_INTEREST: "Conflict of interest",
    Category.BRIBERY: "Bribery",
    Category.LEAK_OF_CONFIDENTIAL_INFORMATION: "Leak of confidential information",
    Category.ABUSE_OF_POWERS: "Abuse of powers",
    Category.THEFT_OF_RESOURCES: "Theft of operating resources",
    Category.OTHER: "Other",
    Channel.PHONE: "Phone",
    Channel.EMAIL: "E-mail",
    Channel.CHAT: "Chat",
    ReporterKind.CITIZEN: "Citizen",
    ReporterKind.ASSOCIATION: "Association",
    ReporterKind.BUSINESS: "Business",
    EventKind.REGISTERED: "Registered by 1700",
    EventKind.FORWARDED: "Forwarded",
    EventKind.REROUTED: "Re-routed",
    EventKind.ACKNOWLEDGED: "Receipt acknowledged",
    EventKind.ASSESSMENT_STARTED: "Assessment started",
    EventKind.INVESTIGATION_STARTED: "Investigation started",
    EventKind.ASSIGNED: "Assigned",
    EventKind.CLOSED: "Closed",
    EventKind.RETURNED: "Returned to 1700",
    EventKind.ACKNOWLEDGEMENT_SENT: "Acknowledgement sent",
    EventKind.INFO_REQUESTED: "More information requested",
    EventKind.REMINDER_SENT: "Reminder sent",
    EventKind.REQUEST_CANCELLED: "Request cancelled",
    EventKind.REQUEST_EXPIRED: "Request expired",
    EventKind.ANSWER_RECEIVED: "Answer received",
    EventKind.FEEDBACK_SENT: "Feedback sent",
    EventKind.DELIVERY_FAILED: "Message not delivered",
    EventKind.RECUSED: "Recused for a conflict of interest",
    MessageKind.INFO_REQUEST: "Request for more information",
    MessageKind.ACKNOWLEDGEMENT: "Acknowledgement of receipt",
    MessageKind.FEEDBACK: "Feedback",
    MessageState.QUEUED: "not sent yet",
    MessageState.SENDING: "being sent",
    MessageState.SENT: "sent",
    MessageState.NOT_DELIVERED: "not delivered",
    MessageState.ANSWERED: "answered",
    MessageState.CANCELLED: "cancelled",
    MessageState.EXPIRED: "expired",
}


class Texts:
    """The words of one dossier language."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown dossier language {language!r}")
        self.language = language

    def __call__(self, dutch: str, **values: object) -> str:
        text = _EN.get(dutch, dutch) if self.language == "en" else dutch
        return text.format(**values) if values else text

    def label(self, code: object) -> str:
        labels = _LABELS_EN if self.language == "en" else _LABELS_NL
        return labels.get(code, str(code))


def format_date(moment: datetime | date) -> str:
    """dd/mm/jjjj, a moment in Brussels time."""
    if isinstance(moment, datetime):
        moment = moment.astimezone(BRUSSELS)
    return moment.strftime("%d/%m/%Y")


def format_datetime(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} kB"
    return f"{size / (1024 * 1024):.1f} MB"
