"""Reading the investigation of many cases at once, as one department sees it.

A feed page of up to 1000 cases costs four queries (allegations, tasks, pieces, interview
records), more when the page has some (earlier wordings and findings; file versions and
custody; earlier records: evidence_reads.py), never one per case. Only rows
the viewer's department recorded are read: a case re-routed from another department shows
the new one an empty investigation, and 1700 never reads any. People are kept by id; the
caller resolves the names (snapshots.py with the page's other people, in one query).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.investigation import (
    EMPTY,
    Allegation,
    AllegationFacts,
    AllegationVersion as EarlierWording,
    Finding,
    FindingFacts,
    FindingVersion,
    Investigation,
    SourceKind,
    SourceRef,
    Task,
    Withdrawal,
)
from investigator_app.intake.case_ids import (
    DEPARTMENT,
    CaseIds,
    numbered_rows,
    of_department,
    rows_under,
)
from investigator_app.intake.evidence_reads import EvidenceRows, load_evidence_rows
from investigator_app.intake.models import (
    Allegation as AllegationRow,
    AllegationVersion,
    Finding as FindingRow,
    InvestigationTask,
    User,
)
from investigator_app.intake.visibility import UNKNOWN_PERSON


@dataclass(frozen=True)
class InvestigationRows:
    """The rows of a page's investigations, fetched in bulk (``load_rows``)."""

    allegations: Mapping[str, Sequence[Any]]  # per case id, by number
    versions: Mapping[str, Sequence[Any]]  # earlier wordings per allegation id, oldest first
    findings: Mapping[str, Sequence[Any]]  # every finding per allegation id, oldest first
    tasks: Mapping[str, Sequence[Any]]  # per case id, in the order they were added
    evidence: EvidenceRows  # the pieces and interview records (issue 12)

    def person_ids(self) -> set[str]:
        """Everyone these rows name (by id), for the caller's one query of names."""
        ids: set[str | None] = set()
        for listed in self.allegations.values():
            for row in listed:
                ids.update((row.created_by_id, row.edited_by_id, row.withdrawn_by_id))
        for listed in self.versions.values():
            ids.update(row.edited_by_id for row in listed)
        for listed in self.findings.values():
            ids.update(row.recorded_by_id for row in listed)
        for listed in self.tasks.values():
            for row in listed:
                ids.update((row.created_by_id, row.owner_id, row.state_by_id))
        ids.discard(None)
        return {person for person in ids if person is not None} | self.evidence.person_ids()

    def investigation(self, case_id: str, names: Mapping[str, str]) -> Investigation:
        """The case's investigation with ``names`` (person id → display name)."""
        allegations = self.allegations.get(case_id, ())
        tasks = self.tasks.get(case_id, ())
        evidence = self.evidence
        if (
            not allegations
            and not tasks
            and not evidence.pieces.get(case_id)
            and not evidence.interviews.get(case_id)
        ):
            return EMPTY

        def name(person_id: str) -> str:
            return names.get(person_id) or UNKNOWN_PERSON

        pieces, interviews = evidence.of_case(case_id, name)
        return Investigation(
            pieces=pieces,
            interviews=interviews,
            allegations=tuple(
                _allegation(row, self.versions.get(row.id, ()), self.findings.get(row.id, ()), name)
                for row in allegations
            ),
            tasks=tuple(
                Task(
                    id=row.id,
                    description=row.description,
                    owner_id=row.owner_id,
                    owner=name(row.owner_id) if row.owner_id is not None else None,
                    due=row.due,
                    state=row.state,
                    created_by=name(row.created_by_id),
                    created_at=row.created_at,
                    state_by=name(row.state_by_id) if row.state_by_id is not None else None,
                    state_at=row.state_at,
                )
                for row in tasks
            ),
        )


_of_page = partial(of_department, AllegationRow)
_ALLEGATIONS = numbered_rows(AllegationRow)
_WORDINGS = rows_under(
    AllegationVersion,
    AllegationRow,
    AllegationVersion.allegation_id,
    _of_page,
    AllegationVersion.version,
)
_FINDINGS = rows_under(
    FindingRow, AllegationRow, FindingRow.allegation_id, _of_page, FindingRow.version
)
_TASKS = numbered_rows(InvestigationTask)


def load_rows(session: Session, case_ids: CaseIds, department_id: int) -> InvestigationRows:
    """The investigation rows ``department_id`` recorded on these cases (two to four
    queries; ``case_ids`` a list or a SELECT of ids)."""
    mine = {DEPARTMENT: department_id}
    allegations: dict[str, list[Any]] = defaultdict(list)
    for allegation in session.scalars(*_ALLEGATIONS(case_ids, **mine)):
        allegations[allegation.case_id].append(allegation)
    versions: dict[str, list[Any]] = defaultdict(list)
    findings: dict[str, list[Any]] = defaultdict(list)
    if allegations:  # most pages have none: two queries saved
        for version in session.scalars(*_WORDINGS(case_ids, **mine)):
            versions[version.allegation_id].append(version)
        for finding in session.scalars(*_FINDINGS(case_ids, **mine)):
            findings[finding.allegation_id].append(finding)
    tasks: dict[str, list[Any]] = defaultdict(list)
    for task in session.scalars(*_TASKS(case_ids, **mine)):
        tasks[task.case_id].append(task)
    evidence = load_evidence_rows(session, case_ids, department_id)
    return InvestigationRows(allegations, versions, findings, tasks, evidence)


def people_names(session: Session, person_ids: Collection[str]) -> dict[str, str]:
    """Display names by person id (one query; none without ids)."""
    if not person_ids:
        return {}
    query = select(User.id, User.display_name).where(User.id.in_(list(person_ids)))
    return {row.id: row.display_name for row in session.execute(query)}


def load_investigation(session: Session, case_id: str, department_id: int) -> Investigation:
    """One case's investigation as ``department_id`` recorded it, names resolved."""
    rows = load_rows(session, [case_id], department_id)
    return rows.investigation(case_id, people_names(session, rows.person_ids()))


# --- rows → domain values -----------------------------------------------------------------


def _allegation(
    row: Any, versions: Sequence[Any], findings: Sequence[Any], name: Any
) -> Allegation:
    *earlier_findings, last = findings or (None,)
    finding = None
    if last is not None:
        finding = Finding(
            facts=finding_facts(last),
            version=last.version,
            by=name(last.recorded_by_id),
            at=last.recorded_at,
            earlier=tuple(
                FindingVersion(f.version, finding_facts(f), name(f.recorded_by_id), f.recorded_at)
                for f in earlier_findings
            ),
        )
    withdrawn = None
    if row.withdrawn_at is not None:
        withdrawn = Withdrawal(
            by=name(row.withdrawn_by_id), at=row.withdrawn_at, reason=row.withdraw_reason or ""
        )
    return Allegation(
        id=row.id,
        number=row.number,
        facts=allegation_facts(row),
        version=row.version,
        created_by=name(row.created_by_id),
        created_at=row.created_at,
        edited_by=name(row.edited_by_id),
        edited_at=row.edited_at,
        earlier=tuple(
            EarlierWording(v.version, allegation_facts(v), name(v.edited_by_id), v.edited_at)
            for v in versions
        ),
        finding=finding,
        withdrawn=withdrawn,
    )


def allegation_facts(row: Any) -> AllegationFacts:
    """What an allegation row (current or earlier) says."""
    return AllegationFacts(
        text=row.text,
        persons=tuple(row.persons),
        category=row.category,
        period_start=row.period_start,
        period_end=row.period_end,
    )


def finding_facts(row: Any) -> FindingFacts:
    return FindingFacts(
        conclusion=row.conclusion,
        motivation=row.motivation,
        sources=tuple(
            SourceRef(SourceKind(s["kind"]), s["ref"], s.get("message_id")) for s in row.sources
        ),
        follow_up=row.follow_up,
        follow_up_text=row.follow_up_text,
    )


def sources_json(sources: Sequence[SourceRef]) -> list[dict[str, Any]]:
    return [{"kind": s.kind.value, "ref": s.ref, "message_id": s.message_id} for s in sources]
