"""Every action a case's audit trail can show has a name in the Audittrail dialog and in
the dossier; every investigation action (evidence and interview records included) is on
the case's trail."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from investigator_app.domain.lifecycle import INVESTIGATION_ACTIONS
from investigator_app.export import texts
from investigator_app.export.story_sections import AUDIT_ACTIONS
from investigator_app.gui.dossiers.audit_trail_dialog import action_label
from investigator_app.protocol_audit import CASE_AUDIT_ACTIONS


@pytest.mark.parametrize("action", CASE_AUDIT_ACTIONS)
def test_the_trail_names_each_action_in_both_places(qapp: QApplication, action: str) -> None:
    assert action_label(action) != action  # the dialog's Dutch, not the code
    dutch = AUDIT_ACTIONS[action]
    assert texts._EN.get(dutch), f"no English for the dossier's {dutch!r}"


def test_every_investigation_action_is_on_the_cases_trail() -> None:
    assert {f"case.{a}" for a in INVESTIGATION_ACTIONS} <= set(CASE_AUDIT_ACTIONS)
