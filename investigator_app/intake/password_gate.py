"""How many password checks one copy of the service runs at once, and who goes first.

An Argon2 check holds 64 MB and several cores for a tenth of a second or more; without a
cap, a flood of logins (names that do not exist cost a check too, or timing would tell
which names exist) queues gigabytes. The gate lets ``limit`` checks run and keeps
``reserved`` of them for known devices (a bearer token of the account: the idle lock's
unlock, a login presenting its previous token). Others wait a moment in a short queue;
beyond that they are refused at once, and the caller answers with a Retry-After.

Strangers are served by source address, fairly: the waiting attempt whose address had the
fewest recent checks goes first, and may take the place of a waiting attempt of a busier
address when the queue is full. A flood keeps its own addresses busy, not a new device.
An address may have only a few attempts in the gate at once; one that was refused is held
for the Retry-After it was told (1 s), and trying more at once or coming back sooner
doubles the hold (up to 30 s), so a flood that ignores Retry-After turns itself away.
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count
from typing import Literal

HOLD_FIRST = 1.0  # seconds a refused stranger's address is held, doubled per strike
HOLD_MAX = 30.0
HOLD_FORGET = 60.0  # seconds without a refusal after which an address starts afresh
HOLD_GRACE = 0.5  # seconds early that are not held against a client
USAGE_HALF_LIFE = 60.0  # seconds: how fast an address's count of recent checks fades
REMEMBERED = 10_000  # addresses remembered at most, per table (oldest forgotten first)


class GateRefused(Exception):  # noqa: N818  (a refusal, not a failure)
    """``address``: this source address has its share of attempts in the gate, or is held;
    ``busy``: no slot came free in time. ``retry_after`` in seconds."""

    def __init__(self, reason: Literal["address", "busy"], retry_after: int = 1) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


@dataclass(eq=False)
class _Ticket:
    address: str
    usage: float  # the address's recent checks when it joined the queue
    order: int
    evicted: bool = False

    @property
    def rank(self) -> tuple[float, int]:
        return self.usage, self.order


class PasswordGate:
    def __init__(self, limit: int, reserved: int, per_address: int, wait: float) -> None:
        self.limit = limit
        self.reserved = reserved
        self.per_address = per_address
        self.wait = wait
        self.peak = 0  # the most checks that ever ran at once (for benches and tests)
        self._cond = threading.Condition()
        self._running = 0
        self._strangers = 0  # of them, checks not from a known device
        self._by_address: Counter[str] = Counter()  # running or waiting
        self._known: deque[_Ticket] = deque()  # first come, first served
        self._waiting: list[_Ticket] = []  # strangers, served by rank
        self._orders = count()
        # address -> (held until, strikes, last refusal); address -> (usage, when)
        self._holds: OrderedDict[str, tuple[float, int, float]] = OrderedDict()
        self._usage: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def check_room(self, address: str, *, known: bool) -> None:
        """Raise GateRefused now when ``slot`` would refuse: the caller then spends no
        database work (nor a thread) on an attempt it cannot check."""
        with self._cond:
            self._admit(address, known, time.monotonic(), join=False)

    @contextmanager
    def slot(self, address: str, *, known: bool) -> Iterator[None]:
        """Run the block as one of the checks; raises GateRefused when it may not."""
        self._acquire(address, known)
        try:
            yield
        finally:
            with self._cond:
                self._running -= 1
                self._strangers -= 0 if known else 1
                self._leave(address)

    def _admit(self, address: str, known: bool, now: float, *, join: bool) -> _Ticket | None:
        """Refuse, or (``join``) make the attempt's ticket, taking a busier address's place
        in a full queue when it has to."""
        if known:
            # Never held by address (it may be shared, behind NAT); a queue of its own.
            if len(self._known) >= self.limit:
                raise GateRefused("busy")
            return _Ticket(address, 0.0, next(self._orders)) if join else None
        until = self._holds.get(address, (0.0, 0, 0.0))[0]
        if until > now:
            # Back well before the Retry-After it was told (a client's clock and timers
            # are not exact, so not when only a little early): wait longer.
            self._hold(address, now, strike=until - now > HOLD_GRACE)
            raise GateRefused("address", math.ceil(self._holds[address][0] - now))
        if self._by_address[address] >= self.per_address:
            self._hold(address, now, strike=True)
            raise GateRefused("address")
        usage = self._recent_checks(address, now)
        if len(self._waiting) >= self.limit:
            busiest = max(self._waiting, key=lambda ticket: ticket.rank)
            if busiest.usage <= usage:
                self._hold(address, now, strike=False)
                raise GateRefused("busy")
            if join:  # it gives way, and hears "busy" when it wakes
                busiest.evicted = True
                self._waiting.remove(busiest)
                self._cond.notify_all()
        return _Ticket(address, usage, next(self._orders)) if join else None

    def _may_run(self, ticket: _Ticket, known: bool) -> bool:
        if self._running >= self.limit:
            return False
        if known:
            return self._known[0] is ticket
        # Strangers leave the reserved slots free, and let waiting known devices go first.
        return (
            self._strangers < self.limit - self.reserved
            and not self._known
            and min(self._waiting, key=lambda waiting: waiting.rank) is ticket
        )

    def _acquire(self, address: str, known: bool) -> None:
        with self._cond:
            now = time.monotonic()
            ticket = self._admit(address, known, now, join=True)
            assert ticket is not None
            if known:
                self._known.append(ticket)
            else:
                self._waiting.append(ticket)
            self._by_address[address] += 1
            deadline = now + self.wait
            try:
                while not (not ticket.evicted and self._may_run(ticket, known)):
                    remaining = deadline - time.monotonic()
                    if ticket.evicted or remaining <= 0:
                        raise GateRefused("busy")
                    self._cond.wait(remaining)
            except BaseException:
                if ticket in (self._known if known else self._waiting):
                    (self._known if known else self._waiting).remove(ticket)
                self._leave(address)
                raise
            (self._known if known else self._waiting).remove(ticket)
            self._running += 1
            if not known:
                self._strangers += 1
                self._count_check(address, time.monotonic())
            self.peak = max(self.peak, self._running)

    def _leave(self, address: str) -> None:
        self._by_address[address] -= 1
        if self._by_address[address] <= 0:
            del self._by_address[address]
        self._cond.notify_all()

    def _hold(self, address: str, now: float, *, strike: bool) -> None:
        """Hold ``address`` for the Retry-After it is given (1 s), or after a strike for
        1 s doubling per strike."""
        until, strikes, last = self._holds.pop(address, (0.0, 0, 0.0))
        if now - last > HOLD_FORGET:
            strikes = 0
        if strike:
            strikes += 1
        wait = min(HOLD_FIRST * 2 ** min(max(strikes - 1, 0), 16), HOLD_MAX)
        self._holds[address] = (max(until, now + wait), strikes, now)
        while len(self._holds) > REMEMBERED:
            self._holds.popitem(last=False)

    def _recent_checks(self, address: str, now: float) -> float:
        usage, when = self._usage.get(address, (0.0, now))
        faded: float = usage * 0.5 ** ((now - when) / USAGE_HALF_LIFE)
        return faded

    def _count_check(self, address: str, now: float) -> None:
        usage = self._recent_checks(address, now) + 1.0
        self._usage.pop(address, None)
        self._usage[address] = (usage, now)
        while len(self._usage) > REMEMBERED:
            self._usage.popitem(last=False)
