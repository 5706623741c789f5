"""What a presentation shows around the map: the overview board and the step labels.

The *overview board* is the presentation's first and last step. A map of 50 ideas cannot be
shown whole with text a room can read, so the board shows its structure instead: the root at
the top and a card for every main branch (and floating subtree) with its heading, the number
of its ideas and as many of its first ideas as fit, all inside the screen and no text under
``READABLE_PX`` high. A click on a card goes to that branch's steps.

The *step labels*: while a branch is stepped through in several screens, a heading
("Threats (continued)") stays in the top left corner of every screen that no longer shows
the branch's own node, and an indicator ("Threats 2/3 · step 4 of 9") sits in the bottom
right corner.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

from ..i18n.messages import message
from ..model import MindMap
from ..themes import Theme
from .presentation_plan import READABLE_PX

MARGIN = 40.0            # free border of the screen, pixels
GAP = 28.0               # between cards, and between the root and the cards
PAD = 14.0               # inside a card
MIN_CARD_WIDTH = 16.0    # times the base text size
IDEA_LINES = 2           # an idea takes at most this many lines on a card
HEADING_LINES = 2


def base_px(size: QSizeF) -> int:
    """Pixel size of ordinary board text: never under READABLE_PX, larger on tall screens."""
    return max(math.ceil(READABLE_PX), round(size.height() / 40))


def make_font(theme: Theme, px: float, bold: bool = False) -> QFont:
    font = QFont(theme.font_family)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` in lines no wider than ``width``; the last of ``max_lines`` ends in "…" when
    the text goes on."""
    metrics = QFontMetricsF(font)
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current or not lines:
        lines.append(current)
    cut = len(lines) > max_lines
    lines = lines[:max_lines]
    if cut:
        lines[-1] = lines[-1] + " …"
    return [line if metrics.horizontalAdvance(line) <= width else
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


@dataclass
class TextBox:
    """Lines of text drawn top-left aligned in ``rect`` with ``font``."""

    rect: QRectF
    lines: list[str]
    font: QFont
    role: str                       # root, heading, count, idea, more, sub-more
    bullet: str = ""                # drawn left of the first line; the lines hang indented


@dataclass
class Card:
    branch: str | None              # None: the "more branches" card
    rect: QRectF
    colour: str
    texts: list[TextBox] = field(default_factory=list)
    ideas_shown: int = 0
    ideas_total: int = 0


@dataclass
class BoardPlan:
    size: QSizeF
    root: Card
    cards: list[Card]

    def texts(self) -> list[TextBox]:
        return [t for card in [self.root, *self.cards] for t in card.texts]


def _text_box(text: str, font: QFont, x: float, y: float, width: float, max_lines: int,
              role: str, bullet: str = "") -> TextBox:
    indent = QFontMetricsF(font).horizontalAdvance(bullet + " ") if bullet else 0.0
    lines = wrap(text, font, width - indent, max_lines)
    height = QFontMetricsF(font).lineSpacing() * len(lines)
    return TextBox(QRectF(x, y, width, height), lines, font, role, bullet)


def _ideas_word(n: int) -> str:
    return message("1 idea") if n == 1 else message(f"{n} ideas")


def plan_board(mind_map: MindMap, branches: list[str], colours: dict[str, str], theme: Theme,
               size: QSizeF) -> BoardPlan:
    """Where the root, the cards and every text of the overview board go on a screen."""
    px = base_px(size)
    width, height = size.width(), size.height()
    # the root, centred at the top
    root_font = make_font(theme, px * 1.6, bold=True)
    root_width = min(width - 2 * MARGIN, width * 0.6)
    title = _text_box(mind_map.text(mind_map.root) or mind_map.title, root_font, 0, 0,
                      root_width - 2 * PAD, 2, "root")
    text_width = max(QFontMetricsF(root_font).horizontalAdvance(line) for line in title.lines)
    box_w = min(root_width, text_width + 2 * PAD + 2)
    root_rect = QRectF((width - box_w) / 2, MARGIN, box_w, title.rect.height() + 2 * PAD)
    title.rect.moveTo(root_rect.left() + PAD, root_rect.top() + PAD)
    title.rect.setWidth(box_w - 2 * PAD)
    root = Card(mind_map.root, root_rect, colours.get(mind_map.root, theme.root_border),
                [title])
    # the cards, in a grid below it
    heading_font = make_font(theme, px * 1.2, bold=True)
    text_font = make_font(theme, px)
    line = QFontMetricsF(text_font).lineSpacing()
    heading_line = QFontMetricsF(heading_font).lineSpacing()
    top = root_rect.bottom() + GAP
    bottom = height - MARGIN - px * 1.6        # the step indicator's corner stays free
    area = QRectF(MARGIN, top, width - 2 * MARGIN, bottom - top)
    min_card_h = heading_line + line + 2 * PAD
    n = len(branches)
    cards: list[Card] = []
    if n == 0 or area.height() < min_card_h:
        return BoardPlan(size, root, cards)
    max_cols = max(1, int((area.width() + GAP) // (MIN_CARD_WIDTH * px + GAP)))
    max_rows = max(1, int((area.height() + GAP) // (min_card_h + GAP)))
    cols = min(n, max_cols)
    rows = min(max_rows, math.ceil(n / cols))
    cols = min(cols, math.ceil(n / rows))
    slots = rows * cols
    shown = branches if n <= slots else branches[:slots - 1]
    card_w = (area.width() - GAP * (cols - 1)) / cols
    card_h = min((area.height() - GAP * (rows - 1)) / rows, area.height())
    inner = card_w - 2 * PAD
    for i, branch in enumerate([*shown, None] if len(shown) < n else shown):
        row, col = divmod(i, cols)
        in_row = min(cols, (len(shown) + (len(shown) < n)) - row * cols)
        offset = (area.width() - (in_row * card_w + (in_row - 1) * GAP)) / 2
        rect = QRectF(area.left() + offset + col * (card_w + GAP), area.top() +
                      row * (card_h + GAP), card_w, card_h)
        if branch is None:
            more = n - len(shown)
            card = Card(None, rect, theme.link_color)
            card.texts.append(_text_box(message(f"+ {more} more branches"), heading_font,
                                        rect.left() + PAD, rect.top() + PAD, inner,
                                        HEADING_LINES, "heading"))
            cards.append(card)
            continue
        cards.append(_fill_card(mind_map, branch, rect, colours.get(branch, theme.text),
                                heading_font, text_font))
    plan = BoardPlan(size, root, cards)
    _centre_vertically(plan, bottom - max(c.rect.bottom() for c in cards))
    return plan


def _centre_vertically(plan: BoardPlan, free: float) -> None:
    """Move everything down by half the free height below the cards."""
    dy = max(0.0, free / 2)
    if dy < 1:
        return
    for card in [plan.root, *plan.cards]:
        card.rect.translate(0, dy)
        for text in card.texts:
            text.rect.translate(0, dy)


def _fill_card(mind_map: MindMap, branch: str, rect: QRectF, colour: str, heading_font: QFont,
               text_font: QFont) -> Card:
    """A card with the branch's heading, its number of ideas and its first ideas; when all
    its ideas fit with room to spare, each with its own first ideas too (as many per idea as
    still lets every idea fit)."""
    deepest = max((len(mind_map.children(c)) for c in mind_map.children(branch)), default=0)
    for per_idea in range(min(deepest, 6), 0, -1):
        card = _card_with(mind_map, branch, QRectF(rect), colour, heading_font, text_font,
                          per_idea)
        if card.ideas_shown == len(mind_map.children(branch)) and \
                not any(t.role == "more" for t in card.texts):
            return card
    return _card_with(mind_map, branch, rect, colour, heading_font, text_font, 0)


def _card_with(mind_map: MindMap, branch: str, rect: QRectF, colour: str, heading_font: QFont,
               text_font: QFont, per_idea: int) -> Card:
    card = Card(branch, rect, colour)
    inner = rect.width() - 2 * PAD
    x, y = rect.left() + PAD, rect.top() + PAD
    bottom = rect.bottom() - PAD
    line = QFontMetricsF(text_font).lineSpacing()
    indent = QFontMetricsF(text_font).horizontalAdvance("• ")
    heading = _text_box(mind_map.text(branch) or message("(no text)"), heading_font, x, y,
                        inner, HEADING_LINES, "heading")
    if heading.rect.bottom() + line > bottom:       # keep room for the count
        heading = _text_box(mind_map.text(branch) or message("(no text)"), heading_font, x, y,
                            inner, 1, "heading")
    card.texts.append(heading)
    y = heading.rect.bottom()
    ideas = mind_map.children(branch)
    card.ideas_total = len(mind_map.subtree(branch)) - 1
    count = _text_box(_ideas_word(card.ideas_total), text_font, x, y, inner, 1, "count")
    card.texts.append(count)
    y = count.rect.bottom() + line * 0.25
    for index, idea in enumerate(ideas):
        rest = len(ideas) - index - 1
        text = mind_map.text(idea) or "(no text)"
        below = len(mind_map.subtree(idea)) - 1
        if below:
            text += f" ({below})"
        box = _text_box(text, text_font, x, y, inner, IDEA_LINES, "idea", "•")
        room = bottom - (line if rest else 0.0)
        if box.rect.bottom() > room:
            box = _text_box(text, text_font, x, y, inner, 1, "idea", "•")
            if box.rect.bottom() > room:
                break
        card.texts.append(box)
        card.ideas_shown += 1
        y = box.rect.bottom() + line * 0.15
        kids = mind_map.children(idea) if per_idea else []
        for kid in kids[:per_idea]:
            sub = _text_box(mind_map.text(kid) or message("(no text)"), text_font, x + indent, y,
                            inner - indent, 1, "idea", "\u2013")
            card.texts.append(sub)
            y = sub.rect.bottom() + line * 0.1
        if len(kids) > per_idea > 0:
            sub = _text_box(message(f"+ {len(kids) - per_idea} more"), text_font, x + indent, y,
                            inner - indent, 1, "sub-more")
            card.texts.append(sub)
            y = sub.rect.bottom() + line * 0.1
        if y > bottom and per_idea:
            card.texts.append(_text_box("+", text_font, x, y, inner, 1, "more"))
            return card                 # too tall: the caller tries fewer per idea
    if card.ideas_shown < len(ideas):
        more = len(ideas) - card.ideas_shown
        card.texts.append(_text_box(message(f"+ {more} more"), text_font, x, y, inner, 1,
                                    "more"))
    content = max(t.rect.bottom() for t in card.texts) + PAD
    card.rect.setBottom(min(card.rect.bottom(), content))    # no empty space below
    return card


class OverviewBoard(QWidget):
    """The overview step of a presentation (see the module notes). ``branch_clicked(i)``
    is called with the 1-based number of the branch whose card was clicked."""

    def __init__(self, parent: QWidget, branch_clicked) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.branch_clicked = branch_clicked
        self.plan: BoardPlan | None = None
        self.theme: Theme | None = None
        self.branches: list[str] = []
        self.floating: frozenset[str] = frozenset()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def refresh(self, mind_map: MindMap, branches: list[str], colours: dict[str, str],
                theme: Theme) -> None:
        self.branches, self.theme = branches, theme
        #: the cards of trees beside the map (the parking lot): no line to the central idea
        self.floating = frozenset(mind_map.floating)
        self.plan = plan_board(mind_map, branches, colours, theme, QSizeF(self.size()))
        self.update()

    def card_at(self, point: QPointF) -> Card | None:
        if self.plan is None:
            return None
        return next((c for c in self.plan.cards if c.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        card = self.card_at(event.position())
        if card is not None and card.branch in self.branches:
            self.branch_clicked(self.branches.index(card.branch) + 1)

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        plan, theme = self.plan, self.theme
        if plan is None or theme is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.background))
        start = QPointF(plan.root.rect.center().x(), plan.root.rect.bottom())
        for card in plan.cards:               # connectors first, under the cards
            if card.branch in self.floating:
                continue
            painter.setPen(QPen(QColor(theme.stroke_color(card.colour)),
                                max(2.0, theme.edge_width * 0.6)))
            painter.drawLine(start, QPointF(card.rect.center().x(), card.rect.top()))
        self._card(painter, plan.root, theme.root_fill, theme.root_text, theme.root_border)
        for card in plan.cards:
            self._card(painter, card, theme.branch_fill(card.colour), theme.text,
                       theme.stroke_color(card.colour))
        painter.end()

    def _card(self, painter: QPainter, card: Card, fill: str, text: str, border: str) -> None:
        painter.setPen(QPen(QColor(border), max(2.0, self.theme.border_width)))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(card.rect, 12, 12)
        painter.setPen(QColor(text))
        for box in card.texts:
            painter.setFont(box.font)
            metrics = QFontMetricsF(box.font)
            y = box.rect.top()
            x = box.rect.left()
            if box.bullet:
                painter.drawText(QPointF(x, y + metrics.ascent()), box.bullet)
                x += metrics.horizontalAdvance(box.bullet + " ")
            for line in box.lines:
                painter.drawText(QPointF(x, y + metrics.ascent()), line)
                y += metrics.lineSpacing()


class StepLabels:
    """The continued heading (top left) and the step indicator (bottom right)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.heading = QLabel(parent)
        self.indicator = QLabel(parent)
        for label in (self.heading, self.indicator):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.hide()

    def show(self, heading: str | None, indicator: str, theme: Theme, colour: str) -> None:
        px = base_px(QSizeF(self.parent.size()))
        if heading:
            self.heading.setStyleSheet(
                f"QLabel {{ color: {theme.text}; background: {theme.branch_fill(colour)};"
                f" border: 3px solid {theme.stroke_color(colour)}; border-radius: 10px;"
                f" padding: 6px 16px; font-size: {round(px * 1.2)}px; font-weight: bold;"
                f" font-family: '{theme.font_family}'; }}")
            self.heading.setText(heading)
            self.heading.adjustSize()
            self.heading.move(round(MARGIN / 2), round(MARGIN / 2))
            self.heading.show()
            self.heading.raise_()
        else:
            self.heading.hide()
        self.indicator.setStyleSheet(
            f"QLabel {{ color: {theme.text}; background: {theme.background};"
            f" border: 2px solid {theme.link_color}; border-radius: 8px; padding: 4px 12px;"
            f" font-size: {px}px; font-family: '{theme.font_family}'; }}")
        self.indicator.setText(indicator)
        self.indicator.adjustSize()
        self.indicator.move(self.parent.width() - self.indicator.width() - round(MARGIN / 2),
                            self.parent.height() - self.indicator.height() - round(MARGIN / 2))
        self.indicator.show()
        self.indicator.raise_()

    def hide(self) -> None:
        self.heading.hide()
        self.indicator.hide()
