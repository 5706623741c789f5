"""A branch that leaves its tree (made floating) loses the line to its old parent, and a
floating idea attached to a node gets one: every shown idea but a tree's root has exactly one
edge, drawn from its parent's box to its own (found by the outline's property test: an edge
left behind by a floated branch broke a later fold)."""

from __future__ import annotations

from mindmap_app.canvas.map_scene import MapScene
from mindmap_app.model import MindMap
from mindmap_app.model import operations as ops

from .test_incremental_scene import drawn_as_full_layout


class _Editor:           # what drawn_as_full_layout reads
    def __init__(self, scene: MapScene) -> None:
        self.scene, self.mind_map = scene, scene.mind_map


def edges_match(scene: MapScene) -> None:
    m = scene.mind_map
    shown_children = {n for n in scene.items_by_id if m.parent(n) is not None}
    assert set(scene.edges) == shown_children
    drawn_as_full_layout(_Editor(scene))


def test_floated_branch_loses_its_edge_and_an_attached_one_gets_one(qapp) -> None:  # noqa: ANN001
    m = MindMap("t", "root")
    scene = MapScene(m)
    m.apply(ops.add_child(m, m.root, "a"))
    a = m.children(m.root)[0]
    m.apply(ops.add_child(m, a, "b"))
    m.apply(ops.add_child(m, a, "c"))
    b, c = m.children(a)
    m.apply(ops.add_child(m, b, "b1"))
    edges_match(scene)
    m.apply(ops.move(m, b, None))               # b and its child float
    assert b not in scene.edges
    edges_match(scene)
    m.apply(ops.toggle_fold(m, m.root))         # used to fail: b's edge still named a
    edges_match(scene)
    m.apply(ops.toggle_fold(m, m.root))
    m.apply(ops.move(m, b, c))                  # attach the floating branch to c
    assert scene.edges[b].owner is scene.branches[c]
    edges_match(scene)
    m.apply(ops.add_floating(m, "f"))
    f = [n for n in m.floating if n != b][0]
    m.apply(ops.move(m, f, m.root))
    edges_match(scene)
