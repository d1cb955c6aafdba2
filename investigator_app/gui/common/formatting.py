"""Dates as a Flemish reader expects them: dd/mm/jjjj, in Europe/Brussels time."""

from __future__ import annotations

from datetime import date, datetime

from investigator_app.domain.deadlines import BRUSSELS


def format_date(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y")


def format_datetime(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")


def format_time(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%H:%M")


def format_day(day: date) -> str:
    """A calendar date (already a Brussels date, e.g. an answer deadline)."""
    return day.strftime("%d/%m/%Y")


def format_size(size: int) -> str:
    """A file size with a decimal comma, as Flemish readers write it."""
    if size < 1024:
        return f"{size} B"
    for unit, factor in (("kB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        if size < factor * 1024 or unit == "GB":
            return f"{size / factor:.1f} {unit}".replace(".", ",")
    return f"{size} B"  # not reached
