"""The part of a long quadratic curve a view can show, and how far along it that part starts.

A cross-link on a big map can run across a million pixels at 100 %: Qt's dasher walks the
whole curve to stroke the few hundred pixels in view (0.35 ms a link, 20 ms a frame on the
generated 100,000-idea map). :func:`visible_runs` finds the stretches of the curve inside a
rect (where it crosses the rect's sides: a quadratic equation each); the view strokes only
those, each with the dash pattern shifted by :func:`arc_length` up to where it starts, so
the dashes fall where they fall on the whole curve, whatever part of it a paint shows.

Such a piece is all but straight (a link's bow is at most 80 px over its whole length):
:func:`chords` turns it into the fewest straight strokes that stray from it by under a
twentieth of a pixel on screen. Qt draws a dashed straight line with its own line rasterizer,
five times faster than it dashes and fills a curve of the same length.

A tree edge on a big map runs as far: from a main idea to a child 100,000 px below it. Its
curve (:func:`edge_piece`) is a cubic that rises in both coordinates as it goes, so where it
is inside a rect is one stretch, found in closed form; the view strokes that stretch only.

Plain floats, no Qt: a curve is ``(x0, y0, cx, cy, x1, y1)`` (start, control, end).
"""

from __future__ import annotations

import math
from itertools import pairwise

Curve = tuple[float, float, float, float, float, float]

#: a curve this many times the rect's larger side is cut (a shorter one is cheap to stroke)
PIECE_OF_RECT = 2.0
#: how far a chord may stray from the curve, in pixels on screen (:func:`chords`)
FLAT_ON_SCREEN = 0.05
#: a piece that needs more chords than this is stroked as a curve
MAX_CHORDS = 16

# 8-point Gauss-Legendre nodes and weights on [-1, 1]: exact for polynomials of degree 15;
# the speed of a quadratic curve is the root of a quadratic, smooth unless the curve turns
# back on itself
_GAUSS = (
    (-0.9602898564975363, 0.1012285362903763), (-0.7966664774136267, 0.2223810344533745),
    (-0.5255324099163290, 0.3137066458778873), (-0.1834346424956498, 0.3626837833783620),
    (0.1834346424956498, 0.3626837833783620), (0.5255324099163290, 0.3137066458778873),
    (0.7966664774136267, 0.2223810344533745), (0.9602898564975363, 0.1012285362903763),
)
#: stretches the length is summed over (a cross-link never turns back: its control point
#: lies beside the middle of its ends, so its speed changes slowly)
_LENGTH_STEPS = 2


def point_at(curve: Curve, t: float) -> tuple[float, float]:
    """The curve's point at parameter ``t``."""
    x0, y0, cx, cy, x1, y1 = curve
    u = 1.0 - t
    return (u * u * x0 + 2 * u * t * cx + t * t * x1,
            u * u * y0 + 2 * u * t * cy + t * t * y1)


def sub_curve(curve: Curve, t0: float, t1: float) -> Curve:
    """The piece of ``curve`` from ``t0`` to ``t1`` as a curve of its own (its control point
    is the curve's blossom at (t0, t1)): the same points, drawn from parameter 0 to 1."""
    x0, y0, cx, cy, x1, y1 = curve
    a, b, c = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    sx, sy = point_at(curve, t0)
    ex, ey = point_at(curve, t1)
    return (sx, sy, a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1, ex, ey)


def arc_length(curve: Curve, t1: float = 1.0) -> float:
    """The length of the curve from its start to parameter ``t1``."""
    x0, y0, cx, cy, x1, y1 = curve
    # the derivative is 2 (A + t B)
    ax, ay = cx - x0, cy - y0
    bx, by = x0 - 2 * cx + x1, y0 - 2 * cy + y1
    total = 0.0
    step = t1 / _LENGTH_STEPS
    for k in range(_LENGTH_STEPS):
        mid = (k + 0.5) * step
        for node, weight in _GAUSS:
            t = mid + node * step / 2
            total += weight * math.hypot(ax + t * bx, ay + t * by)
    return total * step       # 2 |A + tB| integrated: weights sum to 2 over half a step


def _crossings(start: float, control: float, end: float, value: float) -> list[float]:
    """The parameters in (0, 1) where one coordinate of the curve equals ``value``."""
    a = start - 2 * control + end
    b = 2 * (control - start)
    k = start - value
    if abs(a) <= 1e-12 * (abs(b) + abs(k)):          # straight in this coordinate
        roots = [-k / b] if b else []
    else:
        disc = b * b - 4 * a * k
        if disc < 0:
            return []
        q = -0.5 * (b + math.copysign(math.sqrt(disc), b))      # no cancellation
        roots = [q / a, k / q] if q else [0.0]
    return [t for t in roots if 0.0 < t < 1.0]


def visible_runs(curve: Curve, left: float, top: float, right: float, bottom: float
                 ) -> list[tuple[float, float]] | None:
    """The stretches ``(t0, t1)`` of ``curve``, in order and apart, that run inside the
    rect. ``None`` when the curve is small beside the rect (stroke it whole, as an export
    does): a curve is cut only when its control triangle is more than
    :data:`PIECE_OF_RECT` times the rect's larger side; ``[]`` when none of it is inside."""
    x0, y0, cx, cy, x1, y1 = curve
    limit = PIECE_OF_RECT * max(right - left, bottom - top)
    if max(x0, cx, x1) - min(x0, cx, x1) <= limit and \
            max(y0, cy, y1) - min(y0, cy, y1) <= limit:
        return None
    # where the curve crosses the rect's four lines cuts it into stretches wholly inside
    # or wholly outside; the middle of each says which
    cuts = sorted({0.0, 1.0, *_crossings(x0, cx, x1, left), *_crossings(x0, cx, x1, right),
                   *_crossings(y0, cy, y1, top), *_crossings(y0, cy, y1, bottom)})
    runs: list[tuple[float, float]] = []
    for t0, t1 in pairwise(cuts):
        x, y = point_at(curve, (t0 + t1) / 2)
        if left <= x <= right and top <= y <= bottom:
            if runs and runs[-1][1] == t0:
                runs[-1] = (runs[-1][0], t1)
            else:
                runs.append((t0, t1))
    return runs


def chords(piece: Curve, scale: float) -> list[tuple[float, float]] | None:
    """Points along ``piece``, its ends first and last, whose chords stray from it by at most
    :data:`FLAT_ON_SCREEN` pixels at ``scale`` (pixels per unit); None when that takes more
    than :data:`MAX_CHORDS` chords (a bent piece: stroke the curve)."""
    x0, y0, cx, cy, x1, y1 = piece
    # a quadratic strays from its chord most at its middle, by half the control point's
    # distance from the chord's line
    dx, dy = x1 - x0, y1 - y0
    chord = math.hypot(dx, dy)
    across = abs(dx * (cy - y0) - dy * (cx - x0)) / chord if chord else math.inf
    if across / 2 * scale <= FLAT_ON_SCREEN:
        return [(x0, y0), (x1, y1)]
    # cut into n equal stretches of t, each strays at most 1 / (n * n) of the bend (the
    # second derivative over 8: half the distance from the chord's middle to the control
    # point), whichever way the stretch runs
    bend = math.hypot(cx - (x0 + x1) / 2, cy - (y0 + y1) / 2) / 2 * scale
    count = math.ceil(math.sqrt(bend / FLAT_ON_SCREEN))
    if count > MAX_CHORDS:
        return None
    return [(x0, y0), *(point_at(piece, k / count) for k in range(1, count)), (x1, y1)]


# ------------------------------------------------------------------------- tree edges
def _smooth_inverse(u: float) -> float:
    """The t in [0, 1] where 3t^2 - 2t^3 (how far a tree edge has come across its ends in the
    direction it leaves and meets the boxes square) is ``u`` (in [0, 1])."""
    return 0.5 - math.sin(math.asin(1.0 - 2.0 * u) / 3.0)


def _ease_inverse(u: float) -> float:
    """The t in [0, 1] where 1.5t - 1.5t^2 + t^3 (how far a tree edge has come in the other
    direction) is ``u``: with t = s + 1/2, s^3 + 3/4 s + (1/2 - u) = 0, one real root."""
    half_q = (0.5 - u) / 2
    root = math.sqrt(half_q * half_q + 0.015625)        # (p / 3)^3 with p = 3/4
    return math.cbrt(-half_q + root) + math.cbrt(-half_q - root) + 0.5


def _span(start: float, end: float, low: float, high: float, inverse) -> tuple[float, float] | None:  # noqa: ANN001
    """The stretch of t where start + (end - start) h(t) lies in [low, high] (h rising from 0
    to 1, ``inverse`` its inverse); None when nowhere."""
    if end == start:
        return (0.0, 1.0) if low <= start <= high else None
    a, b = (low - start) / (end - start), (high - start) / (end - start)
    if a > b:
        a, b = b, a
    if a > 1.0 or b < 0.0:
        return None
    return (inverse(a) if a > 0.0 else 0.0), (inverse(b) if b < 1.0 else 1.0)


def edge_controls(sx: float, sy: float, ex: float, ey: float, down: bool
                  ) -> tuple[float, float, float, float, float, float, float, float]:
    """The tree edge's cubic from (sx, sy) to (ex, ey) as (x0, y0, x1, y1, x2, y2, x3, y3):
    it leaves and meets the boxes square, across (or ``down``), its control points halfway
    between its ends in that direction."""
    if down:
        mid = (sy + ey) / 2
        return (sx, sy, sx, mid, ex, mid, ex, ey)
    mid = (sx + ex) / 2
    return (sx, sy, mid, sy, mid, ey, ex, ey)


def edge_piece(sx: float, sy: float, ex: float, ey: float, down: bool, left: float,
               top: float, right: float, bottom: float) -> tuple[float, float] | None:
    """The stretch ``(t0, t1)`` of the tree edge from (sx, sy) to (ex, ey) (see
    :func:`edge_controls`: it leaves and meets the boxes square, across or ``down``) that
    runs inside the rect; None when none of it does.

    Across, its control points are (m, sy) and (m, ey) with m halfway: y runs
    sy + (ey - sy)(3t^2 - 2t^3) and x sx + (ex - sx)(1.5t - 1.5t^2 + t^3), each rising with t,
    so the curve is inside the rect exactly where both are in range (down: the other way
    round)."""
    if down:
        across = _span(sx, ex, left, right, _smooth_inverse)
        along = _span(sy, ey, top, bottom, _ease_inverse)
    else:
        across = _span(sx, ex, left, right, _ease_inverse)
        along = _span(sy, ey, top, bottom, _smooth_inverse)
    if across is None or along is None:
        return None
    t0, t1 = max(across[0], along[0]), min(across[1], along[1])
    return (t0, t1) if t0 < t1 else None


def sub_cubic(points: tuple[float, ...], t0: float, t1: float) -> tuple[float, ...]:
    """The piece of the cubic ``points`` (x0, y0, x1, y1, x2, y2, x3, y3) from ``t0`` to
    ``t1`` as a cubic of its own (its control points are the curve's blossoms)."""
    x0, y0, x1, y1, x2, y2, x3, y3 = points

    def blossom(a: float, b: float, c: float) -> tuple[float, float]:
        # de Casteljau with a different parameter at each level
        ax, ay = x0 + (x1 - x0) * a, y0 + (y1 - y0) * a
        bx, by = x1 + (x2 - x1) * a, y1 + (y2 - y1) * a
        cx, cy = x2 + (x3 - x2) * a, y2 + (y3 - y2) * a
        dx, dy = ax + (bx - ax) * b, ay + (by - ay) * b
        fx, fy = bx + (cx - bx) * b, by + (cy - by) * b
        return dx + (fx - dx) * c, dy + (fy - dy) * c

    return (*blossom(t0, t0, t0), *blossom(t0, t0, t1), *blossom(t0, t1, t1),
            *blossom(t1, t1, t1))


def _split_cubic(points: tuple[float, ...]) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The cubic's halves (at t = 1/2)."""
    x0, y0, x1, y1, x2, y2, x3, y3 = points
    ax, ay, bx, by, cx, cy = (x0 + x1) / 2, (y0 + y1) / 2, (x1 + x2) / 2, (y1 + y2) / 2, \
        (x2 + x3) / 2, (y2 + y3) / 2
    dx, dy, ex, ey = (ax + bx) / 2, (ay + by) / 2, (bx + cx) / 2, (by + cy) / 2
    mx, my = (dx + ex) / 2, (dy + ey) / 2
    return (x0, y0, ax, ay, dx, dy, mx, my), (mx, my, ex, ey, cx, cy, x3, y3)


def _flat(points: tuple[float, ...], limit: float) -> bool:
    """Whether the cubic stays within ``limit`` of its chord: it lies in the hull of its
    control points, so it does when both inner ones lie within ``limit`` of the chord's
    line and beside the chord (not beyond its ends)."""
    x0, y0, x1, y1, x2, y2, x3, y3 = points
    dx, dy = x3 - x0, y3 - y0
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(x1 - x0, y1 - y0) <= limit and math.hypot(x2 - x0, y2 - y0) <= limit
    for px, py in ((x1 - x0, y1 - y0), (x2 - x0, y2 - y0)):
        along = px * dx + py * dy
        if along < 0.0 or along > length2 or \
                abs(px * dy - py * dx) > limit * math.sqrt(length2):
            return False
    return True


def cubic_chords(points: tuple[float, ...], scale: float) -> list[tuple[float, float]] | None:
    """Points along the cubic ``points``, its ends first and last, whose chords stray from it
    by at most :data:`FLAT_ON_SCREEN` pixels at ``scale``; None when that takes more than
    :data:`MAX_CHORDS`. Halved until each piece is flat enough (a tree edge's stretch in
    view is straight but for where it turns, near its ends)."""
    limit = FLAT_ON_SCREEN / scale
    out = [(points[0], points[1])]
    todo = [points]             # pieces still to draw, the next one last
    while todo:
        piece = todo.pop()
        if _flat(piece, limit):
            out.append((piece[6], piece[7]))
            if len(out) > MAX_CHORDS + 1:
                return None
        elif len(out) + len(todo) > MAX_CHORDS:
            return None         # more pieces waiting than chords allowed
        else:
            first, second = _split_cubic(piece)
            todo += (second, first)
    return out
