"""HTTP: what the desktop syncs through: the change feed (pull) and operations (push)."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from investigator_app.intake.changes import current_seq, read_changes
from investigator_app.intake.deps import (
    DatabaseDep,
    InvestigatorActor,
    NotesCipherDep,
    SettingsDep,
    get_notifier,
)
from investigator_app.intake.notifier import ChangeNotifier
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.intake.operations import apply_operations
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
    actor: InvestigatorActor,
    db: DatabaseDep,
    settings: SettingsDep,
    notifier: Annotated[ChangeNotifier, Depends(get_notifier)],
    cipher: NotesCipherDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    wait: Annotated[float, Query(ge=0, le=MAX_WAIT_SECONDS)] = 0,
) -> Response:
    department_id = actor.department_id
    assert department_id is not None  # guaranteed by the investigator dependency
    viewer = Viewer.of(actor)
    page = await run_in_threadpool(read_changes, db, viewer, cursor, limit, cipher)
    if page.changes or page.reset or wait <= 0:
        return _json(page)

    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while (left := deadline - loop.time()) > 0:
        # Woken at once by a commit in this process; otherwise look again shortly
        # (another copy of the service may have committed).
        await notifier.wait(min(settings.poll_interval, left))
        if await request.is_disconnected():
            break
        if await run_in_threadpool(current_seq, db, department_id) > cursor:
            return _json(await run_in_threadpool(read_changes, db, viewer, cursor, limit, cipher))
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
