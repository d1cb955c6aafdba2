"""The investigation of a case: allegations, a finding per allegation, and the plan (tasks).

These values travel whole: the service builds an ``Investigation`` per case and viewer from
its tables, the feed carries it in the case snapshot (pydantic validates the dataclasses
below as they are), the desktop keeps it sealed and shows it with its own queued operations
applied through the same functions the service checks them with (``apply_*`` below), and
the dossier prints it. No Qt, SQL or HTTP here.

What a finding rests on is a ``SourceRef``: a file 1700 attached at registration, an answer
of the reporter, a file the reporter sent with an answer, or an evidence piece the
investigators added (``PIECE``, ``ref`` the piece's id; domain.evidence), checked by the
service against the case's files, messages and pieces. The pieces and the interview records
(domain.interviews) are part of the ``Investigation`` too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from investigator_app.domain.evidence import Piece
from investigator_app.domain.interviews import Interview
from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.vocabulary import Category, Outcome, Status

MAX_ALLEGATION_LENGTH = 10_000
MAX_MOTIVATION_LENGTH = 50_000
MAX_TASK_LENGTH = 5_000
MAX_PERSONS = 50
MAX_PERSON_LENGTH = 300
MAX_SOURCES = 200


class Conclusion(StrEnum):
    """The finding on one allegation."""

    FOUNDED = "founded"  # gegrond
    PARTLY_FOUNDED = "partly_founded"  # deels gegrond
    UNFOUNDED = "unfounded"  # ongegrond
    NOT_DETERMINABLE = "not_determinable"  # niet vast te stellen


FOUNDED_CONCLUSIONS: frozenset[Conclusion] = frozenset(
    {Conclusion.FOUNDED, Conclusion.PARTLY_FOUNDED}
)
"""Conclusions that need a recommended follow-up (which may be "none")."""


class FollowUp(StrEnum):
    """The follow-up an investigator recommends for a (partly) founded allegation."""

    DISCIPLINARY = "disciplinary_procedure"
    PROSECUTOR = "report_to_prosecutor"  # melding aan het parket
    ORGANISATIONAL = "organisational_measure"
    NONE = "none"
    OTHER = "other"


class ClosingGround(StrEnum):
    """Why a report is closed without investigation (from the assessment). "Not competent"
    is not among them: that is a return to 1700."""

    NO_INTEGRITY_VIOLATION = "no_integrity_violation"
    FACTS_TOO_OLD = "facts_too_old"  # more than a year old
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    ALREADY_HANDLED = "already_handled"
    OTHER = "other"  # the motivation says which


class TaskState(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class SourceKind(StrEnum):
    """What a finding may cite (see the module's doc for the evidence of issue 12)."""

    CASE_FILE = "case_file"  # ref: sha256 of a file 1700 attached at registration
    ANSWER = "answer"  # ref: the id of a message the reporter answered
    ANSWER_FILE = "answer_file"  # ref: sha256 of a file sent with the answer to message_id
    PIECE = "piece"  # ref: the id of an evidence piece (domain.evidence)


@dataclass(frozen=True)
class SourceRef:
    kind: SourceKind
    ref: str
    message_id: str | None = None  # for ANSWER_FILE: the message the file came with


@dataclass(frozen=True)
class AllegationFacts:
    """What an allegation says; edited as a whole (each edit keeps the earlier one)."""

    text: str  # what is alleged
    persons: tuple[str, ...]  # the involved person(s) or entity it concerns
    category: Category
    period_start: date | None = None  # the period of the facts
    period_end: date | None = None


@dataclass(frozen=True)
class AllegationVersion:
    """An earlier wording of an allegation."""

    version: int
    facts: AllegationFacts
    by: str  # display name
    at: datetime


@dataclass(frozen=True)
class FindingFacts:
    conclusion: Conclusion
    motivation: str
    sources: tuple[SourceRef, ...] = ()
    follow_up: FollowUp | None = None  # required for FOUNDED_CONCLUSIONS, else None
    follow_up_text: str = ""


@dataclass(frozen=True)
class Finding:
    facts: FindingFacts
    version: int  # 1 for the first finding recorded on the allegation
    by: str
    at: datetime
    earlier: tuple[FindingVersion, ...] = ()  # oldest first


@dataclass(frozen=True)
class FindingVersion:
    version: int
    facts: FindingFacts
    by: str
    at: datetime


@dataclass(frozen=True)
class Withdrawal:
    by: str
    at: datetime
    reason: str


@dataclass(frozen=True)
class Allegation:
    id: str  # client-made uuid
    number: int  # 1, 2, 3 … within the case, in the order they were added
    facts: AllegationFacts
    version: int
    created_by: str
    created_at: datetime
    edited_by: str
    edited_at: datetime
    earlier: tuple[AllegationVersion, ...] = ()  # oldest first
    finding: Finding | None = None
    withdrawn: Withdrawal | None = None
    pending: bool = False  # desktop only: a change of ours waits in the outbox


@dataclass(frozen=True)
class Task:
    id: str  # client-made uuid
    description: str
    owner_id: str | None
    owner: str | None  # display name
    due: date | None
    state: TaskState
    created_by: str
    created_at: datetime
    state_by: str | None = None  # who ticked it off or cancelled it (or opened it again)
    state_at: datetime | None = None
    pending: bool = False  # desktop only


@dataclass(frozen=True)
class Investigation:
    allegations: tuple[Allegation, ...] = ()  # by number
    tasks: tuple[Task, ...] = ()  # in the order they were added
    pieces: tuple[Piece, ...] = ()  # evidence, by number
    interviews: tuple[Interview, ...] = ()  # interview records, by number

    def allegation(self, allegation_id: str) -> Allegation | None:
        return next((a for a in self.allegations if a.id == allegation_id), None)

    def task(self, task_id: str) -> Task | None:
        return next((t for t in self.tasks if t.id == task_id), None)

    @property
    def standing(self) -> list[Allegation]:
        """The allegations not withdrawn: each needs a finding before the closing."""
        return [a for a in self.allegations if a.withdrawn is None]

    @property
    def empty(self) -> bool:
        return not (self.allegations or self.tasks or self.pieces or self.interviews)


EMPTY = Investigation()

# --- the rules, applied by the service and by the desktop's overlay ---------------------


def _check_facts(facts: AllegationFacts) -> None:
    if not facts.text.strip():
        raise TransitionError("an allegation needs a text")
    if (
        facts.period_start is not None
        and facts.period_end is not None
        and facts.period_end < facts.period_start
    ):
        raise TransitionError("the period of the facts ends before it starts")


def add_allegation(
    inv: Investigation, allegation_id: str, facts: AllegationFacts, by: str, at: datetime
) -> Investigation:
    if inv.allegation(allegation_id) is not None:
        raise TransitionError("this allegation exists already")
    _check_facts(facts)
    number = max((a.number for a in inv.allegations), default=0) + 1
    new = Allegation(allegation_id, number, facts, 1, by, at, by, at)
    return replace(inv, allegations=(*inv.allegations, new))


def _standing(inv: Investigation, allegation_id: str) -> Allegation:
    allegation = inv.allegation(allegation_id)
    if allegation is None:
        raise TransitionError("no such allegation on this case")
    if allegation.withdrawn is not None:
        raise TransitionError("this allegation was withdrawn")
    return allegation


def _with_allegation(inv: Investigation, changed: Allegation) -> Investigation:
    return replace(
        inv, allegations=tuple(changed if a.id == changed.id else a for a in inv.allegations)
    )


def edit_allegation(
    inv: Investigation, allegation_id: str, facts: AllegationFacts, by: str, at: datetime
) -> Investigation:
    current = _standing(inv, allegation_id)
    _check_facts(facts)
    if facts == current.facts:
        raise TransitionError("the allegation is unchanged")
    earlier = AllegationVersion(
        current.version, current.facts, current.edited_by, current.edited_at
    )
    changed = replace(
        current,
        facts=facts,
        version=current.version + 1,
        edited_by=by,
        edited_at=at,
        earlier=(*current.earlier, earlier),
    )
    return _with_allegation(inv, changed)


def withdraw_allegation(
    inv: Investigation, allegation_id: str, reason: str, by: str, at: datetime
) -> Investigation:
    current = _standing(inv, allegation_id)
    if not reason.strip():
        raise TransitionError("withdrawing an allegation needs a reason")
    return _with_allegation(inv, replace(current, withdrawn=Withdrawal(by, at, reason)))


def check_finding(facts: FindingFacts) -> None:
    if not facts.motivation.strip():
        raise TransitionError("a finding needs a motivation")
    if facts.conclusion in FOUNDED_CONCLUSIONS and facts.follow_up is None:
        raise TransitionError("a (partly) founded allegation needs a recommended follow-up")
    if facts.conclusion not in FOUNDED_CONCLUSIONS and (
        facts.follow_up is not None or facts.follow_up_text.strip()
    ):
        raise TransitionError("only a (partly) founded allegation takes a follow-up")
    if facts.follow_up is FollowUp.OTHER and not facts.follow_up_text.strip():
        raise TransitionError("the follow-up 'other' needs a text")
    if len(set(facts.sources)) != len(facts.sources):
        raise TransitionError("a piece is cited twice")


def record_finding(
    inv: Investigation, allegation_id: str, facts: FindingFacts, by: str, at: datetime
) -> Investigation:
    current = _standing(inv, allegation_id)
    check_finding(facts)
    last = current.finding
    if last is None:
        finding = Finding(facts, 1, by, at)
    else:
        if last.facts == facts:
            raise TransitionError("the finding is unchanged")
        earlier = FindingVersion(last.version, last.facts, last.by, last.at)
        finding = Finding(facts, last.version + 1, by, at, (*last.earlier, earlier))
    return _with_allegation(inv, replace(current, finding=finding))


def add_task(
    inv: Investigation,
    task_id: str,
    description: str,
    owner: tuple[str | None, str | None],
    due: date | None,
    by: str,
    at: datetime,
) -> Investigation:
    """``owner`` is (person id, display name), or (None, None) for nobody yet."""
    if inv.task(task_id) is not None:
        raise TransitionError("this task exists already")
    if not description.strip():
        raise TransitionError("a task needs a description")
    task = Task(task_id, description, owner[0], owner[1], due, TaskState.OPEN, by, at)
    return replace(inv, tasks=(*inv.tasks, task))


def _with_task(inv: Investigation, changed: Task) -> Investigation:
    return replace(inv, tasks=tuple(changed if t.id == changed.id else t for t in inv.tasks))


def _task(inv: Investigation, task_id: str) -> Task:
    task = inv.task(task_id)
    if task is None:
        raise TransitionError("no such task on this case")
    return task


def edit_task(
    inv: Investigation,
    task_id: str,
    description: str,
    owner: tuple[str | None, str | None],
    due: date | None,
) -> Investigation:
    task = _task(inv, task_id)
    if task.state is not TaskState.OPEN:
        raise TransitionError("only an open task can be changed")
    if not description.strip():
        raise TransitionError("a task needs a description")
    changed = replace(task, description=description, owner_id=owner[0], owner=owner[1], due=due)
    if changed == task:
        raise TransitionError("the task is unchanged")
    return _with_task(inv, changed)


def set_task_state(
    inv: Investigation, task_id: str, state: TaskState, by: str, at: datetime
) -> Investigation:
    task = _task(inv, task_id)
    if task.state is state:
        raise TransitionError(f"the task is {state} already")
    return _with_task(inv, replace(task, state=state, state_by=by, state_at=at))


# --- closing ------------------------------------------------------------------------------

_OUTCOME_OF_CONCLUSION = {
    Conclusion.FOUNDED: Outcome.FOUNDED,
    Conclusion.PARTLY_FOUNDED: Outcome.PARTLY_FOUNDED,
    Conclusion.UNFOUNDED: Outcome.UNFOUNDED,
    Conclusion.NOT_DETERMINABLE: Outcome.NOT_DETERMINABLE,
}


def outcome_of(conclusions: Iterable[Conclusion]) -> Outcome | None:
    """The case's outcome from the findings on its standing allegations: any founded →
    founded; all unfounded → unfounded; otherwise the mix is named: partly founded when one
    is, else not determinable. None without findings."""
    counts = Counter(conclusions)
    if not counts:
        return None
    if counts[Conclusion.FOUNDED]:
        return Outcome.FOUNDED
    if set(counts) == {Conclusion.UNFOUNDED}:
        return Outcome.UNFOUNDED
    if counts[Conclusion.PARTLY_FOUNDED]:
        return Outcome.PARTLY_FOUNDED
    return Outcome.NOT_DETERMINABLE


def conclusion_counts(inv: Investigation) -> dict[Conclusion, int]:
    """How many standing allegations have each conclusion (for the confirmation's words)."""
    counts = Counter(a.finding.facts.conclusion for a in inv.standing if a.finding is not None)
    return {conclusion: counts[conclusion] for conclusion in Conclusion if counts[conclusion]}


def missing_findings(inv: Investigation) -> list[Allegation]:
    return [a for a in inv.standing if a.finding is None]


def derived_outcome(inv: Investigation) -> Outcome | None:
    """The outcome an investigated case closes with; None while it cannot close (no standing
    allegation, or one without a finding)."""
    standing = inv.standing
    if not standing or missing_findings(inv):
        return None
    return outcome_of(a.finding.facts.conclusion for a in standing if a.finding is not None)


def outcome_without_investigation(ground: ClosingGround) -> Outcome:
    """A report closed from the assessment: manifestly unfounded is unfounded; every other
    ground leaves it not investigated (inadmissible)."""
    if ground is ClosingGround.MANIFESTLY_UNFOUNDED:
        return Outcome.UNFOUNDED
    return Outcome.INADMISSIBLE


def check_close(
    inv: Investigation, status: Status, outcome: Outcome, ground: ClosingGround | None
) -> None:
    """Raise TransitionError unless a case in ``status`` with ``inv`` may close with
    ``outcome`` (and ``ground``): from the assessment with a ground and its outcome; from
    the investigation with a finding on every standing allegation and the outcome they
    give (a colleague's later finding changes it, and then the closing is refused)."""
    if status is Status.ASSESSING:
        if ground is None:
            raise TransitionError("closing without investigation needs a ground")
        if outcome is not outcome_without_investigation(ground):
            raise TransitionError(
                f"closing on the ground '{ground}' gives the outcome "
                f"'{outcome_without_investigation(ground)}'"
            )
        return
    if status is Status.INVESTIGATING:
        if ground is not None:
            raise TransitionError("an investigated case closes on its findings, not a ground")
        if not inv.standing:
            raise TransitionError("closing an investigation needs at least one allegation")
        missing = missing_findings(inv)
        if missing:
            numbers = ", ".join(str(a.number) for a in missing)
            raise TransitionError(f"allegation(s) {numbers} have no finding yet")
        derived = derived_outcome(inv)
        if outcome is not derived:
            raise TransitionError(f"the findings give the outcome '{derived}', not '{outcome}'")


def open_tasks(inv: Investigation) -> list[Task]:
    return [t for t in inv.tasks if t.state is TaskState.OPEN]


def overdue(task: Task, today: date) -> bool:
    return task.state is TaskState.OPEN and task.due is not None and task.due < today
