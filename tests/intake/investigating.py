"""Helpers of the investigation's service tests: a case brought to a status, one operation
applied or refused (and then nothing changed), what the database holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from .conftest import World, op


def seen(world: World, who: str, case_id: str) -> dict[str, Any] | None:
    """The case as ``who``'s feed shows it, None when it does not."""
    changes = world.changes(who, limit=1000)["changes"]
    found = [c["case"] for c in changes if c["case_id"] == case_id and not c["deleted"]]
    return dict(found[-1]) if found else None


def act(world: World, who: str, case_id: str, action: str, **fields: Any) -> dict[str, Any]:
    """``who`` sends one operation on the case, on the version they see (a bare id when
    they do not see it); the answer."""
    [result] = world.operate(who, op(seen(world, who, case_id) or case_id, action, **fields))
    return result


def applied(world: World, who: str, case_id: str, action: str, **fields: Any) -> dict[str, Any]:
    """The case after ``who`` did ``action`` (asserting it was applied)."""
    result = act(world, who, case_id, action, **fields)
    assert result["status"] == "applied", result
    return dict(result["case"])


def refused(
    world: World, who: str, case_id: str, action: str, watcher: str = "manager", **fields: Any
) -> str:
    """Why ``action`` was refused; the case (as ``watcher`` of its department sees it) did
    not change at all."""
    before = world.case(case_id, watcher)
    result = act(world, who, case_id, action, **fields)
    assert (result["status"], result["case"]) == ("rejected", None), result
    assert world.case(case_id, watcher) == before
    return str(result["message"])


def handled(world: World, status: str = "investigating", department: str = "ABB") -> str:
    """A case of ``department`` acknowledged, assigned to Jonas (ABB) or Tom (OMG) and
    brought to ``status`` (acknowledged, assessing or investigating); its id."""
    case_id = world.forwarded_case(department)
    who = "jonas" if department == "ABB" else "tom"
    applied(world, who, case_id, "acknowledge")
    applied(world, who, case_id, "assign", assignee_id=world.ids[who])
    if status in ("assessing", "investigating"):
        applied(world, who, case_id, "start_assessment")
    if status == "investigating":
        applied(world, who, case_id, "start_investigation")
    return case_id


def investigation(world: World, case_id: str, who: str = "manager") -> dict[str, Any]:
    return dict(world.case(case_id, who)["investigation"])


def count(world: World, model: Any, *where: Any) -> int:
    with world.service.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
