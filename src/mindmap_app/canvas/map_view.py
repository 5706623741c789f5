"""The view: zoom, pan, rubber-band selection, keeping the selection in view.

Mouse rule (one rule, documented in the README): a left drag on a node moves its branch; a
left drag on empty background pans; Shift+drag (or Ctrl+drag) on the background draws a
rubber band that selects the nodes it touches; a middle drag always pans. Ctrl+wheel zooms
around the cursor; the wheel alone scrolls.
"""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView

from . import deferred_items
from .map_scene import MapScene
from .overview import Overview, nodes_in

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
ZOOM_STEP = 1.2
#: a map opens fitted only when its smallest text is at least this high on screen (pixels);
#: else at 100 % centred on the root
OPEN_READABLE_PX = 12.0
_FONT_OF = attrgetter("font")
VIEW_PAD = 60.0          # the view scrolls this far around the map, no further


class MapView(QGraphicsView):
    #: printable text typed while a node is selected and nothing is being edited
    typed = Signal(str)
    zoom_changed = Signal(float)
    #: right-click: (global position, whether it was on a node)
    context_menu_requested = Signal(object, bool)
    #: the view recolours what it shows of stale branches before it paints it (see
    #: :mod:`.stale_looks`): an edit's scene may leave them to idle time
    shows_stale_looks = True

    def __init__(self, scene: MapScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing |
                            QPainter.RenderHint.TextAntialiasing |
                            QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the scene's background brush covers every pixel of the viewport: Qt need not paint
        # the window, the tabs and the editor under it at each frame, and may scroll by
        # moving pixels (the focus ring's style sheet made the viewport see-through)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.editing = False            # set by the inline editor's owner
        #: where the background was right-clicked while its menu is open (scene x, y)
        self.menu_point: tuple[float, float] | None = None
        self._pan_from: QPointF | None = None
        self._rubber = False
        # scroll bars only when the map is bigger than the window: the view's own scroll
        # area is the map and a small border (the scene keeps a wide margin for dragging)
        scene.layout_changed.connect(self._track_map)
        self._track_map()
        #: far out, the view draws stand-ins and labels instead of the items
        self.overview = Overview(self)
        self.zoom_changed.connect(self.sync_overview)
        scene.layout_changed.connect(self.overview.changed)
        scene.selectionChanged.connect(self.overview.changed)

    def _track_map(self, keep_view: bool = True) -> None:
        """The view's scroll area: the map and a small border, and the place the user panned
        to (so an edit never moves the view)."""
        rect = self.map_scene().layout_rect(VIEW_PAD)
        if keep_view and self.isVisible():
            rect = rect.united(self._shown().adjusted(1, 1, -1, -1))
        self.setSceneRect(rect)

    def _shown(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def map_scene(self) -> MapScene:
        return self.scene()  # type: ignore[return-value]

    # ------------------------------------------------------- items made as they come in view
    def show_visible_items(self) -> None:
        """A big map just opened: make the items the view shows now (and a screen around);
        the scene makes the rest in idle time (see :mod:`.deferred_items`)."""
        scene = self.map_scene()
        if scene.pending:
            deferred_items.show_region(scene, self._shown())

    def _ensure_items(self) -> None:
        """The view moved out of the parts of a big map whose items are made (a scroll, a
        jump to an idea, a zoom, a bigger window): make what it shows and a screen around;
        what it shows of branches recoloured in idle time is recoloured first."""
        scene = self.map_scene()
        if scene.pending and scene.covered is not None:
            shown = self._shown()
            if not deferred_items.covers(scene, shown):
                deferred_items.show_region(scene, shown)
        if scene.stale.roots:
            scene.stale.show(self._shown())

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt
        super().scrollContentsBy(dx, dy)
        self._ensure_items()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        super().resizeEvent(event)
        self._ensure_items()

    # --------------------------------------------------------------------- overview
    def sync_overview(self, *_args: object) -> None:
        self.overview.sync()
        self.setViewportUpdateMode(
            QGraphicsView.ViewportUpdateMode.FullViewportUpdate if self.overview.labelled else
            QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)   # labels move as a whole

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt
        # the viewport is opaque: the background covers every pixel, the edge ones too (the
        # exposed rect's fractional edge, antialiased, left a row 1/255 see-through)
        edge = 2.0 / max(self.zoom(), 1e-9)
        super().drawBackground(painter, rect.adjusted(-edge, -edge, edge, edge))
        if self.overview.active:
            self.overview.paint_stand_ins(painter, rect)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt
        super().drawForeground(painter, rect)
        if self.overview.labelled:
            if not self.overview.active:          # the items drew themselves
                self.overview.find_labels(rect)
            self.overview.paint_labels(painter)

    # ------------------------------------------------------------------------- zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def min_zoom(self) -> float:
        """How far out the view goes: :data:`MIN_ZOOM`, or further when the whole map
        needs it to fit (far out, the overview draws it cheaply)."""
        return min(MIN_ZOOM, self._fit_factor(self.map_scene().layout_rect()))

    def _fit_factor(self, rect: QRectF, margin: float = 0.0) -> float:
        if rect.isEmpty():
            return 1.0
        area = self.viewport().rect()
        return min(max(1.0, area.width() - 2 * margin) / rect.width(),
                   max(1.0, area.height() - 2 * margin) / rect.height())

    def set_zoom(self, factor: float, anchor_under_mouse: bool = False) -> None:
        factor = max(self.min_zoom(), min(MAX_ZOOM, factor))
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        scale = factor / self.zoom()
        self.scale(scale, scale)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._ensure_items()
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_rect(self, rect: QRectF, max_zoom: float = 1.0, margin: float = 40.0) -> None:
        """Show ``rect`` whole, never zooming in beyond ``max_zoom``."""
        if rect.isEmpty():
            return
        factor = max(self.min_zoom(), min(max_zoom, self._fit_factor(rect, margin)))
        self.resetTransform()
        self.scale(factor, factor)
        self.centerOn(rect.center())
        self._ensure_items()
        self.zoom_changed.emit(self.zoom())

    def fit_map(self) -> None:
        self.fit_rect(self.map_scene().layout_rect(), margin=0.0)

    def fit_zoom(self) -> float:
        """The zoom :meth:`fit_map` would choose."""
        rect = self.map_scene().layout_rect()
        if rect.isEmpty():
            return 1.0
        return max(self.min_zoom(), min(1.0, self._fit_factor(rect)))

    def smallest_text_px(self) -> float:
        """Height (scene units) of the smallest node text of the map."""
        # the boxes share a few font objects (one per size and weight): told apart by
        # identity, a call into Qt for each of 100,000 boxes is spared
        fonts = {id(font): font for font in map(_FONT_OF, self.map_scene().geometries())}
        return min((QFontMetricsF(font).height() for font in fonts.values()), default=16.0)

    def show_on_open(self) -> None:
        """Fit the map when its text stays readable so (OPEN_READABLE_PX), else show it at
        100 % centred on the root. Ctrl+0 (fit_map) always fits."""
        self._track_map(keep_view=False)
        if self.fit_zoom() * self.smallest_text_px() >= OPEN_READABLE_PX:
            self.fit_map()
            return
        scene = self.map_scene()
        self.resetTransform()
        root = scene.item(scene.mind_map.root)
        self.centerOn(root.box_rect().center() if root is not None else QPointF())
        self.zoom_changed.emit(self.zoom())

    def ensure_node_visible(self, node: str) -> None:
        item = self.map_scene().item(node)
        if item is not None:
            self.ensureVisible(item.mapRectToScene(item.boundingRect()), 60, 60)

    def ensure_family_visible(self, node: str) -> None:
        """``node`` and its children in view when they fit, else ``node`` (a new group is
        named while the ideas it holds can be seen)."""
        scene = self.map_scene()
        rect = QRectF()
        for each in [node, *scene.mind_map.children(node)]:
            item = scene.item(each)
            if item is not None:
                rect = rect.united(item.mapRectToScene(item.boundingRect()))
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if rect.height() + 120 / self.zoom() <= shown.height() and \
                rect.width() + 120 / self.zoom() <= shown.width():
            self.ensureVisible(rect, 60, 60)
        self.ensure_node_visible(node)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps), anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # ---------------------------------------------------------------------- panning
    def _on_background(self, event: QMouseEvent) -> bool:
        scene = self.map_scene()
        point = self.mapToScene(event.position().toPoint())
        return scene.item_at(point) is None and scene.link_at(point) is None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        mods = event.modifiers()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._on_background(event) and
                not mods & (Qt.KeyboardModifier.ShiftModifier |
                            Qt.KeyboardModifier.ControlModifier)):
            if button == Qt.MouseButton.LeftButton:
                self.map_scene().clearSelection()
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton and self._on_background(event):
            self._rubber = True
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.overview.active and event.buttons():
            self.viewport().update()        # a dragged branch's stand-in follows the mouse
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            zoom = self.zoom()              # the background may be dragged past the map
            self.setSceneRect(self.sceneRect().united(self._shown().translated(
                -delta.x() / zoom, -delta.y() / zoom)))
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        band = self.rubberBandRect()
        super().mouseReleaseEvent(event)
        if self._rubber:
            self._rubber = False
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            if self.overview.active and not band.isEmpty():   # Qt's band finds no hidden item
                self._select_in_band(band, bool(event.modifiers() &
                                                Qt.KeyboardModifier.ControlModifier))

    def _select_in_band(self, band: QRect, add: bool) -> None:
        scene = self.map_scene()
        nodes = nodes_in(scene, self.mapToScene(band).boundingRect())
        scene.select_only(sorted(set(scene.selected_ids()) | set(nodes)) if add else nodes)

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        scene = self.map_scene()
        point = self.mapToScene(event.pos())
        item = scene.item_at(point)
        if item is not None and not item.isSelected():
            scene.select_only([item.node_id])
        # the background's menu: its New Floating Idea goes where it was asked for
        self.menu_point = (point.x(), point.y()) if item is None else None
        try:
            self.context_menu_requested.emit(event.globalPos(), item is not None)
        finally:
            self.menu_point = None
        event.accept()

    # -------------------------------------------------------------------- keyboard
    def event(self, event: QEvent) -> bool:
        # While a node is being edited, every key goes to the editor, not to the shortcuts.
        if event.type() == QEvent.Type.ShortcutOverride and self.editing:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editing:
            super().keyPressEvent(event)
            return
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & \
            ~Qt.KeyboardModifier.KeypadModifier
        if text and text.isprintable() and not text.isspace() and \
                mods == Qt.KeyboardModifier.NoModifier:
            self.typed.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt signature
        return False   # Tab belongs to "add child", never to focus chains
