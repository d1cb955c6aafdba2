"""Saving a rendered dossier: whole or not at all, with a name made from the reference."""

from __future__ import annotations

import errno
import os
import re
import tempfile
import uuid
from pathlib import Path

from investigator_app.domain.evidence import CustodyKind
from investigator_app.export.render import RenderedDossier
from investigator_app.operations import RecordCopyOp, RecordCustodyOp
from investigator_app.protocol_audit import CopyKind

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class ExportWriteError(OSError):
    """The file could not be written; nothing was left behind. ``disk_full`` tells a full
    disk from an unwritable place."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(error.errno, error.strerror, str(path))
        self.path = path
        self.disk_full = error.errno in (errno.ENOSPC, errno.EDQUOT)


def file_name(reference: str, profile: str) -> str:
    """``dossier-1700-2026-000123-volledig.pdf``: only characters every file system takes."""
    stem = _UNSAFE.sub("_", f"dossier-{reference}-{profile}").strip("._") or "dossier"
    return stem[:120] + ".pdf"


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to ``path`` and rename over it, so a reader never sees half a file and a
    failure (full disk, no permission) leaves the old file, if any, as it was."""
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".dossier-", suffix=".tmp")
    except OSError as error:
        raise ExportWriteError(path, error) from error
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise ExportWriteError(path, error) from error


def copy_record(case_id: str, rendered: RenderedDossier, kind: CopyKind) -> RecordCopyOp:
    """The audit record of a rendered copy, as an operation for the outbox (the store sets
    its base version when it is queued)."""
    options = rendered.options
    return RecordCopyOp.model_validate(
        {
            "op_id": uuid.uuid4(),
            "case_id": case_id,
            "base_version": 0,
            "made_at": rendered.made_at,
            "copy_id": options.copy_id,
            "profile": options.profile.value,
            "reader": options.reader.strip()[:200],
            "kind": kind,
            "sha256": rendered.sha256,
            "pages": rendered.pages,
        }
    )


def custody_records(
    case_id: str, rendered: RenderedDossier, kind: CopyKind
) -> list[RecordCustodyOp]:
    """Each piece whose content the copy carries goes on its chain of custody as exported or
    printed in that copy (beside the copy's own ``record_copy``)."""
    custody = CustodyKind.EXPORTED if kind is CopyKind.EXPORT else CustodyKind.PRINTED
    return [
        RecordCustodyOp.model_validate(
            {
                "op_id": uuid.uuid4(),
                "case_id": case_id,
                "base_version": 0,
                "made_at": rendered.made_at,
                "piece_id": piece_id,
                "kind": custody,
                "version": version,
                "copy_id": rendered.options.copy_id,
            }
        )
        for piece_id, version in rendered.carried
    ]
