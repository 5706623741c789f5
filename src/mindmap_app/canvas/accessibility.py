"""The canvas for assistive technology: the selected idea, spoken; edits announced; a focus
ring that shows where the keyboard is.

A QGraphicsScene is opaque to screen readers (its items are not QObjects and have no
accessible interface), so the map view stands in for the idea it has selected: the view's
accessible *name* is the idea's text and its *description* says where it is (level, place
among its siblings, tags, votes, children, folded, note, link). When the selection moves the
view tells the accessibility bridge that its name changed (and, having the focus, that it
gained it again), which screen readers read out as they do for any focused widget whose
name changes. Edits are announced with Qt 6.8's ``QAccessibleAnnouncementEvent`` ("Added
...", "Deleted 3 ideas"); on an older Qt only the name and description change.

Nothing here changes the model.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QGraphicsView

from ..i18n.messages import message
from ..model import Change, MindMap
from .map_scene import MapScene

try:                                        # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:                         # pragma: no cover - older PySide6
    QAccessibleAnnouncementEvent = None

MAP_NAME = "Mind map"
NOTHING_SELECTED = "Mind map: no idea selected"
FOCUS_RING_WIDTH = 3


def describe(mind_map: MindMap, node: str) -> str:
    """What a screen reader says after an idea's text: level, place among siblings, marks."""
    parent = mind_map.parent(node)
    siblings = mind_map.children(parent) if parent is not None else mind_map.roots()
    data = mind_map.attrs(node)
    parts = [f"level {mind_map.depth(node) + 1}",
             f"{siblings.index(node) + 1} of {len(siblings)}"]
    if parent is None and node != mind_map.root:
        parts.append("floating")
    if data["tags"]:
        parts.append("tags " + ", ".join(data["tags"]))
    if data["votes"]:
        parts.append(f"{data['votes']} vote" + ("s" if data["votes"] != 1 else ""))
    kids = len(mind_map.children(node))
    if kids:
        parts.append(f"{kids} child" + ("ren" if kids != 1 else "") +
                     (", folded" if data["folded"] else ""))
    if data["note"]:
        parts.append("has a note")
    if data["link"]:
        parts.append(f"links to {data['link']}")
    return "; ".join(message(part) for part in parts)     # each part in the user's language


def spoken_text(text: str) -> str:
    return " ".join(text.split()) or "empty idea"


def focus_ring_style(colour: str) -> str:
    """A style sheet for the map view: a ring in ``colour`` while it has the keyboard focus
    (the same width, transparent, without it, so the map does not shift)."""
    return (f"QGraphicsView {{ border: {FOCUS_RING_WIDTH}px solid transparent; }}"
            f"QGraphicsView:focus {{ border: {FOCUS_RING_WIDTH}px solid {colour}; }}")


class CanvasAccessibility(QObject):
    def __init__(self, scene: MapScene, view: QGraphicsView) -> None:
        super().__init__(view)
        self.scene = scene
        self.view = view
        self.mind_map = scene.mind_map
        #: the last announcements made (newest last), for tests and for a status line
        self.announcements: deque[str] = deque(maxlen=50)
        self._node: str | None = None
        self._ring_for: str | None = None
        # a timer of its own (a pending QTimer.singleShot would keep a closed tab alive)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        view.setAccessibleName(message(MAP_NAME))
        view.viewport().setAccessibleName(message(MAP_NAME))
        scene.selectionChanged.connect(self._on_selection)
        scene.layout_changed.connect(self._update_ring)
        self.mind_map.subscribe(self._on_change)
        self._update_ring()

    def detach(self) -> None:
        self._later.stop()
        self.mind_map.unsubscribe(self._on_change)
        self.scene.selectionChanged.disconnect(self._on_selection)

    # ---------------------------------------------------------------- the selected idea
    def current(self) -> str | None:
        selected = self.scene.selected_ids()
        if not selected:
            return None
        focus = getattr(self.scene.focusItem(), "node_id", None)
        return focus if focus in selected else selected[-1]

    def _on_selection(self) -> None:
        try:
            nothing = self.current() is None
        except RuntimeError:        # the scene is being deleted with its tab
            return
        if nothing:
            # a click clears, then selects (Qt): speak "nothing" only if it stays so
            self._later.start()
            return
        self.refresh()

    def refresh(self) -> None:
        """Make the view's name and description those of the selected idea."""
        try:
            node = self.current()
        except RuntimeError:        # the scene is being deleted with its tab
            return
        m = self.mind_map
        if node is None or node not in m:
            name, description = message(NOTHING_SELECTED), ""
        else:
            name, description = spoken_text(m.text(node)), describe(m, node)
        moved = node != self._node
        self._node = node
        changed = name != self.view.accessibleName() or \
            description != self.view.accessibleDescription()
        if not (changed or moved):
            return
        # the viewport holds the focus with the view (AT-SPI reports both as focused)
        for widget in (self.view, self.view.viewport()):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        if QAccessible.isActive():
            for widget in (self.view, self.view.viewport()):
                QAccessible.updateAccessibility(
                    QAccessibleEvent(widget, QAccessible.Event.NameChanged))
                QAccessible.updateAccessibility(
                    QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
            if moved and self.view.hasFocus():
                QAccessible.updateAccessibility(
                    QAccessibleEvent(self.view, QAccessible.Event.Focus))

    # ---------------------------------------------------------------- edits
    def announce(self, message: str) -> None:
        self.announcements.append(message)
        if QAccessibleAnnouncementEvent is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, message))

    def _on_change(self, change: Change) -> None:
        m = self.mind_map
        message = ""
        added = [n for n in change.added if n in m and m.parent(n) not in change.added]
        if change.removed and not change.added:
            count = len(change.removed)
            message = f"Deleted {count} idea" + ("s" if count != 1 else "")
        elif len(added) == 1:
            node = added[0]
            parent = m.parent(node)
            where = f" under {spoken_text(m.text(parent))}" if parent is not None else ""
            message = f"Added {spoken_text(m.text(node))}{where}"
        elif added:
            message = f"Added {len(added)} branches"
        elif change.moved and not change.attrs:
            message = "Moved"
        else:
            for node, keys in change.attrs.items():
                if node not in m:
                    continue
                if "text" in keys:
                    message = f"Text: {spoken_text(m.text(node))}"
                elif "tags" in keys:
                    tags = m.get(node, "tags")
                    message = "Tags: " + ", ".join(tags) if tags else "No tags"
                elif "folded" in keys:
                    message = "Folded" if m.get(node, "folded") else "Unfolded"
                elif "votes" in keys:
                    message = f"{m.get(node, 'votes')} votes"
                if message:
                    break
        if message:
            self.announce(message)
        self.refresh()

    # ---------------------------------------------------------------- focus ring
    def _update_ring(self) -> None:
        colour = self.scene.theme.selection
        if colour != self._ring_for:
            self._ring_for = colour
            self.view.setStyleSheet(focus_ring_style(colour))
