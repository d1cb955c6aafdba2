"""The list's rows of cases without queued actions are built straight from their columns
(list_reads._plain_summary, for 100,000 cases at once); they must be exactly what the
overlay's way (list_reads._summary, for cases with queued actions) makes of them."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

from sqlalchemy import select

from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.protocol import CaseOut
from investigator_app.store import LocalStore, conversation, list_reads
from investigator_app.store.identity import deadline_policy
from investigator_app.store.my_tasks import my_task_dues
from investigator_app.store.outbox import colleague_names
from investigator_app.store.views import CaseSummary
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, make_case, page
from tests.store.investigation_factory import investigating, task
from tests.store.message_factory import answered, case_with, request

NOW = RECEIVED + timedelta(days=40)


def varied_cases() -> list[CaseOut]:
    return [
        make_case("new"),  # forwarded, not opened: new, acknowledgement due
        make_case("ack", status=Status.ACKNOWLEDGED, acknowledged_at=RECEIVED, assignee=ME),
        make_case("theirs", status=Status.ASSESSING, acknowledged_at=RECEIVED, assignee=COLLEAGUE),
        make_case("closed", status=Status.CLOSED, outcome=Outcome.UNFOUNDED),
        case_with(request("m1", due=date(2026, 3, 20)), case_id="asked"),  # overdue request
        case_with(answered(request("m2")), case_id="answered"),
        investigating("tasks", tasks=(task("t1"), task("t2"))),
        make_case("recused").model_copy(update={"needs_reassignment": True}),
    ]


def test_the_fast_rows_equal_the_overlay_rows(store: LocalStore) -> None:
    store.apply_changes(page(*varied_cases(), cursor=8))
    fast = {row.id: row for row in store.list_summaries(NOW)}
    assert len(fast) == 8
    with store.engine.begin() as conn:
        sealer = store._sealer  # the store's own, as list_reads gets it
        me = ME.id
        requests = conversation.open_requests(conn, None, {})
        rows = list(conn.execute(select(*list_reads._SUMMARY_COLUMNS)))
        dues = my_task_dues(conn, sealer, None, {}, rows)
        policy = deadline_policy(conn)
        names = colleague_names(conn)
        slow = {
            row.id: list_reads._summary(
                sealer,
                row,
                [],
                names,
                me,
                set(),
                policy,
                NOW,
                requests.get(row.id),
                dues.get(row.id, []),
            )
            for row in rows
        }
    assert set(slow) == set(fast)
    for case_id, row in fast.items():
        for field in fields(CaseSummary):
            assert getattr(row, field.name) == getattr(slow[case_id], field.name), (
                case_id,
                field.name,
            )
    assert fast == slow  # and as whole objects
    assert fast["asked"].overdue_request and fast["tasks"].my_open_tasks == 2
    assert fast["new"].new and fast["ack"].assigned_to_me and fast["recused"].needs_reassignment
    assert len({row.search_key for row in fast.values()}) == 8
