"""Where a piece's bytes are, as the Stukken tab says it: waiting to be sent, being sent
(with how far), on this workstation, not fetched yet, being fetched, or damaged.

The store knows the uploads and the bytes per sha256 (store/evidence_store.py); the case
controller turns what it says into one ``PieceStatus`` per file, which the tab shows and
which decides whether "Openen" may open it (a damaged file never opens).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.evidence import Piece
from investigator_app.store.evidence import PieceAvailability
from investigator_app.store.piece_uploads import PieceUpload, UploadPhase


class Where(Enum):
    AVAILABLE = "available"  # verified bytes in the store: opens offline
    WAITING = "waiting"  # nog niet verzonden: the upload waits for the connection
    SENDING = "sending"  # wordt verzonden x%
    REFUSED = "refused"  # the service refused the upload (the operation comes back refused)
    MISSING = "missing"  # nog niet opgehaald
    FETCHING = "fetching"  # wordt opgehaald x%
    DAMAGED = "damaged"  # beschadigd: the bytes no longer match the sha256; never opened


@dataclass(frozen=True)
class PieceStatus:
    where: Where
    percent: int = 0  # SENDING and FETCHING: how far, 0–100

    @property
    def opens(self) -> bool:
        """Whether the bytes are here and sound (also while they are being sent)."""
        return self.where in (Where.AVAILABLE, Where.WAITING, Where.SENDING, Where.REFUSED)


AVAILABLE = PieceStatus(Where.AVAILABLE)


def percent(done: int, size: int) -> int:
    """How far, in whole percent (100 only when complete)."""
    if size <= 0:
        return 0
    return 100 if done >= size else min(99, done * 100 // size)


def status_text(status: PieceStatus) -> str:
    """The status in words; "" for a file that is simply here."""
    where = status.where
    if where is Where.WAITING:
        return QCoreApplication.translate("Evidence", "nog niet verzonden")
    if where is Where.SENDING:
        return QCoreApplication.translate("Evidence", "wordt verzonden %1%").replace(
            "%1", str(status.percent)
        )
    if where is Where.REFUSED:
        return QCoreApplication.translate("Evidence", "door de server geweigerd")
    if where is Where.MISSING:
        return QCoreApplication.translate("Evidence", "nog niet opgehaald")
    if where is Where.FETCHING:
        return QCoreApplication.translate("Evidence", "wordt opgehaald %1%").replace(
            "%1", str(status.percent)
        )
    if where is Where.DAMAGED:
        return QCoreApplication.translate("Evidence", "beschadigd")
    return ""


def why_not_open(status: PieceStatus) -> str | None:
    """Why "Openen" is disabled for a file in this status (None: it opens)."""
    if status.where is Where.DAMAGED:
        return QCoreApplication.translate(
            "Evidence",
            "De inhoud komt niet meer overeen met de sha256 van het stuk: het is beschadigd "
            "en wordt niet geopend. Synchroniseer opnieuw om het op te halen.",
        )
    if status.where in (Where.MISSING, Where.FETCHING):
        return QCoreApplication.translate(
            "Evidence",
            "Het stuk is nog niet op deze werkplek: het wordt opgehaald zodra de server "
            "bereikbaar is.",
        )
    return None


def piece_statuses(
    pieces: tuple[Piece, ...],
    uploads: Mapping[str, PieceUpload],
    availability: Mapping[str, PieceAvailability],
    fetched: Callable[[str], tuple[int, int] | None],
) -> dict[str, PieceStatus]:
    """The status of every version's file of ``pieces``, by sha256, from what the store
    says: damaged first (never opened), then our upload, then the bytes on this
    workstation (``fetched``: how far a download is)."""
    found: dict[str, PieceStatus] = {}
    for piece in pieces:
        for file in piece.files:
            sha = file.sha256
            here = availability.get(sha)
            upload = uploads.get(sha)
            if here is PieceAvailability.DAMAGED:
                found[sha] = PieceStatus(Where.DAMAGED)
            elif upload is not None and upload.state is UploadPhase.WAITING:
                found[sha] = PieceStatus(Where.WAITING)
            elif upload is not None and upload.state is UploadPhase.SENDING:
                found[sha] = PieceStatus(Where.SENDING, percent(upload.sent, upload.size))
            elif upload is not None and upload.state is UploadPhase.REFUSED:
                found[sha] = PieceStatus(Where.REFUSED)
            elif here is PieceAvailability.MISSING:
                found[sha] = PieceStatus(Where.MISSING)
            elif here is PieceAvailability.DOWNLOADING:
                progress = fetched(sha)
                done = percent(*progress) if progress is not None else 0
                found[sha] = PieceStatus(Where.FETCHING, done)
            else:
                found[sha] = AVAILABLE
    return found
