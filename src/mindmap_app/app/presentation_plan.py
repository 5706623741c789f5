"""Where a presentation looks: the steps through a map, each at a size a room can read.

A *frame* is one place the presentation view shows: a centre and a scale in scene
coordinates, the main branch it is about (None for the overview) and, in reveal mode, how
many of that branch's children are shown.

Readability rule: the smallest text the scene draws must be at least ``READABLE_PX`` device
pixels high (font height times the view's scale), so a frame never zooms out further than
:func:`readable_scale`. When a branch does not fit at that scale, it is shown in several
frames: first the one centred on the branch root, then its children in groups that fit, top
to bottom (skipping a group the first frame showed whole already). Such a frame is then moved
up or down a little so that the screen's top and bottom edges fall between boxes, not across
them (:func:`snapped`): a box cut by the edge of the projector, a sliver of its border or half
its lines, reads as a fault.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QFontMetricsF

from ..canvas.map_scene import MapScene
from ..canvas.node_item import NodeItem

#: room left between a box and the screen's edge a frame was moved to (scene units)
SNAP_GAP = 4.0
READABLE_PX = 24.0      # smallest text height on screen, device pixels (at 1920x1080)
MAX_SCALE = 2.5         # a small branch is not blown up further than this
MARGIN_PX = 40.0        # free border around what a frame shows, device pixels


@dataclass(frozen=True)
class Frame:
    branch: str | None                # the branch this frame is about; None: the overview
    center: tuple[float, float]       # scene point at the middle of the screen
    scale: float                      # view scale (device pixels per scene unit)
    revealed: int | None = None       # reveal mode: children of ``branch`` shown so far


# --- readability ---------------------------------------------------------------------------


def node_fonts(item: NodeItem) -> list[QFont]:
    """The fonts ``item`` draws text with: its text font, and the small font when it shows
    tag chips, vote dots or their count, or a fold badge."""
    fonts = [item.geometry.font]
    look = item.look
    if look.tags or look.votes or look.folded_count:   # vote dots are sized by it too
        fonts.append(item.geometry.small_font)
    return fonts


def smallest_text_height(scene: MapScene) -> float:
    """Height (scene units) of the smallest text the scene draws: node texts, chips, badges
    and cross-link labels."""
    fonts = [font for item in scene.items_by_id.values() for font in node_fonts(item)]
    if any(link.label for link in scene.link_items.values()):
        theme = scene.theme
        label = QFont(theme.font_family)
        label.setPointSizeF(theme.font_size * 0.85)
        label.setItalic(True)
        fonts.append(label)
    heights: dict[tuple, float] = {}
    for font in fonts:
        key = (font.family(), font.pointSizeF(), font.bold(), font.italic())
        if key not in heights:
            heights[key] = QFontMetricsF(font).height()
    return min(heights.values(), default=QFontMetricsF(QFont()).height())


def readable_scale(scene: MapScene) -> float:
    """The smallest view scale at which every text of ``scene`` is READABLE_PX high."""
    return READABLE_PX / smallest_text_height(scene) * (1.0 + 1e-9)


# --- geometry helpers ----------------------------------------------------------------------


def _usable(size: QSizeF, scale: float) -> tuple[float, float]:
    """Scene width and height a frame at ``scale`` can show inside the margins."""
    return (max(1.0, size.width() - 2 * MARGIN_PX) / scale,
            max(1.0, size.height() - 2 * MARGIN_PX) / scale)


def scale_for(rect: QRectF, size: QSizeF, min_scale: float) -> float:
    """The scale that shows ``rect`` whole, but never below ``min_scale`` (readable) and
    never above MAX_SCALE (unless readability needs it)."""
    fit_x = max(1.0, size.width() - 2 * MARGIN_PX) / max(1.0, rect.width())
    fit_y = max(1.0, size.height() - 2 * MARGIN_PX) / max(1.0, rect.height())
    return max(min_scale, min(MAX_SCALE, fit_x, fit_y))


def _fits(rect: QRectF, usable: tuple[float, float]) -> bool:
    return rect.width() <= usable[0] + 0.5 and rect.height() <= usable[1] + 0.5


def _axis(lo: float, hi: float, focus_lo: float, focus_hi: float, extent: float) -> float:
    """Centre on one axis: the middle of [lo, hi] when it fits in ``extent``; else the
    middle of the focus, moved inwards so that no more than needed lies outside [lo, hi]."""
    if hi - lo <= extent:
        return (lo + hi) / 2
    centre = (focus_lo + focus_hi) / 2
    return min(max(centre, lo + extent / 2), hi - extent / 2)


def place(rect: QRectF, focus: QRectF, usable: tuple[float, float]) -> tuple[float, float]:
    """Centre for showing ``rect``, or the part of it around ``focus`` when it is too big."""
    return (_axis(rect.left(), rect.right(), focus.left(), focus.right(), usable[0]),
            _axis(rect.top(), rect.bottom(), focus.top(), focus.bottom(), usable[1]))


def nodes_rect(scene: MapScene, nodes: list[str]) -> QRectF:
    """Bounding box of the nodes' items where the layout puts them: while the items still
    glide there (an edit, a theme change), their own positions are not final."""
    return Boxes(scene, nodes).rect(nodes)


class Boxes:
    """Where the shown boxes stand for one plan: every box's edges, and a branch's bounds,
    each worked out once. A plan asks for the rectangle of every branch and of every child's
    subtree; walking them again for each (20,000 ideas) cost a third of a second, at every
    step of a presentation and at every idea added live."""

    def __init__(self, scene: MapScene, nodes: list[str] | None = None) -> None:
        self.scene = scene
        centers = scene.layout_result.centers if scene.layout_result else {}
        items = scene.items_by_id
        self.edges: dict[str, tuple[float, float, float, float]] = {}
        for node in (items if nodes is None else nodes):
            item = items.get(node)
            if item is not None:
                x, y = centers.get(node) or (item.pos().x(), item.pos().y())
                box = item.boundingRect()
                self.edges[node] = (box.left() + x, box.top() + y,
                                    box.right() + x, box.bottom() + y)
        self._branches: dict[str, tuple[float, float, float, float]] | None = None

    @staticmethod
    def _rect(edges: tuple[float, float, float, float] | None) -> QRectF:
        if edges is None:
            return QRectF()
        left, top, right, bottom = edges
        return QRectF(left, top, right - left, bottom - top)

    def rect(self, nodes: list[str]) -> QRectF:
        """The bounds of these nodes' boxes (those shown)."""
        return self._rect(_union(self.edges.get(n) for n in nodes))

    def branch(self, node: str) -> QRectF:
        """The bounds of ``node``'s shown subtree, itself included."""
        if self._branches is None:
            self._branches = self._all_branches()
        return self._rect(self._branches.get(node))

    def _all_branches(self) -> dict[str, tuple[float, float, float, float]]:
        """Every branch's bounds, in one walk up each tree of the map."""
        m = self.scene.mind_map
        order: list[tuple[str, str | None]] = []
        for root in m.roots():
            stack: list[tuple[str, str | None]] = [(root, None)]
            while stack:
                node, parent = stack.pop()
                order.append((node, parent))
                stack.extend((child, node) for child in m.children(node))
        edges = self.edges
        bounds: dict[str, tuple[float, float, float, float]] = {}
        for node, parent in reversed(order):    # children before their parent
            below = bounds.get(node)            # what its children gave it
            own = edges.get(node)
            if own is not None and below is not None:
                own = (min(own[0], below[0]), min(own[1], below[1]),
                       max(own[2], below[2]), max(own[3], below[3]))
            elif own is None:
                own = below
            if own is None:
                continue
            bounds[node] = own
            if parent is not None:
                up = bounds.get(parent)
                bounds[parent] = own if up is None else (
                    min(own[0], up[0]), min(own[1], up[1]),
                    max(own[2], up[2]), max(own[3], up[3]))
        return bounds


def _union(all_edges) -> tuple[float, float, float, float] | None:  # noqa: ANN001
    """The edges around all given (left, top, right, bottom); None for none."""
    found = [e for e in all_edges if e is not None]
    if not found:
        return None
    return (min(e[0] for e in found), min(e[1] for e in found),
            max(e[2] for e in found), max(e[3] for e in found))


# --- frames --------------------------------------------------------------------------------


def presented_branches(scene: MapScene) -> list[str]:
    """The branches a presentation steps through, in order: the main branches, then the
    floating subtrees beside the map."""
    m = scene.mind_map
    candidates = m.children(m.root) + list(m.floating)
    return [n for n in candidates if n in scene.items_by_id]


def overview_frame(scene: MapScene, size: QSizeF, min_scale: float,
                   boxes: Boxes | None = None) -> Frame:
    """The whole map; when it cannot be read whole, the part around the root and the main
    branches."""
    boxes = boxes or Boxes(scene)
    rect = boxes.rect(list(boxes.edges))
    m = scene.mind_map
    focus = boxes.rect([m.root, *m.children(m.root)])
    scale = scale_for(rect, size, min_scale)
    return Frame(None, place(rect, focus, _usable(size, scale)), scale)


def focus_frame(scene: MapScene, node: str, branch: str | None, size: QSizeF,
                min_scale: float) -> Frame:
    """A close-up of ``node`` and its children (the node itself first when too big)."""
    kids = [c for c in scene.mind_map.children(node)
            if c in scene.items_by_id and scene.items_by_id[c].isVisible()]
    rect = nodes_rect(scene, [node, *kids])
    scale = scale_for(rect, size, min_scale)
    return Frame(branch, place(rect, nodes_rect(scene, [node]), _usable(size, scale)), scale)


def _groups(scene: MapScene, branch: str, usable: tuple[float, float], boxes: Boxes
            ) -> list[tuple[list[str], QRectF]]:
    """The branch's children in consecutive groups whose subtrees fit one screen; each group
    takes the branch root along when that still fits."""
    kids = [c for c in scene.mind_map.children(branch) if c in scene.items_by_id]
    groups: list[tuple[list[str], QRectF]] = []
    members: list[str] = []
    union = QRectF()
    for kid in kids:
        rect = boxes.branch(kid)
        candidate = union.united(rect) if members else rect
        if members and not _fits(candidate, usable):
            groups.append((members, union))
            members, union = [kid], rect
        else:
            members.append(kid)
            union = candidate
    if members:
        groups.append((members, union))
    root_box = boxes.rect([branch])
    out = []
    for members, union in groups:
        with_root = union.united(root_box)
        out.append((members, with_root if _fits(with_root, usable) else union))
    return out


class Rows:
    """The shown boxes as drawn (without the room for badges and the selection ring around
    each, which :class:`Boxes` keeps), by their top edge: those near a frame's top and
    bottom are found fast."""

    def __init__(self, boxes: Boxes) -> None:
        items = boxes.scene.items_by_id
        drawn = []
        for node, (left, top, right, bottom) in boxes.edges.items():
            width, height = items[node].geometry.size     # centred in its bounds
            x, y = (left + right) / 2, (top + bottom) / 2
            drawn.append((x - width / 2, y - height / 2, x + width / 2, y + height / 2))
        self.edges = sorted(drawn, key=lambda e: e[1])
        self.tops = [e[1] for e in self.edges]
        self.tallest = max((e[3] - e[1] for e in self.edges), default=0.0)

    def near(self, left: float, top: float, right: float, bottom: float
             ) -> list[tuple[float, float, float, float]]:
        """The boxes reaching into the rectangle."""
        start = bisect_left(self.tops, top - self.tallest)
        stop = bisect_right(self.tops, bottom)
        return [e for e in self.edges[start:stop]
                if e[3] > top and e[0] < right and e[2] > left]


def _cuts(edges: list[tuple[float, float, float, float]], top: float, bottom: float
          ) -> tuple[int, int]:
    """How many of the boxes the lines ``top`` and ``bottom`` run across, and how many of
    them ``top`` does (a box cut at the bottom reads as going on below; at the top, often a
    sliver of its border, as a fault)."""
    at_top = sum(1 for e in edges if e[1] < top < e[3])
    return at_top + sum(1 for e in edges if e[1] < bottom < e[3]), at_top


def snapped(frame: Frame, size: QSizeF, rows: Rows, keep: QRectF) -> Frame:
    """``frame`` moved up or down, by at most a quarter of the screen and keeping ``keep``
    inside the margins, so that the screen's top and bottom edges cut as few boxes as they
    can, the top edge none where it can (the nearest such place; the frame itself when it
    cuts none)."""
    scale = frame.scale
    half_w, half_h = size.width() / scale / 2, size.height() / scale / 2
    cx, cy = frame.center
    top, bottom = cy - half_h, cy + half_h
    reach = half_h / 2
    near = rows.near(cx - half_w, top - reach, cx + half_w, bottom + reach)
    best = (*_cuts(near, top, bottom), 0.0, 0.0)
    if best[0] == 0:
        return frame
    margin = MARGIN_PX / scale
    lowest = max(-reach, keep.bottom() + margin - bottom)   # keep's bottom stays on screen
    highest = min(reach, keep.top() - margin - top)         # ... and its top
    for e in near:      # the places where one edge just clears a box
        for dy in (e[3] + SNAP_GAP - top, e[1] - SNAP_GAP - top,
                   e[3] + SNAP_GAP - bottom, e[1] - SNAP_GAP - bottom):
            if lowest <= dy <= highest:
                best = min(best, (*_cuts(near, top + dy, bottom + dy), abs(dy), dy))
    return replace(frame, center=(cx, cy + best[3])) if best[3] else frame


def branch_frames(scene: MapScene, branch: str, size: QSizeF, min_scale: float,
                  reveal: bool = False, boxes: Boxes | None = None,
                  rows: Rows | None = None) -> list[Frame]:
    """The frames of one branch: the whole branch when it fits a readable screen, else the
    branch root and then its children group by group, each moved to cut no box at the
    screen's top and bottom where it can. In reveal mode: the root alone, then one more
    child per frame."""
    boxes = boxes or Boxes(scene)
    rows = rows or Rows(boxes)
    rect = boxes.branch(branch)
    root_box = boxes.rect([branch])
    scale = scale_for(rect, size, min_scale)
    usable = _usable(size, scale)
    kids = [c for c in scene.mind_map.children(branch) if c in scene.items_by_id]
    if _fits(rect, usable):
        centre = place(rect, root_box, usable)
        if not reveal or not kids:
            return [Frame(branch, centre, scale)]
        return [Frame(branch, centre, scale, i) for i in range(len(kids) + 1)]
    intro = snapped(Frame(branch, place(rect, root_box, usable), scale, 0 if reveal else None),
                    size, rows, root_box)
    seen = screen_rect(intro, size).adjusted(-0.5, -0.5, 0.5, 0.5)
    frames = [intro]
    for members, union in _groups(scene, branch, usable, boxes):
        group = snapped(Frame(branch, place(union, boxes.rect([members[0]]), usable), scale),
                        size, rows, union if _fits(union, usable) else boxes.rect(members[:1]))
        if reveal:
            frames.extend(replace(group, revealed=kids.index(kid) + 1) for kid in members)
        elif not seen.contains(union):      # not shown whole by the first frame already
            frames.append(group)
    return frames


def screen_rect(frame: Frame, size: QSizeF) -> QRectF:
    """The scene rectangle a screen of ``size`` shows at ``frame``."""
    w, h = size.width() / frame.scale, size.height() / frame.scale
    return QRectF(frame.center[0] - w / 2, frame.center[1] - h / 2, w, h)


def plan_frames(scene: MapScene, size: QSizeF, reveal: bool = False) -> list[Frame]:
    """Overview, every branch in turn, overview again."""
    min_scale = readable_scale(scene)
    boxes = Boxes(scene)
    rows = Rows(boxes)
    overview = overview_frame(scene, size, min_scale, boxes)
    frames = [overview]
    for branch in presented_branches(scene):
        frames.extend(branch_frames(scene, branch, size, min_scale, reveal, boxes, rows))
    frames.append(overview)
    return frames
