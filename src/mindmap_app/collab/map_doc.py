"""The shared map as a Loro document, and its reading back into a map (no Qt).

Layout of the document
----------------------
* ``map`` (LoroMap): ``title``, ``layout``, ``theme`` (last writer wins) and ``root`` (the main
  root's model id, written once by the host).
* ``tree`` (LoroTree, Kleppmann's movable tree): one tree node per idea. Concurrent moves never
  make a cycle or a duplicate. Each node's meta map holds ``id`` (the model id), ``text`` and
  ``note`` (LoroText: character-level merges), ``tags`` (LoroMap tag -> position: concurrent
  additions of different tags both stay), ``style`` (LoroMap, per key), ``votes``
  (LoroCounter: two people adding a vote at once both count), ``folded``, ``pos``, ``link``
  (plain values, last writer wins). Sibling order is the tree's own fractional index. The
  containers are Loro's "mergeable" ones (their id comes from the key), so two laptops that
  create a node's vote counter at once share one counter instead of one replacing the other.
* ``links`` (LoroMap): ``"from\\x1fto" -> label``.

:func:`read_state` turns a document into a :class:`MapState` deterministically, so every
replica holding the same document shows the same map; whatever a hostile peer wrote is cleaned
on the way (bad values dropped, duplicate ids renamed, nodes deeper than the file format holds
left out), so the map always passes the model's invariants.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Any

from loro import LoroDoc, TreeID

from ..model import MAX_DEPTH, MAX_NODES, Change, MindMap
from ..model.edits import HEX_COLOR
from ..model.facilitation_values import normalise_rounds, normalise_views
from ..model.mind_map import LAYOUTS, THEMES, normalise_attr

#: the map's own records beside title, layout and theme that every laptop of a room keeps:
#: tags' colours, the voting rounds held, the views saved by name
SHARED_RECORDS = ("tag_colors", "voting_rounds", "views")

log = logging.getLogger(__name__)

LINK_SEP = "\x1f"
TEXT_KEYS = ("text", "note")
#: written as plain values (a facilitation record as a small mapping); read back through the
#: model's normaliser, which drops what is malformed
PLAIN_KEYS = ("folded", "pos", "link", "side", "action", "parked_from", "parking_lot")


def tid_key(tid: Any) -> tuple[int, int]:
    """A hashable key for a TreeID (Loro's TreeID is not hashable)."""
    return (tid.peer, tid.counter)


def _parse_tid(text: str) -> tuple[int, int]:
    counter, _, peer = text.partition("@")
    return (int(peer), int(counter))


@dataclass
class MapState:
    """A map read out of a document: what the model must become."""

    meta: dict[str, str]
    root: str
    floating: list[str]
    #: id -> stored attributes (normalised, defaults absent)
    nodes: dict[str, dict[str, Any]]
    #: id -> child ids in order
    children: dict[str, list[str]]
    links: list[tuple[str, str, str]]
    #: model id -> tree id key
    tids: dict[str, tuple[int, int]] = field(default_factory=dict)

    def parent_of(self) -> dict[str, str]:
        return {c: p for p, kids in self.children.items() for c in kids}

    def to_map(self) -> MindMap:
        """A fresh MindMap holding this state."""
        def records():                   # pre-order, the main root first
            for top in (self.root, *self.floating):
                stack: list[tuple[str, str | None]] = [(top, None)]
                while stack:
                    node, parent = stack.pop()
                    yield node, parent, dict(self.nodes.get(node) or {"text": ""})
                    stack.extend((kid, node) for kid in reversed(self.children.get(node, [])))

        records_beside = {k: self.meta[k] for k in SHARED_RECORDS if k in self.meta}
        return MindMap.from_records(records(), self.links,
                                    title=self.meta.get("title", ""),
                                    layout=self.meta.get("layout", "balanced"),
                                    theme=self.meta.get("theme", "light"), **records_beside)


# --------------------------------------------------------------------------- reading
def _clean_attrs(node: str, meta: dict[str, Any]) -> dict[str, Any]:
    text = meta.get("text")
    out: dict[str, Any] = {"text": text if isinstance(text, str) else ""}
    for key in ("note", "votes", "tags", "style", *PLAIN_KEYS):
        value = meta.get(key)
        if value is None:
            continue
        try:
            if key == "votes":
                if not isinstance(value, int | float) or not math.isfinite(value):
                    continue
                value = max(0, round(value))
            elif key == "tags":
                if not isinstance(value, dict):
                    continue
                value = [t for _, t in sorted((v if isinstance(v, int | float) else 0, t)
                                              for t, v in value.items() if t)]
            elif key == "style":
                if not isinstance(value, dict):
                    continue
                value = {k: v for k, v in value.items()
                         if isinstance(v, str | int | float | bool) and v is not None}
            elif key == "pos":
                if not (isinstance(value, list) and len(value) == 2 and
                        all(isinstance(v, int | float) for v in value)):
                    continue
            elif key in ("folded", "parking_lot") and not isinstance(value, bool):
                continue
            elif key in ("action", "parked_from") and not isinstance(value, dict):
                continue
            elif key in ("note", "link", "side") and not isinstance(value, str):
                continue
            stored = normalise_attr(key, value)
        except (TypeError, ValueError, OverflowError):
            log.warning("shared map: dropped a bad %s on node %s", key, node)
            continue
        if stored is not None:
            out[key] = stored
    return out


def plain(value: Any) -> Any:
    """``value`` as Loro stores it: tuples as lists (a map-level record such as the voting
    rounds is a tuple of dicts in the model)."""
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def shared_records(meta_raw: dict[str, Any]) -> dict[str, Any]:
    """The map's records beside the tree (:data:`SHARED_RECORDS`) as the model keeps them;
    what a peer wrote that the model would refuse is left out (empty)."""
    colours = meta_raw.get("tag_colors")
    out: dict[str, Any] = {"tag_colors": {
        tag: colour.lower() for tag, colour in (colours.items() if isinstance(colours, dict)
                                                else ())
        if isinstance(tag, str) and tag and isinstance(colour, str) and
        HEX_COLOR.fullmatch(colour)}}
    for key, normalise in (("voting_rounds", normalise_rounds), ("views", normalise_views)):
        try:
            out[key] = normalise(meta_raw.get(key) or ())
        except (TypeError, ValueError) as exc:
            log.warning("shared map: %s left out (%s)", key, exc)
            out[key] = ()
    return out


def read_state(doc: LoroDoc) -> MapState:
    """Read the document into a valid map state (deterministic for a given document)."""
    meta_raw = doc.get_map("map").get_deep_value()
    meta = {
        "title": meta_raw.get("title") if isinstance(meta_raw.get("title"), str) else "",
        "layout": meta_raw.get("layout") if meta_raw.get("layout") in LAYOUTS else "balanced",
        "theme": meta_raw.get("theme") if meta_raw.get("theme") in THEMES else "light",
        **shared_records(meta_raw),
    }
    root_name = meta_raw.get("root") if isinstance(meta_raw.get("root"), str) else ""
    forest = doc.get_tree("tree").get_value_with_meta()
    # pass 1: walk the forest (bounded depth and count), collect nodes in pre-order
    flat: list[tuple[tuple[int, int], dict[str, Any], tuple[int, int] | None]] = []
    stack = [(n, None, 0) for n in reversed(forest)]
    while stack and len(flat) < MAX_NODES:
        item, parent, level = stack.pop()
        tid = _parse_tid(item["id"])
        flat.append((tid, item.get("meta") or {}, parent))
        if level < MAX_DEPTH:
            stack.extend((c, tid, level + 1) for c in reversed(item.get("children") or []))
        elif item.get("children"):
            log.warning("shared map: ideas deeper than %d levels are not shown", MAX_DEPTH)
    # pass 2: model ids; among nodes claiming the same id the oldest tree node keeps it
    claims: dict[str, list[tuple[int, int]]] = {}
    for tid, meta_map, _ in flat:
        name = meta_map.get("id")
        if isinstance(name, str) and name and len(name) <= 200:
            claims.setdefault(name, []).append(tid)
    owner = {min(tids): name for name, tids in claims.items()}
    ids: dict[tuple[int, int], str] = {}
    for tid, meta_map, _ in flat:
        name = owner.get(tid)
        if name is None:
            base = meta_map.get("id") if isinstance(meta_map.get("id"), str) else "t"
            name = f"{base[:200]}~{tid[1]}@{tid[0]}"
        ids[tid] = name
    nodes: dict[str, dict[str, Any]] = {}
    children: dict[str, list[str]] = {}
    top: list[str] = []
    for tid, meta_map, parent in flat:
        node = ids[tid]
        nodes[node] = _clean_attrs(node, meta_map)
        if parent is None:
            top.append(node)
        else:
            children.setdefault(ids[parent], []).append(node)
    if root_name in top:
        root = root_name
    elif top:
        root = top[0]
    else:                       # nothing left (only a hostile peer can do that)
        root = root_name or "root"
        nodes[root] = {"text": ""}
    floating = [n for n in top if n != root]
    links = []
    raw_links = doc.get_map("links").get_deep_value()
    for key in sorted(raw_links):
        a, sep, b = key.partition(LINK_SEP)
        label = raw_links[key]
        if sep and a in nodes and b in nodes and a != b:
            links.append((a, b, label if isinstance(label, str) else ""))
    return MapState(meta, root, floating, nodes, children, links,
                    {name: tid for tid, name in ids.items()})


# --------------------------------------------------------------------------- writing
class MapDoc:
    """A Loro document holding one map, with the model id -> tree node index."""

    def __init__(self, doc: LoroDoc | None = None) -> None:
        self.doc = doc or LoroDoc()
        self.tree = self.doc.get_tree("tree")
        self.meta = self.doc.get_map("map")
        self.links = self.doc.get_map("links")
        self._tids: dict[str, TreeID] = {}
        self._names: dict[tuple[int, int], str] = {}
        #: the origin local edits are committed with ("" for the user's own; phones' edits
        #: carry one that the undo manager skips)
        self.origin = ""
        self.reindex()

    # ------------------------------------------------------------------ creation
    @classmethod
    def from_map(cls, mind_map: MindMap) -> MapDoc:
        """A new document holding ``mind_map`` (done once, by the host)."""
        md = cls()
        md.meta.insert("root", mind_map.root)
        for key in ("title", "layout", "theme"):
            md.meta.insert(key, mind_map.map_value(key))
        for key in SHARED_RECORDS:
            if mind_map.map_value(key):
                md.meta.insert(key, plain(mind_map.map_value(key)))
        for root in mind_map.roots():
            for node in mind_map.subtree(root):
                parent = mind_map.parent(node)
                md._create(mind_map, node, parent)
        md.sync_links(mind_map)
        md.doc.commit()
        return md

    def reindex(self, state: MapState | None = None) -> None:
        """Rebuild the model id -> TreeID index (after remote changes)."""
        state = state or read_state(self.doc)
        self._tids = {name: TreeID(peer, counter) for name, (peer, counter) in
                      state.tids.items()}
        self._names = {key: name for name, key in state.tids.items()}

    def tid(self, node: str) -> TreeID | None:
        return self._tids.get(node)

    def name_of(self, key: tuple[int, int]) -> str | None:
        """The model id of a tree node (by its tid_key), as of the last reindex."""
        return self._names.get(key)

    def node_attrs(self, node: str) -> dict[str, Any] | None:
        """One node's attributes read from the document (as :func:`read_state` reads them);
        None when the node's id changed (a full read is needed)."""
        tid = self._tids.get(node)
        if tid is None or not self.tree.contains(tid) or self.tree.is_node_deleted(tid):
            return None
        meta = self.tree.get_meta(tid).get_deep_value()
        if meta.get("id") != node:
            return None
        return _clean_attrs(node, meta)

    # ------------------------------------------------------------------- local edits
    def record(self, mind_map: MindMap, change: Change) -> None:
        """Write what a local model edit changed into the document and commit it."""
        added = [n for n in change.added if n in mind_map]
        added.sort(key=mind_map.depth)
        for node in added:
            self._create(mind_map, node, mind_map.parent(node))
        parents: set[str | None] = set()
        for node in (*change.moved, *added):
            if node in mind_map:
                parents.add(node)
                parents.add(mind_map.parent(node))
        for parent in parents:
            self._sync_children(mind_map, parent)
        # delete only the top of each removed branch: its ideas go with it, and an idea that
        # a colleague moved out of the branch meanwhile survives (deleting every removed idea
        # one by one would delete that one too)
        gone = {n: self._tids[n] for n in change.removed if n in self._tids}
        gone_keys = {tid_key(t) for t in gone.values()}
        for node, tid in gone.items():
            del self._tids[node]
            self._names.pop(tid_key(tid), None)
            if not self.tree.contains(tid) or self.tree.is_node_deleted(tid):
                continue
            parent = self.tree.parent(tid)
            if parent is not None and tid_key(parent) in gone_keys:
                continue
            self.tree.delete(tid)
        for node, keys in change.attrs.items():
            if node in mind_map and node not in change.added:
                for key in keys:
                    self._write_attr(mind_map, node, key)
        if change.links:
            self.sync_link_ends(mind_map, change.link_ends)
        for key in change.map_keys:
            self.meta.insert(key, plain(mind_map.map_value(key)))
        if self.origin:
            self.doc.commit_with(origin=self.origin)
        else:
            self.doc.commit()

    def _create(self, mind_map: MindMap, node: str, parent: str | None) -> None:
        ptid = self._tids.get(parent) if parent is not None else None
        tid = self.tree.create(ptid)
        self._tids[node] = tid
        self._names[tid_key(tid)] = node
        self.tree.get_meta(tid).insert("id", node)
        for key, value in mind_map.raw_attrs(node).items():
            self._write_value(tid, key, value)

    def _sync_children(self, mind_map: MindMap, parent: str | None) -> None:
        if parent is None:
            wanted = [self._tids.get(n) for n in mind_map.roots()]
            current = list(self.tree.roots)
            ptid = None
        else:
            ptid = self._tids.get(parent)
            if ptid is None:
                return
            wanted = [self._tids.get(n) for n in mind_map.children(parent)]
            current = list(self.tree.children(ptid) or [])
        keys = [tid_key(t) for t in current]
        for i, tid in enumerate(wanted):
            if tid is None:
                continue
            key = tid_key(tid)
            if i < len(keys) and keys[i] == key:
                continue
            if key in keys:
                keys.remove(key)
            index = min(i, len(keys))
            self.tree.mov_to(tid, index, ptid)
            keys.insert(index, key)

    def _write_attr(self, mind_map: MindMap, node: str, key: str) -> None:
        tid = self._tids.get(node)
        if tid is not None:
            self._write_value(tid, key, mind_map.node_table()[node].get(key))

    def _write_value(self, tid: TreeID, key: str, value: Any) -> None:
        meta = self.tree.get_meta(tid)
        if key in TEXT_KEYS:
            text = meta.ensure_mergeable_text(key)
            text.update(value or "", timeout_ms=200)
        elif key == "votes":
            counter = meta.ensure_mergeable_counter("votes")
            delta = int(value or 0) - counter.value
            if delta > 0:
                counter.increment(delta)
            elif delta < 0:
                counter.decrement(-delta)
        elif key == "tags":
            tags = meta.ensure_mergeable_map("tags")
            wanted = list(value or ())
            for old in tags.keys():
                if old not in wanted:
                    tags.delete(old)
            for i, tag in enumerate(wanted):
                if tags.get(tag) is None or _plain(tags.get(tag)) != i:
                    tags.insert(tag, i)
        elif key == "style":
            style = meta.ensure_mergeable_map("style")
            wanted = dict(value or {})
            for old in style.keys():
                if old not in wanted:
                    style.delete(old)
            for k, v in wanted.items():
                if _plain(style.get(k)) != v:
                    style.insert(k, v)
        elif key in PLAIN_KEYS:
            if value is None:
                meta.delete(key)
            else:
                meta.insert(key, _loro_value(value))

    def sync_links(self, mind_map: MindMap) -> None:
        wanted = {f"{a}{LINK_SEP}{b}": label for a, b, label in mind_map.links()}
        for key in self.links.keys():
            if key not in wanted:
                self.links.delete(key)
        for key, label in wanted.items():
            if _plain(self.links.get(key)) != label:
                self.links.insert(key, label)

    def sync_link_ends(self, mind_map: MindMap, ends: set[tuple[str, str]]) -> None:
        """:meth:`sync_links` for the links an edit added, removed or relabelled only."""
        for a, b in ends:
            key = f"{a}{LINK_SEP}{b}"
            if mind_map.has_link(a, b):
                label = mind_map.link_label(a, b)
                if _plain(self.links.get(key)) != label:
                    self.links.insert(key, label)
            elif self.links.get(key) is not None:
                self.links.delete(key)


def _loro_value(value: Any) -> Any:
    """``value`` with tuples as lists (a position, a parked idea's position), as Loro keeps it."""
    if isinstance(value, tuple):
        return [_loro_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _loro_value(v) for k, v in value.items()}
    return value


def _plain(value: Any) -> Any:
    """The value inside Loro's ValueOrContainer wrapper (None when absent)."""
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    return getattr(value, "value", value)      # ValueOrContainer_Value; a container stays
