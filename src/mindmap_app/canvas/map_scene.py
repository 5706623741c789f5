"""The scene: draws one MindMap and keeps itself up to date from the model's change notices.

The scene keeps an item for every visible node (``items``), an edge for every visible non-root
node (``edges``, drawn by the parent's branch frame) and a link item per cross-link between
visible nodes. It never changes the model; the mouse interactions emit *intents* (signals)
that the document turns into undoable commands.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from operator import attrgetter, itemgetter

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ..collector import collector_paused
from ..layout import LayoutResult, compute_layout
from ..layout.relative_layout import RelativeLayout
from ..model import Change, Edit, MindMap
from ..themes import Theme, get_theme, same_shapes, scaled
from . import deferred_items, scene_looks, stale_looks
from .branch_items import BranchItem, frame, hang, holder, local_pos, refresh_all_frames
from .edge_items import Edge, LinkItem
from .glide import Glide
from .interactions import DragInteraction
from .link_drag import LinkDragInteraction
from .node_item import NodeItem, geometry_key, keep_measured, measured
from .node_look import colours_and_depths, node_look
from .overview import hide_contents, node_at
from .scene_links import sync_all, sync_ends, sync_of
from .scene_moves import place_moved
from .scene_sync import visibility_delta
from .text_sizes import label_of

SCENE_MARGIN = 400.0
#: above this many moving nodes the map jumps instead of gliding (a glide must stay smooth)
MAX_GLIDING = 300
#: the scene rect (which the scene's index is built for: changing it rebuilds the index) is
#: grown this much beyond the map when the map outgrows it, and shrunk only when the map
#: takes less than this share of it
SCENE_SLACK = 0.25
SCENE_SHRINK = 0.4
#: opacity of dimmed edges and links (see :meth:`MapScene.decorate`)
DIM_OPACITY = 0.25


class MapScene(QGraphicsScene):
    #: (node ids, new ``pos`` values) after a free drag: offsets from the parent's centre, or
    #: absolute centres for floating roots
    move_requested = Signal(list, list)
    #: (node ids, new parent id, index) after a drop onto a node or between siblings
    reparent_requested = Signal(list, str, int)
    #: a node whose link badge was clicked (or Ctrl+clicked)
    link_activated = Signal(str)
    #: double-click on a node
    edit_requested = Signal(str)
    #: Ctrl+Shift+drag from one node to another: (source, target) of a new cross-link
    cross_link_requested = Signal(str, str)
    #: double-click on a cross-link: (source, target) whose label to edit
    link_label_requested = Signal(str, str)
    #: double-click on the background: where (scene x, y) a new floating idea goes
    floating_requested = Signal(float, float)
    #: the layout was recomputed (positions may have changed)
    layout_changed = Signal()
    #: the scene's theme changed (the menu, a presentation and back)
    theme_changed = Signal()
    #: the last pending item was made (see :mod:`.deferred_items`)
    items_filled = Signal()

    def __init__(self, mind_map: MindMap, theme_name: str | None = None, parent=None,
                 defer_items: bool = False) -> None:
        super().__init__(parent)
        self.mind_map = mind_map
        #: the text-size setting (1: as the theme has it); exports leave it at 1
        self.text_scale = 1.0
        self.theme: Theme = get_theme(theme_name or mind_map.theme)
        self._items: dict[str, NodeItem] = {}
        #: a big map's items are made as they come into view (a window's scene; see
        #: :mod:`.deferred_items`): node -> (look, geometry) of those not made yet, pre-order
        self.defer_items = defer_items
        self.pending: dict = {}
        self.pending_order: dict[str, int] = {}
        self.pending_links: list[tuple[str, str, str]] = []     # the map's, while pending
        #: the part of the map whose items are all made (None: the view has not shown any)
        self.covered: list[QRectF] | None = None
        self.filling = False
        #: the edit announced last updates the scene with items still waiting
        self._light_edit = False
        self.filler = deferred_items.Filler(self)
        #: branches whose boxes may still show an old colour (see :mod:`.stale_looks`)
        self.stale = stale_looks.StaleLooks(self)
        #: the frame of each visible node's branch that has children (see
        #: :mod:`.branch_items`: a leaf's box stands in its parent's frame itself)
        self.branches: dict[str, BranchItem] = {}
        self.edges: dict[str, Edge] = {}
        self.link_items: dict[tuple[str, str], LinkItem] = {}
        self.layout_result: LayoutResult | None = None
        #: lays out again only the walks on an edit's path to the root, as offsets from each
        #: node's parent (the full layout's result), and says which offsets changed
        self.layout_cache = RelativeLayout()
        #: nodes glide to new places after an edit (off by default; the app turns it on)
        self.animate = False
        #: on screen, text too small to read is drawn as a bar (fast when zoomed far out);
        #: exports turn this off: a PDF or SVG can be zoomed into, so its text must be there
        self.simplify_small_text = True
        #: view marks (a filter, a highlight, hidden tallies): never saved, never undone
        self.hidden_nodes: frozenset[str] = frozenset()
        self.dimmed_nodes: frozenset[str] = frozenset()
        self.highlighted_nodes: frozenset[str] = frozenset()
        self.votes_hidden = False
        #: a view far out draws stand-ins instead of the items (see :mod:`.overview`)
        self.contents_hidden = False
        self.hidden_tops: set[str] = set()
        self.glide = Glide(self._on_glide_step)
        self.drag = DragInteraction(self)
        self.link_drag = LinkDragInteraction(self)
        # no index: each branch frame covers its branch, so painting and hit tests skip what
        # is out of the way, and moving a branch re-files nothing (see branch_items)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._apply_background()
        self.rebuild()
        mind_map.subscribe(self.on_model_change)
        mind_map.subscribe_before(self.before_model_change)

    @property
    def items_by_id(self) -> dict[str, NodeItem]:
        """The item of every visible node (pending ones are made first)."""
        if self.pending and not self.filling:
            deferred_items.complete(self)
        if self.stale.roots:
            self.stale.all()
        return self._items

    def item(self, node: str) -> NodeItem | None:
        """``node``'s item (made now, with its ancestors', if it was pending), or None."""
        item = self._items.get(node)
        if item is None and node in self.pending:
            deferred_items.materialize(self, deferred_items.with_ancestors(self, {node}))
            item = self._items.get(node)
        if item is not None and self.stale.roots:
            self.stale.one(node)
        return item

    def shows(self, node: str) -> bool:
        """Whether ``node`` has a box on the canvas (made or still pending): it is in the map
        and no folded branch hides it. Makes no item."""
        return node in self._items or node in self.pending

    def geometries(self):  # noqa: ANN201 - every visible box's measurements, made or not
        return itertools.chain(map(attrgetter("geometry"), self._items.values()),
                               map(itemgetter(1), self.pending.values()))

    def labels(self):  # noqa: ANN201 - (font key, text) of every visible box, made or not
        return map(label_of, itertools.chain(
            (item.look for item in self._items.values()),
            (look for look, _geometry in self.pending.values())))

    def idea_count(self) -> int:
        """How many visible ideas the scene shows (made or pending)."""
        return len(self._items) + len(self.pending)

    def detach(self) -> None:
        """Stop listening to the model and gliding (the tab is closing)."""
        self.mind_map.unsubscribe(self.on_model_change)
        self.mind_map.unsubscribe_before(self.before_model_change)
        self.glide.finish()
        self.filler.timer.stop()
        self.stale.forget()

    # ----------------------------------------------------------------------- building
    def _apply_background(self) -> None:
        self.setBackgroundBrush(QBrush(QColor(self.theme.background)))

    def set_text_scale(self, factor: float) -> None:
        if factor != self.text_scale:
            self.text_scale = factor
            self.set_theme(self.theme.name)

    def set_theme(self, name: str) -> None:
        old, self.theme = self.theme, scaled(get_theme(name), self.text_scale)
        self._apply_background()
        colours_alone = self.layout_result is not None and same_shapes(old, self.theme)
        if colours_alone:
            self._recolour_all()
        else:
            self.stale.forget()         # every box is looked at again
            self._refresh_looks(list(self.items_by_id))
            self.relayout(force_edges=True)
        for item in self.link_items.values():   # (a link keeps its route in the same font)
            item.set_style(self.theme.link_color, self.theme.font_family,
                           self.theme.font_size * 0.85)
        if not colours_alone:
            self._update_links()
        self.update()
        self.theme_changed.emit()

    def _recolour_all(self) -> None:
        """A theme that differs in colour alone (light and dark): every box keeps its size
        and place, so nothing is measured or laid out; on a big map in a window the boxes in
        view take the new colours at once, the rest as they come into view or in idle time
        (every branch stale, :mod:`.stale_looks`)."""
        m, stale = self.mind_map, self.stale
        if stale.can_wait():
            stale.mark([*m.children(m.root), *m.floating])
            self._refresh_looks([m.root])
            stale.after_edit()
        else:
            stale.forget()
            self._refresh_looks(list(self.items_by_id))
            self.restyle_edges(self.edges)
        self.layout_changed.emit()      # (the focus ring and the overview take the colours)

    def rebuild(self) -> None:
        """Create every item from scratch (on open)."""
        # tens of thousands of items, looks and paths, no cycles: a collection set off every
        # few hundred of them would walk every object of the process each time
        with collector_paused():
            self.filler.timer.stop()
            self.stale.forget()
            self.pending.clear()
            self.pending_order, self.pending_links = {}, []
            self.clear()
            self._items.clear()
            self.branches.clear()
            self.edges.clear()
            self.link_items.clear()
            visible = self.mind_map.visible_nodes()
            if self.defer_items and not self.hidden_nodes and \
                    len(visible) >= deferred_items.DEFER_FROM:
                deferred_items.plan(self, visible)
                self.layout_changed.emit()
                return
            self._sync_visible()
            self._sync_links()
            self.relayout(force_edges=True)

    def warm_up(self) -> None:
        """Have Qt work out, once, what it keeps per item to repaint it after a move: each
        tree's top is nudged and put back (the map does not move). Qt makes that state the
        first time a branch above an item moves; without this the first edit after opening
        paid for all of it (100,000 ideas: the first add child 164-232 ms, the next 70-100;
        110-118 ms with this). Called in idle time once the window has drawn the map (and
        all its items are made)."""
        if self.pending:
            return
        tops = [holder(self, root) for root in self.mind_map.roots() if root in self.items_by_id]
        places = [QPointF(local_pos(item)) for item in tops]
        for item, place in zip(tops, places, strict=True):
            item.setPos(place.x() + 0.25, place.y())
        for item, place in zip(tops, places, strict=True):
            item.setPos(place)

    def set_view_marks(self, *, hidden: frozenset[str] | None = None,
                       dimmed: frozenset[str] | None = None,
                       highlighted: frozenset[str] | None = None,
                       votes_hidden: bool | None = None) -> None:
        """Show the view's marks: nodes a filter hides (their branches too) or dims, nodes
        highlighted (top N), vote tallies hidden. Only what is given changes."""
        if votes_hidden is not None and votes_hidden != self.votes_hidden:
            self.votes_hidden = votes_hidden
            self._refresh_looks(list(self.items_by_id))
            self.relayout()
        if hidden is not None and hidden != self.hidden_nodes:
            self.hidden_nodes = frozenset(hidden)
            self._sync_visible()
            self._sync_links()
            self.relayout(force_edges=True)
        if dimmed is not None:
            self.dimmed_nodes = frozenset(dimmed)
        if highlighted is not None:
            self.highlighted_nodes = frozenset(highlighted)
        for node, item in self.items_by_id.items():
            item.set_marks(node in self.dimmed_nodes, node in self.highlighted_nodes)

    def _sync_visible(self) -> tuple[set[str], set[str]]:
        """Create items for newly visible nodes and drop those no longer visible."""
        visible = self.mind_map.visible_nodes()
        if self.hidden_nodes:    # a filter hides these with their branches (pre-order walk)
            hidden, skipped, parent = self.hidden_nodes, set(), self.mind_map.parent
            kept = []
            for n in visible:
                if n in hidden or parent(n) in skipped:
                    skipped.add(n)
                else:
                    kept.append(n)
            visible = kept
        wanted = set(visible)
        gone = set(self.items_by_id) - wanted
        self._drop_items(gone)
        fresh = [n for n in visible if n not in self.items_by_id]
        self._add_items(fresh)
        return set(fresh), gone

    def _sync_changed(self, change: Change) -> tuple[set[str], set[str]]:
        """:meth:`_sync_visible` for one change: walks only the branches it touched."""
        if self.hidden_nodes:       # a view filter hides branches: the full walk knows how
            return self._sync_visible()
        have = deferred_items.Shown(self) if self.pending else self.items_by_id
        fresh, gone = visibility_delta(self.mind_map, change, have)
        self._drop_items(gone)
        self._add_items(fresh)
        return set(fresh), gone

    def _drop_items(self, gone: set[str]) -> None:
        if self.pending:        # a waiting box that goes is never made
            gone = {n for n in gone if self.pending.pop(n, None) is None}
        items, edges, branches = self.items_by_id, self.edges, self.branches
        self.glide.forget(gone)
        for node in gone:
            edge = edges.pop(node, None)
            if edge is not None:
                edge.attach(None)
            # a frame draws the edges to its node's children: a child that stays (its parent
            # was deleted, the child kept) keeps its edge, which the next layout hangs elsewhere
            branch = branches.get(node)
            if branch is not None:
                for edge in list(branch.edges.values()):
                    edge.attach(None)
        for node in gone:           # what stays leaves a frame going (it is hung again later)
            branch = branches.get(node)
            if branch is not None:
                for child in branch.childItems():
                    if isinstance(child, (BranchItem, NodeItem)) and \
                            child.node_id not in gone:
                        child.setParentItem(None)
        # a frame takes what hangs in it along (Qt deletes it with it): remove the highest
        tops = []
        for node in gone:
            item = holder(self, node)
            above = item.parentItem()
            if not (isinstance(above, BranchItem) and above.node_id in gone):
                tops.append(item)
        for node in gone:
            item = items.pop(node)
            keep_measured(item.look, item.geometry)     # an unfold or undo makes it again
            branches.pop(node, None)
        for item in tops:
            if item.scene() is self:
                self.removeItem(item)

    def _add_items(self, fresh: list[str]) -> None:
        """Items (and edges) for ``fresh`` nodes, in pre-order."""
        if not fresh:
            return
        m = self.mind_map
        roots = set(m.roots())
        pending = self.pending
        known = colours_and_depths(m, self.theme, [n for n in fresh if n not in pending])
        items, edges, parent_of = self._items, self.edges, m.parent
        dimmed, highlighted = self.dimmed_nodes, self.highlighted_nodes
        for node in fresh:
            waiting = pending.pop(node, None)
            if waiting is not None:     # measured already (see deferred_items.plan)
                item = NodeItem(node, *waiting)
            else:
                colour, depth = known[node]
                item = NodeItem(node, self._look(node, colour, depth))
            if dimmed or highlighted:       # else the item's own (none) stand
                item.set_marks(node in dimmed, node in highlighted)
            items[node] = item
            if node in roots:
                self.addItem(item)
                continue
            parent = parent_of(node)
            # in its parent's frame, after the parent's box (drawn over it)
            branch = frame(self, parent)
            item.setParentItem(branch)
            # the parent's frame draws the edge: it moves with it for free
            edge = edges[node] = Edge(node)
            edge.attach(branch)

    def _refresh_looks(self, nodes: list[str]) -> tuple[set[str], set[str]]:
        """Recompute the look of ``nodes`` (made or waiting); returns those whose size
        changed, and those measured again (text, font or marks changed: the box's badges
        may have, its size not)."""
        items, pending = self._items, self.pending
        nodes = [n for n in nodes if n in items or n in pending]
        resized: set[str] = set()
        measured_again: set[str] = set()
        if not nodes:
            return resized, measured_again
        m = self.mind_map
        known = colours_and_depths(m, self.theme, nodes)
        for node in nodes:
            colour, depth = known[node]
            look = self._look(node, colour, depth)
            item = items.get(node)
            was = item.look if item is not None else pending[node][0]
            if look == was:
                continue
            if geometry_key(look) != geometry_key(was):
                measured_again.add(node)
            if item is not None:
                if item.set_look(look):
                    resized.add(node)
            else:
                geometry = measured(look)
                if geometry.size != pending[node][1].size:
                    resized.add(node)
                pending[node] = (look, geometry)
        return resized, measured_again

    def _look(self, node: str, colour: str, depth: int):  # noqa: ANN202
        look = node_look(self.mind_map, self.theme, node, colour, depth)
        return look._replace(votes=0) if self.votes_hidden and look.votes else look

    def _sync_links(self) -> None:
        sync_all(self)

    # ------------------------------------------------------------------------ layout
    def sizes(self) -> dict[str, tuple[float, float]]:
        return {n: item.size() for n, item in self.items_by_id.items()}

    def size_of(self, node: str) -> tuple[float, float] | None:
        item = self._items.get(node)
        if item is not None:
            return item.geometry.size
        waiting = self.pending.get(node)
        return waiting[1].size if waiting is not None else None

    def relayout(self, force_edges: bool = False, changed: set[str] | None = None,
                 fresh: set[str] | None = None, touched: set[str] | None = None) -> set[str]:
        """Lay the map out again; move only the branch frames whose offset from their
        parent changed (the branch below comes along). Returns their nodes.

        With ``animate`` on, items that were already shown glide to their new places;
        ``fresh`` items (just created) appear at theirs. ``touched``: every node the edits
        since the last layout touched (see :class:`RelativeLayout`); None lays out everything.
        """
        self.glide.finish()
        old = self.layout_result
        offsets = None
        if self.hidden_nodes:       # a view filter: laid out in full (the cache knows no filter)
            self.layout_cache.clear()
            result = compute_layout(self.mind_map, self.sizes(), hidden=self.hidden_nodes)
        else:
            result = self.layout_cache.layout(self.mind_map, self.size_of, touched)
            offsets = self.layout_cache.moved
        self.layout_result = result
        fresh = fresh or set()
        if offsets is not None and old is not None and not force_edges:
            # only the branches under the nodes whose offset changed stand elsewhere now
            moved = place_moved(self, result, offsets, fresh, changed or set(), touched,
                                MAX_GLIDING)
            self._update_scene_rect()
            self.layout_changed.emit()
            return moved
        moved: set[str] = set()
        glides = {}
        items, centres = self.items_by_id, result.centers
        glide = self.animate and old is not None
        for node in items:
            branch = hang(self, node)
            x, y = self.layout_cache_offset(node)
            pos = local_pos(branch)
            if pos.x() != x or pos.y() != y:
                if glide and node not in fresh:
                    glides[node] = (branch, QPointF(pos), QPointF(x, y))
                branch.setPos(x, y)
                moved.add(node)
        sides = result.sides
        for node, item in items.items():
            side = sides.get(node, 1)
            if item.side != side:
                item.set_side(side)
        self._update_edges(list(self.edges), centres)
        self._update_links()
        refresh_all_frames(self)
        self._update_scene_rect()
        if glides and len(glides) <= MAX_GLIDING:
            for item, start, _end in glides.values():
                item.setPos(start)
            self.glide.start(glides)
        self.layout_changed.emit()
        return moved

    def _on_glide_step(self, nodes: list[str]) -> None:
        if self.contents_hidden:    # Qt sends no updates for hidden items: the view redraws
            self.update()
        # a gliding frame carries the edges to its children along (they hang on its box):
        # only the edge from its parent follows it
        self._update_edges([n for n in nodes if n in self.edges])
        self._update_links(below=set(nodes))

    def _update_edges(self, children: list[str],
                      centres: dict[str, tuple[float, float]] | None = None,
                      suspects: set[str] | None = None) -> None:
        """Redraw the edges to ``children``; ``centres``: where the layout put the nodes (the
        items stand there), else each item's own place is asked (during a glide or drag).
        ``suspects``: the only children that may have a new parent or look (None: any)."""
        theme = self.theme
        sides = self.layout_result.sides if self.layout_result else {}
        m = self.mind_map
        items, edges, parent_of = self.items_by_id, self.edges, m.parent
        for child in children:
            edge = edges.get(child)
            if edge is None:
                continue
            settled = suspects is not None and child not in suspects and \
                edge.parent_id is not None
            if settled:
                parent = edge.parent_id
            else:
                parent = parent_of(child) if child in m else None
                if parent is None or parent not in items:
                    continue
            child_item, parent_item = items[child], items[parent]
            if centres is not None and child in centres and parent in centres:
                ox, oy = centres[parent]
                cx, cy = centres[child]
            else:
                origin, centre = parent_item.scenePos(), child_item.scenePos()
                ox, oy, cx, cy = origin.x(), origin.y(), centre.x(), centre.y()
            side = sides.get(child, 1)
            # The curve is drawn in the parent item's frame (it hangs on it), so a branch that
            # only shifted (parent and child alike) needs nothing; a shift computed from two
            # moved centres may differ in the last bits: a ten-thousandth of a pixel is the same
            dx, dy = cx - ox, cy - oy
            drawn = edge.drawn_for
            if not settled and (edge.parent_id != parent or edge.owner is None or
                                edge.owner.node_id != parent):
                edge.attach(frame(self, parent))
                edge.parent_id = parent
                drawn = None
            if not settled:     # the pen first: the curve's bounds take its width
                edge.set_style(child_item.look.color, theme.edge_width_at(child_item.look.depth))
            pg, cg = parent_item.geometry, child_item.geometry
            psize, csize = pg.size, cg.size
            if drawn is None or abs(drawn[0] - dx) > 1e-4 or abs(drawn[1] - dy) > 1e-4 or \
                    drawn[2] != psize or drawn[3] != csize or drawn[4] != side:
                edge.drawn_for = (dx, dy, psize, csize, side)
                x, y, w, h = cg.box_xywh            # the child's box, moved by (dx, dy)
                edge.set_curve(pg.box_xywh, (x + dx, y + dy, w, h), side)

    def _update_links(self, nodes: set[str] | None = None, below: set[str] | None = None
                      ) -> None:
        """Redraw the links (only those with an end among ``nodes``, or in a branch under one
        of ``below``, when given)."""
        inside = None
        if below is not None:
            parent_of, known = self.mind_map.parent, {}

            def inside(node: str) -> bool:
                path = []
                while node is not None and node not in known:
                    if node in below:
                        known[node] = True
                        break
                    path.append(node)
                    node = parent_of(node)
                hit = known.get(node, False) if node is not None else False
                for n in path:
                    known[n] = hit
                return hit
        for (a, b), item in self.link_items.items():
            if (nodes is None and inside is None) or (nodes is not None and (
                    a in nodes or b in nodes)) or (inside is not None and (
                    inside(a) or inside(b))) or not item.routed:
                item.set_end_boxes(self.items_by_id[a].scene_box(), self.items_by_id[b].scene_box())

    def _update_scene_rect(self) -> None:
        if self.layout_result is None:
            return
        x, y, w, h = self.layout_result.bounds
        wanted = QRectF(x, y, w, h).adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN,
                                             SCENE_MARGIN)
        # until it is set, Qt answers sceneRect() by walking every item (a big map's first
        # layout: 0.1 s on 20,000 ideas). Asked all the same: that walk works out every item's
        # place in the scene, which the first edit would pay for instead (25 ms more, measured)
        current = self.sceneRect()
        if current.contains(wanted) and wanted.width() * wanted.height() >= \
                SCENE_SHRINK * current.width() * current.height():
            return      # a new rect would rebuild the scene's whole index: keep this one
        dx, dy = wanted.width() * SCENE_SLACK / 2, wanted.height() * SCENE_SLACK / 2
        self.setSceneRect(wanted.adjusted(-dx, -dy, dx, dy))

    def layout_cache_offset(self, node: str) -> tuple[float, float]:
        """Where the last layout put ``node``'s frame in its parent's (a root's: its centre)."""
        if self.layout_cache.slot and not self.hidden_nodes:
            return self.layout_cache.offset(node)
        centres = self.layout_result.centers
        x, y = centres[node]
        up = self.mind_map.parent(node)
        if up is not None and up in centres:
            return x - centres[up][0], y - centres[up][1]
        return x, y

    def layout_rect(self, pad: float = 40.0) -> QRectF:
        """The laid-out map (all boxes) with room for badges: cheap, for fitting the view."""
        if self.layout_result is None:
            return self.map_rect()
        x, y, w, h = self.layout_result.bounds
        return QRectF(x, y, w, h).adjusted(-pad, -pad, pad, pad)

    def map_rect(self, nodes: list[str] | None = None) -> QRectF:
        """Bounding box of the given (default: all visible) node boxes, badges included."""
        rect = QRectF()
        for node in nodes if nodes is not None else self.items_by_id:
            item = self.items_by_id.get(node)
            if item is not None:
                rect = rect.united(item.mapRectToScene(item.boundingRect()))
        return rect

    # ---------------------------------------------------------------- model changes
    def before_model_change(self, edit: Edit) -> None:
        """An edit comes while a big map's last items wait (just opened). Most edits update
        the made items and the plan of the waiting ones (see :mod:`.deferred_items`); for
        the others the waiting items are made now, from the plan for the map as it still is,
        and the edit then updates the scene as any other."""
        self._light_edit = False
        self.stale.before_edit()
        if self.pending and not self.filling:
            if deferred_items.light_while_pending(self, edit):
                self._light_edit = True
            else:
                deferred_items.complete(self)

    def on_model_change(self, change: Change) -> None:
        light, self._light_edit = self._light_edit and bool(self.pending), False
        self.stale.holding = True
        try:
            with collector_paused():     # thousands of small tuples on a big map
                if light:       # the made items as ever; the waiting ones keep waiting
                    self.filling = True
                    try:
                        self._on_model_change(change)
                    finally:
                        self.filling = False
                    deferred_items.after_edit(self, change)
                else:
                    self._on_model_change(change)
        finally:
            self.stale.holding = False
        self.stale.after_edit()
        if self.contents_hidden:
            hide_contents(self)     # a new tree or cross-link stays hidden too; redraw

    def _on_model_change(self, change: Change) -> None:
        m = self.mind_map
        if change.map_keys & {"theme"}:
            self.set_theme(m.theme)
        visibility = change.structural or any("folded" in keys for keys in change.attrs.values())
        new: set[str] = set()
        gone: set[str] = set()
        if visibility:
            new, gone = self._sync_changed(change)
        relook = scene_looks.to_look_at(self, change, new)
        if change.structural:
            self._sync_edges_of(change.moved)
        resized, measured_again = self._refresh_looks(list(relook))
        if new or gone:
            sync_of(self, new, gone)
        if change.links:
            sync_ends(self, change.link_ends)
        # a note, tag chip colour or a colour that leaves every box its size moves nothing:
        # no layout of the whole map for it, only the edges' colours (and the links); a
        # place, a fold or a main branch's side does
        places = any(keys & {"pos", "folded", "side"} for keys in change.attrs.values())
        if visibility or resized or places or change.map_keys & {"layout"} or \
                (relook and self.layout_result is None):
            # boxes whose colour or depth alone changed (a main topic inserted before
            # theirs) keep their size, badges and place: their edges take the colour, the
            # layout and the frames need not hear of them (most of a big map, at times)
            recoloured = relook - measured_again - change.touched() - new
            self.relayout(force_edges="layout" in change.map_keys,
                          changed=(relook - recoloured) | new, fresh=new,
                          touched=change.touched() | resized | new)
            self.restyle_edges(recoloured)  # each edge takes its colour (and depth's width)
        else:
            if relook:
                self._update_edges([n for n in relook if n in self.edges])
            if change.links:
                self._update_links()

    def restyle_edges(self, nodes: Iterable[str]) -> None:
        """The edges to the made boxes of ``nodes`` in their box's colour and its depth's
        width (a box recoloured keeps its place: the curve stays)."""
        items, edges, width = self._items, self.edges, self.theme.edge_width_at
        for node in nodes:
            edge, item = edges.get(node), items.get(node)
            if edge is not None and item is not None:
                edge.set_style(item.look.color, width(item.look.depth))

    def _sync_edges_of(self, nodes: set[str]) -> None:
        """A node that became a floating root loses its edge; one that joined a tree gets
        one (drawn by its new parent's frame; the layout gives it its curve)."""
        m, items, edges = self.mind_map, self.items_by_id, self.edges
        for node in nodes:
            if node not in items:
                continue
            parent, edge = m.parent(node), edges.get(node)
            if parent is None and edge is not None:
                del edges[node]
                edge.attach(None)
            elif parent is not None and edge is None and parent in items:
                edge = edges[node] = Edge(node)
                edge.attach(frame(self, parent))

    # ------------------------------------------------------------------- helpers
    def item_at(self, pos: QPointF, exclude: set[str] | None = None) -> NodeItem | None:
        if self.contents_hidden:        # Qt's own look-up skips hidden items
            return node_at(self, pos, exclude)
        for item in self.items(pos):
            if isinstance(item, NodeItem) and (exclude is None or item.node_id not in exclude):
                if item.box_rect().adjusted(-2, -2, 2, 2).contains(pos):
                    return item
        return None

    def selected_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_links(self) -> list[tuple[str, str]]:
        return [(i.source, i.target) for i in self.selectedItems() if isinstance(i, LinkItem)]

    def link_at(self, pos: QPointF) -> LinkItem | None:
        if self.contents_hidden:        # not drawn far out: nothing to hit
            return None
        for item in self.items(pos):
            if isinstance(item, LinkItem):
                return item
        return None

    def select_only(self, nodes: list[str]) -> None:
        """Select exactly these nodes' boxes, with one ``selectionChanged`` (none when the
        selection stays as it was: an edit that keeps it does not make every panel that
        follows the selection show nothing selected and then the same idea again)."""
        wanted = [item for item in map(self.item, nodes) if item is not None]
        if set(self.selectedItems()) == set(wanted):
            return
        blocked = self.blockSignals(True)
        try:
            self.clearSelection()
            for item in wanted:
                item.setSelected(True)
        finally:
            self.blockSignals(blocked)
        self.selectionChanged.emit()

    def decorate(self, hidden: set[str] | frozenset[str] = frozenset(),
                 dim: set[str] | frozenset[str] = frozenset(),
                 cut: set[str] | frozenset[str] = frozenset()) -> None:
        """View state only (the model is not touched): hide the ``hidden`` nodes with their
        edges and links, dim the ``dim`` ones, and hide the edge from each ``cut`` node to
        its parent (an exported branch floats free). ``decorate()`` shows everything again.
        The presentation (reveal, close-up) and the image export (one branch) both use it."""
        for node, item in self.items_by_id.items():
            item.setVisible(node not in hidden)
            if item.dimmed != (node in dim):
                item.dimmed = node in dim
                item.update()
        for node, edge in self.edges.items():
            edge.setVisible(node not in hidden and node not in cut)
            edge.setOpacity(DIM_OPACITY if node in dim else 1.0)
        for (a, b), link in self.link_items.items():
            link.setVisible(a not in hidden and b not in hidden)
            link.setOpacity(DIM_OPACITY if a in dim or b in dim else 1.0)

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.link_drag.press(event):
            return
        if not self.drag.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.link_drag.move(event):
            return
        if not self.drag.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.link_drag.release(event):
            return
        if not self.drag.release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.item_at(event.scenePos())
        if item is not None:
            self.edit_requested.emit(item.node_id)
            event.accept()
            return
        link = self.link_at(event.scenePos())
        if link is not None:
            self.link_label_requested.emit(link.source, link.target)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:     # (XMind's floating topic)
            self.floating_requested.emit(event.scenePos().x(), event.scenePos().y())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
