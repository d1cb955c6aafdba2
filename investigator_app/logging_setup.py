"""One rotating log file per data folder; loggers are named per subsystem.

Log records carry ids, counts and error types only, never case content.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

LOG_FILE_NAME = "investigator-app.log"


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("investigator_app")
    root.setLevel(level)
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    sys.excepthook = _log_unhandled
    return log_file


def _log_unhandled(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    # Qt slots swallow exceptions into stderr; this puts them in the log as well.
    logging.getLogger("investigator_app.crash").critical(
        "unhandled %s", kind.__name__, exc_info=(kind, error, trace)
    )
    sys.__excepthook__(kind, error, trace)
