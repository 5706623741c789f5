"""The app's log: warnings and errors go to a rotating file in the app's data folder
(``<data folder>/logs/mindmap-app.log``, 3 older files of 512 KB kept), so a facilitator can
send it with a problem report (Help > Report a Problem shows the folder).

What is logged: every ``logging`` record of the ``mindmap_app`` loggers at INFO and above,
Qt's own warnings (through Qt's message handler), the error messages the window shows, and
any exception that reached the event loop (with its traceback, in the file only).
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from ..safety.controller import data_dir

LOGGER = "mindmap_app"
FILE_NAME = "mindmap-app.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
log = logging.getLogger(LOGGER)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_folder() -> Path:
    return data_dir() / "logs"


def log_file() -> Path:
    return log_folder() / FILE_NAME


def setup_logging(folder: Path | None = None) -> Path | None:
    """Send the app's log to the rotating file (once); returns its path, None when the folder
    cannot be written (the app runs on without a log file)."""
    path = (folder or log_folder()) / FILE_NAME
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8")
    except OSError as exc:
        print(f"mindmap-app: no log file ({path.parent}: {exc.strerror or exc})",
              file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    previous_hook = sys.excepthook

    def excepthook(kind, value, tb) -> None:  # noqa: ANN001
        log.error("unexpected error: %s: %s", kind.__name__, value, exc_info=(kind, value, tb))
        previous_hook(kind, value, tb)

    sys.excepthook = excepthook
    return path


def _qt_message(kind: QtMsgType, context, message: str) -> None:  # noqa: ANN001
    level = _QT_LEVELS.get(kind, logging.WARNING)
    logging.getLogger(f"{LOGGER}.qt").log(level, message)
    if level >= logging.WARNING:
        print(message, file=sys.stderr)   # as Qt's own handler did
