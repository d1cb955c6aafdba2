"""How fast this machine runs Python, single-threaded: a yardstick for the other figures.

    uv run python bench/machine_speed.py

Machines of one kind differ: on the same "2-core" kind the test suite took 7 minutes one
day and 14 the next, with the same code. Quote this beside a suite time or a benchmark so
that figures from different days can be compared. Prints the best of five of three loops of
plain Python (an integer sum, building and sorting rows, dict work) and one Argon2 hash as
the service makes it. Run it on a quiet machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from investigator_app.intake.passwords import hash_password


def integer_sum() -> None:
    total = 0
    for number in range(5_000_000):
        total += number


def rows_sorted() -> None:
    rows = [(f"1700-2026-{n:06d}", n % 7, str(n) * 3) for n in range(200_000)]
    rows.sort(key=lambda row: (row[1], row[0]))


def dict_work() -> None:
    seen: dict[str, int] = {}
    for n in range(500_000):
        key = f"case-{n % 5_000}"
        seen[key] = seen.get(key, 0) + 1


def one_argon2_hash() -> None:
    hash_password("a passphrase of the usual length")


def best_of(work: Callable[[], None], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    loops = {
        name: best_of(work)
        for name, work in [
            ("integer sum, 5 M additions", integer_sum),
            ("200,000 rows built and sorted", rows_sorted),
            ("500,000 dict updates", dict_work),
        ]
    }
    for name, seconds in loops.items():
        print(f"{name:32} {seconds * 1000:7.0f} ms")
    print(f"{'the three together':32} {sum(loops.values()) * 1000:7.0f} ms")
    argon2 = best_of(one_argon2_hash, rounds=3)
    print(f"{'one Argon2 hash (the service)':32} {argon2 * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
