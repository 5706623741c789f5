"""A new floating idea (an idea beside the main tree, as files carry them under ``floating:``)
made in the window: a double-click on the background puts it there (XMind's floating topic),
the background's context menu puts it where it was right-clicked, Ctrl+Shift+N (Node > New
Floating Idea) below the map; its text is typed at once, Esc takes it back, one undo step."""

from __future__ import annotations

import pytest
import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mindmap_app.canvas.node_item import NodeItem
from tests.app.idea_helpers import K, M, key, national_window, type_where_focus, undo, undo_text
from tests.gui_helpers import press


@pytest.fixture
def national(qtbot, tmp_path):
    return national_window(qtbot, tmp_path)


def empty_point(editor) -> QPoint:  # noqa: ANN001
    """A point of the view over the background, away from every box and link."""
    view, scene = editor.view, editor.scene
    viewport = view.viewport().rect()
    for y in range(40, viewport.height() - 40, 25):
        for x in range(40, viewport.width() - 40, 25):
            point = QPoint(x, y)
            spot = view.mapToScene(point)
            near = view.mapToScene(point.x() - 60, point.y() - 30, 120, 60)
            if scene.item_at(spot) is None and scene.link_at(spot) is None and \
                    not any(isinstance(i, NodeItem) for i in scene.items(near)):
                return point
    raise AssertionError("no empty background in view")


def new_floating(editor, before: list[str]) -> str:  # noqa: ANN001
    added = [f for f in editor.mind_map.floating if f not in before]
    assert len(added) == 1, added
    return added[0]


def test_a_double_click_on_the_background_adds_a_floating_idea_there(national):
    window, editor = national
    m, view = editor.mind_map, editor.view
    before = list(m.floating)
    count = len(m)
    point = empty_point(editor)
    spot = view.mapToScene(point)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, point)
    node = new_floating(editor, before)
    assert editor.editor.active, "its text is typed at once"
    type_where_focus("Ask the council")
    key(editor, K.Key_Return)
    assert m.text(node) == "Ask the council" and m.parent(node) is None
    assert len(m) == count + 1
    item = editor.scene.items_by_id[node]
    assert abs(item.scenePos().x() - spot.x()) < 1 and abs(item.scenePos().y() - spot.y()) < 1
    assert view.viewport().rect().contains(view.mapFromScene(item.scenePos())), \
        "it stands where the double-click was"
    assert editor.current() == node
    assert undo_text(window) == "Undo Add Floating Idea"
    undo(editor)
    assert node not in m and len(m) == count, "one step takes it back, text and all"


def test_esc_takes_a_new_floating_idea_back(national):
    _window, editor = national
    m = editor.mind_map
    before, count = list(m.floating), len(m)
    QTest.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                      empty_point(editor))
    assert editor.editor.active
    key(editor, K.Key_Escape)
    assert list(m.floating) == before and len(m) == count
    assert not editor.document.undo_stack.canRedo() or \
        editor.document.undo_stack.redoText() == "Add Floating Idea"


def test_ctrl_shift_n_adds_one_below_the_map_in_view_and_it_is_saved(national, qtbot):
    _window, editor = national
    m, view = editor.mind_map, editor.view
    before = list(m.floating)
    press(editor, K.Key_N, M.ControlModifier | M.ShiftModifier)
    node = new_floating(editor, before)
    type_where_focus("Later")
    key(editor, K.Key_Return)
    scene = editor.scene
    item = scene.items_by_id[node]
    others = [scene.items_by_id[n].sceneBoundingRect() for n in m.visible_nodes() if n != node]
    assert item.sceneBoundingRect().top() >= max(r.bottom() for r in others), "below the map"
    assert view.viewport().rect().contains(view.mapFromScene(item.scenePos())), "shown"
    assert m.text(node) == "Later"
    press(editor, K.Key_S, M.ControlModifier)
    data = yaml.safe_load(editor.document.path.read_text(encoding="utf-8"))
    assert [f["text"] for f in data["floating"]][-1] == "Later"


def test_the_background_menu_adds_one_where_it_was_right_clicked(national, qtbot):
    window, editor = national
    m, view = editor.mind_map, editor.view
    before = list(m.floating)
    point = empty_point(editor)
    spot = view.mapToScene(point)
    chosen = []

    def run_menu(menu, _pos):  # noqa: ANN001, ANN202
        texts = [a.text() for a in menu.actions()]
        assert "New Fl&oating Idea" in texts, texts
        action = next(a for a in menu.actions() if a.text() == "New Fl&oating Idea")
        chosen.append(action)
        action.trigger()

    window.exec_menu = run_menu
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)))
    assert chosen
    node = new_floating(editor, before)
    assert m.get(node, "pos") == pytest.approx((spot.x(), spot.y()))
    assert view.menu_point is None, "the next Ctrl+Shift+N does not go there"
    key(editor, K.Key_Escape)

