"""Level of detail far out: the view draws stand-ins and readable labels instead of the items.

Below :data:`OVERVIEW_ZOOM` no text of the map can be read on screen, and a big map puts
tens of thousands of boxes in view, each one a Python ``paint`` call. There the map view
hides its trees (opacity 0 on each tree's top frame: Qt skips the whole tree without a
call into Python; the items stay where they are, for keys, selection and drops, and clicks
find them through :func:`node_at`) and draws the map itself, from the same items' places:

* a branch whose frame is smaller on screen than :data:`BLOCK_PX` is one tinted block in its
  branch colour; a larger one shows its node's box and goes on into its children, so the
  work done is what the screen can show, not what the map holds;
* lines from each drawn box to its parent's;
* on top, labels at a size that can be read (the root, the main branches, then deeper ones,
  wherever there is room, never on top of each other), and a ring around the selection.

The scene and every other view of it (exports, the presentation) are untouched: the switch
is made only while this view is the scene's one view.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem

if TYPE_CHECKING:
    from .map_scene import MapScene
    from .map_view import MapView
    from .node_item import NodeItem

#: below this zoom the view draws the overview (at 0.2 even the root's text is under 4 px)
OVERVIEW_ZOOM = 0.2
#: below this zoom an ordinary idea's text is drawn as a bar (node_item.MIN_TEXT_ON_SCREEN
#: over the 11 pt of an idea): the boxes still draw themselves, the labels come on top
LABEL_ZOOM = 0.36
#: a branch whose frame is shorter and narrower than this on screen is drawn as one block
BLOCK_PX = 20.0
#: labels: pixel sizes by depth (root, main branches, the rest); how many at most, and how
#: much of the view they may cover (the map must still show between them)
LABEL_PX = (16.0, 14.0, 12.0)
LABEL_MAX_WIDTH = 220.0
MAX_LABELS = 40
LABEL_COVER = 0.18
#: the room a label keeps free around itself (pixels)
LABEL_GAP = 6.0
#: how strongly stand-ins are tinted towards the background (opaque colours paint faster)
LINE_MIX, BLOCK_MIX = 0.45, 0.7
#: grid cell (pixels) of the label collision test
_CELL = 48.0
#: labels kept drawn, ready to copy onto the view (a scroll far out shows the same ones
#: again: copying one is a tenth of drawing its pill and text); about 20 KB each
KEEP_LABELS = 400
#: labels are tried the shallowest first, then the biggest branch (the walk's order on ties)
_BY_DEPTH_AND_SIZE = itemgetter(0, 1)

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def hide_contents(scene: MapScene) -> None:
    """Hide every tree (opacity 0 on its top frame: Qt then skips the whole tree, however
    big) and the cross-links; the views draw again. Called again after each edit (a new
    floating tree or cross-link is hidden too)."""
    items, branches, hidden = scene.items_by_id, scene.branches, scene.hidden_tops
    for root in scene.mind_map.roots():
        if root in items:
            hidden.add(root)
            (branches.get(root) or items[root]).setOpacity(0.0)
    for link in scene.link_items.values():
        link.setFlag(_NO_CONTENTS, True)
    scene.update()              # Qt sends no updates for hidden items


def show_contents(scene: MapScene) -> None:
    """Undo :func:`hide_contents`: every tree hidden since is shown again."""
    items, branches = scene.items_by_id, scene.branches
    for node in scene.hidden_tops:
        for item in (items.get(node), branches.get(node)):
            if item is not None:
                item.setOpacity(1.0)
    scene.hidden_tops.clear()
    for link in scene.link_items.values():
        link.setFlag(_NO_CONTENTS, False)


def _walk(scene: MapScene, inside: Callable[[QRectF], bool]) -> Iterator[NodeItem]:
    """The boxes in the branches whose frames ``inside`` accepts (a geometric look-up:
    Qt's own skips hidden items)."""
    items, branches, m = scene.items_by_id, scene.branches, scene.mind_map
    stack = [r for r in m.roots() if r in items]
    while stack:
        node = stack.pop()
        yield items[node]
        frame = branches.get(node)
        if frame is not None and inside(frame.sceneBoundingRect()):
            stack.extend(c for c in m.children(node) if c in items)


def node_at(scene: MapScene, pos: QPointF, exclude: set[str] | None = None) -> NodeItem | None:
    """The node whose box is at ``pos`` (as :meth:`MapScene.item_at` answers it)."""
    for item in _walk(scene, lambda rect: rect.contains(pos)):
        if (exclude is None or item.node_id not in exclude) and \
                item.box_rect().adjusted(-2, -2, 2, 2).contains(pos):
            return item
    return None


def nodes_in(scene: MapScene, rect: QRectF) -> list[str]:
    """The nodes whose boxes touch ``rect`` (a rubber band drawn far out)."""
    return [item.node_id for item in _walk(scene, rect.intersects)
            if item.box_rect().intersects(rect)]


def _places(depth: int, side: int, w: float, h: float,
            on_box: bool = False) -> list[tuple[float, float]]:
    """Where a label may go, as shifts of its centre from its node's, best first: beside
    the node on its branch's side (left and right branches at one height both fit), on
    it; a main branch also on the other side, then a row above or below.

    ``on_box``: the boxes draw themselves (their text too small to read): a label goes on
    its own box first, hiding the box's unreadable text, then beside it."""
    out = (1.0 if side >= 0 else -1.0) * (w / 2 + LABEL_GAP / 2)
    row = 1.5 * h + 2 * LABEL_GAP     # clear of a bigger label (the root's) on the row
    if depth == 0:
        return [(0.0, 0.0), (0.0, row), (0.0, -row)]
    near = [(0.0, 0.0), (out, 0.0)] if on_box else [(out, 0.0), (0.0, 0.0)]
    if depth == 1:
        return near + [(-out, 0.0), (out, row), (out, -row), (0.0, row), (0.0, -row)]
    return near         # deeper ideas: many, each tried where it matters


def _stands_for(item: NodeItem, at: QPointF, frame: QGraphicsItem | None,
                block_scene: float) -> tuple[QRectF, QRectF, bool]:
    """(box, area, block) of a node far out: its box in the scene (``at`` its centre), what
    it stands for (its branch's frame, or the box when it has none), and whether that is so
    small on screen that the branch is drawn as one block."""
    box = item.geometry.box.translated(at)
    if frame is None:
        return box, box, False
    area = frame.sceneBoundingRect()
    return box, area, area.height() < block_scene and area.width() < block_scene * 4


class Overview:
    """One map view's far-out drawing (see the module's text)."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        #: stand-ins instead of the items (below OVERVIEW_ZOOM)
        self.active = False
        #: readable labels on top (below LABEL_ZOOM, the items drawing themselves or not)
        self.labelled = False
        self._colours: dict[tuple[str, int], QColor] = {}
        self._fonts: dict[int, tuple[QFont, QFontMetricsF]] = {}
        self._texts: dict[tuple[str, int], tuple[str, float]] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._theme: object = None      # the theme the caches above were made for
        #: what the last walk found to label: (depth, -height, node, rect in the scene)
        self._candidates: list[tuple[int, float, str, QRectF]] = []
        #: the labels drawn by the last paint: (node, rect in viewport pixels); for tests
        self.labels: list[tuple[str, QRectF]] = []

    # ------------------------------------------------------------------------ switching
    def wanted(self) -> tuple[bool, bool]:
        """(stand-ins, labels) for the view's zoom; neither while another view (a
        presentation) shows the same scene."""
        scene = self.view.scene()
        if scene is None or len(scene.views()) != 1:
            return False, False
        zoom = self.view.zoom()
        return zoom < OVERVIEW_ZOOM, zoom < LABEL_ZOOM

    def sync(self) -> None:
        """Switch the items' contents off (far out) or on again (near, or another view),
        and the labels on or off."""
        want, self.labelled = self.wanted()
        if not self.labelled:
            self.labels = []
        scene: MapScene = self.view.scene()  # type: ignore[assignment]
        if want == self.active or scene is None:
            return
        self.active = want
        scene.contents_hidden = want
        if want:
            hide_contents(scene)
        else:
            show_contents(scene)
        self.view.viewport().update()

    def changed(self, *_args: object) -> None:
        """Something in the map changed: the overview is drawn again (Qt does not send
        updates for items without contents)."""
        if self.active:
            self.view.viewport().update()

    # ------------------------------------------------------------------------- drawing
    def _colour(self, name: str, mix: float = 0.0) -> QColor:
        """``name``, mixed ``mix`` of the way towards the background (opaque)."""
        key = (name, mix)
        colour = self._colours.get(key)
        if colour is None:
            colour = QColor(name)
            if mix:
                back = QColor(self.view.scene().theme.background)
                colour = QColor.fromRgbF(
                    colour.redF() + (back.redF() - colour.redF()) * mix,
                    colour.greenF() + (back.greenF() - colour.greenF()) * mix,
                    colour.blueF() + (back.blueF() - colour.blueF()) * mix)
            self._colours[key] = colour
        return colour

    def _follow_theme(self) -> MapScene:
        """The view's scene, the caches emptied when its theme changed since they were filled
        (colours mixed with the old background, fonts, label pixmaps)."""
        scene: MapScene = self.view.scene()  # type: ignore[assignment]
        if scene.theme is not self._theme:
            self._colours.clear()
            self._fonts.clear()
            self._texts.clear()
            self._pixmaps.clear()
            self._theme = scene.theme
        return scene

    def paint_stand_ins(self, painter: QPainter, exposed: QRectF) -> None:
        """Blocks, boxes and lines for what ``exposed`` (scene coordinates) holds, and the
        labels' candidates there."""
        scene = self._follow_theme()
        block_scene = BLOCK_PX / self.view.zoom()
        items, branches, m = scene.items_by_id, scene.branches, scene.mind_map
        blocks: dict[str, list[QRectF]] = defaultdict(list)
        boxes: dict[tuple[str, str], list[QRectF]] = defaultdict(list)
        lines: dict[str, list[QLineF]] = defaultdict(list)
        candidates: list[tuple[int, float, str, QRectF]] = []
        stack: list[tuple[str, QPointF | None]] = [(r, None) for r in m.roots() if r in items]
        while stack:
            node, above = stack.pop()
            item = items[node]
            at = item.scenePos()        # the box's centre (a box is centred on its item)
            look = item.look
            if above is not None:
                lines[look.color].append(QLineF(above, at))
            frame = branches.get(node)
            box, area, block = _stands_for(item, at, frame, block_scene)
            if not area.intersects(exposed):
                continue
            if block:
                blocks[look.color].append(area)
                candidates.append((look.depth, -area.height(), node, area))
                continue
            boxes[(look.fill, look.color)].append(box)
            candidates.append((look.depth, -area.height(), node, box))
            if frame is not None:
                stack.extend((child, at) for child in m.children(node) if child in items)
        self._candidates = candidates
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for colour, group in lines.items():
            pen = QPen(self._colour(colour, LINE_MIX), 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(group)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, group in blocks.items():
            painter.setBrush(QBrush(self._colour(colour, BLOCK_MIX)))
            painter.drawRects(group)
        for (fill, colour), group in boxes.items():
            pen = QPen(self._colour(colour), 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QBrush(self._colour(fill)))
            painter.drawRects(group)
        painter.restore()

    def find_labels(self, exposed: QRectF) -> None:
        """The labels' candidates in ``exposed`` while the items draw themselves: found
        level by level from the roots, up to the level that brings enough of them. Labels
        are tried the shallowest first and at most ``3 * MAX_LABELS`` are looked at, so the
        deeper levels (most of the boxes in view) would never be (a walk of them all was a
        fifth of a frame at 25 % on 100,000 ideas)."""
        scene = self._follow_theme()
        block_scene = BLOCK_PX / self.view.zoom()
        items, branches, m = scene.items_by_id, scene.branches, scene.mind_map
        wanted = 3 * MAX_LABELS + 1 + len(scene.selectedItems())
        candidates: list[tuple[int, float, str, QRectF]] = []
        level = [r for r in m.roots() if r in items]
        while level and len(candidates) < wanted:
            below: list[str] = []
            for node in level:
                item = items[node]
                frame = branches.get(node)
                box, area, block = _stands_for(item, item.scenePos(), frame, block_scene)
                if not area.intersects(exposed):
                    continue
                candidates.append((item.look.depth, -area.height(), node, area if block else box))
                if frame is not None and not block:
                    below.extend(c for c in m.children(node) if c in items)
            level = below
        self._candidates = candidates

    def _font(self, px: int) -> tuple[QFont, QFontMetricsF]:
        hit = self._fonts.get(px)
        if hit is None:
            scene: MapScene = self.view.scene()  # type: ignore[assignment]
            font = QFont(scene.theme.font_family)
            font.setPixelSize(px)
            font.setBold(px >= LABEL_PX[1])
            hit = self._fonts[px] = (font, QFontMetricsF(font))
        return hit

    def _label_text(self, text: str, px: int, metrics: QFontMetricsF) -> tuple[str, float]:
        """The label's (first line, elided) and its width, measured once."""
        key = (text, px)
        hit = self._texts.get(key)
        if hit is None:
            if len(self._texts) > 20000:
                self._texts.clear()
            line = text.splitlines()[0] if text.strip() else "…"
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, LABEL_MAX_WIDTH)
            hit = self._texts[key] = (line, metrics.horizontalAdvance(line))
        return hit

    def _label(self, text: str, px: int, colour: str, w: float, h: float,
               ratio: float) -> QPixmap:
        """A label's pill and text, drawn once into a pixmap (for ``ratio`` device pixels
        a pixel) with a pixel of room round it for the pen's antialiasing."""
        key = (text, px, colour, w, h, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) >= KEEP_LABELS:
                del self._pixmaps[next(iter(self._pixmaps))]
            theme = self.view.scene().theme
            pixmap = QPixmap(int((w + 3) * ratio), int((h + 3) * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            rect = QRectF(1.0, 1.0, w, h)
            painter.setPen(QPen(self._colour(colour), 1.5))
            painter.setBrush(QBrush(self._colour(theme.background)))
            painter.drawRoundedRect(rect, h / 2, h / 2)
            painter.setFont(self._font(px)[0])
            painter.setPen(self._colour(theme.text))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap

    def paint_labels(self, painter: QPainter) -> None:
        """Readable labels where there is room, biggest branches first, and the selection.

        Drawn in viewport pixels (after :meth:`paint_stand_ins` or :meth:`find_labels` found
        the candidates)."""
        scene: MapScene = self.view.scene()  # type: ignore[assignment]
        view = self.view
        selected = [i for i in scene.selectedItems() if getattr(i, "node_id", None) in
                    scene.items_by_id]
        candidates = self._candidates
        candidates.sort(key=_BY_DEPTH_AND_SIZE)
        chosen = {item.node_id for item in selected}
        order = [(0, 0.0, n, scene.items_by_id[n].box_rect()) for n in chosen] + \
            [c for c in candidates if c[2] not in chosen]
        theme = scene.theme
        # the labels placed so far, by grid cell, as (left, top, right, bottom) with their gap
        grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = \
            defaultdict(list)
        placed: list[tuple[str, QRectF]] = []
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bounds = QRectF(view.viewport().rect())
        ratio = view.viewport().devicePixelRatioF()
        # the selection: a ring that stays visible however far out
        ring = QPen(self._colour(theme.selection), 2.5)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in selected:
            rect = view.mapFromScene(item.box_rect()).boundingRect()
            centre = QRectF(rect).center()
            half_w, half_h = max(rect.width() / 2 + 4, 7), max(rect.height() / 2 + 4, 7)
            painter.drawRoundedRect(QRectF(centre.x() - half_w, centre.y() - half_h,
                                           2 * half_w, 2 * half_h), 5, 5)
        looked, covered = 0, 0.0
        room = bounds.width() * bounds.height() * LABEL_COVER
        view_w, view_h = bounds.width(), bounds.height()
        # the view's transform as numbers (it never turns: a scale and a shift)
        to_view = view.viewportTransform()
        sx, sy, dx0, dy0 = to_view.m11(), to_view.m22(), to_view.dx(), to_view.dy()
        items = scene.items_by_id
        for depth, _size, node, area in order:
            if len(placed) >= MAX_LABELS or looked > 3 * MAX_LABELS or covered > room:
                break
            looked += 1
            px = int(LABEL_PX[min(depth, 2)])
            _, metrics = self._font(px)
            item = items[node]
            text, advance = self._label_text(item.look.text, px, metrics)
            w = advance + 12.0
            h = metrics.height() + 6.0
            centre = area.center()
            cx, cy = centre.x() * sx + dx0, centre.y() * sy + dy0
            for dx, dy in _places(depth, item.side, w, h, not self.active):
                left, top = cx + dx - w / 2, cy + dy - h / 2
                if left < 0 or top < 0 or left + w > view_w or top + h > view_h:
                    continue            # not wholly in view
                keep = (left - LABEL_GAP, top - LABEL_GAP, left + w + LABEL_GAP,
                        top + h + LABEL_GAP)
                cells = [(gx, gy) for gx in range(int(keep[0] // _CELL),
                                                  int(keep[2] // _CELL) + 1)
                         for gy in range(int(keep[1] // _CELL), int(keep[3] // _CELL) + 1)]
                if node in chosen or not any(
                        keep[0] < o[2] and o[0] < keep[2] and keep[1] < o[3] and
                        o[1] < keep[3] for cell in cells for o in grid.get(cell, ())):
                    break
            else:
                continue
            for cell in cells:
                grid[cell].append(keep)
            covered += w * h
            # on whole pixels: the pill drawn once, copied to where it goes
            left, top = round(left), round(top)
            placed.append((node, QRectF(left, top, w, h)))
            painter.drawPixmap(left - 1, top - 1,
                               self._label(text, px, item.look.color, w, h, ratio))
        painter.restore()
        self.labels = placed
