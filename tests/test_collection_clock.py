"""No test reads the clock at collection time: a parameter such as ``time.time() + 600``
is computed when pytest imports the module, and a test that runs late in a run of more than
ten minutes finds that "future" already past (it happened: tests/intake/test_oidc_id_tokens.py).
Clock reads belong in the test or a fixture; this walks every decorator and every
module-level statement of every test file."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
CLOCK_READS = {"time", "monotonic", "now", "utcnow", "today"}
CLOCK_OWNERS = {"time", "datetime", "date", "dt"}


def _reads_the_clock(node: ast.AST) -> bool:
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        if isinstance(func, ast.Name) and func.id == "utcnow":
            return True
        if (
            isinstance(func, ast.Attribute)
            and func.attr in CLOCK_READS
            and isinstance(func.value, ast.Name)
            and func.value.id in CLOCK_OWNERS
        ):
            return True
    return False


def _collection_time_places(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    evaluated_at_import: list[ast.AST] = []
    for statement in tree.body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            evaluated_at_import.extend(statement.decorator_list)
            if isinstance(statement, ast.ClassDef):
                for inner in statement.body:
                    if isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef):
                        evaluated_at_import.extend(inner.decorator_list)
        elif not isinstance(statement, ast.Import | ast.ImportFrom):
            evaluated_at_import.append(statement)
    return [
        f"{path.relative_to(TESTS)}:{getattr(node, 'lineno', '?')}"
        for node in evaluated_at_import
        if _reads_the_clock(node)
    ]


def test_no_test_module_reads_the_clock_when_it_is_collected() -> None:
    found = [p for path in sorted(TESTS.rglob("*.py")) for p in _collection_time_places(path)]
    assert found == [], "read the clock in the test or a fixture: " + ", ".join(found)
