"""File names shown to people: what they see must be what the file is called.

The Unicode bidirectional controls reorder what is displayed without being visible
themselves: "\u202eevil.exe\u202c.pdf" shows as "exe.live.pdf" on a desktop, so a name
could look like a harmless type it is not. They have no use in a file name, so they go
wherever a name is stored, shown or used: the service's sanitiser for uploads, the wire
type every attachment travels in (older stored names included) and the desktop's copy for
the viewer.
"""

from __future__ import annotations

# The Bidi_Control characters: the marks (ALM, LRM, RLM), embeddings and overrides (LRE,
# RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_REMOVE = {ord(char): None for char in BIDI_CONTROLS}


def without_bidi_controls(name: str) -> str:
    """``name`` without the characters that reorder its display."""
    return name.translate(_REMOVE)
