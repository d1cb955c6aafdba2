"""Confidential notes: who may read them.

A note is the investigator's own working text. It is never relayed to the reporter, never
readable by 1700, and leaves the department only in a print copy where its author picked it.
"""

from __future__ import annotations

from enum import StrEnum

from investigator_app.domain.vocabulary import Role

MAX_NOTE_LENGTH = 50_000


class NoteVisibility(StrEnum):
    ONLY_ME = "only_me"  # the author alone
    CASE_TEAM = "case_team"  # the case's assignee, the department's managers, the author


def may_read(
    visibility: NoteVisibility,
    *,
    author_id: str,
    viewer_id: str,
    viewer_role: Role,
    assignee_id: str | None,
) -> bool:
    """Whether ``viewer`` may read a note of a case assigned to ``assignee_id``.

    The case team is the investigator the case is assigned to and the department's
    managers (plus the author): a colleague who is not on the case does not read along.
    """
    if viewer_id == author_id:
        return True
    if visibility is NoteVisibility.ONLY_ME:
        return False
    return viewer_role is Role.MANAGER or viewer_id == assignee_id
