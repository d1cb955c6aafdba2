"""The GIL starvation behind the desktop's stalls, alone: a thread ticking every 5 ms (as
the GUI thread's timer) next to a worker mixing Python work with calls that let go of the
GIL for a moment (os.stat here; SQLite and sockets do the same).

    uv run python bench/gil_starvation.py [--seconds 3]

Prints the ticking thread's longest gap and 99th percentile per worker: Python work alone;
with a brief release every ~10 ms of work; and with investigator_app.gil.share() in its
loop. On CPython 3.11 the second starves the ticker for seconds; share() (a 0.1 ms sleep at
most every 5 ms) ends that. The desktop's answer for a big sync goes further: its work runs
in a helper process (investigator_app/sync/bulk_pull.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable

from investigator_app.gil import share


def python_work(rounds: int = 20_000) -> int:
    """Rows built and walked, as a page's are: ~10 ms of Python."""
    rows = [(n, "x" * 200) for n in range(rounds)]
    total = 0
    for row in rows:
        total += len(row[1]) + hash(row)
    return total


def work_alone() -> None:
    python_work()


def work_with_brief_releases() -> None:
    os.stat(".")  # lets go of the GIL for a moment, as every SQLite step does
    python_work()


def work_sharing() -> None:
    os.stat(".")
    for _ in range(20):
        python_work(1_000)
        share()


def ticker_gaps(worker: Callable[[], None], seconds: float) -> list[float]:
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            worker()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    gaps: list[float] = []
    last = time.perf_counter()
    end = last + seconds
    while time.perf_counter() < end:
        time.sleep(0.005)
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now
    stop.set()
    thread.join()
    return sorted(gaps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, switch interval {sys.getswitchinterval() * 1000} ms")
    for name, worker in (
        ("Python work alone", work_alone),
        ("with a brief release per 10 ms", work_with_brief_releases),
        ("the same, calling gil.share()", work_sharing),
    ):
        gaps = ticker_gaps(worker, args.seconds)
        print(
            f"{name:34s} ticks {len(gaps):4d}, longest gap {gaps[-1]:7.0f} ms, "
            f"p99 {gaps[int(len(gaps) * 0.99)]:7.0f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
