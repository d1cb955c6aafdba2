"""Text drawn straight onto the page (header, footer, watermark) has no frame to flow in:
it is cut or wrapped here to the width it has, so that no name, however long or however
written, runs off the page or over its neighbour."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

ELLIPSIS = "…"


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``: whole if it fits, else its longest beginning that
    fits with an ellipsis after it."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines of at most ``width``, broken between words; a word wider than a
    line is broken between its characters."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:
            if line and stringWidth(line + char, font, size) > width:
                lines.append(line)
                line = ""
            line += char
    if line:
        lines.append(line)
    return lines
