"""Laying a map out again after an edit, reusing the branches the edit did not touch.

:func:`~.map_layout.compute_layout` flattens and lays out every visible node. After one edit
only one *piece* of the map changed: a piece is a main branch (a child of the main root with
its visible descendants) or a floating tree. :class:`LayoutCache` keeps, for every piece, its
flattened arrays and the state of the tidy tree's first walk over it (the contours, threads and
modifiers of :mod:`.tidy`), which depend on nothing outside the piece but the main root's size.
A new layout flattens and walks again only the pieces holding a touched node, then joins the
pieces under the main root (the root's own walk: the contours along the path to the root),
and places every node.

The result is exactly :func:`compute_layout`'s (the same arithmetic in the same order for
every node; a test compares them after random edits). The radial style takes the full path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..collector import collector_paused
from ..model import LAYOUTS, MindMap
from .flat_tree import DEFAULT_SIZE, FlatTree
from .map_layout import (
    _BASE,
    DOWN,
    LEFT,
    RIGHT,
    LayoutResult,
    _Relative,
    compute_layout,
    place_units,
)
from .tidy import TidyForest, choose_split, split_sides

#: the tidy tree's per-node state, as :class:`~.tidy.TidyForest` names it
_FLOATS = ("prelim", "mod", "shift", "change", "msel", "mser", "bottom", "centre_d")
_INDEXES = ("thread_l", "thread_r", "ext_l", "ext_r")
_EMPTY: list[int] = []
_SIDE_SIGN = {"right": 1, "left": -1}


class _Piece:
    """One main branch or floating tree: flattened (breadth-first from its top, local numbers)
    and walked. Global numbers are local ones plus the piece's offset."""

    def __init__(self, mind_map: MindMap, top: str, size_of: Callable[[str], tuple],
                 style: str, root_size: tuple[float, float] | None, h_gap: float,
                 v_gap: float) -> None:
        self.top = top
        node_data = mind_map.node_table()
        children = mind_map.children
        ids = [top]
        parent = [-1]
        vkids: list[list[int]] = []
        pos: list = []
        i = 0
        while i < len(ids):
            data = node_data[ids[i]]
            pos.append(data.get("pos"))
            below = children(ids[i]) if not data.get("folded") else None
            if below:
                first = len(ids)
                ids.extend(below)
                parent.extend([i] * len(below))
                vkids.append(list(range(first, first + len(below))))
            else:
                vkids.append(_EMPTY)
            i += 1
        measured = [size_of(n) or DEFAULT_SIZE for n in ids]
        self.ids = ids
        self.parent = parent
        self.vkids = vkids
        self.pos = pos
        self.widths = [float(s[0]) for s in measured]
        self.heights = [float(s[1]) for s in measured]
        k = len(ids)
        has_pos = pos.count(None) != k
        fkids = [[c for c in ks if pos[c] is None] if ks else ks for ks in vkids] \
            if has_pos else list(vkids)
        self.fkids = fkids
        # manual units inside the piece (and the top, when it is a unit of its own)
        main_branch = root_size is not None
        self.units = [u for u in range(k) if pos[u] is not None and (u > 0 or main_branch)]
        if not main_branch:
            self.units.insert(0, 0)
        base = _BASE[style]
        dsz, bsz = (self.heights, self.widths) if base == DOWN else (self.widths, self.heights)
        self.dsz, self.bsz = dsz, bsz
        # the walk: a stand-in for the main root gives the top its depth, as in the full walk
        forest_kids = list(fkids)
        roots = list(self.units)
        if main_branch:
            forest_kids.append([0] if pos[0] is None else _EMPTY)
            r_d, r_b = root_size if base != DOWN else root_size[::-1]
            forest = TidyForest(forest_kids, dsz + [r_d], bsz + [r_b], h_gap, v_gap)
            roots.insert(0, k)
        else:
            forest = TidyForest(forest_kids, dsz, bsz, h_gap, v_gap)
        order = forest._depths(roots)
        # a balanced map's floating root is walked with its twin, when the pieces are joined
        held = k if main_branch else (0 if style == "balanced" else -1)
        forest._first_walk([v for v in reversed(order) if forest_kids[v] and v != held])
        self.state = {name: getattr(forest, name)[:k] for name in _FLOATS + _INDEXES}
        self.state["spread"] = forest.spread[:k]
        self._offset = -1
        self._shifted: dict[str, list] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def shifted(self, offset: int, top_parent: int) -> dict[str, list]:
        """The index-valued arrays in global numbers (remade only when the offset moved)."""
        if offset != self._offset or self._shifted.get("top_parent") != [top_parent]:
            d = offset
            self._shifted = {
                "parent": [top_parent] + [p + d for p in self.parent[1:]],
                "vkids": [[c + d for c in ks] if ks else _EMPTY for ks in self.vkids],
                "fkids": [[c + d for c in ks] if ks else _EMPTY for ks in self.fkids],
                "thread_l": [t + d if t >= 0 else -1 for t in self.state["thread_l"]],
                "thread_r": [t + d if t >= 0 else -1 for t in self.state["thread_r"]],
                "ext_l": [e + d for e in self.state["ext_l"]],
                "ext_r": [e + d for e in self.state["ext_r"]],
                "top_parent": [top_parent],
            }
            self._offset = offset
        return self._shifted


class LayoutCache:
    """Keeps the pieces of the last layout of one map; see the module's description."""

    def __init__(self, h_gap: float = 40.0, v_gap: float = 12.0) -> None:
        self.h_gap = h_gap
        self.v_gap = v_gap
        self._pieces: dict[str, _Piece] = {}
        self._key: tuple | None = None
        #: pieces made again by the last call (for the benchmarks and tests)
        self.rebuilt = 0

    def clear(self) -> None:
        self._pieces.clear()
        self._key = None

    def layout(self, mind_map: MindMap, size_of: Callable[[str], tuple | None],
               touched: Iterable[str] | None = None, style: str | None = None) -> LayoutResult:
        """The layout of ``mind_map`` (what ``compute_layout`` gives). ``size_of(node)``: a
        visible node's box size (None: the default). ``touched``: every node an edit since
        the last call added, moved, changed or resized (or the parent of one removed); None
        lays every piece out again."""
        style = mind_map.layout if style is None else style
        if style not in LAYOUTS:
            raise ValueError(f"unknown layout style {style!r}; expected one of {LAYOUTS}")
        root = mind_map.root
        main_kids = [] if mind_map.get(root, "folded") else mind_map.children(root)
        if style == "radial":
            self.clear()
            return compute_layout(mind_map, _SizeTable(size_of), style, h_gap=self.h_gap,
                                  v_gap=self.v_gap)
        root_size = tuple(float(v) for v in (size_of(root) or DEFAULT_SIZE))
        key = (style, root, root_size)
        if touched is None or key != self._key:
            self._pieces.clear()
        else:
            self._forget(mind_map, touched)
        self._key = key
        with collector_paused():
            return self._layout(mind_map, size_of, style, main_kids, root_size)

    def _forget(self, mind_map: MindMap, touched: Iterable[str]) -> None:
        """Drop the pieces holding a touched node."""
        pieces = self._pieces
        root = mind_map.root
        parent_of = mind_map.parent
        for node in touched:
            if node not in mind_map or node == root:
                continue
            top = node
            up = parent_of(top)
            while up is not None and up != root:
                top, up = up, parent_of(up)
            pieces.pop(top, None)

    def _piece(self, mind_map: MindMap, top: str, size_of: Callable, style: str,
               root_size: tuple[float, float] | None) -> _Piece:
        piece = self._pieces.get(top)
        main_branch = root_size is not None
        if piece is None or piece.main_branch != main_branch:
            piece = _Piece(mind_map, top, size_of, style, root_size, self.h_gap, self.v_gap)
            piece.main_branch = main_branch
            self._pieces[top] = piece
            self.rebuilt += 1
        return piece

    def _layout(self, mind_map: MindMap, size_of: Callable, style: str, main_kids: list[str],
                root_size: tuple[float, float]) -> LayoutResult:
        self.rebuilt = 0
        root = mind_map.root
        floating = mind_map.floating
        used = set(main_kids) | set(floating)
        for top in [t for t in self._pieces if t not in used]:
            del self._pieces[top]
        main = [self._piece(mind_map, b, size_of, style, root_size) for b in main_kids]
        loose = [self._piece(mind_map, f, size_of, style, None) for f in floating]

        # the main root, then each piece as a run of numbers
        root_pos = mind_map.get(root, "pos")
        ids, parent, vkids, fkids = [root], [-1], [[]], [[]]
        widths, heights, pos = [root_size[0]], [root_size[1]], [root_pos]
        base = _BASE[style]
        dsz_root, bsz_root = root_size if base != DOWN else root_size[::-1]
        gap = self.h_gap
        floats = {name: [0.0] for name in _FLOATS}
        floats["bottom"][0] = dsz_root / 2.0 + gap
        indexes = {"thread_l": [-1], "thread_r": [-1], "ext_l": [0], "ext_r": [0]}
        spread = [False]
        dsz, bsz = [dsz_root], [bsz_root]
        starts = [0]
        units = [0]
        for t, pieces in enumerate([main, *([p] for p in loose)]):
            if t > 0:
                starts.append(len(ids))
            for piece in pieces:
                offset = len(ids)
                top_parent = 0 if t == 0 else -1
                shifted = piece.shifted(offset, top_parent)
                if t == 0:
                    vkids[0].append(offset)
                    if piece.pos[0] is None:
                        fkids[0].append(offset)
                ids += piece.ids
                parent += shifted["parent"]
                vkids += shifted["vkids"]
                fkids += shifted["fkids"]
                widths += piece.widths
                heights += piece.heights
                pos += piece.pos
                dsz += piece.dsz
                bsz += piece.bsz
                for name in _FLOATS:
                    floats[name] += piece.state[name]
                for name in _INDEXES:
                    indexes[name] += shifted[name]
                spread += piece.state["spread"]
                units.extend(u + offset for u in piece.units)
        n = len(ids)
        starts.append(n)
        flat = FlatTree(ids, parent, vkids, widths, heights, pos, starts)

        orient: dict[int, int] = dict.fromkeys(starts[:-1], base)
        for u in units:
            if parent[u] >= 0:
                orient[u] = (RIGHT if pos[u][0] >= 0 else LEFT) if style == "balanced" else base
        twins: dict[int, int] = {}
        kids = fkids
        if style == "balanced":
            for r in starts[:-1]:
                twins[r] = len(kids)
                kids.append([])
                dsz.append(dsz[r])
                bsz.append(bsz[r])
                for name in _FLOATS:
                    floats[name].append(0.0)
                floats["bottom"][-1] = dsz[r] / 2.0 + gap
                indexes["thread_l"].append(-1)
                indexes["thread_r"].append(-1)
                indexes["ext_l"].append(len(kids) - 1)
                indexes["ext_r"].append(len(kids) - 1)
                spread.append(False)
        forest = TidyForest.__new__(TidyForest)
        forest.kids, forest.dsz, forest.bsz = kids, dsz, bsz
        forest.depth_gap, forest.breadth_gap = float(self.h_gap), float(self.v_gap)
        for name, values in (*floats.items(), *indexes.items()):
            setattr(forest, name, values)
        forest.spread = spread
        forest.centre_b = [0.0] * len(kids)
        # the joins: the main root's walk (a floating root's is part of its piece)
        node_data = mind_map.node_table()
        for r in starts[:-1]:
            twin = twins.get(r)
            if twin is None:
                if kids[r] and r == 0:
                    forest._first_walk([r])
                continue
            branches = kids[r]
            fixed = {c: _SIDE_SIGN[side] for c in branches
                     if (side := node_data[ids[c]].get("side")) in _SIDE_SIGN}
            if fixed:
                right, left = split_sides(branches, [forest.span(c) for c in branches], fixed)
            else:
                k = choose_split([forest.span(c) for c in branches], forest.breadth_gap)
                right, left = branches[:k], branches[k:]
            kids[r] = right
            kids[twin] = left[::-1]
            forest._first_walk((r, twin))
        order = [*twins.values(), *range(n)]
        forest._second_walk(order, set(twins) | set(twins.values()) | set(units))
        return place_units(flat, orient, twins, kids,
                           _Relative(forest.centre_d, forest.centre_b, [], []), self.h_gap)


class _SizeTable:
    """``size_of`` as the mapping :func:`compute_layout` takes."""

    def __init__(self, size_of: Callable[[str], tuple | None]) -> None:
        self.get = size_of
