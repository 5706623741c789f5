"""Which boxes an edit gives a new look: at once, or, for a colour alone in a window, once
they come into view (see :mod:`.stale_looks`).

A box's look follows its own idea (text, marks, fold), its depth, and its branch colour: a main
branch takes the theme's colour for its place among the main topics, the floating trees theirs
after them, and a node's own ``style.color`` wins for its branch. So an edit looks again at the
ideas it touched, at the branches under a new colour (restyled, moved, or after a main topic
inserted, removed or moved before them), and at the folded ideas above what it added or moved
(their badge counts what they hide).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Change
from . import deferred_items
from .node_look import colours_and_depths, node_look

if TYPE_CHECKING:
    from .map_scene import MapScene

#: what :func:`recoloured` finds
COLOUR, DEPTH = 1, 2


def to_look_at(scene: MapScene, change: Change, new: set[str]) -> set[str]:
    """The boxes (made or waiting) to look at again now after ``change`` (``new``: those
    just made, with their looks); branches whose colour alone changed may be left to
    ``scene.stale`` instead (marked here)."""
    m, stale = scene.mind_map, scene.stale
    wait = stale.waiting
    relook: set[str] = set()
    later: set[str] = set()
    for node, keys in change.attrs.items():
        if node not in m or node in new:
            continue
        relook.add(node)
        if "style" in keys:         # its colour may be its branch's now (a fill is its own)
            if wait:
                later.add(node)
            elif recoloured(scene, node):
                relook.update(shown_branch(scene, node))
    if "tag_colors" in change.map_keys:
        relook.update(scene._items)     # noqa: SLF001 - every box: none waits then
        relook.update(scene.pending)
    elif change.structural:
        if m.root in change.moved:      # main topics added, removed or moved: every branch
            tops = (*m.children(m.root), *m.floating)
        else:                           # a floating tree added or removed: those after it
            tops = m.floating
        for top in tops:
            if top in new:
                continue
            if wait and (top in stale.roots or stale.in_plan or recoloured(scene, top)):
                later.add(top)
            elif recoloured(scene, top):
                relook.update(shown_branch(scene, top))
        for node in change.moved | change.added:
            if node not in m or node in new:
                continue
            # a branch that kept its colour and depth keeps its looks below the top; one
            # whose colour alone changed may wait, as may one bringing stale boxes along
            kind = recoloured(scene, node)
            if kind == DEPTH or (kind and not wait):
                relook.update(shown_branch(scene, node))
            else:
                relook.add(node)
                if kind or stale.any:
                    later.add(node)
        added, parent_of = change.added, m.parent
        for node in change.moved | added:    # the badges of folded ideas above (walked
            # from the top of each branch added: below it, every box is new)
            if node in m and (node not in added or parent_of(node) not in added):
                relook.update(a for a in m.path_to_root(node) if m.get(a, "folded"))
    stale.mark(later)
    return relook - new


def shown_branch(scene: MapScene, node: str) -> list[str]:
    """``node`` and its descendants that have boxes, made or waiting (the walk stops where
    boxes end)."""
    has = deferred_items.Shown(scene) if scene.pending else scene._items   # noqa: SLF001
    if node not in has:
        return []
    children = scene.mind_map.children
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(c for c in children(current) if c in has)
    return out


def recoloured(scene: MapScene, node: str) -> int:
    """Whether ``node``'s box shows its branch colour and depth: 0 (it does), :data:`COLOUR`
    (the colour alone differs) or :data:`DEPTH`."""
    item = scene._items.get(node)       # noqa: SLF001
    if item is not None:
        shows = item.look
    elif node in scene.pending:
        shows = scene.pending[node][0]
    else:
        return 0
    m, theme = scene.mind_map, scene.theme
    colour, depth = colours_and_depths(m, theme, [node])[node]
    look = node_look(m, theme, node, colour, depth)
    return DEPTH if look.depth != shows.depth else COLOUR if look.color != shows.color else 0
