"""Evidence transfer benchmark: a 200 MB piece up and down on loopback.

    uv run python bench/evidence_transfer_bench.py [--mb 200] [--database-url URL]

The service runs in a process of its own (a fresh SQLite file unless --database-url names
an empty database), the desktop in another: it imports the file into its sealed store,
uploads it before its add_piece operation (4 MiB chunks, sha256 checked by the service),
then a colleague's store downloads it for offline use (streamed into sealed chunks). This
process samples the resident memory of both every 20 ms.

Prints MB/s of the import, the upload and the download, and each process's peak memory
above what it held when the phase began. Targets: upload and download >= 50 MB/s, at most
64 MB extra memory per side.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx

from investigator_app.domain.vocabulary import Role
from investigator_app.protocol import API_PREFIX

MB = 1024 * 1024
PASSWORD = "bench password 2026"
DEPARTMENT = "ABB"
INVESTIGATOR, COLLEAGUE, DESK = "an.bench", "jonas.bench", "desk.bench"


# --- the service's process ------------------------------------------------------------------


def serve(database_url: str, port: int, ready: Any, done: Any) -> None:
    from investigator_app.intake.accounts import create_department, create_user
    from investigator_app.intake.actors import cli_actor
    from investigator_app.intake.embedded import EmbeddedService
    from investigator_app.intake.passwords import hash_password

    service = EmbeddedService(database_url, port=port, notes_key=os.urandom(32)).start()
    now, actor, hashed = datetime.now(UTC), cli_actor(), hash_password(PASSWORD)
    with service.session() as session:
        create_department(session, actor, DEPARTMENT, "Agentschap Bench", now)
        for username, role, department in (
            (INVESTIGATOR, Role.INVESTIGATOR, DEPARTMENT),
            (COLLEAGUE, Role.INVESTIGATOR, DEPARTMENT),
            (DESK, Role.OPERATOR, None),
        ):
            create_user(
                session,
                actor,
                username=username,
                display_name=username,
                role=role,
                department_code=department,
                password_hash=hashed,
                now=now,
            )
    ready.set()
    done.wait()
    service.stop()


@contextmanager
def served_in_child(database_url: str, port: int) -> Iterator[int]:
    context = multiprocessing.get_context("spawn")
    ready, done = context.Event(), context.Event()
    child = context.Process(target=serve, args=(database_url, port, ready, done), daemon=True)
    child.start()
    try:
        if not ready.wait(120) or child.pid is None:
            raise RuntimeError("the service process did not start")
        yield child.pid
    finally:
        done.set()
        child.join(15)


# --- the desktop's process --------------------------------------------------------------------


def desktop(base_url: str, folder: str, source: str, case_id: str, marks: Any) -> None:
    """Import, upload, download; ``marks`` gets (phase, start, end) in monotonic time."""
    from investigator_app.domain.evidence import PieceFacts, PieceType
    from investigator_app.store import LocalStore
    from investigator_app.sync.api import ApiClient
    from investigator_app.sync.engine import SyncEngine

    def signed_in(username: str, name: str) -> tuple[LocalStore, ApiClient]:
        with ApiClient(base_url, None) as anonymous:
            token = anonymous.login(username, PASSWORD, "bench").token
        client = ApiClient(base_url, token, timeout=60)
        store = LocalStore.open(Path(folder) / name / "store.sqlite3")
        store.set_identity(client.me())
        SyncEngine(store, client).pull()
        return store, client

    an, an_client = signed_in(INVESTIGATOR, "an")
    started = time.monotonic()
    file = an.import_piece_file(Path(source))
    marks.put(("import", started, time.monotonic()))
    facts = PieceFacts("Bench", "", "Bench", date(2026, 1, 1), PieceType.AUDIO_VIDEO)
    an.add_piece(case_id, facts, file, datetime.now(UTC))
    started = time.monotonic()
    outcome = SyncEngine(an, an_client).push()
    marks.put(("upload", started, time.monotonic()))
    assert outcome.applied == 1, outcome

    jonas, jonas_client = signed_in(COLLEAGUE, "jonas")
    started = time.monotonic()
    SyncEngine(jonas, jonas_client).fetch_pieces()
    marks.put(("download", started, time.monotonic()))
    assert jonas.verify_piece(file.sha256), "the download does not match"
    marks.put(("done", 0.0, 0.0))


# --- this process: set up, sample, report ---------------------------------------------------


def rss(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) * 1024 if match else 0


class Sampler(threading.Thread):
    def __init__(self, pids: dict[str, int]) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.samples: list[tuple[float, dict[str, int]]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.samples.append((time.monotonic(), {k: rss(p) for k, p in self.pids.items()}))

    def extra(self, who: str, start: float, end: float) -> int:
        """Peak minus the value at the phase's start."""
        inside = [s[who] for t, s in self.samples if start <= t <= end and s[who]]
        before = [s[who] for t, s in self.samples if t <= start and s[who]]
        base = before[-1] if before else (inside[0] if inside else 0)
        return max(inside, default=base) - base


def case_in_investigation(api_url: str) -> str:
    def login(username: str) -> httpx.Client:
        response = httpx.post(
            api_url + "/auth/login",
            json={"username": username, "password": PASSWORD, "device_name": "bench"},
        )
        response.raise_for_status()
        token = response.json()["token"]
        return httpx.Client(
            base_url=api_url, headers={"Authorization": f"Bearer {token}"}, timeout=30
        )

    with login(DESK) as desk:
        report = {
            "channel": "phone",
            "category": "bribery",
            "received_at": datetime.now(UTC).isoformat(),
            "summary": "Bench",
            "description": "Bench",
            "involved_entity": "Bench",
            "involved_persons": [],
            "reporter": {"kind": "citizen", "name": "Bench", "phone": "0470 00 00 00"},
        }
        created = desk.post("/intake/reports", json=report)
        created.raise_for_status()
        case_id = str(created.json()["id"])
        desk.post(f"/intake/reports/{case_id}/forward", json={"department": DEPARTMENT})
    with login(INVESTIGATOR) as an:
        me = an.get("/me").json()["user"]["id"]
        steps: list[tuple[str, dict[str, Any]]] = [
            ("acknowledge", {}),
            ("assign", {"assignee_id": me}),
            ("start_assessment", {}),
            ("start_investigation", {"reason": "Voldoende aanwijzingen voor een onderzoek."}),
        ]
        changes = an.get("/changes", params={"cursor": 0, "limit": 1000}).json()["changes"]
        version = next(c["case"]["version"] for c in changes if c["case_id"] == case_id)
        for action, fields in steps:
            op = {
                "op_id": str(uuid.uuid4()),
                "case_id": case_id,
                "action": action,
                "base_version": version,
                "made_at": datetime.now(UTC).isoformat(),
                **fields,
            }
            answer = an.post("/operations", json={"operations": [op]}).json()["results"][0]
            if answer["status"] != "applied":
                raise RuntimeError(f"{action}: {answer['message']}")
            version = answer["case"]["version"]
    return case_id


def write_source(path: Path, size: int) -> None:
    with path.open("wb") as out:
        left = size
        while left:
            block = os.urandom(min(left, 8 * MB))
            out.write(block)
            left -= len(block)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--port", type=int, default=8767)
    args = parser.parse_args()
    size = args.mb * MB
    with tempfile.TemporaryDirectory(prefix="evidence-bench-") as tmp:
        folder = Path(tmp)
        database_url = args.database_url or f"sqlite:///{folder / 'intake.sqlite3'}"
        source = folder / "opname.mp4"
        write_source(source, size)
        with served_in_child(database_url, args.port) as service_pid:
            base_url = f"http://127.0.0.1:{args.port}"
            case_id = case_in_investigation(base_url + API_PREFIX)
            context = multiprocessing.get_context("spawn")
            marks = context.Queue()
            child = context.Process(
                target=desktop, args=(base_url, str(folder), str(source), case_id, marks)
            )
            child.start()
            assert child.pid is not None
            sampler = Sampler({"service": service_pid, "desktop": child.pid})
            sampler.start()
            phases: dict[str, tuple[float, float]] = {}
            while True:
                phase, start, end = marks.get(timeout=900)
                if phase == "done":
                    break
                phases[phase] = (start, end)
            child.join(60)
            sampler.stop.set()
            sampler.join()
    print(f"evidence transfer of {args.mb} MB on loopback ({database_url.split(':')[0]})")
    for phase, (start, end) in phases.items():
        took = end - start
        print(
            f"  {phase:9s} {args.mb / took:7.1f} MB/s ({took:5.2f} s)  extra memory: "
            f"desktop {sampler.extra('desktop', start, end) / MB:5.1f} MB, "
            f"service {sampler.extra('service', start, end) / MB:5.1f} MB"
        )
    print("  targets: upload and download >= 50 MB/s, <= 64 MB extra memory per side")
    return 0


if __name__ == "__main__":
    sys.exit(main())
