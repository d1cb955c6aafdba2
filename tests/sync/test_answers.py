"""A reporter's answer reaching the desktop through the real service: the runner announces
it (answers_arrived), the case is unread, and the thread shows the answer."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from investigator_app.domain.lifecycle import Action
from investigator_app.domain.messages import MessageState
from investigator_app.store import LocalStore
from investigator_app.sync.runner import SyncRunner
from tests.support.operations import queue_action
from tests.sync.service_fixture import INVESTIGATOR, OPERATOR, Deployment

TIMEOUT_MS = 10_000


@pytest.fixture
def runner(deployment: Deployment, store: LocalStore) -> Iterator[SyncRunner]:
    made = SyncRunner(
        store.path, deployment.base_url, deployment.token(INVESTIGATOR), backoff=(0.2, 1.0)
    )
    yield made
    made.stop()


def test_an_answer_logged_by_1700_arrives_announced_and_unread(
    qtbot: QtBot, deployment: Deployment, store: LocalStore, runner: SyncRunner
) -> None:
    case_id = deployment.forward_case()
    with qtbot.waitSignal(runner.sync_finished, timeout=TIMEOUT_MS):
        runner.start()
    now = datetime.now(UTC)
    queue_action(store, case_id, Action.ACKNOWLEDGE, made_at=now)
    message_id = uuid.uuid4()
    queue_action(
        store,
        case_id,
        Action.REQUEST_INFO,
        made_at=now,
        message_id=message_id,
        body="Wanneer vond de reis plaats?",
        answer_due=date.today() + timedelta(days=14),
    )
    runner.request_push()
    qtbot.waitUntil(lambda: store.pending_count() == 0, timeout=TIMEOUT_MS)

    # The reporter of report_json has no e-mail address: 1700 phones and logs the answer.
    with deployment.http(OPERATOR) as desk:
        wanted = desk.get("/intake/phone-requests").json()
        assert [r["message_id"] for r in wanted] == [str(message_id)]
        with qtbot.waitSignal(runner.answers_arrived, timeout=TIMEOUT_MS) as arrived:
            response = desk.post(
                f"/intake/messages/{message_id}/answer", json={"answer": "In mei, met de bus."}
            )
            assert response.status_code == 204, response.text
    assert arrived.args[0] == [case_id]

    detail = store.detail(case_id, datetime.now(UTC))
    assert detail is not None and detail.unread
    [message] = detail.messages
    assert (message.state, message.answer, message.answer_channel) == (
        MessageState.ANSWERED,
        "In mei, met de bus.",
        "phone",
    )
    assert not store.list_summaries(datetime.now(UTC))[0].awaiting_answer
