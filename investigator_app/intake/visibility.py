"""Who sees what of a case on the service: the rules behind every per-viewer snapshot.

Pure (no SQL, HTTP or Qt): snapshots.py fetches rows in bulk, turns the ones a rule needs
into the plain facts below, asks these rules and assembles what they allow. Each rule is
here once and tested directly (tests/intake/test_visibility.py).

Why in intake/ and not domain/: these rules decide what the service sends to whom. The
desktop never applies them (it shows what it receives), and they speak of what only the
service holds: other departments' history, 1700's staff, colleagues' recusals. Who reads
a note (domain.notes.may_read) stays in domain/: it is the note's own rule, applied here
to each text.

Which department holds a case (feed.visible_department) is decided when the feed is
written; the snapshots are asked only for the cases of the viewer's department.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from investigator_app.domain.notes import NoteVisibility, may_read
from investigator_app.domain.vocabulary import Role
from investigator_app.intake.actors import CENTRAL_DESK_NAME, Actor

UNKNOWN_PERSON = "?"  # a person the service no longer knows


@dataclass(frozen=True)
class Viewer:
    """Whom a snapshot is built for: a member of a department."""

    user_id: str
    role: Role
    department_id: int

    @classmethod
    def of(cls, actor: Actor) -> Viewer:
        assert actor.user_id is not None and actor.role is not None
        assert actor.department_id is not None  # only department members read cases
        return cls(actor.user_id, actor.role, actor.department_id)


ViewClass = Viewer | tuple[Role, int]
"""Viewers of one class see a page alike (view_class)."""


def view_class(viewer: Viewer, involved: Collection[str]) -> ViewClass:
    """What of ``viewer`` a page's snapshots depend on, given who the page ``involved``:
    the authors of its notes, its cases' assignees, the people who declared on its cases
    and those who recused from their related cases.

    Every rule below compares the viewer's user id only with those people's ids; apart from
    that it asks the viewer's role and department. So viewers who are not involved see the
    page alike per (role, department), and the page is assembled once for them all (the
    long-polls of a department woken by one forward). A new rule that reads ``user_id``
    otherwise must widen ``involved``: tests/intake/test_group_read.py compares each
    viewer's page with the page read for them alone.
    """
    if viewer.user_id in involved:
        return viewer
    return (viewer.role, viewer.department_id)


@dataclass(frozen=True)
class Names:
    """What the rules may show instead of an id: department and people's display names."""

    departments: Mapping[int, str]
    people: Mapping[str, str]


@dataclass(frozen=True)
class Declaration:
    """A conflict-of-interest declaration on a case ("no conflict" or a recusal)."""

    case_id: str
    user_id: str
    department_id: int | None  # the declarer's department
    recused: bool
    at: datetime
    sealed_reason: bytes | None = None  # a recusal's optional reason, sealed


@dataclass(frozen=True)
class NoteText:
    """One version of a note's text, with the visibility it was written with."""

    version: int
    visibility: NoteVisibility
    edited_at: datetime
    sealed: bytes


@dataclass(frozen=True)
class Note:
    """A confidential note with every text it had, oldest first (the current one last)."""

    id: str
    case_id: str
    department_id: int  # the department it was written in
    author_id: str
    visibility: NoteVisibility  # the current one
    version: int  # the current one
    created_at: datetime
    edited_at: datetime
    texts: tuple[NoteText, ...]


# --- the case ------------------------------------------------------------------------------


def sees_case(
    viewer: Viewer, *, forwarded: bool, purged: bool, declarations: Iterable[Declaration]
) -> bool:
    """Whether the viewer sees the case at all (its ``declarations``).

    A case 1700 never forwarded is no department's; a purged one is statistics only; one
    the viewer recused from is hidden from them for good (a tombstone in their feed, and
    404 on every per-case endpoint: cases.has_recused).
    """
    return forwarded and not purged and not recused_from(viewer, declarations)


def recused_from(viewer: Viewer, declarations: Iterable[Declaration]) -> bool:
    """Whether the viewer recused from the case these are the declarations of."""
    return any(d.recused and d.user_id == viewer.user_id for d in declarations)


def conflict_declared(viewer: Viewer, declarations: Iterable[Declaration]) -> bool:
    """Whether the viewer declared no conflict of interest: their own, nobody else's."""
    return any(not d.recused and d.user_id == viewer.user_id for d in declarations)


def shown_recusals(viewer: Viewer, declarations: Iterable[Declaration]) -> list[Declaration]:
    """The recusals of the viewer's department's members (who and when: colleagues know
    why the case waits for reassignment). Another department's are its own business."""
    return [d for d in declarations if d.recused and d.department_id == viewer.department_id]


def sees_recusal_reasons(viewer: Viewer) -> bool:
    """Managers read why someone recused (they reassign the case); colleagues do not."""
    return viewer.role is Role.MANAGER


# --- the timeline and the conversation -----------------------------------------------------


def event_actor(
    viewer: Viewer,
    *,
    label: str | None,
    department_id: int | None,
    person_id: str | None,
    names: Names,
) -> str:
    """Who the viewer sees as the actor of a timeline event.

    ``label`` is a fixed one recorded with the event (the reporter, the relay). What 1700 or
    the service's administrators did shows as 1700, and what another department did shows
    that department: never the person, who is not the viewer's colleague.
    """
    if label:
        return label
    if department_id is None:
        return CENTRAL_DESK_NAME
    if department_id != viewer.department_id:
        return names.departments[department_id]
    return person_name(person_id, names)


def event_assignee(
    viewer: Viewer, *, assignee_id: str | None, actor_department_id: int | None, names: Names
) -> str | None:
    """The new assignee an "assigned" event names (None: unassigned, or not shown). Whom
    another department assigned the case to is that department's business."""
    if assignee_id is None or actor_department_id not in (None, viewer.department_id):
        return None
    return names.people.get(assignee_id)


def sees_message(viewer: Viewer, department_id: int) -> bool:
    """A department sees its own conversation with the reporter: a case re-routed to it
    starts afresh (as its acknowledgement and assignee do)."""
    return department_id == viewer.department_id


def person_name(person_id: str | None, names: Names) -> str:
    """A colleague as the viewer sees them: by name."""
    name = names.people.get(person_id) if person_id is not None else None
    return name or UNKNOWN_PERSON


# --- notes ---------------------------------------------------------------------------------


def readable_texts(viewer: Viewer, note: Note, assignee_id: str | None) -> Sequence[NoteText]:
    """The texts of ``note`` the viewer may read, oldest first, the current one last;
    none when the note is not theirs to read (it is then left out entirely).

    A note stays in its department. Whether the viewer reads it follows its current
    visibility (domain.notes.may_read, with the case's assignee ``assignee_id``); an
    earlier text keeps the visibility it was written with, so a note that was "only me"
    before it went to the case team shows the team its team texts only.
    """
    if note.department_id != viewer.department_id or not _may_read(
        viewer, note, note.visibility, assignee_id
    ):
        return ()
    *earlier, current = note.texts
    return [t for t in earlier if _may_read(viewer, note, t.visibility, assignee_id)] + [current]


def _may_read(
    viewer: Viewer, note: Note, visibility: NoteVisibility, assignee_id: str | None
) -> bool:
    return may_read(
        visibility,
        author_id=note.author_id,
        viewer_id=viewer.user_id,
        viewer_role=viewer.role,
        assignee_id=assignee_id,
    )


# --- related cases -------------------------------------------------------------------------


@dataclass(frozen=True)
class RelatedCase:
    """A case at a department that names someone a case names too (intake/related.py)."""

    id: str
    reference: str
    department_id: int | None
    registered_at: datetime


MAX_LINKED = 20  # related cases of the department shown on one case


def linked_cases(
    viewer: Viewer, related: Iterable[RelatedCase], recused: Collection[str]
) -> list[RelatedCase]:
    """The viewer's department's related cases they may open (not those they recused
    from), newest first. Another department's cases are never named."""
    own = [r for r in related if r.department_id == viewer.department_id and r.id not in recused]
    own.sort(key=lambda r: (r.registered_at, r.reference), reverse=True)
    return own[:MAX_LINKED]


def signalled_departments(viewer: Viewer, related: Iterable[RelatedCase]) -> list[int]:
    """The other departments that have a related case, for the department's managers only
    (they contact 1700); nothing of those cases themselves."""
    if viewer.role is not Role.MANAGER:
        return []
    return sorted(
        {
            r.department_id
            for r in related
            if r.department_id is not None and r.department_id != viewer.department_id
        }
    )


# --- the audit trail -----------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    """An entry of a case's audit trail as recorded, with the department that held the case
    when it was written (None: no department had it yet)."""

    at: datetime
    actor: str  # the name recorded with it
    action: str
    detail: Mapping[str, str | int]
    reason: str | None
    department_id: int | None


SHARED_AUDIT_DETAIL = frozenset({"reference"})
"""What an entry of another department's time shows of its detail: the case's reference."""


def shown_audit_entry(viewer: Viewer, entry: AuditEntry, names: Names) -> AuditEntry:
    """An entry of the case's trail as the viewer sees it.

    What the viewer's department did while it held the case shows in full. What was done
    while another department held it (a case re-routed from it) shows that department and
    the action, as the timeline of the feed does: never its people, its reasons (a reveal's
    reason) or its ids (operations, copies, files, readers).
    """
    if entry.department_id == viewer.department_id:
        return entry
    holder = CENTRAL_DESK_NAME
    if entry.department_id is not None:
        holder = names.departments.get(entry.department_id, UNKNOWN_PERSON)
    detail = {key: value for key, value in entry.detail.items() if key in SHARED_AUDIT_DETAIL}
    return AuditEntry(entry.at, holder, entry.action, detail, None, entry.department_id)
