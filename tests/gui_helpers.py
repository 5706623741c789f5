"""Shared helpers for the GUI tests: a window on a copy of a sample map, real key presses."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from tests.conftest import SAMPLE_MAPS


def copy_samples(tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    for path in SAMPLE_MAPS.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    return folder


def open_window(qtbot, path: Path):  # noqa: ANN001, ANN201
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    window.show_error = lambda title, message: window.errors.append(message)
    window.errors = []
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_path(path)
    editor = window.editor()
    editor.view.setFocus()
    qtbot.wait(10)
    return window, editor


def press(editor, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    QTest.keyClick(editor.view.viewport() if False else editor.view, key, modifier)


def type_text(editor, text: str) -> None:  # noqa: ANN001
    QTest.keyClicks(editor.view, text)


def node_view_point(editor, node: str, dx: float = 0.0, dy: float = 0.0) -> QPoint:  # noqa: ANN001
    item = editor.scene.items_by_id[node]
    pos = item.pos() + QPointF(dx, dy)
    return editor.view.mapFromScene(pos)


def drag(editor, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier,  # noqa: ANN001
         steps: int = 8) -> None:
    viewport = editor.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)
