"""Edits in the seconds after a big map opens, while the last items still wait to be made
(issue 12): the edit updates the made items and the plan of the waiting ones, without making
them all first, and once everything is made the scene is exactly what a scene built after
the edits shows. An edit that could reorder what waits makes everything first, as before."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.app.document import Document
from mindmap_app.app.map_editor import MapEditor
from mindmap_app.canvas import deferred_items
from mindmap_app.canvas.node_item import measured
from mindmap_app.canvas.node_look import colours_and_depths
from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import operations as ops
from tests.app.test_items_in_view import tall_map_file
from tests.canvas.test_canvas_undo_property import scene_matches_model
from tests.canvas.test_incremental_scene import drawn_as_full_layout
from tests.gui_helpers import copy_samples

#: edits that update the scene with items waiting (on made ideas), then one that does not
LIGHT = ("child", "main", "sibling", "floating", "text", "fold", "delete", "move", "colour",
         "side", "link", "unlink", "undo")
step = st.tuples(st.sampled_from((*LIGHT, "text_of_waiting")), st.integers(0, 10_000),
                 st.integers(0, 10_000))


@pytest.fixture
def tall_map(tmp_path_factory):
    return tall_map_file(copy_samples(tmp_path_factory.mktemp("tall")))


def open_editor(qtbot, path):  # noqa: ANN001, ANN201
    """The map in an editor shown at 100 % on its root (the part around the view made),
    with the idle fill held back: the rest waits as long as the test needs."""
    editor = MapEditor(Document(load_map(path), path))
    qtbot.addWidget(editor)
    editor.scene.filler.start = lambda *_args: None
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.view.viewport().repaint()
    assert editor.scene.pending and editor.scene.covered
    return editor


def uncoloured(look):  # noqa: ANN001, ANN201
    """A look less its colours (branch colour, fill, text and tag chips: what a new branch
    colour or a theme in colour alone changes)."""
    return look._replace(color="", fill="", text_color="",
                         tags=tuple((tag, "") for tag, _colour in look.tags))


def plan_matches_model(editor: MapEditor) -> None:
    """Made and waiting boxes are what shows, once each; a waiting box has the look and size
    the map gives it now (its colour may wait till it is made: see stale_looks), a made one
    too (its colour may wait if it is out of view); each made one stands where the layout
    puts it; every part of the map said to be made holds no waiting box; links and edges
    join made boxes."""
    scene, m = editor.scene, editor.mind_map
    made, pending = scene._items, scene.pending
    assert not made.keys() & pending.keys()
    assert made.keys() | pending.keys() == set(m.visible_nodes())
    known = colours_and_depths(m, scene.theme, [n for n in m.visible_nodes()])
    for node, (look, geometry) in pending.items():
        now = scene._look(node, *known[node])
        if scene.stale.in_plan:
            assert uncoloured(look) == uncoloured(now), node
        else:
            assert look == now, node
        assert geometry.size == measured(look).size, node
    view = editor.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = set(scene.layout_cache.reaching(shown.left(), shown.top(), shown.right(),
                                              shown.bottom()))
    for node, item in made.items():
        now = scene._look(node, *known[node])
        if node in in_view or not scene.stale.under_stale(node):
            assert item.look == now, node
        else:
            assert uncoloured(item.look) == uncoloured(now), node
    centres = scene.layout_result.centers
    for node, item in made.items():
        x, y = centres[node]
        assert abs(item.scenePos().x() - x) < 1e-6 and abs(item.scenePos().y() - y) < 1e-6
    for part in scene.covered or ():
        assert not deferred_items.in_region(scene, part), "a made part lacks a box"
    assert set(scene.edges) == made.keys() - set(m.roots())
    for child, edge in scene.edges.items():     # in its box's colour and depth's width
        look = made[child].look
        assert edge._style == (look.color, scene.theme.edge_width_at(look.depth)), child
    assert set(scene.link_items) == {(a, b) for a, b, _ in m.links() if a in made and b in made}


def apply_step(editor: MapEditor, action: str, a: int, b: int) -> bool:
    """Run one edit as the window does (one undo step); True when it is a light one."""
    scene, m, doc = editor.scene, editor.mind_map, editor.document
    made = sorted(scene._items)
    node, other = made[a % len(made)], made[b % len(made)]
    mains = [n for n in m.children(m.root) if n in scene._items]
    if action == "undo":
        if not doc.undo_stack.canUndo():
            return True
        doc.undo_stack.undo()
        return True
    if action == "text_of_waiting":
        waiting = sorted(scene.pending)
        doc.run(ops.set_text(waiting[a % len(waiting)], f"waited {b}"), "Edit")
        return False
    edit = None
    if action == "child":
        edit = ops.add_child(m, node, f"child {b}")
    elif action == "main":
        edit = ops.add_child(m, m.root, f"main {b}", index=b % (len(m.children(m.root)) + 1))
    elif action == "sibling" and node != m.root:
        edit = ops.add_sibling(m, node, f"sibling {b}", before=bool(b % 2))
    elif action == "floating":
        edit = ops.add_floating(m, f"floating {b}")
    elif action == "text":
        edit = ops.set_text(node, f"text {b} " * (1 + b % 9))     # wider: it may wrap
    elif action == "fold" and m.children(node):
        edit = ops.toggle_fold(m, node)
    elif action == "delete" and node != m.root:
        edit = ops.delete_subtree(m, node)
    elif action == "move" and node != m.root and not m.is_ancestor(node, other):
        edit = ops.move(m, node, other)
    elif action == "colour" and mains:
        edit = ops.set_attr(mains[a % len(mains)], "style",
                            {"color": ("#b03a2e", "#2e7d32")[b % 2]})
    elif action == "side" and mains:
        edit = ops.set_attr(mains[a % len(mains)], "side", ("left", "right")[b % 2])
    elif action == "link":
        waiting = sorted(scene.pending)
        far = waiting[b % len(waiting)] if waiting else other
        if node != far and not m.has_link(node, far) and not m.has_link(far, node):
            edit = ops.add_link(node, far, f"see {b}")
    elif action == "unlink" and m.links():
        source, target, _ = sorted(m.links())[b % len(m.links())]
        edit = ops.remove_link(source, target)
    if edit is not None:
        doc.run(edit, action)
    return True


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=10))
def test_edits_while_items_wait_update_what_is_made_and_the_plan(qtbot, tall_map, monkeypatch,
                                                                 steps):
    completed = [0]
    real = deferred_items.complete

    def complete(scene) -> None:  # noqa: ANN001
        completed[0] += bool(scene.pending)
        real(scene)

    monkeypatch.setattr(deferred_items, "complete", complete)
    editor = open_editor(qtbot, tall_map)
    try:
        for action, a, b in steps:
            light = editor.scene.pending and apply_step(editor, action, a, b)
            if light:
                assert completed[0] == 0, f"{action} made every waiting item"
                assert editor.scene.pending, action
            plan_matches_model(editor)
            if not light and completed[0]:
                break       # everything is made: the scene goes on as after any open
        deferred_items.complete(editor.scene)
        scene_matches_model(editor)
        drawn_as_full_layout(editor)
    finally:
        editor.close_editor()
        editor.deleteLater()


def test_a_new_main_topic_while_items_wait_is_fast_and_recolours_waiting_branches(
        qtbot, tall_map):
    editor = open_editor(qtbot, tall_map)
    scene, m = editor.scene, editor.mind_map
    waiting = len(scene.pending)
    last = m.children(m.root)[-1]
    leaf = m.children(last)[-1]
    old = scene.pending[leaf][0].color
    # first among the main topics: every branch after it takes the next colour
    editor.document.run(ops.add_child(m, m.root, "First topic", index=0), "Add")
    assert len(scene.pending) >= waiting - 400, "the edit made the waiting items"
    assert leaf in scene.pending
    plan_matches_model(editor)
    colour = scene.theme.stroke_color(colours_and_depths(m, scene.theme, [leaf])[leaf][0])
    assert colour != old
    # the made boxes take their colours in idle time; the waiting ones when they are made
    qtbot.waitUntil(lambda: not scene.stale.roots)
    assert leaf in scene.pending
    plan_matches_model(editor)
    deferred_items.complete(scene)
    assert scene.items_by_id[leaf].look.color == colour
    assert scene.edges[leaf]._style[0] == colour
    scene_matches_model(editor)
    editor.close_editor()
