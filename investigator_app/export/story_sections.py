"""The dossier's sections that read the same in every profile that has them: the summary
with its deadlines, the involved entity and persons, the timeline, the questions and
answers, the attachments and the audit entries (copies, revealed identities,
declarations). What a copy shows of the reporter and of the notes is decided in
``story.py``; redactions apply through the blocks of ``story_blocks.py``."""

from __future__ import annotations

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
)

from investigator_app.domain.investigation import conclusion_counts
from investigator_app.export.model import DeadlineOutcome, DossierMessage
from investigator_app.export.redaction import field_key_event_reason, field_key_message
from investigator_app.export.story_blocks import StoryBlocks
from investigator_app.export.texts import format_date, format_datetime
from investigator_app.export.texts_investigation import term

AUDIT_ACTIONS = {
    "case.copy_exported": "Exemplaar geëxporteerd",
    "case.copy_printed": "Exemplaar afgedrukt",
    "case.identity_revealed": "Identiteit onthuld",
    "case.conflict_declared": "Verklaring geen belangenconflict",
    "case.recused": "Onthouding wegens belangenconflict",
    "case.add_allegation": "Tenlastelegging toegevoegd",
    "case.edit_allegation": "Tenlastelegging gewijzigd",
    "case.withdraw_allegation": "Tenlastelegging ingetrokken",
    "case.record_finding": "Bevinding vastgelegd",
    "case.add_task": "Onderzoekstaak toegevoegd",
    "case.edit_task": "Onderzoekstaak gewijzigd",
    "case.set_task_state": "Onderzoekstaak van toestand veranderd",
    "case.add_piece": "Stuk toegevoegd",
    "case.replace_piece": "Stuk vervangen door een nieuwe versie",
    "case.withdraw_piece": "Stuk ingetrokken",
    "case.record_custody": "Stuk geopend, geëxporteerd of afgedrukt",
    "case.add_interview": "Verhoor toegevoegd",
    "case.edit_interview": "Verhoor gewijzigd",
    "case.sign_interview": "Verhoor ondertekend",
    "case.correct_interview": "Verbetering van een verhoor",
}


class CaseSections(StoryBlocks):
    """The profile-independent sections of a dossier, each a list of flowables."""

    def summary(self) -> list[Flowable]:
        case, t = self.case, self.t
        rows: list[tuple[str, Flowable | str]] = [
            ("Categorie", self.label(t.label(case.category))),
            ("Kanaal", self.label(t.label(case.channel))),
            ("Ontvangen", format_datetime(case.received_at)),
            ("Status", self.label(t.label(case.status))),
            (
                "Uitkomst",
                self.label(t.label(case.outcome)) if case.outcome else self.label("nog geen"),
            ),
            *self.closing_rows(),
            (
                "Toegewezen aan",
                self.plain(case.assignee_name)
                if case.assignee_name
                else self.label("niet toegewezen"),
            ),
        ]
        for deadline in case.deadlines:
            name = (
                "Ontvangstbevestiging" if deadline.kind == "acknowledgement" else "Terugkoppeling"
            )
            due = format_date(deadline.due)
            done = format_date(deadline.done_at) if deadline.done_at else ""
            wording = {
                DeadlineOutcome.MET: "tijdig ({done}, termijn {due})",
                DeadlineOutcome.LATE: "te laat ({done}, termijn {due})",
                DeadlineOutcome.OPEN: "open, termijn {due}",
                DeadlineOutcome.OVERDUE: "overschreden, termijn {due}",
            }[deadline.outcome]
            rows.append((name, self.label(wording, done=done, due=due)))
        return [*self.section("summary", "Samenvatting"), self.facts(rows)]

    def closing_rows(self) -> list[tuple[str, Flowable | str]]:
        """How the case was closed: the ground when without investigation, else how many
        findings of each conclusion gave the outcome (while investigating, so far)."""
        case, language = self.case, self.t.language
        if case.closing_ground is not None:
            return [("Afgerond zonder onderzoek", self.label(term(case.closing_ground, language)))]
        counts = conclusion_counts(case.investigation)
        if not counts:
            return []
        words = ", ".join(
            f"{count} {self.label(term(conclusion, language))}"
            for conclusion, count in counts.items()
        )
        return [("Bevindingen", words)]

    def involved(self) -> list[Flowable]:
        case = self.case
        persons: list[Flowable] = [
            self.text(person, f"person:{index}")
            for index, person in enumerate(case.involved_persons)
        ] or [Paragraph(self.label("geen"), self.s.body)]
        return [
            *self.section("involved", "Betrokken entiteit en personen"),
            Paragraph(self.label("Betrokken entiteit"), self.s.subheading),
            self.text(case.involved_entity, "involved_entity"),
            Paragraph(self.label("Betrokken personen"), self.s.subheading),
            *persons,
        ]

    def timeline(self) -> list[Flowable]:
        t = self.t
        out = self.section("timeline", "Tijdlijn")
        if not self.case.events:
            return [*out, Paragraph(self.label("Geen statuswijzigingen."), self.s.body)]
        for index, event in enumerate(self.case.events):
            what = self.label(t.label(event.kind))
            parts = [f"<b>{what}</b> · {self.plain(event.actor)}"]
            if event.from_status and event.to_status and event.from_status != event.to_status:
                parts.append(
                    f"<br/>{self.label(t.label(event.from_status))} → "
                    f"{self.label(t.label(event.to_status))}"
                )
            if event.outcome:
                parts.append(f" ({self.label(t.label(event.outcome))})")
            if event.assignee:
                parts.append(f" → {self.plain(event.assignee)}")
            out.append(
                Paragraph("".join(parts), self.s.event, bulletText=format_datetime(event.at))
            )
            if event.reason:
                out.append(self.text(event.reason, field_key_event_reason(index), self.s.reason))
        return out

    def messages(self) -> list[Flowable]:
        out = self.section("messages", "Vragen en antwoorden")
        if not self.case.messages:
            return [*out, Paragraph(self.label("Geen berichten."), self.s.body)]
        for message in self.case.messages:
            out += self.message(message)
        return out

    def message(self, message: DossierMessage) -> list[Flowable]:
        t = self.t
        head = (
            f"<b>{self.label(t.label(message.kind))}</b> · {self.plain(message.author)} · "
            f"{format_datetime(message.created_at)} · {self.label(t.label(message.state))}"
        )
        out: list[Flowable] = [
            KeepTogether(
                [
                    Paragraph(head, self.s.subheading),
                    self.text(message.body, field_key_message(message.id, "body")),
                ]
            )
        ]
        if message.answer_due is not None:
            out.append(
                Paragraph(
                    f"{self.label('Antwoord uiterlijk')}: {format_date(message.answer_due)}",
                    self.s.small,
                )
            )
        if message.answer is not None:
            channel = "via de webpagina" if message.answer_channel == "web" else "telefonisch"
            when = format_datetime(message.answered_at) if message.answered_at else ""
            out.append(
                Paragraph(
                    self.label("Beantwoord op {when} ({channel})", when=when, channel=t(channel)),
                    self.s.label,
                )
            )
            out.append(self.text(message.answer, field_key_message(message.id, "answer")))
        out += [self.attachment(item) for item in message.attachments]
        return out

    def attachments(self) -> list[Flowable]:
        out = self.section("attachments", "Bijlagen")
        items = list(self.case.attachments) + [
            item for message in self.case.messages for item in message.attachments
        ]
        if not items:
            return [*out, Paragraph(self.label("Geen bijlagen."), self.s.body)]
        return out + [self.attachment(item) for item in items]

    def audit(self) -> list[Flowable]:
        out = self.section("audit", "Audittrail")
        if not self.case.audit:
            return [
                *out,
                Paragraph(
                    self.label("Geen onthullingen, exporten of afdrukken geregistreerd."),
                    self.s.body,
                ),
            ]
        for entry in self.case.audit:
            action = AUDIT_ACTIONS.get(entry.action)
            what = self.label(action) if action else self.plain(entry.action)
            detail = f"<br/>{self.plain(entry.detail)}" if entry.detail else ""
            out.append(
                Paragraph(
                    f"<b>{what}</b> · {self.plain(entry.actor)}{detail}",
                    self.s.event,
                    bulletText=format_datetime(entry.at),
                )
            )
        return out
