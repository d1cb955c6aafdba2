"""Who sees what of a case on the service (intake/visibility.py), rule by rule: pure, no
database. The service tests (test_notes.py, test_conflict_of_interest.py, test_feed.py)
check the same rules end to end through the snapshots."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Role
from investigator_app.intake.actors import CENTRAL_DESK_NAME, Actor
from investigator_app.intake.visibility import (
    UNKNOWN_PERSON,
    AuditEntry,
    Declaration,
    Names,
    Note,
    NoteText,
    Viewer,
    conflict_declared,
    event_actor,
    event_assignee,
    readable_texts,
    sees_case,
    sees_message,
    sees_recusal_reasons,
    shown_audit_entry,
    shown_recusals,
)

OWN, OTHER = 1, 2  # the viewers' department, and another one
ONLY_ME, CASE_TEAM = NoteVisibility.ONLY_ME, NoteVisibility.CASE_TEAM
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

AUTHOR = Viewer("author", Role.INVESTIGATOR, OWN)
ASSIGNEE = Viewer("assignee", Role.INVESTIGATOR, OWN)
MANAGER = Viewer("manager", Role.MANAGER, OWN)
COLLEAGUE = Viewer("colleague", Role.INVESTIGATOR, OWN)  # same department, not on the case
OTHER_MANAGER = Viewer("other-manager", Role.MANAGER, OTHER)

NAMES = Names(
    departments={OWN: "Integriteitscel", OTHER: "Audit Vlaanderen"},
    people={"author": "An Peeters", "assignee": "Jonas Maes", "elsewhere": "Tom Claes"},
)


def note(*visibilities: NoteVisibility, department_id: int = OWN) -> Note:
    """A note by AUTHOR whose texts had these visibilities, oldest first."""
    texts = tuple(
        NoteText(
            version=number,
            visibility=visibility,
            edited_at=T0 + timedelta(hours=number),
            sealed=f"text {number}".encode(),
        )
        for number, visibility in enumerate(visibilities, start=1)
    )
    return Note(
        id="note-1",
        case_id="case-1",
        department_id=department_id,
        author_id=AUTHOR.user_id,
        visibility=visibilities[-1],
        version=len(visibilities),
        created_at=T0,
        edited_at=texts[-1].edited_at,
        texts=texts,
    )


def versions(viewer: Viewer, shown: Note, assignee_id: str | None = "assignee") -> list[int]:
    return [text.version for text in readable_texts(viewer, shown, assignee_id)]


def declaration(user_id: str, *, recused: bool, department_id: int = OWN) -> Declaration:
    return Declaration(
        case_id="case-1",
        user_id=user_id,
        department_id=department_id,
        recused=recused,
        at=T0,
        sealed_reason=b"sealed" if recused else None,
    )


# --- notes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("viewer", "only_me", "case_team"),
    [
        (AUTHOR, True, True),
        (ASSIGNEE, False, True),
        (MANAGER, False, True),
        (COLLEAGUE, False, False),  # not on the case: does not read along
        (OTHER_MANAGER, False, False),  # a note stays in its department
    ],
)
def test_who_reads_a_note(viewer: Viewer, only_me: bool, case_team: bool) -> None:
    assert bool(readable_texts(viewer, note(ONLY_ME), "assignee")) is only_me
    assert bool(readable_texts(viewer, note(CASE_TEAM), "assignee")) is case_team


def test_the_case_team_follows_the_assignee() -> None:
    team_note = note(CASE_TEAM)
    assert versions(ASSIGNEE, team_note, assignee_id="colleague") == []
    assert versions(COLLEAGUE, team_note, assignee_id="colleague") == [1]
    # Unassigned: the managers and the author.
    assert versions(MANAGER, team_note, assignee_id=None) == [1]
    assert versions(AUTHOR, team_note, assignee_id=None) == [1]
    assert versions(ASSIGNEE, team_note, assignee_id=None) == []


def test_the_author_reads_their_note_only_in_its_department() -> None:
    moved = Viewer(AUTHOR.user_id, AUTHOR.role, OTHER)  # the author, now elsewhere
    assert versions(moved, note(ONLY_ME)) == []
    assert versions(moved, note(CASE_TEAM)) == []
    assert versions(OTHER_MANAGER, note(CASE_TEAM, department_id=OTHER)) == [1]


def test_an_earlier_only_me_text_stays_the_authors_when_the_note_goes_to_the_team() -> None:
    shared = note(ONLY_ME, CASE_TEAM, CASE_TEAM)
    assert versions(AUTHOR, shared) == [1, 2, 3]
    for reader in (ASSIGNEE, MANAGER):
        assert versions(reader, shared) == [2, 3]  # the current text last
    assert versions(COLLEAGUE, shared) == []


def test_a_note_taken_back_to_only_me_hides_its_earlier_team_texts_too() -> None:
    taken_back = note(CASE_TEAM, ONLY_ME)
    assert versions(AUTHOR, taken_back) == [1, 2]
    for reader in (ASSIGNEE, MANAGER, COLLEAGUE):
        assert versions(reader, taken_back) == []


def test_earlier_texts_are_weighed_one_by_one() -> None:
    mixed = note(CASE_TEAM, ONLY_ME, CASE_TEAM)
    assert versions(MANAGER, mixed) == [1, 3]
    assert versions(AUTHOR, mixed) == [1, 2, 3]


# --- the case and the declarations ---------------------------------------------------------


def test_a_viewer_who_recused_no_longer_sees_the_case() -> None:
    recusal = [declaration("assignee", recused=True)]
    assert sees_case(ASSIGNEE, forwarded=True, purged=False, declarations=[]) is True
    assert sees_case(ASSIGNEE, forwarded=True, purged=False, declarations=recusal) is False
    # Someone else's recusal, or one's own "no conflict", hides nothing.
    assert sees_case(MANAGER, forwarded=True, purged=False, declarations=recusal) is True
    declared = [declaration("assignee", recused=False)]
    assert sees_case(ASSIGNEE, forwarded=True, purged=False, declarations=declared) is True


def test_a_purged_or_never_forwarded_case_is_nobodys() -> None:
    for viewer in (MANAGER, ASSIGNEE):
        assert sees_case(viewer, forwarded=True, purged=True, declarations=[]) is False
        assert sees_case(viewer, forwarded=False, purged=False, declarations=[]) is False


def test_the_no_conflict_declaration_is_the_declarers_own() -> None:
    declared = [declaration("assignee", recused=False)]
    assert conflict_declared(ASSIGNEE, declared) is True
    assert conflict_declared(MANAGER, declared) is False
    assert conflict_declared(ASSIGNEE, [declaration("assignee", recused=True)]) is False
    assert conflict_declared(ASSIGNEE, []) is False


def test_the_department_sees_who_recused_and_only_managers_read_why() -> None:
    jonas = declaration("assignee", recused=True)
    an = declaration("author", recused=True)
    elsewhere = declaration("elsewhere", recused=True, department_id=OTHER)
    no_conflict = declaration("colleague", recused=False)
    listed = [jonas, no_conflict, elsewhere, an]
    for viewer in (MANAGER, COLLEAGUE):
        assert shown_recusals(viewer, listed) == [jonas, an]  # in the order given
    assert shown_recusals(OTHER_MANAGER, listed) == [elsewhere]
    assert sees_recusal_reasons(MANAGER) is True
    assert sees_recusal_reasons(COLLEAGUE) is False
    assert sees_recusal_reasons(OTHER_MANAGER) is True  # of their own department's only


# --- the timeline and the conversation -----------------------------------------------------


def actor(
    viewer: Viewer,
    *,
    label: str | None = None,
    department_id: int | None = OWN,
    person_id: str | None = "author",
) -> str:
    return event_actor(
        viewer, label=label, department_id=department_id, person_id=person_id, names=NAMES
    )


def test_what_another_department_did_shows_that_department_never_the_person() -> None:
    assert actor(MANAGER, department_id=OWN, person_id="author") == "An Peeters"
    assert actor(MANAGER, department_id=OTHER, person_id="elsewhere") == "Audit Vlaanderen"
    assert actor(OTHER_MANAGER, department_id=OWN, person_id="author") == "Integriteitscel"
    # 1700's staff and the service's administrators show as 1700.
    assert actor(MANAGER, department_id=None, person_id="operator") == CENTRAL_DESK_NAME
    assert actor(MANAGER, department_id=None, person_id=None) == CENTRAL_DESK_NAME


def test_a_recorded_label_shows_as_is_and_an_unknown_colleague_as_a_question_mark() -> None:
    assert actor(MANAGER, label="reporter", department_id=None, person_id=None) == "reporter"
    assert actor(MANAGER, label="relay", department_id=OTHER) == "relay"
    assert actor(MANAGER, person_id="gone") == UNKNOWN_PERSON
    assert actor(MANAGER, person_id=None) == UNKNOWN_PERSON


def test_whom_another_department_assigned_the_case_to_is_its_own_business() -> None:
    def assignee(viewer: Viewer, by: int | None, assignee_id: str | None = "assignee") -> object:
        return event_assignee(viewer, assignee_id=assignee_id, actor_department_id=by, names=NAMES)

    assert assignee(MANAGER, by=OWN) == "Jonas Maes"
    assert assignee(MANAGER, by=None) == "Jonas Maes"  # 1700 or an administrator
    assert assignee(OTHER_MANAGER, by=OWN) is None
    assert assignee(MANAGER, by=OWN, assignee_id=None) is None  # unassigned
    assert assignee(MANAGER, by=OWN, assignee_id="gone") is None


def test_a_department_sees_its_own_conversation_with_the_reporter_only() -> None:
    assert sees_message(MANAGER, OWN) is True
    assert sees_message(MANAGER, OTHER) is False
    assert sees_message(OTHER_MANAGER, OTHER) is True


def test_a_viewer_is_a_department_member() -> None:
    member = Actor(user_id="manager", name="Els", role=Role.MANAGER, department_id=OWN)
    assert Viewer.of(member) == MANAGER
    with pytest.raises(AssertionError):
        Viewer.of(Actor(user_id=None, name="cli:root", role=Role.ADMIN))


def test_the_audit_trail_of_another_departments_time_shows_that_department_only() -> None:
    detail = {"reference": "1700-2026-000001", "op_id": "op-1", "reader": "Karel Chef"}
    reveal = AuditEntry(T0, "An Peeters", "case.identity_revealed", detail, "why", OWN)
    assert shown_audit_entry(MANAGER, reveal, NAMES) == reveal  # the department's own, whole
    assert shown_audit_entry(OTHER_MANAGER, reveal, NAMES) == AuditEntry(
        T0, "Integriteitscel", "case.identity_revealed", {"reference": "1700-2026-000001"},
        None, OWN,
    )  # fmt: skip
    unknown = AuditEntry(T0, "An Peeters", "case.recused", detail, None, department_id=3)
    assert shown_audit_entry(MANAGER, unknown, NAMES).actor == UNKNOWN_PERSON
    before = AuditEntry(T0, "Dana Desk", "case.copy_exported", detail, None, department_id=None)
    assert shown_audit_entry(MANAGER, before, NAMES).actor == CENTRAL_DESK_NAME
