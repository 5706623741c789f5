"""A keyboard-only session, start to finish, with not one mouse event: open the app, move to
an idea, add a child, tag it, open the outline, filter it, export a PNG.

Every step is a real key press into whatever widget has the focus, as a keyboard user (or a
screen-reader user) would make it. Two things stand in for the system: the map is opened from
the command line (as ``mindmap-app national.yaml`` does) and the export's "Save as" file
dialog (the platform's own) answers with the file name a user would type there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from mindmap_app.app.outline_model import COL_TAGS
from tests.gui_helpers import copy_samples, open_window

K = Qt.Key
M = Qt.KeyboardModifier
MOUSE_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                QEvent.Type.GraphicsSceneMousePress, QEvent.Type.GraphicsSceneMouseRelease,
                QEvent.Type.GraphicsSceneMouseMove, QEvent.Type.DragEnter, QEvent.Type.Drop}


class MouseCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if event.type() in MOUSE_EVENTS:
            self.events.append(f"{event.type().name} to {type(watched).__name__}")
        return False


def key(k, mod=M.NoModifier) -> None:  # noqa: ANN001
    """A key press into the widget that has the keyboard focus, like a keyboard does."""
    QTest.keyClick(QApplication.focusWidget(), k, mod)
    QApplication.processEvents()


def typed(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)
    QApplication.processEvents()


def test_keyboard_only_walkthrough(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    QSettings("mindmap-app", "mindmap-app").remove("export")   # a first export: no choices kept
    counter = MouseCounter()
    QApplication.instance().installEventFilter(counter)
    try:
        folder = copy_samples(tmp_path)
        window, editor = open_window(qtbot, folder / "national.yaml")
        m = editor.mind_map
        assert QApplication.focusWidget() is editor.view

        # move to an idea: Right (Threats), Right (into its ideas), Down (the next one)
        key(K.Key_Right)
        assert editor.current() == "threats"
        key(K.Key_Right)
        first = editor.current()
        key(K.Key_Down)
        idea = editor.current()
        assert m.parent(idea) == "threats" and idea != first and not m.children(idea)

        # add a child: Tab, type, Enter
        key(K.Key_Tab)
        typed("Ask the council")
        key(K.Key_Return)
        child = m.children(idea)[0]
        assert m.text(child) == "Ask the council" and editor.current() == child

        # open the outline (Ctrl+Shift+O): it opens on the new idea; tag it in the Tags column
        key(K.Key_O, M.ControlModifier | M.ShiftModifier)
        panel = window.outline
        assert panel.isVisible() and QApplication.focusWidget() is panel.tree
        assert panel.current_node() == child
        key(K.Key_Right)                        # a leaf: Right goes to the Tags column
        assert panel.tree.currentIndex().column() == COL_TAGS
        key(K.Key_F2)
        typed("action")
        key(K.Key_Return)
        assert m.get(child, "tags") == ("action",)

        # filter: Ctrl+Shift+O again goes to the filter box; "#action" keeps the idea and
        # its ancestors; Down goes back into the tree, onto the match's top row
        key(K.Key_O, M.ControlModifier | M.ShiftModifier)
        assert QApplication.focusWidget() is panel.filter_box
        typed("#action")
        shown = panel.tree.model()
        assert shown is panel.proxy and shown.rowCount() == 1
        key(K.Key_Down)
        assert QApplication.focusWidget() is panel.tree
        for _ in range(3):
            key(K.Key_Down)
        assert panel.current_node() == child == editor.current()

        # export a PNG: Escape to the map, Ctrl+E, Home in the format list (PNG), Enter on
        # "Export...", the name typed in the file dialog, and the file is written
        key(K.Key_Escape)
        assert QApplication.focusWidget() is editor.view
        target = tmp_path / "walkthrough.png"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(target), "")))
        seen, waits = [], []

        def in_the_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            focus = QApplication.focusWidget()
            waits.append(1)
            if (dialog is None or focus is None or not dialog.isAncestorOf(focus)) and \
                    len(waits) < 200:
                QTimer.singleShot(20, in_the_dialog)     # until the dialog has the focus
                return
            seen.append(focus is dialog.format_box)
            key(K.Key_Home)                     # the first format: PNG (the last choice is kept)
            seen.append((dialog, dialog.chosen_format().name, QApplication.focusWidget()))
            key(K.Key_Return)                   # the default button: Export...
            if dialog.isVisible():              # never leave a test waiting on a dialog
                seen.append("still open")
                dialog.reject()

        QTimer.singleShot(0, in_the_dialog)
        key(K.Key_E, M.ControlModifier)
        assert seen and seen[0] is True, "the export dialog opened with the focus on the format"
        assert isinstance(seen[1][0], QDialog) and seen[1][1] == "png", seen
        assert "still open" not in seen, seen
        image = QImage(str(target))
        assert not image.isNull() and image.width() > 200
        assert not counter.events, counter.events[:5]
    finally:
        QApplication.instance().removeEventFilter(counter)
