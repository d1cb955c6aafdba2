"""Investigations as the service sends them in a case snapshot (for store tests)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from investigator_app.domain.investigation import (
    EMPTY,
    Allegation,
    AllegationFacts,
    Conclusion,
    Finding,
    FindingFacts,
    FollowUp,
    Investigation,
    Task,
    TaskState,
    Withdrawal,
)
from investigator_app.domain.vocabulary import Category, Status
from investigator_app.protocol import CaseOut, PersonOut
from tests.store.case_factory import ME, RECEIVED, make_case

AT = RECEIVED + timedelta(days=5)


def allegation(
    allegation_id: uuid.UUID | str,
    number: int,
    text: str = "Liet zich een reis betalen.",
    *,
    conclusion: Conclusion | None = None,
    withdrawn: bool = False,
    by: str = "Cas Colleague",
) -> Allegation:
    finding = None
    if conclusion is not None:
        founded = conclusion in (Conclusion.FOUNDED, Conclusion.PARTLY_FOUNDED)
        facts = FindingFacts(conclusion, "Zo bleek.", (), FollowUp.NONE if founded else None)
        finding = Finding(facts, 1, by, AT)
    return Allegation(
        id=str(allegation_id),
        number=number,
        facts=AllegationFacts(text, ("J. Janssens",), Category.BRIBERY),
        version=1,
        created_by=by,
        created_at=AT,
        edited_by=by,
        edited_at=AT,
        finding=finding,
        withdrawn=Withdrawal(by, AT, "Dubbel.") if withdrawn else None,
    )


def task(
    task_id: uuid.UUID | str,
    description: str = "Verhoor de betrokkene.",
    *,
    owner: PersonOut | None = ME,
    due: date | None = None,
    state: TaskState = TaskState.OPEN,
) -> Task:
    return Task(
        id=str(task_id),
        description=description,
        owner_id=owner.id if owner else None,
        owner=owner.display_name if owner else None,
        due=due,
        state=state,
        created_by="Cas Colleague",
        created_at=AT,
    )


def investigating(
    case_id: str = "c1",
    *allegations: Allegation,
    tasks: tuple[Task, ...] = (),
    version: int = 5,
    status: Status = Status.INVESTIGATING,
    assignee: PersonOut | None = ME,
    **changes: Any,
) -> CaseOut:
    """A case of the department, by default in investigation and assigned to ME."""
    inv = Investigation(allegations, tasks) if allegations or tasks else EMPTY
    base = make_case(
        case_id, version=version, status=status, assignee=assignee, acknowledged_at=RECEIVED
    )
    return base.model_copy(update={"investigation": inv, **changes})
