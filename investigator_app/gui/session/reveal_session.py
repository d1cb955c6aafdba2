"""The reporters' identities revealed in the running session ('Toon identiteit melder…'),
per case, with when. Memory only: never written to the store or anywhere else on disk.

The composition root owns one per signed-in workspace and clears it on sign-out and close;
the case pane shows and hides from it, the export actions read it for the full dossier copy
(where the user may tick it in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from investigator_app.protocol_audit import ReporterIdentityOut


def _local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Revealed:
    identity: ReporterIdentityOut
    at: datetime  # when the service answered it, in this session


class RevealedIdentities(QObject):
    """Case id -> the identity revealed for it in this session, and when."""

    changed = Signal(str)  # the case id whose identity came or went; "" when all went

    def __init__(
        self, clock: Callable[[], datetime] = _local_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._revealed: dict[str, Revealed] = {}

    def reveal(self, case_id: str, identity: ReporterIdentityOut) -> Revealed:
        """Keep ``identity`` for ``case_id`` for the rest of the session (a newer reveal of
        the same case replaces it)."""
        revealed = Revealed(identity, self._clock())
        self._revealed[case_id] = revealed
        self.changed.emit(case_id)
        return revealed

    def get(self, case_id: str) -> Revealed | None:
        return self._revealed.get(case_id)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._revealed

    def case_ids(self) -> list[str]:
        return list(self._revealed)

    def hide(self, case_id: str) -> None:
        """'Verberg identiteit': dropped; showing it again takes a new reason."""
        if self._revealed.pop(case_id, None) is not None:
            self.changed.emit(case_id)

    def clear(self) -> None:
        """Sign-out and close: every revealed identity is dropped."""
        if self._revealed:
            self._revealed.clear()
            self.changed.emit("")
