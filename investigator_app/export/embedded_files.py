"""Pieces carried inside a dossier as PDF attachments (embedded files).

Reportlab has no API for them, so the canvas writes the few objects the PDF standard asks
for itself (ISO 32000, 7.11.4): per file an embedded-file stream with its size and MD5,
and a file specification, listed in the catalog's ``/Names /EmbeddedFiles`` name tree.
Each file is named by us (``stuk-003-v2.pdf``): a viewer saves an attachment under that
name, and the name the user's system gave a piece may be anything (a path, a device name,
a right-to-left override); that name is printed, literally, in the annex.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfdoc import (  # type: ignore[import-untyped]
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)

from investigator_app.domain.file_names import disk_name
from investigator_app.export.model import CarriedPiece
from investigator_app.export.page_canvas import DossierCanvas
from investigator_app.export.safe_text import clean

_EXTENSION = re.compile(r"[A-Za-z0-9]{1,10}")
_NAME_CHARS = re.compile(r"[!-~]")  # what a PDF name may hold unescaped, less the delimiters


def attachment_name(piece: CarriedPiece) -> str:
    """The name of ``piece``'s file inside the PDF: its number, version and (when it is a
    plain one) the extension of the name it came with."""
    stem = f"stuk-{piece.number:03d}-v{piece.version}"
    _, dot, extension = disk_name(piece.name).rpartition(".")
    if dot and _EXTENSION.fullmatch(extension):
        return f"{stem}.{extension.lower()}"
    return stem


def _pdf_name(value: str) -> str:
    """A PDF name object for any text (a media type has a "/", which ends a name): every
    byte outside the plain characters as #xx."""
    escaped = "".join(
        char
        if _NAME_CHARS.fullmatch(char) and char not in "%()<>[]{}/#"
        else "".join(f"#{byte:02x}" for byte in char.encode("utf-8"))
        for char in value
    )
    return "/" + escaped


def _file_spec(canvas: Any, piece: CarriedPiece, description: str) -> Any:
    doc = canvas._doc
    checksum = hashlib.md5(piece.data).digest()  # the standard's checksum, not for security
    params = PDFDictionary({"Size": len(piece.data), "CheckSum": PDFString(checksum, enc="raw")})
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": _pdf_name(piece.media_type or "application/octet-stream"),
                "Params": params,
            }
        ),
        content=piece.data,
    )
    name = attachment_name(piece)
    return doc.Reference(
        PDFDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(name),
                "UF": PDFString(name),
                "Desc": PDFString(clean(description).replace("\n", " ")[:500]),
                "EF": PDFDictionary({"F": doc.Reference(stream)}),
            }
        )
    )


class CarryingCanvas(DossierCanvas):
    """A dossier canvas that embeds the carried pieces when the document is saved.
    ``descriptions``: per piece id, the line a viewer lists beside the file."""

    def __init__(
        self,
        *args: Any,
        carried: Sequence[CarriedPiece] = (),
        descriptions: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._carried = tuple(carried)
        self._descriptions = descriptions or {}

    def save(self) -> None:
        if self._carried:
            entries: list[Any] = []
            # A name tree's keys are sorted; zero-padded numbers sort as they count.
            for piece in sorted(self._carried, key=attachment_name):
                description = self._descriptions.get(piece.piece_id, attachment_name(piece))
                entries += [PDFString(attachment_name(piece)), _file_spec(self, piece, description)]
            tree = PDFDictionary({"Names": PDFArray(entries)})
            self._doc.Catalog.Names = PDFDictionary({"EmbeddedFiles": tree})
        super().save()
