"""Every refusal the investigation's rules can give (domain.investigation, .evidence,
.interviews) reaches the user in Dutch: the words of each ``TransitionError`` the rules
raise, read from their source, have a text in the workspace (queue_refusals)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from investigator_app.domain import evidence, interviews, investigation
from investigator_app.gui.workspace.queue_refusals import _rule_text

MODULES = (investigation, evidence, interviews)


def _constants(module: object) -> dict[str, str]:
    return {k: v for k, v in vars(module).items() if k.isupper() and isinstance(v, str)}


def rule_words() -> list[tuple[str, str]]:
    """(module, words) of each TransitionError raised with fixed words in the rules."""
    found = []
    for module in MODULES:
        path = Path(str(module.__file__))
        names = _constants(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            if getattr(node.exc.func, "id", None) != "TransitionError" or not node.exc.args:
                continue
            arg = node.exc.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((path.name, arg.value))
            elif isinstance(arg, ast.Attribute | ast.Name):
                name = arg.attr if isinstance(arg, ast.Attribute) else arg.id
                found.append((path.name, names.get(name) or vars(evidence).get(name, name)))
            # f-strings carry numbers or states; they are worded where they are raised
    return found


def test_the_walk_finds_the_rules() -> None:
    words = [w for _, w in rule_words()]
    assert "an allegation needs a text" in words
    assert "a piece needs a title" in words
    assert "a correction needs a reason" in words


@pytest.mark.parametrize(("module", "words"), rule_words())
def test_every_rule_refusal_has_dutch_words(qapp: QApplication, module: str, words: str) -> None:
    assert _rule_text(words), f"{module}: no Dutch words for {words!r}"


def test_the_closed_case_refusal_has_dutch_words(qapp: QApplication) -> None:
    assert _rule_text(evidence.CLOSED_CASE_PIECE)
