"""Handing the GIL to the GUI thread while a worker thread works through many items.

On CPython 3.11 a thread that mixes Python work with calls that let go of the GIL for a
moment (SQLite, the file system, sockets) can keep another thread from the GIL for seconds:
each moment wakes the waiting thread, the worker takes the GIL back before it runs, and
the waiter's request to be handed the GIL is dropped. A worker syncing a page into the
store is such a thread, and the GUI thread waited 100-170 ms for it
(bench/gil_starvation.py shows the effect alone; bench/gui_stall_bench.py in the app).
A real sleep, however short, hands the GIL over for certain: worker loops call
``share()`` per item, which sleeps 0.1 ms at most every 5 ms of the thread's running.
"""

from __future__ import annotations

import threading
import time

SLICE = 0.005  # seconds a thread may run between two hand-overs
PAUSE = 0.0001  # seconds of each hand-over


class _LastShared(threading.local):
    at = 0.0


_last = _LastShared()


def share() -> None:
    """Let other threads have the GIL if this one ran for SLICE since it last did."""
    now = time.perf_counter()
    if now - _last.at >= SLICE:
        time.sleep(PAUSE)
        _last.at = time.perf_counter()
