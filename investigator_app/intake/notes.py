"""Confidential notes on the service: adding and editing them (desktop operations), and
reading the ones a viewer may read, in bulk, for the feed.

A note's text is stored only sealed (note_cipher.py), one row per version: an edit adds a
version and keeps the earlier ones. Nothing here logs or audits a text; ids, versions and
visibility only. Who reads what is decided by domain.notes.may_read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.notes import NoteVisibility, may_read
from investigator_app.domain.vocabulary import Role
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import touch
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case, CaseNote, CaseNoteVersion
from investigator_app.intake.note_cipher import NoteCipher, note_context, require
from investigator_app.protocol import NoteIn, NoteOut, NoteVersionOut, OperationIn, PersonOut

NOTE_NOT_FOUND = "note not found"  # also for a note of another case or another author


def apply_note_action(
    session: Session,
    actor: Actor,
    case: Case,
    op: OperationIn,
    now: datetime,
    cipher: NoteCipher | None,
) -> None:
    """add_note or edit_note (raises TransitionError when refused)."""
    if op.note is None:
        raise TransitionError(f"'{op.action}' needs a note")
    if op.reason:
        raise TransitionError(f"'{op.action}' takes no reason")
    at = min(op.made_at, now)
    if op.action is Action.ADD_NOTE:
        note = _add(session, actor, case, op.note, at, require(cipher))
    else:
        note = _edit(session, actor, case, op.note, at, require(cipher))
    touch(case)  # no timeline entry, but desktops must take the new snapshot
    publish(session, case)
    audit.record(
        session,
        actor,
        "note.add" if op.action is Action.ADD_NOTE else "note.edit",
        now,
        case_id=case.id,
        detail={
            "reference": case.reference,
            "op_id": str(op.op_id),
            "note_id": note.id,
            "version": note.version,
            "visibility": note.visibility,
        },
    )


def _add(
    session: Session, actor: Actor, case: Case, incoming: NoteIn, at: datetime, cipher: NoteCipher
) -> CaseNote:
    note_id = str(incoming.note_id)
    if session.get(CaseNote, note_id) is not None:
        raise TransitionError("this note id is already used")
    assert actor.user_id is not None and actor.department_id is not None
    note = CaseNote(
        id=note_id,
        case_id=case.id,
        department_id=actor.department_id,
        author_id=actor.user_id,
        visibility=incoming.visibility,
        version=1,
        created_at=at,
        edited_at=at,
    )
    session.add(note)
    session.flush()  # the version row refers to it
    _add_version(session, note, incoming.body, cipher)
    return note


def _edit(
    session: Session, actor: Actor, case: Case, incoming: NoteIn, at: datetime, cipher: NoteCipher
) -> CaseNote:
    note = session.scalars(
        select(CaseNote).where(CaseNote.id == str(incoming.note_id)).with_for_update()
    ).one_or_none()
    # One answer whether the note is missing, on another case or someone else's: a caller
    # learns nothing about notes that are not theirs.
    if (
        note is None
        or note.case_id != case.id
        or note.author_id != actor.user_id
        or note.department_id != actor.department_id
    ):
        raise TransitionError(NOTE_NOT_FOUND)
    note.version += 1
    note.visibility = incoming.visibility
    note.edited_at = max(at, note.edited_at)
    _add_version(session, note, incoming.body, cipher)
    return note


def _add_version(session: Session, note: CaseNote, body: str, cipher: NoteCipher) -> None:
    session.add(
        CaseNoteVersion(
            note_id=note.id,
            version=note.version,
            visibility=note.visibility,
            edited_at=note.edited_at,
            ciphertext=cipher.seal(body, note_context(note.id, note.version)),
        )
    )


# --- reading, in bulk ---------------------------------------------------------------------


def load_note_rows(session: Session, department_id: int, case_ids: Any) -> Sequence[Any]:
    """Every version of every note the department wrote on these cases (one query);
    nothing is decrypted yet."""
    return session.execute(
        select(
            CaseNote.id,
            CaseNote.case_id,
            CaseNote.author_id,
            CaseNote.visibility,
            CaseNote.version,
            CaseNote.created_at,
            CaseNote.edited_at,
            CaseNoteVersion.version.label("text_version"),
            CaseNoteVersion.visibility.label("text_visibility"),
            CaseNoteVersion.edited_at.label("text_edited_at"),
            CaseNoteVersion.ciphertext,
        )
        .join(CaseNoteVersion, CaseNoteVersion.note_id == CaseNote.id)
        .where(CaseNote.case_id.in_(case_ids), CaseNote.department_id == department_id)
        .order_by(CaseNote.created_at, CaseNote.id, CaseNoteVersion.version)
    ).all()


def readable_notes(
    rows: Sequence[Any],
    *,
    viewer_id: str,
    viewer_role: Role,
    assignees: Mapping[str, str | None],
    people: Mapping[str, PersonOut],
    cipher: NoteCipher | None,
) -> dict[str, list[NoteOut]]:
    """NoteOut per case id (oldest first) of the notes ``viewer`` may read, decrypted;
    ``assignees`` maps each case id to its assignee."""
    texts: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row.case_id in assignees and may_read(
            NoteVisibility(row.visibility),
            author_id=row.author_id,
            viewer_id=viewer_id,
            viewer_role=viewer_role,
            assignee_id=assignees[row.case_id],
        ):
            texts[row.id].append(row)
    result: dict[str, list[NoteOut]] = defaultdict(list)
    for all_versions in texts.values():  # in note order: rows came sorted
        current = all_versions[-1]
        # An earlier text keeps the visibility it was written with: a note that was "only
        # me" before it went to the case team shows the team its team texts only.
        versions = [
            v
            for v in all_versions[:-1]
            if may_read(
                NoteVisibility(v.text_visibility),
                author_id=v.author_id,
                viewer_id=viewer_id,
                viewer_role=viewer_role,
                assignee_id=assignees[v.case_id],
            )
        ] + [current]
        opened = [
            require(cipher).open(v.ciphertext, note_context(v.id, v.text_version)) for v in versions
        ]
        result[current.case_id].append(
            NoteOut(
                id=current.id,
                author=people[current.author_id],
                visibility=current.visibility,
                body=opened[-1],
                version=current.version,
                created_at=current.created_at,
                edited_at=current.edited_at,
                earlier=[
                    NoteVersionOut(
                        version=v.text_version,
                        body=text,
                        visibility=v.text_visibility,
                        edited_at=v.text_edited_at,
                    )
                    for v, text in zip(versions[:-1], opened[:-1], strict=True)
                ],
            )
        )
    return result
