"""Tree edges (smooth curves in the branch colour) and cross-links (dashed labelled arrows)."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem

from .curve_clip import (
    PIECE_OF_RECT,
    Curve,
    arc_length,
    chords,
    cubic_chords,
    edge_controls,
    edge_piece,
    sub_cubic,
    sub_curve,
    visible_runs,
)
from .node_item import MIN_TEXT_ON_SCREEN


def tree_edge_ends(parent: tuple[float, float, float, float],
                   child: tuple[float, float, float, float], side: int
                   ) -> tuple[float, float, float, float, bool]:
    """Where the curve from the parent's outer edge to the child's inner edge starts and
    ends, and whether it runs down (an org chart) rather than across: ``(sx, sy, ex, ey,
    down)``.

    ``parent`` and ``child`` are the boxes as ``(x, y, width, height)`` (what ``QRectF``
    holds): plain floats, because a big map places tens of thousands of edges on open and
    every call into Qt for a corner or a centre costs. The arithmetic is QRectF's own
    (``right`` is ``x + width``, the centre ``x + width / 2``), so the curve is the same to
    the last bit."""
    px, py, pw, ph = parent
    cx, cy, cw, ch = child
    if side == 2:  # down
        return px + pw / 2, py + ph, cx + cw / 2, cy, True
    if side < 0:
        sx, sy = px, py + ph / 2
        ex, ey = cx + cw, cy + ch / 2
    else:
        sx, sy = px + pw, py + ph / 2
        ex, ey = cx, cy + ch / 2
    if (side > 0 and ex < sx) or (side < 0 and ex > sx):
        # placed by hand behind its parent: connect centre lines instead
        sx, sy = px + pw / 2, py + ph / 2
        ex, ey = cx + cw / 2, cy + ch / 2
    return sx, sy, ex, ey, False


def curve_path(sx: float, sy: float, ex: float, ey: float, down: bool) -> QPainterPath:
    """The cubic curve between the ends :func:`tree_edge_ends` gives: it leaves and meets
    the boxes square (across, or down). Its control points lie between its ends, so the
    rect of the two ends is its bounding rect."""
    return _cubic_path(edge_controls(sx, sy, ex, ey, down))


def _cubic_path(points: tuple[float, ...]) -> QPainterPath:
    """A path of the one cubic ``points`` (x0, y0, x1, y1, x2, y2, x3, y3)."""
    path = QPainterPath()
    path.moveTo(points[0], points[1])
    path.cubicTo(*points[2:])
    return path


_NO_BUTTON = Qt.MouseButton.NoButton
_PENS: dict[tuple[str, float], tuple[tuple[str, float], QPen]] = {}


def _edge_pen(colour: str, width: float) -> tuple[tuple[str, float], QPen]:
    """One pen per colour and width, shared by the edges (a map uses a few), with its key
    (one tuple for all the edges that use it, too)."""
    hit = _PENS.get((colour, width))
    if hit is None:
        key = (colour, width)
        hit = _PENS[key] = (key, QPen(QColor(colour), width, Qt.PenStyle.SolidLine,
                                      Qt.PenCapStyle.RoundCap))
    return hit


_CHORD_TOOLS: dict[tuple[str, float], tuple[QPen, QBrush]] = {}


def _chord_tools(key: tuple[str, float], pen: QPen) -> tuple[QPen, QBrush]:
    """For the middle of a long edge drawn with ``pen`` (keyed ``key``) as chords: the pen
    with flat caps (no end shows) and the fill of the round joins between the chords."""
    tools = _CHORD_TOOLS.get(key)
    if tools is None:
        flat = QPen(pen)
        flat.setCapStyle(Qt.PenCapStyle.FlatCap)
        tools = _CHORD_TOOLS[key] = (flat, QBrush(pen.color()))
    return tools


class Edge:
    """The curve from a parent to one child, keyed by the child's id.

    Not an item of its own: the parent's branch frame draws it (see
    :class:`~.branch_items.BranchItem`), in the frame's coordinates, where the parent's box
    stands at the origin. An item per edge doubled the items of a map: each costs memory, a
    Qt object to make on open or unfold, and a visit from Qt each time a branch above it
    moves. ``owner`` is the frame that draws it (None while it hangs nowhere).

    It keeps its ends as numbers; the ``QPainterPath`` is made when it is first drawn (or
    asked for): on a big map most curves are never on screen between two edits."""

    __slots__ = ("_bounds", "_ends", "_opacity", "_path", "_pen", "_style", "_visible",
                 "child_id", "drawn_for", "owner", "parent_id")

    def __init__(self, child_id: str) -> None:
        self.child_id = child_id
        self._style: tuple[str, float] | None = None
        self._pen: QPen | None = None
        #: (sx, sy, ex, ey, down), see :func:`tree_edge_ends` (None: no curve yet)
        self._ends: tuple[float, float, float, float, bool] | None = None
        self._path: QPainterPath | None = None
        #: where the curve draws, pen included, in the owner's coordinates, as (left, top,
        #: right, bottom) (None: nowhere)
        self._bounds: tuple[float, float, float, float] | None = None
        self._visible = True
        self._opacity = 1.0
        #: what the path was drawn for (child offset, box sizes, side): same shape, same path
        self.drawn_for: tuple | None = None
        #: the parent it was last drawn from
        self.parent_id: str | None = None
        self.owner = None

    # --------------------------------------------------------------- where it hangs
    def attach(self, owner) -> None:  # noqa: ANN001 - a BranchItem (imports the other way)
        """Be drawn by ``owner`` (a frame), or by nothing when None."""
        if owner is self.owner:
            return
        self._repaint()
        if self.owner is not None:
            self.owner.edges.pop(self.child_id, None)
        self.owner = owner
        if owner is not None:
            owner.edges[self.child_id] = self
            self._repaint()

    def _repaint(self) -> None:
        bounds = self._bounds
        if self.owner is not None and bounds is not None:
            left, top, right, bottom = bounds
            self.owner.update(left, top, right - left, bottom - top)

    # --------------------------------------------------------------- how it looks
    def set_style(self, colour: str, width: float) -> None:
        if (colour, width) == self._style:
            return
        same_width = self._style is not None and self._style[1] == width
        self._style, self._pen = _edge_pen(colour, width)
        if self._bounds is not None:        # a curve placed already: its bounds take the pen
            self._repaint()
            if not same_width:              # a new colour only: the same bounds
                self._set_bounds()
                self._repaint()

    def set_curve(self, parent: tuple[float, float, float, float],
                  child: tuple[float, float, float, float], side: int) -> None:
        """Run from the ``parent`` box to the ``child`` box (in the owner's coordinates, as
        ``(x, y, width, height)``), growing towards ``side``."""
        ends = tree_edge_ends(parent, child, side)
        if ends == self._ends:
            return
        self._repaint()
        self._ends = ends
        self._path = None
        self._set_bounds()
        self._repaint()

    def _set_bounds(self) -> None:
        sx, sy, ex, ey, _down = self._ends
        grow = (self._pen.widthF() if self._pen is not None else 1.0) / 2 + 1.0
        self._bounds = (min(sx, ex) - grow, min(sy, ey) - grow, max(sx, ex) + grow,
                        max(sy, ey) + grow)

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        if visible != self._visible:
            self._visible = visible
            self._repaint()

    def setOpacity(self, opacity: float) -> None:  # noqa: N802
        if opacity != self._opacity:
            self._opacity = opacity
            self._repaint()

    def path(self) -> QPainterPath:
        """The curve, in its owner's coordinates."""
        if self._path is None:
            if self._ends is None:
                return QPainterPath()
            self._path = curve_path(*self._ends)
        return self._path

    def pen(self) -> QPen:
        return self._pen if self._pen is not None else QPen()

    def isVisible(self) -> bool:  # noqa: N802
        return self._visible and self.owner is not None and self.owner.isVisible()

    def opacity(self) -> float:
        return self._opacity

    def scene_path(self) -> QPainterPath:
        """The curve in scene coordinates (empty while it hangs nowhere)."""
        return self.owner.mapToScene(self.path()) if self.owner is not None else QPainterPath()

    def draw(self, painter: QPainter, exposed: tuple[float, float, float, float],
             base_opacity: float) -> None:
        """Draw it with ``painter`` (in its owner's coordinates) if it reaches ``exposed``
        (left, top, right, bottom). A curve far longer than ``exposed`` (an edge across a
        big map) is stroked only where it runs inside it."""
        bounds = self._bounds
        if not self._visible or bounds is None or self._pen is None or \
                bounds[0] > exposed[2] or bounds[2] < exposed[0] or \
                bounds[1] > exposed[3] or bounds[3] < exposed[1]:
            return
        if self._opacity != 1.0:
            painter.setOpacity(base_opacity * self._opacity)
        if max(bounds[2] - bounds[0], bounds[3] - bounds[1]) <= \
                PIECE_OF_RECT * max(exposed[2] - exposed[0], exposed[3] - exposed[1]):
            painter.setPen(self._pen)
            painter.drawPath(self.path())
        else:
            self._draw_piece(painter, exposed)
        if self._opacity != 1.0:
            painter.setOpacity(base_opacity)

    def _draw_piece(self, painter: QPainter, exposed: tuple[float, float, float, float]
                    ) -> None:
        """Stroke the stretch of a long curve inside ``exposed`` grown by the pen. Qt fills
        a round-capped stroke row by row (0.4 us a row on screen, whatever the curve's
        length), but draws a flat-capped straight line with its own rasterizer, ten times
        faster: a stretch whose ends both fall outside (so no cap shows) and that chords
        follow to 1/20 px is drawn as those chords, flat-capped; else the stretch itself."""
        sx, sy, ex, ey, down = self._ends
        grow = self._pen.widthF() + 2.0
        left, top, right, bottom = exposed
        span = edge_piece(sx, sy, ex, ey, down, left - grow, top - grow, right + grow,
                          bottom + grow)
        if span is None:
            return          # it passes by: none of it inside
        piece = sub_cubic(edge_controls(sx, sy, ex, ey, down), *span)
        if 0.0 < span[0] and span[1] < 1.0:
            transform = painter.worldTransform()
            points = cubic_chords(piece, max(abs(transform.m11()), abs(transform.m22())))
            if points is not None:
                flat, joins = _chord_tools(self._style, self._pen)
                painter.setPen(flat)
                painter.drawLines([QLineF(ax, ay, bx, by)
                                   for (ax, ay), (bx, by) in pairwise(points)])
                if len(points) > 2:     # round joins: flat ends leave a notch where
                    radius = self._pen.widthF() / 2         # two chords meet at an angle
                    painter.setPen(_NO_PEN)
                    painter.setBrush(joins)
                    for x, y in points[1:-1]:
                        painter.drawEllipse(QPointF(x, y), radius, radius)
                    painter.setBrush(_NO_BRUSH)
                return
        painter.setPen(self._pen)
        painter.drawPath(_cubic_path(piece))


def _box_exit(box: tuple[float, float, float, float], tx: float, ty: float
              ) -> tuple[float, float]:
    """Where the segment from the centre of ``box`` (x, y, width, height) to (tx, ty)
    leaves the box."""
    x, y, w, h = box
    cx, cy = x + w / 2, y + h / 2           # QRectF.center()'s arithmetic
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    sx = (w / 2) / abs(dx) if dx else math.inf
    sy = (h / 2) / abs(dy) if dy else math.inf
    scale = min(sx, sy, 1.0)
    return cx + dx * scale, cy + dy * scale


#: dash and gap of a cross-link, in pen widths: flat-ended dashes as long as the round-ended
#: ones before (Qt draws these three to four times faster)
LINK_DASHES = (5.0, 2.0)


_NO_PEN, _NO_BRUSH = QPen(Qt.PenStyle.NoPen), QBrush(Qt.BrushStyle.NoBrush)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_COLOURS: dict[str, QColor] = {}


def _colour_of(name: str) -> QColor:
    """A theme colour by name, parsed once."""
    colour = _COLOURS.get(name)
    if colour is None:
        colour = _COLOURS[name] = QColor(name)
    return colour


#: a long link's pieces in view are stroked as straight chords where they are all but
#: straight (see :func:`.curve_clip.chords`)
STRAIGHT_PIECES = True


def _draw(painter: QPainter, shape: QPainterPath | QLineF) -> None:
    """Stroke a piece of a link: a chord with Qt's line rasterizer, a curve as a path."""
    if type(shape) is QLineF:
        painter.drawLine(shape)
    else:
        painter.drawPath(shape)


#: the last paint's view: (transform, viewport rect) -> what :func:`shown_area` answers
_last_shown: list = [None, None, None]


def device_area(painter: QPainter, widget) -> QRect:  # noqa: ANN001
    """What a paint can show, in device pixels: the view's viewport, or (no view: an export)
    the picture being drawn, which is one band of rows of a big PNG."""
    if widget is not None:
        return widget.rect()
    device = painter.device()
    return QRect(0, 0, device.width(), device.height())


def shown_area(painter: QPainter, widget) -> tuple | None:  # noqa: ANN001
    """The part of the scene a paint shows (see :func:`device_area`), as (QRectF, scale,
    (left, top, right, bottom) with 8 px round for the pen, the area's larger side); None if
    the paint turns the scene to nothing. Worked out once a paint: every link and frame of it
    is in the same view."""
    to_device, area = painter.worldTransform(), device_area(painter, widget)
    if to_device == _last_shown[0] and area == _last_shown[1]:
        return _last_shown[2]
    to_item, invertible = to_device.inverted()
    found = None
    if invertible:
        shown = to_item.mapRect(QRectF(area))
        scale = max(abs(to_device.m11()), abs(to_device.m22()))
        margin = 8.0 / scale        # the pen and its antialiasing, 8 px round
        found = (shown, scale, (shown.left() - margin, shown.top() - margin,
                                shown.right() + margin, shown.bottom() + margin),
                 max(area.width(), area.height()))
    _last_shown[:] = [to_device, area, found]
    return found


class LinkItem(QGraphicsPathItem):
    """A cross-link: a dashed curved arrow with an optional label at its middle."""

    def __init__(self, source: str, target: str, label: str) -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.label = label
        self.setZValue(-0.5)                  # over tree edges, under the boxes
        # a click selects the link (Delete removes it, a double-click edits its label)
        self.setFlag(QGraphicsPathItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self._arrow = QPainterPath()
        self._label_pos = QPointF()
        self._colour = QColor("#555555")
        self._pen, self._brush = QPen(self._colour), QBrush(self._colour)
        self._pen_width = 1.0
        #: the curve as set (``path()`` hands out a new copy at each call)
        self._whole = QPainterPath()
        self._font = QFont("DejaVu Sans")
        self._font.setPointSizeF(9.0)
        self._label_rect = QRectF()
        self._label_size = (0.0, 0.0)
        self._ends: tuple | None = None
        #: the curve as (start, control, end) floats: what a view strokes of it is cut from it
        self._curve: Curve | None = None
        #: the larger side of the rect round the curve's control points
        self._reach = 0.0
        #: the arrow head and the label, in one rect
        self._ends_rect = QRectF()
        #: what :meth:`boundingRect` answers (Qt asks on every paint and move: kept, not
        #: worked out in Python each time)
        self._bounds = QRectF()

    @property
    def routed(self) -> bool:
        """False until the link runs between its ends' boxes (again after a restyle)."""
        return self._ends is not None

    def set_style(self, colour: str, font_family: str, size: float) -> None:
        font = QFont(font_family)
        font.setPointSizeF(size)
        font.setItalic(True)
        if font != self._font:
            self._ends = None       # the label's box follows the font: measure again
        self._font = font
        self._colour = QColor(colour)
        pen = QPen(self._colour, 1.8, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
        pen.setDashPattern(LINK_DASHES)
        self.setPen(pen)
        #: kept for painting (the item's pen() hands out a new copy at each call)
        self._pen, self._brush, self._pen_width = pen, QBrush(self._colour), pen.widthF()
        metrics = QFontMetricsF(self._font)
        #: the label's box (width, height): the label and font only change here
        self._label_size = (metrics.horizontalAdvance(self.label) + 8, metrics.height() + 2)

    def set_end_boxes(self, source: tuple[float, float, float, float],
                      target: tuple[float, float, float, float]) -> None:
        """Run between the boxes ``source`` and ``target`` (scene coordinates, as (x, y,
        width, height)). Worked out in plain floats: a shift of half a big map re-routes
        hundreds of links, and each call into Qt costs."""
        ends = (source, target)
        if ends == self._ends:
            return                  # neither end moved: keep the path (and skip a repaint)
        self._ends = ends
        sx, sy, sw, sh = source
        tx, ty, tw, th = target
        ax, ay = _box_exit(source, tx + tw / 2, ty + th / 2)
        bx, by = _box_exit(target, sx + sw / 2, sy + sh / 2)
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy) or 1.0
        # bow the curve sideways so it doesn't run along tree edges
        nx, ny = -dy / length, dx / length
        bow = min(80.0, length * 0.25)
        cx, cy = (ax + bx) / 2 + nx * bow, (ay + by) / 2 + ny * bow
        path = QPainterPath()
        path.moveTo(ax, ay)
        path.quadTo(cx, cy, bx, by)
        self._curve = (ax, ay, cx, cy, bx, by)
        self._reach = max(max(ax, cx, bx) - min(ax, cx, bx), max(ay, cy, by) - min(ay, cy, by))
        self.prepareGeometryChange()
        self.setPath(path)
        self._whole = path
        # arrow head along the curve's end tangent
        ux, uy = bx - cx, by - cy
        ul = math.hypot(ux, uy) or 1.0
        ux, uy = ux / ul, uy / ul
        size = 10.0
        lx, ly = bx - ux * size - uy * size * 0.5, by - uy * size + ux * size * 0.5
        rx, ry = bx - ux * size + uy * size * 0.5, by - uy * size - ux * size * 0.5
        arrow = QPainterPath()
        arrow.moveTo(bx, by)
        arrow.lineTo(lx, ly)
        arrow.lineTo(rx, ry)
        arrow.closeSubpath()
        self._arrow = arrow
        self._label_pos = path.pointAtPercent(0.5)
        left, top = min(ax, bx, cx, lx, rx), min(ay, by, cy, ly, ry)
        right, bottom = max(ax, bx, cx, lx, rx), max(ay, by, cy, ly, ry)
        self._ends_rect = QRectF(self._arrow.boundingRect())
        if self.label:
            w, h = self._label_size
            mx, my = self._label_pos.x(), self._label_pos.y()
            self._label_rect = QRectF(mx - w / 2, my - h / 2, w, h)
            self._ends_rect = self._ends_rect.united(self._label_rect)
            left, top = min(left, mx - w / 2), min(top, my - h / 2)
            right, bottom = max(right, mx + w / 2), max(bottom, my + h / 2)
        else:
            self._label_rect = QRectF()
        # the curve lies inside its control points' rect; the hit area (:meth:`shape`) is
        # 5 px either side of it, the pen under 1 px: 9 px round all covers both
        self._bounds = QRectF(left - 9.0, top - 9.0, right - left + 18.0, bottom - top + 18.0)

    def label_point(self) -> QPointF:
        """The middle of the link, where its label is drawn."""
        return QPointF(self._label_pos)

    def shape(self) -> QPainterPath:  # noqa: D102 - Qt override: the stroke, easy to hit
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        path = stroker.createStroke(self.path())
        path.addPath(self._arrow)
        if not self._label_rect.isEmpty():
            path.addRect(self._label_rect)
        return path

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _strokes(self, painter: QPainter, widget  # noqa: ANN001
                 ) -> tuple[list[tuple[QPainterPath | QLineF, float]], QRectF | None]:
        """What to stroke of the curve (paths and straight chords), each with its dash
        offset (in pen widths), and the part of the scene the paint shows (None: not worked
        out, the curve is short beside it).

        In a view, a curve far longer than the view is cut to the stretches inside it: Qt's
        dasher walks the whole of a pen wider than a pixel on screen, and a link across a big
        map is a million pixels long at 100 %. A stretch all but straight on screen is
        stroked as chords (:func:`.curve_clip.chords`: Qt's line rasterizer). A thinner pen
        Qt strokes with its cosmetic stroker, which skips what is out of view itself: that
        curve is stroked whole (finding whether any of it is in view costs more than the
        stroker's skipping). An export strokes the whole curve, unless its picture is drawn a
        band at a time (a big PNG) and the curve is far longer than the band."""
        curve, whole = self._curve, self._whole
        if curve is None:
            return [(whole, 0.0)], None
        found = shown_area(painter, widget)
        if found is None:
            return [(whole, 0.0)], None
        shown, scale, (left, top, right, bottom), view_side = found
        if self._reach * scale <= PIECE_OF_RECT * view_side:
            return [(whole, 0.0)], None
        width = self._pen_width
        if scale * width <= 1.0:
            return [(whole, 0.0)], shown
        runs = visible_runs(curve, left, top, right, bottom)
        if not runs:        # None: small beside the view after all; []: none of it in view
            return ([(whole, 0.0)] if runs is None else []), shown
        strokes: list[tuple[QPainterPath | QLineF, float]] = []
        for t0, t1 in runs:
            piece = sub_curve(curve, t0, t1)
            offset = arc_length(curve, t0) / width
            points = chords(piece, scale) if STRAIGHT_PIECES else None
            if points is None:      # bent on screen: the curve itself
                path = QPainterPath()
                path.moveTo(piece[0], piece[1])
                path.quadTo(*piece[2:])
                strokes.append((path, offset))
                continue
            (ax, ay), *rest = points
            for bx, by in rest:     # each chord goes on with the dashes where the last ended
                strokes.append((QLineF(ax, ay, bx, by), offset))
                offset += math.hypot(bx - ax, by - ay) / width
                ax, ay = bx, by
        return strokes, shown

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        strokes, shown = self._strokes(painter, widget)
        ends_shown = shown is None or shown.intersects(self._ends_rect)
        if not strokes and not ends_shown:
            return          # a long link passing by: neither its curve nor its ends in view
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = self.isSelected()
        if selected:
            scene = self.scene()
            halo = QColor(getattr(getattr(scene, "theme", None), "selection", "#1f6feb"))
            halo.setAlphaF(0.45)
            painter.setPen(QPen(halo, 7.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            for shape, _offset in strokes:
                _draw(painter, shape)
        painter.setBrush(_NO_BRUSH)
        for shape, offset in strokes:
            if offset:
                pen = QPen(self._pen)
                pen.setDashOffset(offset)
                painter.setPen(pen)
            else:
                painter.setPen(self._pen)
            _draw(painter, shape)
        if not ends_shown:
            return          # its arrow and label are out of view
        painter.setPen(_NO_PEN)
        painter.setBrush(self._brush)
        painter.drawPath(self._arrow)
        if self.label:
            scene = self.scene()
            theme = getattr(scene, "theme", None)
            painter.setBrush(_colour_of(theme.background if theme else "#ffffff"))
            painter.drawRoundedRect(self._label_rect, 4, 4)
            detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(
                painter.worldTransform())
            if self._font.pointSizeF() * detail < MIN_TEXT_ON_SCREEN and not selected and \
                    getattr(scene, "simplify_small_text", True):
                # far out: a bar where the text is, as an idea's box shows it
                rect = self._label_rect
                painter.setBrush(self._brush)
                painter.setOpacity(painter.opacity() * 0.35)
                painter.drawRect(rect.adjusted(4, rect.height() * 0.3, -4, -rect.height() * 0.3))
                painter.setOpacity(painter.opacity() / 0.35)
                return
            painter.setPen(self._colour)
            painter.setFont(self._font)
            painter.drawText(self._label_rect, _CENTRED, self.label)
