"""Searching the case list also finds words of the long texts (description, messages,
answers) that the list neither holds nor the store keeps in the clear: through the
store's keyed prefix index. Real store, real model and proxy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from investigator_app.gui.shell.case_filter import CaseFilterProxy
from investigator_app.gui.shell.case_table import CaseTableModel
from investigator_app.store import LocalStore
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import RECEIVED, make_case, me, page
from tests.store.message_factory import answered, case_with, request

NOW = RECEIVED + timedelta(days=4)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "stores" / "store.sqlite3", new_key())
    opened.set_identity(me())
    yield opened
    opened.close()


def shown(proxy: CaseFilterProxy, text: str) -> list[str]:
    proxy.set_search_text(text)
    return sorted(proxy.case_id(row) for row in range(proxy.rowCount()))


def test_a_word_of_the_description_or_an_answer_finds_its_case(
    store: LocalStore, qtmodeltester
) -> None:
    described = make_case("c1", summary="Reis betaald").model_copy(
        update={"description": "Een aanbesteding voor Overijse werd vervalst."}
    )
    asked = case_with(
        answered(request("m1", body="Wie tekende?"), "De schepen van financiën."),
        case_id="c2",
        summary="Vraag aan de melder",
    )
    other = make_case("c3", summary="Diefstal van laptops")
    store.apply_changes(page(described, asked, other, cursor=3))
    model = CaseTableModel()
    model.set_cases(store.list_summaries(NOW))
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_word_search(store.word_matches)
    qtmodeltester.check(proxy)

    assert shown(proxy, "aanbesteding") == ["c1"]  # a whole word, only in the description
    assert shown(proxy, "AANBEST") == ["c1"]  # a prefix, any case
    assert shown(proxy, "overijsé") == ["c1"]  # accents folded
    assert shown(proxy, "besteding") == []  # an infix of a description word is not found
    assert shown(proxy, "financien") == ["c2"]  # a word of the reporter's answer
    assert shown(proxy, "tekende reis") == []  # every word must match, in one case
    assert shown(proxy, "laptops") == ["c3"]  # the summary, held in memory, as before
    assert shown(proxy, "") == ["c1", "c2", "c3"]
