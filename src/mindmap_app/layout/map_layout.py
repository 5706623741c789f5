"""Automatic layout of a whole map: the five styles, manual positions and floating subtrees.

How a map is cut into independently laid-out *units*:

* every tree (the main root and each floating root) is a unit, in the map's style;
* every node with a manual ``pos`` starts a unit of its own: it is taken out of its parent's
  fan (its siblings are laid out as if it were not there), put at exactly ``parent centre +
  pos``, and its own subtree is laid out tidily around it. In the ``right``, ``left`` and
  ``down`` styles that subtree grows the map's way; in ``balanced`` and ``radial`` it grows
  right or left according to the side of its parent it was put on (``dx >= 0``: right);
* a ``balanced`` root has two fans, one per side (see :func:`.tidy.choose_split`).

Styles ``right``, ``left``, ``down`` and ``balanced`` use the non-layered tidy tree of
:mod:`.tidy`; ``radial`` uses :mod:`.radial`. The main root's centre is the origin. A floating
root with a ``pos`` has its centre there; the others are stacked, in order, below everything
else (``h_gap`` apart), their root centred on x = 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from operator import add, sub

from ..collector import collector_paused
from ..model import LAYOUTS, MindMap
from .flat_tree import FlatTree, flatten
from .radial import radial_layout
from .tidy import TidyForest

RIGHT, LEFT, DOWN, RADIAL = 0, 1, 2, 3
_BASE = {"right": RIGHT, "left": LEFT, "down": DOWN, "balanced": RIGHT, "radial": RADIAL}
_SIDE = {RIGHT: 1, LEFT: -1, DOWN: 2}


@dataclass
class LayoutResult:
    """Where every visible node goes.

    ``centers``: centre of each visible node's box, scene coordinates (y down), main root at
    (0, 0). ``sides``: +1 the node grows to the right of its parent, -1 to the left, +2
    downwards (``down``), 0 for roots; ``radial``: +1/-1 by the half of the circle the node is
    in. ``bounds``: (x, y, w, h) of all boxes.
    """

    centers: dict[str, tuple[float, float]]
    sides: dict[str, int]
    bounds: tuple[float, float, float, float]


def compute_layout(mind_map: MindMap, sizes: Mapping[str, tuple[float, float]],
                   style: str | None = None, *, h_gap: float = 40.0,
                   v_gap: float = 12.0, hidden: AbstractSet[str] = frozenset()
                   ) -> LayoutResult:
    """Lay out the visible nodes of ``mind_map`` (less those a view filter ``hidden``).

    ``sizes`` gives (width, height) of each visible node's box (a node missing from it gets
    :data:`.flat_tree.DEFAULT_SIZE`). ``style`` defaults to the map's own layout. ``h_gap`` is
    the gap between a parent and its children along the growth axis, ``v_gap`` the gap between
    neighbouring sibling subtrees.
    """
    style = mind_map.layout if style is None else style
    if style not in LAYOUTS:
        raise ValueError(f"unknown layout style {style!r}; expected one of {LAYOUTS}")
    with collector_paused():   # many small lists, no cycles
        return layout_flat(flatten(mind_map, sizes, hidden=hidden), style, h_gap=h_gap,
                           v_gap=v_gap)


def layout_flat(flat: FlatTree, style: str, *, h_gap: float = 40.0,
                v_gap: float = 12.0) -> LayoutResult:
    """:func:`compute_layout` on an already flattened map."""
    n = len(flat)
    parent, pos, widths, heights = flat.parent, flat.pos, flat.widths, flat.heights
    roots = flat.tree_starts[:-1]
    base = _BASE[style]

    # The layout forest: visible children minus the manually placed ones.
    kids = list(flat.kids)
    orient: dict[int, int] = dict.fromkeys(roots, base)
    if flat.has_pos:
        for i in range(n):
            if pos[i] is not None and parent[i] >= 0:
                if style in ("balanced", "radial"):
                    orient[i] = RIGHT if pos[i][0] >= 0 else LEFT
                else:
                    orient[i] = base
        kids = [[c for c in ks if pos[c] is None] if ks else ks for ks in kids]

    if base == DOWN:
        dsz, bsz = list(heights), list(widths)
    else:
        dsz, bsz = list(widths), list(heights)
    twins: dict[int, int] = {}
    if style == "balanced":
        for r in roots:
            twins[r] = len(kids)
            kids.append([])
            dsz.append(dsz[r])
            bsz.append(bsz[r])
    total = len(kids)

    tidy_roots = [u for u, o in orient.items() if o != RADIAL]
    if tidy_roots:
        forest = TidyForest(kids, dsz, bsz, h_gap, v_gap)
        forest.run(tidy_roots, twins, flat.fixed_sides)
        cd, cb = forest.centre_d, forest.centre_b
    else:
        cd = cb = [0.0] * total
    rx = [0.0] * total
    ry = [0.0] * total
    for u, o in orient.items():
        if o == RADIAL:
            radial_layout(kids, widths, heights, u, h_gap, v_gap, rx, ry)
    return place_units(flat, orient, twins, kids, _Relative(cd, cb, rx, ry), h_gap)


def place_units(flat: FlatTree, orient: dict[int, int], twins: dict[int, int],
                kids: list[list[int]], rel: _Relative, h_gap: float) -> LayoutResult:
    """Absolute centres from the units' relative ones, floating trees stacked; the result."""
    n = len(flat)
    parent, pos, widths, heights = flat.parent, flat.pos, flat.widths, flat.heights
    roots = flat.tree_starts[:-1]
    total = len(kids)
    xs = [0.0] * total
    ys = [0.0] * total
    sides = [0] * total
    starts = flat.tree_starts
    manual_trees = set()
    if flat.has_pos:
        t = 0
        for i in range(n):
            while i >= starts[t + 1]:
                t += 1
            if pos[i] is not None and parent[i] >= 0:
                manual_trees.add(t)
    for t, r in enumerate(roots):
        if t > 0 and pos[r] is not None:
            xs[r], ys[r] = pos[r]
        lo, hi = starts[t], starts[t + 1]
        if t in manual_trees:
            _place_general(flat, lo, hi, orient, twins, kids, rel, xs, ys, sides)
        else:
            _place_simple(flat, lo, hi, orient[r], twins.get(r), kids, rel, xs, ys, sides)

    half_w = [w / 2.0 for w in widths]
    half_h = [h / 2.0 for h in heights]
    bounds = _stack_floating(flat, xs, ys, half_w, half_h, h_gap)
    ids = flat.ids
    centers = dict(zip(ids, zip(xs, ys, strict=False), strict=False))
    return LayoutResult(centers, dict(zip(ids, sides, strict=False)), bounds)


@dataclass
class _Relative:
    """Centres relative to their unit root: tidy (depth, breadth) and radial (x, y)."""

    cd: list[float]
    cb: list[float]
    rx: list[float]
    ry: list[float]


def _place_simple(flat: FlatTree, lo: int, hi: int, o: int, twin: int | None,
                  kids: list[list[int]], rel: _Relative, xs: list[float], ys: list[float],
                  sides: list[int]) -> None:
    """Absolute centres of a tree without manually placed nodes (one unit, or two halves)."""
    r = lo
    ax, ay = xs[r], ys[r]
    if twin is not None:
        # balanced: the side of every node is the side of its branch
        for c in kids[r]:
            sides[c] = 1
        for c in kids[twin]:
            sides[c] = -1
        parent = flat.parent
        for i in range(lo + 1, hi):     # parents come before their children
            p = parent[i]
            if p != r:
                sides[i] = sides[p]
        xs[lo:hi] = [ax + s * d for s, d in zip(sides[lo:hi], rel.cd[lo:hi], strict=True)]
        ys[lo:hi] = [ay + b for b in rel.cb[lo:hi]]
    elif o == RADIAL:
        xs[lo:hi] = [ax + x for x in rel.rx[lo:hi]]
        ys[lo:hi] = [ay + y for y in rel.ry[lo:hi]]
        # straight up or down counts as right
        sides[lo:hi] = [1 if x > -1e-6 else -1 for x in rel.rx[lo:hi]]
    elif o == DOWN:
        xs[lo:hi] = [ax + b for b in rel.cb[lo:hi]]
        ys[lo:hi] = [ay + d for d in rel.cd[lo:hi]]
        sides[lo:hi] = [2] * (hi - lo)
    else:
        sign = 1 if o == RIGHT else -1
        xs[lo:hi] = [ax + sign * d for d in rel.cd[lo:hi]]
        ys[lo:hi] = [ay + b for b in rel.cb[lo:hi]]
        sides[lo:hi] = [sign] * (hi - lo)
    sides[r] = 0


def _place_general(flat: FlatTree, lo: int, hi: int, orient: dict[int, int],
                   twins: dict[int, int], kids: list[list[int]], rel: _Relative,
                   xs: list[float], ys: list[float], sides: list[int]) -> None:
    """Absolute centres of a tree holding manually placed nodes: unit by unit, parents first."""
    parent, pos = flat.parent, flat.pos
    cd, cb, rx, ry = rel.cd, rel.cb, rel.rx, rel.ry
    # lists rather than dicts: this loop visits every node of the tree
    twin_of = [-1] * hi
    for t in twins.values():
        for c in kids[t]:
            if c < hi:
                twin_of[c] = t
    unit = [0] * hi
    ori = [0] * hi
    for i in range(lo, hi):
        p = parent[i]
        offset = pos[i]
        if p < 0 or offset is not None:
            unit[i] = i
            o = ori[i] = orient[i]
            if p < 0:
                sides[i] = 0
            else:
                sides[i] = _SIDE[o]
                xs[i] = xs[p] + offset[0]
                ys[i] = ys[p] + offset[1]
            if i in twins:
                t = twins[i]
                xs[t], ys[t] = xs[i], ys[i]
            continue
        u = twin_of[i]
        if u < 0:
            u = unit[p]
            o = ori[p]
        else:
            o = LEFT if u != unit[p] else ori[p]
        unit[i] = u
        ori[i] = o
        if o == RIGHT:
            xs[i] = xs[u] + cd[i]
            ys[i] = ys[u] + cb[i]
            sides[i] = 1
        elif o == LEFT:
            xs[i] = xs[u] - cd[i]
            ys[i] = ys[u] + cb[i]
            sides[i] = -1
        elif o == DOWN:
            xs[i] = xs[u] + cb[i]
            ys[i] = ys[u] + cd[i]
            sides[i] = 2
        else:
            xs[i] = xs[u] + rx[i]
            ys[i] = ys[u] + ry[i]
            sides[i] = 1 if rx[i] > -1e-6 else -1  # straight up or down counts as right


def _box_bounds(xs: list[float], ys: list[float], half_w: list[float], half_h: list[float],
                lo: int, hi: int) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the boxes of nodes lo..hi-1."""
    return (min(map(sub, xs[lo:hi], half_w[lo:hi])), min(map(sub, ys[lo:hi], half_h[lo:hi])),
            max(map(add, xs[lo:hi], half_w[lo:hi])), max(map(add, ys[lo:hi], half_h[lo:hi])))


def _stack_floating(flat: FlatTree, xs: list[float], ys: list[float], half_w: list[float],
                    half_h: list[float], gap: float) -> tuple[float, float, float, float]:
    """Move the floating trees without a position below everything else; return the bounds."""
    starts = flat.tree_starts
    placed = []
    stacked = []
    for t in range(len(starts) - 1):
        if t == 0 or flat.pos[starts[t]] is not None:
            placed.append(_box_bounds(xs, ys, half_w, half_h, starts[t], starts[t + 1]))
        else:
            stacked.append(t)
    left = min(b[0] for b in placed)
    top = min(b[1] for b in placed)
    right = max(b[2] for b in placed)
    bottom = max(b[3] for b in placed)
    for t in stacked:
        lo, hi = starts[t], starts[t + 1]
        b_left, b_top, b_right, b_bottom = _box_bounds(xs, ys, half_w, half_h, lo, hi)
        dy = bottom + gap - b_top
        ys[lo:hi] = [y + dy for y in ys[lo:hi]]
        left, right = min(left, b_left), max(right, b_right)
        bottom = b_bottom + dy
    return left, top, right - left, bottom - top


def moved_nodes(old: LayoutResult, new: LayoutResult, tol: float = 0.5) -> set[str]:
    """Nodes of ``new`` that the canvas must update: their centre moved by more than ``tol``
    (Euclidean distance), their side changed, or they were not in ``old`` at all. Nodes only
    in ``old`` (deleted or folded away) are not included."""
    out = set()
    old_centers, old_sides = old.centers, old.sides
    for node, (x, y) in new.centers.items():
        before = old_centers.get(node)
        if (before is None or math.hypot(x - before[0], y - before[1]) > tol
                or old_sides.get(node) != new.sides.get(node)):
            out.add(node)
    return out
