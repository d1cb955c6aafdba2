"""Whether the process that made a folder still runs: it holds an OS lock on a marker file
inside it for as long as it lives. The operating system drops the lock when the process
ends, however it ends (closed, crashed, killed), so a later start can tell an abandoned
folder from one a running process (a second instance) still uses, without trusting
process ids, which the system hands out again."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

MARKER = ".in-gebruik"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: BinaryIO) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: BinaryIO) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def hold(folder: Path) -> BinaryIO:
    """Mark ``folder`` as in use by this process until the returned file is closed (or the
    process ends). The file is not inherited by programs the app starts (PEP 446)."""
    handle = (folder / MARKER).open("a+b")
    if not _try_lock(handle):
        handle.close()
        raise OSError(f"{folder.name} is in use by another process")
    return handle


def in_use(folder: Path) -> bool | None:
    """True while a running process holds ``folder``'s marker, False once none does; None
    when the folder has no marker (made by an earlier release, or just being made)."""
    try:
        handle = (folder / MARKER).open("r+b")
    except FileNotFoundError:
        return None
    with handle:  # closing it lets go of the lock we may have taken
        return not _try_lock(handle)
