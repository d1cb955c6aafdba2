"""Update the Qt translations in resources/translations/ from the sources.

Run after changing a user-visible string: ``uv run python scripts/update_translations.py``.
It runs ``pyside6-lupdate`` over investigator_app/**/*.py (not the generated gui/forms/)
and the Designer forms in ui/, then ``pyside6-lrelease`` to compile each ``.ts`` to ``.qm``.
Translate new messages (Qt Linguist: ``pyside6-linguist``, or edit the .ts), then run it again.

``--check`` writes nothing and exits 1 when a .ts misses strings of the sources or still
holds obsolete ones (moved line numbers alone are no failure), when a message is unfinished
or lost a placeholder (%1, %n, …) or accelerator (&), or when a .qm differs from what
lrelease makes of its .ts (the tests use it).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "investigator_app"
FORMS_PACKAGE = Path(PACKAGE, "gui", "forms")  # generated from ui/: lupdate reads the .ui
UI_DIR = "ui"
TRANSLATIONS = Path("resources", "translations")
SOURCE_LANGUAGE = "nl_BE"
LANGUAGES = {"en": "en_GB"}  # file suffix -> target language of the .ts

Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)

_PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|%[vmp]")
_ACCELERATOR = re.compile(r"&(?![&\s])")


def tool(name: str) -> Path:
    return Path(sys.executable).with_name(name)


def source_files() -> list[Path]:
    """Relative paths of everything lupdate reads."""
    python = [
        p.relative_to(ROOT)
        for p in sorted((ROOT / PACKAGE).rglob("*.py"))
        if FORMS_PACKAGE not in p.relative_to(ROOT).parents
    ]
    forms = [p.relative_to(ROOT) for p in sorted((ROOT / UI_DIR).glob("*.ui"))]
    return python + forms


# --- the .ts file ------------------------------------------------------------------------


@dataclass
class Message:
    numerus: bool
    forms: list[str]  # one entry unless numerus
    finished: bool


def _key(context: str, element: ET.Element) -> Key:
    return (context, element.findtext("source") or "", element.findtext("comment") or "")


def read_ts(text: str) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    for context_node in ET.fromstring(text).iter("context"):
        context = context_node.findtext("name") or ""
        for node in context_node.iter("message"):
            translation = node.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            numerus = node.get("numerus") == "yes"
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            messages[_key(context, node)] = Message(numerus, forms, kind != "unfinished")
    return messages


def run_lupdate(ts: Path, language: str) -> str:
    """The .ts text lupdate makes from ``ts`` (its translations carried over) and the sources.

    lupdate writes a scratch copy beside ``ts``, so the source locations it records are the
    same as in the real file.
    """
    scratch = ts.with_name(f".{ts.stem}.scratch.ts")
    listing = ts.with_name(f".{ts.stem}.sources.lst")
    ts.parent.mkdir(parents=True, exist_ok=True)
    try:
        if ts.exists():
            shutil.copyfile(ts, scratch)
        listing.write_text("\n".join(map(str, source_files())) + "\n", encoding="utf-8")
        result = subprocess.run(
            [
                str(tool("pyside6-lupdate")),
                f"@{listing.relative_to(ROOT)}",
                "-no-obsolete",
                "-locations",
                "absolute",
                "-no-ui-lines",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-ts",
                str(scratch.relative_to(ROOT)),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise SystemExit("lupdate failed:\n" + result.stdout + result.stderr)
        return scratch.read_text(encoding="utf-8").replace(scratch.name, ts.name)
    finally:
        scratch.unlink(missing_ok=True)
        listing.unlink(missing_ok=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(tool("pyside6-lrelease")), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


# --- checks ------------------------------------------------------------------------------


def _describe(key: Key) -> str:
    context, source, disambiguation = key
    extra = f" ({disambiguation})" if disambiguation else ""
    return f"{context}: {source!r}{extra}"


def problems_in(name: str, committed: str, fresh: str) -> list[str]:
    have, want = read_ts(committed), read_ts(fresh)
    problems = [f"{name}: new string {_describe(k)}" for k in want if k not in have]
    problems += [f"{name}: obsolete string {_describe(k)}" for k in have if k not in want]
    for key, message in have.items():
        where = f"{name}: {_describe(key)}"
        if key in want and want[key].numerus != message.numerus:
            problems.append(f"{where}: plural form changed")
        if not message.finished or not all(message.forms):
            problems.append(f"{where}: unfinished")
            continue
        source = key[1]
        for form in message.forms:
            needed = sorted(_PLACEHOLDER.findall(source))
            kept = sorted(_PLACEHOLDER.findall(form))
            if message.numerus:  # a singular may spell its number out: "One action …"
                needed, kept = [p for p in needed if p != "%n"], [p for p in kept if p != "%n"]
            if needed != kept:
                problems.append(f"{where}: placeholders differ in {form!r}")
            if len(_ACCELERATOR.findall(form)) != len(_ACCELERATOR.findall(source)):
                problems.append(f"{where}: accelerator (&) differs in {form!r}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    folder = ROOT / TRANSLATIONS
    problems: list[str] = []
    for suffix, language in sorted(LANGUAGES.items()):
        ts = folder / f"investigator_{suffix}.ts"
        qm = ts.with_suffix(".qm")
        fresh = run_lupdate(ts, language)
        if not args.check:
            folder.mkdir(parents=True, exist_ok=True)
            ts.write_text(fresh, encoding="utf-8")
            run_lrelease(ts, qm)
            unfinished = [p for p in problems_in(ts.name, fresh, fresh) if "unfinished" in p]
            print(f"{ts.relative_to(ROOT)}: {len(read_ts(fresh))} messages")
            print("\n".join(unfinished) or "all translated")
            continue
        if not ts.exists():
            problems.append(f"{ts.name}: missing")
            continue
        committed = ts.read_text(encoding="utf-8")
        found = problems_in(ts.name, committed, fresh)
        if not found and committed != fresh:
            # Only line numbers moved: harmless, so no failure for every edit of a source file.
            print(f"note: {ts.name} has old source locations; the script updates them")
        problems += found
        with tempfile.TemporaryDirectory() as tmp:
            expected = Path(tmp) / qm.name
            run_lrelease(ts, expected)
            if not qm.exists() or qm.read_bytes() != expected.read_bytes():
                problems.append(f"{qm.name}: missing or not compiled from {ts.name}")
    if problems:
        print("\n".join(problems))
        print("Translations are out of date: run `uv run python scripts/update_translations.py`,")
        print("translate what is unfinished in the .ts, then run it again.")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
