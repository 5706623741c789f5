"""Test set-up: Qt renders offscreen, before anything imports PySide6; settings and data go to
throw-away folders. Nothing here imports Qt: the model, layout and io tests run without it.
The Qt folders' conftests add the fixtures of tests/qt_fixtures.py.

Where a new test goes: tests/<package>/ for the package it tests (model, io, layout, canvas,
app, render, commands, safety, cli); tests/fuzz for fuzzing; the top level for what spans the
whole code (layers, README, themes)."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (geometry, recent files) go to a throw-away folder, never the developer's own.
os.environ["MINDMAP_ANIMATIONS"] = "0"   # nodes jump to their places: no timing in tests
os.environ["MINDMAP_LANG"] = "en"        # the app started by a test speaks English whatever
                                         # the machine's locale (German: tests ask for it)
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-test-config-")
# Recovery files, session markers and backups too (autosave runs in every test window).
os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="mindmap-test-data-")
# The cache of maps read before and of measured text (on, as for a user: every test that opens
# a big map twice reads the second time from it), never the developer's own.
os.environ["MINDMAP_CACHE_DIR"] = tempfile.mkdtemp(prefix="mindmap-test-cache-")

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
SAMPLE_MAPS = ROOT / "sample_maps"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):  # noqa: ARG001
    """Collect a Qt test's garbage as soon as it has torn down. Left to a later, random
    moment (an allocation in another test), the collector may free a window's Python objects
    while Qt is deleting their C++ side, and the process dies (exit 139, "Garbage-collecting"
    on top of the stack; seen now and then on PySide6 6.11)."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        import gc

        gc.collect()


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001
    """Give the clipboard's mime data back before Python goes: Qt deletes it in an exit
    handler, after the interpreter is gone, and that crashes the process (exit 139)."""
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()


def count_calls(monkeypatch, owner, name: str) -> list[int]:  # noqa: ANN001
    """Count the calls of ``owner.name`` (still made) for the test: the one number in the
    list returned (a parse or a measurement the test expects to be spared)."""
    count = [0]
    real = getattr(owner, name)

    def counting(*args, **kwargs):  # noqa: ANN202
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return count


@pytest.fixture
def data(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """A fresh data folder (recovery files, backups, session markers) for one test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MINDMAP_DATA_DIR", str(folder))
    return folder
