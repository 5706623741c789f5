"""Far out (a big map fitted, or zoomed below 20 %) the view draws stand-ins and readable
labels instead of thousands of unreadable boxes: the main branches can be read, labels never
cover each other, no box is painted by Python, and the map still answers the mouse and the
keys: a click selects, arrows move, a band selects, a drag re-parents. Zoomed in again the
items draw themselves; a presentation of the same scene shows them too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtTest import QTest

from mindmap_app.canvas.node_item import NodeItem
from mindmap_app.canvas.overview import LABEL_GAP, LABEL_PX, LABEL_ZOOM, OVERVIEW_ZOOM
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import MindMap, check_invariants
from mindmap_app.model import operations as ops
from tests.gui_helpers import open_window, press

K, M, B = Qt.Key, Qt.KeyboardModifier, Qt.MouseButton


def tall_map() -> MindMap:
    """6 main branches x 12 ideas x 20 leaves (1,519 ideas): far taller than any window."""
    m = MindMap("Big", "Big workshop")
    for b in range(6):
        m.apply(ops.add_child(m, m.root, f"Main branch {b}"))
        main = m.children(m.root)[-1]
        for i in range(12):
            m.apply(ops.add_child(m, main, f"Idea {b}.{i}"))
            idea = m.children(main)[-1]
            for j in range(20):
                m.apply(ops.add_child(m, idea, f"Leaf {b}.{i}.{j} with a few words"))
    return m


@pytest.fixture
def paints(monkeypatch) -> list[str]:  # noqa: ANN001
    """Every box Python paints, by node (counted from before the window opens: PySide keeps
    the paint method an item was first painted with)."""
    drawn: list[str] = []
    original = NodeItem.paint
    monkeypatch.setattr(NodeItem, "paint", lambda self, *a: (drawn.append(self.node_id),
                                                             original(self, *a))[1])
    return drawn


@pytest.fixture
def big(qtbot, tmp_path, paints):  # noqa: ANN001, ANN201
    path = tmp_path / "big.yaml"
    save_map(tall_map(), path)
    window, editor = open_window(qtbot, path)
    return window, editor


def painted_boxes(editor, paints: list[str]) -> int:  # noqa: ANN001
    """How many boxes Python paints in one full repaint of the view."""
    paints.clear()
    editor.view.viewport().repaint()
    return len(paints)


def ink_in(image, rect: QRectF, background: QColor) -> int:  # noqa: ANN001
    r = rect.toRect().intersected(image.rect())
    return sum(1 for x in range(r.left(), r.right(), 2) for y in range(r.top(), r.bottom(), 2)
               if QColor(image.pixel(x, y)).lightness() < background.lightness() - 80)


def test_fitted_big_map_shows_its_main_branches_in_readable_labels(big, paints):
    _, editor = big
    view, scene, m = editor.view, editor.scene, editor.mind_map
    press(editor, K.Key_0, M.ControlModifier)              # Fit Whole Map
    assert view.zoom() < 0.05, "the whole map fits, below the usual 5 % floor"
    assert view.mapFromScene(scene.layout_rect()).boundingRect().height() <= \
        view.viewport().height() + 2
    assert view.overview.active
    assert painted_boxes(editor, paints) == 0, "no box is painted one by one"
    image = view.viewport().grab().toImage()
    labelled = dict(view.overview.labels)
    assert set(m.children(m.root)) | {m.root} <= set(labelled), "root and main branches"
    rects = list(labelled.values())
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    background = QColor(scene.theme.background)
    for node in m.children(m.root):       # the label's text is drawn: dark ink in its pill
        assert ink_in(image, labelled[node], background) > 10, node
    # nearer, the boxes draw themselves (text as bars) with the labels on top
    while view.zoom() < OVERVIEW_ZOOM:
        press(editor, K.Key_Equal, M.ControlModifier)
    assert OVERVIEW_ZOOM <= view.zoom() < LABEL_ZOOM
    view.centerOn(scene.items_by_id[m.root].box_rect().center())
    assert not view.overview.active and painted_boxes(editor, paints) > 0
    assert m.root in dict(view.overview.labels)
    # near enough to read the boxes: no labels
    while view.zoom() < LABEL_ZOOM:
        press(editor, K.Key_Equal, M.ControlModifier)
    view.viewport().repaint()
    assert view.overview.labels == [] and painted_boxes(editor, paints) > 0


@pytest.mark.parametrize("shift", [0, 37, -250])
def test_a_label_shows_its_text_in_its_pill_as_qt_draws_them(big, shift):
    """Labels are drawn once and copied onto the view at each paint (a scroll far out shows
    the same ones again): inside each pill, the view shows what drawing the pill and the text
    there gives, after scrolls too."""
    _, editor = big
    view, scene, m = editor.view, editor.scene, editor.mind_map
    press(editor, K.Key_0, M.ControlModifier)
    for _ in range(2):      # the second time the labels are copies
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + shift)
        view.viewport().repaint()
    shown = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    labels = view.overview.labels
    assert len(labels) >= 4
    theme = scene.theme
    for node, rect in labels:
        assert rect.x() == int(rect.x()) and rect.y() == int(rect.y())     # whole pixels
        depth = 0 if node == m.root else (1 if m.parent(node) == m.root else 2)
        px = int(LABEL_PX[depth])
        font = QFont(theme.font_family)
        font.setPixelSize(px)
        font.setBold(depth < 2)
        # the first line, elided to the label's width, as the overview writes it
        text, _ = view.overview._label_text(scene.items_by_id[node].look.text, px,
                                            view.overview._font(px)[1])
        drawn = shown.copy()
        painter = QPainter(drawn)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(scene.items_by_id[node].look.color), 1.5))
        painter.setBrush(QBrush(QColor(theme.background)))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(font)
        painter.setPen(QColor(theme.text))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
        inside = rect.adjusted(rect.height() / 2, 2, -rect.height() / 2, -2).toRect()
        assert inside.width() > 10
        ink = 0
        for y in range(inside.top(), inside.bottom() + 1):
            for x in range(inside.left(), inside.right() + 1):
                assert shown.pixel(x, y) == drawn.pixel(x, y), (node, x, y)
                ink += QColor(shown.pixel(x, y)).lightness() < 128
        assert ink > 20, "the text is there"


def test_far_out_a_click_selects_arrows_move_and_a_band_selects(big, qtbot):
    _, editor = big
    view, scene, m = editor.view, editor.scene, editor.mind_map
    view.set_zoom(0.1)
    main = m.children(m.root)[2]
    idea = m.children(main)[5]
    view.centerOn(scene.items_by_id[idea].box_rect().center())
    qtbot.wait(10)
    assert view.overview.active
    at = view.mapFromScene(scene.items_by_id[idea].box_rect().center())
    QTest.mouseClick(view.viewport(), B.LeftButton, M.NoModifier, at)
    assert scene.selected_ids() == [idea]
    view.viewport().repaint()
    assert idea in dict(view.overview.labels), "the selection is always labelled"
    press(editor, K.Key_Down)
    assert scene.selected_ids() == [m.children(main)[6]]
    # Shift+drag a band around two leaves' boxes: both (and nothing else) selected
    leaves = m.children(m.children(main)[6])[7:9]
    first, second = (scene.items_by_id[n].box_rect() for n in leaves)
    # from the background just left of the first box to the middle of the second
    start = view.mapFromScene(QPointF(first.left() - 25, first.center().y()))
    end = view.mapFromScene(second.center())
    assert scene.item_at(view.mapToScene(start)) is None
    QTest.mousePress(view.viewport(), B.LeftButton, M.ShiftModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + (end - start) * (i / 5))
    QTest.mouseRelease(view.viewport(), B.LeftButton, M.ShiftModifier, end)
    assert set(scene.selected_ids()) == set(leaves)


def test_typing_far_out_comes_close_to_edit_the_idea(big, qtbot):
    _, editor = big
    view, scene, m = editor.view, editor.scene, editor.mind_map
    press(editor, K.Key_0, M.ControlModifier)
    idea = m.children(m.children(m.root)[4])[2]
    editor.select(idea)
    assert view.overview.active
    QTest.keyClicks(view, "Renamed")
    assert view.zoom() == 1.0 and not view.overview.active, "the text can be read"
    assert view.viewport().rect().contains(
        view.mapFromScene(scene.items_by_id[idea].box_rect().center()))
    press(editor, K.Key_Return)
    assert m.text(idea) == "Renamed"


def test_far_out_a_drag_reparents_and_undo_restores(big, qtbot):
    _, editor = big
    view, scene, m = editor.view, editor.scene, editor.mind_map
    view.set_zoom(0.15)
    main = m.children(m.root)[1]
    moving, target = m.children(main)[3], m.children(main)[6]
    view.centerOn(scene.items_by_id[moving].box_rect().center())
    qtbot.wait(10)
    assert view.overview.active
    start = view.mapFromScene(scene.items_by_id[moving].box_rect().center())
    end = view.mapFromScene(scene.items_by_id[target].box_rect().center())
    QTest.mousePress(view.viewport(), B.LeftButton, M.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(view.viewport(), start + (end - start) * (i / 8))
    QTest.mouseRelease(view.viewport(), B.LeftButton, M.NoModifier, end)
    assert m.parent(moving) == target
    check_invariants(m)
    press(editor, K.Key_Z, M.ControlModifier)
    assert m.parent(moving) == main


def test_presentation_of_a_zoomed_out_map_draws_the_items(big, qtbot, monkeypatch):
    from PySide6.QtCore import QSettings

    from mindmap_app.app.presentation import start_presentation

    settings = QSettings("mindmap-app", "mindmap-app")
    settings.setValue("presentation/animate", False)
    _, editor = big
    press(editor, K.Key_0, M.ControlModifier)
    assert editor.scene.contents_hidden
    presentation = start_presentation(editor)
    assert not editor.scene.contents_hidden, "the presentation draws the real boxes"
    assert all(i.opacity() == 1.0 for i in editor.scene.branches.values())
    presentation.finish()
    assert editor.view.overview.active and editor.scene.contents_hidden


def no_bars(view) -> None:  # noqa: ANN001 - scroll bars come and go with the view's history
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def test_a_theme_chosen_far_out_draws_as_a_map_opened_in_it(qtbot, tmp_path, paints):
    """The stand-ins mix their colours with the background: after a switch to the dark theme
    the overview is drawn exactly as for a map opened dark."""
    light, dark = tmp_path / "light.yaml", tmp_path / "dark.yaml"
    m = tall_map()
    for main in m.children(m.root):         # own colours: the same in either theme
        m.apply(ops.set_attr(main, "style", {"color": "#808080"}))
    save_map(m, light)
    m.apply(ops.set_map_attr("theme", "dark"))
    save_map(m, dark)
    window, editor = open_window(qtbot, light)
    no_bars(editor.view)
    press(editor, K.Key_0, M.ControlModifier)
    editor.view.viewport().repaint()                  # drawn light first
    editor.mind_map.apply(ops.set_map_attr("theme", "dark"))
    press(editor, K.Key_0, M.ControlModifier)
    switched = editor.view.viewport().grab().toImage()
    opened = window.open_path(dark)                   # a second tab, the same size
    opened.view.setFocus()
    no_bars(opened.view)
    press(opened, K.Key_0, M.ControlModifier)
    assert opened.view.viewport().size() == editor.view.viewport().size()
    for view in (editor.view, opened.view):
        assert view.overview.active and view.map_scene().theme.name == "dark"
    assert opened.view.viewport().grab().toImage() == switched


def test_labels_between_overview_and_reading_zoom_come_shallowest_first(big, paints):
    """Between the overview and a readable zoom the boxes draw themselves and labels come on
    top: over the root, the root and main branches in view are labelled (labels are tried
    the shallowest first); over a stretch of leaves far from their main branch, the leaves
    in view are labelled (the search goes as deep as the view needs), each on its own box
    (its text too small to read) or right beside it, never a row away."""
    _, editor = big
    view, scene, m = editor.view, editor.scene, editor.mind_map
    view.set_zoom(0.3)
    assert OVERVIEW_ZOOM <= view.zoom() < LABEL_ZOOM
    items = scene.items_by_id
    shown = view.mapToScene(view.viewport().rect()).boundingRect()

    def labelled_here(centre: str) -> dict[str, QRectF]:
        view.centerOn(items[centre].box_rect().center())
        view.viewport().repaint()
        labels = dict(view.overview.labels)
        area = view.mapToScene(view.viewport().rect()).boundingRect()
        assert labels and all(items[n].box_rect().intersects(area) for n in labels)
        rects = list(labels.values())
        assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
        return labels

    near_root = labelled_here(m.root)
    mains = [n for n in m.children(m.root)
             if view.mapToScene(view.viewport().rect()).boundingRect().intersects(
                 items[n].box_rect())]
    assert mains and {m.root, *mains} <= set(near_root)
    assert shown.height() < scene.layout_rect().height() / 4, "the view shows a part"
    main = m.children(m.root)[2]
    idea = m.children(main)[11]
    leaf = m.children(idea)[19]
    far = labelled_here(leaf)
    leaves = [n for n in far if m.text(n).startswith("Leaf")]
    assert len(leaves) >= 5
    for node in leaves:     # on its own box (hiding its unreadable text), or right beside it
        box = view.mapFromScene(items[node].box_rect()).boundingRect()
        label = far[node]
        assert box.top() - 1 <= label.center().y() <= box.bottom() + 1, node
        assert label.left() <= box.right() + LABEL_GAP and box.left() <= label.right(), node
    assert sum(1 for n in leaves
               if far[n].contains(QRectF(view.mapFromScene(items[n].box_rect())
                                         .boundingRect()).center())) >= len(leaves) / 2
