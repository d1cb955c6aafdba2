"""What every operation carries (``OperationBase``), what every operation on the
investigation's record adds (``InvestigationOp``), and the bounded field types they share.
The operations themselves are in operations.py (the life cycle, messages, notes, copies),
operations_investigation.py (allegations, findings, tasks) and operations_evidence.py
(pieces and interview records); operations.py gathers them into ``Operation``."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, Field, StringConstraints

from investigator_app.domain import case_effects
from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.investigation import (
    MAX_PERSON_LENGTH,
    Investigation,
)
from investigator_app.domain.lifecycle import (
    INVESTIGATION_ACTIONS,
    MESSAGE_ACTIONS,
    PERSONAL_ACTIONS,
    Action,
)
from investigator_app.protocol import MAX_MESSAGE_LENGTH, Strict

INDEPENDENT_ACTIONS = MESSAGE_ACTIONS | PERSONAL_ACTIONS | INVESTIGATION_ACTIONS
"""Actions that never conflict with a colleague's change and build on no earlier action of
ours: messages to the reporter, notes, declarations, copy records, the investigation's
record (checked against the status, and the investigation's own rules, only)."""

CaseId = Annotated[str, StringConstraints(max_length=64)]
PersonId = Annotated[str, StringConstraints(max_length=64)]
MessageBody = Annotated[str, StringConstraints(min_length=1, max_length=MAX_MESSAGE_LENGTH)]


RequiredReason = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)
]
Person = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PERSON_LENGTH)
]


class OperationBase(Strict):
    """What every operation carries. ``base_version`` is the case version the user saw when
    acting: a life-cycle operation based on a version older than the last change to status,
    outcome or assignee is a conflict; message and personal operations never conflict."""

    op_id: UUID  # client-made; the idempotency key
    case_id: CaseId
    action: Action
    base_version: int = Field(ge=0)
    made_at: AwareDatetime  # when the user acted (offline actions arrive later)

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        """The case after this operation by ``actor_id`` at ``at`` (TransitionError when
        the case's state does not allow it). Default: allowed by status, changes nothing."""
        return case_effects.allowed(state, self.action)

    @property
    def conflicts(self) -> bool:
        """Whether a colleague's change to the life cycle makes this operation stale (and a
        refusal of it refuses the later such operations on the case)."""
        return self.action not in INDEPENDENT_ACTIONS


class InvestigationOp(OperationBase):
    """An operation on the investigation's record. ``investigate`` is what it does to the
    case's ``Investigation`` (the service checks and records with it, the desktop shows its
    queued operations with it); ``names`` gives display names of person ids."""

    @abstractmethod
    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        """What this operation does to the case's investigation (TransitionError when the
        investigation's rules refuse it)."""
