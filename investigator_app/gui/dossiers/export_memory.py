"""What the user chose for the last copy of each case in this session (reader, profile,
notes, interview records, carried pieces, blacked-out passages), so that printing after an
export, or exporting again, starts from those choices. Kept in memory only: it ends with
the session, and nothing of it (a reader's name, which passages are sensitive) is written
to disk."""

from __future__ import annotations

from dataclasses import dataclass

from investigator_app.export.options import Profile, Span


@dataclass(frozen=True)
class ExportChoices:
    """One copy's choices. Including a revealed identity is not among them: that is ticked
    anew for every copy."""

    profile: Profile
    reader: str
    spans: tuple[Span, ...] = ()
    note_ids: frozenset[str] = frozenset()
    interview_ids: frozenset[str] = frozenset()
    piece_ids: frozenset[str] = frozenset()  # whose content the copy carried


class ExportMemory:
    """Per case id, the choices of its latest copy (export or print)."""

    def __init__(self) -> None:
        self._by_case: dict[str, ExportChoices] = {}

    def remember(self, case_id: str, choices: ExportChoices) -> None:
        self._by_case[case_id] = choices

    def recall(self, case_id: str) -> ExportChoices | None:
        return self._by_case.get(case_id)

    def clear(self) -> None:
        self._by_case.clear()
