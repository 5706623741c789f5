"""A cross-link far longer than the view is stroked only where the view shows it, and looks
as the whole curve does: the same dashes in the same places, through a scroll, at every zoom;
an export still strokes the whole curve.

(The geometry is checked on its own: the stretches found hold every point of the curve
inside the rect, the pieces are the curve's own points, the length is the curve's.)"""

from __future__ import annotations

import math
import statistics
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from mindmap_app.canvas import edge_items
from mindmap_app.canvas.curve_clip import (
    FLAT_ON_SCREEN,
    MAX_CHORDS,
    arc_length,
    chords,
    point_at,
    sub_curve,
    visible_runs,
)
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import MindMap
from mindmap_app.model import operations as ops
from tests.gui_helpers import open_window

coordinate = st.floats(-2e6, 2e6, allow_nan=False)


@st.composite
def links(draw):  # noqa: ANN001, ANN201
    """A cross-link's curve as the app bows it: a control point beside the middle."""
    ax, ay, bx, by = (draw(coordinate) for _ in range(4))
    length = math.hypot(bx - ax, by - ay) or 1.0
    bow = min(80.0, length * 0.25) * draw(st.sampled_from([1.0, -1.0]))
    cx = (ax + bx) / 2 - (by - ay) / length * bow
    cy = (ay + by) / 2 + (bx - ax) / length * bow
    return (ax, ay, cx, cy, bx, by)


@st.composite
def rects(draw):  # noqa: ANN001, ANN201
    x, y = draw(coordinate), draw(coordinate)
    return x, y, x + draw(st.floats(50, 5000)), y + draw(st.floats(50, 5000))


@settings(max_examples=300, deadline=None)
@given(links(), rects())
def test_the_stretches_hold_every_point_of_the_curve_inside_the_rect(curve, rect):
    left, top, right, bottom = rect
    runs = visible_runs(curve, left, top, right, bottom)
    if runs is None:        # small beside the rect: stroked whole
        reach = max(max(curve[0::2]) - min(curve[0::2]), max(curve[1::2]) - min(curve[1::2]))
        assert reach <= 2 * max(right - left, bottom - top)
        return
    assert all(0.0 <= t0 < t1 <= 1.0 for t0, t1 in runs)
    assert all(a[1] < b[0] for a, b in pairwise(runs))      # in order, apart
    steps = 4000
    for k in range(steps + 1):
        t = k / steps
        x, y = point_at(curve, t)
        if left + 1e-6 < x < right - 1e-6 and top + 1e-6 < y < bottom - 1e-6:
            assert any(t0 - 1e-9 <= t <= t1 + 1e-9 for t0, t1 in runs), (t, runs)
    for t0, t1 in runs:      # and each stretch is inside (its middle, its ends on the sides)
        x, y = point_at(curve, (t0 + t1) / 2)
        assert left - 1e-6 <= x <= right + 1e-6 and top - 1e-6 <= y <= bottom + 1e-6


def assert_same_points(piece: tuple, curve: tuple, t0: float, t1: float, point) -> None:  # noqa: ANN001
    """``piece`` runs through ``curve``'s points from ``t0`` to ``t1`` (``point(curve, t)``
    evaluates a curve)."""
    scale = max(1.0, *map(abs, curve))
    for s in (0.0, 0.25, 0.5, 0.9, 1.0):
        px, py = point(piece, s)
        qx, qy = point(curve, t0 + s * (t1 - t0))
        assert abs(px - qx) <= 1e-9 * scale and abs(py - qy) <= 1e-9 * scale


@settings(max_examples=200, deadline=None)
@given(links(), st.floats(0, 1), st.floats(0, 1))
def test_a_piece_is_the_curve_s_own_points_and_length(curve, a, b):
    t0, t1 = min(a, b), max(a, b)
    piece = sub_curve(curve, t0, t1)
    assert_same_points(piece, curve, t0, t1, point_at)
    # the length up to t0 and the piece's add up to the length up to t1, and match a fine
    # polyline's
    assert arc_length(curve, t0) + arc_length(piece) == pytest.approx(arc_length(curve, t1),
                                                                       rel=1e-7, abs=1e-6)
    points = [point_at(curve, t1 * k / 20000) for k in range(20001)]
    polyline = sum(math.dist(p, q) for p, q in pairwise(points))
    assert arc_length(curve, t1) == pytest.approx(polyline, rel=1e-6, abs=1e-3)


def strays(point: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
           ) -> float:
    """How far ``point`` lies from the line through ``a`` and ``b``."""
    (px, py), (ax, ay), (bx, by) = point, a, b
    length = math.hypot(bx - ax, by - ay)
    if not length:
        return math.hypot(px - ax, py - ay)
    return abs((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / length


@settings(max_examples=300, deadline=None)
@given(links(), st.floats(0, 1), st.floats(0, 1), st.floats(0.01, 10))
def test_chords_keep_to_the_curve_within_a_twentieth_of_a_pixel(curve, a, b, scale):
    t0, t1 = min(a, b), max(a, b)
    piece = sub_curve(curve, t0, t1)
    points = chords(piece, scale)
    # how far the piece strays from its one chord, measured on a fine sampling
    bow = max(strays(point_at(piece, k / 200), piece[:2], piece[4:]) for k in range(201))
    if points is None:      # too bent for MAX_CHORDS chords: stroked as the curve
        # its bend (the second derivative over 8) strays that far over any of the chords
        bend = math.hypot(piece[0] - 2 * piece[2] + piece[4], piece[1] - 2 * piece[3] +
                          piece[5]) / 4
        assert bend * scale > FLAT_ON_SCREEN * MAX_CHORDS ** 2
        return
    assert points[0] == piece[:2] and points[-1] == piece[4:]
    assert 2 <= len(points) <= MAX_CHORDS + 1
    count = len(points) - 1
    tolerance = FLAT_ON_SCREEN / scale + 1e-9 * max(1.0, *map(abs, piece))
    for k, (start, end) in enumerate(pairwise(points)):
        for j in range(21):
            assert strays(point_at(piece, (k + j / 20) / count), start, end) <= tolerance
    if bow * scale <= FLAT_ON_SCREEN * 0.99:
        assert count == 1       # straight enough on screen: one chord


# ------------------------------------------------------------------------------ in the window
def far_apart_map(north: tuple[float, float] = (300.0, -200_000.0),
                  south: tuple[float, float] = (-300.0, 200_000.0)) -> MindMap:
    """Two ideas (400,000 px apart unless told), joined by a labelled cross-link, and a
    third in between."""
    m = MindMap("Far", "Far apart")
    for text, pos in (("North", north), ("South", south), ("Middle", (900.0, 0.0))):
        m.apply(ops.add_child(m, m.root, text))
        m.apply(ops.set_pos(m.children(m.root)[-1], pos))
    north, south, _ = m.children(m.root)
    m.apply(ops.add_link(north, south, "far"))
    return m


@pytest.fixture
def far(qtbot, tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "far.yaml"
    save_map(far_apart_map(), path)
    window, editor = open_window(qtbot, path)
    (link,) = editor.scene.link_items.values()
    return editor, link


def picture(view) -> QImage:  # noqa: ANN001
    view.viewport().repaint()
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing(a: QImage, b: QImage, skip: range = range(0)) -> int:
    """Pixels whose colours differ by more than a faint antialiasing shade (columns in
    ``skip`` left out)."""
    def apart(x: int, y: int) -> int:
        colours = zip(QColor(a.pixel(x, y)).getRgb()[:3], QColor(b.pixel(x, y)).getRgb()[:3],
                      strict=True)
        return max(abs(p - q) for p, q in colours)
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if x not in skip and apart(x, y) > 48)


def dashes(image: QImage, column: int) -> list[int]:
    """Where each dash starts down the (upright) link in ``column``."""
    ink = [min(QColor(image.pixel(x, y)).lightness() for x in range(column - 2, column + 3))
           < 170 for y in range(image.height())]
    return [y for y in range(1, len(ink)) if ink[y] and not ink[y - 1]]


@pytest.mark.parametrize("zoom, shift", [(1.0, 0.0), (2.0, 130_000.0), (1.0, -60_000.5)])
def test_a_link_across_the_map_looks_as_its_whole_curve_does(far, monkeypatch, zoom, shift):
    editor, link = far
    view = editor.view
    view.set_zoom(zoom)
    middle = link.path().pointAtPercent(0.5 + shift / 800_000)
    view.centerOn(QPointF(middle.x(), middle.y() - 200))
    strokes: list[float] = []
    real = edge_items.LinkItem._strokes

    def recorded(self, painter, widget):  # noqa: ANN001, ANN202
        out = real(self, painter, widget)
        strokes.append(sum(p.length() for p, _ in out[0]))
        return out

    monkeypatch.setattr(edge_items.LinkItem, "_strokes", recorded)
    cut = picture(view)
    assert strokes, "the link was painted"
    # what was stroked is about as long as the view is tall, not the link's 400,000 px
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert max(strokes) < 2 * (shown.width() + shown.height())
    monkeypatch.setattr(edge_items, "visible_runs", lambda *args: None)
    whole = picture(view)
    column = view.mapFromScene(middle).x()
    cut_dashes, whole_dashes = dashes(cut, column), dashes(whole, column)
    assert len(cut_dashes) > 20         # the dashes are there, down the whole view
    # dashes as long and as far apart as on the whole curve; where the pattern starts may
    # differ (Qt measures the whole curve on a polyline of its own: 8 px short after 250,000
    # px; this is the curve's true length)
    assert abs(len(cut_dashes) - len(whole_dashes)) <= 1
    cut_gaps = sorted(b - a for a, b in pairwise(cut_dashes))
    whole_gaps = sorted(b - a for a, b in pairwise(whole_dashes))
    assert cut_gaps[0] >= whole_gaps[0] - 1 and cut_gaps[-1] <= whole_gaps[-1] + 1
    assert statistics.median(cut_gaps) == statistics.median(whole_gaps)
    assert differing(cut, whole, skip=range(column - 8, column + 9)) == 0


def test_a_piece_bent_on_screen_is_stroked_in_chords_as_the_curve_looks(qtbot, tmp_path,
                                                                       monkeypatch):
    """A link a few times the view's size bends visibly across the view: its piece there is
    stroked as several chords (not one straight line), which look as the curve does."""
    path = tmp_path / "near.yaml"
    save_map(far_apart_map((0.0, -3_000.0), (0.0, 3_000.0)), path)
    _, editor = open_window(qtbot, path)
    (link,) = editor.scene.link_items.values()
    view = editor.view
    view.set_zoom(1.0)
    middle = link.path().pointAtPercent(0.5)
    view.centerOn(middle)
    chords_drawn: list[int] = []
    real = edge_items.LinkItem._strokes

    def recorded(self, painter, widget):  # noqa: ANN001, ANN202
        out = real(self, painter, widget)
        chords_drawn.append(sum(type(shape) is QLineF for shape, _ in out[0]))
        return out

    monkeypatch.setattr(edge_items.LinkItem, "_strokes", recorded)
    cut = picture(view)
    assert max(chords_drawn) > 1
    # the same piece stroked by Qt as a curve, its dashes shifted as much
    monkeypatch.setattr(edge_items, "STRAIGHT_PIECES", False)
    curved = picture(view)
    column = view.mapFromScene(middle).x()
    cut_dashes, curved_dashes = dashes(cut, column), dashes(curved, column)
    assert len(cut_dashes) > 20
    assert len(cut_dashes) == len(curved_dashes)
    # each dash where the curve has it (the chords go on with the pattern where the last
    # one ended), to a pixel
    assert all(abs(a - b) <= 1 for a, b in zip(cut_dashes, curved_dashes, strict=True)), \
        (cut_dashes, curved_dashes)
    assert differing(cut, curved, skip=range(column - 8, column + 9)) == 0
    # and as long and as far apart as on the whole curve (where Qt starts the pattern on
    # the whole curve it measures on a polyline of its own)
    monkeypatch.setattr(edge_items, "visible_runs", lambda *args: None)
    whole_dashes = dashes(picture(view), column)
    assert abs(len(cut_dashes) - len(whole_dashes)) <= 1
    assert statistics.median(b - a for a, b in pairwise(cut_dashes)) == \
        statistics.median(b - a for a, b in pairwise(whole_dashes))


def test_a_scroll_continues_the_dashes_it_moved(far, qtbot):
    """A scroll moves the pixels already drawn and paints the strip it uncovers: the dashes
    there meet those moved, as a full repaint draws them."""
    editor, link = far
    view = editor.view
    view.set_zoom(1.0)
    view.centerOn(link.path().pointAtPercent(0.3))
    picture(view)
    bar = view.verticalScrollBar()
    for _ in range(6):
        bar.setValue(bar.value() + 97)     # the pixels move; the strip uncovered is painted
        qtbot.wait(5)
    # what is on screen (a grab would paint the whole view afresh)
    viewport = view.viewport()
    corner = viewport.mapToGlobal(viewport.rect().topLeft())
    scrolled = QGuiApplication.primaryScreen().grabWindow(
        0, corner.x(), corner.y(), viewport.width(), viewport.height()).toImage() \
        .convertToFormat(QImage.Format.Format_RGB32)
    column = view.mapFromScene(link.path().pointAtPercent(0.3)).x()
    assert len(dashes(scrolled, column)) > 20
    assert differing(scrolled, picture(view)) <= 4


def test_an_export_strokes_the_whole_curve(far, monkeypatch):
    editor, link = far
    seen: list[float] = []
    real = edge_items.LinkItem._strokes
    monkeypatch.setattr(edge_items.LinkItem, "_strokes", lambda self, painter, widget: (
        seen.append(sum(p.length() for p, _ in real(self, painter, widget)[0])),
        real(self, painter, widget))[1])
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    editor.scene.render(painter, QRectF(image.rect()), link.sceneBoundingRect())
    painter.end()
    assert seen and seen[0] > 390_000


@pytest.mark.parametrize("zoom, readable", [(1.0, True), (0.5, True), (0.3, False)])
def test_a_link_label_too_small_to_read_is_a_bar(far, monkeypatch, zoom, readable):
    """As an idea's text far out: a 9 pt label is under 4 px high at 30 %."""
    editor, link = far
    view = editor.view
    view.set_zoom(zoom)
    view.centerOn(link.label_point())
    written: list[str] = []
    bars: list[QRectF] = []
    real_text, real_rect = QPainter.drawText, QPainter.drawRect
    monkeypatch.setattr(QPainter, "drawText", lambda self, *args: (
        written.append(args[-1]), real_text(self, *args))[1])
    monkeypatch.setattr(QPainter, "drawRect", lambda self, *args: (
        bars.append(QRectF(args[0])), real_rect(self, *args))[1])
    picture(view)
    assert ("far" in written) == readable
    label = link._label_rect
    assert any(label.contains(bar) for bar in bars) != readable
    editor.scene.select_only([])
    link.setSelected(True)          # the selected link's label is always written out
    written.clear()
    picture(view)
    assert "far" in written
