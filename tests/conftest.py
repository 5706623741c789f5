"""Test set-up: Qt renders offscreen, before anything imports PySide6."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (geometry, recent files) go to a throw-away folder, never the developer's own.
os.environ["MINDMAP_ANIMATIONS"] = "0"   # nodes jump to their places: no timing in tests
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-test-config-")
# Recovery files, session markers and backups too (autosave runs in every test window).
os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="mindmap-test-data-")

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
SAMPLE_MAPS = ROOT / "sample_maps"


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001
    """Give the clipboard's mime data back before Python goes: Qt deletes it in an exit
    handler, after the interpreter is gone, and that crashes the process (exit 139)."""
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()
