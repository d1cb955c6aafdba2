"""Queueing an action on a desktop store the way the case controller does, from the words a
test speaks in (action, outcome, reason, …): the typed operation is built and validated."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Outcome
from investigator_app.operations import OPERATION, Operation
from investigator_app.store.local_store import LocalStore

_UNSET: Any = object()


def build_op(
    case_id: str,
    action: Action,
    *,
    made_at: datetime,
    outcome: Outcome | None = None,
    reason: str | None = None,
    assignee_id: str | None = _UNSET,
    message_id: uuid.UUID | None = None,
    body: str | None = None,
    answer_due: date | None = None,
    target_message_id: uuid.UUID | None = None,
    base_version: int = 0,
    **more: Any,
) -> Operation:
    """The operation for ``action`` with the fields given (pydantic refuses a field the
    action does not take); ``more``: fields as they are on the wire."""
    fields: dict[str, Any] = {}
    if outcome is not None:
        fields["outcome"] = outcome
    if reason is not None or action in (Action.CLOSE, Action.RETURN_TO_1700):
        fields["reason"] = reason or ""
    if assignee_id is not _UNSET or action is Action.ASSIGN:
        fields["assignee_id"] = None if assignee_id is _UNSET else assignee_id
    if body is not None or answer_due is not None:
        message: dict[str, Any] = {"message_id": message_id or uuid.uuid4(), "body": body}
        if answer_due is not None:
            message["answer_due"] = answer_due
        fields["message"] = message
    if target_message_id is not None:
        fields["target_message_id"] = target_message_id
    return OPERATION.validate_python(
        {
            "op_id": uuid.uuid4(),
            "case_id": case_id,
            "action": action,
            "base_version": base_version,
            "made_at": made_at,
            **fields,
            **more,
        }
    )


def allegation_in(
    allegation_id: uuid.UUID | str | None = None,
    text: str = "Liet zich een reis betalen door een leverancier.",
    *,
    persons: tuple[str, ...] = ("J. Janssens",),
    category: str = "bribery",
    period: tuple[date | None, date | None] = (None, None),
) -> dict[str, Any]:
    """The ``allegation`` of add_allegation and edit_allegation, on the wire (a new id
    when none is given)."""
    return {
        "allegation_id": str(allegation_id or uuid.uuid4()),
        "text": text,
        "persons": list(persons),
        "category": category,
        "period_start": period[0].isoformat() if period[0] else None,
        "period_end": period[1].isoformat() if period[1] else None,
    }


def finding_in(
    conclusion: str = "unfounded",
    motivation: str = "Geen bewijs gevonden in de stukken.",
    *,
    sources: list[dict[str, Any]] | None = None,
    follow_up: str | None = None,
    follow_up_text: str = "",
) -> dict[str, Any]:
    """The ``finding`` of record_finding, on the wire (a founded one needs ``follow_up``)."""
    return {
        "conclusion": conclusion,
        "motivation": motivation,
        "sources": sources or [],
        "follow_up": follow_up,
        "follow_up_text": follow_up_text,
    }


def task_in(
    task_id: uuid.UUID | str | None = None,
    description: str = "Verhoor de betrokkene.",
    *,
    owner_id: str | None = None,
    due: date | None = None,
) -> dict[str, Any]:
    """The ``task`` of add_task and edit_task, on the wire (a new id when none is given)."""
    return {
        "task_id": str(task_id or uuid.uuid4()),
        "description": description,
        "owner_id": owner_id,
        "due": due.isoformat() if due else None,
    }


def wire_op(case: dict[str, Any] | str, action: str, **fields: Any) -> dict[str, Any]:
    """An operation as a desktop pushes it (JSON), on the version of ``case`` when a case
    is given (a bare id: version 0)."""
    case_id, version = (case["id"], case["version"]) if isinstance(case, dict) else (case, 0)
    return {
        "op_id": str(uuid.uuid4()),
        "case_id": case_id,
        "action": action,
        "base_version": version,
        "made_at": datetime.now(UTC).isoformat(),
        **fields,
    }


def queue_action(store: LocalStore, case_id: str, action: Action, **fields: Any) -> uuid.UUID:
    """Queue ``action`` as the user would; the queued op's id (TransitionError,
    UnknownCaseError as LocalStore.queue raises them)."""
    return store.queue(build_op(case_id, action, **fields)).op_id
