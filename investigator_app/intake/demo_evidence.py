"""The demo's evidence: one ABB case in investigation gets two pieces (the minutes of a
council meeting as text and a photo), one of them opened, and an interview record read
back and signed (its signed scan a small PDF, a piece of type interview record). Played
through the real operations as the case team, after its bytes were stored as a completed
upload, as a desktop would have sent them. Fictional people, places and facts only."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy.orm import Session

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.evidence import CustodyKind, PieceType
from investigator_app.domain.interviews import Capacity, StatementKind
from investigator_app.domain.investigation import SourceKind
from investigator_app.domain.lifecycle import Action
from investigator_app.intake.actors import Actor
from investigator_app.intake.demo_messages import tiny_png
from investigator_app.intake.investigation_reads import load_investigation
from investigator_app.intake.models import Case
from investigator_app.intake.uploads import store_uploaded

PlayOp = Callable[..., None]

DEMO_NOTICE = (
    "U wordt gehoord in het kader van een integriteitsonderzoek. U mag zich laten bijstaan "
    "door een advocaat of een vertrouwenspersoon. Wat u verklaart, wordt opgeschreven en "
    "u krijgt de kans het na te lezen voor u ondertekent."
)
"""The interview notice of the demo's ABB (`department edit --interview-notice-file`)."""

MINUTES = (
    "Gemeente Lindebeek (fictief) - uittreksel uit de notulen van de gemeenteraad\n"
    "Zitting van 14 oktober. Punt 7: toewijzing van de opdracht voor de heraanleg van het "
    "marktplein aan Bouwbedrijf Dorpsstraat bv. Goedgekeurd met 9 stemmen voor en 2 "
    "onthoudingen.\n"
)


class Steps(Protocol):
    def step(self, hours: float) -> datetime: ...


def signed_scan_pdf(reference: str) -> bytes:
    """A one-page PDF standing in for the scan of a signed interview record."""
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.drawString(72, 770, f"Verhoor 1 - {reference} - ondertekend exemplaar (fictief)")
    canvas.drawString(72, 740, "Handtekening gehoorde persoon: ............")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def play_evidence(session: Session, member: Actor, case: Case, clock: Steps, op: PlayOp) -> None:
    """The pieces and the signed record of one demo case, by its assignee ``member``."""
    minutes = _piece(
        session, member, case, clock, op,
        MINUTES.encode(), "notulen gemeenteraad 14-10.txt", "text/plain",
        title="Uittreksel uit de notulen van de gemeenteraad",
        source="Secretariaat van de gemeente Lindebeek",
        type_=PieceType.REGISTER_EXTRACT,
    )  # fmt: skip
    _piece(
        session, member, case, clock, op,
        tiny_png(), "werf marktplein.png", "image/png",
        title="Foto van de werf op het marktplein",
        source="Genomen door de onderzoeker ter plaatse",
        type_=PieceType.PHOTO,
    )  # fmt: skip
    op(
        member, case, Action.RECORD_CUSTODY, clock.step(2),
        piece_id=minutes, kind=CustodyKind.OPENED, version=1,
    )  # fmt: skip
    _cite(session, member, case, clock, op, minutes)
    held = clock.step(24)
    interview_id = str(uuid.uuid4())
    record: dict[str, Any] = {
        "interview_id": interview_id,
        "person_heard": "Hilde Vandenbroucke",
        "capacity": Capacity.WITNESS,
        "held_on": held.astimezone(BRUSSELS).date(),
        "place": "Gemeentehuis Lindebeek, vergaderzaal 2",
        "start": time(14, 0),
        "end": time(15, 10),
        "present": [member.name],
        "assistance": "",
        "notice": DEMO_NOTICE,
        "notice_read": True,
        "statements": [
            {
                "kind": StatementKind.QUESTION,
                "text": "Was u aanwezig op de zitting van 14 oktober?",
            },
            {"kind": StatementKind.ANSWER, "text": "Ja, als secretaris van de gemeenteraad."},
            {
                "kind": StatementKind.QUESTION,
                "text": "Werd de toewijzing van de opdracht vooraf besproken?",
            },
            {
                "kind": StatementKind.ANSWER,
                "text": "Niet in mijn aanwezigheid. Het dossier lag pas die avond ter inzage.",
            },
        ],
        "remarks": "Geen opmerkingen.",
    }
    op(member, case, Action.ADD_INTERVIEW, held + timedelta(hours=2), interview=record)
    scan = _piece(
        session, member, case, clock, op,
        signed_scan_pdf(case.reference), "verhoor 1 ondertekend.pdf", "application/pdf",
        title="Verhoor 1, ondertekend exemplaar",
        source="Ondertekend na het nalezen",
        type_=PieceType.INTERVIEW_RECORD,
    )  # fmt: skip
    op(
        member, case, Action.SIGN_INTERVIEW, clock.step(1),
        interview_id=interview_id, piece_id=scan,
    )  # fmt: skip


def _piece(
    session: Session,
    member: Actor,
    case: Case,
    clock: Steps,
    op: PlayOp,
    data: bytes,
    name: str,
    media_type: str,
    *,
    title: str,
    source: str,
    type_: PieceType,
) -> str:
    at = clock.step(3)
    sha256 = store_uploaded(session, member, case.id, data, name, at)
    piece_id = str(uuid.uuid4())
    piece = {
        "piece_id": piece_id,
        "title": title,
        "description": "",
        "source": source,
        "obtained_on": at.astimezone(BRUSSELS).date(),
        "type": type_,
        "file": {"sha256": sha256, "size": len(data), "name": name, "media_type": media_type},
    }
    op(member, case, Action.ADD_PIECE, at, piece=piece)
    return piece_id


def _cite(
    session: Session, member: Actor, case: Case, clock: Steps, op: PlayOp, piece_id: str
) -> None:
    """A standing allegation's finding again, now resting on the piece too (version 2)."""
    assert member.department_id is not None
    current = load_investigation(session, case.id, member.department_id)
    allegation = next(
        a for a in current.allegations if a.finding is not None and a.withdrawn is None
    )
    assert allegation.finding is not None
    facts = allegation.finding.facts
    finding = {
        "conclusion": facts.conclusion,
        "motivation": facts.motivation,
        "sources": [
            *({"kind": s.kind, "ref": s.ref, "message_id": s.message_id} for s in facts.sources),
            {"kind": SourceKind.PIECE, "ref": piece_id},
        ],
        "follow_up": facts.follow_up,
        "follow_up_text": facts.follow_up_text,
    }
    op(
        member, case, Action.RECORD_FINDING, clock.step(4),
        allegation_id=allegation.id, finding=finding,
    )  # fmt: skip
