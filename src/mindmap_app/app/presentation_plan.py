"""Where a presentation looks: the steps through a map, each at a size a room can read.

A *frame* is one place the presentation view shows: a centre and a scale in scene
coordinates, the main branch it is about (None for the overview) and, in reveal mode, how
many of that branch's children are shown.

Readability rule: the smallest text the scene draws must be at least ``READABLE_PX`` device
pixels high (font height times the view's scale), so a frame never zooms out further than
:func:`readable_scale`. When a branch does not fit at that scale, it is shown in several
frames: first the one centred on the branch root, then its children in groups that fit, top
to bottom (skipping a group the first frame showed whole already).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QFontMetricsF

from ..canvas.map_scene import MapScene
from ..canvas.node_item import NodeItem

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
    centers = scene.layout_result.centers if scene.layout_result else {}
    rect = QRectF()
    for node in nodes:
        item = scene.items_by_id.get(node)
        if item is not None:
            x, y = centers.get(node, (item.pos().x(), item.pos().y()))
            rect = rect.united(item.boundingRect().translated(x, y))
    return rect


def shown_subtree(scene: MapScene, node: str) -> list[str]:
    """``node`` and its descendants that have items (not inside a folded branch)."""
    return [n for n in scene.mind_map.subtree(node) if n in scene.items_by_id]


# --- frames --------------------------------------------------------------------------------


def presented_branches(scene: MapScene) -> list[str]:
    """The branches a presentation steps through, in order: the main branches, then the
    floating subtrees beside the map."""
    m = scene.mind_map
    candidates = m.children(m.root) + list(m.floating)
    return [n for n in candidates if n in scene.items_by_id]


def overview_frame(scene: MapScene, size: QSizeF, min_scale: float) -> Frame:
    """The whole map; when it cannot be read whole, the part around the root and the main
    branches."""
    rect = nodes_rect(scene, list(scene.items_by_id))
    m = scene.mind_map
    focus = nodes_rect(scene, [m.root, *m.children(m.root)])
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


def _groups(scene: MapScene, branch: str, usable: tuple[float, float]
            ) -> list[tuple[list[str], QRectF]]:
    """The branch's children in consecutive groups whose subtrees fit one screen; each group
    takes the branch root along when that still fits."""
    kids = [c for c in scene.mind_map.children(branch) if c in scene.items_by_id]
    groups: list[tuple[list[str], QRectF]] = []
    members: list[str] = []
    union = QRectF()
    for kid in kids:
        rect = nodes_rect(scene, shown_subtree(scene, kid))
        candidate = union.united(rect) if members else rect
        if members and not _fits(candidate, usable):
            groups.append((members, union))
            members, union = [kid], rect
        else:
            members.append(kid)
            union = candidate
    if members:
        groups.append((members, union))
    root_box = nodes_rect(scene, [branch])
    out = []
    for members, union in groups:
        with_root = union.united(root_box)
        out.append((members, with_root if _fits(with_root, usable) else union))
    return out


def branch_frames(scene: MapScene, branch: str, size: QSizeF, min_scale: float,
                  reveal: bool = False) -> list[Frame]:
    """The frames of one branch: the whole branch when it fits a readable screen, else the
    branch root and then its children group by group. In reveal mode: the root alone, then
    one more child per frame."""
    rect = nodes_rect(scene, shown_subtree(scene, branch))
    root_box = nodes_rect(scene, [branch])
    scale = scale_for(rect, size, min_scale)
    usable = _usable(size, scale)
    kids = [c for c in scene.mind_map.children(branch) if c in scene.items_by_id]
    if _fits(rect, usable):
        centre = place(rect, root_box, usable)
        if not reveal or not kids:
            return [Frame(branch, centre, scale)]
        return [Frame(branch, centre, scale, i) for i in range(len(kids) + 1)]
    intro = Frame(branch, place(rect, root_box, usable), scale, 0 if reveal else None)
    seen = screen_rect(intro, size).adjusted(-0.5, -0.5, 0.5, 0.5)
    frames = [intro]
    for members, union in _groups(scene, branch, usable):
        centre = place(union, nodes_rect(scene, [members[0]]), usable)
        if reveal:
            frames.extend(Frame(branch, centre, scale, kids.index(kid) + 1) for kid in members)
        elif not seen.contains(union):      # not shown whole by the first frame already
            frames.append(Frame(branch, centre, scale))
    return frames


def screen_rect(frame: Frame, size: QSizeF) -> QRectF:
    """The scene rectangle a screen of ``size`` shows at ``frame``."""
    w, h = size.width() / frame.scale, size.height() / frame.scale
    return QRectF(frame.center[0] - w / 2, frame.center[1] - h / 2, w, h)


def plan_frames(scene: MapScene, size: QSizeF, reveal: bool = False) -> list[Frame]:
    """Overview, every branch in turn, overview again."""
    min_scale = readable_scale(scene)
    overview = overview_frame(scene, size, min_scale)
    frames = [overview]
    for branch in presented_branches(scene):
        frames.extend(branch_frames(scene, branch, size, min_scale, reveal))
    frames.append(overview)
    return frames
