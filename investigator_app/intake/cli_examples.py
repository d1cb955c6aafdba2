"""Examples of the JSON that ``investigator-intake`` commands read, shown in their
``--help`` and in docs/deployment.md; tests/intake/test_cli_json_examples.py holds every
one to its model, so an example never drifts from what the command accepts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel

from investigator_app.domain.vocabulary import Category, Channel, Language, ReporterKind
from investigator_app.protocol import ReportIn

REPORT_EXAMPLE = """\
{
  "channel": "phone",
  "category": "bribery",
  "received_at": "2026-03-02T10:15:00+01:00",
  "summary": "Ambtenaar vraagt geld voor een vergunning",
  "description": "Een ambtenaar vroeg 500 euro om een bouwaanvraag sneller te behandelen.",
  "involved_entity": "Gemeente Lindebeek",
  "involved_persons": ["Ward Verhaegen"],
  "reporter": {
    "kind": "citizen",
    "name": "Marleen Goossens",
    "email": "marleen@example.org",
    "phone": "0470 11 22 33",
    "language": "nl"
  }
}"""


def _values(vocabulary: type[StrEnum]) -> str:
    return ", ".join(member.value for member in vocabulary)


@dataclass(frozen=True)
class JsonExample:
    """The JSON one command reads: its model, an example, and what to know beside it."""

    model: type[BaseModel]
    example: str
    notes: str

    def epilog(self) -> str:
        indented = "\n".join("  " + line for line in self.example.splitlines())
        return f"The JSON ({self.model.__name__}), for example:\n\n{indented}\n\n{self.notes}"


REPORT_REGISTER = JsonExample(
    model=ReportIn,
    example=REPORT_EXAMPLE,
    notes=(
        "The same body as POST /api/v1/intake/reports.\n"
        f"  channel: {_values(Channel)}\n"
        f"  category: {_values(Category)}\n"
        "  received_at: when 1700 received it, with its time zone\n"
        "  summary (up to 500 characters), description, involved_entity: required;\n"
        "  involved_persons: up to 50 names (may be empty)\n"
        f"  reporter.kind: {_values(ReporterKind)}; reporter.language: "
        f"{_values(Language)} (default nl)\n"
        "Anonymous reports are not handled: the reporter needs a name (an association or\n"
        "business may give its organisation instead) and an e-mail address or phone number."
    ),
)

# Every command that reads JSON, by its words on the command line.
JSON_EXAMPLES: dict[tuple[str, ...], JsonExample] = {
    ("report", "register"): REPORT_REGISTER,
}
