"""Update the Qt translations in resources/translations/ from the sources.

Run after changing a user-visible string: ``uv run python scripts/update_translations.py``.
It runs ``pyside6-lupdate`` over investigator_app/**/*.py (not the generated gui/forms/)
and the Designer forms in ui/, then ``pyside6-lrelease`` to compile each ``.ts`` to ``.qm``.
Translate new messages (Qt Linguist: ``pyside6-linguist``, or edit the .ts), then run it again.

``--check`` writes nothing and exits 1 when a .ts misses strings of the sources or still
holds obsolete ones (moved line numbers alone are no failure), when a message is unfinished
or lost a placeholder (%1, %n, …) or accelerator (&), or when a .qm differs from what
lrelease makes of its .ts (the tests use it).

lupdate's Python parser has two gaps this script fills, without touching the real sources:
it does not see calls through a module's one-line alias ``def _t(text): return
QCoreApplication.translate("Ctx", text)``, and it does not take
``QCoreApplication.translate(ctx, text, disambiguation, n)`` as a plural (it even drops the
call when ``n`` is not a plain name). lupdate therefore reads a rewritten copy of the sources
(same lines, so locations stay right), and the plurals are marked numerus afterwards.
"""

from __future__ import annotations

import argparse
import ast
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
PLURAL_FORMS = 2  # English (like Dutch) has singular and plural

Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)

_PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|%[vmp]")
_ACCELERATOR = re.compile(r"&(?![&\s])")
_NOISE = ("Removed plural forms as the target", "If this sounds wrong, possibly")


def tool(name: str) -> Path:
    return Path(sys.executable).with_name(name)


# --- the sources, as lupdate should see them ------------------------------------------------


def _translate_alias(node: ast.stmt) -> tuple[str, str] | None:
    """``def f(text): return QCoreApplication.translate("Ctx", text)`` -> ("f", "Ctx")."""
    if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
        return None
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and _is_str(s.value))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if (
        isinstance(call, ast.Call)
        and _is_translate(call)
        and len(call.args) == 2
        and not call.keywords
        and _is_str(call.args[0])
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == node.args.args[0].arg
    ):
        return node.name, _str(call.args[0])
    return None


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _str(node: ast.expr) -> str:
    assert isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value


def _is_translate(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr == "translate"


@dataclass
class Rewrite:
    text: str
    plurals: set[Key]


def rewrite_for_lupdate(source: str) -> Rewrite:
    """The source with alias calls spelt out and plural counts as plain names; same lines."""
    tree = ast.parse(source)
    aliases = dict(a for a in map(_translate_alias, tree.body) if a is not None)
    lines = source.encode("utf-8").splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(lineno: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[lineno - 1] + col

    edits: list[tuple[int, int, str]] = []
    plurals: set[Key] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in aliases and node.args:
            end = offset(func.end_lineno or func.lineno, func.end_col_offset or 0)
            end = source.encode("utf-8").index(b"(", end) + 1
            spelt = f'QCoreApplication.translate("{aliases[func.id]}", '
            edits.append((offset(func.lineno, func.col_offset), end, spelt))
            continue
        if not _is_translate(node) or len(node.args) < 2:
            continue
        count = node.args[3] if len(node.args) >= 4 else None
        count = count or next((k.value for k in node.keywords if k.arg == "n"), None)
        if count is None or not all(_is_str(a) for a in node.args[:2]):
            continue
        third = node.args[2] if len(node.args) >= 3 else None
        disambiguation = _str(third) if third is not None and _is_str(third) else ""
        plurals.add((_str(node.args[0]), _str(node.args[1]), disambiguation))
        if not isinstance(count, ast.Name):
            newlines = "\n" * ((count.end_lineno or count.lineno) - count.lineno)
            start = offset(count.lineno, count.col_offset)
            end = offset(count.end_lineno or count.lineno, count.end_col_offset or 0)
            edits.append((start, end, "n" + newlines))
    data = b"".join(lines)
    for start, end, text in sorted(edits, reverse=True):
        data = data[:start] + text.encode("utf-8") + data[end:]
    return Rewrite(data.decode("utf-8"), plurals)


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


_BLOCK = re.compile(r"(<context>\s*<name>(.*?)</name>)|(    <message[^>]*>.*?</message>\n)", re.S)


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


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def mark_plurals(text: str, plurals: set[Key], previous: dict[Key, Message]) -> str:
    """Make lupdate's plain messages for ``plurals`` numerus ones, keeping their translation."""
    context = ""

    def replace(match: re.Match[str]) -> str:
        nonlocal context
        if match.group(1):
            context = match.group(2)
            return match.group(0)
        block = match.group(3)
        key = _key(context, ET.fromstring(block))
        if key not in plurals or 'numerus="yes"' in block:
            return block
        old = previous.get(key)
        if old is not None and old.numerus:
            forms, finished = old.forms, old.finished
        else:
            forms, finished = [old.forms[0] if old else ""] * PLURAL_FORMS, False
        head = block[: block.index("        <translation")]
        head = head.replace("    <message>", '    <message numerus="yes">', 1)
        state = "" if finished else ' type="unfinished"'
        body = "".join(f"            <numerusform>{_escape(f)}</numerusform>\n" for f in forms)
        return f"{head}        <translation{state}>\n{body}        </translation>\n    </message>\n"

    return _BLOCK.sub(replace, text)


def run_lupdate(ts: Path, language: str) -> str:
    """The .ts text lupdate (plus the plural marking) makes from ``ts`` and the sources."""
    previous = read_ts(ts.read_text(encoding="utf-8")) if ts.exists() else {}
    plurals: set[Key] = set()
    with tempfile.TemporaryDirectory() as tmp:
        mirror = Path(tmp)
        files = source_files()
        for relative in files:
            target = mirror / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if relative.suffix == ".py":
                rewritten = rewrite_for_lupdate((ROOT / relative).read_text(encoding="utf-8"))
                target.write_text(rewritten.text, encoding="utf-8")
                plurals |= rewritten.plurals
            else:
                shutil.copyfile(ROOT / relative, target)
        work_ts = mirror / TRANSLATIONS / ts.name
        work_ts.parent.mkdir(parents=True, exist_ok=True)
        if ts.exists():
            shutil.copyfile(ts, work_ts)
        (mirror / "sources.lst").write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
        result = subprocess.run(
            [
                str(tool("pyside6-lupdate")),
                "@sources.lst",
                "-no-obsolete",
                "-locations",
                "absolute",
                "-no-ui-lines",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-ts",
                str(work_ts.relative_to(mirror)),
            ],
            cwd=mirror,
            capture_output=True,
            text=True,
        )
        output = [
            line
            for line in (result.stdout + result.stderr).splitlines()
            if line.strip() and not line.startswith(_NOISE)
        ]
        if result.returncode != 0:
            raise SystemExit("lupdate failed:\n" + "\n".join(output))
        text = work_ts.read_text(encoding="utf-8")
    return mark_plurals(text, plurals, previous)


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
