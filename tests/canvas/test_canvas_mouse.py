"""Mouse work in the real window: drags move branches, drops re-parent, background pans."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mindmap_app.canvas.branch_items import holder
from mindmap_app.model import check_invariants
from tests.gui_helpers import copy_samples, drag, node_view_point, open_window, press

M = Qt.KeyboardModifier


@pytest.fixture
def national(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    editor.view.resetTransform()          # 1:1, so drags land where we aim
    editor.view.centerOn(editor.scene.items_by_id["national"])
    return window, editor


def test_drag_onto_another_node_reparents_and_one_undo_restores(national):
    _, editor = national
    m = editor.mind_map
    before = m.snapshot()
    editor.view.centerOn(editor.scene.items_by_id["t1"])
    start = node_view_point(editor, "t1")
    end = node_view_point(editor, "t2")
    target_item = editor.scene.items_by_id["t2"]
    QTest.mousePress(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(editor.view.viewport(), start + (end - start) * (i / 8))
    assert target_item.drop_hint == "child", "the drop target is highlighted"
    QTest.mouseRelease(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, end)
    assert target_item.drop_hint is None
    assert m.parent("t1") == "t2"
    check_invariants(m)
    assert set(editor.scene.items_by_id) == set(m.visible_nodes())
    press(editor, Qt.Key.Key_Z, M.ControlModifier)
    assert m.snapshot() == before


def test_drop_on_top_edge_of_node_inserts_before_it(national):
    _, editor = national
    m = editor.mind_map
    editor.view.centerOn(editor.scene.items_by_id["t5"])
    box = editor.scene.items_by_id["t5"].box_rect()
    end = editor.view.mapFromScene(box.center().x(), box.top() + 2)
    start = node_view_point(editor, "t4")   # t4 sits just above t5, both in view
    drag(editor, start, end)
    kids = m.children("threats")
    assert kids.index("t4") == kids.index("t5") - 1
    assert m.parent("t4") == "threats"


def test_drag_to_empty_space_places_branch_by_hand_and_it_persists(national, tmp_path):
    from mindmap_app.io.yaml_format import load_map

    window, editor = national
    m = editor.mind_map
    item = editor.scene.items_by_id["opportunities"]
    child_before = editor.scene.items_by_id[m.children("opportunities")[0]].pos() - item.pos()
    old = item.pos()
    start = node_view_point(editor, "opportunities")
    end = start + QPoint(0, -150)
    drag(editor, start, end)
    pos = m.get("opportunities", "pos")
    assert pos is not None
    new = editor.scene.items_by_id["opportunities"].pos()
    assert abs((new - old).y() + 150) < 2, "the branch stays where it was dropped"
    child_after = editor.scene.items_by_id[m.children("opportunities")[0]].pos() - new
    assert abs(child_after.x() - child_before.x()) < 1
    assert abs(child_after.y() - child_before.y()) < 1
    assert m.parent("opportunities") == "national"
    window.save()
    assert load_map(editor.document.path).get("opportunities", "pos") == pos
    # an unrelated edit elsewhere leaves the placed branch where it is
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    assert editor.scene.items_by_id["opportunities"].pos() == new


def test_consecutive_moves_of_same_node_merge_into_one_undo_step(national):
    _, editor = national
    m = editor.mind_map
    before = m.snapshot()
    start = node_view_point(editor, "opportunities")
    drag(editor, start, start + QPoint(0, -80))
    start = node_view_point(editor, "opportunities")
    drag(editor, start, start + QPoint(0, -80))
    assert editor.document.undo_stack.count() == 1
    press(editor, Qt.Key.Key_Z, M.ControlModifier)
    assert m.snapshot() == before


def test_alt_drag_moves_without_reparenting(national):
    _, editor = national
    m = editor.mind_map
    start = node_view_point(editor, "threats")
    end = node_view_point(editor, "opportunities")
    drag(editor, start, end, M.AltModifier)
    assert m.parent("threats") == "national"
    assert m.get("threats", "pos") is not None


def test_drop_onto_own_branch_is_refused(national):
    _, editor = national
    m = editor.mind_map
    from mindmap_app.model import operations as ops

    # put t1 exactly over its parent so the cursor, dragging Threats, hovers over its own child
    editor.document.run(ops.set_pos("t1", (0.0, 0.0)), "Move")
    # under Threats, over the edges (a box sits in its branch's frame, which hangs in the
    # parent's frame: the frame goes under the parent's box)
    holder(editor.scene, "t1").setZValue(-0.2)
    before = m.snapshot()
    start = node_view_point(editor, "threats")
    viewport = editor.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, M.NoModifier, start)
    for i in range(1, 5):
        QTest.mouseMove(viewport, start + QPoint(6 * i, 0))
    assert editor.scene.items_by_id["t1"].drop_hint == "refused"
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, M.NoModifier, start + QPoint(24, 0))
    assert m.snapshot() == before
    assert editor.scene.items_by_id["t1"].drop_hint is None


def test_background_drag_pans_and_shift_drag_selects(national):
    _, editor = national
    view = editor.view
    editor.view.centerOn(editor.scene.items_by_id["national"])
    # find a background point: above the root
    root_box = editor.scene.items_by_id["national"].box_rect()
    empty = view.mapFromScene(root_box.center().x(), root_box.top() - 60)
    h, v = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    drag(editor, empty, empty + QPoint(60, 40))
    scrolled = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert scrolled == (h - 60, v - 40)
    assert not editor.document.modified, "panning changes nothing in the map"
    # Shift+drag draws a rubber band around the root and both branches
    editor.view.fit_map()
    rect = editor.scene.map_rect()
    a = view.mapFromScene(rect.center().x() - 10, rect.top() - 5)
    b = view.mapFromScene(rect.center().x() + 10, rect.bottom() + 5)
    a = QPoint(a.x(), max(a.y(), 2))
    b = QPoint(b.x(), min(b.y(), view.viewport().height() - 2))
    drag(editor, a, b, M.ShiftModifier)
    assert "national" in editor.selected()
    assert not editor.document.modified


def test_ctrl_wheel_zooms(national, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    _, editor = national
    z = editor.view.zoom()
    centre = QPointF(editor.view.viewport().rect().center())
    event = QWheelEvent(centre, editor.view.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, M.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(editor.view.viewport(), event)
    assert editor.view.zoom() > z


def test_double_click_starts_editing(national):
    _, editor = national
    point = node_view_point(editor, "threats")
    QTest.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, point)
    assert editor.editor.active and editor.editor.node == "threats"


def test_right_click_on_node_selects_it_and_offers_node_actions(national):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    window, editor = national
    shown = []
    window.exec_menu = lambda menu, pos: shown.append(
        [a.text() for a in menu.actions() if not a.isSeparator()])
    point = node_view_point(editor, "threats")
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                              editor.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.view.viewport(), event)
    assert editor.selected() == ["threats"]
    assert "Add &Child" in shown[0] and "&Delete Branch" in shown[0]
    window.actions_by_name["add_child"].trigger()
    assert editor.editor.active and editor.mind_map.parent(editor.editor.node) == "threats"


def test_nodes_glide_to_new_places_when_animation_is_on(national, qtbot):
    _, editor = national
    scene = editor.scene
    scene.animate = True
    target_before = scene.items_by_id["t2"].pos()
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    final = scene.layout_result.centers["t2"]
    assert scene.glide.running
    assert scene.items_by_id["t2"].pos() == target_before, "starts where it was"
    qtbot.waitUntil(lambda: not scene.glide.running, timeout=2000)
    pos = scene.items_by_id["t2"].pos()
    assert (round(pos.x(), 3), round(pos.y(), 3)) == (round(final[0], 3), round(final[1], 3))
