"""The words of the workspace's actions: the command on a button or menu item, why it is
not possible now (a disabled command says so instead of disappearing), and how an action
still in the outbox is named in the list of things that can be undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.common.labels import status_label

CASE_COMMANDS: tuple[Action, ...] = (
    Action.ACKNOWLEDGE,
    Action.ASSIGN,
    Action.START_ASSESSMENT,
    Action.START_INVESTIGATION,
    Action.CLOSE,
    Action.RETURN_TO_1700,
    Action.REQUEST_INFO,
    Action.SEND_FEEDBACK,
)
"""Every case action the workspace offers, in their one fixed order."""

_PRIMARY: dict[Status, Action] = {
    Status.FORWARDED: Action.ACKNOWLEDGE,
    Status.ACKNOWLEDGED: Action.START_ASSESSMENT,
    Status.ASSESSING: Action.START_INVESTIGATION,
    Status.INVESTIGATING: Action.CLOSE,
    Status.CLOSED: Action.SEND_FEEDBACK,
}

PRIMARY_CANDIDATES: tuple[Action, ...] = tuple(dict.fromkeys(_PRIMARY.values()))


def primary_action(status: Status) -> Action | None:
    """The next step of the life cycle in ``status``: what the primary button offers."""
    return _PRIMARY.get(status)


def command_text(action: Action) -> str:
    """The text of the command that opens the action's dialog."""
    return {
        Action.ACKNOWLEDGE: QCoreApplication.translate("ActionTexts", "Ontvangst bevestigen…"),
        Action.ASSIGN: QCoreApplication.translate("ActionTexts", "Toewijzen…"),
        Action.START_ASSESSMENT: QCoreApplication.translate(
            "ActionTexts", "Gegrondheid beoordelen…"
        ),
        Action.START_INVESTIGATION: QCoreApplication.translate("ActionTexts", "Onderzoek starten…"),
        Action.CLOSE: QCoreApplication.translate("ActionTexts", "Melding afronden…"),
        Action.RETURN_TO_1700: QCoreApplication.translate("ActionTexts", "Terugsturen naar 1700…"),
        Action.REQUEST_INFO: QCoreApplication.translate(
            "ActionTexts", "Vraag bijkomende informatie…"
        ),
        Action.SEND_FEEDBACK: QCoreApplication.translate("ActionTexts", "Terugkoppeling sturen…"),
    }[action]


def with_mnemonic(text: str, mnemonic_from: str) -> str:
    """``text`` with the access key of ``mnemonic_from`` ("Melding a&fronden…": the f),
    marked before that letter at the start of a word if it has one there, else at its
    first occurrence; no access key when ``text`` lacks the letter."""
    marked = mnemonic_from.replace("&&", "")
    at = marked.find("&")
    if at < 0 or at + 1 >= len(marked):
        return text
    letter = marked[at + 1].casefold()
    folded = text.casefold()
    starts = [
        i for i, c in enumerate(folded) if c == letter and (i == 0 or not text[i - 1].isalnum())
    ]
    index = starts[0] if starts else folded.find(letter)
    escaped = text.replace("&", "&&")
    if index < 0:
        return escaped
    index += text[:index].count("&")  # after the escaping
    return escaped[:index] + "&" + escaped[index:]


def _when_possible(action: Action) -> str:
    return {
        Action.ACKNOWLEDGE: QCoreApplication.translate(
            "ActionTexts", "Dat kan alleen voor een doorgestuurde melding."
        ),
        Action.ASSIGN: QCoreApplication.translate(
            "ActionTexts", "Dat kan alleen zolang de melding niet afgerond is."
        ),
        Action.START_ASSESSMENT: QCoreApplication.translate(
            "ActionTexts",
            "Dat kan na de ontvangstbevestiging, zolang de beoordeling niet begonnen is.",
        ),
        Action.START_INVESTIGATION: QCoreApplication.translate(
            "ActionTexts", "Dat kan alleen tijdens de beoordeling van de gegrondheid."
        ),
        Action.CLOSE: QCoreApplication.translate(
            "ActionTexts",
            "Dat kan tijdens de beoordeling (afronden zonder onderzoek) of na het onderzoek.",
        ),
        Action.RETURN_TO_1700: QCoreApplication.translate(
            "ActionTexts", "Dat kan alleen zolang de melding niet afgerond is."
        ),
        Action.REQUEST_INFO: QCoreApplication.translate(
            "ActionTexts", "Dat kan na de ontvangstbevestiging, zolang de melding niet afgerond is."
        ),
        Action.SEND_FEEDBACK: QCoreApplication.translate(
            "ActionTexts", "Dat kan vanaf de ontvangstbevestiging."
        ),
    }[action]


def unavailable_reason(action: Action, status: Status) -> str:
    """Why ``action`` cannot be taken on a case in ``status`` (for a disabled command)."""
    now = QCoreApplication.translate(
        "ActionTexts", "Nu niet mogelijk: de melding heeft de status ‘%1’."
    ).replace("%1", status_label(status))
    return f"{now} {_when_possible(action)}"


def queued_text(action: Action) -> str:
    """What an action waiting in the outbox did, as the undo list names it."""
    texts = {
        Action.ACKNOWLEDGE: QCoreApplication.translate("ActionTexts", "Ontvangst bevestigd"),
        Action.ASSIGN: QCoreApplication.translate("ActionTexts", "Toegewezen"),
        Action.START_ASSESSMENT: QCoreApplication.translate(
            "ActionTexts", "Beoordeling van de gegrondheid gestart"
        ),
        Action.START_INVESTIGATION: QCoreApplication.translate("ActionTexts", "Onderzoek gestart"),
        Action.CLOSE: QCoreApplication.translate("ActionTexts", "Melding afgerond"),
        Action.RETURN_TO_1700: QCoreApplication.translate("ActionTexts", "Teruggestuurd naar 1700"),
        Action.REQUEST_INFO: QCoreApplication.translate(
            "ActionTexts", "Vraag om bijkomende informatie"
        ),
        Action.SEND_FEEDBACK: QCoreApplication.translate("ActionTexts", "Terugkoppeling"),
        Action.REMIND: QCoreApplication.translate("ActionTexts", "Herinnering"),
        Action.CANCEL_REQUEST: QCoreApplication.translate(
            "ActionTexts", "Vraag om bijkomende informatie geannuleerd"
        ),
        Action.ADD_NOTE: QCoreApplication.translate("ActionTexts", "Notitie toegevoegd"),
        Action.EDIT_NOTE: QCoreApplication.translate("ActionTexts", "Notitie bewerkt"),
        Action.DECLARE_NO_CONFLICT: QCoreApplication.translate(
            "ActionTexts", "Geen belangenconflict verklaard"
        ),
        Action.RECUSE: QCoreApplication.translate(
            "ActionTexts", "Onthouden wegens belangenconflict"
        ),
        Action.RECORD_COPY: QCoreApplication.translate("ActionTexts", "Kopie van het dossier"),
        Action.ADD_ALLEGATION: QCoreApplication.translate(
            "ActionTexts", "Tenlastelegging toegevoegd"
        ),
        Action.EDIT_ALLEGATION: QCoreApplication.translate(
            "ActionTexts", "Tenlastelegging bewerkt"
        ),
        Action.WITHDRAW_ALLEGATION: QCoreApplication.translate(
            "ActionTexts", "Tenlastelegging ingetrokken"
        ),
        Action.RECORD_FINDING: QCoreApplication.translate("ActionTexts", "Bevinding vastgelegd"),
        Action.ADD_TASK: QCoreApplication.translate("ActionTexts", "Onderzoekstaak toegevoegd"),
        Action.EDIT_TASK: QCoreApplication.translate("ActionTexts", "Onderzoekstaak bewerkt"),
        Action.SET_TASK_STATE: QCoreApplication.translate(
            "ActionTexts", "Status van een onderzoekstaak gewijzigd"
        ),
        Action.ADD_PIECE: QCoreApplication.translate("ActionTexts", "Stuk toegevoegd"),
        Action.REPLACE_PIECE: QCoreApplication.translate(
            "ActionTexts", "Nieuwe versie van een stuk"
        ),
        Action.WITHDRAW_PIECE: QCoreApplication.translate("ActionTexts", "Stuk ingetrokken"),
        Action.RECORD_CUSTODY: QCoreApplication.translate(
            "ActionTexts", "Bewaringsketen: stuk geopend of in een dossier opgenomen"
        ),
    }
    return texts.get(action, str(action))
