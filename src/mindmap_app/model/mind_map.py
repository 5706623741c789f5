"""The map: one networkx multi-digraph holding the tree, the floating subtrees and the links.

Graph layout
------------
* Nodes are keyed by stable string ids. Node attributes hold only what is set: ``text`` is
  always present; ``note``, ``tags``, ``style``, ``folded``, ``pos``, ``votes`` and ``link``
  are present only when they differ from their default (see ``NODE_DEFAULTS``).
* Tree edges ``parent -> child`` use the edge key ``"tree"`` and carry ``order`` (0, 1, ...).
* Cross-links ``a -> b`` use the edge key ``"link"`` and may carry a ``label``.
* ``graph.graph`` holds the map-level values: ``title``, ``layout``, ``theme``, ``root`` (the
  main root's id) and ``floating`` (the ids of the floating roots, in order).

Nothing here changes the graph except :meth:`MindMap.apply`, which takes an edit from
:mod:`mindmap_app.model.edits`, applies it, tells the listeners what changed and returns the
inverse edit.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from .edits import Change, Edit

TREE = "tree"
LINK = "link"

#: Default value of every optional node attribute; an attribute equal to its default is absent.
NODE_DEFAULTS: dict[str, Any] = {
    "note": "",
    "tags": (),
    "style": None,
    "folded": False,
    "pos": None,
    "votes": 0,
    "link": None,
}
NODE_ATTRIBUTES = ("text", *NODE_DEFAULTS)
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


def normalise_attr(key: str, value: Any) -> Any:
    """Return the stored form of a node attribute, or None when it equals the default."""
    if key == "text":
        return "" if value is None else str(value)
    if key == "tags":
        # a bare string is one tag, not one tag per letter
        value = (value,) if isinstance(value, str) else tuple(value or ())
        return tuple(str(t) for t in value) or None
    if key == "style":
        return dict(value) if value else None
    if key == "pos":
        if value is None:
            return None
        x, y = value
        if not (math.isfinite(float(x)) and math.isfinite(float(y))):
            raise ValueError("a position needs finite coordinates")
        return (float(x), float(y))
    if key == "folded":
        return True if value else None
    if key == "votes":
        value = int(value or 0)
        return value or None
    if key in ("note", "link"):
        return str(value) if value else None
    raise KeyError(f"unknown node attribute {key!r}")


class MindMap:
    """A mind map. Read it through the query methods; change it only with :meth:`apply`."""

    def __init__(self, title: str = "", root_text: str = "", *, root_id: str | None = None,
                 layout: str = "balanced", theme: str = "light") -> None:
        self.graph = nx.MultiDiGraph(title=title, layout=layout, theme=theme, root=None,
                                     floating=[])
        self._listeners: list[Callable[[Change], None]] = []
        self._id_counter = itertools.count(1)
        #: new ids are this prefix and a number; a shared map gives each laptop its own prefix
        #: so two people adding ideas at once never pick the same id
        self.id_prefix = "n"
        root = root_id or self.new_id()
        self.graph.add_node(root, text=root_text or title)
        self.graph.graph["root"] = root

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
        return dict(self.graph.nodes[node])

    def get(self, node: str, key: str) -> Any:
        return self.graph._node[node].get(key, NODE_DEFAULTS.get(key, ""))

    def text(self, node: str) -> str:
        return self.graph._node[node]["text"]

    # ------------------------------------------------------------------------- the tree
    def children(self, node: str) -> list[str]:
        """Children of ``node`` in order (KeyError for an unknown node)."""
        # The raw adjacency dict {child: {edge key: data}}: about twice as fast as out_edges()
        # and, unlike it, never reads an unknown id such as "ab" as the node bunch "a", "b".
        kids = [(keys[TREE]["order"], c) for c, keys in self.graph._succ[node].items()
                if TREE in keys]
        kids.sort()
        return [c for _, c in kids]

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
        for root in self.roots():
            stack = [root]
            while stack:
                current = stack.pop()
                out.append(current)
                if not self.get(current, "folded"):
                    stack.extend(reversed(self.children(current)))
        return out

    def hidden_count(self, node: str) -> int:
        """Descendants of ``node`` (the number a folded badge shows)."""
        return len(self.subtree(node)) - 1

    def find(self, query: str) -> list[str]:
        """Nodes whose text or note contains ``query`` (case-insensitive), in map order."""
        q = query.casefold()
        if not q:
            return []
        out = []
        for root in self.roots():
            for node in self.subtree(root):
                data = self.graph.nodes[node]
                if q in data["text"].casefold() or q in data.get("note", "").casefold():
                    out.append(node)
        return out

    # ------------------------------------------------------------------------- links
    def links(self) -> list[tuple[str, str, str]]:
        """Cross-links as ``(from, to, label)``, in insertion order."""
        return [(a, b, d.get("label", "")) for a, b, k, d in
                self.graph.edges(keys=True, data=True) if k == LINK]

    def has_link(self, a: str, b: str) -> bool:
        return self.graph.has_edge(a, b, LINK)

    # ---------------------------------------------------------------------------- ids
    def new_id(self) -> str:
        """A fresh id not used in this map."""
        while True:
            candidate = f"{self.id_prefix}{next(self._id_counter)}"
            if candidate not in self.graph:
                return candidate

    # --------------------------------------------------------------------- changes
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit``; notify listeners; return the edit that undoes it.

        An edit that cannot be applied raises :class:`EditError` and leaves the map unchanged.
        """
        from .edits import Change

        change = Change()
        inverse = edit.apply_to(self, change)
        for listener in list(self._listeners):
            listener(change)
        return inverse

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
                tuple(g.graph["floating"]))
        return meta, tuple(nodes), tuple(tree), tuple(links)

    def same_as(self, other: MindMap) -> bool:
        return self.snapshot() == other.snapshot()


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    if isinstance(value, list):
        return tuple(value)
    return value
