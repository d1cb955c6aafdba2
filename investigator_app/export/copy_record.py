"""Record each exported or printed copy on the service's audit trail, also when offline.

A record is first written to a small pending file in the data folder, then sent; it leaves
the file only once the service has it (or refused it for good). So a copy made offline, or
while the app is killed mid-request, is recorded at the next ``flush()``; the service
ignores a copy id it already has, so a resend never records a copy twice.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID

import httpx
from pydantic import ValidationError

from investigator_app.export.model import AuditEntry
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_audit import CaseAuditResponse, CopyKind, CopyRecordIn
from investigator_app.sync.api import default_tls_context, normalise_base_url

_log = logging.getLogger("investigator_app.export.copy_record")
PENDING_FILE = "pending-copy-records.json"
_file_lock = threading.Lock()


@dataclass(frozen=True)
class CopyRecord:
    case_id: str
    copy_id: str
    profile: str
    reader: str
    kind: str  # CopyKind value
    sha256: str
    pages: int
    made_at: str  # ISO 8601 with offset

    def wire(self) -> CopyRecordIn:
        return CopyRecordIn(
            copy_id=UUID(self.copy_id),
            profile=self.profile,  # type: ignore[arg-type]  # validated by pydantic
            reader=self.reader,
            kind=CopyKind(self.kind),
            sha256=self.sha256,
            pages=self.pages,
            made_at=datetime.fromisoformat(self.made_at),
        )


class PendingRecords:
    """The pending file: a JSON list, replaced atomically on every change."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / PENDING_FILE

    def load(self) -> list[CopyRecord]:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            _log.warning("the pending copy records file is unreadable; kept aside")
            self.path.replace(self.path.with_suffix(".unreadable"))
            return []
        return [CopyRecord(**item) for item in raw if isinstance(item, dict)]

    def save(self, records: list[CopyRecord]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".pending-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump([asdict(record) for record in records], out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def add(self, record: CopyRecord) -> None:
        with _file_lock:
            records = [r for r in self.load() if r.copy_id != record.copy_id]
            self.save([*records, record])

    def remove(self, copy_id: str) -> None:
        with _file_lock:
            self.save([r for r in self.load() if r.copy_id != copy_id])


class CopyRecorder:
    """Sends copy records to the service for the signed-in user (one per thread)."""

    def __init__(
        self, base_url: str, token: str | None, data_dir: Path, *, timeout: float = 10.0
    ) -> None:
        self.pending = PendingRecords(data_dir)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(
            base_url=normalise_base_url(base_url) + API_PREFIX,
            headers=headers,
            timeout=timeout,
            verify=default_tls_context(),
        )

    def close(self) -> None:
        self._http.close()

    def record(self, record: CopyRecord) -> bool:
        """Keep ``record`` and try to send everything pending; True when it reached the
        service now, False when it waits for the next ``flush()``."""
        self.pending.add(record)
        self.flush()
        return all(r.copy_id != record.copy_id for r in self.pending.load())

    def flush(self) -> int:
        """Send the pending records; return how many are still pending."""
        for record in self.pending.load():
            if not self._send(record):
                break  # offline or signed out: try the rest later, in order
        return len(self.pending.load())

    def _send(self, record: CopyRecord) -> bool:
        """True when the record may leave the pending file."""
        try:
            response = self._http.post(
                f"/cases/{record.case_id}/copies", json=record.wire().model_dump(mode="json")
            )
        except httpx.TransportError:
            return False
        except ValidationError:
            _log.error("copy record %s is malformed; dropped", record.copy_id)
            self.pending.remove(record.copy_id)
            return True
        if response.status_code in (200, 201):
            self.pending.remove(record.copy_id)
            return True
        if response.status_code in (401, 403, 408, 429) or response.status_code >= 500:
            _log.info("copy record %s waits (HTTP %d)", record.copy_id, response.status_code)
            return False
        # 404 (the case left the department) or 422: it can never be recorded.
        _log.warning("copy record %s refused (HTTP %d)", record.copy_id, response.status_code)
        self.pending.remove(record.copy_id)
        return True

    def case_audit(self, case_id: str) -> list[AuditEntry] | None:
        """The case's audit trail for the dossier, or None when it cannot be had now."""
        try:
            response = self._http.get(f"/cases/{case_id}/audit")
        except httpx.TransportError:
            return None
        if response.status_code != 200:
            return None
        try:
            trail = CaseAuditResponse.model_validate_json(response.content)
        except ValidationError:
            return None
        return [
            AuditEntry(
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                detail=_detail_line(entry.detail),
            )
            for entry in trail.entries
        ]


def _detail_line(detail: dict[str, str | int]) -> str:
    """The facts of an audit entry a dossier reader needs (no hashes, no references)."""
    keys = ("profile", "reader", "copy_id")
    return " · ".join(str(detail[key]) for key in keys if key in detail)
