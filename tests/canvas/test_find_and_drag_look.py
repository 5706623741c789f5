"""Find highlights every match while typing (issue 20), and a dragged branch never hides the
label of the idea it will drop onto."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QRegion
from PySide6.QtTest import QTest

from mindmap_app.app import find_bar
from mindmap_app.canvas.node_item import NodeItem
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import MindMap
from mindmap_app.model import operations as ops
from mindmap_app.themes import contrast_ratio
from tests.gui_helpers import copy_samples, node_view_point, open_window, press

K = Qt.Key
M = Qt.KeyboardModifier


@pytest.fixture
def national(qtbot, tmp_path):
    return open_window(qtbot, copy_samples(tmp_path) / "national.yaml")


def highlighted(editor) -> set[str]:  # noqa: ANN001
    return {n for n, item in editor.scene.items_by_id.items() if item.highlight}


def box_colour(editor, node: str) -> QColor:  # noqa: ANN001
    """The colour drawn just inside the left edge of ``node``'s box, in the window."""
    item = editor.scene.items_by_id[node]
    box = item.box_rect()
    point = editor.view.mapFromScene(QPointF(box.left() + 4, box.center().y()))
    return editor.view.viewport().grab().toImage().pixelColor(point)


def test_find_highlights_every_match_while_typing_and_counts(national, qtbot):
    window, editor = national
    m = editor.mind_map
    before = m.snapshot()
    press(editor, K.Key_F, M.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    QTest.keyClicks(bar.field, "tr")
    assert highlighted(editor) == set(m.find("tr"))
    QTest.keyClicks(bar.field, "ansition")          # the field kept the keyboard
    assert bar.field.text() == "transition"
    matches = m.find("transition")
    assert len(matches) >= 3
    assert highlighted(editor) == set(matches)
    assert editor.current() == matches[0]
    assert bar.count.text() == f"1 of {len(matches)}"
    theme = editor.scene.theme
    fill, text = editor.scene.items_by_id[matches[0]].highlight
    assert fill == theme.highlight_fill()
    assert contrast_ratio(text, fill) >= 4.5
    # drawn: a match has the highlight fill, another idea its own
    other = next(n for n in editor.scene.items_by_id if n not in matches and n != m.root)
    editor.view.centerOn(editor.scene.items_by_id[matches[1]])
    assert box_colour(editor, matches[1]).name() == fill
    editor.view.centerOn(editor.scene.items_by_id[other])
    assert box_colour(editor, other).name() != fill
    # Enter: the next one, scrolled into view
    QTest.keyClick(bar.field, K.Key_Return)
    assert editor.current() == matches[1]
    assert bar.count.text() == f"2 of {len(matches)}"
    shown = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert shown.contains(editor.scene.items_by_id[matches[1]].box_rect())
    QTest.keyClick(bar.field, K.Key_Return, M.ShiftModifier)
    assert editor.current() == matches[0]
    # nothing found
    bar.field.selectAll()
    QTest.keyClicks(bar.field, "zzzqqq")
    assert highlighted(editor) == set() and bar.count.text() == "No match"
    QTest.keyClick(bar.field, K.Key_Backspace)
    bar.field.clear()
    QTest.keyClicks(bar.field, "transition")
    # Esc: the bar closes, the highlights go, the map never changed
    QTest.keyClick(bar.field, K.Key_Escape)
    assert not bar.isVisible() and highlighted(editor) == set()
    assert m.snapshot() == before
    assert not editor.document.modified


def test_find_highlights_follow_the_tab(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, first = open_window(qtbot, folder / "national.yaml")
    window.show_find()
    QTest.keyClicks(window.find_bar.field, "level")
    assert highlighted(first)
    second = window.open_path(folder / "local.yaml")
    assert window.editor() is second
    assert highlighted(first) == set()
    assert highlighted(second) == set(second.mind_map.find("level"))
    window.close_tab(window.tabs.indexOf(second))
    assert highlighted(first) == set(first.mind_map.find("level"))


def test_dragged_branch_is_see_through_and_under_the_target_label(national):
    _, editor = national
    scene = editor.scene
    editor.view.centerOn(scene.items_by_id["t1"])
    start = node_view_point(editor, "t1")
    end = node_view_point(editor, "t2")
    viewport = editor.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, M.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(viewport, start + (end - start) * (i / 8))
    target = scene.items_by_id["t2"]
    dragged = scene.items_by_id["t1"]
    assert target.drop_hint == "child"
    assert dragged.effectiveOpacity() <= 0.6
    label = target.geometry.text_rect.translated(target.scenePos()).center()
    on_top = [i for i in scene.items(label) if isinstance(i, NodeItem)]
    assert on_top[0] is target, "the target's label is drawn over the dragged branch"
    assert dragged in on_top, "the dragged idea really is over the target"
    # in the picture: the label's text colour shows at full strength
    image = viewport.grab().toImage()
    rect = editor.view.mapFromScene(target.geometry.text_rect.translated(target.scenePos()))
    area = rect.boundingRect()
    text = QColor(target.look.text_color)
    darkest = min((image.pixelColor(x, y) for x in range(area.left(), area.right())
                   for y in range(area.top(), area.bottom())),
                  key=lambda c: abs(c.lightness() - text.lightness()))
    assert abs(darkest.lightness() - text.lightness()) < 40
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, M.NoModifier, end)
    assert editor.mind_map.parent("t1") == "t2"
    assert dragged.effectiveOpacity() == 1.0


class _Paints(QObject):
    """The regions the viewport was asked to paint."""

    def __init__(self, widget) -> None:  # noqa: ANN001
        super().__init__()
        self.regions: list = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False


def test_many_matches_at_once_are_painted_highlighted_and_plain_again(qtbot, tmp_path):
    # hundreds of boxes changing at one key: the scene is repainted once (not box by box);
    # the window must still paint every box in view with its new look
    m = MindMap("Many", "Many matches", root_id="r")
    for k in range(400):
        m.apply(ops.add_child(m, "r", f"match {k}" if k % 4 else f"other {k}", node_id=f"n{k}"))
    path = tmp_path / "many.yaml"
    save_map(m, path)
    window, editor = open_window(qtbot, path)
    press(editor, K.Key_F, M.ControlModifier)
    bar = window.find_bar
    viewport = editor.view.viewport()
    shown = editor.view.mapToScene(viewport.rect()).boundingRect()
    in_view = [n for n in m.children("r") if n.startswith("n") and int(n[1:]) % 4 and
               shown.contains(editor.scene.item(n).box_rect())]
    assert in_view
    qtbot.wait(50)
    paints = _Paints(viewport)
    QTest.keyClicks(bar.field, "match")
    assert len(highlighted(editor)) == 301 > find_bar.MANY_CHANGED     # and the root
    qtbot.waitUntil(lambda: any(r.contains(viewport.rect()) for r in paints.regions))
    fill = editor.scene.theme.highlight_fill()
    assert box_colour(editor, in_view[0]).name() == fill
    paints.regions.clear()
    QTest.keyClick(bar.field, K.Key_Escape)
    assert highlighted(editor) == set()
    qtbot.waitUntil(lambda: any(r.contains(viewport.rect()) for r in paints.regions))
    assert box_colour(editor, in_view[0]).name() != fill
