"""Wakes this process's waiting long-polls, per department.

Two sources tell it about feed changes: this process's own commits (Database.on_feed_change,
at once, on both databases) and, on PostgreSQL, the copy's FeedListener, which hears the
commits of every copy through LISTEN/NOTIFY. A change is "department id -> its newest feed
position"; only the long-polls of that department whose cursor is below it wake.

``listening`` says whether the listener hears every copy right now. While it does not
(SQLite, or the listening connection is lost) a long-poll also looks at the database every
``poll_interval``. Every change of that state wakes every long-poll once, so that one that
waited on the listener checks its department after a gap in listening.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterable, Iterator, Mapping

FeedChanges = Mapping[int, int]  # department id -> its newest feed position


class Subscription:
    """One long-poll's claim to be woken; made on the event loop that waits."""

    def __init__(self, department_id: int, cursor: int, loop: asyncio.AbstractEventLoop) -> None:
        self.department_id = department_id
        self.cursor = cursor
        self.loop = loop
        self.event = asyncio.Event()
        self.ended = False  # the client went away
        self.waiting = False  # inside wait() now
        self.news = False  # woken by a change past the cursor (not by the listener's state)
        self.behind = False  # a change past the cursor had been heard when it was made

    async def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for a wake-up; True when one came. The wake-up is
        used up: one arriving after this returns wakes the next wait."""
        self.waiting = True
        try:
            async with asyncio.timeout(timeout):
                await self.event.wait()
        except TimeoutError:
            return False
        finally:
            self.waiting = False
        self.event.clear()
        return True

    def end(self) -> None:
        """The client went away: stop waiting (call on the subscription's loop)."""
        self.ended = True
        self.event.set()


class ChangeNotifier:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscriptions: dict[int, set[Subscription]] = {}
        self._listening = False
        self._listening_since: float | None = None  # time.monotonic() of LISTEN
        self._newest: dict[int, int] = {}  # department id -> the newest position heard

    @property
    def listening(self) -> bool:
        """True while the listener hears the commits of every copy."""
        return self._listening

    def heard_everything_since(self, moment: float) -> bool:
        """Whether every copy's commits since ``moment`` (time.monotonic()) reach this
        notifier: the listener has listened, without a break, since before it."""
        with self._lock:
            return self._listening_since is not None and self._listening_since <= moment

    def newest_heard(self, department_id: int) -> int:
        """The department's newest feed position this notifier heard of (0: none yet)."""
        with self._lock:
            return self._newest.get(department_id, 0)

    @contextlib.contextmanager
    def subscribe(self, department_id: int, cursor: int) -> Iterator[Subscription]:
        """Be woken by changes of the department past ``cursor``, for the block. Subscribe
        before reading the feed: a change committed after that read then wakes it."""
        subscription = Subscription(department_id, cursor, asyncio.get_running_loop())
        with self._lock:
            self._subscriptions.setdefault(department_id, set()).add(subscription)
            subscription.behind = self._newest.get(department_id, 0) > cursor
        try:
            yield subscription
        finally:
            with self._lock:
                waiting = self._subscriptions.get(department_id)
                if waiting is not None:
                    waiting.discard(subscription)
                    if not waiting:
                        del self._subscriptions[department_id]

    def notify(self, changes: FeedChanges) -> None:
        """Wake the long-polls these changes are news to; callable from any thread."""
        with self._lock:
            for department_id, seq in changes.items():
                if seq > self._newest.get(department_id, 0):
                    self._newest[department_id] = seq
            due = [
                subscription
                for department_id, seq in changes.items()
                for subscription in self._subscriptions.get(department_id, ())
                if subscription.cursor < seq
            ]
            for subscription in due:
                subscription.news = True
        _wake(due)

    def set_listening(self, listening: bool) -> None:
        """The listener's state changed: every long-poll checks once (callable from any
        thread)."""
        with self._lock:
            self._listening = listening
            self._listening_since = time.monotonic() if listening else None
            everyone = [s for waiting in self._subscriptions.values() for s in waiting]
        _wake(everyone)

    def waiting(self) -> int:
        """How many long-polls wait now (past their first read, in their wait)."""
        with self._lock:
            return sum(s.waiting for subs in self._subscriptions.values() for s in subs)


def _wake(subscriptions: Iterable[Subscription]) -> None:
    # One hop per event loop, not per waiter: a department may have thousands waiting.
    by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Event]] = {}
    for subscription in subscriptions:
        by_loop.setdefault(subscription.loop, []).append(subscription.event)
    for loop, events in by_loop.items():
        with contextlib.suppress(RuntimeError):  # that loop has been closed meanwhile
            loop.call_soon_threadsafe(_set_all, events)


def _set_all(events: list[asyncio.Event]) -> None:
    for event in events:
        event.set()
