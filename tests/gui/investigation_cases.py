"""Cases with an investigation, as the store shows them to the Onderzoek tab (fictional
people and facts), for the panel's tests, its screenshot and its timing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from investigator_app.domain.investigation import (
    Allegation,
    AllegationFacts,
    AllegationVersion,
    Conclusion,
    Finding,
    FindingFacts,
    FindingVersion,
    FollowUp,
    Investigation,
    SourceKind,
    SourceRef,
    Task,
    TaskState,
    Withdrawal,
)
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import Category, Channel, ReporterKind, Role, Status
from investigator_app.protocol import PersonOut
from investigator_app.store.views import AttachmentView, CaseDetail, MessageView, RecusalView

TODAY = date(2026, 11, 25)
AT = datetime(2026, 10, 6, 9, 15, tzinfo=UTC)

AN = PersonOut(id="p-an", display_name="An Peeters", role=Role.INVESTIGATOR)
JONAS = PersonOut(id="p-jonas", display_name="Jonas Maes", role=Role.MANAGER)
MIA = PersonOut(id="p-mia", display_name="Mia Claes", role=Role.INVESTIGATOR)
RECUSED = PersonOut(id="p-pieter", display_name="Pieter Wouters", role=Role.INVESTIGATOR)
OPERATOR = PersonOut(id="p-desk", display_name="Desk 1700", role=Role.OPERATOR)
COLLEAGUES = [AN, JONAS, MIA, RECUSED, OPERATOR]

OFFER_SHA = "a" * 64
MAIL_SHA = "b" * 64
INVOICE_SHA = "c" * 64
PHOTO_SHA = "d" * 64
ANSWER_ID = "m-answer"


def _file(sha: str, name: str, by: str, at: datetime) -> AttachmentView:
    return AttachmentView(sha, name, 120_000, "application/pdf", at, by, True)


def case_detail(
    investigation: Investigation,
    *,
    status: Status = Status.INVESTIGATING,
    team: bool = True,
) -> CaseDetail:
    """The case "Wegenwerken": 1700's two files, one answered request with two files."""
    answered = datetime(2026, 10, 20, 14, 2, tzinfo=UTC)
    return CaseDetail(
        id="case-wegen",
        reference="1700-2026-000417",
        version=12,
        department="AGO",
        status=status,
        outcome=None,
        channel=Channel.EMAIL,
        category=Category.CONFLICT_OF_INTEREST,
        received_at=datetime(2026, 9, 1, 8, 0, tzinfo=UTC),
        forwarded_at=datetime(2026, 9, 1, 10, 0, tzinfo=UTC),
        acknowledged_at=datetime(2026, 9, 3, 10, 0, tzinfo=UTC),
        closed_at=None,
        summary="Bevoordeling van een aannemer bij wegenwerken",
        description="De melder vermoedt dat een diensthoofd een aannemer bevoordeelt.",
        involved_entity="Stedelijke Dienst Wegen en Werken",
        involved_persons=["Ward Verhaegen", "Els Wuyts"],
        reporter_kind=ReporterKind.CITIZEN,
        assignee_id=AN.id,
        assignee_name=AN.display_name,
        next_deadline=None,
        timeline=[],
        allowed_actions=[],
        attachments=[
            _file(MAIL_SHA, "Mail van de melder.eml", "1700", AT),
            _file(OFFER_SHA, "Offerte Bouwbedrijf Vermeulen.pdf", "1700", AT),
        ],
        messages=[
            MessageView(
                id=ANSWER_ID,
                kind=MessageKind.INFO_REQUEST,
                state=MessageState.ANSWERED,
                body="Kunt u de factuur bezorgen?",
                author=AN.display_name,
                created_at=datetime(2026, 10, 10, 9, 0, tzinfo=UTC),
                answered_at=answered,
                answer="In bijlage de factuur en een foto van de werf.",
                attachments=[
                    _file(INVOICE_SHA, "Factuur 2025-117.pdf", "melder", answered),
                    _file(PHOTO_SHA, "Foto werf.jpg", "melder", answered),
                ],
            )
        ],
        recusals=[RecusalView("Pieter Wouters", AT, None, person_id=RECUSED.id)],
        investigation=investigation,
        is_case_team=team,
    )


def founded_finding() -> Finding:
    facts = FindingFacts(
        Conclusion.FOUNDED,
        "De offerte van Bouwbedrijf Vermeulen lag 18 % hoger dan die van de twee andere "
        "inschrijvers, en het gunningsverslag vermeldt de prijs niet als criterium. Ward "
        "Verhaegen meldde zijn familieband met de zaakvoerder niet.\nHij erkende dit tijdens "
        "het verhoor van 12/11/2026.",
        (
            SourceRef(SourceKind.CASE_FILE, OFFER_SHA),
            SourceRef(SourceKind.ANSWER, ANSWER_ID),
            SourceRef(SourceKind.ANSWER_FILE, INVOICE_SHA, ANSWER_ID),
        ),
        FollowUp.DISCIPLINARY,
        "Tuchtdossier openen bij de dienst Personeel.",
    )
    earlier = FindingVersion(
        1,
        FindingFacts(Conclusion.NOT_DETERMINABLE, "Verhoor nog niet afgenomen."),
        "Jonas Maes",
        datetime(2026, 11, 2, 10, 0, tzinfo=UTC),
    )
    return Finding(facts, 2, "An Peeters", datetime(2026, 11, 13, 15, 40, tzinfo=UTC), (earlier,))


def realistic_investigation() -> Investigation:
    first_facts = AllegationFacts(
        "Ward Verhaegen zou bij de gunning van het onderhoudscontract voor de stadswegen "
        "(2025) de offerte van Bouwbedrijf Vermeulen bevoordeeld hebben, een bedrijf waarmee "
        "hij familiale banden heeft.",
        ("Ward Verhaegen",),
        Category.CONFLICT_OF_INTEREST,
        date(2025, 3, 1),
        date(2025, 6, 30),
    )
    first = Allegation(
        "al-1",
        1,
        first_facts,
        2,
        "An Peeters",
        datetime(2026, 10, 6, 9, 15, tzinfo=UTC),
        "Jonas Maes",
        datetime(2026, 10, 8, 11, 0, tzinfo=UTC),
        (
            AllegationVersion(
                1,
                replace(first_facts, text="Bevoordeling van een aannemer.", period_end=None),
                "An Peeters",
                datetime(2026, 10, 6, 9, 15, tzinfo=UTC),
            ),
        ),
        finding=founded_finding(),
    )
    second = Allegation(
        "al-2",
        2,
        AllegationFacts(
            "Werken aan de oprit van zijn woning zouden uitgevoerd zijn door ploegen van de "
            "dienst, tijdens de werkuren en met materiaal van de stad.",
            ("Ward Verhaegen", "Stedelijke Dienst Wegen en Werken"),
            Category.THEFT_OF_RESOURCES,
            date(2025, 9, 1),
        ),
        1,
        "An Peeters",
        datetime(2026, 10, 6, 9, 20, tzinfo=UTC),
        "An Peeters",
        datetime(2026, 10, 6, 9, 20, tzinfo=UTC),
    )
    third = Allegation(
        "al-3",
        3,
        AllegationFacts(
            "Els Wuyts zou de prijzen van de andere inschrijvers doorgegeven hebben.",
            ("Els Wuyts",),
            Category.LEAK_OF_CONFIDENTIAL_INFORMATION,
        ),
        1,
        "An Peeters",
        datetime(2026, 10, 6, 9, 25, tzinfo=UTC),
        "An Peeters",
        datetime(2026, 10, 6, 9, 25, tzinfo=UTC),
        withdrawn=Withdrawal(
            "Jonas Maes",
            datetime(2026, 10, 21, 8, 30, tzinfo=UTC),
            "De melder schrijft in zijn antwoord dat hij zich vergiste van persoon.",
        ),
    )
    fourth = Allegation(
        "al-4",
        4,
        AllegationFacts(
            "Vorderingsstaten van de werken zouden meer uren vermelden dan gepresteerd.",
            ("Bouwbedrijf Vermeulen",),
            Category.OTHER,
        ),
        1,
        "An Peeters",
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        "An Peeters",
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        pending=True,
    )
    tasks = (
        Task(
            "t-1",
            "Personeelsdossier en aangegeven nevenactiviteiten van Ward Verhaegen opvragen",
            AN.id,
            AN.display_name,
            date(2026, 11, 10),
            TaskState.DONE,
            "An Peeters",
            AT,
            "An Peeters",
            datetime(2026, 11, 8, 16, 0, tzinfo=UTC),
        ),
        Task(
            "t-2",
            "Verhoor van Ward Verhaegen plannen (met zijn raadsman)",
            JONAS.id,
            JONAS.display_name,
            date(2026, 11, 20),
            TaskState.OPEN,
            "An Peeters",
            AT,
        ),
        Task(
            "t-3",
            "Werfverslagen en gps-gegevens van de ploegwagens (sept.–okt. 2025) opvragen",
            MIA.id,
            MIA.display_name,
            date(2026, 12, 15),
            TaskState.OPEN,
            "An Peeters",
            AT,
        ),
        Task(
            "t-4",
            "Ploegbaas horen als getuige",
            None,
            None,
            None,
            TaskState.OPEN,
            "An Peeters",
            datetime(2026, 11, 25, 9, 5, tzinfo=UTC),
            pending=True,
        ),
        Task(
            "t-5",
            "Externe schatting van de werken aan de oprit",
            AN.id,
            AN.display_name,
            date(2026, 11, 1),
            TaskState.CANCELLED,
            "An Peeters",
            AT,
            "Jonas Maes",
            datetime(2026, 10, 30, 9, 0, tzinfo=UTC),
        ),
    )
    return Investigation((first, second, third, fourth), tasks)


_CONCLUSIONS = list(Conclusion)


def big_investigation(allegations: int = 50, tasks: int = 200) -> Investigation:
    """``allegations`` allegations, each with a finding, and ``tasks`` tasks (a quarter of
    them late): the benchmark's case."""
    text = (
        "Vermoedelijke bevoordeling van een aannemer bij de gunning van een onderhouds"
        "contract, met facturen die niet overeenkomen met de uitgevoerde werken. "
    )
    motivation = (
        "De stukken tonen dat de offerte hoger lag dan die van de andere inschrijvers; het "
        "gunningsverslag vermeldt de prijs niet. Het verhoor bevestigt de familieband. "
    ) * 3
    items = []
    for n in range(1, allegations + 1):
        conclusion = _CONCLUSIONS[n % 4]
        founded = conclusion in (Conclusion.FOUNDED, Conclusion.PARTLY_FOUNDED)
        facts = FindingFacts(
            conclusion,
            motivation,
            (SourceRef(SourceKind.CASE_FILE, OFFER_SHA), SourceRef(SourceKind.ANSWER, ANSWER_ID)),
            FollowUp.DISCIPLINARY if founded else None,
            "Tuchtdossier openen." if founded else "",
        )
        items.append(
            Allegation(
                f"al-{n}",
                n,
                AllegationFacts(f"{n}. {text}", ("Ward Verhaegen",), Category.BRIBERY),
                1,
                "An Peeters",
                AT,
                "An Peeters",
                AT,
                finding=Finding(facts, 1, "An Peeters", AT),
            )
        )
    plan = tuple(
        Task(
            f"t-{n}",
            f"Taak {n}: getuige horen over de facturen van 2025",
            AN.id,
            AN.display_name,
            TODAY + timedelta(days=(-3 if n % 4 == 0 else 10)),
            TaskState.OPEN if n % 5 else TaskState.DONE,
            "An Peeters",
            AT,
        )
        for n in range(1, tasks + 1)
    )
    return Investigation(tuple(items), plan)
