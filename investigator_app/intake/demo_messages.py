"""The demo's conversation with reporters: fictional letters, questions and answers, and
the bookkeeping that marks their mails delivered at the moment they were sent."""

from __future__ import annotations

import struct
import uuid
import zlib
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.messages import MessageKind
from investigator_app.domain.vocabulary import Outcome
from investigator_app.intake.actors import Actor
from investigator_app.intake.blobs import Upload, check_uploads
from investigator_app.intake.cases import lock_case
from investigator_app.intake.messages import REPORTER, record_answer
from investigator_app.intake.models import Case, Message
from investigator_app.intake.relay import outbox
from investigator_app.intake.settings import MailSettings, RelayPolicy
from investigator_app.operations import LetterIn, QuestionIn
from investigator_app.protocol import DELIVERY_NO_EMAIL

_SEED_URL = "http://demo.invalid"  # seeded mails are never sent: their links are not used

CLOSING = "Met vriendelijke groeten,\nDe integriteitsonderzoekers"
ACKNOWLEDGEMENT = (
    "Beste melder,\n\n"
    "Wij hebben uw melding met referentie {reference} goed ontvangen. Een onderzoeker van "
    "onze dienst behandelt ze vertrouwelijk. Binnen drie maanden laten wij u weten hoe wij "
    "uw melding opvolgen.\n\n" + CLOSING
)
FEEDBACK = {
    Outcome.FOUNDED: "Uw melding bleek gegrond. Wij hebben de nodige maatregelen genomen en "
    "de feiten gemeld aan de bevoegde toezichthouder.",
    Outcome.UNFOUNDED: "Na onderzoek vonden wij geen aanwijzingen voor een "
    "integriteitsschending. Wij ronden uw melding af.",
    Outcome.INADMISSIBLE: "Na beoordeling hebben wij uw melding afgerond zonder onderzoek: "
    "de feiten vormen geen integriteitsschending. Wij hebben u de weg gewezen naar de "
    "bevoegde dienst.",
    Outcome.PARTLY_FOUNDED: "Uw melding bleek deels gegrond. Wij hebben het bestuur "
    "maatregelen aanbevolen; een deel van de feiten kon niet bevestigd worden.",
    Outcome.NOT_DETERMINABLE: "Na onderzoek konden wij niet vaststellen of de feiten zich "
    "voordeden zoals gemeld. Wij ronden uw melding af.",
}
QUESTIONS = (
    "Weet u op welke dagen u de feiten hebt vastgesteld? Data of een ruwe periode helpen ons.",
    "Hebt u foto's of documenten die uw melding ondersteunen? U kunt ze bij uw antwoord voegen.",
    "Zijn er nog andere personen die de feiten hebben gezien en die wij mogen contacteren?",
)
PHONE_ANSWER = "Telefonisch: de melder zag het op maandagochtend, samen met een collega."
ANSWER = (
    "Ik heb het zelf gezien op dinsdag en donderdag, telkens rond acht uur 's ochtends. "
    "De foto zit erbij."
)


def tiny_png(width: int = 24, height: int = 16) -> bytes:
    """A small but valid PNG (a yellow rectangle), made without image libraries."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\xff\xe6\x15" * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


class DemoConversation:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.mail = MailSettings()

    def acknowledgement(self, case: Case) -> LetterIn:
        return LetterIn(
            message_id=uuid.uuid4(), body=ACKNOWLEDGEMENT.format(reference=case.reference)
        )

    def feedback(self, outcome: Outcome | None) -> LetterIn:
        text = FEEDBACK.get(outcome or Outcome.UNFOUNDED, FEEDBACK[Outcome.UNFOUNDED])
        return LetterIn(message_id=uuid.uuid4(), body=f"Beste melder,\n\n{text}\n\n{CLOSING}")

    def question(self, index: int, answer_due: date) -> QuestionIn:
        return QuestionIn(
            message_id=uuid.uuid4(), body=QUESTIONS[index % len(QUESTIONS)], answer_due=answer_due
        )

    def deliver(self, at: datetime) -> None:
        """Mark every queued mail delivered at ``at`` (as the relay would have)."""
        while (claim := outbox.claim_next(self.session, at, _SEED_URL, self.mail)) is not None:
            outbox.record_sent(self.session, claim.outbox_id, at)

    def answer(self, case: Case, message_id: str, at: datetime, desk: Actor) -> None:
        """The reporter answers: on the reply page with a photo, or by phone to 1700."""
        message = self.session.scalars(select(Message).where(Message.id == message_id)).one()
        if message.kind is not MessageKind.INFO_REQUEST:
            return
        locked = lock_case(self.session, case.id)
        assert locked is not None
        if message.delivery_error == DELIVERY_NO_EMAIL:
            record_answer(self.session, desk, locked, message, PHONE_ANSWER, "phone", [], at)
            return
        files = check_uploads([Upload("foto-vaststelling.png", tiny_png())], RelayPolicy())
        record_answer(self.session, REPORTER, locked, message, ANSWER, "web", files, at)
