"""Related cases: cases that name the same person, entity or organisation code, found by
comparing keyed hashes (match_keys.py), never names.

- When 1700 registers a report its hashes are written (``record_hashes``); when it is
  forwarded or re-routed they are made if missing and the case is compared with the cases
  at departments (``evaluate``): a match at another department is a signal for the
  managers of both departments, on the audit trail with ids only; every related case is
  published again, so its desktops take the snapshot that now names the new one.
- What a viewer sees is computed when a snapshot is built (``load_related``, with the rules
  in visibility.py): the department's own related cases, and for managers the names of the
  other departments. So a signal follows where the cases are now (a re-route moves it; a
  case returned to 1700 or purged drops out of it).
- A case is compared with cases that are at a department (open, or closed within the
  retention period) and not purged. A name that more than ``MAX_CASES_PER_NAME`` cases
  share is not distinctive (a department's own name) and links nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    delete,
    exists,
    false,
    insert,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from investigator_app.domain.vocabulary import DEPARTMENT_STATUSES, Status
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.case_ids import ByCases, CaseIds, IdsClause
from investigator_app.intake.db import Database
from investigator_app.intake.errors import not_found
from investigator_app.intake.feed import publish, visible_department
from investigator_app.intake.match_keys import MatchKey
from investigator_app.intake.models import (
    Case,
    CaseMatchHash,
    CaseMatchState,
    ConflictDeclaration,
    DeclarationKind,
    Department,
)
from investigator_app.intake.retention import cutoff
from investigator_app.intake.settings import DEFAULT_RETENTION_YEARS
from investigator_app.intake.visibility import RelatedCase

log = logging.getLogger("investigator_app.intake.related")

MAX_CASES_PER_NAME = 100
MAX_PUBLISHED = 50  # other departments' cases published per evaluation (newest first)
_CHUNK = 500
SIGNAL_ACTION = "case.related_elsewhere"


def key_id(key: MatchKey) -> str:
    """A fingerprint of the key (says nothing about it): which key made a case's hashes."""
    return hmac.new(key.secret, b"match key id v1", hashlib.sha256).hexdigest()[:32]


# --- writing -------------------------------------------------------------------------------


def record_hashes(session: Session, case: Case, key: MatchKey, now: datetime) -> None:
    """Replace the case's hashes by those of the names it involves now."""
    session.flush()
    forget(session, case.id)
    hashes = key.case_hashes(case.involved_entity, case.involved_persons)
    session.add_all(CaseMatchHash(case_id=case.id, kind=kind, hash=h) for kind, h in hashes)
    session.add(CaseMatchState(case_id=case.id, key_id=key_id(key), hashed_at=now))
    session.flush()


def _record_many(session: Session, cases: list[Case], key: MatchKey, now: datetime) -> None:
    """record_hashes for a batch in a few statements (a first start over many cases)."""
    if not cases:
        return
    ids = [case.id for case in cases]
    session.execute(delete(CaseMatchHash).where(CaseMatchHash.case_id.in_(ids)))
    session.execute(delete(CaseMatchState).where(CaseMatchState.case_id.in_(ids)))
    rows = [
        {"case_id": case.id, "kind": kind, "hash": h}
        for case in cases
        for kind, h in key.case_hashes(case.involved_entity, case.involved_persons)
    ]
    if rows:
        session.execute(insert(CaseMatchHash), rows)
    made_with = key_id(key)
    session.execute(
        insert(CaseMatchState),
        [{"case_id": i, "key_id": made_with, "hashed_at": now} for i in ids],
    )


def ensure_hashes(session: Session, case: Case, key: MatchKey, now: datetime) -> None:
    """Make the case's hashes if none were made with this key (registered without a key,
    or before the key changed)."""
    made_with = session.scalar(
        select(CaseMatchState.key_id).where(CaseMatchState.case_id == case.id)
    )
    if made_with != key_id(key):
        record_hashes(session, case, key, now)


def forget(session: Session, case_id: str) -> None:
    """A case's hashes go (retention, or before new ones are written)."""
    session.execute(delete(CaseMatchHash).where(CaseMatchHash.case_id == case_id))
    session.execute(delete(CaseMatchState).where(CaseMatchState.case_id == case_id))


# --- reading -------------------------------------------------------------------------------


def window_start(now: datetime, years: int = DEFAULT_RETENTION_YEARS) -> datetime:
    """Cases closed before this are no longer compared (the retention period)."""
    return cutoff(now, years)


@dataclass(frozen=True)
class _Other:
    case: RelatedCase
    status: Status


@dataclass(frozen=True)
class Related:
    """Related cases of a page: per case, and which of them the viewer recused from."""

    by_case: dict[str, list[RelatedCase]]
    recused: set[str]


def _related(
    session: Session,
    case_ids: CaseIds,
    since: datetime,
    *,
    at_department: bool,
    viewer_id: str | None = None,
) -> tuple[dict[str, list[_Other]], set[str]]:
    """Per case of ``case_ids``: the other cases that share a distinctive hash with it
    (not purged, not closed before ``since``; only those at a department if asked), and
    which of them ``viewer_id`` recused from. One query, whatever the number of cases."""
    query = _RELATED[at_department, viewer_id is not None]
    found: dict[str, dict[str, _Other]] = defaultdict(dict)
    recused_ids: set[str] = set()
    for row in session.execute(*query(case_ids, since=since, viewer_id=viewer_id)):
        found[row.of][row.id] = _Other(
            RelatedCase(row.id, row.reference, row.department_id, row.registered_at), row.status
        )
        if row.recused:
            recused_ids.add(row.id)
    return {case_id: list(others.values()) for case_id, others in found.items()}, recused_ids


def _related_query(case_ids: IdsClause, at_department: bool, with_viewer: bool) -> Select[Any]:
    """The query of ``_related``; ``since`` and ``viewer_id`` are its parameters."""
    mine, theirs, sharing = aliased(CaseMatchHash), aliased(CaseMatchHash), aliased(CaseMatchHash)
    # A name too common to say anything: more than MAX_CASES_PER_NAME cases carry it. Asked
    # as "is there a row past the first MAX" (at most MAX+1 index steps per name), never as
    # a count, and for our cases' names only, before the join: a name carried by every one
    # of 10,000 cases must not cost 10,000 x 10,000 pairs.
    too_common = exists(
        select(sharing.case_id)
        .where(sharing.kind == mine.kind, sharing.hash == mine.hash)
        .offset(MAX_CASES_PER_NAME)
        .limit(1)
    )
    names = (
        select(mine.case_id, mine.kind, mine.hash)
        .where(mine.case_id.in_(case_ids), ~too_common)
        .cte("names")
        # Evaluated first, as written: left to itself SQLite's planner starts from every
        # case of the department and asks each of them about our names.
        .prefix_with("MATERIALIZED")
    )
    recused = (
        exists().where(
            ConflictDeclaration.case_id == Case.id,
            ConflictDeclaration.user_id == bindparam("viewer_id"),
            ConflictDeclaration.kind == DeclarationKind.RECUSED,
        )
        if with_viewer
        else false()
    )
    query = (
        select(
            names.c.case_id.label("of"),
            Case.id,
            Case.reference,
            Case.department_id,
            Case.status,
            Case.registered_at,
            recused.label("recused"),
        )
        .select_from(names)
        .join(
            theirs,
            and_(
                theirs.kind == names.c.kind,
                theirs.hash == names.c.hash,
                theirs.case_id != names.c.case_id,
            ),
        )
        .join(Case, Case.id == theirs.case_id)
        .where(
            Case.purged_at.is_(None),
            or_(Case.closed_at.is_(None), Case.closed_at >= bindparam("since")),
        )
    )
    if at_department:
        query = query.where(Case.status.in_(DEPARTMENT_STATUSES), Case.department_id.is_not(None))
    return query


# Every snapshot asks this: its query is made once per kind (case_ids.py).
_RELATED = {
    (at_department, with_viewer): ByCases(
        partial(_related_query, at_department=at_department, with_viewer=with_viewer)
    )
    for at_department in (False, True)
    for with_viewer in (False, True)
}


def load_related(
    session: Session, case_ids: CaseIds, since: datetime, viewer_id: str | None = None
) -> Related:
    """Related cases at a department, per case (for the snapshots of a page)."""
    found, recused = _related(session, case_ids, since, at_department=True, viewer_id=viewer_id)
    return Related({c: [o.case for o in others] for c, others in found.items()}, recused)


def report_case(session: Session, key: str) -> Case:
    """The report with this id or reference (for the 1700 desk), or 404."""
    case = (
        None
        if len(key) > 64
        else session.scalars(
            select(Case).where(or_(Case.id == key, Case.reference == key))
        ).one_or_none()
    )
    if case is None:
        raise not_found()
    return case


@dataclass(frozen=True)
class RelatedReport:
    """A related report as the 1700 desk sees it (its own registrations)."""

    id: str
    reference: str
    status: Status
    department_code: str | None
    department_name: str | None


def related_reports(session: Session, case_id: str, since: datetime) -> list[RelatedReport]:
    """Every kept report that names someone this one names, wherever it is, newest first."""
    others = _related(session, [case_id], since, at_department=False)[0].get(case_id, [])
    departments = {
        row.id: (str(row.code), str(row.name))
        for row in session.execute(select(Department.id, Department.code, Department.name))
    }
    result = []
    for other in sorted(
        others, key=lambda o: (o.case.registered_at, o.case.reference), reverse=True
    ):
        code, name = departments.get(other.case.department_id or -1, (None, None))
        shown = other.status not in (Status.REGISTERED,)  # a registered one is no one's yet
        result.append(
            RelatedReport(
                other.case.id,
                other.case.reference,
                other.status,
                code if shown else None,
                name if shown else None,
            )
        )
    return result


# --- signals -------------------------------------------------------------------------------


def evaluate(
    session: Session, actor: Actor, case_id: str, key: MatchKey, now: datetime, since: datetime
) -> list[int]:
    """Compare a case that (again) is at a department with the cases at departments.

    A match at another department is a signal for both departments' managers: one audit
    event on each case (ids, its own reference and a pair id that ties them together;
    never the other case or a name). Every related case, in the same department or not,
    is published so its desktops take the snapshot that now names this one (the newest
    ``MAX_PUBLISHED``), and then this case again, so the feed keeps the order in which
    cases arrived. Returns the other departments' ids."""
    case = session.scalars(select(Case).where(Case.id == case_id).with_for_update()).one_or_none()
    if case is None or visible_department(case) is None:
        return []
    ensure_hashes(session, case, key, now)
    found = load_related(session, [case.id], since).by_case.get(case.id, [])
    if not found:
        return []
    elsewhere = [o for o in found if o.department_id != case.department_id]
    for other in elsewhere[:MAX_PUBLISHED]:
        pair = str(uuid.uuid4())
        for signalled, reference in ((case.id, case.reference), (other.id, other.reference)):
            audit.record(
                session,
                actor,
                SIGNAL_ACTION,
                now,
                case_id=signalled,
                detail={"reference": reference, "pair": pair},
            )
    newest = sorted(found, key=lambda o: (o.registered_at, o.reference), reverse=True)
    # Feed counters in one order (department, then as registered: the feed keeps it).
    for other in sorted(
        newest[:MAX_PUBLISHED], key=lambda o: (o.department_id or 0, o.registered_at, o.reference)
    ):
        row = session.get(Case, other.id)
        if row is not None:
            publish(session, row)
    publish(session, case)
    return sorted({o.department_id for o in elsewhere if o.department_id is not None})


def signal_moved(
    db: Database, actor: Actor, case_id: str, key: MatchKey, now: datetime, years: int
) -> list[int]:
    """``evaluate`` in a transaction of its own, after a forward or re-route committed: it
    publishes other departments' cases, whose feed counters are then taken after the
    forward's own (never crosswise inside one transaction). A failure here leaves the
    forward done: it is logged (ids only), the snapshots still show the signal, only the
    related cases' desktops hear of it at that case's next change."""
    try:
        with db.write() as session:
            return evaluate(session, actor, case_id, key, now, window_start(now, years))
    except Exception as error:  # never undo or hide the forward that happened
        log.error("related cases of case %s not compared: %s", case_id, type(error).__name__)
        return []


def backfill(db: Database, key: MatchKey, now: datetime, since: datetime) -> int:
    """Hash every kept case that has no hashes of this key (registered by a command
    without the key, seeded, or hashed with an earlier key); publish those that turn out
    related, so desktops see it. Returns how many cases were hashed."""
    done = 0
    current = key_id(key)
    while True:
        with db.write() as session:
            made = select(CaseMatchState.case_id).where(CaseMatchState.key_id == current)
            batch = list(
                session.scalars(
                    select(Case)
                    .where(Case.purged_at.is_(None), Case.id.not_in(made))
                    .order_by(Case.id)
                    .limit(_CHUNK)
                )
            )
            _record_many(session, batch, key, now)
            related = load_related(session, [case.id for case in batch], since).by_case
            for case in batch:
                if related.get(case.id) and visible_department(case) is not None:
                    publish(session, case)
        done += len(batch)
        if len(batch) < _CHUNK:
            return done


def department_names(session: Session, ids: Iterable[int]) -> list[str]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return sorted(
        str(name)
        for name in session.scalars(select(Department.name).where(Department.id.in_(wanted)))
    )
