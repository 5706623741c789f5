"""Ctrl+Shift+drag from one node to another asks for a cross-link between them.

A small interaction object the scene asks first; it draws a dashed line while dragging and
emits the scene's ``cross_link_requested`` intent on a drop onto another node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

if TYPE_CHECKING:
    from .map_scene import MapScene

_MODS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class LinkDragInteraction:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.source: str | None = None
        self.line: QGraphicsLineItem | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or \
                (event.modifiers() & _MODS) != _MODS:
            return False
        item = self.scene.item_at(event.scenePos())
        if item is None:
            return False
        self.source = item.node_id
        line = QGraphicsLineItem(QLineF(item.scenePos(), event.scenePos()))
        line.setPen(QPen(QColor(self.scene.theme.link_color), 2.0, Qt.PenStyle.DashLine))
        line.setZValue(5)
        self.scene.addItem(line)
        self.line = line
        event.accept()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.source is None:
            return False
        line = self.line.line()
        self.line.setLine(QLineF(line.p1(), event.scenePos()))
        event.accept()
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.source is None:
            return False
        source, self.source = self.source, None
        self.scene.removeItem(self.line)
        self.line = None
        target = self.scene.item_at(event.scenePos())
        if target is not None and target.node_id != source:
            self.scene.cross_link_requested.emit(source, target.node_id)
        event.accept()
        return True
