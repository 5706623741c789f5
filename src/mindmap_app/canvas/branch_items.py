"""Invisible frames that hold a node's box and its children's frames: a branch moves as one.

A node with children has a :class:`BranchItem` at its centre, placed at its offset from its
parent's centre inside the parent's frame (a tree root's frame stands in the scene at the
root's centre). The node's box (:class:`~.node_item.NodeItem`) sits at the frame's origin; the
frame itself draws the edges to its children. A leaf needs no frame: its box stands at its
offset in its parent's frame (:func:`holder`); a frame is made when a leaf first gets a
child. When an edit re-centres half the map, only the holders whose offset changed move: one
``setPos`` each, whatever the size of the branch below.

The scene keeps no spatial index (Qt's index re-files every item below a moved one); instead
each frame's rect covers everything its branch draws, and says so to Qt
(``ItemContainsChildrenInShape``): painting and hit tests skip a branch whose frame is out of
the way, so they cost what is on screen, not what is in the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from .edge_items import Edge, shown_area
from .node_item import NodeItem

if TYPE_CHECKING:
    from .map_scene import MapScene

#: room around the boxes a frame leaves for what is drawn beyond them: the selection ring,
#: drop hints, the vote halo, a presence label above the box
FRAME_MARGIN = 28.0


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
_EXPOSED_RECT = QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
_CONTAINS_CHILDREN = QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
_NO_BUTTON = Qt.MouseButton.NoButton


class BranchItem(QGraphicsRectItem):
    """The frame of one node's branch: its rect covers the branch; it draws the edges from
    its node to the children (under every box of the branch: Qt paints an item before its
    children)."""

    def __init__(self, node_id: str) -> None:
        super().__init__()
        self.node_id = node_id
        #: the edges it draws, by child (see :class:`~.edge_items.Edge`)
        self.edges: dict[str, Edge] = {}
        self.setPen(_NO_PEN)
        self.setFlag(_CONTAINS_CHILDREN, True)
        self.setFlag(_EXPOSED_RECT, True)      # an edge out of the exposed part is skipped
        self.setAcceptedMouseButtons(_NO_BUTTON)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self.edges:
            return
        rect = option.exposedRect
        if widget is None:      # an export: what its picture (a band of a PNG) holds of it
            found = shown_area(painter, None)
            if found is not None:
                rect = rect.intersected(found[0])
        x, y, w, h = rect.getRect()
        exposed, base = (x, y, x + w, y + h), painter.opacity()
        painter.setBrush(_NO_BRUSH)
        for edge in self.edges.values():
            edge.draw(painter, exposed, base)


def local_pos(item: QGraphicsItem) -> QPointF:
    """An item's place in its parent (a node's box answers ``pos()`` with its scene place)."""
    return QGraphicsItem.pos(item)


def frame(scene: MapScene, node: str) -> BranchItem:
    """``node``'s frame, made when it first needs one (a leaf's box stands in its parent's
    frame itself: most nodes are leaves, and an item costs memory and time)."""
    branch = scene.branches.get(node)
    if branch is not None:
        return branch
    item = scene.items_by_id[node]
    branch = scene.branches[node] = BranchItem(node)
    above = item.parentItem()
    where = local_pos(item)
    if above is not None:
        branch.setParentItem(above)
    else:
        scene.addItem(branch)
    branch.setZValue(item.zValue())
    branch.setPos(where)
    item.setParentItem(branch)
    item.setPos(0.0, 0.0)
    item.setZValue(0.0)
    branch.setRect(frame_rect(scene, node))
    glide = getattr(scene, "glide", None)
    if glide is not None:       # the box was on its way: the frame goes on with its move
        glide.hand_over(node, branch)
    return branch


def holder(scene: MapScene, node: str) -> QGraphicsItem:
    """The item that stands at ``node``'s offset in its parent's frame: its frame, or its
    box when it has none."""
    return scene.branches.get(node) or scene.items_by_id[node]


def hang(scene: MapScene, node: str) -> QGraphicsItem:
    """Put ``node``'s holder in its parent's frame (a root's in the scene) if it is elsewhere."""
    item = holder(scene, node)
    parent = scene.mind_map.parent(node) if node in scene.mind_map else None
    want = frame(scene, parent) if parent is not None and parent in scene.items_by_id else None
    if item.parentItem() is not want:
        item.setParentItem(want)
        if want is None and item.scene() is not scene:
            scene.addItem(item)
    return item


def frame_rect(scene: MapScene, node: str, starts: dict[str, QPointF] | None = None) -> QRectF:
    """The rect ``node``'s frame needs: its box and what hangs in it (at ``starts`` too, for
    what glides from there)."""
    branch = scene.branches[node]
    rect = scene.items_by_id[node].rect()
    for child in branch.childItems():
        inner = child.rect() if isinstance(child, (BranchItem, NodeItem)) else None
        if inner is None or child.node_id == node:
            continue
        rect = rect.united(inner.translated(local_pos(child)))
        if starts and child.node_id in starts:
            rect = rect.united(inner.translated(starts[child.node_id]))
    return rect.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)


def refresh_frames(scene: MapScene, nodes: set[str],
                   starts: dict[str, QPointF] | None = None) -> None:
    """Size again the frames of ``nodes`` and of their ancestors, deepest first."""
    branches, m = scene.branches, scene.mind_map
    parent_of = m.parent
    seen: set[str] = set()
    for node in nodes:
        while node is not None and node not in seen and node in m:
            seen.add(node)
            node = parent_of(node)
    depth: dict[str, int] = {}
    for node in seen:
        if node in branches:
            d, up = 0, parent_of(node)
            while up is not None:
                d, up = d + 1, parent_of(up)
            depth[node] = d
    for node in sorted(depth, key=depth.__getitem__, reverse=True):
        rect = frame_rect(scene, node, starts)
        branch = branches[node]
        if branch.rect() != rect:
            branch.setRect(rect)


def refresh_all_frames(scene: MapScene) -> None:
    """Size every frame again (after a full layout), the inner ones first."""
    order: list[BranchItem] = []
    stack = [b for n, b in scene.branches.items() if b.parentItem() is None or
             not isinstance(b.parentItem(), BranchItem)]
    while stack:
        branch = stack.pop()
        order.append(branch)
        stack.extend(c for c in branch.childItems() if isinstance(c, BranchItem))
    for branch in reversed(order):
        rect = frame_rect(scene, branch.node_id)
        if branch.rect() != rect:
            branch.setRect(rect)


def hide_outside(scene: MapScene, rect: QRectF) -> list[tuple[QGraphicsItem, float]]:
    """Make the frames (with the edges they draw) and boxes that draw nothing inside ``rect``
    (scene coordinates) transparent; returns them with their opacity, to be given back.

    ``QGraphicsScene.render`` draws every item of each tree it touches (it culls only the
    trees, not what is inside them): a picture drawn a band at a time would draw the whole
    map once a band. Only the frames on the way to ``rect`` are walked. Transparent, not
    hidden: Qt skips a transparent frame's branch as a whole when it draws, while hiding
    one, and showing it again, visits every item of the branch (a third of a 20,000-idea
    PNG's time, with hundreds of bands)."""
    hidden: list[tuple[QGraphicsItem, float]] = []
    items, branches = scene.items_by_id, scene.branches
    stack: list[QGraphicsItem] = []
    for root in scene.mind_map.roots():
        top = branches.get(root) or items.get(root)
        if top is not None:
            stack.append(top)
    while stack:
        item = stack.pop()
        opacity = item.opacity()
        if not item.isVisible() or opacity == 0.0:
            continue
        if not item.sceneBoundingRect().intersects(rect):
            item.setOpacity(0.0)
            hidden.append((item, opacity))
        elif isinstance(item, BranchItem):
            stack.extend(item.childItems())
    return hidden
