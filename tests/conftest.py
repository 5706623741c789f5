"""Test set-up: Qt renders offscreen, before anything imports PySide6."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

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


@pytest.fixture(autouse=True)
def _safety_questions_fail(monkeypatch):  # noqa: ANN001, ANN202
    """Default autosave settings, and a question of the safety controller (recovery, changed
    on disk, locked, save failed) that a test does not answer fails it instead of waiting on
    a modal dialog forever. Tests that expect a question patch it themselves."""
    from PySide6.QtCore import QSettings

    from mindmap_app.safety.controller import SafetyController

    for name in ("ask_recovery", "ask_disk_change", "ask_locked", "ask_save_failed"):
        monkeypatch.setattr(SafetyController, name,
                            lambda self, *args, name=name: pytest.fail(f"unexpected {name}"))
    QSettings("mindmap-app", "mindmap-app").remove("autosave")
    yield
    QSettings("mindmap-app", "mindmap-app").remove("autosave")


@pytest.fixture
def data(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """A fresh data folder (recovery files, backups, session markers) for one test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MINDMAP_DATA_DIR", str(folder))
    return folder
