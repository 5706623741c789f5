"""Mouse interaction on nodes: click to select, drag to move a branch, drop to re-parent.

A small object the scene delegates to (not a mode switch inside mousePressEvent). Dropping:
on the middle of a node makes the dragged nodes its last children; on its top or bottom
quarter puts them before or after it among its siblings; elsewhere the branch stays where it
was dropped (a manual position). Alt held: move only, never re-parent. A drop onto the
dragged branch itself is refused (red outline) and snaps back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsSceneMouseEvent

from .branch_items import hang, holder

if TYPE_CHECKING:
    from .map_scene import MapScene
    from .node_item import NodeItem


#: the dragged branch is see-through and passes *under* the other boxes (over the edges), so
#: the label of the idea it will drop onto stays readable
DRAG_OPACITY = 0.5
DRAG_Z = -0.25


class _DragLayer(QGraphicsItem):
    """An empty item the dragged branch hangs under while it moves: one setPos a frame
    moves the whole branch, however many nodes it has."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(DRAG_Z)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:  # noqa: ANN001
        pass


class DragInteraction:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.pressed_at: QPointF | None = None
        self.pressed_node: str | None = None
        self.dragging = False
        self.tops: list[str] = []
        self.members: set[str] = set()
        self.target: NodeItem | None = None
        self.hint: str | None = None
        self.layer: _DragLayer | None = None
        self.links: list = []

    # ------------------------------------------------------------------------ events
    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        scene = self.scene
        item = scene.item_at(event.scenePos())
        if item is None:
            return False
        mods = event.modifiers()
        badge = item.link_badge_rect()
        local = item.mapFromScene(event.scenePos())
        if item.look.link and ((badge is not None and badge.contains(local)) or
                               mods & Qt.KeyboardModifier.ControlModifier):
            scene.link_activated.emit(item.node_id)
            event.accept()
            return True
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            scene.select_only([item.node_id])
        self.pressed_at = event.scenePos()
        self.pressed_node = item.node_id
        self.dragging = False
        event.accept()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.pressed_at is None:
            return False
        delta = event.scenePos() - self.pressed_at
        if not self.dragging:
            if delta.manhattanLength() < QApplication.startDragDistance():
                return True
            if not self._start():
                self.pressed_at = None
                return True
        self._move_branch(delta)
        self._update_target(event.scenePos(), event.modifiers())
        event.accept()
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.pressed_at is None:
            return False
        was_dragging = self.dragging
        self.pressed_at = None
        self.dragging = False
        if not was_dragging:
            event.accept()
            return True
        self._update_target(event.scenePos(), event.modifiers())
        self._finish()
        event.accept()
        return True

    # ----------------------------------------------------------------------- the drag
    def _start(self) -> bool:
        scene = self.scene
        scene.glide.finish()
        m = scene.mind_map
        selected = set(scene.selected_ids()) or {self.pressed_node}
        tops = [n for n in scene.items_by_id if n in selected and n != m.root and
                not any(a in selected for a in m.path_to_root(n)[1:])]
        if not tops:
            return False
        self.tops = tops
        members: list[str] = []
        for top in tops:
            members.extend(n for n in m.subtree(top) if n in scene.items_by_id)
        self.members = set(members)
        self.dragging = True
        layer = _DragLayer()
        scene.addItem(layer)
        layer.setOpacity(DRAG_OPACITY)
        for top in tops:     # each top's frame: the boxes and edges below come along
            branch = holder(scene, top)
            where = branch.scenePos()
            branch.setParentItem(layer)
            branch.setPos(where)
        self.layer = layer
        #: cross-links with an end in the dragged branch follow it while it moves
        self.links = [item for (a, b), item in scene.link_items.items()
                      if a in self.members or b in self.members]
        return True

    def _move_branch(self, delta: QPointF) -> None:
        self.layer.setPos(delta)
        self.scene._update_edges(self.tops)
        items = self.scene.items_by_id
        for link in self.links:
            link.set_end_boxes(items[link.source].scene_box(), items[link.target].scene_box())

    def _drop_layer(self) -> None:
        """Hang the branch back on the scene where it was picked up (the layout places it)."""
        scene, layer = self.scene, self.layer
        self.layer = None
        if layer is None:
            return
        for top in self.tops:
            hang(scene, top).setPos(*scene.layout_cache_offset(top))
        scene.removeItem(layer)
        scene._update_edges(self.tops)

    def _update_target(self, pos: QPointF, mods: Qt.KeyboardModifier) -> None:
        scene = self.scene
        target = None
        hint = None
        mods = mods | QApplication.keyboardModifiers()
        if not mods & Qt.KeyboardModifier.AltModifier:
            target = scene.item_at(pos, exclude=set(self.tops))
            if target is not None:
                if target.node_id in self.members:
                    hint = "refused"
                else:
                    box = target.box_rect()
                    rel = (pos.y() - box.top()) / max(1.0, box.height())
                    is_root = target.node_id in scene.mind_map.roots()
                    if rel < 0.25 and not is_root:
                        hint = "before"
                    elif rel > 0.75 and not is_root:
                        hint = "after"
                    else:
                        hint = "child"
        if self.target is not None and self.target is not target:
            self.target.set_drop_hint(None)
        self.target, self.hint = target, hint
        if target is not None:
            target.set_drop_hint(hint)

    def _finish(self) -> None:
        scene = self.scene
        m = scene.mind_map
        delta = self.layer.pos() if self.layer is not None else QPointF()
        self._drop_layer()
        target, hint = self.target, self.hint
        if target is not None:
            target.set_drop_hint(None)
        self.target = self.hint = None
        tops = list(self.tops)
        if hint == "refused":
            scene.relayout(force_edges=True)
            return
        if target is not None and hint == "child":
            scene.reparent_requested.emit(tops, target.node_id, len(m.children(target.node_id)))
            return
        if target is not None and hint in ("before", "after"):
            parent = m.parent(target.node_id)
            siblings = [s for s in m.children(parent) if s not in tops]
            index = siblings.index(target.node_id) + (1 if hint == "after" else 0)
            scene.reparent_requested.emit(tops, parent, index)
            return
        values = []
        for top in tops:
            centre = scene.items_by_id[top].pos() + delta
            parent = m.parent(top)
            if parent is None:
                values.append((round(centre.x(), 1), round(centre.y(), 1)))
            else:
                base = scene.items_by_id[parent].pos()
                values.append((round(centre.x() - base.x(), 1), round(centre.y() - base.y(), 1)))
        scene.move_requested.emit(tops, values)
