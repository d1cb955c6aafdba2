"""The fixed vocabularies of a 1700 integrity report (codes in English, labels in the UI)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    REGISTERED = "registered"  # at the 1700 desk, not yet forwarded
    FORWARDED = "forwarded"
    ACKNOWLEDGED = "acknowledged"
    ASSESSING = "assessing"  # assessing whether the report is founded
    INVESTIGATING = "investigating"
    CLOSED = "closed"
    RETURNED = "returned"  # sent back to 1700 as not competent


OPEN_STATUSES: frozenset[Status] = frozenset(
    {Status.FORWARDED, Status.ACKNOWLEDGED, Status.ASSESSING, Status.INVESTIGATING}
)
"""Statuses in which a case is in a department's hands."""

DEPARTMENT_STATUSES: frozenset[Status] = OPEN_STATUSES | {Status.CLOSED}
"""Statuses in which the department a case was forwarded to sees it."""


class Outcome(StrEnum):
    FOUNDED = "founded"
    UNFOUNDED = "unfounded"
    INADMISSIBLE = "inadmissible"  # closed without investigation (domain.investigation)
    # Derived from the findings of an investigation (domain.investigation.derived_outcome).
    PARTLY_FOUNDED = "partly_founded"
    NOT_DETERMINABLE = "not_determinable"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"


class Category(StrEnum):
    CONFLICT_OF_INTEREST = "conflict_of_interest"
    BRIBERY = "bribery"
    LEAK_OF_CONFIDENTIAL_INFORMATION = "leak_of_confidential_information"
    ABUSE_OF_POWERS = "abuse_of_powers"
    THEFT_OF_RESOURCES = "theft_of_resources"
    OTHER = "other"


class ReporterKind(StrEnum):
    CITIZEN = "citizen"
    ASSOCIATION = "association"
    BUSINESS = "business"


class Language(StrEnum):
    NL = "nl"
    EN = "en"
    FR = "fr"
    DE = "de"


class Role(StrEnum):
    OPERATOR = "operator"  # 1700 desk or its CRM
    INVESTIGATOR = "investigator"
    MANAGER = "manager"
    ADMIN = "admin"
    # The integrity coordinator (or Audit Vlaanderen): reads the yearly report's numbers of
    # all departments, never a case. Not a department role.
    COORDINATOR = "coordinator"


DEPARTMENT_ROLES: frozenset[Role] = frozenset({Role.INVESTIGATOR, Role.MANAGER})
"""Roles that belong to a department and use the desktop."""
