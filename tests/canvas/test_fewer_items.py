"""Leaner items for big maps (issue 12): a branch frame draws the edges to its node's children
(an edge is not an item of its own), a folded branch's boxes keep their measurements for the
unfold, and an open map is kept out of the garbage collector's walks until its tab closes.
Each of these must leave what the user sees as it was."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor

from mindmap_app.canvas.branch_items import BranchItem
from mindmap_app.canvas.edge_items import LinkItem
from mindmap_app.canvas.node_item import NodeItem
from mindmap_app.collector import SET_APART_FROM
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import Fragment, InsertSubtree, MindMap
from tests.canvas.test_incremental_scene import drawn_as_full_layout
from tests.canvas.test_open_speedups import near, pixel_at
from tests.gui_helpers import copy_samples, open_window, press, type_text

K = Qt.Key


def test_every_edge_is_drawn_by_its_parents_frame_and_no_item_stands_for_it(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "workshop.yaml")
    scene, m = editor.scene, editor.mind_map
    kinds = {type(item) for item in scene.items()}
    assert kinds <= {NodeItem, BranchItem, LinkItem}, kinds
    assert len(scene.items()) == len(scene.items_by_id) + len(scene.branches) + \
        len(scene.link_items)
    assert set(scene.edges) == {n for n in scene.items_by_id if m.parent(n) is not None}
    for child, edge in scene.edges.items():
        assert edge.owner is scene.branches[m.parent(child)]
        mid = edge.scene_path().pointAtPercent(0.5)
        # the middle of each curve shows in its pen's colour (a box may stand over a few)
        if not any(item.box_rect().contains(mid) for item in scene.items_by_id.values()):
            assert near(pixel_at(scene, mid), edge.pen().color(), 60), child
    # a dimmed edge (the presentation's close-up) draws fainter, a hidden one not at all
    child = next(c for c in scene.edges if not scene.items_by_id[c].box_rect().contains(
        scene.edges[c].scene_path().pointAtPercent(0.5)))
    edge = scene.edges[child]
    mid = edge.scene_path().pointAtPercent(0.5)
    full = pixel_at(scene, mid)
    scene.decorate(dim={child})
    faint = pixel_at(scene, mid)
    background = QColor(scene.theme.background)
    assert not near(faint, full, 20) and not near(faint, background, 20)
    scene.decorate(cut={child})
    assert near(pixel_at(scene, mid), background, 8)
    scene.decorate()
    assert near(pixel_at(scene, mid), full, 8)


def test_a_folded_branch_keeps_its_measurements_and_a_changed_text_is_measured_again(
        qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    scene, m = editor.scene, editor.mind_map
    top = m.children(m.root)[0]
    below = [n for n in m.subtree(top) if n != top]
    before = {n: scene.items_by_id[n].geometry for n in below}
    sizes = {n: g.size for n, g in before.items()}
    editor.select(top)
    press(editor, K.Key_Space)                  # fold
    assert not any(n in scene.items_by_id for n in below)
    press(editor, K.Key_Space)                  # unfold: the same measurements
    assert all(scene.items_by_id[n].geometry is before[n] for n in below)
    assert {n: scene.items_by_id[n].size() for n in below} == sizes
    # a text changed while folded is measured afresh, not taken from the kept boxes
    leaf = below[-1]
    editor.select(leaf)
    press(editor, K.Key_F2)
    press(editor, K.Key_End)
    type_text(editor, " with a much longer ending than before")
    press(editor, K.Key_Return)
    grown = scene.items_by_id[leaf].size()
    assert grown != sizes[leaf]
    editor.select(top)
    press(editor, K.Key_Space)
    press(editor, K.Key_Z, Qt.KeyboardModifier.ControlModifier)     # undo the fold
    assert scene.items_by_id[leaf].size() == grown
    press(editor, K.Key_Z, Qt.KeyboardModifier.ControlModifier)     # undo the edit
    assert scene.items_by_id[leaf].size() == sizes[leaf]
    assert scene.items_by_id[leaf].box_rect().width() == sizes[leaf][0]


def big_map_file(folder: Path, count: int) -> Path:
    m = MindMap("Big", "Big map", root_id="root")
    per_branch = count // 10
    for b in range(10):
        nodes = [(f"b{b}", None, {"text": f"Branch {b}"})]
        nodes += [(f"b{b}-{i}", f"b{b}", {"text": f"Idea {b}.{i}"})
                  for i in range(per_branch - 1)]
        m.apply(InsertSubtree("root", b, Fragment(tuple(nodes))))
    path = folder / "big.yaml"
    save_map(m, path)
    return path


def test_a_big_open_map_is_kept_out_of_collections_until_its_tab_closes(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    assert gc.get_freeze_count() == 0, "a small map is walked as before (a few ms)"
    window.open_path(big_map_file(folder, SET_APART_FROM + 500))
    nodes = len(window.editor().mind_map)
    assert nodes > SET_APART_FROM
    assert gc.get_freeze_count() > 10 * nodes, "the open map was not set apart"
    scene = weakref.ref(window.editor().scene)
    window.close_tab(window.tabs.currentIndex())
    assert gc.get_freeze_count() == 0, "a closed tab leaves its objects set apart"
    qtbot.wait(10)                                  # the event loop turns (the warm-up ran)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # Qt lets go
    # the next big map is set apart in its turn; what the closed one left is not with it
    window.open_path(big_map_file(folder, SET_APART_FROM + 600))
    assert gc.get_freeze_count() > 10 * SET_APART_FROM
    assert scene() is None, "the closed map's scene was set apart with the new map"


def test_a_closed_tab_is_collected_once_and_the_big_map_still_open_is_set_apart_again(
        qtbot, tmp_path, monkeypatch):
    folder = copy_samples(tmp_path)
    window, _ = open_window(qtbot, folder / "national.yaml")
    window.open_path(big_map_file(folder, SET_APART_FROM + 500))
    kept = window.editor()
    (folder / "other").mkdir()
    window.open_path(big_map_file(folder / "other", SET_APART_FROM + 700))
    scene = weakref.ref(window.editor().scene)
    window.close_tab(window.tabs.currentIndex())
    assert gc.get_freeze_count() == 0               # everything given back...
    qtbot.wait(20)                                  # ...the closed tab collected when idle
    assert scene() is None, "the closed map's scene is still alive"
    # the map still open is out of the collector's walks again (not only after an open)
    assert window.editor() is kept
    assert gc.get_freeze_count() > 10 * len(kept.mind_map)
    # and the next open does not walk everything again for the tab closed before
    full: list[int] = []
    collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda generation=2: full.append(generation) or
                        collect(generation))
    window.open_path(folder / "local.yaml")
    assert 2 not in full, "the open collected everything again"


def test_the_warm_up_after_opening_leaves_the_map_where_it_was(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "local.yaml")
    scene = editor.scene
    qtbot.wait(20)                                  # the warm-up runs once the map is drawn
    places = {n: (i.scenePos().x(), i.scenePos().y()) for n, i in scene.items_by_id.items()}
    scene.warm_up()
    qtbot.wait(20)
    assert {n: (i.scenePos().x(), i.scenePos().y())
            for n, i in scene.items_by_id.items()} == places
    assert not editor.document.modified and editor.document.undo_stack.count() == 0
    drawn_as_full_layout(editor)
