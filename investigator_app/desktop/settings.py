"""Every user setting, declared once with its type, default and bounds, stored through
QSettings.

Secrets never go here: the device token lives in the OS keyring (credentials.py). Values
read back are checked: a hand-edited or stale value outside its bounds or choices reads as
the nearest bound or the default, never as something the app cannot use.
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
    minimum: int | None = None  # int settings: clamped on read and write
    maximum: int | None = None
    choices: tuple[str, ...] = ()  # str settings: anything else reads as the default


SERVER_URL = Setting("connection/server_url", "")
USERNAME = Setting("connection/username", "")
# Seconds one sync request waits for news before the next one starts (long-poll). New
# cases arrive at once either way; the service caps the wait at 30 s.
SYNC_INTERVAL_SECONDS = Setting("sync/interval_seconds", 20, minimum=5, maximum=30)
# Minutes without input before the workspace locks (the lock itself: issue 4).
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 15, minimum=1, maximum=120)
# Where the local store and logs live; "" is the per-user default (paths.default_data_dir).
DATA_DIR = Setting("storage/data_dir", "")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())
CASE_TABLE_HEADER = Setting("window/case_table_header", QByteArray())
# "nl" or "en"; --language overrides it for a run
LANGUAGE = Setting("ui/language", "nl", choices=("nl", "en"))

ALL_SETTINGS: tuple[Setting[str] | Setting[int] | Setting[bool] | Setting[QByteArray], ...] = (
    SERVER_URL,
    USERNAME,
    SYNC_INTERVAL_SECONDS,
    IDLE_LOCK_MINUTES,
    DATA_DIR,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    CASE_TABLE_HEADER,
    LANGUAGE,
)


def _clamp(setting: Setting[int], value: int) -> int:
    if setting.minimum is not None:
        value = max(setting.minimum, value)
    if setting.maximum is not None:
        value = min(setting.maximum, value)
    return value


class AppSettings:
    """Typed access to the settings; one instance, made by the composition root."""

    def __init__(self, backend: QSettings) -> None:
        self._backend = backend

    @property
    def file_name(self) -> str:
        """Where the backend keeps its values (a file, or the registry path on Windows)."""
        return self._backend.fileName()

    def get(self, setting: Setting[T]) -> T:
        raw: object = self._backend.value(setting.key, setting.default)
        default = setting.default
        value: object
        if isinstance(default, bool):
            # QSettings' INI format gives "true"/"false" strings back
            value = raw in (True, "true", "1", 1)
        elif isinstance(default, int):
            number = (
                int(raw)
                if isinstance(raw, int | str) and str(raw).lstrip("-").isdigit()
                else default
            )
            value = _clamp(setting, number)  # type: ignore[arg-type]  # an int setting
        elif isinstance(default, QByteArray):
            value = raw if isinstance(raw, QByteArray) else default
        else:
            value = str(raw) if raw is not None else default
            if setting.choices and value not in setting.choices:
                value = default
        return value  # type: ignore[return-value]  # checked per kind above

    def set(self, setting: Setting[T], value: T) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            value = _clamp(setting, value)  # type: ignore[arg-type,assignment]
        if isinstance(value, str) and setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.key}: {value!r} is not one of {setting.choices}")
        self._backend.setValue(setting.key, value)

    def sync(self) -> None:
        self._backend.sync()
