"""The demo's reporter mailbox shows what the relay really mailed, and its reply link."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from investigator_app.gui.shell.demo_mailbox import DemoMailboxDialog
from tests.support import web
from tests.support.relay import wait_until
from tests.support.world import ABB, AN, World


def test_the_mailbox_lists_the_relayed_mail_with_a_working_reply_link(world: World, qtbot) -> None:
    folder = world.service.mail_folder
    assert folder is not None
    created = world.register_and_forward(
        ABB, reporter={"kind": "citizen", "name": "Lies Verzonnen", "email": "lies@example.invalid"}
    )
    case = world.case(AN, created["id"])
    [result] = world.operate(
        AN,
        {
            "op_id": str(uuid.uuid4()),
            "case_id": case["id"],
            "action": "acknowledge",
            "base_version": case["version"],
            "made_at": datetime.now(UTC).isoformat(),
            "message": {"message_id": str(uuid.uuid4()), "body": "Wij hebben uw melding."},
        },
    )
    assert result["status"] == "applied", result
    wait_until(lambda: any(folder.glob("*.eml")))

    dialog = DemoMailboxDialog(folder)
    qtbot.addWidget(dialog)

    assert dialog.mail_list.count() == 1
    assert created["reference"] in dialog.mail_list.item(0).text()
    assert "lies@example.invalid" in dialog.mail_list.item(0).text()
    # The letter itself is behind the link, never in the mail; the link opens it.
    assert "Wij hebben uw melding." not in dialog.body.toPlainText()
    link = dialog.current_link()
    assert link is not None and dialog.open_link_button.isEnabled()
    assert "Wij hebben uw melding." in web.get(link, timeout=10).text


def test_an_empty_mailbox_says_so(tmp_path, qtbot) -> None:
    dialog = DemoMailboxDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.mail_list.count() == 0
    assert "Nog geen e-mails" in dialog.body.toPlainText()
    assert not dialog.open_link_button.isEnabled()
