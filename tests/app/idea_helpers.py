"""Helpers for the idea-editing GUI tests: a window on the national map, keys, the popups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui_helpers import copy_samples, open_window

K = Qt.Key
M = Qt.KeyboardModifier


def national_window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    window.ideas.panel.show()      # whatever an earlier test left in the saved window state
    window.opened_urls = []
    window.ideas.open_url = lambda url: window.opened_urls.append(url.toString()) or True
    return window, editor


def key(editor, k, mods=M.NoModifier) -> None:  # noqa: ANN001
    """A key pressed where the focus is (the map, a popup, the panel...)."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or editor.view
    QTest.keyClick(target, k, mods)


def type_where_focus(text: str) -> None:
    from PySide6.QtWidgets import QApplication

    QTest.keyClicks(QApplication.focusWidget(), text)


def undo(editor) -> None:  # noqa: ANN001
    editor.view.setFocus()
    QTest.keyClick(editor.view, K.Key_Z, M.ControlModifier)


def redo(editor) -> None:  # noqa: ANN001
    editor.view.setFocus()
    QTest.keyClick(editor.view, K.Key_Z, M.ControlModifier | M.ShiftModifier)


def undo_text(window) -> str:  # noqa: ANN001
    return window.actions_by_name["undo"].text()


def active_picker(qtbot, window):  # noqa: ANN001, ANN201
    """The colour picker shown over the map, a swatch focused."""
    from PySide6.QtWidgets import QApplication

    picker = window.ideas.color_picker
    assert picker is not None and picker.isVisible()
    assert picker.isAncestorOf(QApplication.focusWidget())
    return picker
