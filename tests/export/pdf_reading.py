"""Reading our PDFs back the way a reader (or a leak investigator) would."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pypdf import PdfReader


@dataclass(frozen=True)
class PageText:
    text: str  # the page's text layer as pypdf extracts it
    rotated: str  # text drawn at an angle (the watermark)


def read_pages(data: bytes) -> list[PageText]:
    return list(_read_pages(data))


@lru_cache(maxsize=4)  # a test often reads one PDF's pages and then its text: parsed once
def _read_pages(data: bytes) -> tuple[PageText, ...]:
    reader = PdfReader(io.BytesIO(data))
    pages: list[PageText] = []
    for page in reader.pages:
        rotated: list[str] = []

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, rotated: list[str] = rotated
        ) -> None:
            if abs(cm[1]) > 0.1 and abs(cm[2]) > 0.1:  # a rotation in the current matrix
                rotated.append(text)

        text = page.extract_text(visitor_text=visit)
        pages.append(PageText(text=text, rotated="".join(rotated)))
    return tuple(pages)


def all_text(data: bytes) -> str:
    return "\n".join(page.text for page in read_pages(data))


def font_files(data: bytes) -> dict[str, bool]:
    """Each font the pages use -> whether its file is embedded."""
    reader = PdfReader(io.BytesIO(data))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def image_count(data: bytes) -> int:
    reader = PdfReader(io.BytesIO(data))
    return sum(len(page.images) for page in reader.pages)
