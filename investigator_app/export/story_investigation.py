"""The dossier's sections on the investigation: each standing allegation with its finding
(conclusion, motivation, recommended follow-up, the pieces it rests on, by name), the
withdrawn ones with who, when and why, and the investigation plan's tasks. Which copies
show them is decided in ``story.py``; earlier versions are not printed, their number is.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
)

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.investigation import (
    Allegation,
    Finding,
    SourceKind,
    SourceRef,
    Task,
    TaskState,
    overdue,
)
from investigator_app.export.fonts import SANS_BOLD
from investigator_app.export.redaction import (
    field_key_allegation,
    field_key_finding,
    field_key_task,
)
from investigator_app.export.safe_text import to_markup
from investigator_app.export.story_blocks import StoryBlocks
from investigator_app.export.styles import ACCENT, MUTED
from investigator_app.export.texts import format_date, format_datetime
from investigator_app.export.texts_investigation import InvestigationCode, term

_STATE_LINES = {
    TaskState.DONE: "uitgevoerd door {who} op {when}",
    TaskState.CANCELLED: "geannuleerd door {who} op {when}",
    TaskState.OPEN: "heropend door {who} op {when}",  # a state change back to open
}


class InvestigationSections(StoryBlocks):
    """Tenlasteleggingen en bevindingen; Onderzoeksplan."""

    def code_term(self, code: InvestigationCode) -> str:
        return self.label(term(code, self.t.language))

    def unsent(self) -> str:
        """The mark of an item whose change waits in this workstation's outbox."""
        return f'<font color="{ACCENT.hexval()}">{self.label("nog niet verzonden")}</font>'

    def field_name(self, dutch: str) -> str:
        """A field's name in front of its value on the same line, as the labels look."""
        return (
            f'<font name="{SANS_BOLD}" color="{MUTED.hexval()}" size="{self.s.label.fontSize}">'
            f"{self.label(dutch)}</font>&nbsp;&nbsp;"
        )

    def inline(self, value: str, field: str) -> str:
        """Markup of a short untrusted value inside one of our lines, redacted as asked."""
        spans = self.redactor.spans(field, value)
        return to_markup(value, spans, font=self.s.body.fontName, size=self.s.body.fontSize)

    def by_line(self, dutch: str, who: str, when: str) -> str:
        """One of our phrases with a person's name and a moment in it: the name escaped and
        blacked out where a phrase to black out everywhere says so, as names are elsewhere."""
        before, _, after = self.t(dutch, who="{who}", when=when).partition("{who}")
        font, size = self.s.body.fontName, 9
        return (
            to_markup(before, font=font, size=size)
            + self.plain(who)
            + to_markup(after, font=font, size=size)
        )

    # --- allegations and findings -------------------------------------------------------

    def allegations(self) -> list[Flowable]:
        inv = self.case.investigation
        out = self.section("allegations", "Tenlasteleggingen en bevindingen")
        if not inv.allegations:
            return [*out, Paragraph(self.label("Geen tenlasteleggingen."), self.s.body)]
        for allegation in inv.standing:
            out += self.allegation(allegation)
        withdrawn = [a for a in inv.allegations if a.withdrawn is not None]
        if withdrawn:
            out += [
                CondPageBreak(30 * mm),
                Paragraph(self.label("Ingetrokken tenlasteleggingen"), self.s.subheading),
            ]
            for allegation in withdrawn:
                out += self.withdrawn_allegation(allegation)
        return out

    def allegation_head(self, allegation: Allegation) -> list[Flowable]:
        facts = allegation.facts
        title = (
            f"{self.label('Tenlastelegging {number}', number=allegation.number)} · "
            f"{self.label(self.t.label(facts.category))}"
        )
        made = [
            self.label("versie {version}", version=allegation.version),
            self.by_line(
                "Toegevoegd door {who} op {when}",
                allegation.created_by,
                format_datetime(allegation.created_at),
            ),
        ]
        if allegation.version > 1:
            made.append(
                self.by_line(
                    "laatst gewijzigd door {who} op {when}",
                    allegation.edited_by,
                    format_datetime(allegation.edited_at),
                )
            )
        if allegation.pending:
            made.append(self.unsent())
        key = allegation.id
        # Room for the head and the first lines of the text; a long text then runs on
        # (kept together, it would leave the rest of the page empty).
        return [
            CondPageBreak(35 * mm),
            Paragraph(title, self.s.subheading),
            Paragraph(" · ".join(made), self.s.small),
            self.text(facts.text, field_key_allegation(key, "text")),
        ]

    def allegation_facts(self, allegation: Allegation) -> list[Flowable]:
        facts = allegation.facts
        persons = "; ".join(
            self.inline(person, field_key_allegation(allegation.id, f"person:{index}"))
            for index, person in enumerate(facts.persons)
        )
        period = self.period(facts.period_start, facts.period_end)
        return [
            Paragraph(
                self.field_name("Betrokkenen") + (persons or self.label("geen")), self.s.body
            ),
            Paragraph(self.field_name("Periode van de feiten") + period, self.s.body),
        ]

    def period(self, start: date | None, end: date | None) -> str:
        if start is not None and end is not None:
            return self.label(
                "van {start} tot {end}", start=format_date(start), end=format_date(end)
            )
        if start is not None:
            return self.label("vanaf {start}", start=format_date(start))
        if end is not None:
            return self.label("tot {end}", end=format_date(end))
        return self.label("niet opgegeven")

    def allegation(self, allegation: Allegation) -> list[Flowable]:
        out = self.allegation_head(allegation) + self.allegation_facts(allegation)
        if allegation.finding is None:
            return [
                *out,
                Paragraph(
                    f"{self.field_name('Bevinding')}"
                    f'<font color="{ACCENT.hexval()}">{self.label("Nog geen bevinding.")}</font>',
                    self.s.body,
                ),
            ]
        return out + self.finding(allegation.id, allegation.finding, allegation.pending)

    def finding(self, allegation_id: str, finding: Finding, pending: bool) -> list[Flowable]:
        facts = finding.facts
        made = [
            self.label("versie {version}", version=finding.version),
            self.by_line(
                "Bevinding opgesteld door {who} op {when}", finding.by, format_datetime(finding.at)
            ),
        ]
        if pending:
            made.append(self.unsent())
        out: list[Flowable] = [
            CondPageBreak(30 * mm),
            Spacer(1, 2 * mm),
            Paragraph(
                f"{self.field_name('Bevinding')}<b>{self.code_term(facts.conclusion)}</b>",
                self.s.body,
            ),
            Paragraph(" · ".join(made), self.s.small),
            Paragraph(self.label("Motivering"), self.s.label),
            self.text(
                facts.motivation, field_key_finding(allegation_id, "motivation"), self.s.block
            ),
        ]
        if facts.follow_up is not None:
            out.append(
                Paragraph(
                    f"{self.field_name('Aanbevolen opvolging')}"
                    f"<b>{self.code_term(facts.follow_up)}</b>",
                    self.s.body,
                )
            )
        if facts.follow_up_text.strip():
            key = field_key_finding(allegation_id, "follow_up")
            out.append(self.text(facts.follow_up_text, key, self.s.block))
        out.append(Paragraph(self.label("Stukken waarop de bevinding steunt"), self.s.label))
        if not facts.sources:
            out.append(Paragraph(self.label("Geen stukken aangehaald."), self.s.item))
        out += [Paragraph(self.source(ref), self.s.item, bulletText="•") for ref in facts.sources]
        return out

    def source(self, ref: SourceRef) -> str:
        """A piece a finding cites, by its name (the ids behind it mean nothing on paper)."""
        case = self.case
        if ref.kind is SourceKind.PIECE:
            piece = self.piece_by_id(ref.ref)
            return self.piece_label(piece) if piece else self.label("stuk niet in dit dossier")
        if ref.kind is SourceKind.CASE_FILE:
            for item in case.attachments:
                if item.sha256 == ref.ref:
                    return f"{self.plain(item.name)} · {self.label('bijlage bij de melding')}"
        message_id = ref.ref if ref.kind is SourceKind.ANSWER else ref.message_id
        message = next((m for m in case.messages if m.id == message_id), None)
        if message is not None and message.answer is not None:
            when = format_date(message.answered_at or message.created_at)
            if ref.kind is SourceKind.ANSWER:
                return self.label("antwoord van de melder van {when}", when=when)
            for item in message.attachments:
                if item.sha256 == ref.ref:
                    where = self.label("bij het antwoord van de melder van {when}", when=when)
                    return f"{self.plain(item.name)} · {where}"
        return self.label("stuk niet in dit dossier")

    def withdrawn_allegation(self, allegation: Allegation) -> list[Flowable]:
        withdrawal = allegation.withdrawn
        assert withdrawal is not None
        facts, key = allegation.facts, allegation.id
        title = (
            f"{self.label('Tenlastelegging {number}', number=allegation.number)} · "
            f"{self.label(self.t.label(facts.category))}"
        )
        made = [
            self.label("versie {version}", version=allegation.version),
            self.by_line(
                "Ingetrokken door {who} op {when}", withdrawal.by, format_datetime(withdrawal.at)
            ),
        ]
        if allegation.pending:
            made.append(self.unsent())
        return [
            CondPageBreak(30 * mm),
            Paragraph(f"<b>{title}</b>", self.s.body),
            Paragraph(" · ".join(made), self.s.small),
            self.text(facts.text, field_key_allegation(key, "text"), self.s.block),
            Paragraph(self.label("Reden van intrekking"), self.s.label),
            self.text(
                withdrawal.reason, field_key_allegation(allegation.id, "withdrawn"), self.s.block
            ),
        ]

    # --- the investigation plan ---------------------------------------------------------

    def plan(self) -> list[Flowable]:
        tasks = self.case.investigation.tasks
        out = self.section("plan", "Onderzoeksplan")
        if not tasks:
            return [*out, Paragraph(self.label("Geen onderzoekstaken."), self.s.body)]
        today = self.made_at.astimezone(BRUSSELS).date()
        states = [task.state for task in tasks]
        count = self.label(
            "{total} taken: {open} open, {done} uitgevoerd, {cancelled} geannuleerd",
            total=len(tasks),
            open=states.count(TaskState.OPEN),
            done=states.count(TaskState.DONE),
            cancelled=states.count(TaskState.CANCELLED),
        )
        late = sum(overdue(task, today) for task in tasks)
        if late:
            count += ", " + self.label("waarvan {count} met verstreken datum", count=late)
        out.append(Paragraph(count, self.s.body))
        for number, task in enumerate(tasks, start=1):
            out += self.task(number, task, today)
        return out

    def task(self, number: int, task: Task, today: date) -> list[Flowable]:
        head = f"<b>{self.label('Taak {number}', number=number)}</b> · {self.code_term(task.state)}"
        if task.pending:
            head += f" · {self.unsent()}"
        owner = self.plain(task.owner) if task.owner else self.label("niemand")
        if task.due is None:
            due = self.label("geen datum")
        elif overdue(task, today):
            late = self.label("{due} (verstreken)", due=format_date(task.due))
            due = f'<font color="{ACCENT.hexval()}"><b>{late}</b></font>'
        else:
            due = format_date(task.due)
        lines = [
            f"{self.field_name('Verantwoordelijke')}{owner}",
            f"{self.field_name('Uiterlijk op')}{due}",
        ]
        made = [
            self.by_line(
                "Aangemaakt door {who} op {when}", task.created_by, format_datetime(task.created_at)
            )
        ]
        if task.state_by is not None and task.state_at is not None:
            when = format_datetime(task.state_at)
            made.append(self.by_line(_STATE_LINES[task.state], task.state_by, when))
        return [
            CondPageBreak(20 * mm),
            Paragraph(head, self.s.subheading),
            self.text(task.description, field_key_task(task.id), self.s.block),
            Paragraph(" · ".join(lines), self.s.block),
            Paragraph(" · ".join(made), self.s.aside),
        ]
