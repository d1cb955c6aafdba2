"""Pieces of evidence as the store shows them to the Stukken tab (fictional), for the
tab's tests and its screenshots: a document in two versions cited by a finding, a photo
being sent, an e-mail with a hostile name, a withdrawn register extract."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from investigator_app.domain.evidence import (
    CustodyEntry,
    CustodyKind,
    Piece,
    PieceFacts,
    PieceFile,
    PieceType,
    PieceVersion,
    PieceWithdrawal,
)
from investigator_app.domain.investigation import (
    Investigation,
    SourceKind,
    SourceRef,
)
from tests.gui.investigation_cases import realistic_investigation

AN, JONAS = "An Peeters", "Jonas Maes"
ADDED = datetime(2026, 11, 3, 9, 12, tzinfo=UTC)
HOSTILE_NAME = "Factuur \u202efdp.exe"  # shows as "Factuur exe.pdf" when interpreted
LONG_NAME = "Verslag " + "heel lange naam " * 18 + "einde.pdf"

CONTRACT_V1 = PieceFile(
    "1" * 64, 182_400, "Contract onderhoud 2025 (ontwerp).pdf", "application/pdf"
)
CONTRACT_V2 = PieceFile(
    "2" * 64, 201_733, "Contract onderhoud 2025 getekend.pdf", "application/pdf"
)
PHOTO = PieceFile("3" * 64, 4_812_044, "IMG_2041.jpg", "image/jpeg")
MAIL = PieceFile("4" * 64, 38_210, HOSTILE_NAME, "application/octet-stream")
EXTRACT = PieceFile("5" * 64, 96_000, LONG_NAME, "application/pdf")


def contract() -> Piece:
    replaced = datetime(2026, 11, 10, 14, 30, tzinfo=UTC)
    opened = datetime(2026, 11, 12, 8, 5, tzinfo=UTC)
    return Piece(
        "piece-contract",
        1,
        PieceFacts(
            "Onderhoudscontract stadswegen 2025",
            "Het getekende contract met Bouwbedrijf Vermeulen, met de prijsbijlage.",
            "Dienst Aankoop, op vraag van de onderzoeker",
            date(2026, 11, 3),
            PieceType.DOCUMENT,
        ),
        CONTRACT_V2,
        2,
        AN,
        ADDED,
        earlier=(PieceVersion(1, CONTRACT_V1, AN, ADDED),),
        custody=(
            CustodyEntry(CustodyKind.ADDED, AN, ADDED, 1, CONTRACT_V1.sha256, "Dienst Aankoop"),
            CustodyEntry(
                CustodyKind.REPLACED,
                JONAS,
                replaced,
                2,
                CONTRACT_V2.sha256,
                "Het ontwerp vervangen door het getekende exemplaar.",
            ),
            CustodyEntry(CustodyKind.OPENED, AN, opened, 2, CONTRACT_V2.sha256),
            CustodyEntry(
                CustodyKind.EXPORTED,
                JONAS,
                datetime(2026, 11, 20, 16, 0, tzinfo=UTC),
                2,
                CONTRACT_V2.sha256,
                "5b1e0c3a-8d0c-4d55-9a61-0d7f1b2c3d4e",
            ),
        ),
    )


def photo() -> Piece:
    at = datetime(2026, 11, 25, 9, 40, tzinfo=UTC)
    return Piece(
        "piece-photo",
        2,
        PieceFacts(
            "Foto van de oprit aan de Kerkstraat",
            "",
            "Eigen vaststelling ter plaatse",
            date(2026, 11, 24),
            PieceType.PHOTO,
        ),
        PHOTO,
        1,
        AN,
        at,
        custody=(CustodyEntry(CustodyKind.ADDED, AN, at, 1, PHOTO.sha256, "Eigen vaststelling"),),
        pending=True,
    )


def mail() -> Piece:
    at = datetime(2026, 11, 18, 11, 0, tzinfo=UTC)
    return Piece(
        "piece-mail",
        3,
        PieceFacts(
            "E-mail van de zaakvoerder aan het diensthoofd",
            "Doorgestuurd door de melder.",
            "De melder",
            date(2026, 11, 17),
            PieceType.EMAIL,
        ),
        MAIL,
        1,
        JONAS,
        at,
        custody=(CustodyEntry(CustodyKind.ADDED, JONAS, at, 1, MAIL.sha256, "De melder"),),
    )


def extract() -> Piece:
    at = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)
    gone = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)
    return Piece(
        "piece-extract",
        4,
        PieceFacts(
            "Uittreksel uit het ondernemingsregister",
            "",
            "Kruispuntbank van Ondernemingen",
            date(2026, 11, 5),
            PieceType.REGISTER_EXTRACT,
        ),
        EXTRACT,
        1,
        AN,
        at,
        custody=(
            CustodyEntry(CustodyKind.ADDED, AN, at, 1, EXTRACT.sha256, "KBO"),
            CustodyEntry(CustodyKind.WITHDRAWN, JONAS, gone, 1, EXTRACT.sha256),
        ),
        withdrawn=PieceWithdrawal(JONAS, gone, "Uittreksel van een andere onderneming."),
    )


def with_pieces() -> Investigation:
    """The realistic investigation, its first finding also citing the contract."""
    inv = realistic_investigation()
    first = inv.allegations[0]
    assert first.finding is not None
    sources = (*first.finding.facts.sources, SourceRef(SourceKind.PIECE, "piece-contract"))
    finding = replace(first.finding, facts=replace(first.finding.facts, sources=sources))
    allegations = (replace(first, finding=finding), *inv.allegations[1:])
    return replace(inv, allegations=allegations, pieces=(contract(), photo(), mail(), extract()))
