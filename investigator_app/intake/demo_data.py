"""Fictional demo data as the seed reads it: the seeded cases in the order demo.py plays
them (ABB's in ``demo_cases_abb.py``, the other departments' and 1700's in
``demo_cases_others.py``, their shape in ``demo_records.py``) and the templates for the
case forwarded every minute (``demo_fresh.py``). Each case says where it ends up; demo.py
plays its history through the real service functions with timestamps in the past,
relative to the seeding moment. Invented people, places and facts only (no real persons).
"""

from __future__ import annotations

from investigator_app.intake.demo_cases_abb import ABB_CASES
from investigator_app.intake.demo_cases_others import OTHER_CASES
from investigator_app.intake.demo_fresh import FRESH, FRESH_PLACES, FRESH_REPORTERS, FreshTemplate
from investigator_app.intake.demo_records import DemoCase, DemoReporter

CASES: tuple[DemoCase, ...] = ABB_CASES + OTHER_CASES

__all__ = [
    "CASES",
    "FRESH",
    "FRESH_PLACES",
    "FRESH_REPORTERS",
    "DemoCase",
    "DemoReporter",
    "FreshTemplate",
]
