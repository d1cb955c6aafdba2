"""Case content is sealed at rest: the store's files hold none of it in the clear, a
store sealed with another key is refused, and search works over keyed tokens."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from investigator_app.domain.lifecycle import Action
from investigator_app.operations import RequestInfoOp
from investigator_app.protocol import CaseEventOut, CaseOut
from investigator_app.store import LocalStore, StoreKeyError
from investigator_app.store.sealing import forget_key
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import RECEIVED, me, page
from tests.store.disk_scan import hits
from tests.store.message_factory import answered, attachment, case_with, request
from tests.support.operations import queue_action

NOW = RECEIVED + timedelta(days=4)

SUMMARY = "Kanarie-samenvatting Xylofoonfraude"
DESCRIPTION = "De beschrijving noemt Quetzalbeschrijving en verder niets."
ENTITY = "Kanarie Entiteit Walvisdienst"
PERSON = "Kanarie Persoon Zebedeus"
QUESTION = "Kanarievraag: wie betaalde Okapireis?"
ANSWER = "Kanarieantwoord: de Narwalaannemer betaalde."
FILE_NAME = "kanarie-Pelikaanbijlage.pdf"
FILE_BYTES = b"%PDF-1.4 Kanarie bijlage inhoud Flamingobytes"
REASON = "Kanariereden Tapirgrond"
QUEUED = "Kanarie wachtende vraag Lamavraag"

CANARIES = [
    "Xylofoonfraude",
    "Quetzalbeschrijving",
    "Walvisdienst",
    "Zebedeus",
    "Okapireis",
    "Narwalaannemer",
    "Pelikaanbijlage",
    "Flamingobytes",
    "Tapirgrond",
    "Lamavraag",
]


def canary_case() -> tuple[CaseOut, str]:
    file = attachment(FILE_BYTES, FILE_NAME)
    message = answered(request("m1", body=QUESTION), ANSWER).model_copy(
        update={"attachments": [file]}
    )
    case = case_with(
        message,
        summary=SUMMARY,
        description=DESCRIPTION,
        involved_entity=ENTITY,
        involved_persons=[PERSON],
    )
    event = CaseEventOut(
        id="c1-r",
        at=RECEIVED + timedelta(days=1),
        actor="1700",
        kind=case.events[0].kind,
        from_status=None,
        to_status=None,
        reason=REASON,
    )
    return case.model_copy(update={"events": [*case.events, event]}), file.sha256


def fill(store: LocalStore) -> None:
    store.set_identity(me())
    case, sha256 = canary_case()
    store.apply_changes(page(case, cursor=1))
    store.keep_attachment(sha256, FILE_BYTES)
    queue_action(
        store,
        "c1",
        Action.REQUEST_INFO,
        message_id=uuid.uuid4(),
        body=QUEUED,
        answer_due=date(2026, 3, 30),
        made_at=NOW,
    )


def test_the_store_files_hold_no_case_content_in_the_clear(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = LocalStore.open(folder / "stores" / "store.sqlite3", new_key())
    fill(store)

    detail = store.detail("c1", NOW)  # everything is there for the user ...
    assert detail is not None
    assert (detail.summary, detail.description) == (SUMMARY, DESCRIPTION)
    assert (detail.involved_entity, detail.involved_persons) == (ENTITY, [PERSON])
    assert [m.body for m in detail.messages] == [QUESTION, QUEUED]
    assert detail.messages[0].answer == ANSWER
    assert detail.messages[0].attachments[0].name == FILE_NAME
    assert any(entry.reason == REASON for entry in detail.timeline)
    assert store.attachment(hashlib.sha256(FILE_BYTES).hexdigest()) == FILE_BYTES
    [op] = store.pending_operations(5)
    assert isinstance(op, RequestInfoOp) and op.message.body == QUEUED
    assert hits(folder, CANARIES) == []  # ... and not on disk, WAL included
    store.close()
    assert hits(folder, CANARIES) == []


def test_a_store_sealed_with_another_key_is_refused_and_nothing_is_changed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    key = new_key()
    store = LocalStore.open(path, key)
    fill(store)
    store.close()

    with pytest.raises(StoreKeyError):
        LocalStore.open(path, new_key())
    forget_key(path)  # a new process: only the keyring knows the key
    with pytest.raises(StoreKeyError):
        LocalStore.open(path)

    again = LocalStore.open(path, key)
    try:
        detail = again.detail("c1", NOW)
        assert detail is not None and detail.description == DESCRIPTION
        assert again.pending_count() == 1
    finally:
        again.close()


def test_words_of_the_long_texts_are_found_through_keyed_tokens(store: LocalStore) -> None:
    case, _ = canary_case()
    store.apply_changes(page(case, cursor=1))
    [row] = store.list_summaries(NOW)
    assert "quetzal" not in row.search_text  # the description is not held in memory

    def found(word: str) -> bool:
        return row.search_key in (store.word_matches(word) or ())

    assert found("Quetzalbeschrijving")  # a whole word of the description
    assert found("quetz")  # a prefix, case folded
    assert found("narwalAANNEMER")  # a word of the reporter's answer
    assert found("okapireis")  # a word of the question
    assert not found("zalbeschrijving")  # an infix is not a word
    assert not found("giraf")
    assert store.word_matches("a") is None  # too short to look up
