"""The reporter's language for mails and pages: Dutch and English, Dutch the fallback."""

from __future__ import annotations

from datetime import date
from typing import Literal

PageLanguage = Literal["nl", "en"]
SUPPORTED: tuple[PageLanguage, ...] = ("nl", "en")

_MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def choose(language: str | None) -> PageLanguage:
    """The supported language for ``language`` (a Language value or a ?lang= parameter)."""
    return "en" if language == "en" else "nl"


def long_date(day: date, language: PageLanguage) -> str:
    """``15 december 2026`` / ``15 December 2026``: unambiguous in both languages."""
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"
