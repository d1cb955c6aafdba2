"""The fictional sample dossier's investigation (export/sample.py): allegations with
findings that cite the sample's pieces, one withdrawn, and a plan, built with the domain's
own rules so it is one a case could really have."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from investigator_app.domain import investigation as rules
from investigator_app.domain.investigation import (
    AllegationFacts,
    Conclusion,
    FindingFacts,
    FollowUp,
    Investigation,
    SourceKind,
    SourceRef,
    TaskState,
)
from investigator_app.domain.vocabulary import Category

INVESTIGATOR = "An Peeters"
MANAGER = "Els Wouters"

_ALLEGATIONS = (  # words of their own: the tests black out the report's words
    AllegationFacts(
        "Het diensthoofd Openbare Werken liet een buitenlandse reis in maart betalen door een "
        "aannemer van de gemeente.",
        ("diensthoofd Openbare Werken",),
        Category.BRIBERY,
        date(2026, 3, 12),
        date(2026, 3, 15),
    ),
    AllegationFacts(
        "Dezelfde aannemer kreeg daarna een opdracht zonder dat andere offertes werden opgevraagd.",
        ("diensthoofd Openbare Werken", "college van burgemeester en schepenen"),
        Category.CONFLICT_OF_INTEREST,
        date(2026, 1, 1),
        None,
    ),
    AllegationFacts(
        "De aannemer betaalde ook een etentje voor de hele dienst.",
        ("dienst Openbare Werken",),
        Category.BRIBERY,
    ),
)
_FINDINGS = (
    FindingFacts(
        Conclusion.FOUNDED,
        "De factuur van het reisbureau staat op naam van de aannemer; de melder bevestigde "
        "de data en het bedrag.",
        (),  # the sample's pieces are added per case (see sample_investigation)
        FollowUp.DISCIPLINARY,
        "Tuchtprocedure voorstellen aan de algemeen directeur.",
    ),
    FindingFacts(
        Conclusion.UNFOUNDED,
        "Voor een opdracht van deze omvang volstond volgens het reglement één offerte.",
    ),
)
_TASKS = (
    ("De facturen van het reisbureau opvragen.", TaskState.DONE),
    ("Het diensthoofd horen.", TaskState.DONE),
    ("De gunningsbeslissing van het college nalezen.", TaskState.OPEN),
    ("De boekhouding van de aannemer laten nazien.", TaskState.CANCELLED),
)


def sample_investigation(
    start: datetime,
    *,
    allegations: int = 3,
    tasks: int = 4,
    cited: tuple[SourceRef, ...] = (),
) -> Investigation:
    """``allegations`` allegations (the third of every three withdrawn, the others with a
    finding), ``tasks`` tasks in every state; the founded findings cite ``cited``."""
    inv = rules.EMPTY
    at = start + timedelta(days=10)
    for n in range(allegations):
        allegation_id = f"a{n + 1}"
        at += timedelta(hours=3)
        facts = _ALLEGATIONS[n % len(_ALLEGATIONS)]
        inv = rules.add_allegation(inv, allegation_id, facts, INVESTIGATOR, at)
        if n % 3 == 2:
            reason = "Het etentje was een receptie van de gemeente zelf."
            inv = rules.withdraw_allegation(inv, allegation_id, reason, MANAGER, at)
            continue
        finding = _FINDINGS[n % 3]
        if finding.conclusion is Conclusion.FOUNDED:
            finding = FindingFacts(
                finding.conclusion,
                finding.motivation,
                cited,
                finding.follow_up,
                finding.follow_up_text,
            )
        inv = rules.record_finding(inv, allegation_id, finding, INVESTIGATOR, at)
    for n in range(tasks):
        task_id = f"t{n + 1}"
        description, state = _TASKS[n % len(_TASKS)]
        at += timedelta(hours=1)
        due = (start + timedelta(days=20 + n)).date()
        owner = (f"u{n % 2}", INVESTIGATOR if n % 2 == 0 else MANAGER)
        inv = rules.add_task(inv, task_id, description, owner, due, MANAGER, at)
        if state is not TaskState.OPEN:
            inv = rules.set_task_state(inv, task_id, state, INVESTIGATOR, at)
    return inv


def answer_refs(message_id: str, sha256: str) -> tuple[SourceRef, ...]:
    """The reporter's answer to ``message_id`` and the file sent with it."""
    return (
        SourceRef(SourceKind.ANSWER, message_id),
        SourceRef(SourceKind.ANSWER_FILE, sha256, message_id),
    )
