"""Confidential notes survive a client killed while it sends them: every note reaches the
service exactly once, none is lost, none doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

from investigator_app.store.files import store_path
from investigator_app.store.local_store import LocalStore
from investigator_app.vault.keys import DataKeyStore
from tests.support.world import ABB, AN, World

NOTES = 30

# Queues NOTES notes on one case, then sends them one per request (as the runner does for
# one case), slowly enough that the test can kill it half-way.
_WRITE_AND_SEND = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from investigator_app.domain.notes import NoteVisibility
    from investigator_app.store.local_store import LocalStore
    from investigator_app.sync.api import ApiClient

    path, case_id, key, base_url, token, count = sys.argv[1:7]
    store = LocalStore.open(Path(path), bytes.fromhex(key))
    for number in range(int(count)):
        store.add_note(
            case_id, f"Notitie {number:02d}", NoteVisibility.ONLY_ME, datetime.now(UTC)
        )
    print("queued", flush=True)
    with ApiClient(base_url, token) as client:
        while ops := store.pending_operations(1):
            store.settle(client.push(ops))
            time.sleep(0.05)
    print("all sent", flush=True)
    """
)


def service_notes(world: World, case_id: str) -> list[str]:
    return [note["body"] for note in world.case(AN, case_id)["notes"]]


def test_notes_sent_by_a_client_killed_half_way_arrive_exactly_once(
    qtbot, world: World, desktops, tmp_path: Path
) -> None:
    created = world.register_and_forward(ABB)
    case_id = created["id"]
    an = desktops(AN)
    qtbot.waitUntil(lambda: created["reference"] in an.references(), timeout=10_000)
    path = store_path(an.data_dir, world.base_url, AN)
    key = DataKeyStore(an.tokens.backend).load(world.base_url, AN)
    assert key is not None
    an.close()

    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _WRITE_AND_SEND,
            str(path),
            case_id,
            key.hex(),
            world.base_url,
            world.token(AN),
            str(NOTES),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "queued"
        deadline = time.monotonic() + 30
        while len(service_notes(world, case_id)) < NOTES // 3:
            assert time.monotonic() < deadline, "the notes never started to arrive"
            time.sleep(0.02)
        writer.send_signal(signal.SIGKILL)  # mid-way: some sent, maybe one unanswered
        assert writer.wait(timeout=30) == -signal.SIGKILL
    finally:
        if writer.poll() is None:
            writer.kill()
    arrived = service_notes(world, case_id)
    assert NOTES // 3 <= len(arrived) < NOTES  # really killed during the sync

    # Nothing lost on the workstation: what had not been confirmed is still queued.
    store = LocalStore.open(path, key)
    try:
        assert 0 < store.pending_count() <= NOTES - len(arrived) + 1
    finally:
        store.close()

    # The next start sends the rest; a note the service had already taken is not doubled.
    again = desktops(AN)
    qtbot.waitUntil(lambda: again.workspace.store.pending_count() == 0, timeout=20_000)
    expected = [f"Notitie {number:02d}" for number in range(NOTES)]
    assert sorted(service_notes(world, case_id)) == expected

    def shown_notes() -> list[tuple[str, bool]]:
        detail = again.workspace.store.detail(case_id, datetime.now(UTC))
        return [] if detail is None else sorted((n.body, n.pending) for n in detail.notes)

    qtbot.waitUntil(lambda: shown_notes() == [(body, False) for body in expected], timeout=10_000)
