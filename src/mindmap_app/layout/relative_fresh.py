"""A whole tree laid out into a :class:`~.relative_layout.RelativeLayout` with no free slots:
its first layout, when a map opens (issue 12: a 20,000-idea map's first paint waits for it).

:meth:`RelativeLayout._build` gives out one slot at a time (a call, and a call into the
forest, each appending to some thirty per-slot lists) and calls the walk, the placing of the
children and the bounds for every node. Here the tree is walked once to collect each slot's
values, every per-slot list grows by the whole tree at once, and the leaves, three in four
nodes of a map, are skipped where a fresh slot already holds what their walk would write (a
leaf's walk leaves its slot as :meth:`LoggedForest.new_slot` made it; it has no children to
place); a main branch the balanced root's walk puts on the other side only takes its new
orientation there (``_build`` placed it and found its bounds at once, and again after the
walks: half a balanced map's nodes twice). The state that results is the same, slot for
slot, as ``_build``'s (a test compares every list).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import TYPE_CHECKING

from .flat_tree import DEFAULT_SIZE
from .map_layout import DOWN, LEFT, RIGHT

if TYPE_CHECKING:
    from ..model import MindMap
    from .relative_layout import RelativeLayout


def can_build_fresh(layout: RelativeLayout) -> bool:
    """True when the next slots are given out at the end of every list (none freed)."""
    fo = layout.forest
    return not fo._free and len(layout.sid) == len(fo.kids)


def build_fresh(layout: RelativeLayout, m: MindMap, size_of: Callable, top: str,
                side_of: dict[int, int]) -> list[int]:
    """``RelativeLayout._build(m, size_of, top, -1)`` for a layout where
    :func:`can_build_fresh`; ``side_of`` maps an orientation to its side number. Returns the
    slots, parents first."""
    fo, table, children = layout.forest, m.node_table(), m.children
    gap = layout.h_gap
    base = layout.base
    down = base == DOWN
    balanced = layout.style == "balanced"
    first = len(layout.sid)
    # one pass down the tree: each slot's values (slot numbers as _build gives them out: in
    # the order the nodes are taken, a balanced root's twin right after the root), a row a
    # slot: sid, parent, pos, children, orientation, width, height, bottom
    rows: list[tuple] = []
    order: list[int] = []
    add, taken = rows.append, order.append
    twin = -1
    stack = [(top, -1)]
    pop, push = stack.pop, stack.extend
    while stack:
        node, p = pop()
        data = table[node]
        size = size_of(node) or DEFAULT_SIZE
        w, h = float(size[0]), float(size[1])
        d = h if down else w
        s = first + len(rows)
        kids = [] if data.get("folded") else children(node)
        if p < 0:
            add((node, p, None, list(kids), base, w, h, d / 2.0 + gap))
            if balanced:        # the root's other half, in the next slot
                twin = s + 1
                add((None, -1, None, [], RIGHT, w, h, d / 2.0 + gap))
        else:
            pos = data.get("pos")
            if pos is None:
                up = rows[p - first]
                add((node, p, None, list(kids), up[4], w, h, up[7] + d + gap))
            else:
                add((node, p, pos, list(kids), (RIGHT if pos[0] >= 0 else LEFT) if balanced
                     else base, w, h, d / 2.0 + gap))
        taken(s)
        push((k, s) for k in reversed(kids))
    sids, parents, poss, vks, orients, ws, hs, bottoms = (list(c) for c in zip(*rows, strict=True))
    del rows        # a tuple a node: 12 MB on 100,000 ideas, not kept while the lists grow
    count = len(sids)
    zeros = array("d", bytes(8 * count))
    # every per-slot list grows by the tree at once
    layout.sid.extend(sids)
    layout.parent.extend(parents)
    layout.vk.extend(vks)
    layout.pos.extend(poss)
    layout.orient.extend(orients)
    layout.twin.extend([-1] * count)
    for name in ("rb", "relx", "rely", "absx", "absy"):
        getattr(layout, name).extend(zeros)
    layout.w.extend(array("d", ws))
    layout.h.extend(array("d", hs))
    layout.gen_of.extend([-1] * count)
    layout.bbox.extend(array("d", bytes(32 * count)))
    depth_sizes, breadth_sizes = (hs, ws) if down else (ws, hs)
    fo.extend_fresh(first, array("d", depth_sizes), array("d", breadth_sizes),
                    array("d", bottoms))
    slot = layout.slot
    for index, node in enumerate(sids):
        if node is not None:
            slot[node] = first + index
    if twin >= 0:
        layout.twin[first] = twin
    # the walks, children placed, bounds: the leaves' fresh slots hold them already
    vk, twins = layout.vk, layout.twin
    for s in reversed(order):
        if vk[s] or twins[s] >= 0:
            layout._set_kids(s, table)
            layout._walk(s, table, None, sides_only=True)
    for s in order:
        if vk[s] or twins[s] >= 0:
            layout._place_children(s, None)
    bbox, w_of, h_of = layout.bbox, layout.w, layout.h
    for s in reversed(order):
        if vk[s]:
            layout._bbox(s)
        else:
            hw, hh = w_of[s] / 2.0, h_of[s] / 2.0
            i = 4 * s
            bbox[i], bbox[i + 1], bbox[i + 2], bbox[i + 3] = -hw, -hh, hw, hh
    sides, orient_of, parent_of = layout.sides, layout.orient, layout.parent
    for s in order:
        sides[sids[s - first]] = side_of[orient_of[s]] if parent_of[s] >= 0 else 0
    return order
