"""HTTP: what the desktop syncs through: the change feed (pull) and operations (push)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from investigator_app.intake.changes import nothing_after, read_changes
from investigator_app.intake.deps import (
    DatabaseDep,
    DepartmentCaller,
    InvestigatorActor,
    NotesCipherDep,
    SettingsDep,
    get_database,
    get_notes_cipher,
    get_notifier,
    get_settings,
)
from investigator_app.intake.long_poll import wait_for_news
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.intake.operations import apply_operations
from investigator_app.intake.page_group import read_changes_together
from investigator_app.intake.snapshots import Viewer
from investigator_app.operations import OperationsRequest, OperationsResponse
from investigator_app.protocol import (
    DEFAULT_PAGE,
    MAX_PAGE,
    MAX_WAIT_SECONDS,
    ChangesResponse,
)

router = APIRouter(tags=["desktop sync"], responses=error_answers(403))

_ROLE_DOC = (
    " Only investigators and managers of a department (403 forbidden_role otherwise); "
    "everything is limited to the caller's department."
)


def _json(model: ChangesResponse) -> Response:
    # Serialise once, directly: a page of 1000 cases is validated when it is built and
    # need not be validated again on the way out.
    return Response(content=model.model_dump_json(), media_type="application/json")


@router.get(
    "/changes",
    response_model=ChangesResponse,
    summary="Changes to the department's cases after a cursor",
    description=(
        "Returns up to `limit` changes with a position (`seq`) after `cursor`, oldest "
        "first, each with the case as it is now (a tombstone, `deleted: true`, when the "
        "case left the department). Pass the returned `cursor` back to continue; "
        "`has_more` and `remaining` tell how much is left. With `wait` > 0 and nothing "
        "new, the request waits up to `wait` seconds and answers as soon as something "
        "arrives (long-poll). A cursor ahead of the service answers `reset: true`: drop "
        "the local copy and start again at 0. Each case is as the caller sees it: the notes "
        "they may read, their own conflict-of-interest declaration; a case they recused "
        "from is a tombstone." + _ROLE_DOC
    ),
)
async def get_changes(
    request: Request,
    caller: DepartmentCaller,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    wait: Annotated[float, Query(ge=0, le=MAX_WAIT_SECONDS)] = 0,
) -> Response:
    # The desktops' most frequent request: one dependency (the token check), the app's
    # state read directly, as FastAPI's cost per dependency solved adds up here.
    actor = caller.actor
    db, settings = get_database(request), get_settings(request)
    notifier, cipher = get_notifier(request), get_notes_cipher(request)
    department_id = actor.department_id
    assert department_id is not None  # guaranteed by the investigator dependency
    viewer = Viewer.of(actor)
    if wait <= 0:
        if cursor == caller.feed_seq:
            # Up to date when the token was checked (same query): the page read_changes
            # would give, without another visit to the database or the threadpool.
            return _json(nothing_after(cursor))
        return _json(await run_in_threadpool(read_changes, db, viewer, cursor, limit, cipher))
    # Subscribed before the first read: a change committed after that read wakes it.
    with notifier.subscribe(department_id, cursor) as subscription:
        # A desktop asking again after its page is usually up to date as the token check
        # read it. That read stands in for the first one when a change committed after it
        # cannot have gone unheard: the listener has heard every copy since before it (so
        # such a change was heard already, subscription.behind, or will wake this one).
        up_to_date = (
            cursor == caller.feed_seq
            and not subscription.behind
            and notifier.heard_everything_since(caller.checked_at)
        )
        if up_to_date:
            page = nothing_after(cursor)
        else:
            page = await run_in_threadpool(read_changes, db, viewer, cursor, limit, cipher)
            if page.changes or page.reset:
                return _json(page)
        if await wait_for_news(request, db, notifier, subscription, wait, settings.poll_interval):
            # Woken with the department's other long-polls: their page is read once.
            body = await read_changes_together(db, viewer, cursor, limit, cipher)
            return Response(content=body, media_type="application/json")
    return _json(page)


@router.post(
    "/operations",
    response_model=OperationsResponse,
    summary="Apply a batch of operations from the desktop's outbox",
    description=(
        "Applies each operation in order, each in its own transaction, exactly once: a "
        "resent `op_id` gets the stored answer again. `applied` comes with the new case; "
        "`conflict` (the case changed since `base_version`) with the current case; "
        "`rejected` with a message (not allowed now, or `case not found`, which is also "
        "the answer for cases of other departments). Lifecycle actions conflict only when "
        "the status, outcome or assignee changed after `base_version`; message actions "
        "(request_info, send_feedback, remind, cancel_request) never conflict. Each "
        "operation carries exactly the fields of its `action` (investigator_app.operations); "
        "a missing one, or one the action does not take, is a 422 for the batch. request_info "
        "needs `message` with `answer_due` (today .. one year ahead, Brussels); "
        "send_feedback needs `message`; acknowledge may carry `message` (the letter); "
        "remind and cancel_request name the request in `target_message_id`. add_note and "
        "edit_note carry `note` (edit: only the author's own note); declare_no_conflict and "
        "recuse (optional `reason`) never conflict either; a recusal answers without the "
        "case, which is hidden from the caller from then on." + _ROLE_DOC
    ),
)
def post_operations(
    body: OperationsRequest,
    actor: InvestigatorActor,
    db: DatabaseDep,
    settings: SettingsDep,
    cipher: NotesCipherDep,
) -> OperationsResponse:
    results = apply_operations(db, actor, list(body.operations), settings.relay, cipher)
    return OperationsResponse(results=results)
