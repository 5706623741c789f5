"""The layout kept as offsets from each node's parent (:class:`RelativeLayout`) gives the full
layout's result (to 1e-6) after any sequence of edits: random maps, random edits (add, delete,
move, re-parent, fold, resize, place by hand, hold to a side, add floating trees), every style,
checked after every edit; and it reports every node whose offset from its parent changed."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.layout import compute_layout
from mindmap_app.layout.relative_layout import RelativeLayout
from mindmap_app.model import EditError
from mindmap_app.model import operations as ops

from .random_edits import EDITS, apply_edit
from .test_layout import STYLES, build_map
from .test_layout_properties import maps

SETTINGS = settings(max_examples=int(os.environ.get("LAYOUT_EXAMPLES", "80")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def offsets(m, result):  # noqa: ANN001, ANN201
    out = {}
    for n, (x, y) in result.centers.items():
        p = m.parent(n)
        if p is None:
            out[n] = (x, y)
        else:
            px, py = result.centers[p]
            out[n] = (x - px, y - py)
    return out


def near(a, b) -> bool:  # noqa: ANN001
    return abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) < 1e-6


@SETTINGS
@given(maps(max_nodes=24), st.sampled_from(STYLES), st.data())
def test_relative_layout_equals_full_layout_after_random_edits(tree, style, data):
    parents, sizes, folded = tree
    m = build_map(parents, style, folded=folded)
    layout = RelativeLayout()
    assert_near(layout.layout(m, sizes.get), compute_layout(m, sizes))
    for _ in range(data.draw(st.integers(1, 12))):
        kind = data.draw(st.sampled_from(EDITS))
        before = offsets(m, compute_layout(m, sizes))
        try:
            change = apply_edit(m, sizes, lambda a, b: data.draw(st.integers(a, b)), kind)
        except EditError:
            continue         # refused (a cycle, the root...): the map did not change
        result = layout.layout(m, sizes.get, change.touched())
        full = compute_layout(m, sizes)
        assert_near(result, full)
        if layout.moved is not None and m.layout != "radial":
            after = offsets(m, full)
            changed = {n for n, o in after.items()
                       if n not in before or not near(o, before[n])}
            assert changed <= layout.moved, "every node whose offset changed is reported"


def test_an_edit_walks_only_the_path_to_the_root():
    # the root with three branches of three children each
    parents = [-1, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]
    m = build_map(parents, "right")
    sizes = {n: (60.0, 20.0) for n in m.nodes()}
    layout = RelativeLayout()
    layout.layout(m, sizes.get)
    seen = []
    m.subscribe(seen.append)
    m.apply(ops.add_child(m, "k5"))
    sizes.update({n: (60.0, 20.0) for n in seen[-1].added})
    result = layout.layout(m, sizes.get, seen[-1].touched())
    assert_near(result, compute_layout(m, sizes))
    new = next(iter(seen[-1].added))
    # the new node, its siblings (the parent re-centres on them) and the branches of the
    # root: nothing inside the other branches
    assert new in layout.moved
    assert not layout.moved & {"k7", "k8", "k9", "k10", "k11", "k12"}


def assert_near(incremental, full) -> None:  # noqa: ANN001
    assert set(incremental.centers) == set(full.centers)
    for node, centre in full.centers.items():
        assert near(incremental.centers[node], centre), node
    assert incremental.sides == full.sides
    assert all(abs(a - b) < 1e-6 for a, b in zip(incremental.bounds, full.bounds, strict=True))


@SETTINGS
@given(maps(max_nodes=40), st.sampled_from([s for s in STYLES if s != "radial"]), st.data())
def test_the_nodes_reaching_into_a_rect_are_those_whose_box_or_edge_does(tree, style, data):
    # what a window makes before its first paint: the boxes in view and the edges crossing it
    parents, sizes, folded = tree
    m = build_map(parents, style, folded=folded)
    layout = RelativeLayout()
    result = layout.layout(m, sizes.get)
    x, y, w, h = result.bounds
    for _ in range(5):
        left = data.draw(st.floats(x - 50, x + w + 50))
        top = data.draw(st.floats(y - 50, y + h + 50))
        right = left + data.draw(st.floats(0, w + 100))
        bottom = top + data.draw(st.floats(0, h + 100))
        expected = set()
        for node, (cx, cy) in result.centers.items():
            bw, bh = sizes[node]
            x0, y0, x1, y1 = cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2
            up = m.parent(node)
            if up is not None:
                px, py = result.centers[up]
                x0, y0, x1, y1 = min(x0, px), min(y0, py), max(x1, px), max(y1, py)
            if not (x1 < left or x0 > right or y1 < top or y0 > bottom):
                expected.add(node)
        found = layout.reaching(left, top, right, bottom)
        assert len(found) == len(set(found))
        assert set(found) == expected
        # only some branches (those recoloured): their nodes among the expected ones
        shown = list(result.centers)
        branches = data.draw(st.lists(st.sampled_from(shown), max_size=3, unique=True))
        below = {n for b in branches for n in shown if b in m.path_to_root(n)}
        found = layout.reaching(left, top, right, bottom, branches)
        assert set(found) == expected & below
