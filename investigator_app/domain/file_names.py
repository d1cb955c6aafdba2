"""File names shown to people: what they see must be what the file is called.

The Unicode bidirectional controls reorder what is displayed without being visible
themselves: "\u202eevil.exe\u202c.pdf" shows as "exe.live.pdf" on a desktop, so a name
could look like a harmless type it is not. They have no use in a file name, so they go
wherever a name is stored, shown or used: the service's sanitiser for uploads, the wire
type every attachment travels in (older stored names included) and the desktop's copy for
the viewer.
"""

from __future__ import annotations

import re

# The Bidi_Control characters: the marks (ALM, LRM, RLM), embeddings and overrides (LRE,
# RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_REMOVE = {ord(char): None for char in BIDI_CONTROLS}


def without_bidi_controls(name: str) -> str:
    """``name`` without the characters that reorder its display."""
    return name.translate(_REMOVE)


# Characters no Windows file name may hold, control characters, and those that are invisible
# or reorder the display (a name on disk must look like what it is).
_NOT_ON_DISK = re.compile(
    r'[\x00-\x1f\x7f<>:"/\\|?*\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]'
)
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$", re.I)
MAX_DISK_NAME = 120


def disk_name(name: str, fallback: str = "stuk") -> str:
    """A name under which a file can be written anywhere (Windows included) and that
    shows what it is: no path, no reserved or invisible characters, not a reserved device
    name, no trailing dot or space, at most ``MAX_DISK_NAME`` characters keeping the
    extension. Only for the disk: a name is shown literally, with its invisible characters
    made visible, never through this."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _NOT_ON_DISK.sub("_", base).strip(" .")
    stem, dot, ext = cleaned.rpartition(".")
    if not dot or not stem or len(ext) > 16:
        stem, ext = cleaned, ""
    if _RESERVED.match(stem.split(".", 1)[0].rstrip(" ")):
        stem = "_" + stem
    room = MAX_DISK_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(" .")
    if not stem:
        stem = fallback
    return f"{stem}.{ext}" if ext else stem
