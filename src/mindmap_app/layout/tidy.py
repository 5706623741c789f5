"""Non-layered tidy trees in linear time, on flat integer-indexed arrays.

The algorithm is the one described by A. van der Ploeg, "Drawing non-layered tidy trees in
linear time" (Software: Practice and Experience, 2014), which extends Walker's algorithm as made
linear by Buchheim, Juenger and Leipert to nodes of any size. This module is our own
implementation of the published description, written iteratively (no Python recursion, so a
chain thousands of nodes deep is fine) over plain lists indexed by node number.

Vocabulary used throughout:

* the *depth axis* is the direction a tree grows in (x for a right-growing mind map, y for an
  org chart); ``dsz[v]`` is the node's size along it;
* the *breadth axis* is the one siblings are stacked along; ``bsz[v]`` is the size along it.

A node's box starts, along the depth axis, ``depth_gap`` after its parent's box ends (so the
depth of a node depends on its ancestors' sizes, not on a global layer). Along the breadth axis,
sibling subtrees are pushed apart until their facing *contours* are ``breadth_gap`` apart at every
depth they share, and each parent is centred on the span of its children's boxes. Small subtrees
that end up between two bigger ones are spread evenly in the room that the bigger ones leave
(Walker's shift/change distribution).

Everything works on a *forest*: several independent trees ("units") laid out in one pass, each
unit root's centre being the origin of its own tree. :class:`TidyForest` also supports the
*balanced* mind map, whose root has two fans of branches (one per side): the caller gives a twin
node for such a root; once every branch has been laid out, :func:`choose_split` decides which
branches go on which side from their real extents and the two halves are finished separately.
"""

from __future__ import annotations

from collections.abc import Iterable


class TidyForest:
    """Tidy layout of a forest given as children lists and box sizes.

    ``kids[v]`` lists the children of node ``v`` in order (the list for a balanced root is
    replaced by the side split). After :meth:`run`, ``centre_d[v]`` and ``centre_b[v]`` hold the
    centre of ``v``'s box along the depth and breadth axes, relative to the centre of the root of
    its unit.
    """

    def __init__(self, kids: list[list[int]], dsz: list[float], bsz: list[float],
                 depth_gap: float, breadth_gap: float) -> None:
        n = len(kids)
        self.kids = kids
        self.dsz = dsz
        self.bsz = bsz
        self.depth_gap = float(depth_gap)
        self.breadth_gap = float(breadth_gap)
        # Preliminary breadth position of the box start, relative to the parent's frame, and the
        # modifier applied to the whole subtree (Walker's prelim and mod).
        self.prelim = [0.0] * n
        self.mod = [0.0] * n
        # Walker's shift/change: spacing handed out to the small siblings between two big ones.
        self.shift = [0.0] * n
        self.change = [0.0] * n
        self.spread = [False] * n
        # Threads continue a contour past the end of a shallower subtree.
        self.thread_l = [-1] * n
        self.thread_r = [-1] * n
        # Deepest node on the left and right contour of each subtree, and the sum of modifiers
        # from the subtree's root down to it.
        self.ext_l = list(range(n))
        self.ext_r = list(range(n))
        self.msel = [0.0] * n
        self.mser = [0.0] * n
        # Depth-axis position: the box of v covers [start, start + dsz); ``bottom`` is where its
        # children (and the part of the contour it owns) end, gap included.
        self.bottom = [0.0] * n
        self.centre_d = [0.0] * n
        self.centre_b = [0.0] * n

    # ------------------------------------------------------------------------- driver
    def run(self, roots: Iterable[int], twins: dict[int, int] | None = None,
            fixed_sides: dict[int, int] | None = None) -> list[int]:
        """Lay out every unit; return the nodes in a parents-first order.

        ``twins`` maps a balanced root to its twin (a spare node of the same size with no
        children): the root's children are split between the root (right side, top to bottom)
        and the twin (left side, listed top to bottom, i.e. reversed). ``fixed_sides``: +1 or
        -1 for branches that must go right or left (see :func:`split_sides`).
        """
        twins = twins or {}
        roots = list(roots)
        # Twins first: a twin's branches must not come before it in the order.
        order = self._depths(list(twins.values()) + roots)
        held = set(twins) | set(twins.values())
        kids = self.kids
        # Leaves need no first walk: each is its own extreme node, with no modifier yet.
        self._first_walk([v for v in reversed(order) if kids[v] and v not in held])
        for root, twin in twins.items():
            branches = kids[root]
            right, left = split_sides(branches, [self.span(c) for c in branches],
                                      fixed_sides or {}, self.breadth_gap)
            kids[root] = right
            kids[twin] = left[::-1]
            self._first_walk((root, twin))
        self._second_walk(order, held | set(roots))
        return order

    def _depths(self, roots: list[int]) -> list[int]:
        """Depth-axis placement; returns the nodes in pre-order (``roots`` first in turn), so
        that each subtree is a run of the order (kinder to the memory caches on big maps)."""
        kids, dsz, bottom, centre_d = self.kids, self.dsz, self.bottom, self.centre_d
        gap = self.depth_gap
        for r in roots:
            centre_d[r] = 0.0
            bottom[r] = dsz[r] / 2.0 + gap
        order: list[int] = []
        append = order.append
        stack = roots[::-1]
        pop, extend = stack.pop, stack.extend
        while stack:
            v = pop()
            append(v)
            ks = kids[v]
            if ks:
                start = bottom[v]
                for c in ks:
                    size = dsz[c]
                    centre_d[c] = start + size / 2.0
                    bottom[c] = start + size + gap
                extend(ks[::-1])
        return order

    # --------------------------------------------------------------------- first walk
    def _first_walk(self, nodes: Iterable[int]) -> None:
        """Place every node's children relative to each other; children before parents."""
        kids, bsz, bottom = self.kids, self.bsz, self.bottom
        prelim, mod, shift, change, spread = (self.prelim, self.mod, self.shift, self.change,
                                              self.spread)
        thread_l, thread_r = self.thread_l, self.thread_r
        ext_l, ext_r, msel, mser = self.ext_l, self.ext_r, self.msel, self.mser
        gap = self.breadth_gap
        for v in nodes:
            ks = kids[v]
            if not ks:
                ext_l[v] = ext_r[v] = v
                msel[v] = mser[v] = mod[v]
                continue
            c0 = ks[0]
            if len(ks) == 1:
                prelim[v] = prelim[c0] + mod[c0] + (bsz[c0] - bsz[v]) / 2.0
                ext_l[v] = ext_l[c0]
                msel[v] = msel[c0]
                ext_r[v] = ext_r[c0]
                mser[v] = mser[c0]
                continue
            # Which earlier sibling owns the facing contour down to which depth: a stack of
            # (lowest depth, sibling index), the most recent sibling on top.
            low = [bottom[ext_l[c0]]]
            owner = [0]
            prev = c0
            for i in range(1, len(ks)):
                c = ks[i]
                c_low = bottom[ext_r[c]]
                # Walk the right contour of the siblings before c and the left contour of c.
                sr, ssum = prev, mod[prev]
                cl, csum = c, mod[c]
                top = len(low) - 1
                while True:
                    sr_end = bottom[sr]
                    if sr_end > low[top] and top > 0:
                        top -= 1
                    dist = ssum + prelim[sr] + bsz[sr] + gap - csum - prelim[cl]
                    if dist > 0.0:
                        csum += dist
                        mod[c] += dist
                        msel[c] += dist
                        mser[c] += dist
                        si = owner[top]
                        if si != i - 1:
                            share = dist / (i - si)
                            shift[ks[si + 1]] += share
                            shift[c] -= share
                            change[c] -= dist - share
                            spread[v] = True
                    cl_end = bottom[cl]
                    if sr_end <= cl_end:
                        nxt = kids[sr]
                        sr = nxt[-1] if nxt else thread_r[sr]
                        if sr >= 0:
                            ssum += mod[sr]
                    if sr_end >= cl_end:
                        nxt = kids[cl]
                        cl = nxt[0] if nxt else thread_l[cl]
                        if cl >= 0:
                            csum += mod[cl]
                    if sr < 0 or cl < 0:
                        break
                if sr < 0 and cl >= 0:
                    # c is deeper than the siblings before it: thread their left contour on.
                    li = ext_l[c0]
                    thread_l[li] = cl
                    diff = (csum - mod[cl]) - msel[c0]
                    mod[li] += diff
                    prelim[li] -= diff
                    ext_l[c0] = ext_l[c]
                    msel[c0] = msel[c]
                elif sr >= 0 and cl < 0:
                    # The siblings before c reach deeper: thread c's right contour on.
                    ri = ext_r[c]
                    thread_r[ri] = sr
                    diff = (ssum - mod[sr]) - mser[c]
                    mod[ri] += diff
                    prelim[ri] -= diff
                    ext_r[c] = ext_r[prev]
                    mser[c] = mser[prev]
                while low and c_low >= low[-1]:
                    low.pop()
                    owner.pop()
                low.append(c_low)
                owner.append(i)
                prev = c
            last = ks[-1]
            prelim[v] = (prelim[c0] + mod[c0] + prelim[last] + mod[last] + bsz[last]
                         - bsz[v]) / 2.0
            ext_l[v] = ext_l[c0]
            msel[v] = msel[c0]
            ext_r[v] = ext_r[last]
            mser[v] = mser[last]

    def span(self, v: int) -> float:
        """Breadth of the subtree of ``v`` once its first walk is done (contour walk)."""
        kids, prelim, mod, bsz = self.kids, self.prelim, self.mod, self.bsz
        lo = prelim[v]
        node, total = v, 0.0
        while True:
            ks = kids[node]
            node = ks[0] if ks else self.thread_l[node]
            if node < 0:
                break
            total += mod[node]
            lo = min(lo, prelim[node] + total)
        hi = prelim[v] + bsz[v]
        node, total = v, 0.0
        while True:
            ks = kids[node]
            node = ks[-1] if ks else self.thread_r[node]
            if node < 0:
                break
            total += mod[node]
            hi = max(hi, prelim[node] + total + bsz[node])
        return hi - lo

    # -------------------------------------------------------------------- second walk
    def _second_walk(self, order: list[int], unit_roots: set[int]) -> None:
        """Absolute breadth positions: sum the modifiers down from each unit root."""
        kids, bsz, prelim, mod = self.kids, self.bsz, self.prelim, self.mod
        shift, change, spread, centre_b = self.shift, self.change, self.spread, self.centre_b
        # acc[v]: sum of the modifiers above v and its own, i.e. what turns prelim into the
        # position in the unit root's frame, set by the parent; a root's puts its centre at 0.
        acc = [0.0] * len(kids)
        for r in unit_roots:
            acc[r] = -(prelim[r] + bsz[r] / 2.0)
        for v in order:
            total = acc[v]
            centre_b[v] = prelim[v] + total + bsz[v] / 2.0
            ks = kids[v]
            if not ks:
                continue
            if spread[v]:
                step = extra = 0.0
                for c in ks:
                    step += shift[c]
                    extra += step + change[c]
                    acc[c] = total + mod[c] + extra
            else:
                for c in ks:
                    acc[c] = total + mod[c]
        for r in unit_roots:
            centre_b[r] = 0.0  # exactly, whatever the rounding


def choose_split(spans: list[float], gap: float) -> int:
    """How many of the branches (in order) go on the right side of a balanced map.

    Picks the cut that makes both sides the most equal in total breadth (branch extents plus the
    gaps between them); on a tie, the right side gets more. At least one branch goes right.
    """
    count = len(spans)
    if count <= 1:
        return count
    total = sum(spans) + gap * (count - 1)
    best_k, best_diff = 1, float("inf")
    right = -gap
    for k in range(1, count + 1):
        right += spans[k - 1] + gap
        left = total - right - gap if k < count else 0.0
        diff = abs(right - left)
        if diff <= best_diff:
            best_k, best_diff = k, diff
    return best_k


def split_sides(branches: list[int], spans: list[float], fixed: dict[int, int],
                gap: float) -> tuple[list[int], list[int]]:
    """(right, left) branches, each in order: a branch with a fixed side (+1 right, -1 left)
    goes there; each other branch where the map would put it with no side fixed
    (:func:`choose_split`), so that one branch sent to the other side moves alone."""
    k = choose_split(spans, gap)
    right: list[int] = []
    left: list[int] = []
    for index, branch in enumerate(branches):
        side = fixed.get(branch) or (1 if index < k else -1)
        (right if side > 0 else left).append(branch)
    return right, left


def tidy_layout(kids: list[list[int]], dsz: list[float], bsz: list[float], roots: Iterable[int],
                depth_gap: float, breadth_gap: float) -> tuple[list[float], list[float]]:
    """Convenience wrapper: centres (depth, breadth) of every node relative to its unit root."""
    forest = TidyForest(kids, dsz, bsz, depth_gap, breadth_gap)
    forest.run(roots)
    return forest.centre_d, forest.centre_b
