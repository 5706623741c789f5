"""Invisible frames that hold a node's box and its children's frames: a branch moves as one.

Every visible node has a :class:`BranchItem` at its centre, placed at its offset from its
parent's centre inside the parent's frame (a tree root's frame stands in the scene at the
root's centre). The node's box (:class:`~.node_item.NodeItem`) sits at the frame's origin, the
edges to its children hang on the box. When an edit re-centres half the map, only the frames
whose offset changed move: one ``setPos`` per frame, whatever the size of the branch below.

The scene keeps no spatial index (Qt's index re-files every item below a moved one); instead
each frame's rect covers everything its branch draws, and says so to Qt
(``ItemContainsChildrenInShape``): painting and hit tests skip a branch whose frame is out of
the way, so they cost what is on screen, not what is in the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

if TYPE_CHECKING:
    from .map_scene import MapScene

#: room around the boxes a frame leaves for what is drawn beyond them: the selection ring,
#: drop hints, the vote halo, a presence label above the box
FRAME_MARGIN = 28.0


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_CONTAINS_CHILDREN = QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
_NO_BUTTON = Qt.MouseButton.NoButton


class BranchItem(QGraphicsRectItem):
    """The frame of one node's branch (draws nothing; its rect covers the branch)."""

    def __init__(self, node_id: str) -> None:
        super().__init__()
        self.node_id = node_id
        self.setPen(_NO_PEN)
        self.setFlag(_CONTAINS_CHILDREN, True)
        self.setAcceptedMouseButtons(_NO_BUTTON)


def hang(scene: MapScene, node: str) -> BranchItem:
    """Put ``node``'s frame in its parent's frame (a root's in the scene) if it is elsewhere."""
    branch = scene.branches[node]
    parent = scene.mind_map.parent(node) if node in scene.mind_map else None
    want = scene.branches.get(parent) if parent is not None else None
    if branch.parentItem() is not want:
        branch.setParentItem(want)
        if want is None and branch.scene() is not scene:
            scene.addItem(branch)
    return branch


def frame_rect(scene: MapScene, node: str, starts: dict[str, QPointF] | None = None) -> QRectF:
    """The rect ``node``'s frame needs: its box and its children's frames (at ``starts`` too,
    for the frames that glide from there)."""
    branch = scene.branches[node]
    rect = scene.items_by_id[node].rect()
    for child in branch.childItems():
        if isinstance(child, BranchItem):
            inner = child.rect()
            rect = rect.united(inner.translated(child.pos()))
            if starts and child.node_id in starts:
                rect = rect.united(inner.translated(starts[child.node_id]))
    return rect.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)


def refresh_frames(scene: MapScene, nodes: set[str],
                   starts: dict[str, QPointF] | None = None) -> None:
    """Size again the frames of ``nodes`` and of their ancestors, deepest first."""
    branches, parent_of = scene.branches, scene.mind_map.parent
    depth: dict[str, int] = {}
    m = scene.mind_map
    for node in nodes:
        while node is not None and node not in depth and node in branches and node in m:
            depth[node] = -1
            node = parent_of(node)
    for node in depth:
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
    """Size every frame again (after a full layout), the leaves first."""
    order: list[str] = []
    for root in scene.mind_map.roots():
        if root not in scene.branches:
            continue
        stack = [root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(c.node_id for c in scene.branches[node].childItems()
                         if isinstance(c, BranchItem))
    for node in reversed(order):
        rect = frame_rect(scene, node)
        branch = scene.branches[node]
        if branch.rect() != rect:
            branch.setRect(rect)
