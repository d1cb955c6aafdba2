"""What keeps tests apart when pytest-xdist runs them in several worker processes at once
(and when several pytest sessions share one machine and one PostgreSQL server).

Every worker is a process of its own, so anything a test makes outside its own memory
needs a name no other worker (or session) can pick: use ``unique_name`` for databases,
roles, schemas and other server-side names, ``tmp_path``/``tmp_path_factory`` for files,
and port 0 (``free_port`` only when a port must be known before the server starts).
See tests/README.md.
"""

from __future__ import annotations

import os
import socket
import uuid

# "gw0", "gw1", … under xdist; "main" when pytest runs in one process (-n 0).
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")


def unique_name(prefix: str) -> str:
    """``<prefix>_<worker>_<random>``: lower case letters, digits and underscores, so it
    is a valid unquoted PostgreSQL identifier; the worker in it tells, when one is left
    behind, which process made it."""
    return f"{prefix}_{WORKER}_{uuid.uuid4().hex[:12]}"


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on now, for a server in another process that must be told
    its port. The kernel picks it, so two workers asking at once get different ones; a
    server in this process should bind port 0 itself and keep its socket instead."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
