"""The fast path of an edit (only touched branches laid out, only moved items updated, edges
hanging on their parent's item) draws what a full rebuild draws: after random editor commands,
every box stands where a full layout puts it and every edge runs from its parent's box to its
child's box, in scene coordinates."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.app.document import Document
from mindmap_app.app.map_editor import MapEditor
from mindmap_app.canvas.branch_items import frame_rect
from mindmap_app.io.yaml_format import load_map
from mindmap_app.layout import compute_layout
from mindmap_app.model import operations as ops
from tests.conftest import SAMPLE_MAPS

from .test_canvas_undo_property import run, step


def drawn_as_full_layout(editor: MapEditor) -> None:
    scene, m = editor.scene, editor.mind_map
    full = compute_layout(m, scene.sizes())
    # the kept layout sums offsets where the full one sums modifiers: the same to 1e-6
    centres = scene.layout_result.centers
    assert set(centres) == set(full.centers)
    for node, (x, y) in full.centers.items():
        assert abs(centres[node][0] - x) < 1e-6 and abs(centres[node][1] - y) < 1e-6, node
    assert scene.layout_result.sides == full.sides
    for node, (x, y) in full.centers.items():
        item = scene.items_by_id[node]
        assert abs(item.scenePos().x() - x) < 1e-6 and abs(item.scenePos().y() - y) < 1e-6
    for child, edge in scene.edges.items():
        parent = m.parent(child)
        assert edge.owner is scene.branches[parent], "the parent's frame draws the edge"
        assert edge.isVisible()
        path = edge.scene_path()
        start, end = path.pointAtPercent(0.0), path.pointAtPercent(1.0)
        parent_box = scene.items_by_id[parent].box_rect().adjusted(-0.01, -0.01, 0.01, 0.01)
        child_box = scene.items_by_id[child].box_rect().adjusted(-0.01, -0.01, 0.01, 0.01)
        assert parent_box.contains(start), (child, start, parent_box)
        assert child_box.contains(end), (child, end, child_box)
    for (a, b), link in scene.link_items.items():
        # a cross-link runs from the border of one box to the border of the other
        path = link.mapToScene(link.path())
        start, end = path.pointAtPercent(0.0), path.pointAtPercent(1.0)
        assert scene.items_by_id[a].box_rect().adjusted(-0.01, -0.01, 0.01, 0.01).contains(
            start), (a, b)
        assert scene.items_by_id[b].box_rect().adjusted(-0.01, -0.01, 0.01, 0.01).contains(
            end), (a, b)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_random_commands_draw_what_a_full_layout_draws(qapp, steps):
    mind_map = load_map(SAMPLE_MAPS / "national.yaml")
    # two cross-links (the sample has none): their ends must follow every move
    nodes = sorted(mind_map.nodes())
    mind_map.apply(ops.add_link(nodes[1], nodes[-2], "see"))
    mind_map.apply(ops.add_link(nodes[-1], nodes[len(nodes) // 2]))
    editor = MapEditor(Document(mind_map))
    try:
        for action, a, b in steps:
            run(editor, action, a, b)
            drawn_as_full_layout(editor)
        stack = editor.document.undo_stack
        while stack.canUndo():
            stack.undo()
            drawn_as_full_layout(editor)
    finally:
        editor.close_editor()
        editor.deleteLater()


def test_a_main_branch_given_a_side_is_drawn_there(qapp):
    # the side a FreeMind file or a colleague in the room gives a main branch: the scene
    # drew it where it was until the next layout
    mind_map = load_map(SAMPLE_MAPS / "national.yaml")
    editor = MapEditor(Document(mind_map))
    try:
        branch = mind_map.children(mind_map.root)[0]
        before = editor.scene.items_by_id[branch].scenePos().x()
        editor.document.run(ops.set_attr(branch, "side", "left" if before > 0 else "right"),
                            "Side")
        after = editor.scene.items_by_id[branch].scenePos().x()
        assert (before > 0) != (after > 0)
        drawn_as_full_layout(editor)
    finally:
        editor.close_editor()
        editor.deleteLater()


def test_a_fold_badge_that_grows_grows_its_frames(qapp):
    # a folded idea's badge counts what it hides: 9 -> 10 widens it, and the frames that
    # hold it (what paints and hit tests go by) grow with it, though its box keeps its size
    mind_map = load_map(SAMPLE_MAPS / "national.yaml")
    top = mind_map.children(mind_map.root)[0]
    folded = mind_map.children(top)[0]
    while mind_map.hidden_count(folded) < 9 or not mind_map.children(folded):
        mind_map.apply(ops.add_child(mind_map, folded, "more"))
    while mind_map.hidden_count(folded) > 9:
        mind_map.apply(ops.delete_subtree(mind_map, mind_map.children(folded)[-1]))
    mind_map.apply(ops.toggle_fold(mind_map, folded))
    editor = MapEditor(Document(mind_map))
    try:
        scene = editor.scene
        item = scene.items_by_id[folded]
        size, wide = item.geometry.size, item.rect().width()
        hidden = mind_map.children(folded)[0]
        editor.document.run(ops.add_child(mind_map, hidden, "one more"), "Add")
        assert item.look.folded_count == 10 and item.geometry.size == size
        assert item.rect().width() > wide
        for node, branch in scene.branches.items():
            assert branch.rect() == frame_rect(scene, node), node
    finally:
        editor.close_editor()
        editor.deleteLater()
