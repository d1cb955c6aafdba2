"""Export several cases into one folder: one file per case, named from its reference; a
failure of one case is reported and the others go on."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from investigator_app.export.files import ExportWriteError, file_name
from investigator_app.export.options import ExportOptions
from investigator_app.export.source import ExportSource, UndeclaredCaseError, UnknownCaseError

BatchProgress = Callable[[int, int], None]
"""(cases done, of total)."""


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    references: list[str] = field(default_factory=list)  # of the cases written, in order
    failed: list[tuple[str, str]] = field(default_factory=list)  # (reference or id, reason)
    unrecorded: int = 0  # copies whose audit record waits for the service


def export_batch(
    source: ExportSource,
    case_ids: Sequence[str],
    options: ExportOptions,
    folder: Path,
    progress: BatchProgress | None = None,
) -> BatchResult:
    """Each case gets its own copy id; ``options`` gives profile, reader and language."""
    result = BatchResult()
    for done, case_id in enumerate(case_ids):
        if progress is not None:
            progress(done, len(case_ids))
        now = datetime.now(UTC)
        try:
            case = source.dossier(case_id, now)
        except UnknownCaseError:
            result.failed.append((case_id, "not found"))
            continue
        except UndeclaredCaseError as error:
            result.failed.append((str(error), "no declaration"))
            continue
        path = folder / file_name(case.reference, options.profile.value)
        copy = dataclasses.replace(options, copy_id=uuid.uuid4(), made_at=None)
        try:
            outcome = source.export(case, copy, path)
        except ExportWriteError as error:
            result.failed.append(
                (case.reference, "disk full" if error.disk_full else "not writable")
            )
            if error.disk_full:
                break  # the next ones will not fit either
            continue
        result.written.append(path)
        result.references.append(case.reference)
        result.unrecorded += 0 if outcome.recorded else 1
    if progress is not None:
        progress(len(case_ids), len(case_ids))
    return result
