"""One Alembic command at a time in this process.

Alembic's ``context`` and ``op`` are module-level proxies that a command installs and
removes again: two threads migrating at once (two stores opened together, or a store while
the embedded service starts) remove each other's, and one fails with ``KeyError: 'script'``.
"""

from __future__ import annotations

import threading

ALEMBIC_LOCK = threading.Lock()
