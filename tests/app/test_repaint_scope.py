"""An edit repaints the map, not the whole window.

Found with the interaction benchmark: every fold of an idea on a 20,000-idea map repainted
the window twice over (panels, tab bar, status bar, the map's scroll bars): the panels that
follow the selection passed through "nothing selected" and back (``select_only`` cleared,
then selected the same idea), the tab's title was set again at each edit (Qt lays out the
whole tab widget then), and the map's viewport let Qt paint the window under it at every
frame (the focus ring's style sheet had made it see-through).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor

from tests.app.idea_helpers import K, M, key, national_window


@pytest.fixture
def national(qtbot, tmp_path):
    window, editor = national_window(qtbot, tmp_path)
    editor.scene.select_only(["threats"])
    qtbot.wait(50)
    return window, editor


class PaintCounter(QObject):
    def __init__(self, *widgets) -> None:  # noqa: ANN002
        super().__init__()
        self.painted: list[str] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.Paint:
            self.painted.append(type(watched).__name__)
        return False


def test_an_edit_that_keeps_the_selection_does_not_flash_the_panels(national, qtbot):
    window, editor = national
    seen: list[list[str]] = []
    headings: list[str] = []
    panel = window.ideas.panel

    def record() -> None:
        seen.append(editor.selected())
        headings.append(panel.heading.text())
    editor.scene.selectionChanged.connect(record)
    key(editor, K.Key_Space)                     # fold: the selection stays on the idea
    qtbot.wait(50)
    assert editor.mind_map.get("threats", "folded")
    assert seen == [] and headings == []         # no "nothing selected" on the way
    assert panel.heading.text() == "Threats" and panel.text.isEnabled()
    key(editor, K.Key_Space)
    assert seen == []
    editor.scene.select_only(["t3"])             # a new selection: one change, straight to it
    key(editor, K.Key_Down)
    qtbot.wait(50)
    assert seen == [["t3"], ["t4"]] and headings == ["Time scale devastatingly fast",
                                                     "Association of Transition brand with "
                                                     "dramatic cuts"]
    editor.scene.selectionChanged.disconnect(record)


def test_select_only_changes_the_selection_in_one_step(national):
    _window, editor = national
    scene = editor.scene
    seen: list[list[str]] = []

    def record() -> None:
        seen.append(sorted(scene.selected_ids()))
    scene.selectionChanged.connect(record)
    scene.select_only(["threats", "opportunities"])
    scene.select_only(["opportunities", "threats"])      # the same ideas: nothing to say
    scene.select_only([])
    scene.selectionChanged.disconnect(record)
    assert seen == [["opportunities", "threats"], []]
    assert scene.selected_ids() == []


def test_an_edit_repaints_the_map_but_not_the_tab_bar_or_the_scroll_bars(national, qtbot):
    window, editor = national
    view = editor.view
    view.set_zoom(2.5)                           # bigger than the window: scroll bars shown
    editor.scene.select_only(["t3"])
    view.centerOn(editor.scene.items_by_id["t3"])
    qtbot.wait(50)
    assert view.verticalScrollBar().isVisible()
    key(editor, K.Key_Down, M.ControlModifier)   # the first edit marks the tab " *"
    qtbot.wait(300)
    assert window.tabs.tabText(window.tabs.currentIndex()).endswith(" *")
    counter = PaintCounter(view.viewport(), view.horizontalScrollBar(),
                           view.verticalScrollBar(), window.tabs.tabBar())
    # a new colour, as from the colour dialog (the map keeps the focus: its ring would
    # repaint the frame; the map keeps its size: the scroll bars' range stays)
    editor.ideas.set_color("#1f6f43", nodes=["t3"])
    qtbot.wait(300)
    assert editor.mind_map.get("t3", "style") == {"color": "#1f6f43"}
    assert "QWidget" in counter.painted          # the map itself was drawn again
    assert "QScrollBar" not in counter.painted and "QTabBar" not in counter.painted


def test_the_map_viewport_is_opaque_and_painted_edge_to_edge(national, qtbot):
    window, editor = national
    view = editor.view
    viewport = view.viewport()
    assert viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    view.set_zoom(2.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 37)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 23)
    qtbot.wait(50)
    picture = viewport.grab().toImage()
    background = QColor(editor.scene.theme.background)
    for x, y in ((0, 0), (picture.width() - 1, 0), (0, picture.height() - 1),
                 (picture.width() - 1, picture.height() - 1)):
        assert picture.pixelColor(x, y).name() == background.name()
