"""The legend drawn with a painter: the map's tags, each with its colour chip and how many
ideas carry it. Shared by exports (a scene item beside the map) and the presentation (an
overlay in a corner), so both look the same as the chips on the nodes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..i18n.messages import message
from ..model import MindMap
from ..themes import Theme
from .node_look import tag_colour

Entry = tuple[str, str, int]      # tag, colour, ideas carrying it


def legend_entries(mind_map: MindMap, theme: Theme) -> list[Entry]:
    """(tag, colour, count) for every tag of the map, in first-use order (map order)."""
    counts: dict[str, int] = {}
    for root in mind_map.roots():
        for node in mind_map.subtree(root):
            for tag in mind_map.get(node, "tags"):
                counts[tag] = counts.get(tag, 0) + 1
    own = mind_map.tag_colors
    return [(tag, tag_colour(theme, tag, own), n) for tag, n in counts.items()]


def _fonts(theme: Theme, size: float) -> tuple[QFont, QFont]:
    body = QFont(theme.font_family)
    body.setPointSizeF(size)
    title = QFont(body)
    title.setBold(True)
    return title, body


def legend_size(entries: list[Entry], theme: Theme, size: float) -> tuple[float, float]:
    title, body = _fonts(theme, size)
    tm, bm = QFontMetricsF(title), QFontMetricsF(body)
    pad, line = size * 0.9, bm.height() * 1.35
    chip = bm.height() * 0.8
    width = max([tm.horizontalAdvance(message("Legend"))] +
                [chip + pad * 0.6 + bm.horizontalAdvance(f"{t}  ({n})") for t, _, n in entries])
    return width + 2 * pad, tm.height() + line * len(entries) + 2 * pad


def paint_legend(painter: QPainter, top_left: QPointF, entries: list[Entry], theme: Theme,
                 size: float) -> QRectF:
    """Draw the legend with its top-left corner at ``top_left``; returns its box."""
    title, body = _fonts(theme, size)
    tm, bm = QFontMetricsF(title), QFontMetricsF(body)
    pad, line = size * 0.9, bm.height() * 1.35
    chip = bm.height() * 0.8
    w, h = legend_size(entries, theme, size)
    box = QRectF(top_left, QPointF(top_left.x() + w, top_left.y() + h))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(theme.link_color), 1.2))
    painter.setBrush(QColor(theme.background))
    painter.drawRoundedRect(box, 6, 6)
    painter.setPen(QColor(theme.text))
    painter.setFont(title)
    x, y = box.left() + pad, box.top() + pad
    painter.drawText(QRectF(x, y, w, tm.height()), int(Qt.AlignmentFlag.AlignLeft),
                     message("Legend"))
    y += tm.height()
    painter.setFont(body)
    for tag, colour, count in entries:
        top = y + (line - chip) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(x, top, chip, chip), chip / 4, chip / 4)
        painter.setPen(QColor(theme.text))
        painter.drawText(QRectF(x + chip + pad * 0.6, y, w, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         f"{tag}  ({count})")
        y += line
    painter.restore()
    return box


class LegendItem(QGraphicsItem):
    """The legend as a scene item, placed beside the map in an export."""

    def __init__(self, entries: list[Entry], theme: Theme, size: float) -> None:
        super().__init__()
        self.entries, self.theme, self.size = entries, theme, size
        w, h = legend_size(entries, theme, size)
        self._rect = QRectF(0, 0, w, h)
        self.setZValue(20)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        paint_legend(painter, QPointF(0, 0), self.entries, self.theme, self.size)

