"""Putting the items where an edit's layout moved them, from the nodes whose offset changed.

:class:`~mindmap_app.layout.relative_layout.RelativeLayout` reports the nodes whose offset
from their parent changed (:attr:`~.RelativeLayout.moved`). Only the frames of those nodes
move (see :mod:`.branch_items`): the branches below come along; no centre of the whole map is
compared. An edge hangs on its parent's box and is drawn in its frame: it is drawn again only
when its child's offset, either box or its side changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from .branch_items import hang, local_pos, refresh_frames

if TYPE_CHECKING:
    from ..layout import LayoutResult
    from .map_scene import MapScene


def place_moved(scene: MapScene, result: LayoutResult, offsets: set[str], fresh: set[str],
                changed: set[str], touched: set[str] | None, max_gliding: int) -> set[str]:
    """Move the frames of the nodes whose ``offsets`` changed (and put the ``fresh`` ones in
    place), gliding when few; redraw the edges and links that changed; size the frames on
    their paths to the root again. Returns the nodes whose frame moved."""
    layout = scene.layout_cache
    items = scene.items_by_id
    tops = [n for n in offsets | fresh if n in items]
    glides = {}
    glide = scene.animate and len(tops) <= max_gliding
    for node in tops:
        branch = hang(scene, node)
        x, y = layout.offset(node)
        if glide and node not in fresh:
            pos = local_pos(branch)
            if pos.x() != x or pos.y() != y:
                glides[node] = (branch, QPointF(pos), QPointF(x, y))
        branch.setPos(x, y)
    sides = result.sides
    for node in offsets:
        item = items.get(node)
        if item is not None:
            side = sides.get(node, 1)
            if item.side != side:
                item.set_side(side)
    # edges: the children whose offset changed, and those of a resized or restyled node
    kids = layout.kids
    redraw = set(offsets) | changed | fresh
    for node in changed:
        if node in items:
            redraw.update(kids(node))
    suspects = None if touched is None else touched | changed | fresh
    edges = scene.edges
    scene._update_edges([c for c in redraw if c in edges], result.centers, suspects)
    scene._update_links(changed, below=set(tops))   # the links with an end that moved
    starts = {node: start for node, (_b, start, _e) in glides.items()}
    refresh_frames(scene, set(tops) | changed | (touched or set()), starts)
    if glides:
        for branch, start, _end in glides.values():
            branch.setPos(start)
        scene.glide.start(glides)
    return set(tops)
