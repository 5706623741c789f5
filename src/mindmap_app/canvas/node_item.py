"""The box of one node: rounded rectangle, wrapped text, tag chips, vote dots, badges.

The item's position is the centre of its box. It never changes the model; it only draws the
:class:`NodeLook` it was given.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..themes import contrast_ratio, mix
from .node_look import NodeLook
from .text_sizes import TEXT_FLAGS, label_of, natural_size, remember
from .text_wrap import label_size

BADGE_MARGIN = 4.0
HIGHLIGHT = "#f2b701"


#: text smaller than this on screen (points times view scale) is drawn as a bar instead
MIN_TEXT_ON_SCREEN = 4.0
#: up to this many votes show as dots (sticky dots on a flipchart); more as one counter
MAX_VOTE_DOTS = 5
#: a vote dot's diameter, in line heights of the chips' font (it fills most of the row: a
#: room reads the dots on the projector)
VOTE_DOT = 0.72

_FONTS: dict[tuple[str, float, bool], tuple[QFont, QFontMetricsF, float, float]] = {}
#: (family, size, bold) -> what every box in that font measures with (see :func:`_box_font`)
_BOX_FONTS: dict[tuple[str, float, bool], tuple] = {}


def cached_font(family: str, size: float, bold: bool
                ) -> tuple[QFont, QFontMetricsF, float, float]:
    """A font, its metrics, its line height and the narrowest box width (two M's), made once
    per (family, size, bold): a map uses only a few."""
    key = (family, size, bold)
    hit = _FONTS.get(key)
    if hit is None:
        font = QFont(family)
        font.setPointSizeF(size)
        font.setBold(bold)
        metrics = QFontMetricsF(font)
        hit = _FONTS[key] = (font, metrics, metrics.height(), metrics.horizontalAdvance("M") * 2)
    return hit


def _box_font(family: str, size: float, bold: bool) -> tuple:
    """Made once per (family, size, bold), looked up once per box: the font, its metrics,
    line height and narrowest box width; the chips' font and metrics; the paddings x and y,
    the vote dot and the height of the chips row, all scaled with the font."""
    key = (family, size, bold)
    hit = _BOX_FONTS.get(key)
    if hit is None:
        font, metrics, line_h, narrowest = cached_font(family, size, bold)
        small_font, small, small_h, _ = cached_font(family, size * 0.72, False)
        scale = size / 11.0
        hit = _BOX_FONTS[key] = (font, metrics, line_h, narrowest, small_font, small,
                                 10.0 * scale, 6.0 * scale, small_h * VOTE_DOT, small_h + 4.0)
    return hit


_ASCII_ADVANCES: dict[tuple[str, float, bool], list[float]] = {}


def ascii_advances(family: str, size: float, bold: bool) -> list[float]:
    """The advance of each ASCII character alone in the font, by code (0 for the control
    characters): an ASCII text is about as wide as the sum of its characters' advances."""
    key = (family, size, bold)
    hit = _ASCII_ADVANCES.get(key)
    if hit is None:
        metrics = cached_font(family, size, bold)[1]
        hit = _ASCII_ADVANCES[key] = [metrics.horizontalAdvance(chr(c)) if 32 <= c < 127
                                      else 0.0 for c in range(128)]
    return hit


#: the share of the sum of its characters' advances an ASCII text is surely wider than:
#: kerning and ligatures take a little (0.93 at the least over the sample maps and a
#: 20,000-idea map in three themes; 0.80 for "Ty.Ty.Ty.", made to kern). Should a text be
#: taken for wrapping wrongly, it is measured wrapped: its size is still right
SURELY_WIDER = 0.75


#: how much a dimmed box shows (a filter's "dim the rest", a presentation's other branches)
DIM_BOX = 0.25
#: how far a dimmed box's text goes from full contrast towards its box: still 3:1 or better
DIM_TEXT = 0.45


@lru_cache(maxsize=256)
def dimmed_text_colour(fill: str, background: str) -> QColor:
    """The text colour of a dimmed box: black or white, whichever reads on the box as dimmed
    (its fill a quarter over the background), taken part of the way to that box colour.
    Drawn faded like the box, white text on a dark box (the central idea) vanished into the
    pale grey the box became (1.3:1)."""
    box = mix(background, fill, DIM_BOX)
    ink = max(("#000000", "#ffffff"), key=lambda c: contrast_ratio(c, box))
    return QColor(mix(ink, box, DIM_TEXT))


@lru_cache(maxsize=256)
def readable_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (tag chips, badges)."""
    white, black = contrast_ratio("#ffffff", fill), contrast_ratio("#000000", fill)
    return "#ffffff" if white >= black else "#000000"


def geometry_key(look: NodeLook) -> tuple:
    """The parts of a look that decide the box's size; colours are not among them."""
    return (look.text, look.font_family, look.font_size, look.bold,
            tuple(tag for tag, _ in look.tags), look.votes, look.has_note, bool(look.link),
            look.folded_count, look.max_text_width)


#: made once: on a big map tens of thousands of items take them (an enum look-up costs)
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_NO_PEN = QPen(Qt.PenStyle.NoPen)


_PENS: dict[tuple[str, float, bool], QPen] = {}
_BRUSHES: dict[str, QBrush] = {}


def _border_pen(colour: str, width: float, dashed: bool) -> QPen:
    """A box's border pen, made once per colour, width and dash (a map uses a few): a paint
    made three Qt objects for it, at every box."""
    pen = _PENS.get((colour, width, dashed))
    if pen is None:
        if len(_PENS) > 512:
            _PENS.clear()
        pen = _PENS[colour, width, dashed] = QPen(
            QColor(colour), width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    return pen


def _fill_brush(colour: str) -> QBrush:
    """A box's fill, made once per colour."""
    brush = _BRUSHES.get(colour)
    if brush is None:
        if len(_BRUSHES) > 512:
            _BRUSHES.clear()
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


def _measure(text: str, metrics: QFontMetricsF, line_h: float,
             look: NodeLook) -> tuple[float, float]:
    """The size of ``text`` in the box's font: on one line, or wrapped at its width."""
    known = label_size(text, metrics, (look.font_family, look.font_size, look.bold),
                       look.max_text_width, TEXT_FLAGS, line_h)
    if known is not None:       # from its words' widths, as Qt would measure it
        return known
    if "\n" in text or (text.isascii() and SURELY_WIDER * sum(map(
            ascii_advances(look.font_family, look.font_size, look.bold).__getitem__,
            text.encode())) > look.max_text_width):
        advance = math.inf      # it wraps for sure: no need to measure it on one line
    else:
        advance = metrics.horizontalAdvance(text)
    if advance <= look.max_text_width:      # one line: no need to lay out wrapping
        return advance, line_h
    wrapped = metrics.boundingRect(QRectF(0, 0, look.max_text_width, 1e6), TEXT_FLAGS, text)
    return wrapped.width(), wrapped.height()


#: metrics of the small font (tags, votes, badges) -> text -> advance: a map's tags are few
_SMALL_ADVANCES: dict[int, dict[str, float]] = {}


def _small_advance(metrics: QFontMetricsF, text: str) -> float:
    """``metrics.horizontalAdvance(text)``, measured once per small font (a map has a few
    tags and vote counts, on thousands of boxes)."""
    known = _SMALL_ADVANCES.get(id(metrics))
    if known is None:
        known = _SMALL_ADVANCES[id(metrics)] = {}
    advance = known.get(text)
    if advance is None:
        if len(known) > 4096:
            known.clear()
        advance = known[text] = metrics.horizontalAdvance(text)
    return advance


class NodeGeometry:
    """Measured layout of a node's contents, in item coordinates (centre at 0, 0).

    The rects are kept as plain ``(x, y, width, height)`` floats and made into ``QRectF``
    the first time they are asked for (:attr:`box`, :attr:`text_rect`, :attr:`bounds`): a
    ``QRectF`` costs about 240 bytes and a call into Qt, and on a big map most boxes are not
    painted, edited or hit before the next edit re-measures them. The arithmetic is QRectF's
    own (``right`` is ``x + width``, ``adjusted`` adds to the corners), so the values are the
    same to the last bit."""

    __slots__ = ("_bar", "_box", "_bounds", "_text_rect", "badge_w", "chips", "dot", "font", "icon",
                 "icons_left", "pad_x", "pad_y", "row_h", "row_top", "size",
                 "small_font", "text_h", "text_w", "votes_w")

    def __init__(self, look: NodeLook) -> None:
        (self.font, metrics, line_h, narrowest, self.small_font, small, pad_x, pad_y, self.dot,
         row_h) = _BOX_FONTS.get((look.font_family, look.font_size, look.bold)) or \
            _box_font(look.font_family, look.font_size, look.bold)
        self.pad_x, self.pad_y = pad_x, pad_y
        scale = look.font_size / 11.0
        self.icon = line_h
        font_key, text = label_of(look)
        kept = natural_size(font_key, text)
        if kept is not None:        # measured before (in this run, or kept for the file)
            natural_w, natural_h = kept
        else:
            natural_w, natural_h = _measure(text, metrics, line_h, look)
            remember(font_key, text, (natural_w, natural_h))
        text_w = max(natural_w, narrowest)
        text_h = max(natural_h, line_h)
        icons = int(look.has_note) + int(bool(look.link))
        icons_w = icons * (self.icon + 2.0)
        # bottom row: tag chips and votes
        chips: list[float] = []
        row_w = 0.0
        for tag, _colour in look.tags:
            w = _small_advance(small, tag) + 10.0 * scale
            chips.append(w)
            row_w += w + 4.0
        #: the width of each tag chip, in look.tags order (most nodes: none, one shared tuple)
        self.chips: list[float] | tuple[()] = chips or ()
        #: the width of the votes: their dots, or the counter (a pill: a dot and the number)
        self.votes_w = 0.0
        if look.votes:
            if look.votes <= MAX_VOTE_DOTS:
                self.votes_w = look.votes * (self.dot + 3.0) - 3.0
            else:           # the count in bold (see NodeItem._paint_row)
                bold = cached_font(look.font_family, look.font_size * 0.72, True)[1]
                self.votes_w = _small_advance(bold, f"{look.votes}") + self.dot + 12.0
            row_w += self.votes_w
        self.row_h = row_h if (chips or look.votes) else 0.0
        width = max(text_w + icons_w, row_w) + 2 * pad_x
        height = text_h + self.row_h + 2 * pad_y
        self.size = (width, height)
        self.text_w, self.text_h = text_w, text_h
        text_left, text_top = -width / 2 + pad_x, -height / 2 + pad_y    # as text_xywh
        self.icons_left = (text_left + (text_w + 1.0)) + 2.0        # text_rect.right() + 2
        self.row_top = (text_top + text_h) + 2.0                    # text_rect.bottom() + 2
        self.badge_w = 0.0
        if look.folded_count:
            badge = _small_advance(small, f"{look.folded_count}") + 10.0
            self.badge_w = max(badge, self.small_font.pointSizeF() * 1.8)
        self._box = self._bounds = self._text_rect = self._bar = None

    @property
    def box_xywh(self) -> tuple[float, float, float, float]:
        """The box as (x, y, width, height): centred on the node."""
        width, height = self.size
        return (-width / 2, -height / 2, width, height)

    @property
    def text_xywh(self) -> tuple[float, float, float, float]:
        """:attr:`text_rect` as (x, y, width, height)."""
        width, height = self.size
        return (-width / 2 + self.pad_x, -height / 2 + self.pad_y, self.text_w + 1.0,
                self.text_h)

    @property
    def bounds_xywh(self) -> tuple[float, float, float, float]:
        """:attr:`bounds` as (x, y, width, height): ``box.adjusted(-grow, -4, grow, 4)``."""
        width, height = self.size
        grow = self.badge_w + BADGE_MARGIN + 4
        return (-width / 2 + -grow, -height / 2 + -4.0, width + grow - -grow,
                height + 4.0 - -4.0)

    @property
    def box(self) -> QRectF:
        """The box (the rounded rectangle drawn), centred on the node."""
        if self._box is None:
            self._box = QRectF(*self.box_xywh)
        return self._box

    @property
    def text_rect(self) -> QRectF:
        """Where the text is drawn (wrapped inside it)."""
        if self._text_rect is None:
            self._text_rect = QRectF(*self.text_xywh)
        return self._text_rect

    @property
    def bar(self) -> QRectF:
        """Where the text is, as the bar drawn instead of it far out (its middle 40 %)."""
        if self._bar is None:
            x, y, w, h = self.text_xywh
            self._bar = QRectF(x, y + h * 0.3, w, h - h * 0.3 - h * 0.3)
        return self._bar

    @property
    def bounds(self) -> QRectF:
        """The box with room for the fold badge on either side and the selection ring."""
        if self._bounds is None:
            self._bounds = QRectF(*self.bounds_xywh)
        return self._bounds


#: how many measurements of dropped boxes are kept (see :func:`keep_measured`)
KEEP_MEASURED = 4096
_KEPT: dict[tuple, NodeGeometry] = {}


def keep_measured(look: NodeLook, geometry: NodeGeometry) -> None:
    """Keep the measurements of a box going away (its branch folded or deleted): unfolding
    it again or undoing the delete makes the same boxes, and measuring text with Qt is most
    of what making a box costs. The latest :data:`KEEP_MEASURED` are kept."""
    _KEPT[geometry_key(look)] = geometry
    if len(_KEPT) > KEEP_MEASURED:
        del _KEPT[next(iter(_KEPT))]


def measured(look: NodeLook) -> NodeGeometry:
    """The geometry of a box with ``look``: kept from a dropped box with the same text, font
    and marks (a geometry is never changed once made), else measured."""
    if _KEPT:
        hit = _KEPT.get(geometry_key(look))
        if hit is not None:
            return hit
    return NodeGeometry(look)


class NodeItem(QGraphicsRectItem):
    """A node box. ``node_id`` ties it to the model; ``side`` (+1/-1/+2/0) says where its
    children grow, which places the fold badge on the outer edge.

    A rect item only so that its bounding rect (box and badges, kept as the item's rect, no
    pen) is answered by Qt itself: the scene asks for it on every move and every paint, and
    a Python ``boundingRect`` costs a call into Python each time (100,000 per paint on a big
    map without an index). It draws itself in :meth:`paint`."""

    # the state most items keep all their life, as class defaults: an instance holds only
    # what differs (a big map has tens of thousands of items)
    side = 1
    drop_hint: str | None = None    # None | "child" | "before" | "after" | "refused"
    dimmed = False
    highlighted = False
    highlight: tuple[str, str] | None = None    # (fill, text): a find match

    def __init__(self, node_id: str, look: NodeLook,
                 geometry: NodeGeometry | None = None) -> None:
        super().__init__()
        self.node_id = node_id
        self.setFlag(_SELECTABLE, True)
        self.setPen(_NO_PEN)
        self.look = look
        self.geometry = geometry if geometry is not None else measured(look)
        self._set_bounds()

    # ------------------------------------------------------------------------ state
    def set_look(self, look: NodeLook) -> bool:
        """Take a new look; True when the size changed (the layout must hear of it).

        Only a change of text, font or marks re-measures; a colour change just repaints.
        """
        if look == self.look:
            return False
        if geometry_key(look) == geometry_key(self.look):     # the look it was measured for
            self.look = look
            self.update()
            return False
        old = self.geometry.size
        self.prepareGeometryChange()
        self.look = look
        self.geometry = NodeGeometry(look)
        self._set_bounds()
        self.update()
        return self.geometry.size != old

    def set_side(self, side: int) -> None:
        if side != self.side:
            self.prepareGeometryChange()
            self.side = side
            self._set_bounds()
            self.update()

    def set_marks(self, dimmed: bool, highlighted: bool) -> None:
        """View marks: dimmed by a filter, highlighted among the top N by votes."""
        if (dimmed, highlighted) != (self.dimmed, self.highlighted):
            self.dimmed, self.highlighted = dimmed, highlighted
            self.update()

    def set_highlight(self, colours: tuple[str, str] | None, repaint: bool = True) -> None:
        """Fill the box with ``(fill, text)`` colours (a find match), or stop (None).
        ``repaint=False``: the caller repaints the whole scene once (thousands of boxes)."""
        if colours != self.highlight:
            self.highlight = colours
            if repaint:
                self.update()

    def set_drop_hint(self, hint: str | None) -> None:
        if hint != self.drop_hint:
            self.drop_hint = hint
            self.update()

    def size(self) -> tuple[float, float]:
        return self.geometry.size

    def pos(self) -> QPointF:  # noqa: D102 - where the box's centre stands in the scene
        # the item sits at the origin of its branch's frame (see branch_items): its own
        # position says nothing, the frame's place in the scene is the node's place
        return self.scenePos()

    def box_rect(self) -> QRectF:
        """The box in scene coordinates."""
        return self.geometry.box.translated(self.scenePos())

    def scene_box(self) -> tuple[float, float, float, float]:
        """:meth:`box_rect` as (x, y, width, height), without making a ``QRectF``."""
        pos = self.scenePos()
        x, y, w, h = self.geometry.box_xywh
        return (x + pos.x(), y + pos.y(), w, h)

    def link_badge_rect(self) -> QRectF | None:
        """Where the link badge is drawn (item coordinates), for clicks."""
        if not self.look.link:
            return None
        g = self.geometry
        left = g.icons_left + (g.icon + 2.0 if self.look.has_note else 0.0)
        return QRectF(left, g.text_rect.top(), g.icon, g.icon)

    def fold_badge_rect(self) -> QRectF | None:
        g = self.geometry
        if not self.look.folded_count:
            return None
        h = g.small_font.pointSizeF() * 1.9
        if self.side == 2:
            return QRectF(-g.badge_w / 2, g.box.bottom() + BADGE_MARGIN, g.badge_w, h)
        if self.side < 0:
            return QRectF(g.box.left() - BADGE_MARGIN - g.badge_w, -h / 2, g.badge_w, h)
        return QRectF(g.box.right() + BADGE_MARGIN, -h / 2, g.badge_w, h)

    # ------------------------------------------------------------------- QGraphicsItem
    def _set_bounds(self) -> None:
        """The item's rect (what Qt takes for its bounding rect): the box and its badges."""
        if self.side == 2 and self.look.folded_count:
            self.setRect(self.geometry.bounds.united(
                self.fold_badge_rect().adjusted(-2, -2, 2, 2)))
        else:
            self.setRect(*self.geometry.bounds_xywh)    # no QRectF made for most nodes

    def shape(self):  # noqa: ANN201 - Qt override
        from PySide6.QtGui import QPainterPath
        path = QPainterPath()
        path.addRoundedRect(self.geometry.box, 6, 6)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look, g = self.look, self.geometry
        base = painter.opacity()        # (a dragged branch's, say)
        if self.dimmed:
            painter.setOpacity(base * DIM_BOX)
        radius = min(10.0, g.box.height() / 2) if look.depth <= 1 else 6.0
        if self.highlighted:     # top N by votes: a golden halo around the box
            painter.setPen(QPen(QColor(HIGHLIGHT), 4.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(g.box.adjusted(-2, -2, 2, 2), radius + 2, radius + 2)
        painter.setPen(_border_pen(look.color, look.border_width, look.dashed))
        fill, text_colour = self.highlight or (look.fill, look.text_color)
        painter.setBrush(_fill_brush(fill))
        painter.drawRoundedRect(g.box, radius, radius)
        # (the scene sets State_Selected from the same; reading option.state would build
        # QStyle's enums, 4 ms of a first paint, and costs an enum flag's "&" per box)
        selected = self.isSelected()
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if look.font_size * detail < MIN_TEXT_ON_SCREEN and not selected and \
                not self.drop_hint and getattr(self.scene(), "simplify_small_text", True):
            # far out: a box with a bar where the text is, as a map overview shows it
            painter.setPen(_NO_PEN)
            painter.setBrush(_fill_brush(look.color))
            painter.setOpacity(painter.opacity() * 0.35)
            painter.drawRect(g.bar)
            return
        if selected or self.drop_hint == "child" or self.drop_hint == "refused":
            colour = self._hint_colour(selected)
            painter.setPen(QPen(colour, 3.0 if not selected else 2.5,
                                Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(g.box.adjusted(-4, -4, 4, 4), radius + 3, radius + 3)
        if self.drop_hint in ("before", "after"):
            painter.setPen(QPen(self._hint_colour(False), 4.0))
            y = g.box.top() - 6 if self.drop_hint == "before" else g.box.bottom() + 6
            painter.drawLine(QPointF(g.box.left(), y), QPointF(g.box.right(), y))
        # text
        painter.setFont(g.font)
        if self.dimmed:         # faded, but readable: opaque, in a colour that reads dimmed
            theme = getattr(self.scene(), "theme", None)
            painter.setOpacity(base)
            painter.setPen(dimmed_text_colour(fill, theme.background if theme else "#ffffff"))
            painter.drawText(g.text_rect, TEXT_FLAGS, look.text)
            painter.setOpacity(base * DIM_BOX)
        else:
            painter.setPen(QColor(text_colour))
            painter.drawText(g.text_rect, TEXT_FLAGS, look.text)
        self._paint_icons(painter)
        self._paint_row(painter)
        self._paint_fold_badge(painter)

    # ------------------------------------------------------------------ painting parts
    def _hint_colour(self, selected: bool) -> QColor:
        scene = self.scene()
        theme = getattr(scene, "theme", None)
        if self.drop_hint == "refused":
            return QColor("#d62728")
        if theme is None:
            return QColor("#1f6feb")
        return QColor(theme.selection if selected else theme.drop_target)

    def _paint_icons(self, painter: QPainter) -> None:
        look, g = self.look, self.geometry
        x = g.icons_left
        size = g.icon
        painter.setFont(g.small_font)
        if look.has_note:
            # a small page with lines: "there is a note"
            r = QRectF(x + size * 0.18, g.text_rect.top() + size * 0.12, size * 0.64, size * 0.78)
            painter.setPen(QPen(QColor(look.text_color), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)
            for i in range(3):
                y = r.top() + r.height() * (0.3 + 0.22 * i)
                painter.drawLine(QPointF(r.left() + 2, y), QPointF(r.right() - 2, y))
            x += size + 2.0
        if look.link:
            r = QRectF(x, g.text_rect.top(), size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(look.color))
            painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3)
            painter.setPen(QPen(QColor("#ffffff"), 1.6))
            a = r.adjusted(size * 0.3, size * 0.3, -size * 0.3, -size * 0.3)
            painter.drawLine(a.bottomLeft(), a.topRight())
            painter.drawLine(a.topRight(), QPointF(a.left() + a.width() * 0.35, a.top()))
            painter.drawLine(a.topRight(), QPointF(a.right(), a.top() + a.height() * 0.65))

    def _paint_row(self, painter: QPainter) -> None:
        look, g = self.look, self.geometry
        if not g.row_h:
            return
        x = g.text_rect.left()
        top = g.row_top
        h = g.row_h - 4.0
        painter.setFont(g.small_font)
        for (tag, colour), w in zip(look.tags, g.chips, strict=True):
            rect = QRectF(x, top, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, h / 2, h / 2)
            painter.setPen(QColor(readable_on(colour)))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), tag)
            x += w + 4.0
        if look.votes:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(look.color))
            d = g.dot
            cy = top + h / 2
            if look.votes <= MAX_VOTE_DOTS:
                for _ in range(look.votes):
                    painter.drawEllipse(QRectF(x, cy - d / 2, d, d))
                    x += d + 3.0
                return
            # many votes: a pill in the branch's colour, a dot and the count on it
            pill = QRectF(x, top, g.votes_w, h)
            painter.drawRoundedRect(pill, h / 2, h / 2)
            on_pill = QColor(readable_on(look.color))
            painter.setBrush(on_pill)
            small = d * 0.6
            painter.drawEllipse(QRectF(x + 5.0, cy - small / 2, small, small))
            painter.setPen(on_pill)
            painter.setFont(cached_font(look.font_family, look.font_size * 0.72, True)[0])
            painter.drawText(pill.adjusted(5.0 + small + 2.0, 0, 0, 0),
                             int(Qt.AlignmentFlag.AlignCenter), str(look.votes))

    def _paint_fold_badge(self, painter: QPainter) -> None:
        rect = self.fold_badge_rect()
        if rect is None:
            return
        scene = self.scene()
        theme = getattr(scene, "theme", None)
        fill = QColor(theme.badge_fill if theme else "#444444")
        text = QColor(theme.badge_text if theme else "#ffffff")
        painter.setPen(QPen(QColor(self.look.color), 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(text)
        painter.setFont(self.geometry.small_font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(self.look.folded_count))
