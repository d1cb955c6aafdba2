"""Wire schema of related reports as the 1700 desk sees them (``GET /intake/reports/{id}/
related``): its own registrations that name the same person, entity or organisation
code, with where they are now, so that it may route them to one competent department.
Departments see related cases in ``CaseOut.related`` (protocol.RelatedOut)."""

from __future__ import annotations

from investigator_app.domain.vocabulary import Status
from investigator_app.protocol import Strict


class RelatedReportOut(Strict):
    id: str
    reference: str
    status: Status
    department: str | None  # the code of the department that has it (None: at 1700)
    department_name: str | None
