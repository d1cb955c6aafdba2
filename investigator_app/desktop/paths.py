"""Where the app finds its forms and resources, and where it keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Integriteitsmeldingen"
APP_AUTHOR = "Vlaamse overheid"
DATA_DIR_ENV = "INVESTIGATOR_APP_DATA_DIR"


def _source_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller
    if frozen_root is not None:
        return Path(frozen_root)
    package = Path(__file__).resolve().parents[1]  # investigator_app/
    bundled = package / "_data"  # a wheel carries ui/ and resources/ here
    return bundled if bundled.is_dir() else package.parent


def resources_dir() -> Path:
    return _source_root() / "resources"


def default_data_dir() -> Path:
    """The per-user data folder (on Windows under %LOCALAPPDATA%), unless overridden."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
