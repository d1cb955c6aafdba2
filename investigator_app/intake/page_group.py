"""Long-polls woken together read their page together.

A forward wakes every long-poll of its department on a copy at once, all at the same
cursor. Reading the page for each of them in turn (about 9 ms of CPU each) would keep the
last one waiting for seconds; instead the long-polls woken in the same turn of the event
loop with the same (department, cursor, limit) join one group, whose page is read once
(changes.read_changes_for) in one threadpool call, and each gets the page as it sees it,
as JSON: a page that several viewers see alike (all but those the page involves,
visibility.view_class) is serialised once, in that same call, off the event loop. A group
waits for nobody: it starts at the next turn of the loop.
"""

from __future__ import annotations

import asyncio
import weakref
from dataclasses import dataclass, field

from fastapi.concurrency import run_in_threadpool

from investigator_app.intake.changes import read_changes_for
from investigator_app.intake.db import Database
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.snapshots import Viewer

# What a group shares: the app's database and notes key (by identity: several apps may
# share a loop in tests), the department, the cursor and the page size.
_Key = tuple[int, int, int, int, int]


@dataclass
class _Group:
    db: Database
    cipher: NoteCipher | None
    cursor: int
    limit: int
    viewers: set[Viewer] = field(default_factory=set)
    pages: asyncio.Future[dict[Viewer, bytes]] | None = None


_reading: set[asyncio.Task[None]] = set()

# One table of open groups per event loop (a copy's worker has one loop).
_open: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[_Key, _Group]] = (
    weakref.WeakKeyDictionary()
)


async def read_changes_together(
    db: Database, viewer: Viewer, cursor: int, limit: int, cipher: NoteCipher | None
) -> bytes:
    """read_changes(db, viewer, cursor, limit, cipher) as JSON, shared with the other
    callers of this turn of the event loop that ask for the same page of the same
    department."""
    loop = asyncio.get_running_loop()
    groups = _open.setdefault(loop, {})
    key = (id(db), id(cipher), viewer.department_id, cursor, limit)
    group = groups.get(key)
    if group is None:
        group = groups[key] = _Group(db, cipher, cursor, limit)
        group.pages = loop.create_future()
        loop.call_soon(_start, groups, key, group)
    group.viewers.add(viewer)
    assert group.pages is not None
    # Shielded: one caller going away must not cancel the read the others wait for.
    pages = await asyncio.shield(group.pages)
    return pages[viewer]


def _start(groups: dict[_Key, _Group], key: _Key, group: _Group) -> None:
    """Close the group to newcomers and read its page in the threadpool."""
    if groups.get(key) is group:
        del groups[key]
    # The loop keeps only a weak reference to a task: ours is held until it is done.
    task = asyncio.ensure_future(_read(group))
    _reading.add(task)
    task.add_done_callback(_reading.discard)


async def _read(group: _Group) -> None:
    assert group.pages is not None
    try:
        pages = await run_in_threadpool(
            _read_as_json, group.db, list(group.viewers), group.cursor, group.limit, group.cipher
        )
    except asyncio.CancelledError:  # the loop is closing: so are the waiters
        group.pages.cancel()
        raise
    except Exception as error:  # every waiter gets the failure, as it would alone
        if not group.pages.done():
            group.pages.set_exception(error)
        return
    if not group.pages.done():
        group.pages.set_result(pages)


def _read_as_json(
    db: Database, viewers: list[Viewer], cursor: int, limit: int, cipher: NoteCipher | None
) -> dict[Viewer, bytes]:
    pages = read_changes_for(db, viewers, cursor, limit, cipher)
    # Viewers who see the page alike share one page object: one serialisation each.
    serialised: dict[int, bytes] = {}
    for page in pages.values():
        if id(page) not in serialised:
            serialised[id(page)] = page.model_dump_json().encode()
    return {viewer: serialised[id(page)] for viewer, page in pages.items()}
