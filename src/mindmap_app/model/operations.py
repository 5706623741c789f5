"""User-level operations, each returning an edit (apply it with ``mind_map.apply``).

These only *build* edits; they read the map to decide indices and ids but never change it.
"""

from __future__ import annotations

from typing import Any

from .edits import (
    AddLink,
    Composite,
    Edit,
    InsertSubtree,
    MoveNode,
    RemoveLink,
    RemoveSubtree,
    SetMapAttr,
    SetNodeAttr,
)
from .fragment import Fragment
from .mind_map import EditError, MindMap


def _need(mind_map: MindMap, *nodes: str | None) -> None:
    """EditError for an unknown id (a stale selection), not a ValueError from deep inside."""
    for node in nodes:
        if node is not None and node not in mind_map:
            raise EditError(f"no node with id {node!r}")


def add_child(mind_map: MindMap, parent: str, text: str = "", index: int | None = None,
              node_id: str | None = None, **attrs: Any) -> InsertSubtree:
    """A new child of ``parent`` (last, or at ``index``)."""
    if parent not in mind_map:
        raise EditError(f"no node with id {parent!r}")
    if index is None:
        index = len(mind_map.children(parent))
    return InsertSubtree(parent, index, Fragment.single(node_id or mind_map.new_id(), text,
                                                        **attrs))


def add_sibling(mind_map: MindMap, node: str, text: str = "", *, before: bool = False,
                node_id: str | None = None) -> InsertSubtree:
    """A new sibling just after (or before) ``node``. Beside a root: a new floating root."""
    _need(mind_map, node)
    if node == mind_map.root:
        raise EditError("the central node has no siblings: add a child instead")
    parent = mind_map.parent(node)
    index = mind_map.index_of(node) if parent is not None else mind_map.floating.index(node)
    return InsertSubtree(parent, index + (0 if before else 1),
                         Fragment.single(node_id or mind_map.new_id(), text))


def add_floating(mind_map: MindMap, text: str = "", node_id: str | None = None,
                 pos: tuple[float, float] | None = None) -> InsertSubtree:
    attrs = {"pos": (float(pos[0]), float(pos[1]))} if pos else {}
    return InsertSubtree(None, len(mind_map.floating),
                         Fragment.single(node_id or mind_map.new_id(), text, **attrs))


def insert_parent(mind_map: MindMap, node: str, text: str = "",
                  node_id: str | None = None) -> Composite:
    """A new node between ``node`` and its parent, taking ``node``'s place."""
    _need(mind_map, node)
    if node == mind_map.root:
        raise EditError("the central node cannot get a parent")
    new = node_id or mind_map.new_id()
    parent = mind_map.parent(node)
    index = mind_map.index_of(node) if parent is not None else mind_map.floating.index(node)
    return Composite((InsertSubtree(parent, index, Fragment.single(new, text)),
                      MoveNode(node, new, 0)), "Insert Parent")


def delete_subtree(mind_map: MindMap, node: str) -> RemoveSubtree:
    _need(mind_map, node)
    if node == mind_map.root:
        raise EditError("the central node cannot be deleted")
    return RemoveSubtree(node)


def delete_nodes(mind_map: MindMap, nodes: list[str]) -> Composite:
    """Delete several subtrees; nodes inside another selected subtree are skipped."""
    _need(mind_map, *nodes)
    nodes = list(dict.fromkeys(nodes))  # a node listed twice is deleted once
    # the central node cannot be deleted, so it does not swallow the rest of a selection
    chosen = set(nodes) - {mind_map.root}
    tops = [n for n in nodes if n != mind_map.root and
            not any(a in chosen for a in mind_map.path_to_root(n)[1:])]
    if not tops:
        raise EditError("the central node cannot be deleted")
    return Composite(tuple(RemoveSubtree(n) for n in tops), "Delete")


def delete_keep_children(mind_map: MindMap, node: str) -> Composite:
    """Remove ``node`` alone; its children take its place, in order."""
    _need(mind_map, node)
    if node == mind_map.root:
        raise EditError("the central node cannot be deleted")
    parent = mind_map.parent(node)
    index = mind_map.index_of(node) if parent is not None else mind_map.floating.index(node)
    moves = tuple(MoveNode(child, parent, index + 1 + i)
                  for i, child in enumerate(mind_map.children(node)))
    return Composite((*moves, RemoveSubtree(node)), "Delete Node")


def move(mind_map: MindMap, node: str, parent: str | None, index: int | None = None) -> MoveNode:
    """Move ``node`` under ``parent`` (last, or at ``index``); refuses its own branch."""
    _need(mind_map, node, parent)
    if parent is not None and mind_map.is_ancestor(node, parent):
        raise EditError("a node cannot be moved into its own branch")
    if index is None:
        siblings = mind_map.children(parent) if parent is not None else mind_map.floating
        index = len([s for s in siblings if s != node])
    return MoveNode(node, parent, index)


def reorder(mind_map: MindMap, node: str, delta: int) -> MoveNode:
    """Move ``node`` ``delta`` places among its siblings (clamped)."""
    _need(mind_map, node)
    parent = mind_map.parent(node)
    if parent is None and node == mind_map.root:
        raise EditError("the central node has no siblings")
    siblings = mind_map.children(parent) if parent is not None else mind_map.floating
    index = max(0, min(len(siblings) - 1, siblings.index(node) + delta))
    return MoveNode(node, parent, index)


def set_attr(node: str, key: str, value: Any) -> SetNodeAttr:
    return SetNodeAttr(node, key, value)


def set_text(node: str, text: str) -> SetNodeAttr:
    return SetNodeAttr(node, "text", text)


def toggle_fold(mind_map: MindMap, node: str) -> SetNodeAttr:
    _need(mind_map, node)
    return SetNodeAttr(node, "folded", not mind_map.get(node, "folded"))


def set_pos(node: str, pos: tuple[float, float] | None) -> SetNodeAttr:
    return SetNodeAttr(node, "pos", pos)


def set_map_attr(key: str, value: str) -> SetMapAttr:
    return SetMapAttr(key, value)


def add_link(source: str, target: str, label: str = "") -> AddLink:
    return AddLink(source, target, label)


def remove_link(source: str, target: str) -> RemoveLink:
    return RemoveLink(source, target)


def paste(mind_map: MindMap, parent: str, fragments: list[Fragment]) -> Edit:
    """Paste copies of ``fragments`` (with fresh ids) as the last children of ``parent``."""
    _need(mind_map, parent)
    start = len(mind_map.children(parent))
    edits = []
    for i, fragment in enumerate(fragments):
        edits.append(InsertSubtree(parent, start + i, fragment.renamed(mind_map.new_id)))
    return Composite(tuple(edits), "Paste")


def branch_map(mind_map: MindMap, node: str) -> MindMap:
    """A new map holding only ``node`` and its descendants (ids, texts, notes, tags, styles,
    folds and the links inside the branch kept). ``node`` becomes the root; its manual
    position, which placed it beside its parent, is dropped. The map is not changed."""
    if node not in mind_map:
        raise KeyError(node)
    records = list(mind_map.records(node))
    top_attrs = records[0][2]
    top_attrs.pop("pos", None)
    links = Fragment.from_map(mind_map, node, inner_links_only=True).links
    return MindMap.from_records(records, links, title=top_attrs.get("text", ""),
                                layout=mind_map.layout, theme=mind_map.theme,
                                tag_colors=mind_map.tag_colors)
