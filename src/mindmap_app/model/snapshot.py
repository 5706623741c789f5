"""Copying a map in slices while the window keeps running, and putting it back together.

:class:`MapSnapshot` copies the map on the main thread in slices of a few milliseconds
(pickled node records; nodes an edit touches while copying are copied again at the end, so the
result is the map as it was after the last slice); :class:`MapAssembler` turns the pieces back
into a checked map (in the autosave worker process). Both know the graph's representation, so
they live in the model.
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Iterable
from typing import Any

from .mind_map import MindMap

#: node records per pickled piece of a snapshot (the time budget is checked between pieces)
BATCH = 64


class MapSnapshot:
    """Copies a map in slices: each :meth:`step` works for about ``budget`` seconds and
    passes the pickled pieces it made to ``on_piece`` (to stream them; without it they are
    kept in :attr:`pieces`); it returns True when the copy is complete. Call :meth:`note` with
    every :class:`~mindmap_app.model.Change` applied to the map meanwhile: the nodes it
    touched are copied again before the copy completes, so the pieces always describe the map
    as it was after the last step. A link is copied with the node it starts from (in that
    node's adjacency), so a link that came or went copies its start again."""

    def __init__(self, mind_map: MindMap, on_piece: Any = None) -> None:
        self.graph = mind_map.graph
        self._todo = list(self.graph._node)
        self._at = 0
        self._dirty: set[str] = set()
        self._on_piece = on_piece
        self.pieces: list[bytes] = []
        self.done = False

    def note(self, change: Any) -> None:
        self._dirty |= change.touched()
        self._dirty.update(start for start, _end in change.link_ends)

    def _add(self, item: tuple) -> None:
        piece = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        if self._on_piece is not None:
            self._on_piece(piece)
        else:
            self.pieces.append(piece)

    def _records(self, nodes: Iterable[str]) -> None:
        node, succ = self.graph._node, self.graph._succ
        self._add(("nodes", [(n, node[n], succ[n]) for n in nodes if n in node]))

    def step(self, budget: float = 0.003) -> bool:
        """Copy for about ``budget`` seconds; True when the copy is complete."""
        deadline = time.perf_counter() + budget
        todo = self._todo
        while self._at < len(todo):
            self._records(todo[self._at:self._at + BATCH])
            self._at += BATCH
            if time.perf_counter() > deadline:
                return False
        while self._dirty:  # nodes changed since they were copied
            dirty = list(self._dirty)[:BATCH]
            self._dirty.difference_update(dirty)
            self._records(dirty)
            gone = [n for n in dirty if n not in self.graph._node]
            if gone:
                self._add(("removed", gone))
            if time.perf_counter() > deadline:
                return False
        meta = dict(self.graph.graph)
        meta["floating"] = list(meta.get("floating", ()))
        self._add(("end", meta))
        self.done = True
        return True

    def run(self) -> list[bytes]:
        """Copy everything at once (tests, benchmark)."""
        while not self.step(1e9):
            pass
        return self.pieces


class MapAssembler:
    """Rebuilds the map a :class:`MapSnapshot` copied, piece by piece as they arrive (in the
    child process)."""

    def __init__(self) -> None:
        self.records: dict[str, tuple[dict, dict]] = {}
        self.meta: dict[str, Any] | None = None

    def add(self, piece: bytes) -> None:
        kind, *rest = pickle.loads(piece)
        if kind == "nodes":
            for node, attrs, succ in rest[0]:
                self.records[node] = (attrs, succ)
        elif kind == "removed":
            for node in rest[0]:
                self.records.pop(node, None)
        elif kind == "end":
            self.meta = rest[0]

    def finish(self) -> MindMap:
        """The map; ValueError when the pieces do not make a complete, valid map."""
        import networkx as nx

        from .invariants import InvariantError, check_invariants

        if self.meta is None:
            raise ValueError("the snapshot is incomplete")
        records = self.records
        graph = nx.MultiDiGraph(**self.meta)
        graph.add_nodes_from((node, attrs) for node, (attrs, _) in records.items())
        for node, (_, succ) in records.items():
            for child, keyed in succ.items():
                if child not in records:
                    continue
                for key, data in keyed.items():
                    graph.add_edge(node, child, key, **data)
        mind_map = MindMap._from_graph(graph)
        try:
            check_invariants(mind_map)
        except InvariantError as exc:
            raise ValueError(f"the snapshot is not a consistent map: {exc}") from None
        return mind_map


def map_from_pieces(pieces: Iterable[bytes]) -> MindMap:
    assembler = MapAssembler()
    for piece in pieces:
        assembler.add(piece)
    return assembler.finish()
