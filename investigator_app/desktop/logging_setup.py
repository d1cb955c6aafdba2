"""One rotating log file per data folder; loggers are named per subsystem.

Log records carry ids, counts and error types only, never case content. Unhandled
exceptions are logged by crash_handler.py (type and stack, not the exception's message).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "investigator-app.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5  # at most ~12 MB of logs per data folder


def log_file_for(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_FILE_NAME


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    log_file = log_file_for(data_dir)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("investigator_app")
    root.setLevel(level)
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    return log_file
