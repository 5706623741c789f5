"""The layout of a map kept between edits, as offsets from each node's parent.

:func:`~.map_layout.compute_layout` gives every node's centre; after one edit most centres
change (a branch that grew pushes its siblings and re-centres its parent, up to the root), but
the offset of a node from its parent's centre changes only for the children of the edited
node's ancestors. :class:`RelativeLayout` keeps, per visible node, that offset and the tidy
tree's walk state (:class:`~.relative_tidy.LoggedForest`); an edit undoes and redoes only the
walks of the touched nodes' ancestors, lays out only the branches that appeared (new, unfolded,
moved, resized along the growth axis), and reports the nodes whose offset changed
(:attr:`RelativeLayout.moved`): a canvas that hangs each node's box on its parent's moves one
item per reported node, however big the branch below it.

The result is :func:`compute_layout`'s up to rounding (the walks are the same arithmetic; the
centres are sums of offsets instead of sums of modifiers: they agree to about 1e-9, a test
checks 1e-6 after random edits). ``centers`` is worked out on demand from the offsets. The
radial style and a view filter take the full path.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping

from ..collector import collector_paused
from ..model import LAYOUTS, MindMap
from .flat_tree import DEFAULT_SIZE
from .map_layout import _BASE, DOWN, LEFT, RIGHT, LayoutResult, compute_layout
from .relative_fresh import build_fresh, can_build_fresh
from .relative_tidy import LoggedForest
from .tidy import split_sides

_SIDE = {RIGHT: 1, LEFT: -1, DOWN: 2}
_SIDE_SIGN = {"right": 1, "left": -1}
#: offsets closer than this are the same (sums taken in another order differ in the last bits)
_SAME = 1e-9


class _RebuildError(Exception):
    """The change is one the incremental path does not follow: lay everything out again."""


class Centres(Mapping):
    """Absolute centres, summed from the offsets on demand (each node once per layout)."""

    def __init__(self, owner: RelativeLayout) -> None:
        self._o = owner

    def __getitem__(self, node: str) -> tuple[float, float]:
        o = self._o
        s = o.slot[node]
        return o.absolute(s)

    def __contains__(self, node: object) -> bool:
        return node in self._o.slot

    def __iter__(self) -> Iterator[str]:
        return iter(self._o.slot)

    def __len__(self) -> int:
        return len(self._o.slot)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    __hash__ = None  # type: ignore[assignment]


class RelativeLayout:
    """See the module's description. ``layout()`` is the entry point."""

    def __init__(self, h_gap: float = 40.0, v_gap: float = 12.0) -> None:
        self.h_gap = float(h_gap)
        self.v_gap = float(v_gap)
        #: nodes whose offset from their parent (or side) changed in the last call, new ones
        #: included; None: everything was laid out again (or the full path was taken)
        self.moved: set[str] | None = None
        #: the map's root and node table, as of the current call (clear() keeps them)
        self._root_id = ""
        self._table: Mapping = {}
        self.clear()

    def clear(self) -> None:
        self.forest: LoggedForest | None = None
        self._key: tuple | None = None
        self.slot: dict[str, int] = {}
        self.sid: list[str | None] = []
        self.parent: list[int] = []
        self.vk: list[list[str]] = []
        self.pos: list = []
        self.orient: list[int] = []
        self.twin: list[int] = []
        self.rb = array("d")
        self.w = array("d")
        self.h = array("d")
        self.relx = array("d")
        self.rely = array("d")
        #: the boxes of each node's branch, from its centre: left, top, right, bottom at 4 * slot
        self.bbox = array("d")
        self.gen_of: list[int] = []
        self.absx = array("d")
        self.absy = array("d")
        self.gen = 0
        self.sides: dict[str, int] = {}
        self.floating: list[str] = []
        self.bounds = (0.0, 0.0, 0.0, 0.0)
        self.style = "right"
        self.base = RIGHT

    # ------------------------------------------------------------------ the entry
    def layout(self, mind_map: MindMap, size_of: Callable[[str], tuple | None],
               touched: Iterable[str] | None = None, style: str | None = None) -> LayoutResult:
        """The layout of ``mind_map``; ``touched``: every node an edit since the last call
        added, removed (or its parent), moved, changed or resized; None lays out everything."""
        style = mind_map.layout if style is None else style
        if style not in LAYOUTS:
            raise ValueError(f"unknown layout style {style!r}; expected one of {LAYOUTS}")
        if style == "radial":
            self.clear()
            self.moved = None
            sizes = {n: s for n in mind_map.visible_nodes() if (s := size_of(n)) is not None}
            return compute_layout(mind_map, sizes, style, h_gap=self.h_gap, v_gap=self.v_gap)
        root_size = self._size(size_of, mind_map.root)
        key = (style, mind_map.root, root_size)
        self._root_id = mind_map.root
        self._table = mind_map.node_table()
        with collector_paused():
            if touched is None or key != self._key or self.forest is None:
                self._full(mind_map, size_of, style)
            else:
                try:
                    self._update(mind_map, size_of, set(touched))
                except _RebuildError:
                    self._full(mind_map, size_of, style)
        self._key = key
        self.gen += 1
        return LayoutResult(Centres(self), self.sides, self.bounds)

    # --------------------------------------------------------------- geometry
    def absolute(self, s: int) -> tuple[float, float]:
        gen, gen_of, parent = self.gen, self.gen_of, self.parent
        chain = []
        while s >= 0 and gen_of[s] != gen:
            chain.append(s)
            s = parent[s]
        x, y = (self.absx[s], self.absy[s]) if s >= 0 else (0.0, 0.0)
        relx, rely, absx, absy = self.relx, self.rely, self.absx, self.absy
        for t in reversed(chain):
            x += relx[t]
            y += rely[t]
            absx[t], absy[t], gen_of[t] = x, y, gen
        return x, y

    def offset(self, node: str) -> tuple[float, float]:
        """Offset of ``node``'s centre from its parent's (a tree root: its centre)."""
        s = self.slot[node]
        return self.relx[s], self.rely[s]

    def _size(self, size_of: Callable, node: str) -> tuple[float, float]:
        size = size_of(node) or DEFAULT_SIZE
        return float(size[0]), float(size[1])

    # ------------------------------------------------------------------ slots
    def _new(self, node: str | None, parent: int, w: float, h: float, pos) -> int:  # noqa: ANN001
        d, b = (h, w) if self.base == DOWN else (w, h)
        s = self.forest.new_slot(d, b)
        if s == len(self.sid):      # one more slot in every per-slot list (a call each:
            self.sid.append(None)   # a map's first layout makes tens of thousands)
            self.parent.append(-1)
            self.vk.append(None)
            self.pos.append(None)
            self.orient.append(RIGHT)
            self.twin.append(-1)
            self.rb.append(0.0)
            self.w.append(0.0)
            self.h.append(0.0)
            self.relx.append(0.0)
            self.rely.append(0.0)
            self.gen_of.append(-1)
            self.absx.append(0.0)
            self.absy.append(0.0)
            self.bbox.extend((0.0, 0.0, 0.0, 0.0))
        self.sid[s], self.parent[s], self.pos[s] = node, parent, pos
        self.vk[s] = []
        self.twin[s] = -1
        self.w[s], self.h[s] = w, h
        self.gen_of[s] = -1
        if node is not None:
            self.slot[node] = s
        return s

    def _free_subtree(self, top: int, freed: set[str]) -> None:
        stack = [top]
        slot, sid, vk, fo = self.slot, self.sid, self.vk, self.forest
        while stack:
            s = stack.pop()
            node = sid[s]
            if self.twin[s] >= 0:
                fo.free(self.twin[s])
                self.twin[s] = -1
            stack.extend(slot[c] for c in vk[s] if c in slot)
            if node is not None and slot.get(node) == s:
                del slot[node]
                self.sides.pop(node, None)
                freed.add(node)
            sid[s] = None
            fo.free(s)

    # ------------------------------------------------------------------ building
    def _full(self, m: MindMap, size_of: Callable, style: str) -> None:
        self.clear()
        self.style, self.base = style, _BASE[style]
        self.forest = LoggedForest(self.h_gap, self.v_gap)
        for top in m.roots():
            if can_build_fresh(self):       # each tree's slots at once (the first layout)
                build_fresh(self, m, size_of, top, _SIDE)
            else:
                self._build(m, size_of, top, -1)
        self.floating = list(m.floating)
        self._stack()
        self.moved = None

    def _build(self, m: MindMap, size_of: Callable, top: str, parent: int) -> list[int]:
        """Slots, walks and offsets for the branch ``top`` (under slot ``parent``); its own
        offset is its parent's walk's business. Returns the slots, parents first."""
        fo, table, children = self.forest, m.node_table(), m.children
        gap = self.h_gap
        balanced = self.style == "balanced"
        order: list[int] = []
        stack = [(top, parent)]
        while stack:
            node, p = stack.pop()
            data = table[node]
            w, h = self._size(size_of, node)
            pos = data.get("pos") if p >= 0 else None
            s = self._new(node, p, w, h, pos)
            order.append(s)
            if p < 0 or pos is not None:
                fo.bottom[s] = fo.dsz[s] / 2.0 + gap
                if p < 0:
                    self.orient[s] = self.base
                    if balanced:
                        t = self._new(None, -1, w, h, None)
                        self.twin[s] = t
                        fo.bottom[t] = fo.bottom[s]
                else:
                    self.orient[s] = (RIGHT if pos[0] >= 0 else LEFT) if balanced else self.base
            else:
                fo.bottom[s] = fo.bottom[p] + fo.dsz[s] + gap
                self.orient[s] = self.orient[p]
            kids = [] if data.get("folded") else children(node)
            self.vk[s] = list(kids)
            stack.extend((k, s) for k in reversed(kids))
        for s in reversed(order):
            self._set_kids(s, table)
            self._walk(s, table, None)
        for s in order:
            self._place_children(s, None)
        for s in reversed(order):
            self._bbox(s)
        for s in order:
            self.sides[self.sid[s]] = _SIDE[self.orient[s]] if self.parent[s] >= 0 else 0
        return order

    def _set_kids(self, s: int, table: Mapping) -> None:
        slot, pos = self.slot, self.pos
        self.forest.kids[s] = [k for c in self.vk[s] if pos[k := slot[c]] is None]

    def _walk(self, s: int, table: Mapping, moved: set[str] | None,
              sides_only: bool = False) -> None:
        """The walk of slot ``s`` (a balanced root: the side split and both halves).
        ``sides_only``: a branch that changes sides only takes its new orientation (a
        first layout places every node and finds every bound after the walks)."""
        fo = self.forest
        t = self.twin[s]
        if t < 0:
            fo.walk(s, fo.log[s])      # a leaf: its extremes are itself
            return
        branches = fo.kids[s]
        sid = self.sid
        fixed = {c: _SIDE_SIGN[side] for c in branches
                 if (side := table[sid[c]].get("side")) in _SIDE_SIGN}
        right, left = split_sides(branches, [fo.span(c) for c in branches], fixed,
                                  fo.breadth_gap)
        fo.kids[s] = right
        fo.kids[t] = left[::-1]
        fo.spread[t] = False
        log = fo.log[s]
        fo.walk(s, log)
        fo.walk(t, log)
        for group, o in ((right, RIGHT), (left, LEFT)):
            for c in group:
                if self.orient[c] != o:
                    self._set_orient(c, o, moved, sides_only)

    def _set_orient(self, top: int, o: int, moved: set[str] | None,
                    sides_only: bool = False) -> None:
        """A main branch changed sides: it and its nodes (down to hand-placed ones) flip
        (``sides_only``: only their orientation, see :meth:`_walk`)."""
        slot, pos, vk = self.slot, self.pos, self.vk
        stack = [top]
        changed = []
        while stack:
            s = stack.pop()
            self.orient[s] = o
            changed.append(s)
            stack.extend(k for c in vk[s] if pos[k := slot[c]] is None)
        if sides_only:
            return
        for s in changed:
            self._set_rel(s, moved)
            self.sides[self.sid[s]] = _SIDE[o]
        for s in reversed(changed):
            self._bbox(s)

    def _set_rel(self, s: int, moved: set[str] | None) -> None:
        """The offset of ``s`` from its parent, from its walk's breadth offset ``rb``."""
        p = self.parent[s]
        if p < 0:
            return
        pos = self.pos[s]
        if pos is not None:
            x, y = float(pos[0]), float(pos[1])
        else:
            fo = self.forest
            d = fo.dsz[p] / 2.0 + self.h_gap + fo.dsz[s] / 2.0
            b = self.rb[s]
            o = self.orient[s]
            x, y = (d, b) if o == RIGHT else (-d, b) if o == LEFT else (b, d)
        if moved is not None and (abs(x - self.relx[s]) > _SAME or
                                  abs(y - self.rely[s]) > _SAME):
            moved.add(self.sid[s])
        self.relx[s], self.rely[s] = x, y

    def _place_children(self, s: int, moved: set[str] | None) -> None:
        fo = self.forest
        for v in (s, self.twin[s]) if self.twin[s] >= 0 else (s,):
            ks = fo.kids[v]
            if ks:
                rb = self.rb
                for c, b in zip(ks, fo.child_offsets(v), strict=True):
                    rb[c] = b
        slot = self.slot
        for c in self.vk[s]:
            self._set_rel(slot[c], moved)

    def _bbox(self, s: int) -> None:
        hw, hh = self.w[s] / 2.0, self.h[s] / 2.0
        left, top, right, bottom = -hw, -hh, hw, hh
        slot, bbox, relx, rely = self.slot, self.bbox, self.relx, self.rely
        for c in self.vk[s]:
            k = slot[c]
            x, y = relx[k], rely[k]
            a, b, cc, d = bbox[4 * k:4 * k + 4]
            if a + x < left:
                left = a + x
            if b + y < top:
                top = b + y
            if cc + x > right:
                right = cc + x
            if d + y > bottom:
                bottom = d + y
        bbox[4 * s:4 * s + 4] = array("d", (left, top, right, bottom))

    def _stack(self, moved: set[str] | None = None) -> None:
        """Place the tree roots (floating ones stacked below the rest) and find the bounds."""
        slot, bbox, pos = self.slot, self.bbox, self.pos
        roots = [r for r in [self._root_id, *self.floating] if r in slot]
        placed, stacked = [], []
        for i, r in enumerate(roots):
            s = slot[r]
            p = self._table[r].get("pos") if i > 0 else None
            pos[s] = p
            if i == 0 or p is not None:
                x, y = (0.0, 0.0) if i == 0 else (float(p[0]), float(p[1]))
                self._put_root(s, x, y, moved)
                a, b, c, d = bbox[4 * s:4 * s + 4]
                placed.append((a + x, b + y, c + x, d + y))
            else:
                stacked.append(s)
        left = min(b[0] for b in placed)
        top = min(b[1] for b in placed)
        right = max(b[2] for b in placed)
        bottom = max(b[3] for b in placed)
        for s in stacked:
            a, b, c, d = bbox[4 * s:4 * s + 4]
            dy = bottom + self.h_gap - b
            self._put_root(s, 0.0, dy, moved)
            left, right = min(left, a), max(right, c)
            bottom = d + dy
        self.bounds = (left, top, right - left, bottom - top)

    def _put_root(self, s: int, x: float, y: float, moved: set[str] | None) -> None:
        if moved is not None and (x, y) != (self.relx[s], self.rely[s]):
            moved.add(self.sid[s])
        self.relx[s], self.rely[s] = x, y

    # ---------------------------------------------------------------- an edit
    def _update(self, m: MindMap, size_of: Callable, touched: set[str]) -> None:
        fo, slot, sid, parent = self.forest, self.slot, self.sid, self.parent
        table, children = m.node_table(), m.children
        base_down = self.base == DOWN
        roots = set(m.roots())
        if list(m.floating) != self.floating:
            # a floating tree came or went: lay out the new ones, drop the old ones
            for f in m.floating:
                touched.add(f)
            touched.update(self.floating)
        cand: set[str] = set()
        for t in touched:
            s = slot.get(t)
            if s is not None:
                cand.add(t)
                if parent[s] >= 0:
                    cand.add(sid[parent[s]])
            if t in m:
                p = m.parent(t)
                if p is not None:
                    cand.add(p)
        kids_changed: dict[int, list[str]] = {}
        dirty: set[int] = set()
        rebuild: set[str] = set()       # nodes whose branch is laid out anew (same parent)
        removed: set[str] = set()
        added: list[tuple[str, str]] = []
        for n in cand:
            s = slot.get(n)
            if s is None or n not in m:
                continue
            data = table[n]
            kids = [] if data.get("folded") else children(n)
            if kids != self.vk[s]:
                kids_changed[s] = kids
                dirty.add(s)
                now = set(kids)
                removed.update(c for c in self.vk[s] if c not in now)
                for c in kids:
                    k = slot.get(c)
                    if k is None or sid[parent[k]] != n:
                        added.append((c, n))
            w, h = self._size(size_of, n)
            if (w, h) != (self.w[s], self.h[s]):
                if parent[s] < 0 and n == self._root_id:
                    raise _RebuildError
                d, b = (h, w) if base_down else (w, h)
                if d != fo.dsz[s] or parent[s] < 0:
                    rebuild.add(n)
                else:
                    fo.bsz[s] = b
                    self.w[s], self.h[s] = w, h
                    dirty.add(s)
            if parent[s] >= 0:
                if data.get("pos") != self.pos[s]:
                    rebuild.add(n)
                if sid[parent[s]] in roots:
                    dirty.add(parent[s])        # a main branch's side may have changed
        # what goes: removed children, moved ones (they come back where they are now), the
        # branches laid out anew
        tops = {c for c in removed if c in slot}
        tops.update(c for c, _ in added if c in slot)
        tops.update(n for n in rebuild if n in slot)
        for f in self.floating:
            if f not in m or f not in m.floating:
                tops.add(f)
        going: set[int] = set()
        for n in tops:
            stack = [slot[n]]
            while stack:
                s = stack.pop()
                if s in going:
                    continue
                going.add(s)
                stack.extend(slot[c] for c in self.vk[s] if c in slot)
        # the walks to do again: the dirty nodes and the parents of branches laid out anew,
        # with every ancestor (parents first when undoing)
        for n in rebuild:
            if n in slot and parent[slot[n]] >= 0:
                dirty.add(parent[slot[n]])
        for _c, p in added:
            if p in slot:
                dirty.add(slot[p])
        up: set[int] = set()
        for s in dirty:
            while s >= 0 and s not in up:
                if s not in going:
                    up.add(s)
                s = parent[s]
        depth: dict[int, int] = {}
        for s in up:
            d, t = 0, parent[s]
            while t >= 0:
                d, t = d + 1, parent[t]
            depth[s] = d
        ordered = sorted(up, key=depth.__getitem__)
        for s in ordered:
            fo.undo(s)
        # the old branches go
        freed: set[str] = set()
        for n in tops:
            s = slot.get(n)
            if s is not None and s in going:
                self._free_subtree(s, freed)
        moved: set[str] = set()
        for s, kids in kids_changed.items():
            if s not in going:
                self.vk[s] = list(kids)
        # the new branches come (a branch laid out anew keeps its parent)
        wanted: list[tuple[str, int]] = []
        for c, p in added:
            if p in slot and c in m:
                wanted.append((c, slot[p]))
        for n in rebuild:
            if n not in slot and n in m:
                p = m.parent(n)
                if p is None:
                    continue
                if p in slot and slot[p] not in going:
                    wanted.append((n, slot[p]))
        new_floating = [f for f in m.floating if f not in slot]
        done: set[str] = set()
        for c, p in wanted:
            if c in slot or c in done:
                continue
            order = self._build(m, size_of, c, p)
            done.add(c)
            moved.update(sid[s] for s in order)
        for f in new_floating:
            order = self._build(m, size_of, f, -1)
            moved.update(sid[s] for s in order)
        self.floating = list(m.floating)
        # every node that has a slot now must hang where the model says
        for s in ordered:
            if sid[s] is None:
                raise _RebuildError
            for c in self.vk[s]:
                if c not in slot or parent[slot[c]] != s:
                    raise _RebuildError
        # walk again from the bottom up, then the offsets of their children
        for s in reversed(ordered):
            self._set_kids(s, table)
            fo.spread[s] = False
            self._walk(s, table, moved)
        for s in ordered:
            self._place_children(s, moved)
        for s in reversed(ordered):
            self._bbox(s)
        self._stack(moved)
        for n in moved:
            s = slot.get(n)
            if s is not None:
                self.sides[n] = _SIDE[self.orient[s]] if parent[s] >= 0 else 0
        self.moved = moved

    def kids(self, node: str) -> list[str]:
        """The children of ``node`` that the last layout placed (none when it is folded)."""
        s = self.slot.get(node)
        return self.vk[s] if s is not None else []

    def reaching(self, left: float, top: float, right: float, bottom: float,
                 branches: list[str] | None = None) -> list[str]:
        """The nodes whose box, or edge from their parent, reaches into the rect ``left``,
        ``top``, ``right``, ``bottom`` (the span from the parent's centre to the far side of
        the box holds the curve). A branch whose boxes and edge from its parent all lie
        outside the rect is skipped whole: the cost is what the rect holds, not the map.
        ``branches``: only the nodes of these branches (default: the whole map)."""
        slot, bbox, vk, w, h = self.slot, self.bbox, self.vk, self.w, self.h
        if branches is None:
            stack: list[tuple[str, float | None, float]] = [
                (r, None, 0.0) for r in [self._root_id, *self.floating] if r in slot]
        else:
            stack = []
            for node in branches:
                s = slot.get(node)
                if s is None:
                    continue
                up = self.parent[s]
                stack.append((node, *self.absolute(up)) if up >= 0 else (node, None, 0.0))
        out = []
        while stack:
            node, px, py = stack.pop()
            s = slot[node]
            x, y = self.absolute(s)
            a, b, c, d = bbox[4 * s:4 * s + 4]
            x0, y0, x1, y1 = x + a, y + b, x + c, y + d
            if px is not None:
                x0, y0, x1, y1 = min(x0, px), min(y0, py), max(x1, px), max(y1, py)
            if x1 < left or x0 > right or y1 < top or y0 > bottom:
                continue
            hw, hh = w[s] / 2.0, h[s] / 2.0
            x0, y0, x1, y1 = x - hw, y - hh, x + hw, y + hh
            if px is not None:
                x0, y0, x1, y1 = min(x0, px), min(y0, py), max(x1, px), max(y1, py)
            if not (x1 < left or x0 > right or y1 < top or y0 > bottom):
                out.append(node)
            stack.extend((kid, x, y) for kid in vk[s])
        return out
