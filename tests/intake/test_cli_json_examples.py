"""Every `investigator-intake` command that reads JSON shows an example in its --help and
in docs/deployment.md, and every example is what the command accepts: it parses into the
command's model, and `report register` registers it."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from investigator_app.intake.cli import build_parser, main
from investigator_app.intake.cli_examples import JSON_EXAMPLES

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "deployment.md"


def commands(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    """Every command of the CLI by its words, with its parser."""
    found: dict[tuple[str, ...], argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[(*words, name)] = sub
                found.update(commands(sub, (*words, name)))
    return found


def reads_json(parser: argparse.ArgumentParser) -> bool:
    return any(
        "JSON" in (action.help or "") or "json" in " ".join(action.option_strings)
        for action in parser._actions
    )


def help_of(words: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        main([*words, "--help"])
    return capsys.readouterr().out


def example_in(text: str) -> str:
    """The JSON object shown after 'for example:' (indented in --help)."""
    start = text.index("{", text.index("for example:"))
    depth = 0
    for end, char in enumerate(text[start:], start):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            return text[start : end + 1]
    raise AssertionError("the example does not end")


def test_every_command_that_reads_json_has_an_example() -> None:
    taking_json = {words for words, sub in commands(build_parser()).items() if reads_json(sub)}
    assert taking_json == set(JSON_EXAMPLES)


@pytest.mark.parametrize("words", sorted(JSON_EXAMPLES))
def test_the_example_in_help_parses_into_the_commands_model(
    words: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    example = JSON_EXAMPLES[words]
    shown = example_in(help_of(words, capsys))
    assert json.loads(shown) == json.loads(example.example)
    example.model.model_validate_json(shown)


@pytest.mark.parametrize("words", sorted(JSON_EXAMPLES))
def test_the_guide_shows_the_same_example(words: tuple[str, ...]) -> None:
    guide = GUIDE.read_text("utf-8")
    marker = f"<!-- example: investigator-intake {' '.join(words)} -->"
    assert marker in guide
    block = re.search(r"```json\n(.*?)```", guide[guide.index(marker) :], re.DOTALL)
    assert block is not None
    JSON_EXAMPLES[words].model.model_validate_json(block.group(1))
    assert json.loads(block.group(1)) == json.loads(JSON_EXAMPLES[words].example)


def test_report_register_takes_its_example(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.json"
    report.write_text(example_in(help_of(("report", "register"), capsys)), "utf-8")
    assert main(["--database-url", sqlite_url, "report", "register", "--json", str(report)]) == 0
    assert re.match(r"Registered 1700-\d{4}-\d{6} \(id ", capsys.readouterr().out)
