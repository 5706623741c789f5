"""What a node looks like, derived from the model and the theme (no drawing here).

A :class:`NodeLook` is a small immutable value: two equal looks draw the same box, so an item only
re-measures and repaints when its look changes.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from typing import NamedTuple

from ..model import MindMap
from ..themes import Theme, parse_color


class NodeLook(NamedTuple):
    text: str
    depth: int                 # 0 for roots (main and floating)
    is_main_root: bool
    color: str                 # branch colour: border, edge, marks
    fill: str
    text_color: str
    border_width: float
    font_size: float
    bold: bool
    tags: tuple[tuple[str, str], ...]   # (tag, colour)
    votes: int
    has_note: bool
    link: str | None
    folded_count: int          # hidden descendants when folded, else 0
    max_text_width: float
    font_family: str
    dashed: bool = False       # the parking lot's border


def branch_colors(mind_map: MindMap, theme: Theme, nodes: list[str]) -> dict[str, str]:
    """Branch colour of ``nodes`` (and of the ancestors it needed on the way).

    A main branch takes the theme's colour for its index; descendants inherit it; a node's own
    ``style.color`` wins for it and its descendants.
    """
    out: dict[str, str] = {}

    def own(node: str) -> str | None:
        style = mind_map.get(node, "style") or {}
        return style.get("color")

    for node in nodes:
        if node in out:
            continue
        path = mind_map.path_to_root(node)          # node ... root
        root = path[-1]
        if root not in out:
            if root == mind_map.root:
                out[root] = own(root) or theme.root_border
            elif mind_map.get(root, "parking_lot"):
                out[root] = own(root) or PARKING_COLOR
            else:
                index = mind_map.floating.index(root) + len(mind_map.children(mind_map.root))
                out[root] = own(root) or theme.branch_color(index)
        for level in range(len(path) - 2, -1, -1):   # walk down from the root
            child = path[level]
            if child in out:
                continue
            parent = path[level + 1]
            if parent == mind_map.root:
                inherited = theme.branch_color(mind_map.index_of(child))
            else:
                inherited = out[parent]
            out[child] = own(child) or inherited
    return out


def colours_and_depths(mind_map: MindMap, theme: Theme, nodes: list[str]
                       ) -> dict[str, tuple[str, int]]:
    """Branch colour and depth of ``nodes``: one walk of the whole map when they are most of
    it, else from the parent when it came before (``nodes`` in pre-order: a branch that
    appears), else up from the node."""
    if len(nodes) > 64 and len(nodes) * 2 > len(mind_map):
        return visible_colours_and_depths(mind_map, theme)
    out: dict[str, tuple[str, int]] = {}
    main = mind_map.root
    parent_of, get = mind_map.parent, mind_map.get
    for node in nodes:
        parent = parent_of(node)
        if parent is not None and parent != main and parent in out:
            colour, depth = out[parent]
            own = (get(node, "style") or {}).get("color")
            out[node] = (own or colour, depth + 1)
        else:
            out[node] = (branch_colors(mind_map, theme, [node])[node], mind_map.depth(node))
    return out


def visible_colours_and_depths(mind_map: MindMap, theme: Theme
                               ) -> dict[str, tuple[str, int]]:
    """Branch colour and depth of every visible node, in one walk down from the roots."""
    out: dict[str, tuple[str, int]] = {}
    main = mind_map.root
    n_main = len(mind_map.children(main))
    stored, children = mind_map.node_table(), mind_map.children     # a call per node costs
    for r_index, root in enumerate(mind_map.roots()):
        own = (stored[root].get("style") or _NO_STYLE).get("color")
        if root == main:
            colour = own or theme.root_border
        elif stored[root].get("parking_lot"):
            colour = own or PARKING_COLOR
        else:
            colour = own or theme.branch_color(n_main + r_index - 1)
        out[root] = (colour, 0)
        stack = [root]
        pop, push = stack.pop, stack.append
        while stack:
            node = pop()
            if stored[node].get("folded"):
                continue
            kids = children(node)
            if not kids:
                continue
            colour, depth = out[node]
            inherited = (colour, depth + 1)
            for index, child in enumerate(kids):
                style = stored[child].get("style")
                own = style.get("color") if style else None
                if own:
                    out[child] = (own, depth + 1)
                elif node == main:
                    out[child] = (theme.branch_color(index), depth + 1)
                else:
                    out[child] = inherited      # one tuple shared by the siblings
                push(child)
    return out


#: no style of its own
_NO_STYLE: dict = {}


def _colour(value: object) -> str | None:
    """``value`` as "#rrggbb" when it is a colour the themes can measure, else None."""
    # most nodes have no colour of their own: no exception raised and caught for each
    return _hex_colour(value) if isinstance(value, str) else None


@lru_cache(maxsize=1024)
def _hex_colour(value: str) -> str | None:
    """:func:`_colour` of a string, once per string (a map uses a few colours)."""
    try:
        return "#{:02x}{:02x}{:02x}".format(*parse_color(value))  # noqa: UP032
    except ValueError:
        return None


def tag_colour(theme: Theme, tag: str, map_colours: dict[str, str] | None = None) -> str:
    """A tag's colour: the map's own for the tag (``tags:`` in the file, made visible on the
    theme's background), else the theme's, else a stable pick from the theme's palette (the
    same tag has the same colour in every map and every session)."""
    if map_colours and tag in map_colours:
        return theme.stroke_color(map_colours[tag])
    own = theme.tag_color(tag)
    if own:
        return own
    return theme.stroke_color(theme.branch_color(zlib.crc32(tag.encode("utf-8"))))


def node_look(mind_map: MindMap, theme: Theme, node: str, color: str, depth: int) -> NodeLook:
    data = mind_map.node_table()[node]      # stored: an attribute at its default is absent
    get = data.get
    style = get("style") or _NO_STYLE
    is_main_root = node == mind_map.root
    if is_main_root:
        fill, text_color = theme.root_fill, theme.root_text
        font_size, bold, border = theme.root_font_size, True, theme.border_width * 1.5
        color = style.get("color", theme.root_border)
    elif depth == 0 or (depth == 1 and mind_map.parent(node) == mind_map.root):
        # the main branches; a tree beside the map (the parking lot) has its own root drawn
        # so, and ideas below it drawn as ideas (parked ones looked like main branches)
        fill, text_color = theme.branch_fill(color), theme.text
        font_size, bold, border = theme.branch_font_size, True, theme.border_width * 1.2
    else:
        fill, text_color = theme.node_fill, theme.text
        font_size, bold, border = theme.font_size, False, theme.border_width
    own = _colour(style.get("background"))
    if own is not None:                 # the map's own colour, as chosen; text by contrast
        fill = own
        text_color = theme.text_on(fill, text_color)
    color = theme.stroke_color(color)
    tags = get("tags", ())
    if tags:
        map_colours = mind_map.tag_colors
        tags = tuple((t, tag_colour(theme, t, map_colours)) for t in tags)
    action = get("action")
    if action is not None:
        tags += ((action_label(action), ACTION_COLOR),)
    folded_count = mind_map.hidden_count(node) if get("folded") else 0
    # positional, in NodeLook's order (keywords cost twice as much, on every box of a map)
    return NodeLook(data["text"], depth, is_main_root, color, fill, text_color, border,
                    font_size, bold, tags, get("votes", 0), bool(get("note")), get("link"),
                    folded_count, theme.max_text_width, theme.font_family,
                    bool(get("parking_lot")))


ACTION_COLOR = "#5b3f99"
#: the parking lot and what is parked in it are drawn grey, the lot with a dashed border
PARKING_COLOR = "#7f8c8d"


def action_label(action: dict) -> str:
    """The chip of an action: "▶ Action: Ana, 2026-12-31"."""
    details = ", ".join(p for p in (action.get("owner"), action.get("due")) if p)
    return "▶ Action" + (f": {details}" if details else "")
