"""Whether a process the test started (or its children) still runs."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """True while ``pid`` runs. A process that ended but was not waited for yet (a zombie)
    is gone all the same."""
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (ProcessLookupError, FileNotFoundError):  # ended, or ended between the two
        return False
