"""Human case references such as ``1700-2026-000123``."""

from __future__ import annotations

import re

_REFERENCE = re.compile(r"^1700-(\d{4})-(\d{6})$")


def format_reference(year: int, number: int) -> str:
    if not 1 <= number <= 999_999:
        raise ValueError("a reference number runs from 1 to 999999")
    return f"1700-{year:04d}-{number:06d}"


def parse_reference(reference: str) -> tuple[int, int]:
    """Return (year, number); ValueError for anything that is not a reference."""
    match = _REFERENCE.match(reference)
    if match is None:
        raise ValueError(f"not a 1700 reference: {reference!r}")
    return int(match.group(1)), int(match.group(2))
