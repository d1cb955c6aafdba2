"""A case as a department sees it (protocol.CaseOut), built in bulk for one viewer.

A page of the feed needs up to 1000 cases with their timelines: they are loaded with a
fixed number of queries (cases, events, messages, notes, declarations, the investigation,
people, departments; their statements in snapshot_queries.py), never one per case. The
reporter appears only as a kind. This module only fetches and assembles: what the viewer
may see of each (the case at all, notes and their earlier texts, declarations and recusal
reasons, who acted elsewhere) is decided by the rules in visibility.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.intake import (
    declarations,
    investigation_reads,
    notes,
    related,
    snapshot_queries as queries,
    visibility as rules,
)
from investigator_app.intake.case_ids import CaseIds
from investigator_app.intake.db import utcnow
from investigator_app.intake.models import (
    CaseAttachment,
    ConflictDeclaration,
    DeclarationKind,
    Message,
    MessageAttachment,
)
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.visibility import Viewer
from investigator_app.protocol import (
    CENTRAL_DESK_LABEL,
    REPORTER_LABEL,
    AttachmentOut,
    CaseEventOut,
    CaseOut,
    MessageOut,
    PersonOut,
    RelatedCaseOut,
    RelatedOut,
)

# Viewer is the rules', re-exported: the API modules build their viewers from here.
__all__ = ["CaseIds", "Viewer", "build_snapshots", "build_snapshots_for", "case_snapshot"]


def build_snapshots(
    session: Session, viewer: Viewer, case_ids: CaseIds, cipher: NoteCipher | None
) -> dict[str, CaseOut]:
    """CaseOut per case id, as ``viewer`` sees it (notes decrypted with ``cipher``).

    ``case_ids`` is a list or, for large pages, a SELECT of ids (kept in the database).
    Cases the viewer does not see at all (rules.sees_case) are left out.
    """
    return build_snapshots_for(session, [viewer], case_ids, cipher)[viewer]


def build_snapshots_for(
    session: Session, viewers: Sequence[Viewer], case_ids: CaseIds, cipher: NoteCipher | None
) -> dict[Viewer, dict[str, CaseOut]]:
    """build_snapshots for several viewers of one department at once: the cases are
    fetched once, and only what differs per viewer (the rules) is applied per viewer."""
    if isinstance(case_ids, Collection) and not case_ids:
        return {viewer: {} for viewer in viewers}
    first = viewers[0]
    assert all(viewer.department_id == first.department_id for viewer in viewers)
    departments = session.execute(queries.departments()).all()
    case_declarations = declarations.load_declarations(session, case_ids)
    cases = [
        case
        for case in queries.load_cases(session, case_ids)
        if case.forwarded_at is not None and case.purged_at is None
    ]
    events = queries.load_events(session, case_ids)
    message_rows = [
        row
        for row in session.scalars(*queries.MESSAGES(case_ids))
        if rules.sees_message(first, row.department_id)
    ]
    case_notes = notes.load_notes(session, case_ids)
    # The viewer's department's own record only: another department's stays with it.
    investigations = investigation_reads.load_rows(session, case_ids, first.department_id)
    # One viewer: which related cases they recused from is part of the one query.
    alone = first.user_id if len(viewers) == 1 else None
    related_cases = related.load_related(session, case_ids, related.window_start(utcnow()), alone)
    recused = (
        {first: related_cases.recused}
        if alone is not None
        else _recused_among(session, related_cases.by_case, viewers)
    )
    person_ids = (
        {row.assignee_id for row in cases}
        | {person for row in events for person in (row.actor_id, row.assignee_id)}
        | {row.author_id for row in message_rows}
        | {note.author_id for listed in case_notes.values() for note in listed}
        | {d.user_id for listed in case_declarations.values() for d in listed}
        | investigations.person_ids()
    )
    person_ids.discard(None)
    people = (
        {
            row.id: PersonOut(id=row.id, display_name=row.display_name, role=row.role)
            for row in session.execute(queries.people(), {"person_ids": list(person_ids)})
        }
        if person_ids
        else {}
    )
    names = rules.Names(
        departments={row.id: str(row.name) for row in departments},
        people={id_: person.display_name for id_, person in people.items()},
    )

    # A timeline depends on the viewer's department only: the same for all of them.
    timelines: dict[str, list[CaseEventOut]] = defaultdict(list)
    for row in events:
        timelines[row.case_id].append(_event(first, row, names))
    shared = _Page(
        viewer=first,
        cipher=cipher,
        department_codes={row.id: str(row.code) for row in departments},
        people=people,
        timelines=timelines,
        messages=_messages(session, message_rows, names),
        files=_case_attachments(session, case_ids),
        notes=case_notes,
        declarations=case_declarations,
        investigations=investigations,
        names=names.people,
        related=related_cases.by_case,
        recused=set(),
        department_names=names.departments,
    )
    involved = {
        person
        for person in (
            {row.assignee_id for row in cases}
            | {note.author_id for listed in case_notes.values() for note in listed}
            | {d.user_id for listed in case_declarations.values() for d in listed}
            | {viewer.user_id for viewer, ids in recused.items() if ids}
        )
        if person is not None
    }
    # Viewers of one class get the same snapshots (the same objects: a page of them is
    # then built and serialised once, changes.read_changes_for and page_group).
    by_class: dict[rules.ViewClass, dict[str, CaseOut]] = {}
    result: dict[Viewer, dict[str, CaseOut]] = {}
    for viewer in viewers:
        view = rules.view_class(viewer, involved)
        if view not in by_class:
            page = replace(shared, viewer=viewer, recused=recused.get(viewer, set()))
            by_class[view] = {
                case.id: page.snapshot(case)
                for case in cases
                if rules.sees_case(
                    viewer,
                    forwarded=True,
                    purged=False,
                    declarations=case_declarations.get(case.id, ()),
                )
            }
        result[viewer] = by_class[view]
    return result


def _recused_among(
    session: Session,
    by_case: Mapping[str, Sequence[rules.RelatedCase]],
    viewers: Sequence[Viewer],
) -> dict[Viewer, set[str]]:
    """Per viewer: which of these related cases they recused from (one query)."""
    related_ids = {r.id for listed in by_case.values() for r in listed}
    if not related_ids:
        return {}
    by_user: dict[str, set[str]] = defaultdict(set)
    for row in session.execute(
        select(ConflictDeclaration.user_id, ConflictDeclaration.case_id).where(
            ConflictDeclaration.case_id.in_(related_ids),
            ConflictDeclaration.user_id.in_({viewer.user_id for viewer in viewers}),
            ConflictDeclaration.kind == DeclarationKind.RECUSED,
        )
    ):
        by_user[row.user_id].add(row.case_id)
    return {viewer: by_user.get(viewer.user_id, set()) for viewer in viewers}


def case_snapshot(
    session: Session, viewer: Viewer, case_id: str, cipher: NoteCipher | None
) -> CaseOut | None:
    """The case as ``viewer`` sees it; None when it is hidden from them (recused, purged)."""
    return build_snapshots(session, viewer, [case_id], cipher).get(case_id)


@dataclass(frozen=True)
class _Page:
    """What a page's snapshots are assembled from, fetched in bulk (per case id)."""

    viewer: Viewer
    cipher: NoteCipher | None
    department_codes: dict[int, str]
    people: dict[str, PersonOut]
    timelines: dict[str, list[CaseEventOut]]
    messages: dict[str, list[MessageOut]]
    files: dict[str, list[AttachmentOut]]
    notes: dict[str, list[rules.Note]]
    declarations: dict[str, list[rules.Declaration]]
    investigations: investigation_reads.InvestigationRows
    names: Mapping[str, str]  # people's display names by id
    related: dict[str, list[rules.RelatedCase]]  # per case: related cases at a department
    recused: set[str]  # of those, the ones the viewer recused from
    department_names: Mapping[int, str]

    def snapshot(self, case: Any) -> CaseOut:
        """The case (a row of snapshot_queries.load_cases) as the viewer sees it."""
        viewer, people = self.viewer, self.people
        declared = self.declarations.get(case.id, [])
        with_reasons = rules.sees_recusal_reasons(viewer)
        return CaseOut(
            id=case.id,
            reference=case.reference,
            version=case.version,
            department=self.department_codes.get(case.department_id, ""),
            status=case.status,
            outcome=case.outcome,
            channel=case.channel,
            category=case.category,
            received_at=case.received_at,
            forwarded_at=case.forwarded_at,
            acknowledged_at=case.acknowledged_at,
            closed_at=case.closed_at,
            feedback_sent_at=case.feedback_sent_at,
            summary=case.summary,
            description=case.description,
            involved_entity=case.involved_entity,
            involved_persons=list(case.involved_persons),
            reporter_kind=case.reporter_kind,
            reporter_language=case.reporter_language,
            reporter_reachable_by_email=bool(case.reporter_reachable_by_email),
            messages=self.messages.get(case.id, []),
            attachments=self.files.get(case.id, []),
            assignee=people.get(case.assignee_id) if case.assignee_id is not None else None,
            events=self.timelines.get(case.id, []),
            notes=[
                notes.note_out(note, texts, people, self.cipher)
                for note in self.notes.get(case.id, [])
                if (texts := rules.readable_texts(viewer, note, case.assignee_id))
            ],
            conflict_declared=rules.conflict_declared(viewer, declared),
            recusals=[
                declarations.recusal_out(d, people, self.cipher, with_reason=with_reasons)
                for d in rules.shown_recusals(viewer, declared)
            ],
            needs_reassignment=bool(case.needs_reassignment),
            investigation=self.investigations.investigation(case.id, self.names),
            closing_ground=case.closing_ground,
            related=self._related(case.id),
        )

    def _related(self, case_id: str) -> RelatedOut:
        found = self.related.get(case_id)
        if not found:
            return RelatedOut()
        return RelatedOut(
            same_department=[
                RelatedCaseOut(id=r.id, reference=r.reference)
                for r in rules.linked_cases(self.viewer, found, self.recused)
            ],
            other_departments=[
                self.department_names.get(d, rules.UNKNOWN_PERSON)
                for d in rules.signalled_departments(self.viewer, found)
            ],
        )


def _event(viewer: Viewer, row: Any, names: rules.Names) -> CaseEventOut:
    return CaseEventOut(
        id=row.id,
        at=row.at,
        actor=rules.event_actor(
            viewer,
            label=row.actor_label,
            department_id=row.actor_department_id,
            person_id=row.actor_id,
            names=names,
        ),
        kind=row.kind,
        from_status=row.from_status,
        to_status=row.to_status,
        outcome=row.outcome,
        reason=row.reason,
        assignee=rules.event_assignee(
            viewer,
            assignee_id=row.assignee_id,
            actor_department_id=row.actor_department_id,
            names=names,
        ),
    )


def _messages(
    session: Session, rows: Sequence[Message], names: rules.Names
) -> dict[str, list[MessageOut]]:
    """MessageOut per case id, oldest first, with the reporter's files (one query)."""
    files: dict[str, list[AttachmentOut]] = defaultdict(list)
    if rows:
        for file in session.scalars(
            queries.message_files(), {"message_ids": [row.id for row in rows]}
        ):
            files[file.message_id].append(_attachment(file, REPORTER_LABEL))
    result: dict[str, list[MessageOut]] = defaultdict(list)
    for row in rows:
        result[row.case_id].append(
            MessageOut(
                id=row.id,
                kind=row.kind,
                state=row.state,
                body=row.body,
                author=rules.person_name(row.author_id, names),
                created_at=row.created_at,
                answer_due=row.answer_due,
                sent_at=row.sent_at,
                delivery_attempts=row.delivery_attempts,
                delivery_error=row.delivery_error,
                reminded_at=row.reminded_at,
                cancelled_at=row.cancelled_at,
                answered_at=row.answered_at,
                answer=row.answer,
                answer_channel="web"
                if row.answer_channel == "web"
                else ("phone" if row.answer_channel == "phone" else None),
                attachments=files.get(row.id, []),
            )
        )
    return result


def _case_attachments(session: Session, case_ids: CaseIds) -> dict[str, list[AttachmentOut]]:
    result: dict[str, list[AttachmentOut]] = defaultdict(list)
    for file in session.scalars(*queries.CASE_FILES(case_ids)):
        result[file.case_id].append(_attachment(file, CENTRAL_DESK_LABEL))
    return result


def _attachment(file: CaseAttachment | MessageAttachment, added_by: str) -> AttachmentOut:
    return AttachmentOut(
        sha256=file.sha256,
        name=file.name,
        size=file.size,
        media_type=file.media_type,
        added_at=file.added_at,
        added_by=added_by,
    )
