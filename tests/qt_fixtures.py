"""Fixtures for the tests that run Qt windows (imported by the conftest of each Qt folder:
app, canvas, commands, render, safety, cli). The model, layout and io tests never import Qt."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _safety_questions_fail(monkeypatch):  # noqa: ANN001, ANN202
    """First-run settings (autosave included), and a question of the safety controller
    (recovery, changed on disk, locked, save failed) that a test does not answer fails it
    instead of waiting on a modal dialog forever. Tests that expect a question patch it."""
    from PySide6.QtCore import QSettings

    from mindmap_app.safety.controller import SafetyController

    for name in ("ask_recovery", "ask_disk_change", "ask_locked", "ask_save_failed"):
        monkeypatch.setattr(SafetyController, name,
                            lambda self, *args, name=name: pytest.fail(f"unexpected {name}"))
    # every test starts from the settings of a first run: no window state, panels, text
    # size or recent maps left by the test before it
    QSettings("mindmap-app", "mindmap-app").clear()
    yield
    QSettings("mindmap-app", "mindmap-app").remove("autosave")
