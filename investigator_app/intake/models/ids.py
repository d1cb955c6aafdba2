"""How the service's rows are identified: text UUIDs of a fixed length, made in Python so
a row's id is known before it is flushed. Shared by every table module of this package."""

from __future__ import annotations

import uuid

ID_LENGTH = 36


def new_id() -> str:
    return str(uuid.uuid4())
