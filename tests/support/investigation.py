"""The investigation's parts as a desktop sends them (JSON of operations.AllegationIn,
FindingIn, TaskIn), from the words a test speaks in."""

from __future__ import annotations

import uuid
from typing import Any


def allegation(
    text: str = "Vroeg geld voor een vergunning",
    *,
    allegation_id: str | None = None,
    persons: list[str] | None = None,
    category: str = "bribery",
    period_start: str | None = None,
    period_end: str | None = None,
) -> dict[str, Any]:
    return {
        "allegation_id": allegation_id or str(uuid.uuid4()),
        "text": text,
        "persons": ["Ward Verhaegen"] if persons is None else persons,
        "category": category,
        "period_start": period_start,
        "period_end": period_end,
    }


def finding(
    conclusion: str = "unfounded",
    motivation: str = "Geen enkele aanwijzing in de stukken.",
    *,
    sources: list[dict[str, Any]] | None = None,
    follow_up: str | None = None,
    follow_up_text: str = "",
) -> dict[str, Any]:
    if follow_up is None and conclusion in ("founded", "partly_founded"):
        follow_up = "disciplinary_procedure"
    return {
        "conclusion": conclusion,
        "motivation": motivation,
        "sources": sources or [],
        "follow_up": follow_up,
        "follow_up_text": follow_up_text,
    }


def task(
    description: str = "Getuige horen",
    *,
    task_id: str | None = None,
    owner_id: str | None = None,
    due: str | None = None,
) -> dict[str, Any]:
    return {
        "task_id": task_id or str(uuid.uuid4()),
        "description": description,
        "owner_id": owner_id,
        "due": due,
    }


def source(kind: str, ref: str, message_id: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "ref": ref, "message_id": message_id}
