"""Automatic layout: concrete maps whose result a user would check by eye.

The helpers at the top (``build_map``, ``boxes``, ...) are shared with
``test_layout_properties.py``.
"""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from mindmap_app.layout import LayoutResult, compute_layout, moved_nodes
from mindmap_app.layout.tidy import choose_split
from mindmap_app.model import MindMap
from mindmap_app.model import operations as ops

STYLES = ("right", "left", "balanced", "down", "radial")
TIDY_STYLES = ("right", "left", "balanced", "down")
EPS = 1e-6


# ----------------------------------------------------------------------------- helpers
def build_map(parents: list[int], layout: str = "right", *, folded=(), pos=None) -> MindMap:
    """A map with nodes ``k0`` (the main root), ``k1``, ...; ``parents[i]`` is the index of
    ``ki``'s parent, -1 making it a floating root. Children keep the order of their indices."""
    m = MindMap("t", "root", root_id="k0", layout=layout)
    g = m.graph
    count: dict[int, int] = {}
    for i in range(1, len(parents)):
        nid = f"k{i}"
        g.add_node(nid, text=nid)
        p = parents[i]
        if p < 0:
            g.graph["floating"].append(nid)
        else:
            g.add_edge(f"k{p}", nid, key="tree", order=count.get(p, 0))
            count[p] = count.get(p, 0) + 1
    for i in folded:
        g.nodes[f"k{i}"]["folded"] = True
    for i, offset in (pos or {}).items():
        g.nodes[f"k{i}"]["pos"] = (float(offset[0]), float(offset[1]))
    return m


def uniform_sizes(m: MindMap, w: float = 60.0, h: float = 20.0) -> dict[str, tuple[float, float]]:
    return {n: (w, h) for n in m.nodes()}


def box(result: LayoutResult, sizes, node: str) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a node's box."""
    x, y = result.centers[node]
    w, h = sizes[node]
    return x - w / 2, y - h / 2, x + w / 2, y + h / 2


def overlap(a, b, eps: float = EPS) -> bool:
    return (a[0] < b[2] - eps and b[0] < a[2] - eps and a[1] < b[3] - eps and b[1] < a[3] - eps)


def overlapping_pairs(result: LayoutResult, sizes) -> list[tuple[str, str]]:
    nodes = list(result.centers)
    boxes = [box(result, sizes, n) for n in nodes]
    out = []
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            if overlap(boxes[i], boxes[j]):
                out.append((nodes[i], nodes[j]))
    return out


def subtree_bbox(result: LayoutResult, sizes, m: MindMap, node: str):
    bs = [box(result, sizes, n) for n in m.subtree(node) if n in result.centers]
    return (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs),
            max(b[3] for b in bs))


def chain_map(length: int, side_every: int = 0) -> MindMap:
    """A chain ``k0 - k1 - ... `` (deeper than the YAML limit; built on the graph directly),
    with a leaf hanging off every ``side_every``-th link."""
    parents = [-1]
    spine = 0
    for _ in range(length):
        parents.append(spine)
        spine = len(parents) - 1
        if side_every and spine % side_every == 0:
            parents.append(spine)
    return build_map(parents)


# ------------------------------------------------------------------------------- API
def test_result_holds_every_visible_node_with_main_root_at_origin():
    m = build_map([-1, 0, 0, 1, 1, -1, 5])
    sizes = uniform_sizes(m)
    result = compute_layout(m, sizes)
    assert set(result.centers) == set(m.visible_nodes()) == set(result.sides)
    assert result.centers["k0"] == (0.0, 0.0)
    assert result.sides["k0"] == 0 and result.sides["k5"] == 0


def test_style_defaults_to_the_maps_layout():
    m = build_map([-1, 0, 0], layout="left")
    sizes = uniform_sizes(m)
    assert compute_layout(m, sizes).centers == compute_layout(m, sizes, "left").centers
    assert compute_layout(m, sizes).centers["k1"][0] < 0


def test_unknown_style_is_refused():
    m = build_map([-1, 0])
    with pytest.raises(ValueError, match="diagonal"):
        compute_layout(m, uniform_sizes(m), "diagonal")


def test_a_node_without_a_size_gets_a_default_box():
    m = build_map([-1, 0, 0])
    result = compute_layout(m, {"k0": (50.0, 20.0)})
    assert set(result.centers) == {"k0", "k1", "k2"}
    assert overlapping_pairs(result, {"k0": (50, 20), "k1": (100, 30), "k2": (100, 30)}) == []


def test_bounds_enclose_exactly_all_boxes():
    m = build_map([-1, 0, 0, 1, -1])
    sizes = {n: (40.0 + 10 * i, 20.0 + 5 * i) for i, n in enumerate(sorted(m.nodes()))}
    for style in STYLES:
        result = compute_layout(m, sizes, style)
        bs = [box(result, sizes, n) for n in result.centers]
        x, y, w, h = result.bounds
        assert x == pytest.approx(min(b[0] for b in bs))
        assert y == pytest.approx(min(b[1] for b in bs))
        assert x + w == pytest.approx(max(b[2] for b in bs))
        assert y + h == pytest.approx(max(b[3] for b in bs))


def test_layout_does_not_import_qt():
    code = ("import sys; import mindmap_app.layout, mindmap_app.layout.tidy; "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(__import__("pathlib").Path(
                             __file__).resolve().parents[2] / "src")})
    assert out.stdout.strip() == "False"


# ----------------------------------------------------------------------- tidy styles
def test_right_children_start_one_gap_after_the_parents_right_edge():
    # root (100 wide) -> a (60) -> a1; root -> b
    m = build_map([-1, 0, 1, 0])
    sizes = {"k0": (100, 30), "k1": (60, 20), "k2": (80, 20), "k3": (40, 20)}
    r = compute_layout(m, sizes, "right", h_gap=40, v_gap=12)
    assert box(r, sizes, "k1")[0] == pytest.approx(50 + 40)
    assert box(r, sizes, "k3")[0] == pytest.approx(50 + 40)
    # Non-layered: a1 starts after *its parent's* edge, not after the widest node of level 1.
    assert box(r, sizes, "k2")[0] == pytest.approx(box(r, sizes, "k1")[2] + 40)
    # Siblings are one gap apart and the root is centred on them.
    assert box(r, sizes, "k3")[1] == pytest.approx(box(r, sizes, "k1")[3] + 12)
    assert r.centers["k0"][1] == pytest.approx(
        (box(r, sizes, "k1")[1] + box(r, sizes, "k3")[3]) / 2)
    assert all(r.sides[n] == 1 for n in ("k1", "k2", "k3"))


def test_left_is_the_mirror_of_right():
    m = build_map([-1, 0, 0, 1, 1, 2, 5, 0])
    sizes = {n: (30.0 + 17 * i % 90, 16.0 + 13 * i % 50) for i, n in enumerate(m.nodes())}
    right = compute_layout(m, sizes, "right")
    left = compute_layout(m, sizes, "left")
    for n, (x, y) in right.centers.items():
        assert left.centers[n] == pytest.approx((-x, y))
        assert left.sides[n] == -right.sides[n]


def test_down_is_right_turned_a_quarter():
    m = build_map([-1, 0, 0, 1, 1, 2, 5, 0])
    sizes = {n: (30.0 + 17 * i % 90, 16.0 + 13 * i % 50) for i, n in enumerate(m.nodes())}
    swapped = {n: (h, w) for n, (w, h) in sizes.items()}
    right = compute_layout(m, swapped, "right")
    down = compute_layout(m, sizes, "down")
    for n, (x, y) in right.centers.items():
        assert down.centers[n] == pytest.approx((y, x))
        assert down.sides[n] == (0 if n == "k0" else 2)


def test_small_sibling_tucks_in_beside_a_deep_one():
    """Tight packing: a leaf next to a branch that fans out further right sits under the
    branch's own node instead of below the whole fan, so the map is less tall than the two
    subtrees stacked (which is what a per-level or bounding-box layout would give)."""
    # root -> big (narrow) -> 8 leaves; root -> small leaf
    parents = [-1, 0] + [1] * 8 + [0]
    m = build_map(parents)
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes, "right")
    big = subtree_bbox(r, sizes, m, "k1")
    small = subtree_bbox(r, sizes, m, "k10")
    stacked = (big[3] - big[1]) + 12 + (small[3] - small[1])
    assert r.bounds[3] < stacked
    assert r.bounds[3] == pytest.approx(big[3] - big[1])  # the leaf costs no height at all
    assert overlapping_pairs(r, sizes) == []
    # The leaf sits one gap below the branch node it shares the column with.
    assert box(r, sizes, "k10")[1] == pytest.approx(box(r, sizes, "k1")[3] + 12)


def test_small_siblings_between_two_big_ones_are_spread_evenly():
    # big, leaf, leaf, leaf, big: the leaves share the room the big fans leave between them.
    parents = [-1, 0] + [1] * 6 + [0, 0, 0, 0] + [11] * 6
    m = build_map(parents)
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes, "right")
    ys = [r.centers[f"k{i}"][1] for i in (1, 8, 9, 10, 11)]
    steps = [b - a for a, b in zip(ys, ys[1:], strict=False)]
    assert steps == pytest.approx([steps[0]] * 4)
    assert steps[0] > 32  # more than one box plus gap: spread out, not bunched at the top


def test_deep_chain_with_side_leaves_does_not_hit_the_recursion_limit():
    m = chain_map(4000, side_every=3)
    sizes = uniform_sizes(m)
    for style in STYLES:
        r = compute_layout(m, sizes, style)
        assert len(r.centers) == len(m)
    r = compute_layout(m, sizes, "right")
    assert r.centers["k4000"][0] > r.centers["k3999"][0] > 0


def test_wide_parent_pushes_only_its_own_children_further():
    # Non-layered: a wide node deepens its own subtree only.
    m = build_map([-1, 0, 1, 0, 3])
    sizes = {"k0": (60, 20), "k1": (300, 20), "k2": (60, 20), "k3": (60, 20), "k4": (60, 20)}
    r = compute_layout(m, sizes, "right")
    assert r.centers["k2"][0] - r.centers["k4"][0] == pytest.approx(240)


# ------------------------------------------------------------------------- balanced
def test_balanced_splits_by_extent_not_by_count():
    # One branch with six leaves, then three single leaves: the big one alone on the right.
    parents = [-1, 0] + [1] * 6 + [0, 0, 0]
    m = build_map(parents, layout="balanced")
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes)
    assert r.sides["k1"] == 1
    assert [r.sides[f"k{i}"] for i in (8, 9, 10)] == [-1, -1, -1]
    assert all(r.centers[f"k{i}"][0] < 0 for i in (8, 9, 10))


def test_balanced_order_is_clockwise():
    m = build_map([-1, 0, 0, 0, 0], layout="balanced")
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes)
    ys = {n: r.centers[n][1] for n in r.centers}
    assert [r.sides[f"k{i}"] for i in range(1, 5)] == [1, 1, -1, -1]
    assert ys["k1"] < ys["k2"]       # right side: top to bottom
    assert ys["k3"] > ys["k4"]       # left side: bottom to top
    # each side centred on the root
    assert ys["k1"] + ys["k2"] == pytest.approx(0)
    assert ys["k3"] + ys["k4"] == pytest.approx(0)
    assert r.centers["k1"][0] == pytest.approx(30 + 40 + 30)
    assert r.centers["k3"][0] == pytest.approx(-(30 + 40 + 30))


def test_choose_split_balances_total_extent():
    assert choose_split([], 10) == 0
    assert choose_split([50], 10) == 1
    assert choose_split([20, 20], 10) == 1
    assert choose_split([20, 20, 20], 10) == 2          # tie: the right side gets more
    assert choose_split([200, 20, 20, 20], 10) == 1
    assert choose_split([20, 20, 20, 200], 10) == 3


# --------------------------------------------------------------------------- radial
def test_radial_spreads_branches_clockwise_from_the_top_by_size():
    parents = [-1, 0, 0, 0, 0] + [1] * 5
    m = build_map(parents, layout="radial")
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes)
    angles = [(math.atan2(r.centers[f"k{i}"][1], r.centers[f"k{i}"][0]) + math.pi / 2)
              % (2 * math.pi) for i in range(1, 5)]
    assert angles == sorted(angles)
    # k1 holds five leaves: it gets the biggest share of the circle (a leaf further out needs
    # less angle than one next to the root, so not five times as much).
    gaps = [b - a for a, b in zip(angles, [*angles[1:], angles[0] + 2 * math.pi],
                                       strict=False)]
    assert gaps[0] > 1.5 * gaps[1]
    assert gaps[1] == pytest.approx(gaps[2])
    for n, (x, _y) in r.centers.items():
        if n != "k0":
            assert r.sides[n] == (1 if x >= 0 else -1)
    assert overlapping_pairs(r, sizes) == []


# ----------------------------------------------------------- folded, floating, manual
def test_folded_branch_hides_its_nodes_and_frees_their_room():
    m = build_map([-1, 0, 1, 1, 1, 0], folded=[1])
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes, "right")
    assert set(r.centers) == {"k0", "k1", "k5"}
    pruned = build_map([-1, 0, 0])
    expected = compute_layout(pruned, uniform_sizes(pruned), "right")
    assert r.centers["k1"] == pytest.approx(expected.centers["k1"])
    assert r.centers["k5"] == pytest.approx(expected.centers["k2"])


def test_floating_trees_are_stacked_below_the_main_tree():
    m = build_map([-1, 0, 0, 0, -1, 4, 4, -1, 7])
    sizes = uniform_sizes(m)
    for style in STYLES:
        r = compute_layout(m, sizes, style)
        main = subtree_bbox(r, sizes, m, "k0")
        first = subtree_bbox(r, sizes, m, "k4")
        second = subtree_bbox(r, sizes, m, "k7")
        assert first[1] >= main[3] + 40 - EPS
        assert second[1] >= first[3] + 40 - EPS
        assert r.centers["k4"][0] == pytest.approx(0) == r.centers["k7"][0]


def test_floating_root_with_a_position_goes_there():
    m = build_map([-1, 0, -1, 2], pos={2: (500, -300)})
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes, "right")
    assert r.centers["k2"] == (500.0, -300.0)
    assert r.centers["k3"][0] == pytest.approx(500 + 30 + 40 + 30)


def test_manual_position_is_relative_to_the_parent_and_siblings_close_up():
    m = build_map([-1, 0, 0, 0, 2], pos={2: (200, -150)})
    sizes = uniform_sizes(m)
    r = compute_layout(m, sizes, "right")
    px, py = r.centers["k0"]
    assert r.centers["k2"] == (px + 200, py - 150)
    # its child is laid out tidily around it
    assert r.centers["k4"] == pytest.approx((px + 200 + 100, py - 150))
    # its siblings are laid out as if it were not there
    without = build_map([-1, 0, 0])
    expected = compute_layout(without, uniform_sizes(without), "right")
    assert r.centers["k1"] == pytest.approx(expected.centers["k1"])
    assert r.centers["k3"] == pytest.approx(expected.centers["k2"])


def test_manual_position_survives_an_edit_elsewhere():
    m = MindMap("t", "root", root_id="r", layout="balanced")
    for name in ("a", "b", "c"):
        m.apply(ops.add_child(m, "r", name, node_id=name))
    m.apply(ops.add_child(m, "a", "a1", node_id="a1"))
    m.apply(ops.add_child(m, "a1", "a2", node_id="a2"))
    m.apply(ops.set_pos("a1", (-120.0, 80.0)))
    sizes = uniform_sizes(m)
    before = compute_layout(m, sizes)
    m.apply(ops.add_child(m, "b", "b1", node_id="b1"))
    m.apply(ops.add_child(m, "r", "d", node_id="d"))
    sizes = uniform_sizes(m)
    after = compute_layout(m, sizes)
    for r in (before, after):
        ax, ay = r.centers["a"]
        assert r.centers["a1"] == (ax - 120.0, ay + 80.0)
        # placed left of its parent in a balanced map: it grows leftwards
        assert r.sides["a1"] == -1 and r.centers["a2"][0] < r.centers["a1"][0]


# ---------------------------------------------------------------------- moved_nodes
def test_moved_nodes_names_only_what_moved():
    m = build_map([-1, 0, 0, 1, 2])
    sizes = uniform_sizes(m)
    old = compute_layout(m, sizes, "right")
    assert moved_nodes(old, old) == set()
    m.apply(ops.add_child(m, "k2", "new", node_id="new"))
    sizes = uniform_sizes(m)
    new = compute_layout(m, sizes, "right")
    moved = moved_nodes(old, new)
    assert "new" in moved
    assert "k0" not in moved
    expected = {n for n in old.centers
                if math.dist(old.centers[n], new.centers[n]) > 0.5} | {"new"}
    assert moved == expected


def test_moved_nodes_tolerance_and_side_changes():
    old = LayoutResult({"a": (0.0, 0.0), "b": (10.0, 0.0)}, {"a": 0, "b": 1}, (0, 0, 1, 1))
    new = LayoutResult({"a": (0.3, 0.3), "b": (10.0, 0.0)}, {"a": 0, "b": -1}, (0, 0, 1, 1))
    assert moved_nodes(old, new) == {"b"}
    assert moved_nodes(old, new, tol=0.1) == {"a", "b"}


def test_zero_sized_boxes_and_gaps_do_not_break_any_style():
    m = build_map([-1, 0, 0, 1, 1, -1])
    sizes = {n: (0.0, 0.0) for n in m.nodes()}
    for style in STYLES:
        r = compute_layout(m, sizes, style, h_gap=0.0, v_gap=0.0)
        assert all(math.isfinite(v) for c in r.centers.values() for v in c)
