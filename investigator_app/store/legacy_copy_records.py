"""Copy records an earlier release kept in a JSON file beside the store (``<store>-copies/
pending-copy-records.json``), moved into the outbox once, as ``record_copy`` operations.

The earlier release sent them over a second HTTP client of its own; now the outbox sends
them like every other operation. A record of a case no longer here, or one that is not a
valid record, is dropped (the service could never have recorded it either); the service
records a copy id once, so moving a record twice would do no harm.
"""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from typing import Any

from pydantic import ValidationError

from investigator_app.domain.lifecycle import TransitionError
from investigator_app.operations import RecordCopyOp
from investigator_app.store.files import legacy_copies_folder
from investigator_app.store.local_store import LocalStore
from investigator_app.store.outbox import UnknownCaseError

_log = logging.getLogger("investigator_app.store.legacy_copy_records")
PENDING_FILE = "pending-copy-records.json"


def import_legacy_copy_records(store: LocalStore) -> int:
    """Queue the records of the legacy file, then remove its folder; how many were queued."""
    folder = legacy_copies_folder(store.path)
    if not folder.is_dir():
        return 0
    try:
        raw: Any = json.loads((folder / PENDING_FILE).read_text("utf-8"))
    except FileNotFoundError:
        raw = []
    except (OSError, ValueError):
        _log.warning("the legacy copy records file is unreadable; left in place")
        return 0
    queued = 0
    for item in raw if isinstance(raw, list) else []:
        try:
            store.queue(_operation(item))
            queued += 1
        except (KeyError, TypeError, ValidationError, UnknownCaseError, TransitionError):
            _log.warning("a legacy copy record could not be queued; dropped")
    shutil.rmtree(folder, ignore_errors=True)
    _log.info("moved %d legacy copy records into the outbox", queued)
    return queued


def _operation(item: dict[str, Any]) -> RecordCopyOp:
    return RecordCopyOp.model_validate(
        {
            "op_id": uuid.uuid4(),
            "case_id": item["case_id"],
            "base_version": 0,
            "made_at": item["made_at"],
            "copy_id": item["copy_id"],
            "profile": item["profile"],
            "reader": item["reader"],
            "kind": item["kind"],
            "sha256": item["sha256"],
            "pages": item["pages"],
        }
    )
