"""The sync tests' deployment: the shared end-to-end world (tests/support/world.py) under
the names these tests use."""

from __future__ import annotations

import itertools
from pathlib import Path

from tests.support.engines import EngineLoan
from tests.support.world import ABB, AN, DESK, JONAS, PASSWORD, World, start_world

__all__ = ["COLLEAGUE", "DEPARTMENT", "INVESTIGATOR", "OPERATOR", "PASSWORD", "Deployment"]

DEPARTMENT, INVESTIGATOR, COLLEAGUE, OPERATOR = ABB, AN, JONAS, DESK


_CASE_NUMBERS = itertools.count(1)


class Deployment(World):
    def forward_case(self, summary: str = "Gifts from a supplier") -> str:
        """Register and forward a report through the operator API; return its case id.

        Each case names people of its own: cases naming the same person are related, and
        forwarding one then changes the other too (its related cases), which would be
        noise in what these tests count."""
        n = next(_CASE_NUMBERS)
        names = {"involved_entity": f"Proefdienst {n}", "involved_persons": [f"Persoon {n}"]}
        return str(self.register_and_forward(DEPARTMENT, summary=summary, **names)["id"])

    def expire_token(self, username: str) -> None:
        self.expire_tokens_of(username)


def start_deployment(folder: Path, engines: EngineLoan) -> Deployment:
    url = f"sqlite:///{folder / 'intake.sqlite3'}"
    return Deployment(start_world(url, engine=engines.engine_for(url)).service)
