"""Check a parsed map file against format ``mindmap/1`` and build the :class:`MindMap`.

The reader in :mod:`mindmap_app.io.yaml_format` turns the YAML event stream into plain values;
mappings and lists arrive as :class:`MarkedMap` and :class:`MarkedList`, which remember where
they start and where each key or item is. Every check here can therefore name the line and
column of the problem. Nothing is put into a :class:`MindMap` until the whole file has passed,
so a bad file never half-loads.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from ..model import MAX_DEPTH, InvariantError, MindMap
from ..model.attributes import NODE_ATTRIBUTES, normalise_attr
from ..model.edits import HEX_COLOR
from ..model.facilitation_values import normalise_rounds, normalise_views
from ..model.mind_map import LAYOUTS, THEMES
from .errors import MapFormatError
from .outline_common import MAX_NODES

FORMAT_NAME = "mindmap"
#: The newest version this reader reads. Version 2 adds the facilitation keys (``action``,
#: ``parked_from``, ``parking_lot`` on nodes, ``voting_rounds`` on the map); a map using none
#: of them is still written as version 1, so older versions of the app keep opening it, and
#: an older version opening a version 2 file says "written by a newer version" instead of
#: losing the actions.
FORMAT_VERSION = 2
FORMAT = f"{FORMAT_NAME}/1"
FORMAT_2 = f"{FORMAT_NAME}/2"
#: node keys that need format version 2
V2_NODE_KEYS = ("action", "parked_from", "parking_lot")
ROUND_KEYS = ("date", "dots", "people", "placed")
VIEW_KEYS = ("name", "tags", "text", "min_votes", "mode")

#: Keys in the order they are written (a node's attributes in the model's table order).
MAP_KEYS = ("format", "title", "layout", "theme", "tags", "root", "floating", "links",
            "voting_rounds", "views")
NODE_KEYS = ("id", *NODE_ATTRIBUTES, "children")
LINK_KEYS = ("from", "to", "label")

_FORMAT_RE = re.compile(r"\s*mindmap/(\d+)\s*")


class MarkedMap(dict):
    """A YAML mapping that remembers its start ``mark`` and the mark of each key."""

    __slots__ = ("mark", "key_marks", "raw")

    def __init__(self, mark: Any) -> None:
        super().__init__()
        self.mark = mark
        self.key_marks: dict[Any, Any] = {}
        #: key -> source text, for values YAML turned into something other than a string
        self.raw: dict[Any, str] | None = None


class MarkedList(list):
    """A YAML sequence that remembers its start ``mark`` and the mark of each item."""

    __slots__ = ("mark", "item_marks", "raw")

    def __init__(self, mark: Any) -> None:
        super().__init__()
        self.mark = mark
        self.item_marks: list[Any] = []
        self.raw: dict[int, str] | None = None


def found(value: Any, raw: str | None = None) -> str:
    """What the user wrote, in words, for an error message."""
    if isinstance(value, MarkedMap):
        return "a mapping"
    if isinstance(value, MarkedList):
        if 0 < len(value) <= 4 and not any(isinstance(v, MarkedMap | MarkedList) for v in value):
            return "the list [" + ", ".join(_item(v) for v in value) + "]"
        return "a list" if value else "an empty list"
    if raw is not None:
        if value is None:
            kind = "nothing (null)"
        elif isinstance(value, bool):
            kind = "the boolean " + ("true" if value else "false")
        elif isinstance(value, int | float):
            kind = f"the number {value!r}"
        elif isinstance(value, date):
            kind = "a date"
        else:
            kind = type(value).__name__
        return f"{raw} (YAML reads it as {kind})"
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return "text " + _short(value)
    return repr(value)


def _item(value: Any) -> str:
    return _short(value) if isinstance(value, str) else repr(value)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


class MapBuilder:
    """Turns one parsed document into a :class:`MindMap`, or raises :class:`MapFormatError`."""

    def __init__(self, path: Any = None) -> None:
        self.path = path
        #: per node in pre-order: [id or None, parent index or None, order, attrs, node map]
        self.nodes: list[list[Any]] = []
        #: explicit id -> index into self.nodes
        self.explicit: dict[str, int] = {}
        self.floating: list[int] = []

    # ------------------------------------------------------------------ errors
    def fail(self, message: str, mark: Any = None) -> MapFormatError:
        if mark is None:
            return MapFormatError(message, self.path)
        return MapFormatError(message, self.path, mark.line + 1, mark.column + 1)

    def _value_mark(self, container: MarkedMap, key: Any) -> Any:
        return container.key_marks.get(key, container.mark)

    def _raw(self, container: MarkedMap | MarkedList, key: Any) -> str | None:
        return container.raw.get(key) if container.raw else None

    # ------------------------------------------------------------------ the document
    def build(self, document: Any, mark: Any) -> MindMap:
        if not isinstance(document, MarkedMap):
            raise self.fail(f"this is not a mind map file: expected 'format: {FORMAT}' and a "
                            f"root node, found {found(document)}", mark)
        self._check_format(document)
        for key in document:
            if key not in MAP_KEYS:
                raise self.fail(f"unknown key {key!r} at the top level (known keys: "
                                f"{', '.join(MAP_KEYS)})", document.key_marks[key])
        title = self._text_value(document, "title", "the title")
        layout = self._choice(document, "layout", LAYOUTS, "balanced")
        theme = self._choice(document, "theme", THEMES, "light")
        root = document.get("root")
        if root is None:
            raise self.fail("missing 'root:' (the central node, a mapping with 'text: ...')",
                            self._value_mark(document, "root"))
        self._walk(root, self._value_mark(document, "root"), "the root")
        floating = document.get("floating")
        if floating is not None:
            if not isinstance(floating, MarkedList):
                raise self.fail(f"'floating' must be a list of nodes, found {found(floating)}",
                                document.key_marks["floating"])
            for item, item_mark in zip(floating, floating.item_marks, strict=True):
                self.floating.append(len(self.nodes))
                self._walk(item, item_mark, "a floating node")
        ids = self._assign_ids()
        links = self._links(document.get("links"), document.key_marks.get("links"))
        rounds = self._rounds(document)
        views = self._views(document)
        return self._make_map(title, layout, theme, ids, links,
                              tag_colors=self._tag_colors(document), voting_rounds=rounds,
                              views=views)

    def _tag_colors(self, document: MarkedMap) -> dict[str, str]:
        """``tags: {threat: '#b03a2e'}``: a tag's own colour in this map."""
        value = document.get("tags")
        if value is None:
            return {}
        mark = document.key_marks["tags"]
        if not isinstance(value, MarkedMap):
            raise self.fail(f"'tags' at the top level must map a tag to its colour, such as "
                            f"{{threat: '#b03a2e'}}, found {found(value)}", mark)
        out = {}
        for tag, colour in value.items():
            where = value.key_marks[tag]
            if not isinstance(tag, str) or not tag:
                raise self.fail(f"a tag in 'tags' must be text, found {found(tag)}", where)
            if not isinstance(colour, str) or not HEX_COLOR.fullmatch(colour):
                raise self.fail(f"the colour of tag {tag!r} must be '#rrggbb' in quotes, found "
                                f"{found(colour, self._raw(value, tag))}", where)
            out[tag] = colour.lower()
        return out

    def _views(self, document: MarkedMap) -> tuple[dict[str, Any], ...]:
        value = document.get("views")
        if value is None:
            return ()
        mark = document.key_marks["views"]
        if not isinstance(value, MarkedList):
            raise self.fail(f"'views' must be a list of {{name: ..., tags: [...], text: ..., "
                            f"min_votes: n, mode: dim|hide}}, found {found(value)}", mark)
        for i, item_mark in enumerate(value.item_marks):
            try:
                normalise_views(value[:i + 1])
            except (TypeError, ValueError) as exc:
                raise self.fail(f"a view: {exc}", item_mark) from None
        return normalise_views(value)

    def _rounds(self, document: MarkedMap) -> tuple[dict[str, Any], ...]:
        value = document.get("voting_rounds")
        if value is None:
            return ()
        mark = document.key_marks["voting_rounds"]
        if not isinstance(value, MarkedList):
            raise self.fail(f"'voting_rounds' must be a list of {{date: ..., dots: n, people: "
                            f"n, placed: n}}, found {found(value)}", mark)
        for item, item_mark in zip(value, value.item_marks, strict=True):
            try:
                normalise_rounds([item])
            except (TypeError, ValueError) as exc:
                raise self.fail(f"a voting round: {exc}", item_mark) from None
        return normalise_rounds(value)

    def _check_format(self, document: MarkedMap) -> None:
        if "format" not in document:
            raise self.fail(f"missing 'format: {FORMAT}' at the top: is this a mind map file?",
                            document.mark)
        value = document["format"]
        mark = document.key_marks["format"]
        match = _FORMAT_RE.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            raise self.fail(f"unknown format {found(value, self._raw(document, 'format'))}: "
                            f"expected 'format: {FORMAT}'", mark)
        version = int(match.group(1))
        if version > FORMAT_VERSION:
            raise self.fail(f"this map was written by a newer version of the app (format "
                            f"{FORMAT_NAME}/{version}); this version reads {FORMAT} and "
                            f"{FORMAT_2}: please update the app", mark)
        if version < 1:
            raise self.fail(f"unknown format version {value.strip()!r}: expected {FORMAT}", mark)

    def _text_value(self, document: MarkedMap, key: str, what: str) -> str:
        value = document.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{what} must be text, found "
                            f"{found(value, self._raw(document, key))}: put it in quotes",
                            document.key_marks[key])
        return value

    def _choice(self, document: MarkedMap, key: str, allowed: tuple[str, ...],
                default: str) -> str:
        value = document.get(key)
        if value is None:
            return default
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(f"'{key}' must be one of {', '.join(allowed)}; found "
                            f"{found(value, self._raw(document, key))}",
                            document.key_marks[key])
        return value

    # ---------------------------------------------------------------------- nodes
    def _walk(self, top: Any, top_mark: Any, what: str) -> None:
        """Check the tree under ``top`` and append its nodes in pre-order (iteratively)."""
        nodes = self.nodes
        stack: list[tuple[Any, Any, int | None, int, int]] = [(top, top_mark, None, 0, 0)]
        while stack:
            value, mark, parent, order, depth = stack.pop()
            if not isinstance(value, MarkedMap):
                place = what if parent is None else "a child node"
                raise self.fail(f"{place} must be a mapping with 'text: ...', found "
                                f"{found(value)}", mark)
            if depth > MAX_DEPTH:
                raise self.fail(f"the map is more than {MAX_DEPTH} levels deep (this node is "
                                f"at level {depth}); the format holds at most {MAX_DEPTH}",
                                value.mark)
            index = len(nodes)
            if index >= MAX_NODES:
                raise self.fail(f"the map has more than {MAX_NODES:,} nodes (the limit is "
                                f"{MAX_NODES:,})", value.mark)
            node_id, attrs, children = self._node(value)
            nodes.append([node_id, parent, order, attrs, value])
            if node_id is not None:
                first = self.explicit.setdefault(node_id, index)
                if first != index:
                    line = nodes[first][4].mark.line + 1
                    raise self.fail(f"duplicate id {node_id!r} (already used by the node at "
                                    f"line {line})", value.key_marks["id"])
            if children:
                marks = children.item_marks
                for i in range(len(children) - 1, -1, -1):
                    stack.append((children[i], marks[i], index, i, depth + 1))

    def _node(self, node: MarkedMap) -> tuple[str | None, dict[str, Any], MarkedList | None]:
        attrs: dict[str, Any] = {"text": ""}
        node_id = None
        children = None
        for key, value in node.items():
            if key == "text":
                if type(value) is str:
                    attrs["text"] = value
                elif value is not None:
                    raise self._type_error(node, key, "text", text_expected=True)
            elif key == "id":
                node_id = self._id(node, key, value)
            elif key == "children":
                if isinstance(value, MarkedList):
                    children = value
                elif value is not None:
                    raise self.fail(f"'children' of {self._who(node)} must be a list of nodes "
                                    f"(each line starting with '- '), found {found(value)}",
                                    node.key_marks[key])
            elif key in _ATTR_CHECKS:
                value = _ATTR_CHECKS[key](self, node, key, value)
                if value is not None:
                    attrs[key] = value
            else:
                raise self.fail(f"unknown key {key!r} in {self._who(node)} (known keys: "
                                f"{', '.join(NODE_KEYS)})", node.key_marks[key])
        return node_id, attrs, children

    def _who(self, node: MarkedMap) -> str:
        node_id = node.get("id")
        line = node.mark.line + 1
        if isinstance(node_id, str) and node_id:
            return f"node {node_id!r} (line {line})"
        return f"the node at line {line}"

    def _type_error(self, node: MarkedMap, key: str, expected: str,
                    text_expected: bool = False) -> MapFormatError:
        raw = self._raw(node, key)
        value = node[key]
        who, what = self._who(node), found(value, raw)
        if raw is not None and text_expected:
            return self.fail(f"'{key}' of {who} must be {expected}, found {what}: put it in "
                             f"quotes", node.key_marks[key])
        return self.fail(f"'{key}' of {who} must be {expected}, found {what}",
                         node.key_marks[key])

    def _id(self, node: MarkedMap, key: str, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str) or not value:
            raise self._type_error(node, key, "a non-empty text", text_expected=True)
        return value

    # -------------------------------------------------------------- attributes
    def _note(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise self._type_error(node, key, "text", text_expected=True)
        return normalise_attr(key, value)

    def _tags(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, MarkedList):
            raise self._type_error(node, key, "a list of strings such as [threat, local]")
        for i, tag in enumerate(value):
            if not isinstance(tag, str):
                raw = self._raw(value, i)
                who, what = self._who(node), found(tag, raw)
                raise self.fail(f"'tags' of {who} must be a list of strings, found {what}: put "
                                f"it in quotes" if raw is not None else
                                f"'tags' of {who} must be a list of strings, found {what}",
                                value.item_marks[i])
        return normalise_attr(key, value)

    def _style(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, MarkedMap):
            raise self._type_error(node, key, "a mapping of strings such as {color: '#b03a2e'}")
        for name, item in value.items():
            if not isinstance(name, str):
                raise self.fail(f"'style' of {self._who(node)} has a key {found(name)} that is "
                                f"not text", value.key_marks[name])
            if not isinstance(item, str):
                raw = self._raw(value, name)
                who, what = self._who(node), found(item, raw)
                if item is None:
                    text = (f"style {name!r} of {who} must be text, found {what}: write the "
                            f"value in quotes, e.g. color: '#b03a2e' (an unquoted # starts a "
                            f"comment)")
                elif raw is not None:
                    text = f"style {name!r} of {who} must be text, found {what}: put it in quotes"
                else:
                    text = f"style {name!r} of {who} must be text, found {what}"
                raise self.fail(text, value.key_marks[name])
        return normalise_attr(key, value)

    def _votes(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self._type_error(node, key, "a whole number, 0 or more")
        return normalise_attr(key, value)

    def _side(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is None:
            return None
        if value not in ("left", "right"):
            raise self._type_error(node, key, "left or right")
        return normalise_attr(key, value)

    def _folded(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self._type_error(node, key, "true or false")
        return normalise_attr(key, value)

    def _pos(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is None:
            return None
        ok = isinstance(value, MarkedList) and len(value) == 2 and all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
            for v in value)
        if not ok:
            raise self._type_error(node, key, "two numbers such as [420.0, -80.0]")
        return normalise_attr(key, value)

    def _facilitation(self, node: MarkedMap, key: str, value: Any) -> Any:
        """``action``, ``parked_from``, ``parking_lot`` (format version 2)."""
        if value is None:
            return None
        if key == "parking_lot" and not isinstance(value, bool):
            raise self._type_error(node, key, "true or false")
        if key != "parking_lot" and not isinstance(value, MarkedMap | bool):
            expected = ("a mapping such as {owner: Ana, due: 2026-12-31}" if key == "action"
                        else "a mapping such as {parent: threats, index: 2}")
            raise self._type_error(node, key, expected)
        try:
            return normalise_attr(key, value)
        except (TypeError, ValueError) as exc:
            raise self.fail(f"'{key}' of {self._who(node)}: {exc}",
                            node.key_marks[key]) from None

    def _link(self, node: MarkedMap, key: str, value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise self._type_error(node, key, "the path of a map file", text_expected=True)
        return normalise_attr(key, value)

    # ------------------------------------------------------------------ ids, links
    def _assign_ids(self) -> list[str]:
        """Every node's id: explicit ones kept, missing ones ``n1, n2, ...`` in pre-order,
        skipping every id written anywhere in the file."""
        explicit = self.explicit
        ids = []
        counter = 0
        for record in self.nodes:
            node_id = record[0]
            if node_id is None:
                counter += 1
                while f"n{counter}" in explicit:
                    counter += 1
                node_id = f"n{counter}"
            ids.append(node_id)
        return ids

    def _links(self, links: Any, mark: Any) -> list[tuple[str, str, str]]:
        if links is None:
            return []
        if not isinstance(links, MarkedList):
            raise self.fail(f"'links' must be a list of {{from: id, to: id, label: text}}, "
                            f"found {found(links)}", mark)
        out: list[tuple[str, str, str]] = []
        seen: dict[tuple[str, str], Any] = {}
        for item, item_mark in zip(links, links.item_marks, strict=True):
            if not isinstance(item, MarkedMap):
                raise self.fail(f"a link must be a mapping {{from: id, to: id}}, found "
                                f"{found(item)}", item_mark)
            for key in item:
                if key not in LINK_KEYS:
                    raise self.fail(f"unknown key {key!r} in a link (known keys: from, to, "
                                    f"label)", item.key_marks[key])
            ends = []
            for key in ("from", "to"):
                if item.get(key) is None:
                    raise self.fail(f"a link needs '{key}: <node id>'", item.mark)
                end = item[key]
                if isinstance(end, int) and not isinstance(end, bool):
                    end = str(end)
                if not isinstance(end, str):
                    raise self.fail(f"'{key}' of a link must be a node id, found "
                                    f"{found(end, self._raw(item, key))}", item.key_marks[key])
                if end not in self.explicit:
                    direction = "from" if key == "from" else "to"
                    raise self.fail(f"link {direction} unknown id {end!r}: no node has "
                                    f"'id: {end}'", item.key_marks[key])
                ends.append(end)
            source, target = ends
            if source == target:
                raise self.fail(f"a link from node {source!r} to itself", item.mark)
            first = seen.setdefault((source, target), item.mark)
            if first is not item.mark:
                raise self.fail(f"the link from {source!r} to {target!r} is listed twice "
                                f"(first at line {first.line + 1})", item.mark)
            label = item.get("label")
            if label is not None and not isinstance(label, str):
                raise self.fail(f"the label of a link must be text, found "
                                f"{found(label, self._raw(item, 'label'))}",
                                item.key_marks["label"])
            out.append((source, target, label or ""))
        return out

    # ------------------------------------------------------------------ the map
    def _make_map(self, title: str, layout: str, theme: str, ids: list[str],
                  links: list[tuple[str, str, str]], **values: Any) -> MindMap:
        records = ((ids[i], None if parent is None else ids[parent], attrs)
                   for i, (_, parent, _, attrs, _) in enumerate(self.nodes))
        try:
            return MindMap.from_records(records, links, title=title, layout=layout,
                                        theme=theme, **values)
        except InvariantError as exc:
            raise self.fail(f"the map is not consistent: {exc}") from None


_ATTR_CHECKS = {
    "note": MapBuilder._note,
    "tags": MapBuilder._tags,
    "style": MapBuilder._style,
    "votes": MapBuilder._votes,
    "folded": MapBuilder._folded,
    "pos": MapBuilder._pos,
    "link": MapBuilder._link,
    "side": MapBuilder._side,
    "action": MapBuilder._facilitation,
    "parked_from": MapBuilder._facilitation,
    "parking_lot": MapBuilder._facilitation,
}
# every attribute of the model's table is checked here (text has its own branch in _node)
assert set(_ATTR_CHECKS) == set(NODE_ATTRIBUTES) - {"text"}, "yaml_validate: attribute table"
