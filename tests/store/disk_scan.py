"""Scanning every byte of a folder for strings that must not be there in the clear."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def forms(canary: str) -> list[bytes]:
    """How a string may sit on disk: UTF-8, UTF-16-LE (Windows APIs, Qt), lower case."""
    texts = {canary, canary.lower()}
    return [t.encode(encoding) for t in texts for encoding in ("utf-8", "utf-16-le")]


def hits(folder: Path, canaries: Iterable[str]) -> list[str]:
    """``file: canary`` for each file under ``folder`` that holds a canary in any form."""
    found: list[str] = []
    wanted = {canary: forms(canary) for canary in canaries}
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        for canary, encoded in wanted.items():
            if any(form in data for form in encoded):
                found.append(f"{file.relative_to(folder)}: {canary}")
    return found
