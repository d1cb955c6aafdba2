"""A local store with many fictional cases, built through the store's own code and cached.

Used by ``store_scale_bench.py``. The cases come as the service sends them (``CaseOut`` in
feed pages of 1,000) and go through ``LocalStore.apply_page``: sealed, indexed and written
exactly as a sync writes them. Building 100,000 takes minutes, so the built file and its
data key are kept in the system's temporary folder under a name that holds ``BUILD`` (bump
it when the data below changes), the store's newest migration and the count; a later run
copies that file. The data key is fictional too: the store holds nothing but these cases.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from investigator_app.domain.events import EventKind
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Outcome,
    ReporterKind,
    Role,
    Status,
)
from investigator_app.protocol import (
    CaseEventOut,
    CaseOut,
    ChangeOut,
    ChangesResponse,
    DepartmentOut,
    MeResponse,
    MessageOut,
    PersonOut,
    UserOut,
)
from investigator_app.store import LocalStore
from investigator_app.vault.cipher import new_key

BUILD = 2
PAGE = 1_000
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ME = PersonOut(id="u-me", display_name="An Peeters", role=Role.INVESTIGATOR)
COLLEAGUES = [ME] + [
    PersonOut(id=f"u-{n}", display_name=name, role=Role.INVESTIGATOR)
    for n, name in enumerate(
        [
            "Jonas Maes",
            "Sofie Wouters",
            "Pieter Claes",
            "Lotte Janssens",
            "Wout Goossens",
            "Els Vermeulen",
            "Bram De Smet",
            "Nele Jacobs",
            "Tom Willems",
            "Ine Peeters",
        ]
    )
]
_SYLLABLES = [
    "aan",
    "be",
    "ver",
    "ge",
    "ont",
    "over",
    "on",
    "der",
    "wer",
    "king",
    "stad",
    "ge",
    "meen",
    "te",
    "raad",
    "plan",
    "ning",
    "bouw",
    "weg",
    "en",
    "sub",
    "si",
    "die",
    "con",
    "tract",
    "leve",
    "ran",
    "cier",
    "fac",
    "tuur",
    "kos",
    "ten",
    "be",
    "taal",
    "ma",
    "tig",
    "heid",
    "dienst",
    "hoofd",
    "amb",
    "te",
    "naar",
    "per",
    "so",
    "neel",
    "toe",
    "zicht",
    "aan",
    "bes",
    "te",
    "ding",
    "ver",
    "gun",
    "ning",
    "in",
    "spec",
    "tie",
    "ka",
    "bi",
    "net",
]
_KINDS = ("Gemeente", "Agentschap", "OCMW", "Stad", "Departement", "Intercommunale")
# Most of a department's cases over the years are closed; the rest is in its hands.
_STATUSES = [Status.CLOSED] * 17 + [
    Status.FORWARDED,
    Status.ACKNOWLEDGED,
    Status.ASSESSING,
    Status.INVESTIGATING,
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


class _Texts:
    """A fixed vocabulary of made-up Dutch-sounding words, entities and people."""

    def __init__(self, rng: random.Random) -> None:
        self.words = [_word(rng) for _ in range(3_000)]
        self.entities = [f"{rng.choice(_KINDS)} {_word(rng).capitalize()}" for _ in range(400)]
        self.people = [
            f"{_word(rng).capitalize()[:1]}. {_word(rng).capitalize()}" for _ in range(2_000)
        ]

    def sentence(self, rng: random.Random, length: int) -> str:
        return " ".join(rng.choice(self.words) for _ in range(length)).capitalize() + "."


def _case(n: int, rng: random.Random, texts: _Texts) -> CaseOut:
    case_id = f"scale-{n:06d}"
    received = NOW - timedelta(days=rng.uniform(1, 8 * 365))
    status = rng.choice(_STATUSES)
    acknowledged = (
        received + timedelta(days=rng.uniform(0.5, 6))
        if status not in (Status.FORWARDED,)
        else None
    )
    closed = status is Status.CLOSED
    assignee = rng.choice(COLLEAGUES) if status is not Status.FORWARDED else None
    messages: list[MessageOut] = []
    if not closed and rng.random() < 0.1:  # an open question to the reporter
        messages.append(
            MessageOut(
                id=f"{case_id}-m1",
                kind=MessageKind.INFO_REQUEST,
                state=MessageState.SENT,
                body=texts.sentence(rng, 12),
                author=ME.display_name,
                created_at=NOW - timedelta(days=3),
                answer_due=date(2026, 12, 10) - timedelta(days=rng.randint(0, 20)),
            )
        )
    events = [
        CaseEventOut(
            id=f"{case_id}-e{k}",
            at=received + timedelta(hours=k + 1),
            actor="1700" if k == 0 else ME.display_name,
            kind=EventKind.FORWARDED if k == 0 else EventKind.ASSIGNED,
            from_status=Status.REGISTERED if k == 0 else None,
            to_status=Status.FORWARDED if k == 0 else None,
        )
        for k in range(rng.randint(1, 4))
    ]
    return CaseOut(
        id=case_id,
        reference=f"1700-{received.year}-{n + 1:06d}",
        version=len(events),
        department="ABB",
        status=status,
        outcome=rng.choice(list(Outcome)) if closed else None,
        channel=rng.choice(list(Channel)),
        category=rng.choice(list(Category)),
        received_at=received,
        forwarded_at=received + timedelta(hours=1),
        acknowledged_at=acknowledged,
        closed_at=received + timedelta(days=rng.uniform(30, 300)) if closed else None,
        summary=texts.sentence(rng, rng.randint(4, 9)),
        description=" ".join(texts.sentence(rng, rng.randint(8, 16)) for _ in range(3)),
        involved_entity=rng.choice(texts.entities),
        involved_persons=[rng.choice(texts.people) for _ in range(rng.randint(0, 2))],
        reporter_kind=rng.choice(list(ReporterKind)),
        assignee=assignee,
        events=events,
        messages=messages,
        feedback_sent_at=None,
    )


def identity() -> MeResponse:
    department = DepartmentOut(
        code="ABB", name="Agentschap Binnenlands Bestuur", ack_days=7, feedback_months=3
    )
    return MeResponse(
        user=UserOut(
            id=ME.id,
            username="an.peeters",
            display_name=ME.display_name,
            role=ME.role,
            department=department,
        ),
        colleagues=COLLEAGUES,
    )


def _pages(count: int) -> Iterator[ChangesResponse]:
    rng = random.Random(20261126)
    texts = _Texts(rng)
    for start in range(0, count, PAGE):
        end = min(start + PAGE, count)
        changes = [
            ChangeOut(seq=n + 1, case_id=case.id, deleted=False, case=case)
            for n in range(start, end)
            for case in [_case(n, rng, texts)]
        ]
        yield ChangesResponse(
            changes=changes, cursor=end, has_more=end < count, remaining=count - end
        )


def build(path: Path, key: bytes, count: int) -> None:
    store = LocalStore.open(path, key)
    try:
        store.set_identity(identity())
        for page in _pages(count):
            store.apply_page(page)
        store.mark_synced(NOW)
    finally:
        store.close()


def _cache_dir(count: int) -> Path:
    migrations = Path(__file__).parents[1] / "investigator_app" / "store" / "migrations"
    newest = max(p.name.split("_")[0] for p in (migrations / "versions").glob("[0-9]*.py"))
    return Path(tempfile.gettempdir()) / "investigator-store-scale" / f"b{BUILD}-m{newest}-{count}"


def scale_store(count: int, into: Path, *, rebuild: bool = False) -> tuple[Path, bytes]:
    """A store file with ``count`` cases in the folder ``into``, and its data key."""
    cached = _cache_dir(count)
    if rebuild:
        shutil.rmtree(cached, ignore_errors=True)
    if not (cached / "done").exists():
        shutil.rmtree(cached, ignore_errors=True)
        cached.mkdir(parents=True)
        key = new_key()
        started = time.perf_counter()
        print(f"building a store of {count} cases (cached in {cached}) ...", flush=True)
        build(cached / "store.sqlite3", key, count)
        (cached / "key").write_bytes(key)
        (cached / "done").touch()
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    into.mkdir(parents=True, exist_ok=True)
    target = into / "store.sqlite3"
    shutil.copyfile(cached / "store.sqlite3", target)
    return target, (cached / "key").read_bytes()
