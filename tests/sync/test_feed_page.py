"""A page of the change feed is read one change at a time (sync/answers.parse_changes_body):
the same page as pydantic makes of the whole answer, and a broken one is a ProtocolError."""

from __future__ import annotations

import json

import pytest

from investigator_app.protocol import ChangesResponse
from investigator_app.sync.answers import parse_changes_body
from investigator_app.sync.errors import ProtocolError
from tests.store.case_factory import make_case, page


def test_a_page_reads_as_the_whole_answer_would() -> None:
    sent = page(make_case("c1"), make_case("c2", events=3), "c3", cursor=3, has_more=True)
    body = sent.model_dump_json().encode()
    assert parse_changes_body(body) == ChangesResponse.model_validate_json(body) == sent


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"changes": {}, "cursor": 1, "has_more": false, "remaining": 0}',
        b'{"changes": [{"seq": 1, "case_id": "c1"}], "cursor": 1, "has_more": false, '
        b'"remaining": 0}',
        b'{"changes": [], "cursor": 1, "has_more": false}',
    ],
)
def test_a_broken_page_is_a_protocol_error(body: bytes) -> None:
    with pytest.raises(ProtocolError, match="not a valid ChangesResponse"):
        parse_changes_body(body)


def test_a_stray_field_in_a_change_is_refused_as_before() -> None:
    data = json.loads(page(make_case("c1"), cursor=1).model_dump_json())
    data["changes"][0]["extra"] = True
    with pytest.raises(ProtocolError):
        parse_changes_body(json.dumps(data).encode())
