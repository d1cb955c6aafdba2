"""Confidential notes on the service: adding and editing them (desktop operations), and
reading the ones a viewer may read, in bulk, for the feed.

A note's text is stored only sealed (note_cipher.py), one row per version: an edit adds a
version and keeps the earlier ones. Nothing here logs or audits a text; ids, versions and
visibility only. Who reads what is decided by visibility.readable_texts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.notes import NoteVisibility
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.case_ids import ByCases, CaseIds
from investigator_app.intake.cases import touch
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case, CaseNote, CaseNoteVersion
from investigator_app.intake.note_cipher import NoteCipher, note_context, require
from investigator_app.intake.visibility import Note, NoteText
from investigator_app.operations import AddNoteOp, EditNoteOp, NoteIn
from investigator_app.protocol import NoteOut, NoteVersionOut, PersonOut

NOTE_NOT_FOUND = "note not found"  # also for a note of another case or another author


def apply_note_action(
    session: Session,
    actor: Actor,
    case: Case,
    op: AddNoteOp | EditNoteOp,
    now: datetime,
    cipher: NoteCipher | None,
) -> None:
    """add_note or edit_note (raises TransitionError when refused)."""
    at = min(op.made_at, now)
    if isinstance(op, AddNoteOp):
        note = _add(session, actor, case, op.note, at, require(cipher))
    else:
        note = _edit(session, actor, case, op.note, at, require(cipher))
    touch(case)  # no timeline entry, but desktops must take the new snapshot
    publish(session, case)
    audit.record(
        session,
        actor,
        "note.add" if isinstance(op, AddNoteOp) else "note.edit",
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


_NOTES = ByCases(
    lambda ids: (
        select(
            CaseNote.id,
            CaseNote.case_id,
            CaseNote.department_id,
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
        .where(CaseNote.case_id.in_(ids))
        .order_by(CaseNote.created_at, CaseNote.id, CaseNoteVersion.version)
    )
)


def load_notes(session: Session, case_ids: CaseIds) -> dict[str, list[Note]]:
    """Every note written on these cases with all its texts, per case id, oldest first
    (one query); nothing is decrypted. Who reads which: visibility.readable_texts."""
    rows = session.execute(*_NOTES(case_ids)).all()
    texts: dict[str, list[Any]] = defaultdict(list)  # per note id, in note order
    for row in rows:
        texts[row.id].append(row)
    result: dict[str, list[Note]] = defaultdict(list)
    for versions in texts.values():
        note = versions[-1]
        result[note.case_id].append(
            Note(
                id=note.id,
                case_id=note.case_id,
                department_id=note.department_id,
                author_id=note.author_id,
                visibility=NoteVisibility(note.visibility),
                version=note.version,
                created_at=note.created_at,
                edited_at=note.edited_at,
                texts=tuple(
                    NoteText(
                        version=v.text_version,
                        visibility=NoteVisibility(v.text_visibility),
                        edited_at=v.text_edited_at,
                        sealed=v.ciphertext,
                    )
                    for v in versions
                ),
            )
        )
    return result


def note_out(
    note: Note,
    texts: Sequence[NoteText],
    people: Mapping[str, PersonOut],
    cipher: NoteCipher | None,
) -> NoteOut:
    """The note with ``texts`` (those the viewer may read, the current one last), decrypted."""
    opened = [require(cipher).open(t.sealed, note_context(note.id, t.version)) for t in texts]
    return NoteOut(
        id=note.id,
        author=people[note.author_id],
        visibility=note.visibility,
        body=opened[-1],
        version=note.version,
        created_at=note.created_at,
        edited_at=note.edited_at,
        earlier=[
            NoteVersionOut(
                version=t.version, body=body, visibility=t.visibility, edited_at=t.edited_at
            )
            for t, body in zip(texts[:-1], opened[:-1], strict=True)
        ],
    )
