"""Automatic layout: properties checked on random trees with random box sizes, every style.

Box widths 20-300, heights 16-120, as the canvas measures them. Random maps may have floating
trees and folded nodes; manual positions only where the property is about them (a node put by
hand may overlap whatever the user dropped it on).
"""

from __future__ import annotations

import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.layout import compute_layout
from mindmap_app.model import operations as ops

from .test_layout import EPS, STYLES, TIDY_STYLES, box, build_map, overlap, overlapping_pairs

H_GAP, V_GAP = 40.0, 12.0
#: LAYOUT_EXAMPLES=1000 for a longer hunt.
SETTINGS = settings(max_examples=int(os.environ.get("LAYOUT_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def maps(draw, max_nodes: int = 32, floating: bool = True, folded: bool = True):
    """(parents, sizes, folded indices): a random forest with k0 as the main root."""
    n = draw(st.integers(1, max_nodes))
    parents = [-1]
    for i in range(1, n):
        if floating and draw(st.integers(0, 11)) == 0:
            parents.append(-1)
        elif draw(st.booleans()):
            parents.append(draw(st.integers(max(0, i - 3), i - 1)))  # deep and stringy
        else:
            parents.append(draw(st.integers(0, i - 1)))             # bushy
    sizes = draw(st.lists(st.tuples(st.floats(20, 300), st.floats(16, 120)),
                          min_size=n, max_size=n))
    fold = draw(st.sets(st.integers(0, n - 1), max_size=2)) if folded and n > 1 else set()
    return parents, {f"k{i}": s for i, s in enumerate(sizes)}, sorted(fold)


def layout_of(parents, sizes, style, folded=(), pos=None):
    m = build_map(parents, style, folded=folded, pos=pos)
    return m, compute_layout(m, sizes, h_gap=H_GAP, v_gap=V_GAP)


def visible_children(m, result, node):
    return [c for c in m.children(node) if c in result.centers
            and m.get(c, "pos") is None]


def axes(style):
    """(growth axis, cross axis) as indices into (x, y)."""
    return (1, 0) if style == "down" else (0, 1)


def display_groups(m, result, node, style):
    """The children of ``node`` in the order they are shown along the cross axis (top to
    bottom, or left to right for ``down``), one group per side."""
    kids = visible_children(m, result, node)
    if style != "balanced":
        return [kids]
    right = [c for c in kids if result.sides[c] == 1]
    left = [c for c in kids if result.sides[c] == -1]
    if m.is_root(node):
        return [right, left[::-1]]
    return [right if result.sides[node] == 1 else left]


def box_range(b, axis):
    return (b[axis], b[axis + 2])


# ----------------------------------------------------------------------------- overlaps
@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps())
def test_no_two_boxes_overlap(style, data):
    parents, sizes, folded = data
    _, result = layout_of(parents, sizes, style, folded)
    assert overlapping_pairs(result, sizes) == []


@pytest.mark.parametrize("style", TIDY_STYLES)
@SETTINGS
@given(data=maps())
def test_sibling_subtrees_never_interleave(style, data):
    """Wherever two sibling subtrees share a column (a row, for ``down``), the later one lies
    wholly beyond the earlier one, a gap apart. (Where they share no column a small subtree
    may tuck in beside a deep one: that is what makes the packing tight.)"""
    parents, sizes, folded = data
    m, result = layout_of(parents, sizes, style, folded)
    grow, cross = axes(style)
    for node in result.centers:
        for group in display_groups(m, result, node, style):
            subs = [[box(result, sizes, n) for n in m.subtree(c) if n in result.centers]
                    for c in group]
            for i in range(len(subs)):
                for j in range(i + 1, len(subs)):
                    for a in subs[i]:
                        for b in subs[j]:
                            ga, gb = box_range(a, grow), box_range(b, grow)
                            if ga[0] < gb[1] - EPS and gb[0] < ga[1] - EPS:
                                assert b[cross] >= a[cross + 2] + V_GAP - 1e-6


@pytest.mark.parametrize("style", ("balanced",))
@SETTINGS
@given(data=maps(floating=False))
def test_balanced_sides_are_apart(style, data):
    parents, sizes, folded = data
    m, result = layout_of(parents, sizes, style, folded)
    root = box(result, sizes, "k0")
    for node in result.centers:
        if node == "k0":
            continue
        b = box(result, sizes, node)
        if result.sides[m.path_to_root(node)[-2]] == 1:
            assert b[0] >= root[2] + H_GAP - 1e-6
        else:
            assert b[2] <= root[0] - H_GAP + 1e-6


@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps())
def test_floating_trees_never_overlap_the_main_tree_or_each_other(style, data):
    parents, sizes, folded = data
    m, result = layout_of(parents, sizes, style, folded)
    trees = []
    for root in m.roots():
        bs = [box(result, sizes, n) for n in m.subtree(root) if n in result.centers]
        trees.append((min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs),
                      max(b[3] for b in bs)))
    for i in range(len(trees)):
        for j in range(i + 1, len(trees)):
            assert not overlap(trees[i], trees[j])


# ---------------------------------------------------------------------------- shape
@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps())
def test_siblings_keep_their_order(style, data):
    parents, sizes, folded = data
    m, result = layout_of(parents, sizes, style, folded)
    if style == "radial":
        for node in result.centers:
            root_x, root_y = result.centers[m.tree_root_of(node)]
            angles = []
            for c in visible_children(m, result, node):
                x, y = result.centers[c]
                angles.append((math.atan2(y - root_y, x - root_x) + math.pi / 2)
                              % (2 * math.pi))
            # clockwise from 12 o'clock (allow one wrap-around at the top)
            drops = sum(1 for a, b in zip(angles, angles[1:], strict=False) if b <= a)
            assert drops <= (1 if node != m.tree_root_of(node) else 0)
        return
    _, cross = axes(style)
    for node in result.centers:
        for group in display_groups(m, result, node, style):
            coords = [result.centers[c][cross] for c in group]
            assert coords == sorted(coords)
            assert len(set(coords)) == len(coords)


@pytest.mark.parametrize("style", TIDY_STYLES)
@SETTINGS
@given(data=maps())
def test_parent_is_centred_on_its_children(style, data):
    parents, sizes, folded = data
    m, result = layout_of(parents, sizes, style, folded)
    _, cross = axes(style)
    for node in result.centers:
        for group in display_groups(m, result, node, style):
            if not group:
                continue
            first, last = box(result, sizes, group[0]), box(result, sizes, group[-1])
            middle = (first[cross] + last[cross + 2]) / 2
            assert result.centers[node][cross] == pytest.approx(middle, abs=1e-6)


@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps())
def test_children_sit_beyond_their_parent(style, data):
    parents, sizes, folded = data
    m, result = layout_of(parents, sizes, style, folded)
    for node in result.centers:
        p = box(result, sizes, node)
        for c in visible_children(m, result, node):
            b = box(result, sizes, c)
            side = result.sides[c]
            if style == "radial":
                root = result.centers[m.tree_root_of(node)]
                assert math.dist(result.centers[c], root) >= (
                    math.dist(result.centers[node], root) + H_GAP - 1e-6)
            elif side == 1:
                assert b[0] == pytest.approx(p[2] + H_GAP)
            elif side == -1:
                assert b[2] == pytest.approx(p[0] - H_GAP)
            else:
                assert side == 2 and b[1] == pytest.approx(p[3] + H_GAP)


@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps())
def test_sides(style, data):
    parents, sizes, folded = data
    m, result = layout_of(parents, sizes, style, folded)
    for node, side in result.sides.items():
        if m.is_root(node):
            assert side == 0
        elif style in ("right", "left", "down"):
            assert side == {"right": 1, "left": -1, "down": 2}[style]
        elif style == "balanced":
            branch = m.path_to_root(node)[-2]
            assert side == result.sides[branch] in (1, -1)
        else:
            root_x = result.centers[m.tree_root_of(node)][0]
            assert side == (1 if result.centers[node][0] - root_x > -1e-6 else -1)


@SETTINGS
@given(data=maps(floating=False))
def test_left_mirrors_right_and_down_turns_it(data):
    # (floating trees are left out: they are stacked below the main tree in every style)
    parents, sizes, folded = data
    _, right = layout_of(parents, sizes, "right", folded)
    _, left = layout_of(parents, sizes, "left", folded)
    _, down = layout_of(parents, {n: (h, w) for n, (w, h) in sizes.items()}, "down", folded)
    for n, (x, y) in right.centers.items():
        assert left.centers[n] == pytest.approx((-x, y))
        assert down.centers[n] == pytest.approx((y, x))


# ------------------------------------------------------------------ folding, manual
@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps(folded=False), pick=st.integers(0, 10**6))
def test_folded_subtree_takes_no_space(style, data, pick):
    parents, sizes, _ = data
    inner = [i for i in range(len(parents)) if i in parents[1:]]
    if not inner:
        return
    fold = inner[pick % len(inner)]
    m, folded = layout_of(parents, sizes, style, folded=[fold])
    pruned = build_map(parents, style)
    for child in pruned.children(f"k{fold}"):
        pruned.apply(ops.delete_subtree(pruned, child))
    expected = compute_layout(pruned, sizes, h_gap=H_GAP, v_gap=V_GAP)
    assert set(folded.centers) == set(expected.centers)
    for n, c in expected.centers.items():
        assert folded.centers[n] == pytest.approx(c, abs=1e-6)


@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps(), same=st.booleans())
def test_layout_is_deterministic(style, data, same):
    parents, sizes, folded = data
    m, first = layout_of(parents, sizes, style, folded)
    second = (compute_layout(m, dict(reversed(sizes.items())), h_gap=H_GAP, v_gap=V_GAP)
              if same else layout_of(parents, sizes, style, folded)[1])
    assert first == second


@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(data=maps(folded=False),
       placed=st.dictionaries(st.integers(1, 40),
                              st.tuples(st.floats(-600, 600), st.floats(-600, 600)),
                              max_size=4),
       edit_at=st.integers(0, 10**6))
def test_manual_positions_are_kept_exactly_across_unrelated_edits(style, data, placed,
                                                                   edit_at):
    parents, sizes, _ = data
    placed = {i: off for i, off in placed.items() if i < len(parents)}
    m, before = layout_of(parents, sizes, style, pos=placed)

    def check(result):
        for i, (dx, dy) in placed.items():
            node = f"k{i}"
            parent = m.parent(node)
            if parent is None:
                assert result.centers[node] == (dx, dy)           # floating root
            else:
                px, py = result.centers[parent]
                assert result.centers[node] == pytest.approx((px + dx, py + dy), abs=1e-9)

    check(before)
    # An edit elsewhere: a new node under some node outside every placed subtree.
    placed_ids = [f"k{i}" for i in placed]
    outside = [n for n in m.nodes() if not any(m.is_ancestor(p, n) for p in placed_ids)]
    target = outside[edit_at % len(outside)]
    m.apply(ops.add_child(m, target, "new", node_id="new"))
    after = compute_layout(m, {**sizes, "new": (150.0, 60.0)}, h_gap=H_GAP, v_gap=V_GAP)
    check(after)
    # ... and each placed subtree keeps its own shape around its node.
    for p in placed_ids:
        bx, by = before.centers[p]
        ax, ay = after.centers[p]
        for n in m.subtree(p):
            if n in before.centers:
                x0, y0 = before.centers[n]
                x1, y1 = after.centers[n]
                assert (x1 - ax, y1 - ay) == pytest.approx((x0 - bx, y0 - by), abs=1e-6)
