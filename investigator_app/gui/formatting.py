"""Dates as a Flemish reader expects them: dd/mm/jjjj, in Europe/Brussels time."""

from __future__ import annotations

from datetime import datetime

from investigator_app.domain.deadlines import BRUSSELS


def format_date(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y")


def format_datetime(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")


def format_time(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%H:%M")
