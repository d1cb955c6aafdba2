"""Icons from resources/icons/*.svg: vector, so Qt renders them sharp at any scale factor
(Qt 6 passes fractional HiDPI scale factors through; a QIcon from an SVG draws per size)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from investigator_app.desktop.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (a null QIcon when it is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
