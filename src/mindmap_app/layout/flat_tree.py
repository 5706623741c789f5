"""The visible part of a map as flat, integer-indexed arrays (what the layout code works on).

Converting once keeps the layout loops free of dictionary look-ups by id and of calls into the
model: node ``i`` is ``ids[i]``; the arrays hold its parent, its visible children, its box size
and its manual offset. Nodes are numbered tree by tree (main root first, then each floating
root), each tree in pre-order, so a parent always comes before its children and every tree is a
contiguous range of numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..model import MindMap

#: Box size used for a visible node the caller gave no size for.
DEFAULT_SIZE = (100.0, 30.0)


@dataclass
class FlatTree:
    ids: list[str]
    #: tree parent, -1 for a root
    parent: list[int]
    #: visible children, in order (empty for a folded node)
    kids: list[list[int]]
    widths: list[float]
    heights: list[float]
    #: manual offset from the parent's centre (absolute centre for a floating root), or None
    pos: list[tuple[float, float] | None]
    #: first node of each tree (main tree first); the last entry is the node count
    tree_starts: list[int]

    def __len__(self) -> int:
        return len(self.ids)

    def tree_range(self, t: int) -> range:
        return range(self.tree_starts[t], self.tree_starts[t + 1])

    @property
    def has_pos(self) -> bool:
        return any(p is not None for p in self.pos)


def flatten(mind_map: MindMap, sizes: Mapping[str, tuple[float, float]],
            default_size: tuple[float, float] = DEFAULT_SIZE) -> FlatTree:
    """The visible nodes of ``mind_map`` (not inside a folded node) as a :class:`FlatTree`."""
    node_data = mind_map.graph.nodes
    children = mind_map.children
    ids: list[str] = []
    parent: list[int] = []
    kids: list[list[int]] = []
    widths: list[float] = []
    heights: list[float] = []
    pos: list[tuple[float, float] | None] = []
    starts: list[int] = []
    get_size = sizes.get
    for tree_root in mind_map.roots():
        starts.append(len(ids))
        stack = [(tree_root, -1)]
        pop, push = stack.pop, stack.append
        while stack:
            node, up = pop()
            i = len(ids)
            ids.append(node)
            parent.append(up)
            kids.append([])
            if up >= 0:
                kids[up].append(i)
            w, h = get_size(node) or default_size
            widths.append(float(w))
            heights.append(float(h))
            data = node_data[node]
            pos.append(data.get("pos"))
            if not data.get("folded"):
                below = children(node)
                for c in reversed(below):
                    push((c, i))
    starts.append(len(ids))
    return FlatTree(ids, parent, kids, widths, heights, pos, starts)
