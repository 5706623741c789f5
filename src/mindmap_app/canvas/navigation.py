"""Arrow-key navigation: move the selection spatially, with the tree as a guide.

Left and Right go towards the parent or the children on each side of a balanced map (the key
that points away from the root goes to the children, the other to the parent); in an org
chart (down) Up is the parent and Down the children.

The remaining keys (Up/Down in the horizontal styles, Left/Right in an org chart) walk the
node's *column*: the visible nodes of the same tree, the same depth and the same side, in
tree order. That is the siblings first, then the nearest idea of the neighbouring branch on
that side (as Freeplane does), and never the parent. Because the column is one fixed order,
Down then Up always comes back to where it started.
"""

from __future__ import annotations

import math

from ..layout import LayoutResult
from ..model import MindMap

DIRECTIONS = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}


def _nearest(candidates: list[str], centers: dict, origin: tuple[float, float],
             direction: tuple[float, float], need_ahead: bool = True) -> str | None:
    best, best_score = None, math.inf
    dx0, dy0 = direction
    for node in candidates:
        if node not in centers:
            continue
        x, y = centers[node]
        vx, vy = x - origin[0], y - origin[1]
        ahead = vx * dx0 + vy * dy0
        if need_ahead and ahead <= 0.5:
            continue
        across = abs(vx * dy0 - vy * dx0)
        score = abs(ahead) + 2.0 * across
        if score < best_score:
            best, best_score = node, score
    return best


def column_keys(mind_map: MindMap, layout: LayoutResult) -> tuple[str, str]:
    """The (previous, next) keys that walk a column: up/down, or left/right in an org chart."""
    return ("left", "right") if mind_map.layout == "down" else ("up", "down")


def column(mind_map: MindMap, layout: LayoutResult, node: str) -> list[str]:
    """The visible nodes in ``node``'s column, top to bottom (left to right in an org chart):
    same tree, same depth, same side, in tree order. A root's column is the roots."""
    centers, sides = layout.centers, layout.sides
    if mind_map.is_root(node):
        return sorted((r for r in mind_map.roots() if r in centers),
                      key=lambda r: (centers[r][1], centers[r][0]))
    path = mind_map.path_to_root(node)              # node ... tree root
    depth, side = len(path) - 1, sides.get(node)
    out: list[str] = []
    stack = [(path[-1], 0)]
    children, get = mind_map.children, mind_map.get
    while stack:                                    # preorder, down to ``depth`` only
        current, level = stack.pop()
        if level == depth:
            if sides.get(current) == side and current in centers:
                out.append(current)
            continue
        if get(current, "folded") and level > 0:
            continue
        stack.extend((k, level + 1) for k in reversed(children(current)))
    return out


def column_neighbour(mind_map: MindMap, layout: LayoutResult, node: str,
                     step: int) -> str | None:
    """The node ``step`` (-1 or +1) places along ``node``'s column (see :func:`column`), or
    None at its end. Walks out from the node (the following or preceding siblings, then the
    parent's, ...), so the cost is the part of the map between the two nodes."""
    if mind_map.is_root(node):
        nodes = column(mind_map, layout, node)
        index = nodes.index(node) + step if node in nodes else -1
        return nodes[index] if 0 <= index < len(nodes) else None
    centers, sides = layout.centers, layout.sides
    children, get = mind_map.children, mind_map.get
    side = sides.get(node)
    depth = mind_map.depth(node)

    def first_in(top: str, level: int) -> str | None:
        """The first (last, going back) column node inside ``top``'s branch."""
        stack = [(top, level)]
        while stack:
            current, at = stack.pop()
            if at == depth:
                if current in centers and sides.get(current) == side:
                    return current
                continue
            if get(current, "folded"):
                continue
            kids = children(current)
            stack.extend((k, at + 1) for k in (reversed(kids) if step > 0 else kids))
        return None

    current, level = node, depth
    while level > 0:
        parent = mind_map.parent(current)
        siblings = children(parent)
        index = siblings.index(current)
        rest = siblings[index + 1:] if step > 0 else siblings[:index][::-1]
        for sibling in rest:
            found = first_in(sibling, level)
            if found is not None:
                return found
        current, level = parent, level - 1
    return None


def neighbour(mind_map: MindMap, layout: LayoutResult, node: str, key: str) -> str | None:
    """The node the arrow ``key`` (left/right/up/down) moves the selection to, or None."""
    centers = layout.centers
    if node not in centers:
        return None
    previous, following = column_keys(mind_map, layout)
    if key in (previous, following) and mind_map.layout != "radial":
        return column_neighbour(mind_map, layout, node, -1 if key == previous else 1)
    if node not in centers:
        return None
    direction = DIRECTIONS[key]
    origin = centers[node]
    parent = mind_map.parent(node)
    folded = mind_map.get(node, "folded")
    kids = [] if folded else [c for c in mind_map.children(node) if c in centers]
    # 1. towards the parent?
    if parent is not None and parent in centers:
        px, py = centers[parent]
        to_parent = (px - origin[0], py - origin[1])
        along = to_parent[0] * direction[0] + to_parent[1] * direction[1]
        main_axis = abs(to_parent[0]) >= abs(to_parent[1]) if direction[1] == 0 else \
            abs(to_parent[1]) > abs(to_parent[0])
        if along > 0 and main_axis:
            return parent
    # 2. towards the children?
    ahead_kids = [c for c in kids if _ahead(centers[c], origin, direction)]
    if ahead_kids:
        # prefer the child nearest the node's own line
        return _nearest(ahead_kids, centers, origin, direction)
    # 3. siblings, then same-depth nodes, in that direction
    siblings = mind_map.children(parent) if parent is not None else mind_map.roots()
    choice = _nearest([s for s in siblings if s != node], centers, origin, direction)
    if choice is not None:
        return choice
    depth = mind_map.depth(node)
    same_depth = [n for n in centers if n != node and mind_map.depth(n) == depth]
    return _nearest(same_depth, centers, origin, direction)


def _ahead(point: tuple[float, float], origin: tuple[float, float],
           direction: tuple[float, float]) -> bool:
    vx, vy = point[0] - origin[0], point[1] - origin[1]
    along = vx * direction[0] + vy * direction[1]
    across = abs(vx * direction[1] - vy * direction[0])
    return along > 0.5 and along >= across * 0.2
