"""Demo data: fictional departments, accounts and about forty cases in every status.

The history of each case is played through the real service functions (register,
forward, operations), with timestamps in the past relative to ``now``, so timelines,
feeds and the audit trail look exactly as if people had worked on them. Seeding twice
changes nothing.

The conversation with reporters is played too: acknowledgement letters, information
requests (open, answered with a file, overdue, by phone) and feedback on closed cases.
Their mails count as delivered at the time they were sent (no mail leaves the seed).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from investigator_app.domain.deadlines import BRUSSELS, add_working_days
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.messages import DEFAULT_ANSWER_WORKING_DAYS
from investigator_app.domain.vocabulary import Role, Status
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import Actor, cli_actor
from investigator_app.intake.db import Database
from investigator_app.intake.demo_data import (
    CASES,
    FRESH,
    FRESH_PLACES,
    FRESH_REPORTERS,
    DemoCase,
)
from investigator_app.intake.demo_evidence import DEMO_NOTICE, play_evidence
from investigator_app.intake.demo_investigations import INVESTIGATIONS
from investigator_app.intake.demo_investigator import InvestigationPlayer, attach_files
from investigator_app.intake.demo_messages import DemoConversation
from investigator_app.intake.department_settings import set_interview_notice
from investigator_app.intake.models import Case, Department, User
from investigator_app.intake.operations import apply_in_session
from investigator_app.intake.passwords import hash_password
from investigator_app.intake.reports import forward_report, register_report, reroute_report
from investigator_app.operations import OPERATION
from investigator_app.protocol import ReporterIn, ReportIn

DEMO_PASSWORD = "demo"

DEPARTMENTS = (
    ("ABB", "Agentschap Binnenlands Bestuur"),
    ("OMG", "Departement Omgeving"),
    ("AWV", "Agentschap Wegen en Verkeer"),
    ("OND", "Departement Onderwijs en Vorming"),
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role
    department: str | None
    password: str = DEMO_PASSWORD


@dataclass(frozen=True)
class DemoAccounts:
    operator: DemoAccount
    investigator: DemoAccount  # the desktop demo logs in as this one (ABB)
    colleague: DemoAccount  # same department
    manager: DemoAccount  # same department
    other_investigator: DemoAccount  # another department (OMG)
    extra: tuple[DemoAccount, ...]  # investigators of the remaining departments

    def all(self) -> tuple[DemoAccount, ...]:
        return (
            self.operator,
            self.investigator,
            self.colleague,
            self.manager,
            self.other_investigator,
            *self.extra,
        )


ACCOUNTS = DemoAccounts(
    operator=DemoAccount("1700.operator", "Sofie De Smet (1700)", Role.OPERATOR, None),
    investigator=DemoAccount("an.peeters", "An Peeters", Role.INVESTIGATOR, "ABB"),
    colleague=DemoAccount("jonas.maes", "Jonas Maes", Role.INVESTIGATOR, "ABB"),
    manager=DemoAccount("els.wouters", "Els Wouters", Role.MANAGER, "ABB"),
    other_investigator=DemoAccount("tom.janssens", "Tom Janssens", Role.INVESTIGATOR, "OMG"),
    extra=(
        DemoAccount("lotte.mertens", "Lotte Mertens", Role.INVESTIGATOR, "AWV"),
        DemoAccount("bart.willems", "Bart Willems", Role.INVESTIGATOR, "OND"),
    ),
)


@contextmanager
def _transaction(target: Engine | Session) -> Iterator[Session]:
    if isinstance(target, Session):
        yield target  # the caller's transaction: it commits
        return
    with Database(target).write() as session:
        yield session


def seed_demo(target: Engine | Session, now: datetime) -> DemoAccounts:
    """Create the demo departments, accounts and cases (once; later calls do nothing)."""
    with _transaction(target) as session:
        operator = ACCOUNTS.operator.username
        if session.scalars(select(User).where(User.username == operator)).first():
            return ACCOUNTS
        admin = cli_actor()
        start = now - timedelta(days=400)
        for code, name in DEPARTMENTS:
            if session.scalars(select(Department).where(Department.code == code)).first() is None:
                create_department(session, admin, code, name, start)
        set_interview_notice(session, admin, "ABB", DEMO_NOTICE, start)
        password_hash = hash_password(DEMO_PASSWORD)  # one slow hash for all demo accounts
        actors: dict[str, Actor] = {}
        for account in ACCOUNTS.all():
            user = create_user(
                session,
                admin,
                username=account.username,
                display_name=account.display_name,
                role=account.role,
                department_code=account.department,
                password_hash=password_hash,
                now=start,
            )
            actors[account.username] = _actor(user)
        player = _Player(session, now, actors)
        for index, case in enumerate(CASES):
            player.play(case, index)
    return ACCOUNTS


def _actor(user: User) -> Actor:
    return Actor(user.id, user.display_name, user.role, user.department_id, user.username)


def _report(case: DemoCase, received_at: datetime) -> ReportIn:
    who = case.reporter
    return ReportIn(
        channel=case.channel,
        category=case.category,
        received_at=received_at,
        summary=case.summary,
        description=case.description,
        involved_entity=case.involved_entity,
        involved_persons=list(case.involved_persons),
        reporter=ReporterIn(
            kind=who.kind,
            name=who.name,
            organisation=who.organisation,
            email=who.email,
            phone=who.phone,
        ),
    )


class _Player:
    """Plays one demo case's history with plausible, strictly increasing timestamps."""

    def __init__(self, session: Session, now: datetime, actors: dict[str, Actor]) -> None:
        self.session = session
        self.now = now
        self.actors = actors
        self.operator = actors[ACCOUNTS.operator.username]
        self.conversation = DemoConversation(session)
        self.investigator = InvestigationPlayer(session, now, actors, self._op)
        self.evidence_played = False

    def _member(self, department: str, preferred: str | None = None) -> Actor:
        if preferred is not None:
            return self.actors[preferred]
        for account in ACCOUNTS.all():
            if account.department == department and account.role is Role.INVESTIGATOR:
                return self.actors[account.username]
        raise LookupError(department)

    def play(self, demo: DemoCase, index: int) -> None:
        received = self.now - timedelta(days=demo.received_days_ago)
        clock = _Clock(received, self.now)
        case = register_report(
            self.session, self.operator, _report(demo, received), clock.step(hours=1)
        )
        plan = INVESTIGATIONS.get(demo.summary)
        if plan is not None:
            attach_files(self.session, self.operator, case, plan, clock.step(hours=0.5))
        if demo.department is None:
            return
        ref = case.reference
        if demo.returned_by is not None:
            forward_report(self.session, self.operator, ref, demo.returned_by, "", clock.step(2))
            other = self._member(demo.returned_by)
            self._op(other, case, Action.RETURN_TO_1700, clock.step(20), reason=demo.return_reason)
            note = f"Doorgestuurd na terugzending door {demo.returned_by}."
            reroute_report(self.session, self.operator, ref, demo.department, note, clock.step(4))
        else:
            note = "Ter behandeling." if index % 3 == 0 else ""
            forward_report(self.session, self.operator, ref, demo.department, note, clock.step(3))
        if demo.status is Status.FORWARDED:
            return

        member = self._member(demo.department, demo.assignee)
        ack_at = (
            self.now - timedelta(days=demo.acknowledged_days_ago)
            if demo.acknowledged_days_ago is not None
            else None
        )
        if demo.assignee is not None:  # who handles it declared on opening it first
            self._op(member, case, Action.DECLARE_NO_CONFLICT, clock.step(2))
        acknowledged = clock.at(ack_at, hours=30)
        self._op(
            member,
            case,
            Action.ACKNOWLEDGE,
            acknowledged,
            message=self.conversation.acknowledgement(case),
        )
        self.conversation.deliver(acknowledged)
        if demo.assignee is not None:
            manager = self.actors[ACCOUNTS.manager.username]
            assigner = manager if demo.department == "ABB" else member
            self._op(assigner, case, Action.ASSIGN, clock.step(2), assignee_id=member.user_id)
        if demo.status is Status.RETURNED:
            self._op(member, case, Action.RETURN_TO_1700, clock.step(48), reason=demo.return_reason)
            return
        if demo.status is Status.ACKNOWLEDGED:
            return
        self._op(member, case, Action.START_ASSESSMENT, clock.step(72))
        # A closed case was investigated unless it was closed on a ground.
        if demo.status is Status.INVESTIGATING or (
            demo.status is Status.CLOSED and demo.ground is None
        ):
            reason = plan.motivation if plan is not None else ""
            self._op(member, case, Action.START_INVESTIGATION, clock.step(24 * 6), reason=reason)
        if demo.status is Status.CLOSED:
            if plan is not None:  # the findings (on the reporter's answer) decide the outcome
                if plan.ask:
                    self._ask(member, case, 1, clock)
                self.investigator.play(plan, member, case, clock)
            self._op(
                member,
                case,
                Action.CLOSE,
                clock.step(24 * 12),
                outcome=demo.outcome,
                reason=demo.close_reason or "Afgerond na beoordeling.",
                ground=demo.ground,
            )
            if index % 2 == 0:
                sent = clock.step(24 * 2)
                letter = self.conversation.feedback(demo.outcome)
                self._op(member, case, Action.SEND_FEEDBACK, sent, message=letter)
                self.conversation.deliver(sent)
            return
        if demo.department == "ABB":
            self._ask(member, case, index % 3, clock)
        if plan is not None:
            self.investigator.play(plan, member, case, clock)
            cites = any(a.finding is not None and not a.withdrawn for a in plan.allegations)
            if demo.department == "ABB" and cites and not self.evidence_played:
                play_evidence(self.session, member, case, clock, self._op)
                self.evidence_played = True  # one case shows pieces and a signed record

    def _ask(self, member: Actor, case: Case, variant: int, clock: _Clock) -> None:
        """An information request in one of its typical states: 0 waiting for the answer,
        1 answered (on the web page with a photo, or by phone), 2 overdue."""
        if variant == 2:
            # Overdue: asked a fortnight ago, the deadline yesterday (within the grace).
            asked = clock.at(self.now - timedelta(days=15), hours=1)
            yesterday = (self.now - timedelta(days=1)).astimezone(BRUSSELS).date()
            due = max(yesterday, asked.astimezone(BRUSSELS).date())
        else:
            asked = clock.step(24)
            due = add_working_days(asked.astimezone(BRUSSELS).date(), DEFAULT_ANSWER_WORKING_DAYS)
            if variant == 0 and due < self.now.astimezone(BRUSSELS).date():
                # Still waiting for the answer: keep the deadline ahead.
                due = add_working_days(self.now.astimezone(BRUSSELS).date(), 5)
        question = self.conversation.question(variant, due)
        self._op(member, case, Action.REQUEST_INFO, asked, message=question)
        self.conversation.deliver(asked)
        if variant == 1:
            answered = clock.step(30)
            self.conversation.answer(case, str(question.message_id), answered, self.operator)

    def _op(self, actor: Actor, case: Case, action: Action, at: datetime, **fields: Any) -> None:
        message = fields.pop("message", None)
        if message is not None:
            fields["message"] = message.model_dump()
        op = OPERATION.validate_python(
            {
                "op_id": uuid.uuid4(),
                "case_id": case.id,
                "action": action,
                "base_version": case.version,
                "made_at": at,
                **fields,
            }
        )
        # Only the status is read: no snapshot of the case after each step (and the demo's
        # operations are never sent again), which halves the seeding time.
        result = apply_in_session(self.session, actor, op, at, with_case=False)
        if result.status != "applied":  # a bug in the demo data, not a user error
            raise RuntimeError(f"demo {case.reference} {action}: {result.message}")


class _Clock:
    """Successive moments after ``start``, squeezed so that all stay before ``now``."""

    def __init__(self, start: datetime, now: datetime) -> None:
        self.current = start
        self.now = now

    def step(self, hours: float) -> datetime:
        return self._advance(self.current + timedelta(hours=hours))

    def at(self, wanted: datetime | None, hours: float) -> datetime:
        return self._advance(
            wanted if wanted is not None else self.current + timedelta(hours=hours)
        )

    def _advance(self, wanted: datetime) -> datetime:
        # Never past now: keep half of what is left, so later steps still fit.
        latest = self.current + (self.now - self.current) / 2
        moment = max(min(wanted, latest), self.current + timedelta(seconds=1))
        self.current = moment
        return moment


def forward_new_demo_case(
    target: Engine | Session,
    now: datetime,
    department_code: str = "ABB",
    *,
    rng: random.Random | None = None,
) -> str:
    """Register and forward one fresh fictional report; returns its reference.

    The desktop demo calls this every minute so that new cases keep arriving.
    """
    rng = rng or random.Random()
    template = rng.choice(FRESH)
    name, phone = rng.choice(FRESH_REPORTERS)
    received = now - timedelta(minutes=rng.randint(5, 90))
    report = ReportIn(
        channel=template.channel,
        category=template.category,
        received_at=received,
        summary=template.summary,
        description=template.description,
        involved_entity=template.involved_entity.format(place=rng.choice(FRESH_PLACES)),
        reporter=ReporterIn(kind="citizen", name=name, phone=phone),
    )
    with _transaction(target) as session:
        operator = session.scalars(
            select(User).where(User.username == ACCOUNTS.operator.username)
        ).one()
        actor = _actor(operator)
        case = register_report(session, actor, report, now - timedelta(seconds=2))
        forward_report(session, actor, case.reference, department_code, "", now)
        return case.reference
