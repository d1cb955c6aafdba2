"""Words for the investigators' pieces (stukken) on the Stukken tab and in its dialogs: the
Dutch labels of their types and custody entries, the type a file's extension suggests,
and a file's name shown literally.

A file name is shown as it is called, never as a display engine would interpret it: the
characters that reorder or hide text (bidi controls, zero-width characters, other
invisible ones) appear as a visible ⟨U+202E⟩, so "\u202eevil.exe\u202c.pdf" reads as
"⟨U+202E⟩evil.exe⟨U+202C⟩.pdf" and not as "exe.live.pdf".
"""

from __future__ import annotations

import mimetypes
import unicodedata

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.evidence import CustodyKind, PieceType
from investigator_app.gui.common.formatting import format_size

_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Letters that draw nothing (Hangul fillers, the blank Braille pattern): spoofing's tools."""


def _visible(char: str) -> str:
    if char == " ":
        return char
    category = unicodedata.category(char)
    if category in _HIDDEN_CATEGORIES or category == "Zs" or char in _BLANK_LETTERS:
        return f"⟨U+{ord(char):04X}⟩"
    return char


def literal_name(name: str) -> str:
    """``name`` with every control, format (bidi, zero-width), odd space and blank
    character written as ⟨U+XXXX⟩: what the user sees is every character it holds."""
    return "".join(_visible(char) for char in name)


def elide_middle(text: str, limit: int) -> str:
    """``text`` cut in the middle to ``limit`` characters (the start and the end, where the
    extension is, stay); as it is when it fits."""
    if len(text) <= limit:
        return text
    keep = max(limit - 1, 2)
    head = (keep + 1) // 2
    tail = keep - head
    return text[:head] + "…" + (text[-tail:] if tail else "")


_EXTENSIONS: dict[PieceType, str] = {
    PieceType.DOCUMENT: "pdf doc docx docm odt rtf txt md xls xlsx xlsm ods csv ppt pptx odp",
    PieceType.EMAIL: "eml msg mbox emlx oft",
    PieceType.PHOTO: "jpg jpeg png gif bmp tif tiff heic heif webp",
    PieceType.AUDIO_VIDEO: (
        "mp3 wav m4a ogg oga opus flac aac wma amr mp4 m4v mov avi mkv wmv webm mpg mpeg 3gp"
    ),
}
_EXTENSION_TYPES: dict[str, PieceType] = {
    extension: kind for kind, names in _EXTENSIONS.items() for extension in names.split()
}


def file_extension(name: str) -> str:
    """The extension after the last dot of the name's last part, lower case ('' if none)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].casefold() if "." in base.strip(".") else ""


def guessed_type(name: str) -> PieceType:
    """The type a file's extension suggests (the user may choose another)."""
    return _EXTENSION_TYPES.get(file_extension(name), PieceType.OTHER)


def guessed_media_type(name: str) -> str:
    media, _encoding = mimetypes.guess_type("x." + file_extension(name), strict=False)
    return media or "application/octet-stream"


def default_title(name: str) -> str:
    """A piece's title until the user gives one: its file name without the extension,
    invisible characters left out (a title is the user's own words, not a name)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    extension = file_extension(base)
    stem = base[: -len(extension) - 1] if extension else base
    cleaned = "".join(c for c in stem if _visible(c) == c)
    return " ".join(cleaned.split()) or " ".join(base.split())


def type_label(kind: PieceType) -> str:
    return {
        PieceType.DOCUMENT: QCoreApplication.translate("Evidence", "Document"),
        PieceType.EMAIL: QCoreApplication.translate("Evidence", "E-mail"),
        PieceType.PHOTO: QCoreApplication.translate("Evidence", "Foto"),
        PieceType.AUDIO_VIDEO: QCoreApplication.translate("Evidence", "Audio/video"),
        PieceType.REGISTER_EXTRACT: QCoreApplication.translate(
            "Evidence", "Uittreksel uit een register"
        ),
        PieceType.INTERVIEW_RECORD: QCoreApplication.translate("Evidence", "Verhoor"),
        PieceType.OTHER: QCoreApplication.translate("Evidence", "Ander"),
    }[kind]


def custody_label(kind: CustodyKind) -> str:
    return {
        CustodyKind.ADDED: QCoreApplication.translate("Evidence", "Toegevoegd"),
        CustodyKind.OPENED: QCoreApplication.translate("Evidence", "Geopend"),
        CustodyKind.EXPORTED: QCoreApplication.translate("Evidence", "Geëxporteerd"),
        CustodyKind.PRINTED: QCoreApplication.translate("Evidence", "Afgedrukt"),
        CustodyKind.REPLACED: QCoreApplication.translate(
            "Evidence", "Vervangen door een nieuwe versie"
        ),
        CustodyKind.WITHDRAWN: QCoreApplication.translate("Evidence", "Ingetrokken"),
    }[kind]


def megabytes(limit: int) -> str:
    """A limit in whole MB as users configure it (200 MB)."""
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MB"
    return format_size(limit)


def short_sha(sha256: str) -> str:
    """The first 8 hex digits: enough to tell versions apart on screen (the whole one is
    in the tooltip)."""
    return sha256[:8] + "…"


def piece_caption(number: int) -> str:
    """ "Stuk 3" (as the dossier names it)."""
    return QCoreApplication.translate("Evidence", "Stuk %1").replace("%1", str(number))
