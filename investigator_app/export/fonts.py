"""The dossier's fonts: DejaVu from resources/fonts, embedded (subset) in every PDF, and
Noto Sans Arabic for the Arabic-script letters DejaVu lacks (Urdu's heh goal and yeh
barree, among others; ``rtl.with_fallback_font`` sets the words that need it)."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from investigator_app.desktop.paths import resources_dir

SANS = "DossierSans"
SANS_BOLD = "DossierSans-Bold"
SANS_ITALIC = "DossierSans-Oblique"
MONO = "DossierMono"
ARABIC = "DossierArabic"
ARABIC_BOLD = "DossierArabic-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


class FontsMissingError(RuntimeError):
    """The installation lacks the dossier fonts (a broken build, not a user error)."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, file in _FILES.items():
            path = folder / file
            if not path.is_file():
                raise FontsMissingError(f"dossier font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside paragraphs pick the right face.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)
        for italic in (0, 1):  # no oblique Arabic: upright
            addMapping(ARABIC, 0, italic, ARABIC)
            addMapping(ARABIC, 1, italic, ARABIC_BOLD)
        _registered = True


def check_fonts() -> str:
    """For ``--self-test``: the dossier fonts are there and load (FontsMissingError else)."""
    register_fonts()
    return f"dossier fonts: {len(_FILES)} in {fonts_dir()}"
