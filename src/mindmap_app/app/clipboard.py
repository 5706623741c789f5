"""Copy and paste of subtrees: the clipboard carries a map fragment and a plain outline.

Other programs get the indented outline (text/plain); we read back our own fragment when it
is there, otherwise plain text from another program becomes an outline.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

from ..io.errors import MapFormatError
from ..model import Fragment, MindMap
from ..model.mind_map import normalise_attr

MIME_FRAGMENT = "application/x-mindmap-fragments+json"


def fragments_to_mime(mind_map: MindMap, tops: list[str]) -> QMimeData:
    fragments = [Fragment.from_map(mind_map, top, inner_links_only=True) for top in tops]
    payload = [{"nodes": [[n, p, _jsonable(a)] for n, p, a in f.nodes],
                "links": [list(link) for link in f.links]} for f in fragments]
    mime = QMimeData()
    mime.setData(MIME_FRAGMENT, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText(outline_text(mind_map, tops))
    return mime


def outline_text(mind_map: MindMap, tops: list[str]) -> str:
    """The subtrees as a tab-indented outline, one node per line."""
    lines: list[str] = []
    for top in tops:
        stack = [(top, 0)]
        while stack:
            node, level = stack.pop()
            text = " ".join(mind_map.text(node).split())
            lines.append("\t" * level + text)
            stack.extend((c, level + 1) for c in reversed(mind_map.children(node)))
    return "\n".join(lines) + "\n"


def fragments_from_mime(mime: QMimeData | None) -> list[Fragment]:
    """Fragments from the clipboard: ours if present, else an outline from plain text (an
    empty clipboard is None on Qt's own platforms: offscreen, minimal, VNC, eglfs)."""
    if mime is None:
        return []
    if mime.hasFormat(MIME_FRAGMENT):
        try:
            payload = json.loads(bytes(mime.data(MIME_FRAGMENT)).decode("utf-8"))
            # a lone surrogate (a "\ud800" escape) raises here: no map could save it
            json.dumps(payload, ensure_ascii=False).encode("utf-8")
            return [_fragment_from_json(item) for item in payload]
        except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
            pass  # not a fragment we wrote: use the text
    if mime.hasText():
        from ..io.indented_text import fragments_from_text
        try:
            # as deep as the text goes: paste refuses too deep a branch with a message
            return fragments_from_text(mime.text().replace("\x00", ""), limit_depth=False)
        except MapFormatError:  # over 50 MB
            return []
    return []


def _jsonable(attrs: dict) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in attrs.items()}


def _fragment_from_json(item: dict) -> Fragment:
    nodes = []
    for node, parent, attrs in item["nodes"]:
        if not isinstance(parent, str | None) or not isinstance(attrs, dict):
            raise ValueError("not a fragment")
        clean: dict = {"text": ""}
        for key, value in attrs.items():
            stored = normalise_attr(key, value)
            if key == "votes" and stored is not None and stored < 0:
                raise ValueError("negative votes")
            if key == "style" and stored and not all(
                    isinstance(v, str) for v in (*stored, *stored.values())):
                raise ValueError("a style must hold text")
            if stored is not None or key == "text":
                clean[key] = stored if stored is not None else ""
        nodes.append((str(node), parent, clean))
    if not nodes:
        raise ValueError("an empty fragment")
    links = tuple((str(a), str(b), str(label)) for a, b, label in item.get("links", []))
    return Fragment(tuple(nodes), links)
