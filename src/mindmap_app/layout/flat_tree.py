"""The visible part of a map as flat, integer-indexed arrays (what the layout code works on).

Converting once keeps the layout loops free of dictionary look-ups by id and of calls into the
model: node ``i`` is ``ids[i]``; the arrays hold its parent, its visible children, its box size
and its manual offset. Nodes are numbered tree by tree (main root first, then each floating
root), each tree breadth-first, so a parent always comes before its children, siblings have
consecutive numbers and every tree is a contiguous range of numbers. Leaves share one empty
children list: treat ``kids`` as read-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..model import MindMap

_SIDE_SIGN = {"right": 1, "left": -1}
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
    #: +1 / -1 for the nodes whose ``side`` is set (right / left; main branches of a balanced
    #: map)
    fixed_sides: dict[int, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def tree_range(self, t: int) -> range:
        return range(self.tree_starts[t], self.tree_starts[t + 1])

    @property
    def has_pos(self) -> bool:
        return self.pos.count(None) != len(self.pos)


def flatten(mind_map: MindMap, sizes: Mapping[str, tuple[float, float]],
            default_size: tuple[float, float] = DEFAULT_SIZE,
            hidden: AbstractSet[str] = frozenset()) -> FlatTree:
    """The visible nodes of ``mind_map`` (not inside a folded node) as a :class:`FlatTree`.

    ``hidden``: nodes a view filter hides (with their branches); the main root is always laid
    out."""
    node_data = mind_map.node_table()
    children = mind_map.children
    ids: list[str] = []
    parent: list[int] = []
    kids: list[list[int]] = []
    pos: list[tuple[float, float] | None] = []
    starts: list[int] = []
    empty: list[int] = []
    for tree_root in mind_map.roots():
        if hidden and tree_root in hidden and tree_root != mind_map.root:
            continue
        i = len(ids)
        starts.append(i)
        ids.append(tree_root)
        parent.append(-1)
        # Breadth-first: each node's children get consecutive numbers, appended in one go.
        while i < len(ids):
            data = node_data[ids[i]]
            pos.append(data.get("pos"))
            below = children(ids[i]) if not data.get("folded") else None
            if below and hidden:
                below = [c for c in below if c not in hidden]
            if below:
                first = len(ids)
                ids.extend(below)
                parent.extend([i] * len(below))
                kids.append(list(range(first, first + len(below))))
            else:
                kids.append(empty)
            i += 1
    starts.append(len(ids))
    get_size = sizes.get
    measured = [get_size(node) or default_size for node in ids]
    widths = [float(s[0]) for s in measured]
    heights = [float(s[1]) for s in measured]
    fixed_sides = {i: _SIDE_SIGN[side] for i, node in enumerate(ids)
                   if (side := node_data[node].get("side")) in _SIDE_SIGN}
    return FlatTree(ids, parent, kids, widths, heights, pos, starts, fixed_sides)
