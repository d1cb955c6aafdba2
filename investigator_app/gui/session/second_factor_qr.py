"""The QR code of a second factor's otpauth:// URI, made on this workstation (segno, pure
Python): the secret never goes to a QR service on the internet."""

from __future__ import annotations

import segno
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the symbol, as the QR standard asks


def qr_image(text: str, module_px: int = 5) -> QImage:
    """``text`` as a black-on-white QR code (error correction M), ``module_px`` pixels a
    module, with its quiet zone."""
    code = segno.make(text, error="m", micro=False)
    matrix = code.matrix
    size = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        black = QColor("black")
        for row, modules in enumerate(matrix):
            for column, dark in enumerate(modules):
                if dark:
                    x = (column + QUIET_ZONE) * module_px
                    y = (row + QUIET_ZONE) * module_px
                    painter.fillRect(x, y, module_px, module_px, black)
    finally:
        painter.end()
    return image


def qr_pixmap(text: str, module_px: int = 5) -> QPixmap:
    return QPixmap.fromImage(qr_image(text, module_px))
