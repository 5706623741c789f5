"""The tidy tree's first walk kept for a whole map between edits, undone and redone per node.

:class:`~.tidy.TidyForest` walks every node of a map from the leaves up. After one edit only
the walks of the edited node's ancestors give another result, but a walk does not only write
its own node's state: it moves its children (``mod``, ``shift``, ``change``) and threads the
contours of their subtrees on (``thread_l``/``thread_r`` and the modifiers of the extreme
leaves). :class:`LoggedForest` keeps, for every node, the list of what its walk overwrote
(array, index, old value, one after the other in a flat list); undoing the walks of the
ancestors from the top down puts every other subtree back in the state its own walk left,
and walking the ancestors again from the bottom up gives exactly what a full walk gives (the
same arithmetic on the same values).

Nodes live in *slots* (list indexes) that are given out and taken back as nodes come and go.
"""

from __future__ import annotations

from array import array

#: the per-slot arrays of the walk, with their value in a node no walk has touched yet
_FIELDS = {"prelim": 0.0, "mod": 0.0, "shift": 0.0, "change": 0.0, "msel": 0.0, "mser": 0.0,
           "bottom": 0.0, "dsz": 0.0, "bsz": 0.0, "spread": False, "thread_l": -1,
           "thread_r": -1}


class LoggedForest:
    """The arrays of :class:`~.tidy.TidyForest`, per slot, with a write log per walk."""

    def __init__(self, depth_gap: float, breadth_gap: float) -> None:
        self.depth_gap = float(depth_gap)
        self.breadth_gap = float(breadth_gap)
        # numbers unboxed (a float in a list is a 24-byte object): a big map holds ten arrays
        for name, value in _FIELDS.items():
            setattr(self, name, [] if isinstance(value, bool) else
                    array("d") if isinstance(value, float) else array("q"))
        self.kids: list[list[int]] = []
        self.ext_l: list[int] = []
        self.ext_r: list[int] = []
        self.log: list[list] = []
        self._free: list[int] = []
        #: (append, value) of each per-slot array, for new_slot (a map's first layout makes
        #: tens of thousands of slots: no look-up by name for each)
        self._appends = [(getattr(self, name).append, value) for name, value in _FIELDS.items()]

    # --------------------------------------------------------------------- slots
    def new_slot(self, dsz: float, bsz: float) -> int:
        """A slot in the state of a node no walk has touched (a leaf)."""
        if self._free:
            s = self._free.pop()
            self.reset(s)
        else:
            s = len(self.kids)
            for append, value in self._appends:
                append(value)
            self.kids.append([])
            self.ext_l.append(s)
            self.ext_r.append(s)
            self.log.append([])
        self.dsz[s] = dsz
        self.bsz[s] = bsz
        return s

    def extend_fresh(self, first: int, dsz: array, bsz: array, bottom: array) -> None:
        """Slots ``first`` onwards, as many as ``dsz`` holds, each as :meth:`new_slot` makes
        it but with its ``bottom`` given: a whole tree's slots at once
        (:mod:`.relative_fresh`)."""
        count = len(dsz)
        if first != len(self.kids) or self._free:
            raise ValueError("fresh slots go at the end of a forest with none freed")
        given = {"dsz": dsz, "bsz": bsz, "bottom": bottom}
        for name, value in _FIELDS.items():
            column = getattr(self, name)
            if name in given:
                column.extend(given[name])
            elif isinstance(value, bool):
                column.extend([value] * count)
            else:
                column.extend(array(column.typecode, [value]) * count)
        self.kids.extend([] for _ in range(count))
        self.ext_l.extend(range(first, first + count))
        self.ext_r.extend(range(first, first + count))
        self.log.extend([] for _ in range(count))

    def reset(self, s: int) -> None:
        for name, value in _FIELDS.items():
            if name not in ("dsz", "bsz"):
                getattr(self, name)[s] = value
        self.kids[s] = []
        self.ext_l[s] = self.ext_r[s] = s
        self.log[s] = []

    def free(self, s: int) -> None:
        self.kids[s] = []
        self.log[s] = []
        self._free.append(s)

    # ------------------------------------------------------------------ the walk
    def undo(self, v: int) -> None:
        """Put back every value the last walk of ``v`` overwrote outside ``v`` itself."""
        entries = self.log[v]      # flat: array, index, old value, array, index, ...
        for i in range(len(entries) - 3, -1, -3):
            entries[i][entries[i + 1]] = entries[i + 2]
        self.log[v] = []
        self.spread[v] = False

    def span(self, v: int) -> float:
        """Breadth of the subtree of ``v`` once its walk is done (as TidyForest.span)."""
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

    def walk(self, v: int, log: list) -> None:
        """:meth:`TidyForest._first_walk` of one node, every outside write logged."""
        kids, bsz, bottom = self.kids, self.bsz, self.bottom
        prelim, mod, shift, change, spread = (self.prelim, self.mod, self.shift, self.change,
                                              self.spread)
        thread_l, thread_r = self.thread_l, self.thread_r
        ext_l, ext_r, msel, mser = self.ext_l, self.ext_r, self.msel, self.mser
        gap = self.breadth_gap
        # kept flat (three list slots an entry, not a tuple each): a big map's walks write
        # hundreds of thousands of entries, kept between edits
        note = log.extend
        ks = kids[v]
        if not ks:       # a leaf (maybe once a parent): as a full walk leaves it
            prelim[v] = 0.0
            ext_l[v] = ext_r[v] = v
            msel[v] = mser[v] = mod[v]
            return
        c0 = ks[0]
        if len(ks) == 1:
            prelim[v] = prelim[c0] + mod[c0] + (bsz[c0] - bsz[v]) / 2.0
            ext_l[v] = ext_l[c0]
            msel[v] = msel[c0]
            ext_r[v] = ext_r[c0]
            mser[v] = mser[c0]
            return
        low = [bottom[ext_l[c0]]]
        owner = [0]
        prev = c0
        for i in range(1, len(ks)):
            c = ks[i]
            c_low = bottom[ext_r[c]]
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
                    note((mod, c, mod[c]))
                    note((msel, c, msel[c]))
                    note((mser, c, mser[c]))
                    mod[c] += dist
                    msel[c] += dist
                    mser[c] += dist
                    si = owner[top]
                    if si != i - 1:
                        share = dist / (i - si)
                        after = ks[si + 1]
                        note((shift, after, shift[after]))
                        shift[after] += share
                        note((shift, c, shift[c]))
                        note((change, c, change[c]))
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
                li = ext_l[c0]
                note((thread_l, li, thread_l[li]))
                note((mod, li, mod[li]))
                note((prelim, li, prelim[li]))
                note((ext_l, c0, ext_l[c0]))
                note((msel, c0, msel[c0]))
                thread_l[li] = cl
                diff = (csum - mod[cl]) - msel[c0]
                mod[li] += diff
                prelim[li] -= diff
                ext_l[c0] = ext_l[c]
                msel[c0] = msel[c]
            elif sr >= 0 and cl < 0:
                ri = ext_r[c]
                note((thread_r, ri, thread_r[ri]))
                note((mod, ri, mod[ri]))
                note((prelim, ri, prelim[ri]))
                note((ext_r, c, ext_r[c]))
                note((mser, c, mser[c]))
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

    def child_offsets(self, v: int) -> list[float]:
        """Breadth offset of the centre of each child of ``v`` from the centre of ``v`` (the
        second walk's sums, taken one level at a time)."""
        ks = self.kids[v]
        prelim, mod, bsz = self.prelim, self.mod, self.bsz
        base = prelim[v] + bsz[v] / 2.0
        if not self.spread[v]:
            return [prelim[c] + mod[c] + bsz[c] / 2.0 - base for c in ks]
        shift, change = self.shift, self.change
        out = []
        step = extra = 0.0
        for c in ks:
            step += shift[c]
            extra += step + change[c]
            out.append(prelim[c] + (mod[c] + extra) + bsz[c] / 2.0 - base)
        return out
