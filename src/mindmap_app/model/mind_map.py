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
from datetime import date
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
    # facilitation (format mindmap/2): an action with its owner and due date, where a parked
    # idea came from, and the mark of the floating "Parking lot" branch
    "action": None,
    "parked_from": None,
    "parking_lot": False,
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
    if key == "parking_lot":
        return True if value else None
    if key == "action":
        return normalise_action(value)
    if key == "parked_from":
        return normalise_origin(value)
    raise KeyError(f"unknown node attribute {key!r}")


def normalise_action(value: Any) -> dict[str, str] | None:
    """``{"owner": text, "due": "YYYY-MM-DD" or ""}``; True marks an action with neither."""
    if not value:
        return None
    if value is True:
        return {"owner": "", "due": ""}
    if not isinstance(value, dict):
        raise TypeError("an action is a mapping with 'owner' and 'due'")
    unknown = set(value) - {"owner", "due"}
    if unknown:
        raise ValueError(f"unknown action key {sorted(unknown)[0]!r} (known: owner, due)")
    owner = value.get("owner") or ""
    if not isinstance(owner, str):
        raise TypeError("the owner of an action is text")
    due = value.get("due") or ""
    if isinstance(due, date):
        due = due.isoformat()
    if not isinstance(due, str):
        raise TypeError("the due date of an action is a date written YYYY-MM-DD")
    due = due.strip()
    if due:
        try:
            due = date.fromisoformat(due).isoformat()
        except ValueError:
            raise ValueError(f"due date {due!r} is not a date written YYYY-MM-DD") from None
    return {"owner": owner.strip(), "due": due}


def normalise_origin(value: Any) -> dict[str, Any] | None:
    """Where a parked idea came from: ``{"parent": id, "index": n}`` (no parent: floating)."""
    if not value:
        return None
    if not isinstance(value, dict):
        raise TypeError("'parked_from' is a mapping with 'parent' and 'index'")
    unknown = set(value) - {"parent", "index", "pos"}
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r} (known: parent, index, pos)")
    index = value.get("index", 0)
    if isinstance(index, bool) or not isinstance(index, int) or index < 0:
        raise ValueError("'index' is a whole number, 0 or more")
    out: dict[str, Any] = {"index": index}
    parent = value.get("parent")
    if parent is not None:
        if not isinstance(parent, str) or not parent:
            raise TypeError("'parent' is a node id")
        out["parent"] = parent
    pos = normalise_attr("pos", value.get("pos"))
    if pos is not None:
        out["pos"] = pos
    return out


ROUND_KEYS = ("date", "dots", "people", "placed")


def normalise_rounds(value: Any) -> tuple[dict[str, Any], ...]:
    """The stored form of the map's voting rounds: a tuple of ``{"date": text, "dots": n,
    "people": n (absent: not counted), "placed": n}``."""
    out = []
    for record in value or ():
        if not isinstance(record, dict):
            raise TypeError("a voting round is a mapping with date, dots, people, placed")
        unknown = set(record) - set(ROUND_KEYS)
        if unknown:
            raise ValueError(f"unknown voting round key {sorted(unknown)[0]!r} "
                             f"(known: {', '.join(ROUND_KEYS)})")
        stamp = record.get("date")
        if isinstance(stamp, date):   # a date written unquoted in a file
            stamp = str(stamp)
        if not isinstance(stamp, str) or not stamp.strip():
            raise ValueError("a voting round needs its date (text such as 2026-12-03 10:30)")
        clean: dict[str, Any] = {"date": stamp.strip()}
        for key, least in (("dots", 1), ("people", 1), ("placed", 0)):
            number = record.get(key)
            if number is None:
                if key == "people":
                    continue
                number = 0 if key == "placed" else None
            if isinstance(number, bool) or not isinstance(number, int) or number < least:
                raise ValueError(f"'{key}' of a voting round is a whole number, {least} or more")
            clean[key] = number
        out.append(clean)
    return tuple(out)


VIEW_KEYS = ("name", "tags", "text", "min_votes", "mode")
VIEW_MODES = ("dim", "hide")


def normalise_views(value: Any) -> tuple[dict[str, Any], ...]:
    """The stored form of the map's named views (filters saved by name): a tuple of
    ``{"name": text, "tags": (tag, ...), "text": text, "min_votes": n, "mode": dim|hide}``;
    names are unique."""
    out: list[dict[str, Any]] = []
    names: set[str] = set()
    for record in value or ():
        if not isinstance(record, dict):
            raise TypeError("a view is a mapping with name, tags, text, min_votes, mode")
        unknown = set(record) - set(VIEW_KEYS)
        if unknown:
            raise ValueError(f"unknown view key {sorted(unknown)[0]!r} "
                             f"(known: {', '.join(VIEW_KEYS)})")
        name = record.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError("a view needs a name")
        name = name.strip()
        if name in names:
            raise ValueError(f"two views are named {name!r}")
        names.add(name)
        tags = record.get("tags") or ()
        tags = (tags,) if isinstance(tags, str) else tuple(tags)
        if not all(isinstance(t, str) for t in tags):
            raise TypeError("the tags of a view are text")
        text = record.get("text") or ""
        if not isinstance(text, str):
            raise TypeError("the text of a view is text")
        votes = record.get("min_votes") or 0
        if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
            raise ValueError("'min_votes' of a view is a whole number, 0 or more")
        mode = record.get("mode") or "dim"
        if mode not in VIEW_MODES:
            raise ValueError(f"the mode of a view is {' or '.join(VIEW_MODES)}")
        out.append({"name": name, "tags": tuple(sorted(set(tags))), "text": text,
                    "min_votes": votes, "mode": mode})
    return tuple(out)


class MindMap:
    """A mind map. Read it through the query methods; change it only with :meth:`apply`."""

    def __init__(self, title: str = "", root_text: str = "", *, root_id: str | None = None,
                 layout: str = "balanced", theme: str = "light") -> None:
        self.graph = nx.MultiDiGraph(title=title, layout=layout, theme=theme, root=None,
                                     floating=[], voting_rounds=(), views=())
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
    def voting_rounds(self) -> tuple[dict[str, Any], ...]:
        """The voting rounds held on this map, oldest first (see facilitation.voting)."""
        return tuple(dict(r) for r in self.graph.graph.get("voting_rounds", ()))

    @property
    def views(self) -> tuple[dict[str, Any], ...]:
        """Filters saved by name in the map (see facilitation.idea_filter)."""
        return tuple(dict(v) for v in self.graph.graph.get("views", ()))

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
                tuple(g.graph["floating"]),
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
