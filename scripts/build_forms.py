"""Compile the Qt Designer forms in ui/ into investigator_app/gui/forms/ui_*.py.

Run after editing a .ui file: ``uv run python scripts/build_forms.py``.
``--check`` exits 1 when a compiled form is missing or out of date (the tests use it).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUT = ROOT / "investigator_app" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by scripts/build_forms.py. Do not edit.\n"


def compile_form(form: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    result = subprocess.run(
        [str(uic), "--from-imports", str(form)], check=True, capture_output=True, text=True
    )
    # Drop uic's own banner: it names the Qt version and would make builds differ by machine.
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("##"))
    # Annotate the two entry points so that typed code may call them under mypy --strict.
    body = re.sub(
        r"def (setupUi|retranslateUi)\(self, (\w+)\):", r"def \1(self, \2: Any) -> None:", body
    )
    return HEADER.format(name=form.name) + "from typing import Any\n" + body.lstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    stale: list[str] = []
    for form in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{form.stem}.py"
        text = compile_form(form)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(target.name)
        if not args.check:
            target.write_text(text, encoding="utf-8")
    init = OUT / "__init__.py"
    if not init.exists() and not args.check:
        init.write_text('"""Compiled Designer forms (generated; see scripts/build_forms.py)."""\n')
    if args.check and stale:
        print("out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
