"""A main topic inserted, removed or moved among the others on a big map (issue 12): every
branch after it takes another colour, but the window recolours at once only what its view
shows (and what glides out of it); the rest follows in idle time, and whatever asks for the
boxes, scrolls to them or edits them finds them in their new colour."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QGraphicsView

from mindmap_app.app.document import Document
from mindmap_app.app.map_editor import MapEditor
from mindmap_app.canvas import deferred_items
from mindmap_app.canvas.node_item import NodeItem
from mindmap_app.canvas.node_look import colours_and_depths
from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import operations as ops
from tests.app.test_items_in_view import tall_map_file
from tests.canvas.test_canvas_undo_property import scene_matches_model
from tests.canvas.test_edits_while_pending import uncoloured
from tests.canvas.test_incremental_scene import drawn_as_full_layout
from tests.gui_helpers import copy_samples


@pytest.fixture
def tall_map(tmp_path_factory):
    return tall_map_file(copy_samples(tmp_path_factory.mktemp("tall")))


def made_editor(qtbot, path, animate: bool = False) -> MapEditor:  # noqa: ANN001
    """The map in an editor shown on its root, every item made; the idle recolouring held
    back (the test runs its steps, ``stale.step``, when it wants)."""
    editor = MapEditor(Document(load_map(path), path))
    qtbot.addWidget(editor)
    editor.scene.stale.timer.start = lambda *_args: None
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    deferred_items.complete(editor.scene)
    editor.scene.animate = animate
    editor.view.viewport().repaint()
    return editor


def shown(editor: MapEditor):  # noqa: ANN201
    view = editor.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def colour_now(editor: MapEditor, node: str) -> str:
    scene, m = editor.scene, editor.mind_map
    return scene.theme.stroke_color(colours_and_depths(m, scene.theme, [node])[node][0])


def drawn_in_view(editor: MapEditor) -> list[NodeItem]:
    """The boxes Qt draws in the view now (where they stand, gliding or not)."""
    return [i for i in editor.scene.items(shown(editor)) if isinstance(i, NodeItem)]


def looks_right(editor: MapEditor) -> None:
    """Every box the view draws, and every box not in a stale branch, shows the look the map
    gives it, its edge in its colour; a stale box differs at most in its colours."""
    scene, m = editor.scene, editor.mind_map
    known = colours_and_depths(m, scene.theme, list(m.visible_nodes()))
    in_view = {item.node_id for item in drawn_in_view(editor)}
    for node, item in scene._items.items():
        now = scene._look(node, *known[node])
        if node in in_view or not scene.stale.under_stale(node):
            assert item.look == now, node
        else:
            assert uncoloured(item.look) == uncoloured(now), node
        edge = scene.edges.get(node)
        if edge is not None:
            assert edge._style[0] == item.look.color, node


def count_relooked(monkeypatch, scene) -> list[int]:  # noqa: ANN001
    counted = [0]
    real = scene._refresh_looks

    def refresh(nodes):  # noqa: ANN001, ANN202
        counted[0] += len(nodes)
        return real(nodes)

    monkeypatch.setattr(scene, "_refresh_looks", refresh)
    return counted


def test_a_main_topic_inserted_recolours_the_view_now_and_the_rest_later(
        qtbot, tall_map, monkeypatch):
    editor = made_editor(qtbot, tall_map)
    scene, m = editor.scene, editor.mind_map
    centres = scene.layout_result.centers
    far = max(m.children("b6"), key=lambda n: abs(centres[n][1]))   # out of the view
    assert not shown(editor).contains(*centres[far])
    before = scene._items[far].look.color
    relooked = count_relooked(monkeypatch, scene)
    editor.document.run(ops.add_child(m, m.root, "First topic", index=0), "Add")
    assert relooked[0] < 200, "the edit looked at boxes out of view"
    assert scene.stale.roots
    assert scene._items[far].look.color == before != colour_now(editor, far)
    looks_right(editor)
    assert scene.item(far).look.color == colour_now(editor, far)    # an item asked for
    scene.stale.done.discard(far)
    # scrolled to: recoloured before the view paints it, as a full recolour shows it
    editor.view.centerOn(scene._items[far])
    assert scene._items[far].look.color == colour_now(editor, far)
    looks_right(editor)
    painted = editor.view.viewport().grab().toImage()
    scene.stale.all()
    assert not scene.stale.roots
    assert editor.view.viewport().grab().toImage() == painted
    scene_matches_model(editor)
    drawn_as_full_layout(editor)


def test_a_main_branch_given_a_colour_takes_it_in_view_now_and_whole_later(
        qtbot, tall_map, monkeypatch):
    editor = made_editor(qtbot, tall_map)
    scene, m = editor.scene, editor.mind_map
    relooked = count_relooked(monkeypatch, scene)
    editor.document.run(ops.set_attr("b3", "style", {"color": "#2e7d32"}), "Colour")
    assert relooked[0] < 200, "the edit looked at the whole branch"
    looks_right(editor)
    scene.stale.all()
    for node in [*m.children("b3"), "b3"]:
        assert scene._items[node].look.color == colour_now(editor, node) == \
            scene.theme.stroke_color("#2e7d32")
        assert scene.edges[node]._style[0] == colour_now(editor, node)


def test_the_rest_is_recoloured_in_idle_steps(qtbot, tall_map, monkeypatch):
    from mindmap_app.canvas import stale_looks

    # a step ends once its time is up: with none, after its first chunk (a fast machine
    # did the whole map within one step's 30 ms)
    monkeypatch.setattr(stale_looks, "STEP_SECONDS", 0.0)
    editor = made_editor(qtbot, tall_map)
    scene, m = editor.scene, editor.mind_map
    editor.document.run(ops.add_child(m, m.root, "First topic", index=0), "Add")
    steps = 0
    while scene.stale.roots:
        scene.stale.step()
        steps += 1
        looks_right(editor)
    assert steps > 1, "all in one step: the window would not answer meanwhile"
    for node, item in scene._items.items():
        assert item.look.color == colour_now(editor, node), node
    scene_matches_model(editor)


def test_boxes_gliding_out_of_view_show_their_new_colour(qtbot, tall_map):
    editor = made_editor(qtbot, tall_map, animate=True)
    scene, m = editor.scene, editor.mind_map
    editor.view.centerOn(scene._items["b2-40"])
    editor.view.viewport().repaint()
    editor.document.run(ops.add_child(m, m.root, "First topic", index=0), "Add")
    assert scene.glide.running and scene.stale.roots
    # the boxes drawn at the glide's start include some whose place at its end is out of
    # view: they glide out of it, in their new colour
    view, centres = shown(editor), scene.layout_result.centers
    leaving = [item.node_id for item in drawn_in_view(editor)
               if not view.contains(*centres[item.node_id])]
    assert leaving
    assert all(scene._items[n].look.color == colour_now(editor, n) for n in leaving)
    looks_right(editor)             # what the view draws at the glide's start
    scene.glide.finish()
    looks_right(editor)             # and at its end


def test_a_branch_moved_out_of_a_stale_one_takes_its_new_colour_whole(qtbot, tall_map,
                                                                        monkeypatch):
    editor = made_editor(qtbot, tall_map)
    scene, m, doc = editor.scene, editor.mind_map, editor.document
    for i in range(1, 6):               # a small branch under the first idea of b6
        doc.run(ops.move(m, f"b6-{i}", "b6-0"), "Move")
    centres = scene.layout_result.centers
    ends = [centres["b6-0"], centres[m.children("b5")[0]]]    # where it is, where it goes
    editor.view.centerOn(*max(centres.values(), key=lambda c: min(
        abs(c[0] - x) + abs(c[1] - y) for x, y in ends)))
    doc.run(ops.add_child(m, m.root, "First topic", index=0), "Add")
    scene.stale.recolour(["b6-1"])      # in view once (b6-0 was not)
    old = scene._items["b6-0"].look.color
    assert scene._items["b6-1"].look.color != old
    # b5 now has the colour b6 had: b6-0 shows it already, its first child does not
    relooked = count_relooked(monkeypatch, scene)
    doc.run(ops.move(m, "b6-0", "b5", 0), "Move")
    assert colour_now(editor, "b6-0") == old
    assert not shown(editor).intersects(scene.branches["b6-0"].sceneBoundingRect())
    # what the view shows is recoloured; the branches it left and joined hold 640 boxes
    assert relooked[0] < 250, "the move looked at the branches it left and joined, whole"
    looks_right(editor)
    scene.items_by_id       # noqa: B018
    scene_matches_model(editor)


def test_a_view_that_does_not_say_what_it_shows_has_the_scene_recolour_at_once(
        qtbot, tall_map):
    editor = made_editor(qtbot, tall_map)
    scene, m = editor.scene, editor.mind_map
    other = QGraphicsView(scene)        # as the presentation shows the scene
    qtbot.addWidget(other)
    editor.document.run(ops.add_child(m, m.root, "First topic", index=0), "Add")
    assert not scene.stale.roots
    for node, item in scene._items.items():
        assert item.look.color == colour_now(editor, node), node
    other.setScene(None)


def test_stale_branches_are_recoloured_before_an_edit_that_cannot_wait(qtbot, tall_map):
    editor = made_editor(qtbot, tall_map)
    scene, m = editor.scene, editor.mind_map
    editor.document.run(ops.add_child(m, m.root, "First topic", index=0), "Add")
    assert scene.stale.roots
    other = QGraphicsView(scene)
    qtbot.addWidget(other)
    editor.document.run(ops.reorder(m, "b3", -1), "Move")
    assert not scene.stale.roots
    scene_matches_model(editor)
    other.setScene(None)


def test_a_theme_in_colour_alone_recolours_the_view_now_and_the_rest_later(
        qtbot, tall_map, monkeypatch):
    """Light to dark: the boxes keep their sizes and places; nothing is laid out again, the
    view's boxes take the new colours at once, the others when seen."""
    editor = made_editor(qtbot, tall_map)
    scene, m = editor.scene, editor.mind_map
    centres = scene.layout_result.centers
    far = max(m.children("b6"), key=lambda n: abs(centres[n][1]))   # out of the view
    light = scene._items[far].look
    editor.document.run(ops.add_link("b1", far, "see"), "Link")
    link = scene.link_items["b1", far]
    route = link.path()
    relooked = count_relooked(monkeypatch, scene)
    laid_out = []
    monkeypatch.setattr(scene, "relayout", lambda *a, **k: laid_out.append(1))
    scene.set_theme("dark")
    assert laid_out == [], "a theme in colour alone laid the map out again"
    assert relooked[0] < 300, "the theme looked at boxes out of view"
    assert scene._items[far].look == light
    looks_right(editor)
    assert scene._items[m.root].look.fill == scene.theme.root_fill
    assert link.routed and link.path() == route, "a link keeps its route in the same font"
    assert link._colour.name() == scene.theme.link_color
    monkeypatch.undo()
    editor.view.centerOn(scene._items[far])
    assert scene._items[far].look.fill == scene.theme.node_fill != light.fill
    looks_right(editor)
    painted = editor.view.viewport().grab().toImage()
    scene.stale.all()
    assert editor.view.viewport().grab().toImage() == painted
    scene_matches_model(editor)
    drawn_as_full_layout(editor)
    for node, edge in scene.edges.items():
        assert edge._style[0] == scene._items[node].look.color, node


def test_a_theme_of_other_sizes_is_laid_out_at_once(qtbot, tall_map):
    editor = made_editor(qtbot, tall_map)
    scene = editor.scene
    scene.set_theme("dark")             # stale boxes, then bigger ones: all made right
    before = scene.layout_result.centers["b6-0"]
    scene.set_theme("projector")
    assert not scene.stale.roots
    assert scene.layout_result.centers["b6-0"] != before
    scene_matches_model(editor)
    drawn_as_full_layout(editor)


# ------------------------------------------------------------------ random edits
STEPS = ("main", "reorder", "delete_main", "undo", "redo", "scroll", "idle", "move",
         "colour", "fold", "text", "theme", "fill")
step = st.tuples(st.sampled_from(STEPS), st.integers(0, 10_000), st.integers(0, 10_000))


def apply(editor: MapEditor, action: str, a: int, b: int) -> None:
    scene, m, doc = editor.scene, editor.mind_map, editor.document
    mains = m.children(m.root)
    nodes = sorted(scene._items)
    node = nodes[a % len(nodes)]
    if action == "main":
        doc.run(ops.add_child(m, m.root, f"main {b}", index=b % (len(mains) + 1)), "Add")
    elif action == "reorder" and mains:
        doc.run(ops.reorder(m, mains[a % len(mains)], 1 if b % 2 else -1), "Move")
    elif action == "delete_main" and len(mains) > 1:
        doc.run(ops.delete_subtree(m, mains[a % len(mains)]), "Delete")
    elif action == "undo" and doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    elif action == "redo" and doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    elif action == "scroll":
        editor.view.centerOn(scene._items[node])
    elif action == "idle":
        scene.stale.step()
    elif action == "move" and node != m.root:
        target = nodes[b % len(nodes)]
        if not m.is_ancestor(node, target) and target != node:
            doc.run(ops.move(m, node, target), "Move")
    elif action == "colour" and mains:
        doc.run(ops.set_attr(mains[a % len(mains)], "style",
                             {"color": ("#b03a2e", "#2e7d32")[b % 2]}), "Colour")
    elif action == "fold" and mains:
        doc.run(ops.toggle_fold(m, mains[a % len(mains)]), "Fold")
    elif action == "theme":             # the window's (light and dark: colours alone)
        scene.set_theme(("light", "dark", "dark", "projector")[b % 4])
    elif action == "fill":
        doc.run(ops.set_attr(node, "style", {"background": ("#ffe08a", "#9cc9ba")[b % 2]}),
                "Fill")
    elif action == "text" and node != m.root:
        doc.run(ops.set_text(node, f"text {b}"), "Edit")


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_random_edits_scrolls_and_idle_steps_keep_every_box_drawn_right(qtbot, tall_map,
                                                                         steps):
    editor = made_editor(qtbot, tall_map)
    try:
        for action, a, b in steps:
            apply(editor, action, a, b)
            looks_right(editor)
        editor.scene.items_by_id        # noqa: B018 - whoever asks for them: all recoloured
        assert not editor.scene.stale.roots
        scene_matches_model(editor)
        drawn_as_full_layout(editor)
    finally:
        editor.close_editor()
        editor.deleteLater()
