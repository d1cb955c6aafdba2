"""Every user setting, declared once with its type and default, stored through QSettings.

Secrets never go here: the device token lives in the OS keyring (credentials.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


SERVER_URL = Setting("connection/server_url", "")
USERNAME = Setting("connection/username", "")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())
CASE_TABLE_HEADER = Setting("window/case_table_header", QByteArray())
LANGUAGE = Setting("ui/language", "nl")  # "nl" or "en"; --language overrides it for a run


class AppSettings:
    """Typed access to the settings; one instance, made by the composition root."""

    def __init__(self, backend: QSettings) -> None:
        self._backend = backend

    def get(self, setting: Setting[T]) -> T:
        raw: object = self._backend.value(setting.key, setting.default)
        default = setting.default
        value: object
        if isinstance(default, bool):
            # QSettings' INI format gives "true"/"false" strings back
            value = raw in (True, "true", "1", 1)
        elif isinstance(default, int):
            value = (
                int(raw)
                if isinstance(raw, int | str) and str(raw).lstrip("-").isdigit()
                else default
            )
        elif isinstance(default, QByteArray):
            value = raw if isinstance(raw, QByteArray) else default
        else:
            value = str(raw) if raw is not None else default
        return value  # type: ignore[return-value]  # checked per kind above

    def set(self, setting: Setting[T], value: T) -> None:
        self._backend.setValue(setting.key, value)

    def sync(self) -> None:
        self._backend.sync()
