"""A tree edge far longer than the view (an idea 200,000 px below its parent) is stroked only
where the view shows it: at its full width, where its curve runs; an export strokes it whole.

(The geometry is checked on its own: the stretch found holds every point of the edge inside
the rect and no other, the piece is the edge's own points, the chords keep to it within a
twentieth of a pixel on screen.)"""

from __future__ import annotations

import math
import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from mindmap_app.canvas import edge_items
from mindmap_app.canvas.curve_clip import (
    FLAT_ON_SCREEN,
    MAX_CHORDS,
    cubic_chords,
    edge_piece,
    sub_cubic,
)
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import MindMap
from mindmap_app.model import operations as ops
from mindmap_app.render import export
from mindmap_app.render.export import ExportOptions
from mindmap_app.themes import get_theme
from tests.gui_helpers import open_window

from .test_long_links import assert_same_points, coordinate, picture, rects


def control_points(sx: float, sy: float, ex: float, ey: float, down: bool) -> tuple:
    """The edge's cubic as ``edge_items.curve_path`` makes it."""
    if down:
        mid = (sy + ey) / 2
        return (sx, sy, sx, mid, ex, mid, ex, ey)
    mid = (sx + ex) / 2
    return (sx, sy, mid, sy, mid, ey, ex, ey)


def bezier(points: tuple, t: float) -> tuple[float, float]:
    x0, y0, x1, y1, x2, y2, x3, y3 = points
    u = 1 - t
    a, b, c, d = u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3
    return a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


@st.composite
def edges(draw):  # noqa: ANN001, ANN201
    return (*(draw(coordinate) for _ in range(4)), draw(st.booleans()))


@settings(max_examples=300, deadline=None)
@given(edges(), rects())
def test_the_stretch_holds_every_point_of_the_edge_inside_the_rect_and_no_other(edge, rect):
    left, top, right, bottom = rect
    points = control_points(*edge)
    span = edge_piece(*edge, *rect)
    eps = 1e-7 * max(1.0, *map(abs, points), *map(abs, rect))
    steps = 4000
    for k in range(steps + 1):
        t = k / steps
        x, y = bezier(points, t)
        inside = left + eps < x < right - eps and top + eps < y < bottom - eps
        outside = x < left - eps or x > right + eps or y < top - eps or y > bottom + eps
        within = span is not None and span[0] - 1e-9 <= t <= span[1] + 1e-9
        assert not (inside and not within), (t, span)
        assert not (outside and within), (t, span)
    if span is not None:
        assert 0.0 <= span[0] < span[1] <= 1.0


@settings(max_examples=200, deadline=None)
@given(edges(), st.floats(0, 1), st.floats(0, 1))
def test_a_piece_is_the_edge_s_own_points(edge, a, b):
    t0, t1 = min(a, b), max(a, b)
    points = control_points(*edge)
    assert_same_points(sub_cubic(points, t0, t1), points, t0, t1, bezier)


def distance_to_segment(point: tuple, a: tuple, b: tuple) -> float:
    (px, py), (ax, ay), (bx, by) = point, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if not length2 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


@settings(max_examples=300, deadline=None)
@given(edges(), st.floats(0, 1), st.floats(0, 1), st.floats(0.01, 10))
def test_chords_keep_to_the_edge_within_a_twentieth_of_a_pixel(edge, a, b, scale):
    t0, t1 = min(a, b), max(a, b)
    piece = sub_cubic(control_points(*edge), t0, t1)
    chords = cubic_chords(piece, scale)
    tolerance = FLAT_ON_SCREEN / scale + 1e-9 * max(1.0, *map(abs, piece))
    samples = [bezier(piece, k / 400) for k in range(401)]
    if chords is None:      # bent on screen beyond MAX_CHORDS chords: stroked as the curve
        assert max(distance_to_segment(p, piece[:2], piece[6:]) for p in samples) > tolerance
        return
    assert chords[0] == piece[:2] and chords[-1] == piece[6:]
    assert 2 <= len(chords) <= MAX_CHORDS + 1
    for point in samples:
        assert min(distance_to_segment(point, p, q) for p, q in pairwise(chords)) <= tolerance


def test_the_middle_of_a_long_edge_is_one_chord():
    # an idea 200,000 px below its parent: the view's stretch of the edge is straight
    points = control_points(100.0, 0.0, 400.0, 200_000.0, False)
    span = edge_piece(100.0, 0.0, 400.0, 200_000.0, False, -500.0, 99_500.0, 1500.0, 100_500.0)
    assert span is not None
    assert len(cubic_chords(sub_cubic(points, *span), 1.0)) == 2


# ------------------------------------------------------------------------------ in the window
def far_child_map(depth: float) -> MindMap:
    """A main idea with a child ``depth`` px below it, placed there by hand."""
    m = MindMap("Far", "Far below")
    m.apply(ops.add_child(m, m.root, "Top"))
    top = m.children(m.root)[0]
    m.apply(ops.add_child(m, top, "Near"))
    m.apply(ops.add_child(m, top, "Far"))
    m.apply(ops.set_pos(m.children(top)[1], (400.0, depth)))
    return m


@pytest.fixture
def far(qtbot, tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "far.yaml"
    save_map(far_child_map(200_000.0), path)
    _, editor = open_window(qtbot, path)
    top = editor.mind_map.children(editor.mind_map.root)[0]
    far_child = editor.mind_map.children(top)[1]
    return editor, editor.scene.edges[far_child]


def ink(colour: QColor, background: QColor) -> float:
    """How much of the way from the background to full ink a pixel is (0..1)."""
    return max(abs(a - b) for a, b in zip(colour.getRgb()[:3], background.getRgb()[:3],
                                         strict=True)) / 255


@pytest.mark.parametrize("depth, along", [(200_000.0, 0.5), (200_000.0, 0.2),
                                          (200_000.0, 0.03), (1_500_000.0, 0.1)])
def test_a_long_edge_is_drawn_at_its_width_where_its_curve_runs(qtbot, tmp_path, monkeypatch,
                                                                depth, along):
    """(Qt strokes a whole curve 1,500,000 px long at half its width near its bends.)"""
    path = tmp_path / "far.yaml"
    save_map(far_child_map(depth), path)
    _, editor = open_window(qtbot, path)
    m = editor.mind_map
    edge = editor.scene.edges[m.children(m.children(m.root)[0])[1]]
    view = editor.view
    view.set_zoom(1.0)
    sx, sy, ex, ey, down = edge._ends
    points = control_points(sx, sy, ex, ey, down)
    owner = edge.owner
    view.centerOn(owner.mapToScene(QPointF(*bezier(points, along))))
    pieces: list[int] = []
    real = edge_items.Edge._draw_piece
    monkeypatch.setattr(edge_items.Edge, "_draw_piece", lambda self, painter, exposed: (
        pieces.append(1), real(self, painter, exposed))[1])
    image = picture(view)
    assert pieces, "the long edge was stroked in a piece"
    background = QColor(editor.scene.theme.background)
    width = edge._pen.widthF()
    rows = 0
    for row in range(20, image.height() - 20, 37):
        # where the curve crosses this row, in view pixels: search along t
        scene_y = view.mapToScene(0, row).y()
        local_y = owner.mapFromScene(QPointF(0.0, scene_y)).y()
        low, high = 0.0, 1.0
        for _ in range(60):
            mid = (low + high) / 2
            low, high = (mid, high) if bezier(points, mid)[1] < local_y else (low, mid)
        x_view = view.mapFromScene(owner.mapToScene(QPointF(*bezier(points, low)))).x()
        if not 12 <= x_view < image.width() - 12:
            continue
        shades = [ink(QColor(image.pixel(x, row)), background)
                  for x in range(x_view - 10, x_view + 11)]
        darkest = max(range(len(shades)), key=shades.__getitem__)
        assert abs(darkest - 10) <= 2, (row, shades)        # the line is where the curve is
        assert sum(shades) == pytest.approx(width, abs=0.8), (row, shades)   # and as wide
        rows += 1
    assert rows >= 10


def test_an_edge_a_few_views_long_looks_as_its_whole_curve_does(qtbot, tmp_path, monkeypatch):
    """Where Qt strokes the whole curve faithfully (a few thousand px), the piece looks the
    same to a faint shade."""
    path = tmp_path / "near.yaml"
    save_map(far_child_map(3_000.0), path)
    _, editor = open_window(qtbot, path)
    m = editor.mind_map
    edge = editor.scene.edges[m.children(m.children(m.root)[0])[1]]
    view = editor.view
    view.set_zoom(1.0)
    view.centerOn(edge.owner.mapToScene(edge.path().pointAtPercent(0.5)))
    cut = picture(view)
    monkeypatch.setattr(edge_items, "PIECE_OF_RECT", 1e9)       # every curve whole
    whole = picture(view)
    apart = [max(abs(p - q) for p, q in zip(QColor(cut.pixel(x, y)).getRgb()[:3],
                                            QColor(whole.pixel(x, y)).getRgb()[:3],
                                            strict=True))
             for y in range(cut.height()) for x in range(cut.width())]
    assert sum(1 for d in apart if d > 0) > 0, "the edge is in view"
    assert max(apart) <= 48


def row_ink(image: QImage, row: int, background: QColor) -> float:
    return sum(ink(QColor(image.pixel(x, row)), background) for x in range(image.width()))


def test_a_png_band_strokes_its_piece_of_a_long_edge_and_an_svg_the_whole_curve(monkeypatch):
    """A big PNG is drawn a band of rows at a time: each band strokes only its piece of an
    edge far taller than it, and the picture shows the edge as one drawn whole does. An SVG
    holds the whole curve."""
    mind_map = far_child_map(6_000.0)
    monkeypatch.setattr(export, "BAND_PIXELS", 150_000)         # bands of ~150 rows
    pieces: list[int] = []
    real = edge_items.Edge._draw_piece
    monkeypatch.setattr(edge_items.Edge, "_draw_piece", lambda self, painter, exposed: (
        pieces.append(1), real(self, painter, exposed))[1])
    banded = QImage.fromData(export.render_png(mind_map, ExportOptions()))
    assert len(pieces) > 10, "the bands stroked the edge in pieces"
    pieces.clear()
    whole = export.render_image(mind_map, ExportOptions())        # one picture: whole
    assert not pieces
    assert (banded.width(), banded.height()) == (whole.width(), whole.height())
    background = QColor(get_theme("light").background)
    width = get_theme("light").edge_width_at(2)        # the edge into a child of a main idea
    rows = range(banded.height() // 4, banded.height() * 3 // 4, 97)
    for row in rows:        # only the long edge crosses the middle of the picture
        assert row_ink(banded, row, background) == pytest.approx(width, abs=0.3), row
        assert row_ink(banded, row, background) == pytest.approx(
            row_ink(whole, row, background), abs=0.2), row
    svg = export.render_bytes(mind_map, "svg", ExportOptions()).decode()
    spans = []
    for path in re.findall(r' d="([^"]+)"', svg):
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path)]
        spans.append(max(numbers[1::2]) - min(numbers[1::2]) if len(numbers) > 2 else 0.0)
    assert max(spans) > 5_900, "the edge's whole curve is in the SVG"
