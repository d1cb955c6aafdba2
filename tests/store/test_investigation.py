"""The investigation on the desktop: the service's copy, sealed, with our queued allegations,
findings and tasks shown at once (pending) through the rules the service applies, until
the service's next snapshot holds them."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import (
    ClosingGround,
    Conclusion,
    FollowUp,
    Investigation,
    TaskState,
)
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.vocabulary import Outcome, Role, Status
from investigator_app.operations import OperationResult, OperationsResponse
from investigator_app.protocol import PersonOut, RecusalOut
from investigator_app.store import LocalStore
from investigator_app.store.queue_checks import QueueRefused, Refusal
from investigator_app.store.views import CaseDetail
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, make_case, me, page
from tests.store.disk_scan import hits
from tests.store.investigation_factory import AT, allegation, investigating, task
from tests.store.message_factory import answered, attachment, request
from tests.support.operations import allegation_in, finding_in, queue_action, task_in

NOW = AT + timedelta(days=1)
STORED = uuid.UUID(int=1)  # an allegation the service sent


def at(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


def shown(store: LocalStore, case_id: str = "c1") -> CaseDetail:
    detail = store.detail(case_id, NOW)
    assert detail is not None
    return detail


def queue(store: LocalStore, action: Action, minute: int = 1, **fields: Any) -> uuid.UUID:
    return queue_action(store, "c1", action, made_at=at(minute), **fields)


def refusal(store: LocalStore, action: Action, **fields: Any) -> QueueRefused:
    """What the store says when it refuses to queue (and it queued nothing)."""
    before = store.pending_count()
    with pytest.raises(QueueRefused) as refused:
        queue(store, action, **fields)
    assert store.pending_count() == before
    return refused.value


# --- shown at once, kept, replaced ---------------------------------------------------------


def test_each_action_shows_at_once_pending_and_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "profile" / "store.sqlite"
    store = LocalStore.open(path)
    store.set_identity(me())
    store.apply_changes(page(investigating("c1", allegation(STORED, 1, "Oude tekst")), cursor=1))
    new, job = uuid.uuid4(), uuid.uuid4()

    queue(store, Action.ADD_ALLEGATION, 1, allegation=allegation_in(new, "Nieuwe tekst"))
    added = shown(store).investigation.allegation(str(new))
    assert added is not None and added.pending and added.number == 2
    assert (added.facts.text, added.created_by) == ("Nieuwe tekst", "Ines Investigator")
    stored = shown(store).investigation.allegation(str(STORED))
    assert stored is not None and not stored.pending  # untouched: as the service sent it

    queue(store, Action.EDIT_ALLEGATION, 2, allegation=allegation_in(STORED, "Herschreven"))
    edited = shown(store).investigation.allegation(str(STORED))
    assert edited is not None and edited.pending and edited.version == 2
    assert edited.facts.text == "Herschreven"
    assert [v.facts.text for v in edited.earlier] == ["Oude tekst"]

    finding = finding_in("founded", "Het bleek zo.", follow_up="disciplinary_procedure")
    queue(store, Action.RECORD_FINDING, 3, allegation_id=str(new), finding=finding)
    found = shown(store).investigation.allegation(str(new))
    assert found is not None and found.finding is not None
    assert found.finding.facts.conclusion is Conclusion.FOUNDED
    assert found.finding.facts.follow_up is FollowUp.DISCIPLINARY

    queue(store, Action.WITHDRAW_ALLEGATION, 4, allegation_id=str(STORED), reason="Dubbel")
    withdrawn = shown(store).investigation.allegation(str(STORED))
    assert withdrawn is not None and withdrawn.withdrawn is not None
    assert withdrawn.withdrawn.reason == "Dubbel"

    due = NOW.date() + timedelta(days=7)
    queue(store, Action.ADD_TASK, 5, task=task_in(job, "Verhoor", owner_id=ME.id, due=due))
    planned = shown(store).investigation.task(str(job))
    assert planned is not None and planned.pending
    assert (planned.owner, planned.due, planned.state) == (ME.display_name, due, TaskState.OPEN)

    queue(store, Action.EDIT_TASK, 6, task=task_in(job, "Verhoor twee", owner_id=COLLEAGUE.id))
    changed = shown(store).investigation.task(str(job))
    assert changed is not None and changed.owner == "Cas Colleague" and changed.due is None

    queue(store, Action.SET_TASK_STATE, 7, task_id=str(job), state="done")
    done = shown(store).investigation.task(str(job))
    assert done is not None and done.state is TaskState.DONE
    assert (done.state_by, done.state_at) == ("Ines Investigator", at(7))

    before = shown(store).investigation
    store.close()
    again = LocalStore.open(path)  # a restart: the outbox and the sealed copy are kept
    assert shown(again).investigation == before
    assert [q.action for q in shown(again).queued] == [
        Action.ADD_ALLEGATION,
        Action.EDIT_ALLEGATION,
        Action.RECORD_FINDING,
        Action.WITHDRAW_ALLEGATION,
        Action.ADD_TASK,
        Action.EDIT_TASK,
        Action.SET_TASK_STATE,
    ]
    again.close()


def test_the_services_next_snapshot_replaces_what_was_queued(store: LocalStore) -> None:
    store.apply_changes(page(investigating("c1", version=5), cursor=1))
    new = uuid.uuid4()
    queue(store, Action.ADD_ALLEGATION, allegation=allegation_in(new, "Onze tekst"))
    [sent] = store.pending_operations(10)

    # The service applied it (a colleague added one first: ours is number 2 there).
    theirs = allegation(uuid.uuid4(), 1, "Van een collega")
    ours = allegation(new, 2, "Onze tekst", by="Ines Investigator")
    answer = investigating("c1", theirs, ours, version=7)
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=sent.op_id, status="applied", case=answer)]
        )
    )

    detail = shown(store)
    assert detail.investigation == answer.investigation  # as the service has it, none pending
    assert detail.queued == []


def test_a_queued_change_the_investigation_no_longer_allows_is_not_shown(
    store: LocalStore,
) -> None:
    store.apply_changes(page(investigating("c1", allegation(STORED, 1), version=5), cursor=1))
    queue(store, Action.RECORD_FINDING, allegation_id=str(STORED), finding=finding_in())
    assert shown(store).investigation.allegations[0].finding is not None

    # Before our push, a colleague withdrew the allegation: the service will refuse ours.
    gone = investigating("c1", allegation(STORED, 1, withdrawn=True), version=6)
    store.apply_changes(page(gone, cursor=2))

    detail = shown(store)
    [withdrawn] = detail.investigation.allegations
    assert withdrawn.withdrawn is not None and withdrawn.finding is None
    assert not withdrawn.pending
    assert [q.action for q in detail.queued] == [Action.RECORD_FINDING]  # it still waits


def test_the_timeline_shows_the_motivation_of_a_queued_start(store: LocalStore) -> None:
    store.apply_changes(
        page(make_case("c1", acknowledged_at=RECEIVED, status=Status.ACKNOWLEDGED), cursor=1)
    )
    queue(store, Action.START_ASSESSMENT, 1, reason="Ernstige feiten, <b>dringend</b>")
    queue(store, Action.START_INVESTIGATION, 2)

    *_, assessment, investigation = shown(store).timeline
    assert assessment.kind is EventKind.ASSESSMENT_STARTED and assessment.pending
    assert assessment.reason == "Ernstige feiten, <b>dringend</b>"
    assert investigation.kind is EventKind.INVESTIGATION_STARTED
    assert investigation.reason is None  # no motivation given: none shown


def test_the_closing_ground_shows_queued_and_as_the_service_sent_it(store: LocalStore) -> None:
    assessing = make_case("c1", acknowledged_at=RECEIVED, status=Status.ASSESSING)
    store.apply_changes(page(assessing, cursor=1))
    queue(
        store,
        Action.CLOSE,
        outcome=Outcome.INADMISSIBLE,
        reason="Feiten van 2019.",
        ground="facts_too_old",
    )
    detail = shown(store)
    assert detail.status is Status.CLOSED and detail.closing_ground is ClosingGround.FACTS_TOO_OLD

    closed = assessing.model_copy(
        update={
            "version": 9,
            "status": Status.CLOSED,
            "outcome": Outcome.UNFOUNDED,
            "closing_ground": ClosingGround.MANIFESTLY_UNFOUNDED,
        }
    )
    store.apply_changes(page(closed, cursor=2))
    assert shown(store).closing_ground is ClosingGround.MANIFESTLY_UNFOUNDED


# --- the checks before queueing --------------------------------------------------------------


def test_only_the_case_team_changes_the_investigation(store: LocalStore) -> None:
    store.apply_changes(page(investigating("c1", assignee=COLLEAGUE), cursor=1))
    assert not shown(store).is_case_team

    refused = refusal(store, Action.ADD_ALLEGATION, allegation=allegation_in())
    assert refused.refusal is Refusal.NOT_CASE_TEAM
    assert shown(store).investigation.allegations == ()

    # Assigning the case to ourselves first makes us the team, as the service will see it.
    queue(store, Action.ASSIGN, 1, assignee_id=ME.id)
    assert shown(store).is_case_team
    queue(store, Action.ADD_ALLEGATION, 2, allegation=allegation_in())
    assert len(shown(store).investigation.allegations) == 1


def test_a_manager_of_the_department_is_on_every_case_team(tmp_path: Path) -> None:
    manager = PersonOut(id="u-man", display_name="Mia Manager", role=Role.MANAGER)
    store = LocalStore.open(tmp_path / "store.sqlite")
    store.set_identity(me(manager))
    store.apply_changes(page(investigating("c1", assignee=COLLEAGUE), cursor=1))

    assert shown(store).is_case_team
    queue(store, Action.ADD_TASK, task=task_in(description="Plan opmaken"))
    [added] = shown(store).investigation.tasks
    assert added.created_by == "Mia Manager"
    store.close()


def test_what_the_rules_of_the_investigation_refuse_is_not_queued(store: LocalStore) -> None:
    store.apply_changes(
        page(
            investigating("c1", allegation(STORED, 1), allegation(uuid.uuid4(), 2, withdrawn=True)),
            cursor=1,
        )
    )
    withdrawn = shown(store).investigation.allegations[1].id

    unknown = refusal(store, Action.EDIT_ALLEGATION, allegation=allegation_in(uuid.uuid4()))
    assert unknown.refusal is Refusal.INVESTIGATION_RULE
    on_withdrawn = refusal(
        store, Action.RECORD_FINDING, allegation_id=withdrawn, finding=finding_in()
    )
    assert str(on_withdrawn) == "this allegation was withdrawn"
    founded_without_follow_up = refusal(
        store, Action.RECORD_FINDING, allegation_id=str(STORED), finding=finding_in("founded")
    )
    assert founded_without_follow_up.refusal is Refusal.INVESTIGATION_RULE
    blank = refusal(store, Action.ADD_TASK, task=task_in(description="   "))
    assert str(blank) == "a task needs a description"
    # Our own queued change counts: the same allegation cannot be added twice.
    twice = allegation_in()
    queue(store, Action.ADD_ALLEGATION, allegation=twice)
    assert refusal(store, Action.ADD_ALLEGATION, allegation=twice).refusal is (
        Refusal.INVESTIGATION_RULE
    )


def test_a_task_owner_is_a_member_of_the_department_who_did_not_recuse(
    store: LocalStore,
) -> None:
    recused = RecusalOut(person=COLLEAGUE, at=RECEIVED)
    store.apply_changes(page(investigating("c1", recusals=[recused]), cursor=1))

    stranger = refusal(store, Action.ADD_TASK, task=task_in(owner_id="u-stranger"))
    assert stranger.refusal is Refusal.OWNER_NOT_MEMBER
    colleague = refusal(store, Action.ADD_TASK, task=task_in(owner_id=COLLEAGUE.id))
    assert colleague.refusal is Refusal.OWNER_NOT_MEMBER

    job = uuid.uuid4()
    queue(store, Action.ADD_TASK, task=task_in(job, owner_id=ME.id))
    moved = refusal(store, Action.EDIT_TASK, task=task_in(job, owner_id=COLLEAGUE.id))
    assert moved.refusal is Refusal.OWNER_NOT_MEMBER
    queue(store, Action.EDIT_TASK, task=task_in(job, "Niemand nog", owner_id=None))
    assert shown(store).investigation.tasks[0].owner is None


def test_a_finding_cites_only_pieces_of_the_case(store: LocalStore) -> None:
    registration = attachment(b"%PDF 1700's bijlage", "aangifte.pdf", by="1700")
    asked = answered(request("m-answered"))  # comes with the PHOTO attachment
    waiting = request("m-open")
    case = investigating(
        "c1",
        allegation(STORED, 1),
        attachments=[registration],
        messages=[asked, waiting],
    )
    store.apply_changes(page(case, cursor=1))
    photo = asked.attachments[0].sha256

    def cite(*sources: dict[str, Any]) -> dict[str, Any]:
        return {"allegation_id": str(STORED), "finding": finding_in(sources=list(sources))}

    for wrong in (
        {"kind": "case_file", "ref": "ab" * 32},  # no such file
        {"kind": "case_file", "ref": photo},  # the reporter's file, not 1700's
        {"kind": "answer", "ref": "m-open"},  # not answered
        {"kind": "answer", "ref": "m-elsewhere"},
        {"kind": "answer_file", "ref": photo, "message_id": "m-open"},
        {"kind": "answer_file", "ref": photo},  # names no message
        {"kind": "answer", "ref": "m-answered", "message_id": "m-answered"},
    ):
        refused = refusal(store, Action.RECORD_FINDING, **cite(wrong))
        assert refused.refusal is Refusal.SOURCE_NOT_ON_CASE, wrong

    queue(
        store,
        Action.RECORD_FINDING,
        **cite(
            {"kind": "case_file", "ref": registration.sha256},
            {"kind": "answer", "ref": "m-answered"},
            {"kind": "answer_file", "ref": photo, "message_id": "m-answered"},
        ),
    )
    finding = shown(store).investigation.allegations[0].finding
    assert finding is not None and len(finding.facts.sources) == 3


def test_closing_an_investigation_needs_a_finding_on_every_standing_allegation(
    store: LocalStore,
) -> None:
    first, second = uuid.uuid4(), uuid.uuid4()
    case = investigating(
        "c1",
        allegation(first, 1, conclusion=Conclusion.UNFOUNDED),
        allegation(second, 2),
        allegation(uuid.uuid4(), 3, withdrawn=True),  # withdrawn: needs none
    )
    store.apply_changes(page(case, cursor=1))
    closing = {"outcome": Outcome.UNFOUNDED, "reason": "Afgerond."}

    missing = refusal(store, Action.CLOSE, **closing)
    assert (missing.refusal, missing.numbers) == (Refusal.CLOSE_MISSING_FINDINGS, (2,))
    with_ground = refusal(store, Action.CLOSE, **closing, ground="other")
    assert with_ground.refusal is Refusal.CLOSE_HAS_GROUND

    # Our queued finding counts, and the outcome is the one the findings give.
    finding = finding_in("partly_founded", "Deels.", follow_up="none")
    queue(store, Action.RECORD_FINDING, 1, allegation_id=str(second), finding=finding)
    wrong = refusal(store, Action.CLOSE, **closing)
    assert wrong.refusal is Refusal.CLOSE_OUTCOME
    queue(store, Action.CLOSE, 2, outcome=Outcome.PARTLY_FOUNDED, reason="Afgerond.")
    detail = shown(store)
    assert (detail.status, detail.outcome) == (Status.CLOSED, Outcome.PARTLY_FOUNDED)


def test_an_investigation_without_allegations_cannot_close(store: LocalStore) -> None:
    store.apply_changes(page(investigating("c1"), cursor=1))
    nothing = refusal(store, Action.CLOSE, outcome=Outcome.UNFOUNDED, reason="Niets.")
    assert nothing.refusal is Refusal.CLOSE_NO_ALLEGATIONS


def test_closing_without_investigation_names_its_ground(store: LocalStore) -> None:
    store.apply_changes(page(investigating("c1", status=Status.ASSESSING), cursor=1))

    no_ground = refusal(store, Action.CLOSE, outcome=Outcome.INADMISSIBLE, reason="Oud.")
    assert no_ground.refusal is Refusal.CLOSE_NEEDS_GROUND
    mismatch = refusal(
        store,
        Action.CLOSE,
        outcome=Outcome.INADMISSIBLE,
        reason="Kennelijk ongegrond.",
        ground="manifestly_unfounded",  # gives "unfounded"
    )
    assert mismatch.refusal is Refusal.CLOSE_OUTCOME
    queue(
        store,
        Action.CLOSE,
        outcome=Outcome.UNFOUNDED,
        reason="Onzin.",
        ground="manifestly_unfounded",
    )
    assert shown(store).status is Status.CLOSED


def test_no_finding_before_the_investigation_starts(store: LocalStore) -> None:
    case = investigating("c1", allegation(STORED, 1), status=Status.ASSESSING)
    store.apply_changes(page(case, cursor=1))
    with pytest.raises(TransitionError):
        queue(store, Action.RECORD_FINDING, allegation_id=str(STORED), finding=finding_in())
    queue(store, Action.START_INVESTIGATION, 1, reason="")
    queue(store, Action.RECORD_FINDING, 2, allegation_id=str(STORED), finding=finding_in())
    assert shown(store).investigation.allegations[0].finding is not None


# --- new, my tasks ----------------------------------------------------------------------------


def test_a_forwarded_case_is_new_until_opened_here(store: LocalStore) -> None:
    store.apply_changes(
        page(
            make_case("c1"),
            make_case("c2", status=Status.ACKNOWLEDGED, acknowledged_at=RECEIVED),
            cursor=2,
        )
    )
    assert {s.id: s.new for s in store.list_summaries(NOW)} == {"c1": True, "c2": False}

    assert store.mark_opened("c1")
    assert not store.mark_opened("c1")  # once
    store.apply_changes(page(make_case("c1", version=2), cursor=3))  # a newer snapshot
    assert [s.new for s in store.summaries(["c1"], NOW)] == [False]

    # It left the department and came back: forwarded anew, so new again.
    store.apply_changes(page("c1", cursor=4))
    store.apply_changes(page(make_case("c1", version=4), cursor=5))
    assert [s.new for s in store.summaries(["c1"], NOW)] == [True]


def test_my_tasks_across_cases_overdue_first_then_by_due_date(store: LocalStore) -> None:
    today = NOW.date()
    late, soon, later, undated = (uuid.uuid4() for _ in range(4))
    store.apply_changes(
        page(
            investigating("c1", tasks=(task(soon, "Binnenkort", due=today + timedelta(days=2)),)),
            investigating(
                "c2",
                tasks=(
                    task(undated, "Ooit"),
                    task(late, "Te laat", due=today - timedelta(days=1)),
                    task(uuid.uuid4(), "Al gedaan", due=today, state=TaskState.DONE),
                    task(uuid.uuid4(), "Van Cas", owner=COLLEAGUE, due=today),
                ),
            ),
            investigating("c3", assignee=ME),
            cursor=3,
        )
    )
    # Our own queued task counts at once.
    queue_action(
        store,
        "c3",
        Action.ADD_TASK,
        made_at=at(1),
        task=task_in(later, "Later", owner_id=ME.id, due=today + timedelta(days=9)),
    )

    mine = store.my_tasks(NOW)
    assert [(t.case_id, t.task.description) for t in mine] == [
        ("c2", "Te laat"),
        ("c1", "Binnenkort"),
        ("c3", "Later"),
        ("c2", "Ooit"),
    ]
    assert mine[2].task.pending and mine[0].reference == shown(store, "c2").reference
    counts = {s.id: (s.my_open_tasks, s.my_overdue_tasks) for s in store.list_summaries(NOW)}
    assert counts == {"c1": (1, 0), "c2": (2, 1), "c3": (1, 0)}

    # Ticking one off (queued) takes it off the list; the case leaving takes its tasks.
    queue_action(store, "c2", Action.SET_TASK_STATE, made_at=at(2), task_id=str(late), state="done")
    store.apply_changes(page("c1", cursor=4))
    assert [t.task.description for t in store.my_tasks(NOW)] == ["Later", "Ooit"]
    assert {s.id: s.my_overdue_tasks for s in store.list_summaries(NOW)} == {"c2": 0, "c3": 0}


def test_a_reset_of_the_feed_drops_the_investigations(store: LocalStore) -> None:
    store.apply_changes(page(investigating("c1", tasks=(task(uuid.uuid4()),)), cursor=1))
    assert len(store.my_tasks(NOW)) == 1
    store.apply_changes(page(cursor=0, reset=True))
    assert store.my_tasks(NOW) == []


# --- sealed at rest ---------------------------------------------------------------------------

CANARIES = ["Okapitenlastelegging", "Zebrabevinding", "Narwaltaak", "Walrusopvolging", "Lamareden"]


def test_the_investigation_is_not_in_the_files_in_the_clear(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    store = LocalStore.open(folder / "store.sqlite")
    store.set_identity(me())
    case = investigating(
        "c1",
        allegation(STORED, 1, "De Okapitenlastelegging", conclusion=Conclusion.UNFOUNDED),
        tasks=(task(uuid.uuid4(), "Een Narwaltaak", due=NOW.date()),),
    )
    store.apply_changes(page(case, cursor=1))
    other = uuid.uuid4()
    queue(
        store, Action.ADD_ALLEGATION, 1, allegation=allegation_in(other, "Nog Okapitenlastelegging")
    )
    finding = finding_in(
        "founded", "De Zebrabevinding", follow_up="other", follow_up_text="Walrusopvolging"
    )
    queue(store, Action.RECORD_FINDING, 2, allegation_id=str(other), finding=finding)
    queue(store, Action.WITHDRAW_ALLEGATION, 3, allegation_id=str(STORED), reason="Lamareden")
    assert len(shown(store).investigation.allegations) == 2
    store.close()

    assert hits(folder, CANARIES) == []


def test_the_investigation_column_types_keep_what_lists_need_only(store: LocalStore) -> None:
    """The clear task rows hold no description (checked by value, not only by canary)."""
    store.apply_changes(page(investigating("c1", tasks=(task(uuid.uuid4(), "Geheim"),)), cursor=1))
    with store.engine.connect() as conn:
        columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(case_tasks)")]
    assert columns == ["case_id", "task_id", "owner_id", "due", "state"]
    assert shown(store).investigation == Investigation(
        tasks=(task(shown(store).investigation.tasks[0].id, "Geheim"),)
    )
