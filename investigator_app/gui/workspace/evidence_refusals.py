"""What the user reads when the desktop does not queue a piece operation: the store's
refusals about a piece's file, and domain.evidence's rules (English, for logs) in Dutch.
queue_refusals.refusal_text asks here first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.evidence import CLOSED_CASE_PIECE
from investigator_app.gui.workspace.piece_texts import megabytes
from investigator_app.store.queue_checks import QueueRefused, Refusal


def evidence_refusal_text(error: QueueRefused) -> str | None:
    """The words for a refusal about a piece's file (None: not one of those)."""
    if error.refusal is Refusal.PIECE_TOO_LARGE:
        limit = error.numbers[0] if error.numbers else 0
        return QCoreApplication.translate(
            "CaseController",
            "Het bestand werd niet aanvaard: het is groter dan %1, de grens die de dienst "
            "instelde.",
        ).replace("%1", megabytes(limit))
    if error.refusal is Refusal.PIECE_NOT_IN_STORE:
        return QCoreApplication.translate(
            "CaseController",
            "Het bestand werd niet aanvaard: het staat niet (meer) op deze werkplek. Kies "
            "het opnieuw.",
        )
    return None


EVIDENCE_RULES: dict[str, Callable[[], str]] = {
    CLOSED_CASE_PIECE: lambda: QCoreApplication.translate(
        "CaseController",
        "Het stuk werd niet bewaard: na de afronding kan alleen nog het ondertekende "
        "exemplaar van een verhoor toegevoegd worden.",
    ),
    "a piece needs a title": lambda: QCoreApplication.translate(
        "CaseController", "Het stuk werd niet bewaard: geef het een titel."
    ),
    "a piece needs a file that is not empty": lambda: QCoreApplication.translate(
        "CaseController", "Het stuk werd niet bewaard: het bestand is leeg."
    ),
    "no such piece on this case": lambda: QCoreApplication.translate(
        "CaseController", "De wijziging werd niet bewaard: dit stuk bestaat niet in deze melding."
    ),
    "this piece was withdrawn": lambda: QCoreApplication.translate(
        "CaseController", "De wijziging werd niet bewaard: dit stuk werd ingetrokken."
    ),
    "this piece exists already": lambda: QCoreApplication.translate(
        "CaseController", "Het stuk werd niet bewaard: het bestaat al in deze melding."
    ),
    "a new version of a piece needs a reason": lambda: QCoreApplication.translate(
        "CaseController", "De nieuwe versie werd niet bewaard: geef de reden."
    ),
    "the new version is the same file": lambda: QCoreApplication.translate(
        "CaseController",
        "De nieuwe versie werd niet bewaard: het gekozen bestand is hetzelfde als de "
        "huidige versie.",
    ),
    "withdrawing a piece needs a reason": lambda: QCoreApplication.translate(
        "CaseController", "Het stuk werd niet ingetrokken: geef de reden."
    ),
    "no such version of this piece": lambda: QCoreApplication.translate(
        "CaseController", "Deze versie van het stuk bestaat niet."
    ),
}
