"""A big map is drawn before all its items are made (issue 12): the window makes the items in
view (and a screen around) before the first paint and the rest in idle time. What the user
sees, and what any key, scroll or edit does, must be what a scene made in full gives."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage

from mindmap_app.canvas import deferred_items
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import Fragment, InsertSubtree, MindMap
from mindmap_app.model import operations as ops
from tests.canvas.test_incremental_scene import drawn_as_full_layout
from tests.conftest import count_calls
from tests.gui_helpers import copy_samples, open_window, press, type_text

K = Qt.Key
BRANCHES, LEAVES = 8, 320      # 2,568 ideas: over DEFER_FROM, too tall to fit readably


def tall_map_file(folder: Path, layout: str = "balanced") -> Path:
    """Eight branches of 320 leaves each (balanced: columns far taller than the window, four
    on each side of the root; down: a row far wider than it) and cross-links from one end of
    the map to the other: they cross the view on the root while both their ends are far out
    of it."""
    m = MindMap("Tall", "Tall map", root_id="root", layout=layout)
    for b in range(BRANCHES):
        nodes = [(f"b{b}", None, {"text": f"Branch {b}"})]
        nodes += [(f"b{b}-{i}", f"b{b}", {"text": f"Idea {b}.{i}"}) for i in range(LEAVES)]
        m.apply(InsertSubtree("root", b, Fragment(tuple(nodes))))
    last = LEAVES - 1
    # top of the map to its bottom on either side; one end of the map to the other
    for a, b in ((0, 3), (7, 4), (1, 2), (0, 7), (3, 4)):
        m.apply(ops.add_link(f"b{a}-0", f"b{b}-{last}", f"span {a}-{b}"))
    path = folder / "tall.yaml"
    save_map(m, path)
    return path


def shown(editor):  # noqa: ANN001, ANN201
    return editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()


def grab(editor) -> QImage:  # noqa: ANN001
    return editor.view.viewport().grab().toImage()


@pytest.fixture(autouse=True)
def short_steps(monkeypatch):  # noqa: ANN001, ANN201
    # a chunk per idle step: this map is small enough to be made in one 40 ms step
    monkeypatch.setattr(deferred_items, "STEP_SECONDS", 0.0)


def open_tall(qtbot, tmp_path, layout: str = "balanced"):  # noqa: ANN001, ANN201
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, tall_map_file(folder, layout))
    assert len(editor.mind_map) > deferred_items.DEFER_FROM
    assert editor.view.zoom() == 1.0, "the tall map opens at 100 % on its root"
    return window, editor


@pytest.mark.parametrize("layout", ["balanced", "down"])
def test_a_big_map_shows_at_once_what_the_whole_scene_shows_and_the_rest_follows(
        qtbot, tmp_path, layout):
    window, editor = open_tall(qtbot, tmp_path, layout)
    scene, m = editor.scene, editor.mind_map
    made = len(scene._items)
    assert scene.pending, "every item was made before the first paint"
    assert made < len(m) // 2      # the part around the view (and a chunk or two since)
    # what the view shows is made: the boxes in view, the cross-links crossing it
    view = shown(editor)
    crossing = [link for (a, b), link in scene.link_items.items()
                if link.sceneBoundingRect().intersects(view) and not
                scene._items[a].box_rect().intersects(view) and not
                scene._items[b].box_rect().intersects(view)]
    assert crossing, "no cross-link with both ends out of view is drawn across it"
    first = grab(editor)
    assert editor.current() == m.root
    # the rest is made a chunk at a time while the window waits for input
    steps = {len(scene.pending)}
    frozen = gc.get_freeze_count()
    qtbot.waitUntil(lambda: (steps.add(len(scene.pending)) or not scene.pending), timeout=20000)
    assert len(steps) >= 3, steps
    assert set(scene._items) == set(m.visible_nodes())
    assert gc.get_freeze_count() > frozen, "the items made later are not set apart"
    # pixel for pixel the picture of the whole scene; laid out and drawn as a full layout
    assert grab(editor) == first
    drawn_as_full_layout(editor)
    assert editor.current() == m.root


def test_keys_and_edits_before_the_last_items_are_made_act_on_the_whole_map(
        qtbot, tmp_path, monkeypatch):
    window, editor = open_tall(qtbot, tmp_path)
    scene, m = editor.scene, editor.mind_map
    monkeypatch.setattr(scene.filler, "start", lambda *_args: None)     # the fill held back
    scene.filler.timer.stop()
    waiting = len(scene.pending)
    assert waiting
    # the edit updates the items made and the plan of the waiting ones: neither is the
    # scene built again nor is every waiting item made first (the rest of the fill)
    rebuilt = []
    monkeypatch.setattr(scene, "rebuild", lambda: rebuilt.append(1))
    completed = count_calls(monkeypatch, deferred_items, "complete")
    press(editor, K.Key_Tab)             # a new idea under the root, typed at once
    type_text(editor, "Added early")
    press(editor, K.Key_Return)
    new = editor.current()
    assert m.text(new) == "Added early" and m.parent(new) == m.root
    assert scene.pending and rebuilt == [] and completed[0] == 0
    assert scene._items[new].look.text == "Added early"
    press(editor, K.Key_Z, Qt.KeyboardModifier.ControlModifier)     # the text
    press(editor, K.Key_Z, Qt.KeyboardModifier.ControlModifier)     # the idea
    assert new not in m and new not in scene._items
    assert scene.pending and completed[0] == 0
    # the rest then comes as ever, and the whole is the map as a full layout draws it
    deferred_items.complete(scene)
    assert set(scene.items_by_id) == set(m.visible_nodes())
    drawn_as_full_layout(editor)


def test_an_edit_from_elsewhere_while_items_wait_reaches_the_whole_scene(
        qtbot, tmp_path):
    window, editor = open_tall(qtbot, tmp_path)
    scene, m = editor.scene, editor.mind_map
    assert scene.pending
    m.apply(ops.delete_nodes(m, ["b3"]))            # e.g. a participant in the room
    assert not any(n.startswith("b3") for n in [*scene._items, *scene.pending])
    qtbot.waitUntil(lambda: not scene.pending, timeout=20000)      # the rest as ever
    assert set(scene.items_by_id) == set(m.visible_nodes())
    drawn_as_full_layout(editor)
    assert editor.current() == m.root


@pytest.mark.parametrize("move", ["scroll", "zoom", "jump", "many"])
def test_scrolling_zooming_or_jumping_out_of_the_part_made_makes_what_the_view_shows(
        qtbot, tmp_path, monkeypatch, move):
    monkeypatch.setattr(deferred_items, "MAX_REGIONS", 4)
    window, editor = open_tall(qtbot, tmp_path)
    scene = editor.scene
    centres = scene.layout_result.centers
    waiting = len(scene.pending)
    assert waiting
    bar = editor.view.verticalScrollBar()
    if move == "scroll":
        bar.setValue(bar.maximum())
    elif move == "zoom":
        editor.view.set_zoom(0.2)
    elif move == "jump":        # an idea far down the map, as the outline or find picks it
        target = max(scene.pending, key=lambda n: abs(centres[n][1]))   # the farthest
        editor.select(target)
        qtbot.waitUntil(lambda: shown(editor).contains(*centres[target]),
                        timeout=5000)   # the view glides there
    else:                       # the view goes to one part after another
        for step in range(1, 7):
            bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) * step // 6)
            if step == 2:
                assert scene.pending and len(scene.covered) == 4
    view = shown(editor)
    in_view = {n for n, (x, y) in centres.items() if view.contains(x, y)}
    assert in_view and in_view <= set(scene._items)
    if move in ("scroll", "jump"):      # not the whole map: the part in view
        assert 0 < len(scene.pending) < waiting
    if move == "many":      # the parts made: at most MAX_REGIONS, then the rest at once
        assert not scene.pending
    shows = grab(editor)
    qtbot.waitUntil(lambda: not scene.pending, timeout=20000)
    editor.view.viewport().repaint()
    assert grab(editor) == shows, "the part made does not draw as the whole map"
    drawn_as_full_layout(editor)
    window.close()


def test_a_map_that_fits_or_is_small_is_made_at_once(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    assert not editor.scene.pending
    assert set(editor.scene._items) == set(editor.mind_map.visible_nodes())
    QCoreApplication.processEvents()
    assert not editor.scene.pending


def test_the_part_in_view_is_found_alike_by_walking_the_branches_and_by_each_box(
        qtbot, tmp_path):
    # the layout's walk skips whole branches; the radial layout (no branch boxes) looks at
    # each pending box: both find the same nodes
    window, editor = open_tall(qtbot, tmp_path)
    scene = editor.scene
    assert scene.pending and scene.layout_cache.slot
    x, y, w, h = scene.layout_result.bounds
    found = []
    for fx, fy, fw, fh in ((0.0, 0.0, 1.0, 1.0), (0.4, 0.45, 0.2, 0.1), (0.0, 0.9, 0.5, 0.1),
                           (0.7, 0.0, 0.01, 0.01)):
        rect = QRectF(x + fx * w, y + fy * h, fw * w, fh * h)
        walked = deferred_items.in_region(scene, rect)
        each = deferred_items._in_region_each(scene, rect.left(), rect.top(), rect.right(),
                                              rect.bottom())
        links = {n for a, b, _ in editor.mind_map.links() for n in (a, b)}
        assert walked - links == each - links, (fx, fy)
        found.append(len(each))
    assert sum(1 for n in found if n) >= 2, found


def test_a_big_map_opened_beside_the_outline_and_panels_is_drawn_before_its_last_items(
        qtbot, tmp_path):
    # the outline, shown when the map opens (a window laid out so last time), selects the
    # canvas's current idea: it must not make every item of the canvas to find it there
    folder = copy_samples(tmp_path)
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["outline"].trigger()
    window.ideas.panel.show()
    assert window.outline.isVisible()
    window.open_path(tall_map_file(folder))
    editor = window.editor()
    scene, m = editor.scene, editor.mind_map
    qtbot.wait(10)
    assert scene.pending, "the outline made every item of the canvas before the first paint"
    assert window.outline.current_node() == editor.current() == m.root
    # an idea picked in the outline far down the map: the canvas selects it, making its box
    # and its branch's way to it first, and the rest still follows in idle time
    deep = f"b5-{LEAVES - 1}"
    window.outline.select_node(deep)
    assert editor.current() == deep and scene.item(deep).isSelected()
    qtbot.waitUntil(lambda: not scene.pending, timeout=20000)
    assert set(scene._items) == set(m.visible_nodes())
    assert window.outline.current_node() == editor.current() == deep
    drawn_as_full_layout(editor)
