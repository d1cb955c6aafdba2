"""Allocating case references (1700-YYYY-NNNNNN): unique, gap-free per year, and safe
when several copies of the service register reports at the same moment."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from investigator_app.domain.reference import format_reference
from investigator_app.intake.models import ReferenceCounter
from investigator_app.intake.upsert import insert_if_missing


def next_reference(session: Session, year: int) -> str:
    """The next reference of ``year``, within the caller's transaction.

    UPDATE ... RETURNING locks the year's counter row until the transaction ends, so a
    concurrent registration waits and then gets the following number.
    """
    insert_if_missing(session, ReferenceCounter, {"year": year, "last_number": 0})
    number = session.execute(
        update(ReferenceCounter)
        .where(ReferenceCounter.year == year)
        .values(last_number=ReferenceCounter.last_number + 1)
        .returning(ReferenceCounter.last_number)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return format_reference(year, number)
