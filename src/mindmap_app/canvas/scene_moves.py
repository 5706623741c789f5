"""Putting the items where an edit's layout moved them, from the nodes whose offset changed.

:class:`~mindmap_app.layout.relative_layout.RelativeLayout` reports the nodes whose offset
from their parent changed (:attr:`~.RelativeLayout.moved`). Only those nodes and the branches
below them stand somewhere else now; every other item stays, and no centre of the whole map is
compared. An edge hangs on its parent's item and is drawn in its frame: it is drawn again only
when its child's offset, either box or its side changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

if TYPE_CHECKING:
    from ..layout import LayoutResult
    from .map_scene import MapScene


def shifted_nodes(scene: MapScene, result: LayoutResult, tops: set[str]
                  ) -> list[tuple[str, float, float]]:
    """``tops`` and every node below them, parents first, each once, with its centre (the
    parent's plus the offset: the sum the layout's ``centers`` make, in the same order)."""
    items, layout, centres = scene.items_by_id, scene.layout_cache, result.centers
    slot, vk, relx, rely = layout.slot, layout.vk, layout.relx, layout.rely
    out: list[tuple[str, float, float]] = []
    seen: set[str] = set()
    for top in tops:
        if top in seen or top not in items:
            continue
        x, y = centres[top]
        stack = [(top, x, y)]
        while stack:
            node, x, y = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            out.append((node, x, y))
            for c in vk[slot[node]]:
                k = slot[c]
                stack.append((c, x + relx[k], y + rely[k]))
    return out


def place_moved(scene: MapScene, result: LayoutResult, offsets: set[str], fresh: set[str],
                changed: set[str], touched: set[str] | None, max_gliding: int) -> set[str]:
    """Move the items of the branches under ``offsets`` (nodes whose offset changed) to their
    new centres, gliding when few; redraw the edges and links that changed. Returns the nodes
    whose item moved."""
    items = scene.items_by_id
    centres, sides = result.centers, result.sides
    shifted = shifted_nodes(scene, result, offsets | fresh)
    glides = {}
    if scene.animate and len(shifted) <= max_gliding:
        for node, x, y in shifted:
            item = items[node]
            if node not in fresh:
                pos = item.pos()
                if pos.x() != x or pos.y() != y:
                    glides[node] = (item, QPointF(pos), QPointF(x, y))
            item.setPos(x, y)
    else:
        for node, x, y in shifted:
            items[node].setPos(x, y)
    for node in offsets:
        item = items.get(node)
        if item is not None:
            side = sides.get(node, 1)
            if item.side != side:
                item.set_side(side)
    # edges: the children whose offset changed, and those of a resized or restyled node
    kids = scene.layout_cache.kids
    redraw = set(offsets) | changed | fresh
    for node in changed:
        if node in items:
            redraw.update(kids(node))
    suspects = None if touched is None else touched | changed | fresh
    edges = scene.edges
    scene._update_edges([c for c in redraw if c in edges], centres, suspects)
    moved = {node for node, _x, _y in shifted}
    scene._update_links(moved | changed)
    if glides:
        for item, start, _end in glides.values():
            item.setPos(start)
        scene.glide.start(glides)
    return moved
