"""Items made as they come into view: a big map is drawn before every box of it is made.

Opening a map of thousands of ideas made a Qt item, an edge and a frame for every idea before
the first paint (on 20,000 ideas 1.3 s of a 2.1 s open), though a map that big opens at 100 %
on its root, a screenful of it in view. A window's scene (``MapScene(defer_items=True)``) now
measures every box and lays the whole map out as before (:func:`plan`), then makes items
only for what is in view and a screen around it (:func:`show_region`, before the first paint)
and the rest in idle time, a chunk at a time (:class:`Filler`): the window answers between
chunks.

Until the last chunk, the scene is *pending*. Nothing else sees that:

* whoever asks for the scene's items (``MapScene.items_by_id``: selection, panels, exports
  of the view, the overview far out, tests) gets them all: the rest is made first
  (:func:`complete`), as it would have been at the open;
* one item (``MapScene.item``: the selection, the focus) is made with its ancestors;
* the part made covers the view and a screen around it, so Qt's own painting and hit tests
  (a click, a drag, a drop) find every item they need there; when the view scrolls, zooms or
  grows beyond the parts made, it makes what it shows there and a screen around it first
  (``MapView._ensure_items``, :func:`show_region`);
* an edit while items are pending (the model announces every edit:
  ``MapScene.before_model_change``) updates the made items as any edit does and the plan of
  the waiting ones (:func:`light_while_pending`, :func:`after_edit`): the boxes that go or
  hide leave the plan, the looks of waiting boxes whose branch changed colour are worked out
  again, the layout places them where they will be made, and what moved into the parts
  made is made. An edit that could reorder what waits (a waiting branch moved, a theme, a
  layout, a view filter) makes every waiting item first, from the plan for the map as it
  still is, then updates the scene as any edit does.

The order of the boxes is the map's pre-order, as a full build makes them: a node's item is
made after its parent's, so it hangs in its parent's frame. Siblings made out of pre-order
(the part in view first) are stacked in the order they were made: only boxes placed by hand
over each other could show the difference.
"""

from __future__ import annotations

import itertools
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QTimer

from ..collector import collector_paused, settle_survivors
from ..model import Change
from ..model import edits as model_edits
from .branch_items import hang, refresh_frames
from .node_item import measured
from .node_look import colours_and_depths
from .scene_links import sync_of

if TYPE_CHECKING:
    from .map_scene import MapScene

#: a map with fewer visible ideas is built in full at once (it is drawn in a few tenths)
DEFER_FROM = 2000
#: ideas made at a time, and how long an idle step goes on making them (then the window
#: handles input and paints once: each step asks for one full repaint, see materialize)
CHUNK = 200
STEP_SECONDS = 0.04
#: the first step waits this long, so that the first paint comes before it
FIRST_STEP_AFTER_MS = 30
#: the parts of the map made around where the view went, at most (then the rest is made)
MAX_REGIONS = 12
#: how far a cross-link's drawing may reach beyond the box spanning its ends' centres (its
#: bow, at most 80 px, its label, its ends' boxes): over-reaching only makes a few more items
LINK_REACH = 400.0


def plan(scene: MapScene, visible: list[str]) -> None:
    """Measure the looks of every ``visible`` node (pre-order) and lay the map out, making
    items only for the roots; the rest waits in ``scene.pending``."""
    m = scene.mind_map
    known = colours_and_depths(m, scene.theme, visible)
    pending = scene.pending
    for node in visible:
        look = scene._look(node, *known[node])
        pending[node] = (look, measured(look))
    scene.pending_order = {node: index for index, node in enumerate(visible)}
    scene.pending_links = m.links()     # the map does not change while items are pending
    scene.covered = None        # the view has not said what it shows yet
    scene.layout_result = scene.layout_cache.layout(m, scene.size_of, None)
    materialize(scene, [root for root in m.roots() if root in pending])
    scene._update_scene_rect()


def with_ancestors(scene: MapScene, nodes: set[str]) -> list[str]:
    """``nodes`` still pending and their pending ancestors, in pre-order."""
    pending, parent_of = scene.pending, scene.mind_map.parent
    wanted: set[str] = set()
    for node in nodes:
        while node is not None and node in pending and node not in wanted:
            wanted.add(node)
            node = parent_of(node)
    order = scene.pending_order
    return sorted(wanted, key=order.__getitem__)


def materialize(scene: MapScene, nodes: list[str]) -> None:
    """Make the items of pending ``nodes`` (pre-order; their parents made or among them),
    put them where the layout placed them and draw their edges, links and frames."""
    nodes = [n for n in nodes if n in scene.pending]
    if not nodes:
        return
    scene.filling = True
    try:
        with collector_paused():
            scene._add_items(nodes)
            result = scene.layout_result
            sides, items = result.sides, scene.items_by_id
            for node in nodes:
                x, y = scene.layout_cache_offset(node)
                hang(scene, node).setPos(x, y)
                side = sides.get(node, 1)
                if items[node].side != side:
                    items[node].set_side(side)
            scene.stale.made(nodes)     # the plan may hold a branch's old colour
            fresh = set(nodes)
            scene._update_edges([n for n in nodes if n in scene.edges], result.centers, fresh)
            sync_of(scene, fresh, set(), scene.pending_links)
            scene._update_links(fresh)
            refresh_frames(scene, fresh)
            # one full repaint: else Qt keeps, for every item added to a scene a view has
            # drawn, the rect it was painted in (30 MB more on 20,000 ideas)
            scene.update()
    finally:
        scene.filling = False
    if not scene.pending:
        _filled(scene)


class Shown:
    """The nodes that have a box, made or waiting (``MapScene.shows``), as a container: what
    an edit's visibility walk asks."""

    def __init__(self, scene: MapScene) -> None:
        self._shows = scene.shows

    def __contains__(self, node: str) -> bool:
        return self._shows(node)


def light_while_pending(scene: MapScene, edit: model_edits.Edit) -> bool:
    """True when ``edit`` can update the scene with items still waiting (see the module
    notes): it adds, removes, restyles or links ideas whose own box is made (or that have
    none), or moves a made branch under a made parent. Anything else makes them first."""
    if scene.hidden_nodes:
        return False
    made, pending = scene._items, scene.pending  # noqa: SLF001 - the scene's own parts
    kind, e = type(edit), model_edits
    if kind is e.Composite:
        return all(light_while_pending(scene, part) for part in edit.edits)
    if kind is e.SetNodeAttr or kind is e.RemoveSubtree:
        return edit.node not in pending
    if kind is e.InsertSubtree:
        return edit.parent not in pending
    if kind is e.MoveNode:
        return edit.node in made and (edit.parent is None or edit.parent in made)
    return kind is e.AddLink or kind is e.RemoveLink


def after_edit(scene: MapScene, change: Change) -> None:
    """After an edit with items waiting: the plan's links are the map's now (read again
    when the edit added, removed or relabelled any: a walk of every edge of the map), and
    what the layout moved into the parts already made is made (they must hold every
    item)."""
    if not scene.pending:
        _filled(scene)
        return
    if change.links:
        scene.pending_links = scene.mind_map.links()
    for part in scene.covered or ():
        materialize(scene, with_ancestors(scene, in_region(scene, part)))


def _filled(scene: MapScene) -> None:
    scene.pending_order, scene.pending_links = {}, []
    scene.stale.filled()
    scene.items_filled.emit()


def complete(scene: MapScene) -> None:
    """Make every pending item now."""
    if scene.pending and not scene.filling:
        materialize(scene, list(scene.pending))


def in_region(scene: MapScene, rect: QRectF) -> set[str]:
    """The pending nodes whose box, or edge from their parent, reaches into ``rect``: the
    span from the parent's centre to the far side of the box holds the curve."""
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    centres, pending = scene.layout_result.centers, scene.pending
    if scene.layout_cache.slot:     # walks down only the branches reaching into the rect
        out = {n for n in scene.layout_cache.reaching(left, top, right, bottom)
               if n in pending}
    else:                           # the radial layout: each pending node in turn
        out = _in_region_each(scene, left, top, right, bottom)
    for a, b, _label in scene.pending_links:        # a cross-link may cross the view
        if a in centres and b in centres and (a in pending or b in pending):
            ax, ay = centres[a]
            bx, by = centres[b]
            # the curve bows up to 80 px sideways; its label sits at its middle
            if max(ax, bx) + LINK_REACH >= left and min(ax, bx) - LINK_REACH <= right and \
                    max(ay, by) + LINK_REACH >= top and min(ay, by) - LINK_REACH <= bottom:
                out.update(n for n in (a, b) if n in pending)
    return out


def _in_region_each(scene: MapScene, left: float, top: float, right: float, bottom: float
                    ) -> set[str]:
    """:func:`in_region`'s boxes and edges, each pending node looked at."""
    centres, parent_of = scene.layout_result.centers, scene.mind_map.parent
    out = set()
    for node, (_look, geometry) in scene.pending.items():
        x, y = centres[node]
        w, h = geometry.size
        x0, y0, x1, y1 = x - w / 2, y - h / 2, x + w / 2, y + h / 2
        up = parent_of(node)
        if up is not None and up in centres:
            px, py = centres[up]
            x0, y0, x1, y1 = min(x0, px), min(y0, py), max(x1, px), max(y1, py)
        if x1 >= left and x0 <= right and y1 >= top and y0 <= bottom:
            out.add(node)
    return out


def show_region(scene: MapScene, rect: QRectF) -> None:
    """Make what the view shows in ``rect`` (scene coordinates) and a screen around it; the
    rest follows in idle time. Called at the open, and again each time the view moves out
    of the parts made so far (a scroll, a jump to an idea found, a zoom): the part made
    grows by the new view and a screen around it; after :data:`MAX_REGIONS` parts the rest
    is made at once."""
    if not scene.pending or scene.filling:
        return
    covered = scene.covered or []
    if len(covered) >= MAX_REGIONS:
        complete(scene)
        return
    around = rect.adjusted(-rect.width(), -rect.height(), rect.width(), rect.height())
    materialize(scene, with_ancestors(scene, in_region(scene, around)))
    scene.covered = [*covered, around]
    if scene.pending:   # once the view has painted what it shows (its update is queued)
        scene.filler.start(FIRST_STEP_AFTER_MS)


def covers(scene: MapScene, rect: QRectF) -> bool:
    """True when every item a view showing ``rect`` needs is made: it lies in one of the
    parts made."""
    return not scene.pending or (scene.covered is not None and
                                 any(part.contains(rect) for part in scene.covered))


class Filler(QObject):
    """Makes the pending items a chunk per idle step (a zero timer: input comes first)."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.step)

    def start(self, after_ms: int = 0) -> None:
        if self.scene.pending and not self.timer.isActive():
            self.timer.start(after_ms)

    def step(self) -> None:
        scene = self.scene
        until = time.perf_counter() + STEP_SECONDS
        while scene.pending:        # a chunk at least
            chunk = list(itertools.islice(scene.pending, CHUNK))
            materialize(scene, with_ancestors(scene, set(chunk)))
            if time.perf_counter() >= until:
                break
        if scene.pending:
            # what was made lives as long as the map: out of the collector's walks, as the
            # rest of a big map is (see collector.settle_survivors)
            settle_survivors(scene.idea_count())
            self.start()
