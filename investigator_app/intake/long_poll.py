"""A long-poll's wait: until its department's feed passes the cursor, the wait is over, or
the client goes away.

While the copy hears every copy's changes (notifier.listening: the PostgreSQL listener is
up) the wait makes no query at all: it sleeps until the notifier wakes it for a change of
its department past its cursor (then the caller reads the page), or for a change of the
listener's state (then it looks at the department's counter once). Otherwise (SQLite, or
the listening connection is lost) it also looks every ``poll_interval`` seconds, since a
change committed by another process may not reach the notifier.
"""

from __future__ import annotations

import asyncio
import logging

from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request

from investigator_app.intake.changes import current_seq
from investigator_app.intake.db import Database
from investigator_app.intake.notifier import ChangeNotifier, Subscription

log = logging.getLogger("investigator_app.intake.long_poll")


async def wait_for_news(
    request: Request,
    db: Database,
    notifier: ChangeNotifier,
    subscription: Subscription,
    wait: float,
    poll_interval: float,
) -> bool:
    """True as soon as the department's feed is past the subscription's cursor; False when
    ``wait`` seconds passed or the client went away first. ``subscription`` must have been
    made before the caller's last read of the feed, so nothing committed after it is missed.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    watcher = asyncio.create_task(_until_disconnected(request, subscription))
    try:
        while (left := deadline - loop.time()) > 0:
            listening = notifier.listening
            woken = await subscription.wait(left if listening else min(poll_interval, left))
            if subscription.ended:
                return False
            if listening and not woken:
                continue  # nothing came: the wait is over (the loop's condition ends it)
            if subscription.news:
                return True  # a committed change past the cursor: no need to look
            seq = await run_in_threadpool(current_seq, db, subscription.department_id)
            if seq > subscription.cursor:
                return True
        return False
    finally:
        watcher.cancel()


async def _until_disconnected(request: Request, subscription: Subscription) -> None:
    """End the subscription when the client goes away: its wait need not run to the end.
    (The request has no body to read: anything but the disconnect is passed over.)"""
    try:
        while (await request.receive())["type"] != "http.disconnect":
            pass
    except Exception:  # the server could not say: take it as gone, as it would be
        log.debug("the long-poll's connection failed", exc_info=True)
    subscription.end()
