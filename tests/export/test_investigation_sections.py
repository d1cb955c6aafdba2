"""Issue 11: the dossier's "Tenlasteleggingen en bevindingen" and "Onderzoeksplan", parsed
back from real PDFs: in the full and the manager's copy, never in the reporter's letter,
in Dutch and English, hostile text printed literally, redactions without a trace."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from investigator_app.domain import investigation as rules
from investigator_app.domain.investigation import (
    AllegationFacts,
    ClosingGround,
    Conclusion,
    FindingFacts,
    FollowUp,
    Investigation,
    SourceKind,
    SourceRef,
    TaskState,
)
from investigator_app.domain.vocabulary import Category, Outcome, Status
from investigator_app.export.fonts import SANS
from investigator_app.export.model import DossierAttachment, DossierCase
from investigator_app.export.options import ExportOptions, Profile, Span
from investigator_app.export.page_canvas import MARGIN_X, PAGE_WIDTH
from investigator_app.export.render import render_dossier
from investigator_app.export.rtl import shape
from investigator_app.export.sample import sample_case
from tests.export.pdf_reading import all_text, read_pages

START = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
MADE_AT = datetime(2026, 4, 20, 10, 0, tzinfo=UTC)  # "today" for the tasks: 20/04/2026
CASE_FILE = DossierAttachment(
    "transcript-gesprek.txt", 2_048, "ab" * 32, "text/plain", START, "1700"
)

FIRST_WORDING = "Het diensthoofd liet zich een reis aanbieden."
ALLEGATION = "Het diensthoofd liet zijn reis naar Barcelona betalen door de aannemer."
MOTIVATION = "De factuur van het reisbureau staat op naam van de aannemer."
FOLLOW_UP = "Tuchtprocedure voorstellen aan de algemeen directeur."
SECOND = "De opdracht werd gegund zonder andere offertes op te vragen."
SECOND_MOTIVATION = "Voor een opdracht van deze omvang volstond één offerte."
UNANSWERED = "De aannemer betaalde ook een etentje voor de dienst."
WITHDRAWN = "Een tweede ambtenaar reisde mee."
WITHDRAWAL_REASON = "De melder vergiste zich van persoon."
TASKS = (
    ("De facturen van het reisbureau opvragen.", TaskState.DONE, date(2026, 4, 1)),
    ("Het diensthoofd horen.", TaskState.OPEN, date(2026, 4, 10)),  # past its date
    ("De gunningsbeslissing nalezen.", TaskState.OPEN, date(2026, 5, 30)),
    ("De boekhouding laten nazien.", TaskState.CANCELLED, None),
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def investigation(*, answer_id: str = "m0", answer_file: str = "9f2c" * 16) -> Investigation:
    """Four allegations (one edited, one founded citing three pieces, one unfounded, one
    without a finding, one withdrawn) and four tasks, made by the domain's own rules."""
    inv = rules.EMPTY
    at = START + timedelta(days=10)
    an, els = "An Peeters", "Els Wouters"
    first = AllegationFacts(FIRST_WORDING, ("Piet Fictief",), Category.BRIBERY)
    inv = rules.add_allegation(inv, "a1", first, an, at)
    facts = AllegationFacts(
        ALLEGATION, ("Piet Fictief", "Reisbureau Zon"), Category.BRIBERY, date(2026, 3, 12),
        date(2026, 3, 15),
    )  # fmt: skip
    inv = rules.edit_allegation(inv, "a1", facts, els, at + timedelta(hours=1))
    cited = (
        SourceRef(SourceKind.CASE_FILE, CASE_FILE.sha256),
        SourceRef(SourceKind.ANSWER, answer_id),
        SourceRef(SourceKind.ANSWER_FILE, answer_file, answer_id),
    )
    founded = FindingFacts(Conclusion.FOUNDED, MOTIVATION, cited, FollowUp.DISCIPLINARY, FOLLOW_UP)
    inv = rules.record_finding(inv, "a1", founded, an, at + timedelta(hours=2))
    second = AllegationFacts(SECOND, ("Marie Verzonnen",), Category.CONFLICT_OF_INTEREST)
    inv = rules.add_allegation(inv, "a2", second, an, at)
    unfounded = FindingFacts(Conclusion.UNFOUNDED, SECOND_MOTIVATION)
    inv = rules.record_finding(inv, "a2", unfounded, an, at + timedelta(hours=3))
    third = AllegationFacts(UNANSWERED, (), Category.OTHER, None, date(2026, 2, 28))
    inv = rules.add_allegation(inv, "a3", third, an, at)
    gone = AllegationFacts(WITHDRAWN, ("Jan Verzonnen",), Category.BRIBERY)
    inv = rules.add_allegation(inv, "a4", gone, an, at)
    inv = rules.withdraw_allegation(inv, "a4", WITHDRAWAL_REASON, els, at + timedelta(days=2))
    for n, (description, state, due) in enumerate(TASKS):
        owner = ("u1", an) if n % 2 == 0 else ("u2", els)
        inv = rules.add_task(inv, f"t{n}", description, owner, due, els, at)
        if state is not TaskState.OPEN:
            inv = rules.set_task_state(inv, f"t{n}", state, an, at + timedelta(days=3))
    return inv


def case_with(inv: Investigation | None = None, **changes: object) -> DossierCase:
    case = sample_case(messages=1)
    values: dict[str, object] = {
        "attachments": (CASE_FILE,),
        "investigation": investigation() if inv is None else inv,
        "status": Status.INVESTIGATING,
        "outcome": None,
        "closed_at": None,
    }
    values.update(changes)
    return replace(case, **values)  # type: ignore[arg-type]


def render(case: DossierCase, profile: Profile = Profile.FULL, **options: object) -> bytes:
    chosen = ExportOptions(
        profile,
        reader="Karel Chef",
        made_by="An Peeters",
        made_at=MADE_AT,
        **options,  # type: ignore[arg-type]
    )
    return render_dossier(case, chosen).data


@pytest.mark.parametrize("profile", [Profile.FULL, Profile.MANAGER])
def test_both_internal_copies_hold_each_allegation_its_finding_and_the_plan(
    profile: Profile,
) -> None:
    text = all_text(render(case_with(), profile))
    flat = squash(text)
    # The sections, listed in the contents.
    contents = read_pages(render(case_with(), profile))[1].text
    assert re.search(r"Tenlasteleggingen en bevindingen\W+\d+", contents)
    assert re.search(r"Onderzoeksplan\W+\d+", contents)
    # Each standing allegation: number, text, involved persons, category, period, version.
    for expected in (
        "Tenlastelegging 1 · Omkoping",
        ALLEGATION,
        "Piet Fictief; Reisbureau Zon",
        "van 12/03/2026 tot 15/03/2026",
        "versie 2",
        "Toegevoegd door An Peeters op 12/03/2026 10:15",
        "laatst gewijzigd door Els Wouters op 12/03/2026 11:15",
        "Tenlastelegging 2 · Belangenvermenging",
        SECOND,
        "Tenlastelegging 3 · Andere",
        UNANSWERED,
        "tot 28/02/2026",
        "Nog geen bevinding.",
    ):
        assert squash(expected) in flat, expected
    assert squash(FIRST_WORDING) not in flat  # earlier versions are not printed
    # The findings: conclusion, motivation, follow-up, the pieces by name.
    for expected in (
        "Bevinding gegrond",
        MOTIVATION,
        "Aanbevolen opvolging tuchtprocedure",
        FOLLOW_UP,
        "transcript-gesprek.txt · bijlage bij de melding",
        "antwoord van de melder van 06/03/2026",
        "factuur-reis.pdf · bij het antwoord van de melder van 06/03/2026",
        "Bevinding opgesteld door An Peeters op 12/03/2026 12:15",
        "Bevinding ongegrond",
        SECOND_MOTIVATION,
        "Geen stukken aangehaald.",
    ):
        assert squash(expected) in flat, expected
    # The withdrawn one: who, when, why.
    withdrawn = flat.index(squash("Ingetrokken tenlasteleggingen"))
    assert flat.index(squash(WITHDRAWN)) > withdrawn
    for expected in (
        "Tenlastelegging 4",
        "Ingetrokken door Els Wouters op 14/03/2026 10:15",
        "Reden van intrekking",
        WITHDRAWAL_REASON,
    ):
        assert squash(expected) in flat[withdrawn:], expected
    # The plan: description, owner, date, state with who and when; the late one marked.
    for expected in (
        "4 taken: 2 open, 1 uitgevoerd, 1 geannuleerd, waarvan 1 met verstreken datum",
        "Taak 1 · uitgevoerd",
        TASKS[0][0],
        "Verantwoordelijke An Peeters",
        "Uiterlijk op 01/04/2026",
        "uitgevoerd door An Peeters op 15/03/2026 10:15",
        "Taak 2 · open",
        "Uiterlijk op 10/04/2026 (verstreken)",
        "Verantwoordelijke Els Wouters",
        "Uiterlijk op 30/05/2026",
        "Taak 4 · geannuleerd",
        "geen datum",
        "geannuleerd door An Peeters op 15/03/2026 10:15",
        "Aangemaakt door Els Wouters op 12/03/2026 10:15",
    ):
        assert squash(expected) in flat, expected
    assert squash("30/05/2026 (verstreken)") not in flat
    # The summary counts the findings so far.
    assert squash("Bevindingen 1 gegrond, 1 ongegrond") in flat


def test_the_reporters_letter_shows_none_of_it() -> None:
    closed = case_with(status=Status.CLOSED, outcome=Outcome.FOUNDED, closed_at=MADE_AT)
    text = squash(all_text(render(closed, Profile.FEEDBACK)))
    assert "gegrond" in text  # the outcome, and nothing of how it was reached
    for internal in (
        "Tenlastelegging",
        "Onderzoeksplan",
        "Bevinding",
        ALLEGATION,
        MOTIVATION,
        FOLLOW_UP,
        SECOND,
        WITHDRAWN,
        WITHDRAWAL_REASON,
        "tuchtprocedure",
        "transcript-gesprek.txt",
        "Reisbureau Zon",
        "Els Wouters",
        *(description for description, _, _ in TASKS),
    ):
        assert squash(internal) not in text, internal


def test_the_english_copy_uses_the_glossarys_terms() -> None:
    text = squash(all_text(render(case_with(), Profile.MANAGER, language="en")))
    for expected in (
        "Allegations and findings",
        "Allegation 1 · Bribery",
        "version 2",
        "Involved persons Piet Fictief; Reisbureau Zon",
        "Period of the facts from 12/03/2026 to 15/03/2026",
        "Finding founded",
        "Recommended follow-up disciplinary procedure",
        "Pieces the finding rests on",
        "transcript-gesprek.txt · attachment to the report",
        "the reporter's answer of 06/03/2026",
        "Finding unfounded",
        "No finding yet.",
        "Withdrawn allegations",
        "Withdrawn by Els Wouters on 14/03/2026 10:15",
        "Investigation plan",
        "4 tasks: 2 open, 1 done, 1 cancelled, of which 1 past their due date",
        "Task 2 · open",
        "Owner Els Wouters",
        "Due 10/04/2026 (passed)",
        "Findings 1 founded, 1 unfounded",
    ):
        assert squash(expected) in text, expected
    for dutch in ("Tenlastelegging", "Bevinding", "Onderzoeksplan", "verstreken", "gegrond"):
        assert dutch not in text, dutch


def test_a_case_closed_without_investigation_names_its_ground() -> None:
    closed = case_with(
        rules.EMPTY,
        status=Status.CLOSED,
        outcome=Outcome.INADMISSIBLE,
        closed_at=MADE_AT,
        closing_ground=ClosingGround.FACTS_TOO_OLD,
    )
    text = squash(all_text(render(closed)))
    assert squash("Afgerond zonder onderzoek feiten ouder dan een jaar") in text
    assert squash("Geen tenlasteleggingen.") in text and squash("Geen onderzoekstaken.") in text
    english = squash(all_text(render(closed, language="en")))
    assert squash("Closed without investigation the facts are more than a year old") in english


def test_pieces_that_are_not_in_the_copy_and_unsent_changes_are_named_as_such() -> None:
    inv = investigation(answer_id="elders")
    first = inv.allegations[0]
    marked = replace(first, pending=True)
    task = replace(inv.tasks[2], pending=True)
    inv = replace(
        inv,
        allegations=(marked, *inv.allegations[1:]),
        tasks=(*inv.tasks[:2], task, inv.tasks[3]),
    )
    text = squash(all_text(render(case_with(inv))))
    assert text.count(squash("stuk niet in dit dossier")) == 2  # the answer and its file
    assert text.count(squash("nog niet verzonden")) >= 3  # allegation, finding, task


HOSTILE_MARKUP = '<b>x</b> & <img src="/etc/passwd"/>'
CONTROLS = "be\x00gin\x1b[31m\x07ein\u200dde"
LONG_WORD = "W" * 20_000
ARABIC = "رشوة في البلدية"


def hostile(tag: str) -> str:
    return f"{tag} {HOSTILE_MARKUP} {CONTROLS} {ARABIC} {LONG_WORD}"


def hostile_investigation() -> Investigation:
    """Every new text field hostile: texts, persons, reasons, descriptions and names."""
    inv = rules.EMPTY
    at = START + timedelta(days=10)
    who = hostile("naam")
    facts = AllegationFacts(
        hostile("tenlastelegging"), (hostile("persoon"), ARABIC), Category.OTHER
    )
    inv = rules.add_allegation(inv, "a1", facts, who, at)
    finding = FindingFacts(
        Conclusion.PARTLY_FOUNDED,
        hostile("motivering"),
        (SourceRef(SourceKind.CASE_FILE, "zz" * 32),),
        FollowUp.OTHER,
        hostile("opvolging"),
    )
    inv = rules.record_finding(inv, "a1", finding, who, at)
    gone = AllegationFacts(f"{ARABIC} {HOSTILE_MARKUP}", (), Category.BRIBERY)
    inv = rules.add_allegation(inv, "a2", gone, who, at)
    inv = rules.withdraw_allegation(inv, "a2", hostile("intrekking"), who, at)
    inv = rules.add_task(inv, "t1", hostile("taak"), ("u1", who), date(2026, 4, 1), who, at)
    return rules.set_task_state(inv, "t1", TaskState.DONE, who, at)


def test_hostile_text_in_every_new_field_prints_literally_within_the_page() -> None:
    data = render(case_with(hostile_investigation()), Profile.MANAGER)
    pages = read_pages(data)
    text = all_text(data)
    flat = squash(text)
    for tag in ("tenlastelegging", "persoon", "motivering", "opvolging", "intrekking", "taak"):
        assert squash(f"{tag} {HOSTILE_MARKUP} begin[31meinde") in flat, tag
    assert text.count(HOSTILE_MARKUP) >= 8  # and the withdrawn text, the names
    assert "\x00" not in text and "\x1b" not in text and "\x07" not in text
    # Every 20,000-letter word whole (wrapped over lines), in the six fields and the names.
    assert len(re.findall("W" * 1000, flat)) >= 6 * 20
    assert squash(shape(ARABIC)) in flat
    for number, page in enumerate(pages, start=1):  # the page furniture survived
        assert f"pagina {number} van {len(pages)}" in page.text
    # Nothing starts outside the margins (the rotated watermark aside) and no line of the
    # long words is wider than the frame at the smallest size the dossier writes.
    starts: list[float] = []

    def visit(chunk: str, cm: list[float], tm: list[float], *_: object) -> None:
        if chunk.strip() and abs(cm[1]) < 0.1 and abs(tm[1]) < 0.1:
            starts.append(tm[4] * cm[0] + cm[4])

    for drawn in PdfReader(io.BytesIO(data)).pages:
        drawn.extract_text(visitor_text=visit)
    assert starts and all(MARGIN_X - 1 <= x <= PAGE_WIDTH - MARGIN_X for x in starts)
    widest = (PAGE_WIDTH - 2 * MARGIN_X) / stringWidth("W", SANS, 8)
    assert max(len(run) for run in re.findall("W+", text)) <= widest


def test_redactions_reach_the_new_fields_without_a_trace() -> None:
    spans = (
        Span("finding:a1:motivation", 0, 10),  # "De factuur"
        Span("task:t1", 0, 3),  # "Het" of the second task
    )
    data = render(
        case_with(),
        Profile.MANAGER,
        redact_spans=spans,
        redact_phrases=("Barcelona", "Els Wouters"),
    )
    text = all_text(data)
    flat = squash(text)
    assert "Barcelona" not in text and "Els Wouters" not in text
    assert squash("van het reisbureau staat op naam") in flat
    assert squash("De factuur van het reisbureau") not in flat
    assert squash("Het diensthoofd horen") not in flat and squash("diensthoofd horen") in flat
