"""Pieces and interview records as the wire carries them (for store, sync and acceptance
tests of evidence)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from investigator_app.domain.evidence import PieceFile


def file_in(file: PieceFile) -> dict[str, Any]:
    return {
        "sha256": file.sha256,
        "size": file.size,
        "name": file.name,
        "media_type": file.media_type,
    }


def piece_in(
    file: PieceFile,
    piece_id: uuid.UUID | str | None = None,
    *,
    title: str = "Factuur van de leverancier",
    type: str = "document",
) -> dict[str, Any]:
    """The ``piece`` of add_piece, on the wire (a new id when none is given)."""
    return {
        "piece_id": str(piece_id or uuid.uuid4()),
        "title": title,
        "description": "Gevonden in de boekhouding.",
        "source": "Dienst Financiën",
        "obtained_on": date(2026, 3, 10).isoformat(),
        "type": type,
        "file": file_in(file),
    }


def interview_in(
    interview_id: uuid.UUID | str | None = None, person: str = "J. Janssens"
) -> dict[str, Any]:
    """The ``interview`` of add_interview / edit_interview / correct_interview."""
    return {
        "interview_id": str(interview_id or uuid.uuid4()),
        "person_heard": person,
        "capacity": "witness",
        "held_on": date(2026, 3, 12).isoformat(),
        "place": "Brussel",
        "start": "10:00:00",
        "end": "11:00:00",
        "present": [],
        "assistance": "",
        "notice": "",
        "notice_read": False,
        "statements": [{"kind": "paragraph", "text": "Ik heb niets gezien."}],
        "remarks": "",
    }
