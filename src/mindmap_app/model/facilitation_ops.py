"""Workshop operations on the map: park/unpark, group/ungroup, merge, sort by votes, votes,
actions and voting-round records. Each returns an edit (apply it with ``mind_map.apply``) whose
inverse gives back the exact map.

The multi-step ones (park, unpark, group, merge) are :class:`~mindmap_app.model.edits.Steps`:
their primitive edits are planned against the map as it changes, so every index is the one the
map has at that moment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .attributes import normalise_action
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
    Steps,
)
from .fragment import Fragment
from .mind_map import LINK, EditError, MindMap

PARKING_LOT_TEXT = "Parking lot"


def _need(mind_map: MindMap, nodes: list[str]) -> list[str]:
    for node in nodes:
        if node not in mind_map:
            raise EditError(f"no node with id {node!r}")
    return list(dict.fromkeys(nodes))


def _place(mind_map: MindMap, node: str) -> tuple[str | None, int]:
    parent = mind_map.parent(node)
    index = mind_map.index_of(node) if parent is not None else mind_map.floating.index(node)
    return parent, index


def top_nodes(mind_map: MindMap, nodes: list[str]) -> list[str]:
    """``nodes`` in the given order, without those inside the branch of another one."""
    chosen = set(nodes)
    return [n for n in dict.fromkeys(nodes)
            if not any(a in chosen for a in mind_map.path_to_root(n)[1:])]


# ----------------------------------------------------------------------------- parking lot
def parking_lot(mind_map: MindMap) -> str | None:
    """The floating branch that holds parked ideas (None before the first park)."""
    for root in mind_map.floating:
        if mind_map.get(root, "parking_lot"):
            return root
    return None


def parked_ideas(mind_map: MindMap) -> list[str]:
    lot = parking_lot(mind_map)
    return mind_map.children(lot) if lot is not None else []


def park(mind_map: MindMap, nodes: list[str], lot_id: str | None = None) -> Steps:
    """Move ``nodes`` to the parking lot (created on first use), each remembering its place."""
    nodes = _need(mind_map, nodes)
    lot = parking_lot(mind_map)
    chosen = [n for n in top_nodes(mind_map, nodes) if n != mind_map.root and
              (lot is None or not mind_map.is_ancestor(lot, n))]
    if not chosen:
        raise EditError("select the ideas to park (not the central idea, nor parked ones)")
    origins: dict[str, dict[str, Any]] = {}
    for node in chosen:
        parent, index = _place(mind_map, node)
        origin: dict[str, Any] = {"index": index}
        if parent is not None:
            origin["parent"] = parent
        if mind_map.get(node, "pos") is not None:
            origin["pos"] = mind_map.get(node, "pos")
        origins[node] = origin
    target = lot or lot_id or mind_map.new_id()

    def plan(m: MindMap) -> Iterator[Edit]:
        if lot is None:
            yield InsertSubtree(None, len(m.floating),
                                Fragment.single(target, PARKING_LOT_TEXT, parking_lot=True))
        for node in chosen:
            yield SetNodeAttr(node, "parked_from", origins[node])
            if m.get(node, "pos") is not None:
                yield SetNodeAttr(node, "pos", None)
            yield MoveNode(node, target, len(m.children(target)))

    return Steps(plan, "Park")


def unpark(mind_map: MindMap, nodes: list[str], target: str | None = None) -> Steps:
    """Put parked ``nodes`` back where they came from, or under ``target`` when given.

    An idea whose old parent is gone (or that was dropped into the lot by hand) goes under the
    central idea.
    """
    nodes = _need(mind_map, nodes)
    lot = parking_lot(mind_map)
    if lot is None:
        raise EditError("nothing is parked")
    chosen = [n for n in nodes if mind_map.parent(n) == lot]
    if not chosen:
        raise EditError("select parked ideas (in the parking lot) to unpark")
    if target is not None:
        _need(mind_map, [target])
        if mind_map.is_ancestor(lot, target):
            raise EditError("an idea cannot be unparked into the parking lot")

    def back(node: str) -> int:
        origin = mind_map.get(node, "parked_from")
        return origin["index"] if origin and target is None else 1 << 30

    chosen.sort(key=back)   # lowest old index first: several ideas of one parent land exactly

    def plan(m: MindMap) -> Iterator[Edit]:
        for node in chosen:
            origin = m.get(node, "parked_from")
            pos = None
            if target is not None:
                parent, index = target, len(m.children(target))
            elif origin is None:
                parent, index = m.root, len(m.children(m.root))
            elif "parent" not in origin:
                parent, index, pos = None, origin["index"], origin.get("pos")
            elif origin["parent"] in m and not m.is_ancestor(lot, origin["parent"]) and \
                    not m.is_ancestor(node, origin["parent"]):
                parent, index, pos = origin["parent"], origin["index"], origin.get("pos")
            else:
                parent, index = m.root, len(m.children(m.root))
            if origin is not None:
                yield SetNodeAttr(node, "parked_from", None)
            yield MoveNode(node, parent, index)
            if pos is not None:
                yield SetNodeAttr(node, "pos", pos)

    return Steps(plan, "Unpark")


# ------------------------------------------------------------------------ group, ungroup
def group(mind_map: MindMap, nodes: list[str], text: str = "",
          node_id: str | None = None) -> Steps:
    """A new idea in the place of the first of ``nodes``, holding all of them in order."""
    nodes = _need(mind_map, nodes)
    tops = top_nodes(mind_map, nodes)
    if not tops:
        raise EditError("select the ideas to group")
    if mind_map.root in tops:
        raise EditError("the central idea cannot be put into a group")
    lot = parking_lot(mind_map)
    if lot in tops:
        raise EditError("the parking lot cannot be put into a group")
    parent, index = _place(mind_map, tops[0])
    new = node_id or mind_map.new_id()
    attrs = {}
    if parent is None and mind_map.get(tops[0], "pos") is not None:
        attrs["pos"] = mind_map.get(tops[0], "pos")   # a floating group stays where it was

    def plan(m: MindMap) -> Iterator[Edit]:
        yield InsertSubtree(parent, index, Fragment.single(new, text, **attrs))
        for i, node in enumerate(tops):
            if m.get(node, "pos") is not None:
                yield SetNodeAttr(node, "pos", None)
            yield MoveNode(node, new, i)

    return Steps(plan, "Group")


def ungroup(mind_map: MindMap, node: str) -> Composite:
    """Replace ``node`` by its children, in its place."""
    _need(mind_map, [node])
    if node == mind_map.root:
        raise EditError("the central idea cannot be ungrouped")
    if node == parking_lot(mind_map):
        raise EditError("the parking lot cannot be ungrouped: unpark its ideas instead")
    kids = mind_map.children(node)
    if not kids:
        raise EditError("nothing to ungroup: the idea has no ideas under it")
    parent, index = _place(mind_map, node)
    moves = tuple(MoveNode(child, parent, index + 1 + i) for i, child in enumerate(kids))
    return Composite((*moves, RemoveSubtree(node)), "Ungroup")


# --------------------------------------------------------------------------------- merge
def merge(mind_map: MindMap, nodes: list[str]) -> Steps:
    """Merge ``nodes[1:]`` into ``nodes[0]``: their texts (and notes) appended to its note,
    votes summed, tags united, children moved over, cross-links re-pointed."""
    nodes = _need(mind_map, nodes)
    if len(nodes) < 2:
        raise EditError("select two or more ideas to merge (the first one keeps them all)")
    first, others = nodes[0], nodes[1:]
    lot = parking_lot(mind_map)
    for other in others:
        if other == mind_map.root:
            raise EditError("the central idea can only be merged into: select it first")
        if other == lot:
            raise EditError("the parking lot cannot be merged into an idea")
        if mind_map.is_ancestor(other, first):
            raise EditError("an idea cannot be merged into one inside its own branch")

    def plan(m: MindMap) -> Iterator[Edit]:
        notes = [m.get(first, "note")]
        votes = m.get(first, "votes")
        tags = list(m.get(first, "tags"))
        action = m.get(first, "action")
        for other in others:
            text, note = m.text(other), m.get(other, "note")
            notes.append("\n".join(p for p in (text, note) if p))
            votes += m.get(other, "votes")
            tags.extend(t for t in m.get(other, "tags") if t not in tags)
            action = action or m.get(other, "action")
            touching = [(a, b, d.get("label", "")) for a, b, k, d in
                        (*m.graph.out_edges(other, keys=True, data=True),
                         *m.graph.in_edges(other, keys=True, data=True)) if k == LINK]
            for a, b, label in touching:
                yield RemoveLink(a, b)
                a2, b2 = (first if a == other else a), (first if b == other else b)
                if a2 != b2 and not m.has_link(a2, b2):
                    yield AddLink(a2, b2, label)
            for child in m.children(other):
                if m.get(child, "pos") is not None:
                    yield SetNodeAttr(child, "pos", None)
                yield MoveNode(child, first, len(m.children(first)))
            yield RemoveSubtree(other)
        for key, value in (("note", "\n\n".join(p for p in notes if p)), ("votes", votes),
                           ("tags", tags), ("action", action)):
            if (tuple(value) if key == "tags" else value) != m.get(first, key):
                yield SetNodeAttr(first, key, value)

    return Steps(plan, "Merge")


# ------------------------------------------------------------------------------- votes
def votes_in_order(mind_map: MindMap, node: str) -> list[str]:
    """``node``'s children, most votes first (ties keep their order)."""
    return sorted(mind_map.children(node), key=lambda c: -mind_map.get(c, "votes"))


def sort_children_by_votes(mind_map: MindMap, node: str) -> Composite:
    _need(mind_map, [node])
    kids = mind_map.children(node)
    order = votes_in_order(mind_map, node)
    if len(kids) < 2 or order == kids:
        raise EditError("the ideas under this one are already in vote order")
    return Composite(tuple(MoveNode(c, node, i) for i, c in enumerate(order)), "Sort by Votes")


def add_vote(mind_map: MindMap, node: str, delta: int = 1) -> SetNodeAttr:
    """One dot more (``delta`` 1) or less (-1) on ``node``."""
    _need(mind_map, [node])
    votes = mind_map.get(node, "votes")
    if votes + delta < 0:
        raise EditError("this idea has no vote to remove")
    return SetNodeAttr(node, "votes", votes + delta)


# ------------------------------------------------------------------------------- actions
def set_action(mind_map: MindMap, node: str, owner: str = "", due: str = "") -> SetNodeAttr:
    """Mark ``node`` as an action (owner and due date may be empty)."""
    _need(mind_map, [node])
    try:
        value = normalise_action({"owner": owner, "due": due})
    except (TypeError, ValueError) as exc:
        raise EditError(str(exc)) from None
    return SetNodeAttr(node, "action", value)


def clear_action(mind_map: MindMap, node: str) -> SetNodeAttr:
    _need(mind_map, [node])
    if mind_map.get(node, "action") is None:
        raise EditError("this idea is not an action")
    return SetNodeAttr(node, "action", None)


def actions(mind_map: MindMap) -> list[str]:
    """The ideas marked as actions, in map order."""
    return [n for r in mind_map.roots() for n in mind_map.subtree(r)
            if mind_map.get(n, "action") is not None]


def save_view(mind_map: MindMap, record: dict[str, Any]) -> SetMapAttr:
    """Keep a filter by name in the map (replacing a view of the same name)."""
    name = str(record.get("name", "")).strip()
    views = [v for v in mind_map.views if v["name"] != name]
    return SetMapAttr("views", (*views, {**record, "name": name}))


def delete_view(mind_map: MindMap, name: str) -> SetMapAttr:
    views = [v for v in mind_map.views if v["name"] != name]
    if len(views) == len(mind_map.views):
        raise EditError(f"no view named {name!r}")
    return SetMapAttr("views", tuple(views))


def record_voting_round(mind_map: MindMap, record: dict[str, Any]) -> SetMapAttr:
    """Add a round (see :mod:`mindmap_app.facilitation.voting`) to the map's record."""
    return SetMapAttr("voting_rounds", (*mind_map.voting_rounds, dict(record)))
