"""F6 / Shift+F6 walk the keyboard focus round the map and every pane that is open: the idea
panel, the outline, the filter bar and the find bar (issues 11 and 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui_helpers import copy_samples, open_window

K = Qt.Key


def where(window, editor) -> str:  # noqa: ANN001
    focus = QApplication.focusWidget()
    for name, widget in (("map", editor.view), ("idea panel", window.ideas.panel),
                         ("outline", window.outline), ("filter", window.facilitation.filter_bar),
                         ("find", window.find_bar)):
        if widget is focus or widget.isAncestorOf(focus):
            return name
    return f"elsewhere: {type(focus).__name__}"


def test_f6_visits_map_panels_and_bars_and_shift_f6_goes_back(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    QTest.keyClick(editor.view, K.Key_O, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)               # the outline
    QTest.keyClick(QApplication.focusWidget(), K.Key_Escape)         # back to the map
    QTest.keyClick(editor.view, K.Key_F, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)               # the filter bar
    window.show_find()                                               # Ctrl+F's find bar
    editor.view.setFocus()
    visited = ["map"]
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), K.Key_F6)
        visited.append(where(window, editor))
    assert sorted(visited) == ["filter", "find", "idea panel", "map", "outline"]
    QTest.keyClick(QApplication.focusWidget(), K.Key_F6)
    assert where(window, editor) == "map"                            # round again
    QTest.keyClick(QApplication.focusWidget(), K.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert where(window, editor) == visited[-1]                      # and back
