"""Confidential notes and the conflict-of-interest declaration in the local store: sealed on
disk, shown at once while queued, found by the list's search, kept by the 0004 migration;
a recusal hides the case at once and the case and its notes leave the store with it."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.notes import MAX_NOTE_LENGTH, NoteVisibility
from investigator_app.domain.vocabulary import Role, Status
from investigator_app.operations import OperationResult, OperationsResponse
from investigator_app.protocol import CaseOut, NoteOut, NoteVersionOut, PersonOut, RecusalOut
from investigator_app.store import LocalStore
from investigator_app.store.database import alembic_config, create_store_engine, writer
from investigator_app.store.models import case_notes
from investigator_app.store.outbox import UnknownCaseError
from investigator_app.store.sealing import Sealer
from investigator_app.store.views import CaseSummary
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, make_case, me, page
from tests.store.disk_scan import hits
from tests.store.test_migration_0003 import make_0002_store
from tests.store.test_sealing import CANARIES, DESCRIPTION, QUEUED
from tests.support.operations import queue_action

NOW = RECEIVED + timedelta(days=4)
MANAGER = PersonOut(id="u-man", display_name="Mia Manager", role=Role.MANAGER)

THEIR_NOTE = "Kanarienotitie van de collega: Gnoeverslag"
MY_NOTE = "Mijn notitie over Wombatfactuur"
MY_OLD_TEXT = "Eerste versie over Dodoreis"
RECUSAL_REASON = "Mijn schoonbroer werkt bij Kiwibedrijf"
QUEUED_NOTE = "Wachtende notitie over Beverbetaling"
QUEUED_EDIT = "Nieuwe tekst over Marmotmaaltijd"
NOTE_CANARIES = [
    "Gnoeverslag",
    "Wombatfactuur",
    "Dodoreis",
    "Kiwibedrijf",
    "Beverbetaling",
    "Marmotmaaltijd",
]


def note(
    note_id: str,
    body: str,
    *,
    author: PersonOut = ME,
    visibility: NoteVisibility = NoteVisibility.ONLY_ME,
    days: int = 1,
    earlier: list[NoteVersionOut] | None = None,
) -> NoteOut:
    created = RECEIVED + timedelta(days=days)
    return NoteOut(
        id=note_id,
        author=author,
        visibility=visibility,
        body=body,
        version=len(earlier or []) + 1,
        created_at=created,
        edited_at=created + timedelta(hours=len(earlier or [])),
        earlier=earlier or [],
    )


def with_notes(case: CaseOut, *notes: NoteOut, **changes: object) -> CaseOut:
    return case.model_copy(update={"notes": list(notes), **changes})


def noted_case(version: int = 2) -> CaseOut:
    """A case with a colleague's case-team note (older) and a note of mine edited once."""
    mine = note(
        str(uuid.UUID(int=1)),
        MY_NOTE,
        days=2,
        earlier=[
            NoteVersionOut(
                version=1,
                body=MY_OLD_TEXT,
                visibility=NoteVisibility.ONLY_ME,
                edited_at=RECEIVED + timedelta(days=2),
            )
        ],
    )
    theirs = note(
        str(uuid.UUID(int=2)), THEIR_NOTE, author=COLLEAGUE, visibility=NoteVisibility.CASE_TEAM
    )
    recusal = RecusalOut(person=MANAGER, at=RECEIVED + timedelta(days=3), reason=RECUSAL_REASON)
    return with_notes(
        make_case(version=version, status=Status.ASSESSING),
        theirs,
        mine,
        recusals=[recusal],
        needs_reassignment=True,
    )


def found(store: LocalStore, row: CaseSummary, word: str) -> bool:
    return row.search_key in (store.word_matches(word) or ())


def test_notes_show_oldest_first_with_author_versions_and_who_wrote_them(
    store: LocalStore,
) -> None:
    store.apply_changes(page(noted_case(), cursor=1))
    detail = store.detail("c1", NOW)
    assert detail is not None
    theirs, mine = detail.notes
    assert (theirs.author, theirs.body, theirs.mine) == ("Cas Colleague", THEIR_NOTE, False)
    assert theirs.visibility is NoteVisibility.CASE_TEAM
    assert (mine.body, mine.version, mine.mine, mine.pending) == (MY_NOTE, 2, True, False)
    assert [(v.version, v.body) for v in mine.earlier] == [(1, MY_OLD_TEXT)]
    assert detail.needs_reassignment
    [recusal] = detail.recusals
    assert (recusal.person, recusal.reason) == ("Mia Manager", RECUSAL_REASON)
    [row] = store.list_summaries(NOW)
    assert row.needs_reassignment and not row.conflict_declared


def test_no_note_text_or_recusal_reason_is_on_disk_in_the_clear(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = LocalStore.open(folder / "stores" / "store.sqlite3", new_key())
    store.set_identity(me())
    store.apply_changes(page(noted_case(), cursor=1))
    store.add_note("c1", QUEUED_NOTE, NoteVisibility.CASE_TEAM, NOW)
    store.edit_note("c1", uuid.UUID(int=1), QUEUED_EDIT, NoteVisibility.ONLY_ME, NOW)

    detail = store.detail("c1", NOW)  # everything is there for the user ...
    assert detail is not None
    bodies = {n.body for n in detail.notes}
    assert bodies == {THEIR_NOTE, QUEUED_EDIT, QUEUED_NOTE}
    assert detail.recusals[0].reason == RECUSAL_REASON
    # A queued edit shows as the service will keep it: the text before it is an earlier one.
    assert [v.body for n in detail.notes for v in n.earlier] == [MY_OLD_TEXT, MY_NOTE]
    assert hits(folder, NOTE_CANARIES) == []  # ... and not on disk, WAL included
    store.close()
    assert hits(folder, NOTE_CANARIES) == []


def test_a_new_note_shows_at_once_as_pending_and_goes_out_as_an_operation(
    store: LocalStore,
) -> None:
    store.apply_changes(page(make_case(status=Status.ACKNOWLEDGED), cursor=1))
    note_id = store.add_note(
        "c1", "  Eerste indruk: <b>dringend</b>  ", NoteVisibility.ONLY_ME, NOW
    )

    detail = store.detail("c1", NOW)
    assert detail is not None
    [shown] = detail.notes
    assert (shown.id, shown.body, shown.pending, shown.mine) == (
        str(note_id),
        "Eerste indruk: <b>dringend</b>",
        True,
        True,
    )
    assert (shown.author, shown.created_at) == ("Ines Investigator", NOW)
    assert detail.timeline[-1].pending is False  # a note is no event in the history
    [row] = store.list_summaries(NOW)
    assert row.pending_actions == 1

    [op] = store.pending_operations(5)
    assert op.action is Action.ADD_NOTE and op.note is not None
    assert (op.note.note_id, op.note.body) == (note_id, "Eerste indruk: <b>dringend</b>")
    assert op.note.visibility is NoteVisibility.ONLY_ME

    confirmed = with_notes(
        make_case(version=2, status=Status.ACKNOWLEDGED),
        note(str(note_id), "Eerste indruk: <b>dringend</b>"),
    )
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=op.op_id, status="applied", case=confirmed)]
        )
    )
    detail = store.detail("c1", NOW)
    assert detail is not None
    assert [(n.id, n.pending) for n in detail.notes] == [(str(note_id), False)]
    assert store.pending_count() == 0


def test_an_edit_shows_at_once_and_the_old_text_becomes_an_earlier_version(
    store: LocalStore,
) -> None:
    store.apply_changes(page(noted_case(), cursor=1))
    mine = str(uuid.UUID(int=1))
    store.edit_note("c1", mine, QUEUED_EDIT, NoteVisibility.CASE_TEAM, NOW)

    detail = store.detail("c1", NOW)
    assert detail is not None
    edited = detail.notes[1]
    assert (edited.body, edited.visibility, edited.pending) == (
        QUEUED_EDIT,
        NoteVisibility.CASE_TEAM,
        True,
    )
    assert edited.edited_at == NOW
    [op] = store.pending_operations(5)
    assert op.action is Action.EDIT_NOTE and op.note is not None
    assert str(op.note.note_id) == mine and op.note.body == QUEUED_EDIT

    # The service keeps the text before the edit as an earlier version.
    before = detail.notes[1]
    confirmed = note(
        mine,
        QUEUED_EDIT,
        visibility=NoteVisibility.CASE_TEAM,
        days=2,
        earlier=[
            NoteVersionOut(
                version=1,
                body=MY_OLD_TEXT,
                visibility=NoteVisibility.ONLY_ME,
                edited_at=RECEIVED + timedelta(days=2),
            ),
            NoteVersionOut(
                version=2,
                body=MY_NOTE,
                visibility=NoteVisibility.ONLY_ME,
                edited_at=RECEIVED + timedelta(days=2, hours=1),
            ),
        ],
    )
    snapshot = with_notes(noted_case(version=3), noted_case().notes[0], confirmed)
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=op.op_id, status="applied", case=snapshot)]
        )
    )
    detail = store.detail("c1", NOW)
    assert detail is not None
    after = detail.notes[1]
    assert (after.body, after.pending, after.version) == (QUEUED_EDIT, False, 3)
    assert [v.body for v in after.earlier] == [MY_OLD_TEXT, MY_NOTE]
    assert before.created_at == after.created_at


def test_only_own_notes_can_be_edited_and_texts_must_fit(store: LocalStore) -> None:
    store.apply_changes(page(noted_case(), cursor=1))
    with pytest.raises(TransitionError, match="own notes"):
        store.edit_note("c1", str(uuid.UUID(int=2)), "Overschreven", NoteVisibility.ONLY_ME, NOW)
    with pytest.raises(TransitionError, match="own notes"):
        store.edit_note("c1", uuid.uuid4(), "Onbekend", NoteVisibility.ONLY_ME, NOW)
    for text in ("", "   \n  ", "x" * (MAX_NOTE_LENGTH + 1)):
        with pytest.raises(TransitionError, match="1 to"):
            store.add_note("c1", text, NoteVisibility.ONLY_ME, NOW)
    assert store.pending_count() == 0
    store.add_note("c1", "x" * MAX_NOTE_LENGTH, NoteVisibility.ONLY_ME, NOW)
    # A note queued offline can be edited before it went out.
    queued = store.add_note("c1", "Kort", NoteVisibility.ONLY_ME, NOW)
    store.edit_note("c1", queued, "Langer en beter", NoteVisibility.CASE_TEAM, NOW)
    detail = store.detail("c1", NOW)
    assert detail is not None
    assert [n.body for n in detail.notes if n.id == str(queued)] == ["Langer en beter"]


def test_the_list_finds_a_case_by_a_word_or_prefix_of_a_note(store: LocalStore) -> None:
    store.apply_changes(page(noted_case(), make_case("c2"), cursor=2))
    store.add_note("c2", QUEUED_NOTE, NoteVisibility.ONLY_ME, NOW)
    rows = {row.id: row for row in store.list_summaries(NOW)}
    assert found(store, rows["c1"], "gnoeverslag") and found(store, rows["c1"], "Wombat")
    assert not found(store, rows["c2"], "gnoever")
    assert found(store, rows["c2"], "beverbet")  # queued, not yet sent
    assert not found(store, rows["c1"], "beverbet")
    assert not found(store, rows["c1"], "dodoreis")  # an earlier text is not searched
    [changed] = store.summaries(["c2"], NOW)
    assert found(store, changed, "Beverbetaling")


def test_a_declaration_shows_at_once_and_then_from_the_snapshot(store: LocalStore) -> None:
    store.apply_changes(page(make_case(), cursor=1))
    op_id = queue_action(store, "c1", Action.DECLARE_NO_CONFLICT, made_at=NOW)
    [row] = store.list_summaries(NOW)
    detail = store.detail("c1", NOW)
    assert row.conflict_declared and detail is not None and detail.conflict_declared
    assert detail.status is Status.FORWARDED and Action.ACKNOWLEDGE in detail.allowed_actions
    [op] = store.pending_operations(5)
    assert op.op_id == op_id and op.action is Action.DECLARE_NO_CONFLICT
    confirmed = make_case(version=2).model_copy(update={"conflict_declared": True})
    store.apply_results(
        OperationsResponse(results=[OperationResult(op_id=op_id, status="applied", case=confirmed)])
    )
    [row] = store.list_summaries(NOW)
    assert row.conflict_declared and row.pending_actions == 0


def test_a_pending_recusal_hides_the_case_and_the_answer_removes_it(store: LocalStore) -> None:
    store.apply_changes(page(noted_case(), make_case("c2"), cursor=2))
    store.add_note("c1", QUEUED_NOTE, NoteVisibility.ONLY_ME, NOW)
    queue_action(store, "c1", Action.RECUSE, made_at=NOW)  # the reason is optional

    assert [row.id for row in store.list_summaries(NOW)] == ["c2"]
    assert store.summaries(["c1", "c2"], NOW)[0].id == "c2"
    assert store.detail("c1", NOW) is None
    with pytest.raises(UnknownCaseError):
        store.add_note("c1", "Nog iets", NoteVisibility.ONLY_ME, NOW)

    [note_op] = store.pending_operations(5)  # the note first, one op per case per batch
    assert note_op.action is Action.ADD_NOTE
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=note_op.op_id, status="applied", case=noted_case(3))]
        )
    )
    [recuse] = store.pending_operations(5)
    assert recuse.action is Action.RECUSE and recuse.reason == ""
    changed = store.apply_results(
        OperationsResponse(results=[OperationResult(op_id=recuse.op_id, status="applied")])
    )
    assert changed == ["c1"]
    assert store.detail("c1", NOW) is None
    with store.engine.connect() as conn:
        left = conn.execute(select(func.count()).select_from(case_notes)).scalar_one()
    assert left == 0


def test_a_tombstone_takes_the_case_and_its_notes(store: LocalStore) -> None:
    store.apply_changes(page(noted_case(), cursor=1))
    store.apply_changes(page("c1", cursor=2))
    assert store.list_summaries(NOW) == []
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(case_notes)).scalar_one() == 0


def test_a_refused_life_cycle_action_does_not_refuse_queued_notes(store: LocalStore) -> None:
    store.apply_changes(page(make_case(), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=NOW)
    store.add_note("c1", QUEUED_NOTE, NoteVisibility.ONLY_ME, NOW)
    [first] = store.pending_operations(5)
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=first.op_id, status="conflict", case=make_case())]
        )
    )
    [next_op] = store.pending_operations(5)
    assert next_op.action is Action.ADD_NOTE


def test_migration_0004_keeps_a_used_0003_store(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "stores" / "store.sqlite3"
    path.parent.mkdir(parents=True)
    key = new_key()
    make_0002_store(path)
    engine = create_store_engine(path)  # the previous release sealed it (0003)
    config = alembic_config()
    config.attributes["sealer"] = Sealer(key)
    with writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    engine.dispose()

    store = LocalStore.open(path, key)
    try:
        store.set_identity(me())
        [row] = store.list_summaries(NOW)
        assert row.pending_actions == 1
        assert not row.conflict_declared and not row.needs_reassignment
        detail = store.detail("c1", NOW)
        assert detail is not None and detail.description == DESCRIPTION
        assert detail.messages[-1].body == QUEUED and detail.notes == []
        assert detail.recusals == []
        assert store.cursor() == 41  # nothing to pull again
        note_id = store.add_note("c1", QUEUED_NOTE, NoteVisibility.ONLY_ME, NOW)
        [first] = store.pending_operations(5)  # the older action goes first
        assert first.action is Action.REQUEST_INFO and first.message is not None
        assert first.message.body == QUEUED
        detail = store.detail("c1", NOW)
        assert detail is not None and [n.id for n in detail.notes] == [str(note_id)]
        assert hits(folder, [*CANARIES, *NOTE_CANARIES]) == []
    finally:
        store.close()
