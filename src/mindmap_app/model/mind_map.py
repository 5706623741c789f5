"""The map: one networkx multi-digraph holding the tree, the floating subtrees and the links.

Graph layout
------------
* Nodes are keyed by stable string ids. Node attributes hold only what is set: ``text`` is
  always present; ``note``, ``tags``, ``style``, ``folded``, ``pos``, ``votes``, ``link`` and
  ``side`` are present only when they differ from their default (the table in
  :mod:`mindmap_app.model.attributes`).
* Tree edges ``parent -> child`` use the edge key ``"tree"`` and carry ``order`` (0, 1, ...).
* Cross-links ``a -> b`` use the edge key ``"link"`` and may carry a ``label``.
* ``graph.graph`` holds the map-level values: ``title``, ``layout``, ``theme``, ``root`` (the
  main root's id), ``floating`` (the ids of the floating roots, in order) and ``tag_colors``
  (a tag's own colour, ``{"threat": "#b03a2e"}``).

Nothing here changes the graph except :meth:`MindMap.apply`, which takes an edit from
:mod:`mindmap_app.model.edits`, applies it, tells the listeners what changed and returns the
inverse edit. New maps come from the constructor, :meth:`MindMap.from_records` (a whole map in
one pass, checked: what the readers use) or :meth:`MindMap.copy`.

The graph is the model's own business: no module outside ``model/`` reads or writes
``MindMap.graph`` (a test enforces it), so a change of representation touches ``model/`` only.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import networkx as nx

from .attributes import NODE_ATTRIBUTES, NODE_DEFAULTS, normalise_attr

__all__ = ["LAYOUTS", "LINK", "MAX_DEPTH", "MAX_NODES", "NODE_ATTRIBUTES", "NODE_DEFAULTS",
           "THEMES", "TREE", "EditError", "MindMap", "normalise_attr"]

if TYPE_CHECKING:
    from .edits import Change, Edit

TREE = "tree"
LINK = "link"

LAYOUTS = ("right", "left", "balanced", "down", "radial")
THEMES = ("light", "dark", "projector")

#: The deepest tree (in levels below a root, the root being level 0) that the YAML format can
#: save and load; the model refuses edits that would go deeper.
MAX_DEPTH = 500
#: The most nodes a map may hold: the readers refuse larger files, so the model refuses edits
#: (a huge paste) that would make a map the app could not open again.
MAX_NODES = 1_000_000


class EditError(ValueError):
    """An edit that would break the map (a cycle, an unknown node, too deep a tree...)."""


def _in_order(succ: dict[str, dict[str, Any]]) -> list[str]:
    """The children in a node's adjacency dict ``{child: {edge key: data}}``, in order."""
    kids = [(keys[TREE]["order"], c) for c, keys in succ.items() if TREE in keys]
    kids.sort()
    return [c for _, c in kids]


class MindMap:
    """A mind map. Read it through the query methods; change it only with :meth:`apply`."""

    def __init__(self, title: str = "", root_text: str = "", *, root_id: str | None = None,
                 layout: str = "balanced", theme: str = "light") -> None:
        self._adopt(nx.MultiDiGraph(title=title, layout=layout, theme=theme, root=None,
                                    floating=[], tag_colors={}, voting_rounds=(), views=()))
        root = root_id or self.new_id()
        self.graph.add_node(root, text=root_text or title)
        self.graph.graph["root"] = root

    def _adopt(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._listeners: list[Callable[[Change], None]] = []
        self._before_listeners: list[Callable[[Edit], None]] = []
        self._notifying = 0
        self._id_counter = itertools.count(1)
        #: new ids are this prefix and a number; a shared map gives each laptop its own prefix
        #: so two people adding ideas at once never pick the same id
        self.id_prefix = "n"

    @classmethod
    def _from_graph(cls, graph: nx.MultiDiGraph) -> MindMap:
        """A map around ``graph`` (built inside ``model/``; not checked here)."""
        mind_map = cls.__new__(cls)
        mind_map._adopt(graph)
        return mind_map

    @classmethod
    def from_records(cls, records: Iterable[tuple[str, str | None, dict[str, Any]]],
                     links: Iterable[tuple[str, str, str]] = (), *, title: str = "",
                     layout: str = "balanced", theme: str = "light", **values: Any) -> MindMap:
        """A whole map in one pass, checked.

        ``records`` are ``(id, parent id or None, stored attributes)`` in pre-order (the
        shape of :attr:`Fragment.nodes <mindmap_app.model.fragment.Fragment.nodes>`): the first
        record without a parent is the main root, later ones are floating roots in order;
        children take the order in which they come, and a record's parent must come before
        it. Attributes must be in stored form (see :func:`normalise_attr`; the dicts are
        copied). ``links`` are
        ``(from, to, label)``; further keyword ``values`` are map-level values kept beside the
        title (a feature's own, copied by :meth:`copy`). Raises
        :class:`~mindmap_app.model.InvariantError` naming the first broken rule (a duplicate
        id, a parent not named before its child, an unknown link end, too deep a tree, ...).
        """
        from .invariants import InvariantError, check_values

        if values.keys() & {"root", "floating"}:
            raise InvariantError("the roots come from the records, not from values")
        values.setdefault("tag_colors", {})
        values.setdefault("voting_rounds", ())
        values.setdefault("views", ())
        graph = nx.MultiDiGraph(**values, title=title, layout=layout, theme=theme, root=None,
                                floating=[])
        # The graph's own dicts are filled here, as networkx's add_node and add_edge fill
        # them (a node's successors and predecessors share each edge's dict of keys): its
        # add_edges_from looks every edge up again through views, half of the time taken
        # to open a big map. Each record's parent comes before it, so the tree is sound as
        # it is built (one parent each, no cycle, every node under a root, orders 0..k-1,
        # depth counted): only the values are left to check.
        attrs_of, succ, pred = graph._node, graph._succ, graph._pred
        roots: list[str] = []
        counts: dict[str, int] = {}
        levels: dict[str, int] = {}
        for node, parent, attrs in records:
            if node in attrs_of:
                raise InvariantError(f"the id {node!r} is used by two nodes")
            if parent is None:
                roots.append(node)
                levels[node] = 0
                pred[node] = {}
            else:
                level = levels.get(parent, -1) + 1
                if not level:
                    raise InvariantError(f"the parent {parent!r} of node {node!r} is not in "
                                         f"the map before it")
                if level > MAX_DEPTH:
                    raise InvariantError(f"node {node!r} is deeper than {MAX_DEPTH} levels")
                levels[node] = level
                order = counts.get(parent, 0)
                counts[parent] = order + 1
                keys = {TREE: {"order": order}}
                succ[parent][node] = keys
                pred[node] = {parent: keys}
            attrs_of[node] = dict(attrs)
            succ[node] = {}
        if not roots:
            raise InvariantError("a map needs a root node")
        for source, target, label in links:
            if source not in attrs_of or target not in attrs_of:
                end = source if source not in attrs_of else target
                raise InvariantError(f"a link names the unknown node {end!r}")
            if source == target:
                raise InvariantError(f"link from {source!r} to itself")
            graph.add_edge(source, target, LINK, **({"label": label} if label else {}))
        graph.graph["root"] = roots[0]
        graph.graph["floating"] = roots[1:]
        mind_map = cls._from_graph(graph)
        check_values(mind_map)
        return mind_map

    def plain_form(self) -> tuple[dict[str, Any], ...]:
        """The graph's own dicts (map values, nodes, successors, predecessors) as they are:
        plain data for ``marshal``, which keeps the sharing of each edge's dict of keys
        between its two ends. Not copies: serialise them at once."""
        graph = self.graph
        return (graph.graph, graph._node, graph._succ, graph._pred)

    @classmethod
    def from_plain_form(cls, value: Any) -> MindMap:
        """The map whose :meth:`plain_form` ``value`` is, taken as it is (the dicts become
        the map's). For a form this app wrote from a checked map and kept sealed (the
        cache): its shape is checked and, as :meth:`from_records` does, its values (an entry
        kept by a version of the app that stored an attribute otherwise is refused), not the
        tree's rules."""
        from .invariants import InvariantError, check_values

        try:
            values, nodes, succ, pred = value
            shaped = (type(values) is type(nodes) is type(succ) is type(pred) is dict
                      and len(nodes) == len(succ) == len(pred) and values.get("root") in nodes)
        except (TypeError, ValueError):
            shaped = False
        if not shaped:
            raise InvariantError("not the plain form of a map")
        graph = nx.MultiDiGraph()
        graph.graph.update(values)
        graph._node = nodes
        graph._succ = graph._adj = succ
        graph._pred = pred
        mind_map = cls._from_graph(graph)
        check_values(mind_map)
        return mind_map

    def records(self, top: str | None = None) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
        """``(id, parent id or None, stored attributes)`` of every tree in pre-order (or of
        ``top``'s subtree, ``top`` with parent None): what :meth:`from_records` takes. The
        attribute dicts are copies (a style's dict, or any other mapping value, too)."""
        for root in self.roots() if top is None else [top]:
            stack: list[tuple[str, str | None]] = [(root, None)]
            while stack:
                node, parent = stack.pop()
                attrs = {k: dict(v) if isinstance(v, dict) else v
                         for k, v in self.graph._node[node].items()}
                yield node, parent, attrs
                stack.extend((c, node) for c in reversed(self.children(node)))

    def copy(self) -> MindMap:
        """An independent copy of the map (no listeners), map-level values included."""
        import copy

        values = {k: copy.deepcopy(v) for k, v in self.graph.graph.items()
                  if k not in ("title", "layout", "theme", "root", "floating")}
        return MindMap.from_records(self.records(), self.links(), title=self.title,
                                    layout=self.layout, theme=self.theme, **values)

    # ----------------------------------------------------------------- map-level values
    @property
    def title(self) -> str:
        return self.graph.graph["title"]

    @property
    def layout(self) -> str:
        return self.graph.graph["layout"]

    @property
    def theme(self) -> str:
        return self.graph.graph["theme"]

    @property
    def voting_rounds(self) -> tuple[dict[str, Any], ...]:
        """The voting rounds held on this map, oldest first (see facilitation.voting)."""
        return tuple(dict(r) for r in self.graph.graph.get("voting_rounds", ()))

    @property
    def views(self) -> tuple[dict[str, Any], ...]:
        """Filters saved by name in the map (see facilitation.idea_filter)."""
        return tuple(dict(v) for v in self.graph.graph.get("views", ()))

    @property
    def tag_colors(self) -> dict[str, str]:
        """The map's own colours for tags (``tags:`` in the file), as a copy."""
        return dict(self.graph.graph.get("tag_colors") or {})

    def map_value(self, key: str) -> Any:
        """A map-level value by name (``title``, ``layout``, ``theme``, a feature's own...);
        None when the map has none."""
        return self.graph.graph.get(key)

    @property
    def root(self) -> str:
        return self.graph.graph["root"]

    @property
    def floating(self) -> list[str]:
        return list(self.graph.graph["floating"])

    def roots(self) -> list[str]:
        """The main root followed by the floating roots."""
        return [self.root, *self.graph.graph["floating"]]

    # ----------------------------------------------------------------------- node data
    def __contains__(self, node: object) -> bool:
        return node in self.graph

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def nodes(self) -> Iterator[str]:
        return iter(self.graph.nodes)

    def attrs(self, node: str) -> dict[str, Any]:
        """The node's attributes (a copy), with defaults filled in."""
        data = self.graph._node[node]      # the raw node dict: the NodeView costs more
        out = dict(NODE_DEFAULTS)
        out.update(data)
        return out

    def raw_attrs(self, node: str) -> dict[str, Any]:
        """The stored attributes only (defaults absent), as a copy."""
        return dict(self.graph._node[node])

    def node_table(self) -> Mapping[str, Mapping[str, Any]]:
        """Every node's stored attributes (defaults absent), by id, as a read-only view: for
        loops over the whole map (writers, layout) where a call per node would cost. Do not
        change the dicts it holds."""
        return MappingProxyType(self.graph._node)

    def get(self, node: str, key: str) -> Any:
        return self.graph._node[node].get(key, NODE_DEFAULTS.get(key, ""))

    def text(self, node: str) -> str:
        return self.graph._node[node]["text"]

    # ------------------------------------------------------------------------- the tree
    def children(self, node: str) -> list[str]:
        """Children of ``node`` in order (KeyError for an unknown node)."""
        # The raw adjacency dict {child: {edge key: data}}: about twice as fast as out_edges()
        # and, unlike it, never reads an unknown id such as "ab" as the node bunch "a", "b".
        succ = self.graph._succ[node]
        return _in_order(succ) if succ else []     # most nodes of a map are leaves

    def parent(self, node: str) -> str | None:
        """The tree parent of ``node``; None for a root (KeyError for an unknown node)."""
        for p, keys in self.graph._pred[node].items():
            if TREE in keys:
                return p
        return None

    def index_of(self, node: str) -> int:
        """Position of ``node`` among its siblings (or among the roots, for a root)."""
        parent = self.parent(node)
        if parent is None:
            return self.roots().index(node)
        return self.graph.edges[parent, node, TREE]["order"]

    def is_root(self, node: str) -> bool:
        return self.parent(node) is None

    def path_to_root(self, node: str) -> list[str]:
        """``[node, parent, grandparent, ..., root]``."""
        path = [node]
        parent = self.parent(node)
        while parent is not None:
            path.append(parent)
            parent = self.parent(parent)
        return path

    def tree_root_of(self, node: str) -> str:
        return self.path_to_root(node)[-1]

    def depth(self, node: str) -> int:
        """Levels below its root (a root has depth 0)."""
        return len(self.path_to_root(node)) - 1

    def subtree(self, node: str) -> list[str]:
        """``node`` and all its descendants, in pre-order (iterative: safe for deep trees)."""
        out: list[str] = []
        stack = [node]
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(self.children(current)))
        return out

    def subtree_height(self, node: str) -> int:
        """Levels below ``node`` in its subtree (0 for a leaf)."""
        best = 0
        stack = [(node, 0)]
        while stack:
            current, level = stack.pop()
            best = max(best, level)
            stack.extend((c, level + 1) for c in self.children(current))
        return best

    def height(self) -> int:
        """Deepest level over all trees of the map."""
        return max(self.subtree_height(r) for r in self.roots())

    def is_ancestor(self, ancestor: str, node: str) -> bool:
        """True when ``ancestor`` is ``node`` or above it."""
        return ancestor in self.path_to_root(node)

    def visible_nodes(self) -> list[str]:
        """Nodes not hidden inside a folded branch, roots first, each tree in pre-order."""
        out: list[str] = []
        append = out.append
        stored, succ = self.graph._node, self.graph._succ       # a call per node costs
        for root in self.roots():
            stack = [root]
            pop, extend = stack.pop, stack.extend
            while stack:
                current = pop()
                append(current)
                below = succ[current]
                if below and not stored[current].get("folded", False):
                    extend(reversed(_in_order(below)))
        return out

    def hidden_count(self, node: str) -> int:
        """Descendants of ``node`` (the number a folded badge shows)."""
        return len(self.subtree(node)) - 1

    def find(self, query: str) -> list[str]:
        """Nodes whose text or note contains ``query`` (case-insensitive), in map order."""
        q = query.casefold()
        if not q:
            return []
        # the find bar asks at every key: the nodes are read as stored, and only the matches
        # are put in map order (a walk of the whole map when they are many)
        hits = {node for node, data in self.graph._node.items()
                if q in data["text"].casefold() or q in data.get("note", "").casefold()}
        if not hits:
            return []
        if len(hits) * 4 < len(self.graph._node):     # placing each costs less than a walk
            return sorted(hits, key=self._map_order_key)
        return [node for root in self.roots() for node in self.subtree(root) if node in hits]

    def _map_order_key(self, node: str) -> tuple[int, ...]:
        """``node``'s place in map order: its root's index among the roots, then the index of
        each node on the way down among its siblings (a parent's key starts its children's)."""
        pred = self.graph._pred
        key: list[int] = []
        while True:
            for parent, keys in pred[node].items():
                if TREE in keys:
                    key.append(keys[TREE]["order"])
                    node = parent
                    break
            else:
                key.append(self.roots().index(node))
                return tuple(reversed(key))

    # ------------------------------------------------------------------------- links
    def links(self) -> list[tuple[str, str, str]]:
        """Cross-links as ``(from, to, label)``, in insertion order."""
        return [(a, b, d.get("label", "")) for a, b, k, d in
                self.graph.edges(keys=True, data=True) if k == LINK]

    def has_link(self, a: str, b: str) -> bool:
        return self.graph.has_edge(a, b, LINK)

    def links_of(self, node: str) -> list[tuple[str, str, str]]:
        """The cross-links from and then to ``node`` as ``(from, to, label)`` (its own edges
        only: cheap on a big map)."""
        g = self.graph
        out = [(a, b, d.get("label", "")) for a, b, k, d in
               g.out_edges(node, keys=True, data=True) if k == LINK]
        out += [(a, b, d.get("label", "")) for a, b, k, d in
                g.in_edges(node, keys=True, data=True) if k == LINK]
        return out

    def link_label(self, a: str, b: str) -> str:
        """The label of the cross-link from ``a`` to ``b`` ("" when it has none)."""
        return self.graph.edges[a, b, LINK].get("label", "")

    # ---------------------------------------------------------------------------- ids
    def new_id(self) -> str:
        """A fresh id not used in this map: the first free one counting on from the last,
        found in a few look-ups when a long run is taken (a loaded map of 100,000 ideas
        named n1, n2, ...): the run is leapt over in growing steps, then its end narrowed."""
        graph, prefix = self.graph, self.id_prefix
        n = next(self._id_counter)
        if f"{prefix}{n}" not in graph:
            return f"{prefix}{n}"
        taken, step = n, 1
        while f"{prefix}{taken + step}" in graph:
            taken, step = taken + step, step * 2
        free = taken + step
        while free - taken > 1:            # taken is used, free is not: meet in the middle
            middle = (taken + free) // 2
            if f"{prefix}{middle}" in graph:
                taken = middle
            else:
                free = middle
        self._id_counter = itertools.count(free + 1)
        return f"{prefix}{free}"

    # --------------------------------------------------------------------- changes
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def subscribe_before(self, listener: Callable[[Edit], None]) -> None:
        """Call ``listener(edit)`` before each edit is applied (the map still as it was):
        a view that holds work planned for the map as it is finishes it first."""
        self._before_listeners.append(listener)

    def unsubscribe_before(self, listener: Callable[[Edit], None]) -> None:
        if listener in self._before_listeners:
            self._before_listeners.remove(listener)

    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit``; notify listeners; return the edit that undoes it.

        An edit that cannot be applied raises :class:`EditError` and leaves the map unchanged.
        """
        from .edits import Change

        for listener in list(self._before_listeners):
            listener(edit)
        change = Change()
        inverse = edit.apply_to(self, change)
        self._notifying += 1
        try:
            for listener in list(self._listeners):
                listener(change)
        finally:
            self._notifying -= 1
        return inverse

    @property
    def notifying(self) -> bool:
        """True while the listeners hear of an edit: a listener must not apply another edit
        then (the others have not heard of the first one yet); it waits until it is over."""
        return self._notifying > 0

    # ----------------------------------------------------------------- comparison
    def snapshot(self) -> tuple:
        """Everything that defines the map, in a comparable form (tests and dirty checks)."""
        g = self.graph
        nodes = sorted((n, tuple(sorted(d.items(), key=lambda kv: kv[0]))) for n, d in
                       ((n, {k: _freeze(v) for k, v in d.items()}) for n, d in g.nodes(data=True)))
        tree = sorted((a, b, d["order"]) for a, b, k, d in g.edges(keys=True, data=True)
                      if k == TREE)
        links = sorted((a, b, d.get("label", "")) for a, b, k, d in g.edges(keys=True, data=True)
                       if k == LINK)
        meta = (g.graph["title"], g.graph["layout"], g.graph["theme"], g.graph["root"],
                tuple(g.graph["floating"]), tuple(sorted((g.graph.get("tag_colors") or
                                                          {}).items())),
                tuple(_freeze(r) for r in g.graph.get("voting_rounds", ())),
                tuple(_freeze(v) for v in g.graph.get("views", ())))
        return meta, tuple(nodes), tuple(tree), tuple(links)

    def same_as(self, other: MindMap) -> bool:
        return self.snapshot() == other.snapshot()


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    if isinstance(value, list):
        return tuple(value)
    return value
