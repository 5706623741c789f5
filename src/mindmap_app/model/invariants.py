"""The map's invariants, checked by one function (tests call it after every edit)."""

from __future__ import annotations

from .facilitation_values import normalise_rounds, normalise_views
from .mind_map import (
    LAYOUTS,
    LINK,
    MAX_DEPTH,
    NODE_ATTRIBUTES,
    THEMES,
    TREE,
    MindMap,
    normalise_attr,
)


class InvariantError(AssertionError):
    pass


_KNOWN = frozenset(NODE_ATTRIBUTES)


def _fail(message: str) -> None:
    raise InvariantError(message)


def check_invariants(mind_map: MindMap) -> None:
    """Raise :class:`InvariantError` naming the first broken rule."""
    check_values(mind_map)
    check_tree(mind_map)


def check_values(mind_map: MindMap) -> None:
    """The rules on values: the map-level ones and each node's attributes (ids, text, known
    attributes in stored form). What :meth:`MindMap.from_records` checks after building a
    tree that is sound by construction."""
    g = mind_map.graph
    meta = g.graph
    fail = _fail
    if meta.get("layout") not in LAYOUTS:
        fail(f"unknown layout {meta.get('layout')!r}")
    if meta.get("theme") not in THEMES:
        fail(f"unknown theme {meta.get('theme')!r}")
    try:
        if normalise_rounds(meta.get("voting_rounds", ())) != tuple(meta.get("voting_rounds",
                                                                              ())):
            fail("voting rounds are not in stored form")
        if normalise_views(meta.get("views", ())) != tuple(meta.get("views", ())):
            fail("views are not in stored form")
    except (TypeError, ValueError) as exc:
        fail(f"bad voting rounds or views: {exc}")
    known = _KNOWN
    for node, data in g._node.items():
        if not isinstance(node, str) or not node:
            fail(f"node id {node!r} is not a non-empty string")
        if not isinstance(data.get("text"), str):
            fail(f"node {node!r} has no text")
        if len(data) == 1:      # only its text: most nodes
            continue
        for key, value in data.items():
            if key not in known:
                fail(f"node {node!r} has unknown attribute {key!r}")
            if key == "text":       # any text is stored as it is (checked above)
                continue
            # stored form: normalised, and absent (not stored) when equal to the default
            try:
                stored = normalise_attr(key, value)
            except (TypeError, ValueError):
                stored = None
            if stored is None or stored != value:
                fail(f"node {node!r} stores {key}={value!r}, not in stored form")


def check_tree(mind_map: MindMap) -> None:
    """The rules on the graph's shape: roots, one parent each, orders, links, reachability
    and depth."""
    g = mind_map.graph
    meta = g.graph
    fail = _fail
    roots = [meta["root"], *meta["floating"]]
    if len(set(roots)) != len(roots):
        fail("a root is listed twice")
    for root in roots:
        if root not in g:
            fail(f"root {root!r} is not in the graph")
    parents: dict[str, str] = {}
    # the raw adjacency (what g.edges(keys=True, data=True) walks, in the same order): the
    # edge views cost a generator step per edge, and this runs on every map that is opened
    for a, nbrs in g._succ.items():
        for b, keydict in nbrs.items():
            for key, data in keydict.items():
                if key == TREE:
                    if b in parents:
                        fail(f"node {b!r} has two parents")
                    parents[b] = a
                    if not isinstance(data.get("order"), int):
                        fail(f"tree edge {a!r}->{b!r} has no order")
                elif key == LINK:
                    if a == b:
                        fail(f"link from {a!r} to itself")
                else:
                    fail(f"unknown edge kind {key!r}")
    for root in roots:
        if root in parents:
            fail(f"root {root!r} has a parent")
    for node in g._node:
        if node not in parents and node not in roots:
            fail(f"node {node!r} has no parent and is not a root")
    # children orders are 0..k-1 (every tree edge's order is an int: checked above)
    for node, nbrs in g._succ.items():
        if not nbrs:        # a leaf: most nodes
            continue
        orders = sorted(keydict[TREE]["order"] for keydict in nbrs.values() if TREE in keydict)
        if orders != list(range(len(orders))):
            fail(f"children of {node!r} have orders {orders}")
    # every node reachable from exactly one root: no cycles, no islands
    seen: set[str] = set()
    for root in roots:
        stack = [(root, 0)]
        while stack:
            node, level = stack.pop()
            if node in seen:
                fail(f"node {node!r} is reached twice (cycle or shared child)")
            if level > MAX_DEPTH:
                fail(f"node {node!r} is deeper than {MAX_DEPTH} levels")
            seen.add(node)
            stack.extend((c, level + 1) for c in mind_map.children(node))
    if len(seen) != g.number_of_nodes():
        missing = sorted(set(g) - seen)[:3]
        fail(f"nodes not reachable from a root: {missing}")
