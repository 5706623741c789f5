"""Where the other people in a shared map are: their selections outlined in their colour,
with their name above. View state only: nothing here touches the model."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem

from .map_scene import MapScene
from .node_item import NodeItem

OUTLINE_GAP = 5.0
OUTLINE_STEP = 4.0      # several people on one idea: nested outlines


class PresenceOutline(QGraphicsPathItem):
    """An outline around one node (a child of its NodeItem, so it follows the node)."""

    def __init__(self, node: NodeItem, colour: str, name: str, ring: int) -> None:
        super().__init__(node)
        self.name = name
        self.colour = colour
        gap = OUTLINE_GAP + ring * OUTLINE_STEP
        box: QRectF = node.geometry.box.adjusted(-gap, -gap, gap, gap)
        path = QPainterPath()
        path.addRoundedRect(box, 8 + gap / 2, 8 + gap / 2)
        self.setPath(path)
        pen = QPen(QColor(colour), 3.0)
        pen.setCosmetic(False)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        label = QGraphicsSimpleTextItem(name, self)
        font = QFont()
        font.setPointSizeF(10.0)
        font.setBold(True)
        label.setFont(font)
        label.setBrush(QBrush(QColor(colour)))
        label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        width = label.boundingRect().width()
        label.setPos(box.right() - width - 6 - ring * 40, box.top() - label.boundingRect().height())


class PresenceLayer:
    """The others' selections on one scene; call :meth:`refresh` after the map changed."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        #: client id -> (name, colour, selected node ids)
        self.people: dict[str, tuple[str, str, list[str]]] = {}
        self.outlines: list[PresenceOutline] = []
        scene.layout_changed.connect(self.refresh)

    def set_person(self, client: str, name: str, colour: str, selection: list[str]) -> None:
        self.people[client] = (name, colour, list(selection))
        self.refresh()

    def keep_only(self, clients: set[str]) -> None:
        """Forget the people who left the room."""
        for client in list(self.people):
            if client not in clients:
                del self.people[client]
        self.refresh()

    def clear(self) -> None:
        self.people.clear()
        self.refresh()

    def refresh(self) -> None:
        outlines, self.outlines = self.outlines, []
        for outline in outlines:
            # an idea deleted (or folded, filtered away) took its outline along with its box
            if shiboken6.isValid(outline) and outline.scene() is not None:
                outline.scene().removeItem(outline)
        rings: dict[str, int] = {}
        for client in sorted(self.people):
            name, colour, selection = self.people[client]
            for node in selection:
                item = self.scene.items_by_id.get(node)
                if item is None:
                    continue
                ring = rings.get(node, 0)
                rings[node] = ring + 1
                self.outlines.append(PresenceOutline(item, colour, name, ring))

    def outlined(self) -> dict[str, list[str]]:
        """node id -> names of the people who have it selected (tests, the room panel)."""
        out: dict[str, list[str]] = {}
        for outline in self.outlines:
            if not shiboken6.isValid(outline):
                continue
            out.setdefault(outline.parentItem().node_id, []).append(outline.name)
        return out

    def detach(self) -> None:
        self.people.clear()
        self.refresh()
        try:
            self.scene.layout_changed.disconnect(self.refresh)
        except (RuntimeError, TypeError):   # the scene went first (its tab closed)
            pass
