"""A detached subtree: what delete saves for undo, what copy puts on the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .mind_map import LINK

if TYPE_CHECKING:
    from .mind_map import MindMap


@dataclass(frozen=True)
class Fragment:
    """Nodes in pre-order as ``(id, parent id or None for the top, stored attributes)``, and
    the links that touch them as ``(from, to, label)``."""

    nodes: tuple[tuple[str, str | None, dict[str, Any]], ...]
    links: tuple[tuple[str, str, str], ...] = ()

    @property
    def root(self) -> str:
        return self.nodes[0][0]

    def node_ids(self) -> set[str]:
        return {n for n, _, _ in self.nodes}

    def height(self) -> int:
        level: dict[str, int] = {}
        best = 0
        for node, parent, _ in self.nodes:
            level[node] = 0 if parent is None else level[parent] + 1
            best = max(best, level[node])
        return best

    def texts(self) -> list[str]:
        return [attrs["text"] for _, _, attrs in self.nodes]

    @classmethod
    def from_map(cls, mind_map: MindMap, top: str, *, inner_links_only: bool = False) -> Fragment:
        """The subtree under ``top`` with every link touching it (or only the links inside it)."""
        nodes = []
        stack: list[tuple[str, str | None]] = [(top, None)]
        while stack:
            node, parent = stack.pop()
            nodes.append((node, parent, mind_map.raw_attrs(node)))
            stack.extend((c, node) for c in reversed(mind_map.children(node)))
        ids = {n for n, _, _ in nodes}
        # only the branch's own edges: scanning every link of the map made deleting one leaf
        # of a large map cost as much as the whole map
        g = mind_map.graph
        links = []
        for node, _, _ in nodes:
            for _, b, key, data in g.out_edges(node, keys=True, data=True):
                if key == LINK and (b in ids or not inner_links_only):
                    links.append((node, b, data.get("label", "")))
            if not inner_links_only:
                for a, _, key, data in g.in_edges(node, keys=True, data=True):
                    if key == LINK and a not in ids:
                        links.append((a, node, data.get("label", "")))
        return cls(tuple(nodes), tuple(links))

    @classmethod
    def single(cls, node_id: str, text: str = "", **attrs: Any) -> Fragment:
        return cls(((node_id, None, {"text": text, **attrs}),))

    def renamed(self, new_id: Callable[[], str]) -> Fragment:
        """The same fragment with fresh ids (for paste); links leaving it are dropped."""
        mapping = {n: new_id() for n, _, _ in self.nodes}
        nodes = tuple((mapping[n], mapping.get(p) if p else None, dict(a))
                      for n, p, a in self.nodes)
        links = tuple((mapping[a], mapping[b], label) for a, b, label in self.links
                      if a in mapping and b in mapping)
        return Fragment(nodes, links)
