"""Real faults of the service, made in its own database (no code of the service changes).

``refuse_status_changes`` makes the service's database refuse to change the status of one
case, as a damaged row, a full disk on one page or a hand-made constraint would: every
operation that changes that case's status fails inside the service, which answers 500 for
the whole request; operations on other cases, and those that leave the status alone (a
note, a message), are applied as before. Without a case: a database that takes no
changes of status at all.
"""

from __future__ import annotations

import re

from investigator_app.intake.embedded import EmbeddedService

_SAFE_ID = re.compile(r"^[0-9A-Za-z-]+$")


def _trigger(case_id: str | None) -> str:
    assert case_id is None or _SAFE_ID.match(case_id), case_id  # DDL takes no parameters
    name = "all" if case_id is None else case_id
    return f'"refuse_status_of_{name}"'


def refuse_status_changes(service: EmbeddedService, case_id: str | None = None) -> None:
    """From now on the database refuses any new status of ``case_id`` (of every case when
    None: a database that takes no writes). SQLite services only."""
    which = "1" if case_id is None else f"OLD.id = '{case_id}'"
    with service.engine.begin() as conn:
        conn.exec_driver_sql(
            f"CREATE TRIGGER {_trigger(case_id)} BEFORE UPDATE OF status ON cases "
            f"WHEN {which} AND NEW.status IS NOT OLD.status "
            "BEGIN SELECT RAISE(ABORT, 'this row cannot be changed'); END"
        )


def repair(service: EmbeddedService, case_id: str | None = None) -> None:
    """The fault is gone: the status of ``case_id`` (of every case) can change again."""
    with service.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_trigger(case_id)}")
