"""Invertible edits of a :class:`~mindmap_app.model.mind_map.MindMap`.

Every edit is a small value object. ``map.apply(edit)`` applies it and returns its inverse,
so undo is "apply the inverse", never a snapshot. A :class:`Change` collects what an edit
touched, for the canvas to update only those items.

Primitive edits: :class:`InsertSubtree`, :class:`RemoveSubtree`, :class:`MoveNode`,
:class:`SetNodeAttr`, :class:`SetMapAttr`, :class:`AddLink`, :class:`RemoveLink`, and
:class:`Composite` to group them. The user-level operations (add child, insert parent, delete
keeping children, ...) are built from these in :mod:`mindmap_app.model.operations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .facilitation_values import normalise_rounds, normalise_views
from .fragment import Fragment
from .mind_map import (
    LAYOUTS,
    LINK,
    MAX_DEPTH,
    MAX_NODES,
    THEMES,
    TREE,
    EditError,
    MindMap,
    normalise_attr,
)


@dataclass
class Change:
    """What one applied edit touched (accumulated over a composite)."""

    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    #: node -> attribute names that changed
    attrs: dict[str, set[str]] = field(default_factory=dict)
    #: nodes whose parent or sibling position changed
    moved: set[str] = field(default_factory=set)
    #: (from, to) of every cross-link added, removed or relabelled (what the links are now
    #: the map says: a listener looks at these, not at every link of a big map)
    link_ends: set[tuple[str, str]] = field(default_factory=set)
    #: map-level keys that changed (title, layout, theme)
    map_keys: set[str] = field(default_factory=set)

    @property
    def links(self) -> bool:
        """True when a cross-link came, went or changed its label."""
        return bool(self.link_ends)

    @property
    def structural(self) -> bool:
        """True when the tree's shape changed (nodes added, removed or moved)."""
        return bool(self.added or self.removed or self.moved)

    def touched(self) -> set[str]:
        return self.added | self.removed | self.moved | set(self.attrs)


class Edit:
    """Base class: ``apply_to`` changes the map, records into ``change``, returns the inverse."""

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:  # pragma: no cover
        raise NotImplementedError


#: a colour as files and tags keep it: #rrggbb
HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


# --------------------------------------------------------------------------- helpers
def _require(mind_map: MindMap, node: str) -> None:
    if node not in mind_map.graph:
        raise EditError(f"no node with id {node!r}")


def _sibling_list(mind_map: MindMap, parent: str | None) -> list[str]:
    return mind_map.children(parent) if parent is not None else list(mind_map.floating)


def _write_order(mind_map: MindMap, parent: str | None, kids: list[str], start: int = 0) -> None:
    """Store ``kids`` as the order of ``parent``'s children; orders before ``start`` are kept."""
    if parent is None:
        mind_map.graph.graph["floating"] = list(kids)
        return
    # the raw adjacency dict: EdgeView lookups made edits on a wide node several times slower
    succ = mind_map.graph._succ[parent]
    for i in range(start, len(kids)):
        succ[kids[i]][TREE]["order"] = i


def _detach(mind_map: MindMap, node: str) -> tuple[str | None, int]:
    """Take ``node`` out of its sibling list (keeping its subtree). Returns (parent, index)."""
    parent = mind_map.parent(node)
    siblings = _sibling_list(mind_map, parent)
    index = siblings.index(node)
    siblings.pop(index)
    if parent is not None:
        mind_map.graph.remove_edge(parent, node, TREE)
    _write_order(mind_map, parent, siblings, index)
    return parent, index


def _attach(mind_map: MindMap, node: str, parent: str | None, index: int) -> None:
    siblings = _sibling_list(mind_map, parent)
    index = max(0, min(index, len(siblings)))
    siblings.insert(index, node)
    if parent is not None:
        mind_map.graph.add_edge(parent, node, TREE, order=index)
    _write_order(mind_map, parent, siblings, index)


def _check_depth(mind_map: MindMap, parent: str | None, height_below: int) -> None:
    level = 0 if parent is None else mind_map.depth(parent) + 1
    if level + height_below > MAX_DEPTH:
        raise EditError(f"the map would be {level + height_below} levels deep; "
                        f"the file format holds at most {MAX_DEPTH}")


def _stored_nodes(fragment: Fragment) -> list[tuple[str, str | None, dict[str, Any]]]:
    """The fragment's nodes with their attributes in stored form; EditError when malformed."""
    if not fragment.nodes:
        raise EditError("nothing to insert")
    seen: set[str] = set()
    out = []
    for i, (node, parent, attrs) in enumerate(fragment.nodes):
        if not isinstance(node, str) or not node:
            raise EditError(f"node id {node!r} is not a non-empty string")
        if node in seen:
            raise EditError(f"id {node!r} appears twice in the inserted branch")
        if (parent is None) != (i == 0) or (parent is not None and parent not in seen):
            raise EditError("the inserted branch is not one tree listed in pre-order")
        seen.add(node)
        stored: dict[str, Any] = {}
        for key, value in {"text": "", **attrs}.items():
            try:
                value = normalise_attr(key, value)
            except KeyError as exc:
                raise EditError(exc.args[0]) from None
            except (TypeError, ValueError) as exc:
                raise EditError(f"bad value for {key}: {exc}") from None
            if value is not None:
                stored[key] = value
        out.append((node, parent, stored))
    return out


# ------------------------------------------------------------------------- primitives
@dataclass(frozen=True)
class InsertSubtree(Edit):
    """Insert ``fragment`` under ``parent`` at ``index`` (``parent=None``: a floating root)."""

    parent: str | None
    index: int
    fragment: Fragment

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        if self.parent is not None:
            _require(mind_map, self.parent)
        # validate everything before the first change, so a refused insert changes nothing
        nodes = _stored_nodes(self.fragment)
        ids = {n for n, _, _ in nodes}
        clash = [n for n, _, _ in nodes if n in mind_map.graph]
        if clash:
            raise EditError(f"id {clash[0]!r} is already in the map")
        pairs = set()
        for a, b, _ in self.fragment.links:
            for end in (a, b):
                if end not in mind_map.graph and end not in ids:
                    raise EditError(f"link end {end!r} is not in the map")
            if a == b or (a not in ids and b not in ids):
                raise EditError(f"link {a!r}->{b!r} must join the branch to another node")
            if (a, b) in pairs or mind_map.has_link(a, b):
                raise EditError(f"{a!r} and {b!r} are already linked")
            pairs.add((a, b))
        _check_depth(mind_map, self.parent, self.fragment.height())
        if len(mind_map) + len(self.fragment.nodes) > MAX_NODES:
            raise EditError(f"the map would hold more than {MAX_NODES:,} nodes, more than a "
                            "map file may hold")
        g = mind_map.graph
        root = self.fragment.root
        counts: dict[str, int] = {}
        for node, parent, attrs in nodes:
            g.add_node(node, **attrs)
            if parent is not None:
                order = counts.get(parent, 0)
                counts[parent] = order + 1
                g.add_edge(parent, node, TREE, order=order)
        _attach(mind_map, root, self.parent, self.index)
        for a, b, label in self.fragment.links:
            g.add_edge(a, b, LINK, **({"label": label} if label else {}))
        change.added.update(ids)
        change.removed.difference_update(ids)
        if self.parent is not None:
            change.moved.add(self.parent)
        change.link_ends.update((a, b) for a, b, _ in self.fragment.links)
        return RemoveSubtree(root)


@dataclass(frozen=True)
class RemoveSubtree(Edit):
    """Remove ``node`` and its descendants, and every link touching them."""

    node: str

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        _require(mind_map, self.node)
        if self.node == mind_map.root:
            raise EditError("the central node cannot be deleted")
        fragment = Fragment.from_map(mind_map, self.node)
        parent, index = _detach(mind_map, self.node)
        ids = fragment.node_ids()
        mind_map.graph.remove_nodes_from(ids)
        change.removed.update(ids)
        change.added.difference_update(ids)
        # a listener must not be asked to move or restyle a node that is gone
        change.moved.difference_update(ids)
        for node in ids & change.attrs.keys():
            del change.attrs[node]
        if parent is not None:
            change.moved.add(parent)
        change.link_ends.update((a, b) for a, b, _ in fragment.links)
        return InsertSubtree(parent, index, fragment)


@dataclass(frozen=True)
class MoveNode(Edit):
    """Move ``node`` (with its subtree) under ``parent`` at ``index`` (its final position).

    ``parent=None`` makes it a floating root. Moving into its own subtree is refused.
    """

    node: str
    parent: str | None
    index: int

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        _require(mind_map, self.node)
        if self.node == mind_map.root:
            raise EditError("the central node cannot be moved under another node")
        if self.parent is not None:
            _require(mind_map, self.parent)
            if mind_map.is_ancestor(self.node, self.parent):
                raise EditError("a node cannot be moved into its own branch")
            _check_depth(mind_map, self.parent, mind_map.subtree_height(self.node))
        old_parent, old_index = _detach(mind_map, self.node)
        _attach(mind_map, self.node, self.parent, self.index)
        change.moved.update({self.node, *(p for p in (old_parent, self.parent) if p)})
        return MoveNode(self.node, old_parent, old_index)


@dataclass(frozen=True)
class SetNodeAttr(Edit):
    """Set one node attribute; ``None`` (or the default) removes it."""

    node: str
    key: str
    value: Any

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        _require(mind_map, self.node)
        data = mind_map.graph.nodes[self.node]
        try:
            value = normalise_attr(self.key, self.value)
        except (TypeError, ValueError) as exc:
            raise EditError(f"bad value for {self.key}: {exc}") from None
        except KeyError as exc:
            raise EditError(exc.args[0]) from None
        old = data.get(self.key)
        if value is None:
            if self.key == "text":
                data["text"] = ""
            else:
                data.pop(self.key, None)
        else:
            data[self.key] = value
        change.attrs.setdefault(self.node, set()).add(self.key)
        return SetNodeAttr(self.node, self.key, old)


@dataclass(frozen=True)
class SetMapAttr(Edit):
    """Set the map's ``title``, ``layout``, ``theme``, ``voting_rounds`` (a tuple of round
    records) or ``views`` (a tuple of named filters)."""

    key: str
    value: Any

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        if self.key in ("voting_rounds", "views"):
            normalise = normalise_rounds if self.key == "voting_rounds" else normalise_views
            try:
                records = normalise(self.value)
            except (TypeError, ValueError) as exc:
                raise EditError(f"bad {self.key.replace('_', ' ')}: {exc}") from None
            old = mind_map.graph.graph.get(self.key, ())
            mind_map.graph.graph[self.key] = records
            change.map_keys.add(self.key)
            return SetMapAttr(self.key, old)
        allowed = {"layout": LAYOUTS, "theme": THEMES}
        if self.key not in ("title", "layout", "theme"):
            raise EditError(f"unknown map setting {self.key!r}")
        if self.key in allowed and self.value not in allowed[self.key]:
            raise EditError(f"{self.key} must be one of {', '.join(allowed[self.key])}")
        old = mind_map.graph.graph[self.key]
        mind_map.graph.graph[self.key] = str(self.value)
        change.map_keys.add(self.key)
        return SetMapAttr(self.key, old)


@dataclass(frozen=True)
class SetTagColor(Edit):
    """Give ``tag`` its own colour (``#rrggbb``) in this map; ``None`` takes it away."""

    tag: str
    color: str | None

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        if not isinstance(self.tag, str) or not self.tag:
            raise EditError("a tag colour needs a tag")
        if self.color is not None and not HEX_COLOR.fullmatch(str(self.color)):
            raise EditError(f"a tag colour must be #rrggbb, not {self.color!r}")
        colours = dict(mind_map.graph.graph.get("tag_colors") or {})
        old = colours.get(self.tag)
        if self.color is None:
            colours.pop(self.tag, None)
        else:
            colours[self.tag] = self.color.lower()
        mind_map.graph.graph["tag_colors"] = colours
        change.map_keys.add("tag_colors")
        return SetTagColor(self.tag, old)


@dataclass(frozen=True)
class AddLink(Edit):
    source: str
    target: str
    label: str = ""

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        _require(mind_map, self.source)
        _require(mind_map, self.target)
        if self.source == self.target:
            raise EditError("a link needs two different nodes")
        if mind_map.has_link(self.source, self.target):
            raise EditError("these nodes are already linked")
        extra = {"label": self.label} if self.label else {}
        mind_map.graph.add_edge(self.source, self.target, LINK, **extra)
        change.link_ends.add((self.source, self.target))
        return RemoveLink(self.source, self.target)


@dataclass(frozen=True)
class RemoveLink(Edit):
    source: str
    target: str

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        if not mind_map.has_link(self.source, self.target):
            raise EditError(f"no link from {self.source!r} to {self.target!r}")
        label = mind_map.graph.edges[self.source, self.target, LINK].get("label", "")
        mind_map.graph.remove_edge(self.source, self.target, LINK)
        change.link_ends.add((self.source, self.target))
        return AddLink(self.source, self.target, label)


@dataclass(frozen=True)
class Composite(Edit):
    """Several edits applied as one; all or nothing."""

    edits: tuple[Edit, ...]
    name: str = ""

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        inverses: list[Edit] = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply_to(mind_map, change))
        except Exception:  # any failure, not only EditError: never leave half a composite
            scratch = Change()
            for inverse in reversed(inverses):
                inverse.apply_to(mind_map, scratch)
            raise
        return Composite(tuple(reversed(inverses)), self.name)


@dataclass(frozen=True)
class Steps(Edit):
    """Primitive edits planned one at a time against the map as it changes (park, merge...).

    ``plan(mind_map)`` yields edits; each is applied before the next is asked for, so an index
    can be read from the map as it is at that moment. All or nothing, like :class:`Composite`;
    the inverse is a plain Composite of the primitives' inverses. The plan must depend only on
    the map and its own fixed arguments, so that redo after undo does the same thing.
    """

    plan: Callable[[MindMap], Iterator[Edit]]
    name: str = ""

    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        inverses: list[Edit] = []
        try:
            for edit in self.plan(mind_map):
                inverses.append(edit.apply_to(mind_map, change))
        except Exception:
            scratch = Change()
            for inverse in reversed(inverses):
                inverse.apply_to(mind_map, scratch)
            raise
        return Composite(tuple(reversed(inverses)), self.name)
