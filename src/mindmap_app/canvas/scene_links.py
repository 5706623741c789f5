"""The scene's cross-link items kept as the map's links say: all of them, those an edit
named, or those of the boxes that came and went.

A big map holds hundreds of links among 100,000 ideas, and finding them means walking every
edge of the graph: an edit looks only at the links it added, removed or relabelled
(:attr:`~mindmap_app.model.Change.link_ends`) and at those of the boxes it showed or hid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .edge_items import LinkItem

if TYPE_CHECKING:
    from .map_scene import MapScene


def sync_all(scene: MapScene) -> None:
    """An item for every link whose two ends have a box, and no other (a relabelled link's
    new item stays selected if the old one was)."""
    items, link_items = scene.items_by_id, scene.link_items
    wanted = {(a, b): label for a, b, label in scene.mind_map.links()
              if a in items and b in items}
    reselect = set()
    for key in list(link_items):
        if key not in wanted or link_items[key].label != wanted[key]:
            if link_items[key].isSelected():
                reselect.add(key)
            scene.removeItem(link_items.pop(key))
    for (a, b), label in wanted.items():
        if (a, b) not in link_items:
            add_link(scene, a, b, label, (a, b) in reselect)


def sync_ends(scene: MapScene, ends: set[tuple[str, str]]) -> None:
    """:func:`sync_all` for the links between ``ends`` only (those an edit added, removed or
    relabelled; a big map's other links are not looked at)."""
    items, m, link_items = scene.items_by_id, scene.mind_map, scene.link_items
    for a, b in ends:
        shown = a in items and b in items and m.has_link(a, b)
        label = m.link_label(a, b) if shown else None
        item = link_items.get((a, b))
        if item is not None and item.label == label:
            continue
        selected = False
        if item is not None:
            selected = item.isSelected()
            scene.removeItem(link_items.pop((a, b)))
        if label is not None:
            add_link(scene, a, b, label, selected)


def sync_of(scene: MapScene, fresh: set[str], gone: set[str],
            among: list[tuple[str, str, str]] | None = None) -> None:
    """:func:`sync_all` when only the boxes of ``fresh`` appeared and those of ``gone`` went
    (the links themselves did not change): looks at those nodes' links only (or at ``among``,
    the map's links, when many nodes appear)."""
    link_items = scene.link_items
    if gone:
        for key in [k for k in link_items if k[0] in gone or k[1] in gone]:
            scene.removeItem(link_items.pop(key))
    if fresh:
        items = scene.items_by_id
        if among is not None:
            links = {(a, b): label for a, b, label in among if a in fresh or b in fresh}
        else:
            links = {(a, b): label for node in fresh
                     for a, b, label in scene.mind_map.links_of(node)}
        for (a, b), label in links.items():
            if a in items and b in items and (a, b) not in link_items:
                add_link(scene, a, b, label)


def add_link(scene: MapScene, a: str, b: str, label: str, selected: bool = False) -> None:
    """A new item for the link from ``a`` to ``b``, in the scene's theme."""
    item = LinkItem(a, b, label)
    item.setSelected(selected)
    theme = scene.theme
    item.set_style(theme.link_color, theme.font_family, theme.font_size * 0.85)
    scene.addItem(item)
    scene.link_items[a, b] = item
