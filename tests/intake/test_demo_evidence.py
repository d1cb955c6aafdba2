"""The demo shows evidence: one ABB case in investigation has pieces (one opened, one cited
by a finding) whose bytes download and match their sha256, and an interview record read
back with ABB's notice and signed with a piece of type interview record."""

from __future__ import annotations

import hashlib

import httpx

from investigator_app.domain.evidence import CustodyKind, PieceType
from investigator_app.domain.investigation import SourceKind
from investigator_app.intake.db import utcnow
from investigator_app.intake.demo import seed_demo
from investigator_app.intake.demo_evidence import DEMO_NOTICE
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.protocol import API_PREFIX, CaseOut


def test_one_demo_case_has_pieces_and_a_signed_interview_record(database_url: str) -> None:
    with EmbeddedService(database_url) as service:
        accounts = seed_demo(service.engine, utcnow())
        with httpx.Client(base_url=service.base_url + API_PREFIX) as client:
            account = accounts.investigator
            login = client.post(
                "/auth/login", json={"username": account.username, "password": account.password}
            )
            headers = {"Authorization": f"Bearer {login.json()['token']}"}
            page = client.get("/changes", params={"limit": 1000}, headers=headers).json()
            cases = [CaseOut.model_validate(c["case"]) for c in page["changes"] if c["case"]]
            [case] = [c for c in cases if c.investigation.pieces]
            inv = case.investigation
            assert [p.facts.type for p in inv.pieces] == [
                PieceType.REGISTER_EXTRACT,
                PieceType.PHOTO,
                PieceType.INTERVIEW_RECORD,
            ]
            for piece in inv.pieces:
                path = f"/cases/{case.id}/pieces/{piece.id}/content"
                content = client.get(path, headers=headers)
                assert hashlib.sha256(content.content).hexdigest() == piece.file.sha256
            minutes = inv.pieces[0]
            assert [e.kind for e in minutes.custody] == [CustodyKind.ADDED, CustodyKind.OPENED]
            cited = {
                s.ref
                for a in inv.allegations
                if a.finding is not None
                for s in a.finding.facts.sources
                if s.kind is SourceKind.PIECE
            }
            assert cited == {minutes.id}
            [record] = inv.interviews
            assert record.signature is not None
            assert record.signature.piece_id == inv.pieces[2].id
            assert record.facts.notice == DEMO_NOTICE and record.facts.notice_read
            me = client.get("/me", headers=headers).json()
            assert me["settings"]["interview_notice"] == DEMO_NOTICE
