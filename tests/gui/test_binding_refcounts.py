"""Guard against a Qt binding that loses references to None/True/False.

PySide6 6.12.0 does that each time C++ calls a Python override returning one of them; on
Python 3.11 the interpreter aborts once the count reaches zero, which a case list of a few
thousand rows reaches within seconds. This fails before the app would crash.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from investigator_app.domain.vocabulary import Status
from investigator_app.gui.shell.case_columns import Column
from investigator_app.gui.shell.case_filter import CaseFilterProxy
from investigator_app.gui.shell.case_table import CaseTableModel
from tests.gui.test_case_table import summary

CALLS = 5_000


def test_model_and_proxy_overrides_keep_references_to_none_and_booleans() -> None:
    model = CaseTableModel()
    model.refresh_deadlines(datetime(2026, 11, 26, tzinfo=UTC))
    model.set_cases([summary(n, status=Status.CLOSED, due_in_days=None) for n in range(1, 51)])
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS // 50):
        proxy.set_search_text("1700")  # C++ calls filterAcceptsRow -> True, 50 times
        for row in range(proxy.rowCount()):
            # C++ calls data() -> None for a role the model does not provide
            proxy.data(proxy.index(row, Column.DEADLINE), Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) > none_before - CALLS // 2
    assert sys.getrefcount(True) > true_before - CALLS // 2
