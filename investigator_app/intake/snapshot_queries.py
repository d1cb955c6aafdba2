"""The statements of a page of case snapshots (snapshots.py assembles what they fetch):
the cases with their reporters' kind, the timelines, the conversations and their files,
the case files, the departments and the people named. Built once per process for listed
case ids, per call for a big page's SELECT of ids (case_ids.py)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from investigator_app.intake.case_ids import ByCases, CaseIds, IdsClause
from investigator_app.intake.models import (
    Case,
    CaseAttachment,
    CaseEvent,
    Department,
    Message,
    MessageAttachment,
    Reporter,
    User,
)


@cache
def departments() -> Select[*tuple[Any, ...]]:
    return select(Department.id, Department.code, Department.name)


@cache
def people() -> Select[*tuple[Any, ...]]:
    return select(User.id, User.display_name, User.role).where(
        User.id.in_(bindparam("person_ids", expanding=True))
    )


def _cases_query(ids: IdsClause) -> Select[*tuple[Any, ...]]:
    return (
        select(
            Case.id,
            Case.reference,
            Case.version,
            Case.department_id,
            Case.status,
            Case.outcome,
            Case.channel,
            Case.category,
            Case.received_at,
            Case.forwarded_at,
            Case.acknowledged_at,
            Case.closed_at,
            Case.feedback_sent_at,
            Case.purged_at,
            Case.summary,
            Case.description,
            Case.involved_entity,
            Case.involved_persons,
            Case.assignee_id,
            Case.needs_reassignment,
            Case.closing_ground,
            Reporter.kind.label("reporter_kind"),
            Reporter.language.label("reporter_language"),
            (Reporter.email != "").label("reporter_reachable_by_email"),
        )
        .join(Reporter, Reporter.id == Case.reporter_id)
        .where(Case.id.in_(ids))
    )


def _events_query(ids: IdsClause) -> Select[*tuple[Any, ...]]:
    return (
        select(
            CaseEvent.id,
            CaseEvent.case_id,
            CaseEvent.at,
            CaseEvent.actor_id,
            CaseEvent.actor_department_id,
            CaseEvent.kind,
            CaseEvent.from_status,
            CaseEvent.to_status,
            CaseEvent.outcome,
            CaseEvent.reason,
            CaseEvent.assignee_id,
            CaseEvent.actor_label,
        )
        .where(CaseEvent.case_id.in_(ids))
        .order_by(CaseEvent.case_id, CaseEvent.case_version)
    )


CASES = ByCases(_cases_query)
EVENTS = ByCases(_events_query)
MESSAGES = ByCases(
    lambda ids: select(Message).where(Message.case_id.in_(ids)).order_by(Message.created_at)
)
CASE_FILES = ByCases(
    lambda ids: (
        select(CaseAttachment).where(CaseAttachment.case_id.in_(ids)).order_by(CaseAttachment.id)
    )
)


@cache
def message_files() -> Select[*tuple[Any, ...]]:
    return (
        select(MessageAttachment)
        .where(MessageAttachment.message_id.in_(bindparam("message_ids", expanding=True)))
        .order_by(MessageAttachment.id)
    )


def load_cases(session: Session, case_ids: CaseIds) -> Sequence[Any]:
    return session.execute(*CASES(case_ids)).all()


def load_events(session: Session, case_ids: CaseIds) -> Sequence[Any]:
    return session.execute(*EVENTS(case_ids)).all()
