"""What the speed-ups of opening a big map cache or put off still shows at once (issue 12):
a box's rects (worked out from its size when first asked for) follow a text edit, so do its
hit area and the edges drawn to and from it (their curves computed from plain floats); a
node's own background colour (parsed once per colour) shows as soon as it is set and again
when it changes; the scene rect covers the map and grows with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from mindmap_app.canvas.map_scene import MapScene
from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import SetNodeAttr
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, open_window, press, type_text

K = Qt.Key
M = Qt.KeyboardModifier


def pixel_at(scene: MapScene, point: QPointF) -> QColor:
    """The colour the scene draws at ``point`` (rendered at scale 1, as an export does)."""
    image = QImage(9, 9, QImage.Format.Format_ARGB32)
    image.fill(QColor(scene.theme.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scene.render(painter, QRectF(0, 0, 9, 9), QRectF(point.x() - 4.5, point.y() - 4.5, 9, 9))
    painter.end()
    return image.pixelColor(4, 4)


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


@pytest.fixture
def national(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    return open_window(qtbot, folder / "national.yaml")


def test_a_longer_text_widens_the_box_its_hit_area_and_moves_its_edges(national):
    window, editor = national
    scene, m = editor.scene, editor.mind_map
    node = "threats"
    child = m.children(node)[0]
    item = scene.items_by_id[node]
    before = item.box_rect()
    assert item.geometry.box.width() == pytest.approx(before.width())   # the rect, once made
    editor.select(node)
    press(editor, K.Key_F2)
    press(editor, K.Key_End)
    type_text(editor, " and a good deal more to say about it")
    press(editor, K.Key_Return)
    assert m.text(node).endswith("more to say about it")
    after = item.box_rect()
    assert after.width() > before.width() + 40, "the box grew with its text"
    # the rects asked for now are the new box's, not the ones made before the edit
    assert item.geometry.box.width() == pytest.approx(after.width())
    assert item.geometry.text_rect.right() < after.width() / 2
    assert item.mapRectToScene(item.rect()).contains(after), "Qt's bounding rect follows"
    # the edge to its first child starts at the new box's outer edge and is drawn there
    edge = scene.edges[child]
    start = edge.owner.mapToScene(edge.path().pointAtPercent(0.0))
    side = scene.layout_result.sides.get(child, 1)
    outer = after.right() if side > 0 else after.left()
    assert start.x() == pytest.approx(outer) and start.y() == pytest.approx(after.center().y())
    assert scene.items_by_id[child].box_rect().contains(
        edge.owner.mapToScene(edge.path().pointAtPercent(1.0)))
    mid = edge.owner.mapToScene(edge.path().pointAtPercent(0.5))
    assert near(pixel_at(scene, mid), edge.pen().color()), "the edge is drawn where it runs"
    # the widened part of the box takes a click (a hit area of the new size)
    editor.select(m.root)
    inside = QPointF(after.right() - 6, after.center().y()) if side > 0 else \
        QPointF(after.left() + 6, after.center().y())
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     editor.view.mapFromScene(inside))
    assert editor.current() == node
    # undo puts the box, its rects and the edge back
    press(editor, K.Key_Z, M.ControlModifier)
    assert item.box_rect().width() == pytest.approx(before.width())
    assert item.geometry.box.width() == pytest.approx(before.width())
    start = edge.owner.mapToScene(edge.path().pointAtPercent(0.0))
    back = item.box_rect()
    assert start.x() == pytest.approx(back.right() if side > 0 else back.left())


def test_an_own_background_colour_shows_and_changes_at_once(qapp):
    m = load_map(SAMPLE_MAPS / "national.yaml")
    scene = MapScene(m)
    node = m.children(m.root)[0]
    item = scene.items_by_id[node]
    centre_left = QPointF(item.box_rect().left() + 3, item.box_rect().center().y())
    plain = pixel_at(scene, centre_left)
    undo_red = m.apply(SetNodeAttr(node, "style", {"background": "#d62728"}))
    assert item.look.fill == "#d62728"
    assert near(pixel_at(scene, centre_left), QColor("#d62728"))
    undo_green = m.apply(SetNodeAttr(node, "style", {"background": "#2ca02c"}))
    assert near(pixel_at(scene, centre_left), QColor("#2ca02c")), "the second colour shows"
    # the same colour on another node, then a colour that is not one (left as the theme's)
    other = m.children(m.root)[1]
    m.apply(SetNodeAttr(other, "style", {"background": "#2CA02C"}))
    assert scene.items_by_id[other].look.fill == "#2ca02c"
    m.apply(SetNodeAttr(other, "style", {"background": "not a colour"}))
    assert scene.items_by_id[other].look.fill != "#2ca02c"
    m.apply(undo_green)
    assert near(pixel_at(scene, centre_left), QColor("#d62728"))
    m.apply(undo_red)
    assert near(pixel_at(scene, centre_left), plain)


def test_the_scene_rect_covers_the_opened_map_and_grows_with_it(national):
    window, editor = national
    scene, m = editor.scene, editor.mind_map
    assert scene.sceneRect().contains(scene.map_rect())
    # a long way out: a hand-placed idea far from the rest is still inside (scrollable to)
    leaf = m.children(m.children(m.root)[0])[0]
    editor.select(leaf)
    m.apply(SetNodeAttr(leaf, "pos", (3000.0, 2500.0)))
    assert scene.sceneRect().contains(scene.map_rect())
    assert scene.sceneRect().contains(scene.items_by_id[leaf].box_rect())
