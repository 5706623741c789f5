"""Branches recoloured as they come into view: a main topic inserted costs what the view shows.

A main branch takes its colour from its place among the main topics (the floating trees from
theirs after them). A main topic inserted, removed or moved among the others (Enter on a main
topic, its undo) shifts the colour of every branch after it: on a 20,000-idea map some 16,000
boxes and their edges took their new colour one by one in Python, 0.3-0.5 s before the next
paint. In a window (``MapScene.defer_items``, on a map of :data:`LAZY_FROM` ideas or more) the
scene now gives the new colour at once only to what its views show (and what glides out of
them), and to the rest in idle time, a chunk at a time (:class:`StaleLooks`). The branches
still holding boxes that may show an old colour are the *stale* ones (``roots``).

Nothing else sees that:

* whoever asks for all the scene's items (``MapScene.items_by_id``: panels, exports of the
  view, the overview far out, tests) gets them recoloured first (:meth:`StaleLooks.all`);
* one item (``MapScene.item``: the selection, the editor) is recoloured first;
* every edit recolours what the views show again (it may have moved stale boxes into view),
  and a view that scrolls, zooms or grows recolours what it shows first
  (``MapView._ensure_items``, :meth:`StaleLooks.show`);
* items of a big map just opened made while their looks in the plan may be old (the plan's
  waiting looks are not worked out again) are recoloured as they are made (:meth:`made`);
* an edit the scene cannot take this way (a view that does not say what it shows, as the
  presentation's; a view filter; the radial layout) recolours every stale box first, while
  the map is still as the boxes were made for (``MapScene.before_model_change``).

A box's colour is all a stale box may have wrong: every other change of a look is made at
once, so a box recoloured later keeps its size, place and badges.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QTimer

from ..collector import collector_paused
from .scene_looks import shown_branch

if TYPE_CHECKING:
    from .map_scene import MapScene

#: a map with fewer visible ideas is recoloured at once (a few thousand boxes: tens of ms)
LAZY_FROM = 2000
#: boxes recoloured at a time in idle time, and how long an idle step goes on
CHUNK = 400
STEP_SECONDS = 0.03
#: a view that moved recolours what it shows and this share of a screen around it
AROUND = 0.25


class StaleLooks(QObject):
    """The branches of a scene whose boxes may show an old colour, recoloured in view first,
    the rest in idle time."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.scene = scene
        #: tops of branches whose made boxes may show an old colour
        self.roots: set[str] = set()
        #: the plan of a big map just opened may hold old colours (see :meth:`made`)
        self.in_plan = False
        #: the boxes recoloured since the last edit that made branches stale
        self.done: set[str] = set()
        #: the branch being recoloured in idle time (its top stays in ``roots`` till the
        #: end) and its boxes still to do
        self._current: str | None = None
        self._queue: list[str] = []
        #: an edit is being taken in: the scene's items are not all recoloured meanwhile
        self.holding = False
        #: the edit being taken in may leave its recoloured branches stale (see
        #: :meth:`before_edit`)
        self.waiting = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.step)

    # --------------------------------------------------------------------- asking
    @property
    def any(self) -> bool:
        return bool(self.roots) or self.in_plan

    def can_wait(self) -> bool:
        """True when an edit's recoloured branches may wait: every view of the scene says
        what it shows, the map is big and laid out with offsets (see the module notes)."""
        scene = self.scene
        views = scene.views()
        return bool(scene.defer_items and views and not scene.hidden_nodes and
                    scene.layout_cache.slot and scene.idea_count() >= LAZY_FROM and
                    all(getattr(view, "shows_stale_looks", False) for view in views))

    def under_stale(self, node: str) -> bool:
        """True when ``node``'s box may show an old colour."""
        if node in self.done or not self.roots:
            return False
        roots = self.roots
        return any(n in roots for n in self.scene.mind_map.path_to_root(node))

    # ------------------------------------------------------------------- marking
    def before_edit(self) -> None:
        """An edit comes: say whether its recoloured branches may wait; if they may not,
        recolour every stale box now, while the map is as the boxes were made for."""
        self.waiting = self.can_wait()
        if self.any and not self.waiting:
            self.scene.items_by_id      # noqa: B018 - the waiting items made, stale ones done
            self.in_plan = False

    def mark(self, branches: Iterable[str]) -> None:
        """The boxes of ``branches`` may show an old colour now (called as an edit is taken
        in: what the views show is recoloured once the edit is, :meth:`after_edit`)."""
        branches = set(branches)
        if not branches:
            return
        self.roots |= branches
        if self.scene.pending:
            self.in_plan = True
        self.done.clear()       # boxes recoloured before may be stale again
        self._current, self._queue = None, []

    def after_edit(self) -> None:
        """An edit was taken in: recolour what the views show (and what glides out of
        them: a branch moves as one, so its boxes that were in view are where the view is
        less the glide), then the rest in idle time."""
        if not self.roots:
            return
        scene = self.scene
        moves = scene.glide.moves()
        for view in scene.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            self._recolour_in(shown, [(root, None) for root in self.roots])
            gliding = [(root, moves[root]) for root in self.roots if root in moves]
            if gliding:
                self._recolour_in(shown, gliding)
        self.timer.start(0)

    def forget(self) -> None:
        """Every box is made again or looked at again (a rebuild, a new theme)."""
        self.roots.clear()
        self.in_plan = False
        self.done.clear()
        self._current, self._queue = None, []
        self.timer.stop()

    # ---------------------------------------------------------------- recolouring
    def show(self, rect: QRectF) -> None:
        """A view moved to show ``rect`` (scene coordinates): recolour what it shows and a
        little around it first."""
        if self.roots and not self.holding:
            dx, dy = rect.width() * AROUND, rect.height() * AROUND
            self._recolour_in(rect.adjusted(-dx, -dy, dx, dy),
                              [(root, None) for root in self.roots])

    def one(self, node: str) -> None:
        """Recolour ``node``'s box if it may show an old colour (an item asked for)."""
        if not self.holding and self.under_stale(node):
            self.recolour([node])

    def all(self) -> None:
        """Recolour every stale box now."""
        if self.roots and not self.holding:
            while self.roots:
                self._next_branch()
                if self._current is not None:
                    self.recolour(self._queue)
                    self.roots.discard(self._current)
                    self._current, self._queue = None, []
            self._finished()

    def made(self, nodes: list[str]) -> None:
        """Items were just made from the plan, whose looks may be old: recolour them."""
        if self.in_plan:
            self.recolour(nodes)

    def filled(self) -> None:
        """The last waiting item was made: the plan holds no old look any more."""
        self.in_plan = False

    def recolour(self, nodes: Iterable[str]) -> None:
        """Give ``nodes``' made boxes and their edges the look the map gives them now."""
        scene = self.scene
        items, done = scene._items, self.done   # noqa: SLF001
        m = scene.mind_map
        todo = [n for n in dict.fromkeys(nodes) if n in items and n not in done and n in m]
        if not todo:
            return
        held, self.holding = self.holding, True
        try:
            with collector_paused():
                resized, _measured = scene._refresh_looks(todo)  # noqa: SLF001
                scene.restyle_edges(todo)
                done.update(todo)
                if resized:     # not for a colour: should a look have lagged more, it shows
                    scene.relayout(changed=resized, touched=resized)
        finally:
            self.holding = held

    def step(self) -> None:
        """Recolour a chunk of stale boxes (an idle step: input comes first)."""
        if self.holding:
            self.timer.start(0)
            return
        until = time.perf_counter() + STEP_SECONDS
        while self.roots:
            if not self._queue:
                if self._current is not None:
                    self.roots.discard(self._current)
                    self._current = None
                    continue
                self._next_branch()
            chunk = self._queue[:CHUNK]        # pre-order: a box's parent comes first
            del self._queue[:CHUNK]
            self.recolour(chunk)
            if time.perf_counter() >= until:
                break
        if self.roots:
            self.timer.start(0)
        else:
            self._finished()

    # ------------------------------------------------------------------ helpers
    def _next_branch(self) -> None:
        """Take the next stale branch: its made boxes not recoloured yet are the queue."""
        root = next(iter(self.roots))
        self._current = root
        items, done = self.scene._items, self.done   # noqa: SLF001
        out = [n for n in shown_branch(self.scene, root) if n in items and n not in done]
        self._queue = out
        if not out:
            self.roots.discard(root)
            self._current = None

    def _finished(self) -> None:
        self._current, self._queue = None, []
        self.done.clear()
        self.timer.stop()

    def _recolour_in(self, rect: QRectF, branches: list[tuple[str, tuple | None]]) -> None:
        """Recolour the stale boxes whose box or edge reaches into ``rect``; a branch given
        with a glide's (start, end) is looked for where it was when the glide began."""
        layout = self.scene.layout_cache
        plain = [root for root, glide in branches if glide is None]
        nodes = []
        if plain:
            nodes += layout.reaching(rect.left(), rect.top(), rect.right(), rect.bottom(),
                                     plain)
        for root, (start, end) in ((r, g) for r, g in branches if g is not None):
            back = rect.translated(end - start)
            nodes += layout.reaching(back.left(), back.top(), back.right(), back.bottom(),
                                     [root])
        self.recolour(nodes)
