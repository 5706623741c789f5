"""Votes on an idea read from across the room: up to five are dots (sticky dots on a
flipchart) big enough to count on the projector; more are one pill in the branch's colour
with the count written on it in bold (issue 12's visual audit: the dots were 5 px, the count
a thin 8 pt digit beside one of them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from mindmap_app.canvas.node_item import MAX_VOTE_DOTS, NodeItem
from mindmap_app.canvas.node_look import NodeLook

BRANCH = "#b03a2e"


def look(votes: int, size: float = 11.0) -> NodeLook:
    return NodeLook(text="Time scale devastatingly fast", depth=2, is_main_root=False,
                    color=BRANCH, fill="#f6f7f9", text_color="#222222", border_width=1.0,
                    font_size=size, bold=False, tags=(), votes=votes, has_note=False,
                    link=None, folded_count=0, max_text_width=220.0,
                    font_family="DejaVu Sans")


def vote_row(votes: int) -> tuple[QImage, NodeItem]:
    """The item drawn at 100 %, and the picture of its votes' row (box coordinates)."""
    item = NodeItem("n", look(votes))
    scene = QGraphicsScene()
    scene.addItem(item)
    g = item.geometry
    row = QRectF(g.text_rect.left(), g.row_top, g.box.right() - g.text_rect.left(),
                 g.row_h - 4.0)
    image = QImage(int(row.width()) + 1, int(row.height()) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), row)
    painter.end()
    scene.removeItem(item)
    return image, item


def runs(image: QImage, y: int) -> list[tuple[int, int]]:
    """(start, length) of the stretches of the branch's colour along row ``y``."""
    found, start = [], None
    for x in range(image.width() + 1):
        on = x < image.width() and _branch(image.pixelColor(x, y))
        if on and start is None:
            start = x
        elif not on and start is not None:
            found.append((start, x - start))
            start = None
    return found


def _branch(colour: QColor) -> bool:
    want = QColor(BRANCH)
    return (abs(colour.red() - want.red()) < 40 and abs(colour.green() - want.green()) < 40
            and abs(colour.blue() - want.blue()) < 40)


@pytest.mark.parametrize("votes", range(1, MAX_VOTE_DOTS + 1))
def test_a_few_votes_are_dots_a_room_can_count(qapp, votes):  # noqa: ARG001
    image, item = vote_row(votes)
    dots = runs(image, image.height() // 2)
    assert len(dots) == votes
    assert all(width >= 8 for _start, width in dots), dots     # was 5 px
    assert item.geometry.size[0] >= item.geometry.votes_w


def test_many_votes_are_one_pill_with_the_count_on_it(qapp):  # noqa: ARG001
    image, item = vote_row(12)
    middle = image.height() // 2
    # along the middle: the pill, broken by the light dot and the digits written on it
    pieces = runs(image, middle)
    left, right = pieces[0][0], pieces[-1][0] + pieces[-1][1]
    assert right - left >= 24
    assert len(pieces) >= 3
    light = [x for x in range(left, right) if image.pixelColor(x, middle).lightness() > 200]
    assert len(light) >= 4
    # the pill is the row's height: as tall as a tag's chip
    column = left + 2
    tall = [y for y in range(image.height()) if _branch(image.pixelColor(column, y))]
    assert len(tall) >= image.height() - 4


def test_a_longer_count_makes_a_wider_pill(qapp):  # noqa: ARG001
    assert vote_row(120)[1].geometry.votes_w > vote_row(7)[1].geometry.votes_w
