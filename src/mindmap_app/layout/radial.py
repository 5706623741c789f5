"""Radial layout: the root in the centre, branches spread around it by subtree size.

Every node gets a *wedge* (an angle range around the root). The root's wedge is the whole
circle, starting at 12 o'clock and running clockwise on screen; each node's wedge is shared out
among its children in proportion to their *weight*: the angle their subtree needs. A node's own
need is the angle its box (plus half the gap on each side) covers, seen from the root, at its
*natural distance* (just beyond its parent, as in the tidy tree: non-layered, so a node's
distance depends on its own ancestors' sizes, not on a ring per level); a subtree needs the
larger of its node's need and the sum of its children's needs. Far-out nodes cover little angle,
so deep branches are not starved of room near the centre. When the needs add up to less than
the full circle, every node fits at its natural distance; otherwise the nodes whose wedge came
out too narrow are moved outwards until they fit. A node sits on the bisector of its wedge.

No overlaps, by construction: each box lies in the disc of its half-diagonal around its centre.
A node's distance from the root is chosen so that (a) its disc is at least ``ring_gap`` beyond
its parent's disc (along the radius) and (b) its disc, grown by half of ``gap``, fits inside its
own wedge. Two nodes of which neither is an ancestor of the other have disjoint wedges, so (b)
keeps them apart; an ancestor and a descendant are kept apart by (a), distances adding up along
the path.

Iterative throughout (no recursion) and linear in the number of nodes.
"""

from __future__ import annotations

import math

#: Screen angle of the start of the first branch's wedge (y grows downwards: -pi/2 is up).
START_ANGLE = -math.pi / 2.0


def radial_layout(kids: list[list[int]], widths: list[float], heights: list[float], root: int,
                  ring_gap: float, gap: float, out_x: list[float], out_y: list[float]) -> list[int]:
    """Place the tree of ``root``; write centres relative to the root's centre into
    ``out_x``/``out_y``. Returns the nodes of the tree, parents first."""
    order = [root]
    i = 0
    while i < len(order):
        order.extend(kids[order[i]])
        i += 1

    radius = {v: math.hypot(widths[v], heights[v]) / 2.0 for v in order}
    # Natural distances, parents first: the node's disc just beyond its parent's.
    natural = {root: 0.0}
    for v in order:
        reach = natural[v] + radius[v] + ring_gap
        for c in kids[v]:
            natural[c] = reach + radius[c]
    weight: dict[int, float] = {}
    for v in reversed(order):
        room = radius[v] + gap / 2.0
        if v == root or room <= 0.0:
            own = 0.0
        elif room >= natural[v]:
            own = math.pi
        else:
            own = 2.0 * math.asin(room / natural[v])
        ks = kids[v]
        total = sum(weight[c] for c in ks) if ks else 0.0
        weight[v] = max(own, total)

    # Wedges, top down.
    start = {root: START_ANGLE}
    width = {root: 2.0 * math.pi}
    for v in order:
        ks = kids[v]
        if not ks:
            continue
        total = sum(weight[c] for c in ks)
        cursor = start[v]
        if total > 0.0:
            share = width[v] / total
            parts = [weight[c] * share for c in ks]
        else:  # only zero-sized boxes and no gap: share alike
            parts = [width[v] / len(ks)] * len(ks)
        for c, part in zip(ks, parts, strict=True):
            start[c] = cursor
            width[c] = part
            cursor += part

    # Distance from the root, parents first: beyond the parent's disc, and far enough out for
    # the node's disc to fit inside its wedge.
    dist = {root: 0.0}
    for v in order:
        ks = kids[v]
        if not ks:
            continue
        reach = dist[v] + radius[v] + ring_gap
        for c in ks:
            rho = radius[c]
            room = rho + gap / 2.0
            half = min(width[c] / 2.0, math.pi / 2.0)
            fit = room / math.sin(half) if room > 0.0 else 0.0
            dist[c] = max(reach + rho, fit)

    out_x[root] = out_y[root] = 0.0
    for v in order[1:]:
        angle = start[v] + width[v] / 2.0
        out_x[v] = dist[v] * math.cos(angle)
        out_y[v] = dist[v] * math.sin(angle)
    return order
