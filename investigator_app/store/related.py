"""Related cases in the store: the snapshot's ``related`` (protocol.RelatedOut) travels
sealed with the case's heading (summary, entity, persons), as its fourth element when
there is anything to say, so no column or migration is needed and a store written
before it reads as "none"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from investigator_app.protocol import CaseOut, RelatedOut

NONE = RelatedOut()


def heading(case: CaseOut) -> list[Any]:
    """What ``sealed_heading`` holds for ``case``."""
    parts: list[Any] = [case.summary, case.involved_entity, list(case.involved_persons)]
    if case.related != NONE:
        parts.append(case.related.model_dump(mode="json"))
    return parts


def from_heading(extra: Sequence[Any]) -> RelatedOut:
    """The related cases after the heading's first three elements (none when absent or
    not understood: it is a hint, never a reason to fail showing the case)."""
    if not extra:
        return NONE
    try:
        return RelatedOut.model_validate(extra[0])
    except ValidationError:
        return NONE
