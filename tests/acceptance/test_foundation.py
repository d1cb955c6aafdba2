"""Cases flow from the intake service to the investigator's desktop, end to end.

Real service on loopback, real SQLite files, real desktop composition root and widgets.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import uuid
from datetime import UTC, datetime
from pathlib import Path

from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.conversation.message_dialogs import LetterDialog
from investigator_app.store.files import store_path
from investigator_app.store.local_store import LocalStore
from investigator_app.sync.api import ApiClient
from investigator_app.vault.keys import DataKeyStore
from tests.gui.test_case_actions import in_next_dialog
from tests.support.world import ABB, AN, DESK, JONAS, OMG, TOM, Desktop, World, report_json

VISIBLE_WITHIN_MS = 5_000


def wait_synced(qtbot, desktop: Desktop) -> None:
    qtbot.waitUntil(lambda: desktop.workspace.store.last_sync_at() is not None, timeout=10_000)


# 1 ---------------------------------------------------------------------------------


def test_a_forwarded_case_reaches_a_running_desktop_within_five_seconds(
    qtbot, world: World, desktops
) -> None:
    an = desktops(AN)
    wait_synced(qtbot, an)
    assert an.references() == set()

    created = world.register_and_forward(ABB, summary="Schepen gunt opdracht aan schoonbroer")

    qtbot.waitUntil(lambda: created["reference"] in an.references(), timeout=VISIBLE_WITHIN_MS)
    window = an.workspace.window
    assert an.open_case(created["id"])
    assert window.case_pane.ui.summaryValue.text() == "Schepen gunt opdracht aan schoonbroer"
    assert window.case_pane.ui.reporterValue.text().startswith("Burger")


# 2 ---------------------------------------------------------------------------------


def test_an_anonymous_report_is_refused_with_a_clear_message(world: World) -> None:
    with world.http(DESK) as desk:
        without_reporter = desk.post("/intake/reports", json=report_json(reporter=None))
        nameless = desk.post(
            "/intake/reports",
            json=report_json(reporter={"kind": "citizen", "email": "iemand@example.org"}),
        )
        unreachable = desk.post(
            "/intake/reports", json=report_json(reporter={"kind": "citizen", "name": "Lies"})
        )
        listed = desk.get("/intake/reports")
    assert without_reporter.status_code == 422
    assert without_reporter.json()["detail"]["code"] == "anonymous_report"
    assert "anonymous" in without_reporter.json()["detail"]["message"].lower()
    for refused in (nameless, unreachable):
        assert refused.status_code == 422
        assert refused.json()["detail"]["code"] == "anonymous_report"
        assert "anonymous reports are not handled" in refused.text.lower()
    assert listed.status_code == 200 and listed.json() == []  # nothing was registered


# 3 ---------------------------------------------------------------------------------


def test_department_b_never_sees_or_touches_a_case_of_department_a(
    qtbot, world: World, desktops
) -> None:
    tom = desktops(TOM)  # department OMG
    an = desktops(AN)  # department ABB
    wait_synced(qtbot, tom)
    secret = world.register_and_forward(ABB, summary="Interne fraude bij ABB")
    qtbot.waitUntil(lambda: secret["reference"] in an.references(), timeout=VISIBLE_WITHIN_MS)
    own = world.register_and_forward(OMG, summary="Lekken van een aanbesteding bij OMG")
    qtbot.waitUntil(lambda: own["reference"] in tom.references(), timeout=VISIBLE_WITHIN_MS)

    assert secret["reference"] not in tom.references()
    assert tom.workspace.store.detail(secret["id"], datetime.now(UTC)) is None

    with ApiClient(world.base_url, world.token(TOM)) as client:
        everything = client.changes(0, wait=0)
        assert secret["id"] not in {change.case_id for change in everything.changes}
        # Guessed and real foreign ids answer alike: "not found", nothing learnt.
        operations = [
            {
                "op_id": str(uuid.uuid4()),
                "case_id": case_id,
                "action": action,
                "base_version": version,
                "made_at": datetime.now(UTC).isoformat(),
                **fields,
            }
            for case_id in (secret["id"], str(uuid.uuid4()))
            for action, version, fields in (
                (Action.RETURN_TO_1700, 2, {"reason": "poging"}),
                (Action.ACKNOWLEDGE, 1, {}),
            )
        ]
    with world.http(TOM) as http:
        results = http.post("/operations", json={"operations": operations}).json()["results"]
        assert [r["status"] for r in results] == ["rejected"] * 4
        assert len({r["message"] for r in results}) == 1
        assert all(r["case"] is None for r in results)
        # Cursor games.
        assert http.get("/changes", params={"cursor": -1}).status_code == 422
        assert http.get("/changes", params={"cursor": "abc"}).status_code == 422
        ahead = http.get("/changes", params={"cursor": 10**12}).json()
        assert ahead["changes"] == [] and ahead["reset"] is True
        # An investigator token on operator endpoints.
        assert http.post("/intake/reports", json=report_json()).status_code == 403
        assert (
            http.post(
                f"/intake/reports/{secret['id']}/forward", json={"department": OMG}
            ).status_code
            == 403
        )
    # An operator token on investigator endpoints.
    with world.http(DESK) as desk:
        assert desk.get("/changes", params={"cursor": 0}).status_code == 403
        assert desk.post("/operations", json={"operations": operations[:1]}).status_code == 403
    # Forged, expired and revoked tokens.
    with world.http(None) as anonymous:
        forged = anonymous.get("/changes", headers={"Authorization": "Bearer " + "A" * 43})
        missing = anonymous.get("/changes")
    assert (forged.status_code, forged.json()["detail"]["code"]) == (401, "invalid_token")
    assert (missing.status_code, missing.json()["detail"]["code"]) == (401, "not_authenticated")
    with world.http(TOM) as http:
        assert http.post("/auth/logout").status_code in (200, 204)
        revoked = http.get("/changes")
    assert (revoked.status_code, revoked.json()["detail"]["code"]) == (401, "token_revoked")
    world.tokens.pop(TOM)
    world.expire_tokens_of(TOM)
    with world.http(TOM) as http:
        world.expire_tokens_of(TOM)
        expired = http.get("/changes")
    assert (expired.status_code, expired.json()["detail"]["code"]) == (401, "token_expired")

    # And A's case is untouched by all of it.
    with ApiClient(world.base_url, world.token(AN)) as client:
        case = next(c.case for c in client.changes(0).changes if c.case_id == secret["id"])
    assert case is not None and case.status is Status.FORWARDED
    assert [e.kind for e in case.events][-1] is EventKind.FORWARDED


# 4 ---------------------------------------------------------------------------------

_ACT_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from investigator_app.domain.lifecycle import Action
    from investigator_app.store.local_store import LocalStore
    from tests.support.operations import queue_action

    store = LocalStore.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[3]))  # key: keyring
    queue_action(store, sys.argv[2], Action.ACKNOWLEDGE, made_at=datetime.now(UTC))
    os.kill(os.getpid(), signal.SIGKILL)  # no clean shutdown, no chance to send
    """
)


def acknowledged_events(world: World, case_id: str) -> int:
    with ApiClient(world.base_url, world.token(JONAS)) as client:
        case = next(c.case for c in client.changes(0).changes if c.case_id == case_id)
    assert case is not None
    return sum(1 for event in case.events if event.kind is EventKind.ACKNOWLEDGED)


def test_an_offline_action_survives_a_killed_client_and_is_applied_exactly_once(
    qtbot, world: World, desktops, tmp_path: Path
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    qtbot.waitUntil(lambda: created["reference"] in an.references(), timeout=VISIBLE_WITHIN_MS)
    path = store_path(an.data_dir, world.base_url, AN)
    key = DataKeyStore(an.tokens.backend).load(world.base_url, AN)  # the store's data key
    assert key is not None
    an.close()  # the investigator closes the app ...
    world.service.stop()  # ... and goes on the road: the service is out of reach

    # The app is started offline, the action recorded, and the process killed at once.
    died = subprocess.run(
        [sys.executable, "-c", _ACT_AND_DIE, str(path), created["id"], key.hex()], timeout=60
    )
    assert died.returncode == -signal.SIGKILL

    store = LocalStore.open(path)
    try:
        pending = store.pending_operations(10)
        assert [op.action for op in pending] == [Action.ACKNOWLEDGE]
        detail = store.detail(created["id"], datetime.now(UTC))
        assert detail is not None and detail.status is Status.ACKNOWLEDGED  # shown at once
    finally:
        store.close()

    # Back online: a new start sends it.
    world.service.start()
    again = desktops(AN)
    qtbot.waitUntil(lambda: again.workspace.store.pending_count() == 0, timeout=15_000)
    assert acknowledged_events(world, created["id"]) == 1

    # Had the client died after sending but before hearing back, it would send the same
    # operation again: the service answers the stored result and applies nothing twice.
    with ApiClient(world.base_url, world.token(AN)) as client:
        repeat = client.push(pending)
    assert [r.status for r in repeat.results] == ["applied"]
    assert acknowledged_events(world, created["id"]) == 1


def test_an_action_made_while_offline_in_the_running_app_is_sent_when_the_service_returns(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    qtbot.waitUntil(lambda: created["reference"] in an.references(), timeout=VISIBLE_WITHIN_MS)
    world.service.stop()
    window = an.workspace.window
    qtbot.waitUntil(lambda: "Offline" in window.sync_status.online_label.text(), timeout=15_000)

    assert an.open_case(created["id"])
    # The acknowledgement letter to the reporter is offered first; send it as proposed.
    in_next_dialog(LetterDialog, lambda dialog: dialog.accept())
    window.case_pane.ui.primaryButton.click()  # "Ontvangst bevestigen…"
    assert window.case_pane.ui.statusValue.text() == "Ontvangst bevestigd"
    qtbot.waitUntil(lambda: "↻" in an.reference_cell(created["id"]), timeout=2_000)

    world.service.start()
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=40_000)
    qtbot.waitUntil(lambda: window.sync_status.online_label.text() == "Online", timeout=5_000)
    assert acknowledged_events(world, created["id"]) == 1


# 5 ---------------------------------------------------------------------------------


def test_a_returned_case_leaves_every_desktop_of_the_department_and_can_be_rerouted(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB, summary="Valt onder Omgeving")
    an, jonas, tom = desktops(AN), desktops(JONAS), desktops(TOM)
    for desktop in (an, jonas):
        qtbot.waitUntil(
            lambda d=desktop: created["reference"] in d.references(), timeout=VISIBLE_WITHIN_MS
        )

    assert an.workspace.controller.return_to_1700(
        created["id"], "Bevoegdheid van Departement Omgeving."
    )
    for desktop in (an, jonas):
        qtbot.waitUntil(
            lambda d=desktop: created["reference"] not in d.references(), timeout=VISIBLE_WITHIN_MS
        )
        assert desktop.workspace.store.detail(created["id"], datetime.now(UTC)) is None

    with world.http(DESK) as desk:
        returned = desk.get("/intake/reports", params={"status": "returned"}).json()
        assert [(r["id"], r["return_reason"]) for r in returned] == [
            (created["id"], "Bevoegdheid van Departement Omgeving.")
        ]
        rerouted = desk.post(f"/intake/reports/{created['id']}/reroute", json={"department": OMG})
        assert rerouted.status_code == 200, rerouted.text

    qtbot.waitUntil(lambda: created["reference"] in tom.references(), timeout=VISIBLE_WITHIN_MS)
    assert created["reference"] not in an.references()
