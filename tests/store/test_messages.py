"""The conversation with the reporter in the local store: the thread, queued messages,
reminders and cancellations, unread answers, attachments, and the list's flags."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from pydantic import ValidationError

from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import Status
from investigator_app.operations import (
    AcknowledgeOp,
    OperationResult,
    OperationsResponse,
    RequestInfoOp,
)
from investigator_app.store import LocalStore
from investigator_app.store.attachments import AttachmentIntegrityError
from tests.store.case_factory import COLLEAGUE, RECEIVED, make_case, page
from tests.store.message_factory import PHOTO, PHOTO_SHA, answered, attachment, case_with, request
from tests.support.operations import queue_action

NOW = RECEIVED + timedelta(days=2)  # 04/03/2026


def at(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


def ask(store: LocalStore, case_id: str = "c1", due: date = date(2026, 3, 18)) -> uuid.UUID:
    message_id = uuid.uuid4()
    queue_action(
        store,
        case_id,
        Action.REQUEST_INFO,
        made_at=at(1),
        message_id=message_id,
        body="Wie betaalde de <b>reis</b>?",
        answer_due=due,
    )
    return message_id


def test_the_thread_comes_from_the_feed_with_states_answers_and_attachments(
    store: LocalStore,
) -> None:
    first = answered(request("m1"))
    store.apply_changes(
        page(case_with(first, request("m2"), attachments=[attachment(by="1700")]), cursor=1)
    )

    detail = store.detail("c1", NOW)
    assert detail is not None
    assert [(m.id, m.state) for m in detail.messages] == [
        ("m1", MessageState.ANSWERED),
        ("m2", MessageState.SENT),
    ]
    assert detail.messages[0].answer == "In mei, met de aannemer."
    assert [a.name for a in detail.messages[0].attachments] == ["factuur.png"]
    assert not detail.messages[0].attachments[0].available  # not fetched yet
    assert [a.added_by for a in detail.attachments] == ["1700"]  # from registration
    summary = store.list_summaries(NOW)[0]
    assert summary.awaiting_answer and not summary.overdue_request


def test_an_open_request_after_its_last_day_is_overdue_in_thread_and_list(
    store: LocalStore,
) -> None:
    store.apply_changes(page(case_with(request("m1", due=date(2026, 3, 3))), cursor=1))
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.messages[0].overdue
    summary = store.list_summaries(NOW)[0]
    assert summary.awaiting_answer and summary.overdue_request


def test_a_request_made_offline_shows_queued_at_once_and_is_sent_with_its_message(
    store: LocalStore,
) -> None:
    store.apply_changes(page(case_with(), cursor=1))
    message_id = ask(store)

    detail = store.detail("c1", NOW)
    assert detail is not None
    queued = detail.messages[-1]
    assert (queued.id, queued.state, queued.kind) == (
        str(message_id),
        MessageState.QUEUED,
        MessageKind.INFO_REQUEST,
    )
    assert queued.body == "Wie betaalde de <b>reis</b>?"  # kept as typed: plain text
    assert queued.answer_due == date(2026, 3, 18) and queued.author == "Ines Investigator"
    assert store.list_summaries(NOW)[0].awaiting_answer

    [op] = store.pending_operations(10)
    assert isinstance(op, RequestInfoOp) and op.message.message_id == message_id
    assert op.message.answer_due == date(2026, 3, 18)

    # The service applied it: its snapshot carries the message; it is not shown twice.
    sent = case_with(request(str(message_id), due=date(2026, 3, 18)), version=4)
    store.apply_results(
        OperationsResponse(results=[OperationResult(op_id=op.op_id, status="applied", case=sent)])
    )
    detail = store.detail("c1", NOW)
    assert detail is not None
    assert [(m.id, m.state) for m in detail.messages] == [(str(message_id), MessageState.SENT)]


def test_message_actions_need_what_they_carry(store: LocalStore) -> None:
    store.apply_changes(page(case_with(answered(request("m1"))), cursor=1))
    # The operation cannot even be built without what its action needs.
    with pytest.raises(ValidationError):  # no question
        queue_action(store, "c1", Action.REQUEST_INFO, made_at=at(1), answer_due=date(2026, 4, 1))
    with pytest.raises(ValidationError):  # no deadline
        queue_action(
            store, "c1", Action.REQUEST_INFO, made_at=at(1), message_id=uuid.uuid4(), body="Vraag?"
        )
    with pytest.raises(TransitionError):  # an answered request is not open any more
        queue_action(store, "c1", Action.REMIND, made_at=at(1), target_message_id=uuid.UUID(int=1))
    assert store.pending_count() == 0


def test_remind_and_cancel_only_open_requests_and_a_cancel_shows_at_once(
    store: LocalStore,
) -> None:
    target = uuid.uuid4()
    store.apply_changes(page(case_with(request(str(target))), cursor=1))

    queue_action(store, "c1", Action.REMIND, made_at=at(1), target_message_id=target)
    queue_action(store, "c1", Action.CANCEL_REQUEST, made_at=at(2), target_message_id=target)
    detail = store.detail("c1", NOW)
    assert detail is not None
    shown = detail.messages[0]
    assert shown.state is MessageState.CANCELLED and shown.cancel_pending
    assert not store.list_summaries(NOW)[0].awaiting_answer
    with pytest.raises(TransitionError):  # cancelled (locally): nothing left to remind
        queue_action(store, "c1", Action.REMIND, made_at=at(3), target_message_id=target)
    with pytest.raises(TransitionError):  # not a request of this case
        queue_action(
            store, "c1", Action.CANCEL_REQUEST, made_at=at(3), target_message_id=uuid.uuid4()
        )


def test_messages_queued_after_a_refused_action_stay_pending(store: LocalStore) -> None:
    store.apply_changes(page(case_with(), cursor=1))
    queue_action(store, "c1", Action.ASSIGN, assignee_id=COLLEAGUE.id, made_at=at(1))
    ask(store)
    [first] = store.pending_operations(10)
    store.apply_results(
        OperationsResponse(results=[OperationResult(op_id=first.op_id, status="conflict")])
    )
    assert [r.action for r in store.refused_actions()] == [Action.ASSIGN]
    [next_op] = store.pending_operations(10)
    assert next_op.action is Action.REQUEST_INFO  # never a conflict of its own


def test_feedback_meets_the_deadline_as_soon_as_it_is_queued(store: LocalStore) -> None:
    store.apply_changes(page(case_with(status=Status.INVESTIGATING), cursor=1))
    assert store.list_summaries(NOW)[0].next_deadline is not None
    queue_action(
        store,
        "c1",
        Action.SEND_FEEDBACK,
        made_at=at(1),
        message_id=uuid.uuid4(),
        body="Stand van zaken",
    )
    assert store.list_summaries(NOW)[0].next_deadline is None
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.next_deadline is None
    assert detail.messages[-1].kind is MessageKind.FEEDBACK
    # The service's snapshot says the same once it has it.
    store.apply_changes(
        page(case_with(status=Status.INVESTIGATING, version=4, feedback_sent_at=at(2)), cursor=2)
    )
    assert store.list_summaries(NOW)[0].next_deadline is None


LETTER = "Beste melder,\n\nWij hebben uw melding goed ontvangen.\n\nMet vriendelijke groeten,"


def test_an_acknowledgement_may_carry_the_letter(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    queue_action(
        store, "c1", Action.ACKNOWLEDGE, made_at=at(1), message_id=uuid.uuid4(), body=LETTER
    )
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.status is Status.ACKNOWLEDGED
    assert [(m.kind, m.state) for m in detail.messages] == [
        (MessageKind.ACKNOWLEDGEMENT, MessageState.QUEUED)
    ]
    [op] = store.pending_operations(10)
    assert isinstance(op, AcknowledgeOp) and op.message is not None
    assert op.message.body == LETTER


def test_a_new_answer_marks_the_case_unread_once_until_opened(store: LocalStore) -> None:
    open_request = request("m1")
    store.apply_changes(page(case_with(open_request, version=3), cursor=1))
    assert not store.list_summaries(NOW)[0].unread

    applied = store.apply_page(page(case_with(answered(open_request), version=4), cursor=2))
    assert applied.answered_ids == ["c1"]
    assert store.list_summaries(NOW)[0].unread
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.unread

    # The same answer in a later snapshot (a colleague assigned the case) is no news.
    again = store.apply_page(
        page(case_with(answered(open_request), version=5, assignee=COLLEAGUE), cursor=3)
    )
    assert again.answered_ids == []
    assert store.mark_read("c1")
    assert not store.list_summaries(NOW)[0].unread
    assert not store.mark_read("c1")


def test_our_own_request_coming_back_and_a_first_sync_announce_nothing(
    store: LocalStore,
) -> None:
    store.apply_changes(page(case_with(version=3), cursor=1))
    ask(store)
    [op] = store.pending_operations(10)
    assert isinstance(op, RequestInfoOp)
    back = case_with(request(str(op.message.message_id)), version=4)
    settled = store.settle(
        OperationsResponse(results=[OperationResult(op_id=op.op_id, status="applied", case=back)])
    )
    assert settled.answered_ids == []
    # A case seen for the first time with an old answer is not "new".
    first = store.apply_page(page(case_with(answered(request("m9")), case_id="c2"), cursor=2))
    assert first.answered_ids == []
    assert not any(s.unread for s in store.list_summaries(NOW))


def test_attachment_bytes_are_verified_kept_and_dropped_with_the_last_case(
    store: LocalStore,
) -> None:
    store.apply_changes(page(case_with(answered(request("m1"))), cursor=1))
    assert store.missing_attachments() == [("c1", PHOTO_SHA)]
    with pytest.raises(AttachmentIntegrityError):
        store.keep_attachment(PHOTO_SHA, PHOTO + b"tampered")
    assert store.attachment(PHOTO_SHA) is None  # nothing kept

    assert store.keep_attachment(PHOTO_SHA, PHOTO) == ["c1"]
    assert store.attachment(PHOTO_SHA) == PHOTO
    assert store.missing_attachments() == []
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.messages[0].attachments[0].available

    store.apply_changes(page("c1", cursor=2))  # the case left the department
    assert store.attachment(PHOTO_SHA) is None
