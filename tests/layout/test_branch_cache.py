"""The incremental layout (:class:`LayoutCache`) gives exactly the full layout's result after
any sequence of edits: random maps, random edits (add, delete, move, re-parent, fold, resize,
place by hand, hold to a side, add floating trees), every style, checked after every edit."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.layout import compute_layout
from mindmap_app.layout.branch_cache import LayoutCache
from mindmap_app.model import EditError
from mindmap_app.model import operations as ops

from .test_layout import STYLES, build_map
from .test_layout_properties import maps

SETTINGS = settings(max_examples=int(os.environ.get("LAYOUT_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

EDITS = ("add", "delete", "move", "reorder", "fold", "resize", "place", "unplace", "floating",
         "root", "side")


def apply_edit(m, sizes, draw_int, kind):  # noqa: ANN001, ANN201
    """Apply one edit of ``kind`` (nodes picked with ``draw_int``); the change notice."""
    nodes = sorted(m.nodes())
    node = nodes[draw_int(0, len(nodes) - 1)]
    other = nodes[draw_int(0, len(nodes) - 1)]
    if kind == "add":
        edit = ops.add_child(m, node, index=draw_int(0, len(m.children(node))))
    elif kind == "delete":
        edit = ops.delete_subtree(m, node)
    elif kind == "move":
        edit = ops.move(m, node, other, draw_int(0, len(m.children(other))))
    elif kind == "reorder":
        edit = ops.reorder(m, node, draw_int(-2, 2) or 1)
    elif kind == "fold":
        edit = ops.set_attr(node, "folded", not m.get(node, "folded"))
    elif kind == "resize":
        edit = ops.set_text(node, m.text(node) + "x")
    elif kind == "place":
        edit = ops.set_pos(node, (float(draw_int(-300, 300)), float(draw_int(-200, 200))))
    elif kind == "unplace":
        edit = ops.set_pos(node, None)
    elif kind == "side":     # a branch held to the left or right of a balanced root
        edit = ops.set_attr(node, "side", ("left", "right", None)[draw_int(0, 2)])
    elif kind == "floating":
        edit = ops.add_floating(m, "loose")
    else:   # the main root grows or shrinks
        node = m.root
        edit = ops.set_text(node, m.text(node) + "y")
    seen = []
    m.subscribe(seen.append)
    try:
        m.apply(edit)
    finally:
        m.unsubscribe(seen.append)
    change = seen[-1]
    for n in change.added | set(change.attrs):
        if n in m:       # the canvas measures the text: here a size follows its length
            sizes[n] = (30.0 + 7.0 * len(m.text(n)), 16.0 + 5.0 * (len(m.text(n)) % 4))
    return change


@SETTINGS
@given(maps(max_nodes=24), st.sampled_from(STYLES), st.data())
def test_incremental_layout_equals_full_layout_after_random_edits(tree, style, data):
    parents, sizes, folded = tree
    m = build_map(parents, style, folded=folded)
    cache = LayoutCache()
    assert_same(cache.layout(m, sizes.get), compute_layout(m, sizes))
    for _ in range(data.draw(st.integers(1, 12))):
        kind = data.draw(st.sampled_from(EDITS))
        try:
            change = apply_edit(m, sizes, lambda a, b: data.draw(st.integers(a, b)), kind)
        except EditError:
            continue         # refused (a cycle, the root...): the map did not change
        touched = change.touched()
        result = cache.layout(m, sizes.get, touched)
        assert_same(result, compute_layout(m, sizes))


def test_only_the_touched_branch_is_laid_out_again():
    # the root with three branches of three children each
    parents = [-1, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]
    m = build_map(parents, "balanced")
    sizes = {n: (60.0, 20.0) for n in m.nodes()}
    cache = LayoutCache()
    cache.layout(m, sizes.get)
    assert cache.rebuilt == 3
    seen = []
    m.subscribe(seen.append)
    m.apply(ops.add_child(m, "k5"))
    result = cache.layout(m, sizes.get, seen[-1].touched())
    assert cache.rebuilt == 1, "only k1's branch is flattened and walked again"
    assert_same(result, compute_layout(m, sizes))


def assert_same(incremental, full) -> None:  # noqa: ANN001
    assert incremental.centers == full.centers
    assert incremental.sides == full.sides
    assert incremental.bounds == full.bounds
