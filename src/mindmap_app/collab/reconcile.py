"""Edits that turn the model into a state read from the shared document (no Qt).

Remote changes reach the app's model as ordinary model edits, so the canvas and the panels
update as for any edit; they are applied outside the undo stack (the engine's undo manager
decides what Ctrl+Z undoes).
"""

from __future__ import annotations

import logging

from ..model import (
    AddLink,
    Composite,
    Edit,
    EditError,
    Fragment,
    InsertSubtree,
    MindMap,
    MoveNode,
    RemoveLink,
    RemoveSubtree,
    SetMapAttr,
    SetNodeAttr,
    SetTagColor,
)
from ..model.mind_map import NODE_DEFAULTS
from .map_doc import MapState

log = logging.getLogger(__name__)


def edits_towards(mind_map: MindMap, state: MapState) -> list[Edit]:
    """The edits that make ``mind_map`` equal to ``state`` (empty when it already is).

    Order: links that must go, then every node of the state in pre-order placed (inserted or
    moved) under its already placed parent -- so a move can never form a cycle -- then the
    nodes the state lacks removed, attributes set, links added, map settings set.
    """
    edits: list[Edit] = []
    table = mind_map.node_table()
    wanted_links = {(a, b): label for a, b, label in state.links}
    for a, b, label in mind_map.links():
        if wanted_links.get((a, b)) != label or a not in state.nodes or b not in state.nodes:
            edits.append(RemoveLink(a, b))
    # placement: a simulation of the parent and sibling lists as the edits go
    present = set(table)
    parent_now = {n: mind_map.parent(n) for n in present}
    kids_now: dict[str | None, list[str]] = {n: mind_map.children(n) for n in present}
    kids_now[None] = list(mind_map.floating)

    def place(node: str, parent: str | None, index: int) -> None:
        siblings = kids_now.setdefault(parent, [])
        if node in present:
            old = parent_now[node]
            if old == parent and index < len(siblings) and siblings[index] == node:
                return
            edits.append(MoveNode(node, parent, index))
            kids_now[old].remove(node)
        else:
            attrs = dict(state.nodes[node])
            edits.append(InsertSubtree(parent, index, Fragment.single(node, **attrs)))
            present.add(node)
            kids_now.setdefault(node, [])
        parent_now[node] = parent
        siblings.insert(min(index, len(siblings)), node)

    if state.root != mind_map.root:       # only a hostile document changes the main root
        log.warning("shared map: the main idea changed id; keeping %s", mind_map.root)
    order: list[tuple[str, str | None, int]] = []
    for i, top in enumerate(state.floating):
        order.append((top, None, i))
    stack = [state.root, *state.floating]
    while stack:
        node = stack.pop()
        kids = state.children.get(node, [])
        order.extend((kid, node, i) for i, kid in enumerate(kids))
        stack.extend(kids)
    # pre-order matters: place a parent before its children
    done: set[str] = {state.root}
    pending = order
    while pending:
        later = []
        for node, parent, index in pending:
            if node == mind_map.root:
                continue
            if parent is None or parent in done:
                place(node, parent, index)
                done.add(node)
            else:
                later.append((node, parent, index))
        if len(later) == len(pending):
            break
        pending = later
    gone = [n for n in table if n not in state.nodes and n != mind_map.root]
    gone_set = set(gone)
    for node in gone:
        if parent_now.get(node) not in gone_set:
            edits.append(RemoveSubtree(node))
    for node, attrs in state.nodes.items():
        if node not in mind_map:
            continue
        current = table[node]
        for key in ("text", *NODE_DEFAULTS):
            if current.get(key) != attrs.get(key):
                edits.append(SetNodeAttr(node, key, attrs.get(key)))
    current_links = {(a, b): label for a, b, label in mind_map.links()}
    for (a, b), label in wanted_links.items():
        if current_links.get((a, b)) != label:
            edits.append(AddLink(a, b, label))
    for key, value in state.meta.items():
        if key == "tag_colors":         # one colour at a time, as the legend gives them
            own = mind_map.tag_colors
            edits += [SetTagColor(tag, value.get(tag)) for tag in sorted(own.keys() | value.keys())
                      if own.get(tag) != value.get(tag)]
        elif key in ("voting_rounds", "views"):
            if tuple(mind_map.map_value(key) or ()) != tuple(value):
                edits.append(SetMapAttr(key, value))
        elif mind_map.map_value(key) != value:
            edits.append(SetMapAttr(key, value))
    return edits


def bring_to(mind_map: MindMap, state: MapState) -> bool:
    """Apply :func:`edits_towards` as one model edit; True when the map changed."""
    edits = edits_towards(mind_map, state)
    if not edits:
        return False
    try:
        mind_map.apply(Composite(tuple(edits), "Remote changes"))
    except EditError as exc:        # should not happen; never leave the map half-changed
        log.warning("shared map: a remote change was refused as a whole (%s); "
                    "applying it step by step", exc)
        for edit in edits:
            try:
                mind_map.apply(edit)
            except EditError as step_exc:
                log.warning("shared map: skipped a remote step: %s", step_exc)
    return True
