"""Confidential notes and recusals in the store: reading the sealed copies the service sent,
laying our pending note operations over them, and checking a new note operation.

A pending add shows at once (marked pending); a pending edit shows its new text at once,
and the text before it becomes an earlier version when the service's snapshot says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.notes import MAX_NOTE_LENGTH
from investigator_app.operations import AddNoteOp, EditNoteOp, Operation
from investigator_app.protocol import NoteOut, RecusalOut
from investigator_app.store.models import case_notes
from investigator_app.store.sealing import Sealer, note_place, recusals_place
from investigator_app.store.views import NoteVersionView, NoteView, RecusalView


def _view(note: NoteOut, my_id: str | None) -> NoteView:
    return NoteView(
        id=note.id,
        author_id=note.author.id,
        author=note.author.display_name,
        visibility=note.visibility,
        body=note.body,
        version=note.version,
        created_at=note.created_at,
        edited_at=note.edited_at,
        earlier=[
            NoteVersionView(
                version=v.version, body=v.body, visibility=v.visibility, edited_at=v.edited_at
            )
            for v in note.earlier
        ],
        mine=my_id is not None and note.author.id == my_id,
    )


def stored_notes(
    conn: Connection, sealer: Sealer, case_id: str, my_id: str | None
) -> list[NoteView]:
    """The notes of a case the service let us read, in the snapshot's order."""
    query = (
        select(case_notes.c.id, case_notes.c.sealed_payload)
        .where(case_notes.c.case_id == case_id)
        .order_by(case_notes.c.position)
    )
    return [
        _view(NoteOut.model_validate_json(sealer.open(sealed, note_place(case_id, note_id))), my_id)
        for note_id, sealed in conn.execute(query)
    ]


def overlay_notes(
    notes: Sequence[NoteView], ops: Iterable[Operation], my_id: str | None, me: str
) -> list[NoteView]:
    """The notes as the user sees them: with our pending adds and edits, oldest first."""
    shown = list(notes)
    for op in ops:
        if not isinstance(op, AddNoteOp | EditNoteOp):
            continue
        note = op.note
        note_id = str(note.note_id)
        index = next((i for i, n in enumerate(shown) if n.id == note_id), None)
        if isinstance(op, AddNoteOp):
            if index is not None:
                continue  # the service has it already (its answer to us was lost)
            shown.append(
                NoteView(
                    id=note_id,
                    author_id=my_id or "",
                    author=me,
                    visibility=note.visibility,
                    body=note.body,
                    version=1,
                    created_at=op.made_at,
                    edited_at=op.made_at,
                    pending=True,
                    mine=True,
                )
            )
        elif index is not None:
            # As the service will keep it: the text before becomes an earlier version.
            before = shown[index]
            kept = NoteVersionView(
                version=before.version,
                body=before.body,
                visibility=before.visibility,
                edited_at=before.edited_at,
            )
            shown[index] = replace(
                before,
                body=note.body,
                visibility=note.visibility,
                version=before.version + 1,
                edited_at=op.made_at,
                earlier=[*before.earlier, kept],
                pending=True,
            )
    return sorted(shown, key=lambda n: n.created_at)  # stable: the service's order on ties


def pending_note_texts(ops: Iterable[Operation]) -> list[str]:
    """The texts of our queued notes (for the search index of the list, in memory)."""
    return [op.note.body for op in ops if isinstance(op, AddNoteOp | EditNoteOp)]


def check_note(notes: Sequence[NoteView], op: AddNoteOp | EditNoteOp) -> None:
    """What add_note and edit_note need besides their fields; ``notes`` as the user sees
    them now (with pending ones). Raises TransitionError with a short English explanation."""
    if not op.note.body.strip():
        raise TransitionError(f"a note needs 1 to {MAX_NOTE_LENGTH} characters")
    found = next((n for n in notes if n.id == str(op.note.note_id)), None)
    if isinstance(op, AddNoteOp) and found is not None:
        raise TransitionError("that note exists already")
    if isinstance(op, EditNoteOp) and (found is None or not found.mine):
        raise TransitionError("only your own notes can be edited")


def recusals(sealer: Sealer, case_id: str, sealed: bytes | None) -> list[RecusalView]:
    if sealed is None:
        return []
    found: list[Any] = sealer.open_json(sealed, recusals_place(case_id))
    return [
        RecusalView(person=r.person.display_name, at=r.at, reason=r.reason, person_id=r.person.id)
        for r in (RecusalOut.model_validate(item) for item in found)
    ]
