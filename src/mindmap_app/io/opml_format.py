"""OPML 2.0 outlines (http://opml.org/spec2.opml), both directions.

Export::

    <?xml version="1.0" encoding="UTF-8"?>
    <opml version="2.0">
      <head>
        <title>map title (or the root's text)</title>
      </head>
      <body>
        <outline text="root" _note="its note">
          <outline text="child" category="tag1,tag2"/>
        </outline>
        <outline text="a floating subtree"/>
      </body>
    </opml>

``text`` carries the node text and ``_note`` the note (the attribute OmniOutliner,
Dynalist, Workflowy and others use), both with line breaks kept; tags go to the standard
``category`` attribute (comma separated; a tag holding a comma, starting with a slash or
with spaces at its ends is left out). Folding,
colours and links have no place in OPML and are not written.

Import, as outliners write OPML (OmniOutliner, Dynalist, Workflowy, Logseq): the first
top-level ``outline`` is the root, further top-level outlines become floating subtrees beside
it (nothing is dropped and no node is invented); the head's ``title`` becomes the map title.
The text is ``text``, else ``title``; ``_note`` is the note; inline HTML that some of them
write into these (``<b>..</b>``, ``<i>``, ``<a href>``, ``<span>``) is reduced to its text,
HTML entities (``&nbsp;``, ``&eacute;``...) are read as the characters they name;
``_complete="true"`` (Workflowy) and ``_status="checked"`` (OmniOutliner, Dynalist) add the
tag ``done``. Other attributes (``type``, ``url``, ``created``...) are ignored. A body
without outlines is refused. DOCTYPEs are refused (no entity tricks).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import MAX_DEPTH, MindMap
from .atomic import atomic_write_text
from .errors import MapFormatError
from .outline_common import (
    OutlineBuilder,
    XmlReader,
    depth_error,
    html_to_text,
    read_input,
    walk_events,
    xml_attr,
    xml_text,
)

#: the tag given to an item ticked off in the outliner
DONE_TAG = "done"
#: an element such as <b>...</b> or <a href="...">...</a> (an opening tag with its closing tag:
#: a lone "<b>" or "<br>" may well be the text itself, and our own export writes texts as
#: they are)
_INLINE_HTML = re.compile(r"<(b|i|u|s|em|strong|span|a|code|mark|del|strike|sub|sup|font|p|"
                          r"div)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


class _OpmlReader(XmlReader):
    def __init__(self, path: str | Path | None) -> None:
        super().__init__(path)
        self.builder = OutlineBuilder(path)
        self.elements: list[str] = []        # names of the open elements
        self.outlines: list[int] = []        # the open outline nodes
        self.skipping = 0                    # depth inside an ignored element
        self.title_parts: list[str] | None = None
        self.title = ""

    def start(self, name: str, attrs: dict[str, str]) -> None:
        parent = self.elements[-1] if self.elements else None
        self.elements.append(name)
        if self.skipping:
            self.skipping += 1
            return
        if parent is None:
            if name != "opml":
                raise self.error(f"not an OPML file: the document is <{name}>, not <opml>")
        elif name == "outline" and parent in ("body", "outline"):
            if len(self.outlines) > MAX_DEPTH:
                raise depth_error(self.path, self.line)
            tags = [t.strip() for t in attrs.get("category", "").split(",")]
            tags = [t.lstrip("/") for t in tags if t.strip("/")]
            if (attrs.get("_complete", "").lower() == "true"
                    or attrs.get("_status", "").lower() in ("checked", "done")):
                tags.append(DONE_TAG)       # Workflowy, OmniOutliner, Dynalist: ticked off
            text = attrs.get("text") or attrs.get("title") or ""
            node = self.builder.add(self.outlines[-1] if self.outlines else None,
                                    _plain(text), self.line,
                                    note=_plain(attrs.get("_note", ""), lines=True),
                                    tags=tags)
            self.outlines.append(node)
        elif name == "title" and parent == "head":
            self.title_parts = []
        elif name not in ("head", "body"):
            self.skipping = 1

    def end(self, name: str) -> None:
        self.elements.pop()
        if self.skipping:
            self.skipping -= 1
        elif name == "outline":
            self.outlines.pop()
        elif name == "title" and self.title_parts is not None:
            self.title = "".join(self.title_parts).strip()
            self.title_parts = None

    def data(self, text: str) -> None:
        if self.title_parts is not None and not self.skipping:
            self.title_parts.append(text)


def _plain(text: str, *, lines: bool = False) -> str:
    """``text`` without the inline HTML some outliners write into it (``<b>...</b>``,
    ``<a href>...</a>``, with ``<br>`` inside); text without such elements is kept exactly
    (``a < b`` and a lone ``<br>`` stay)."""
    if not _INLINE_HTML.search(text):
        return text
    if lines:
        text = "<br>".join(text.replace("\r\n", "\n").split("\n"))
    return html_to_text(text)


def loads(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read an OPML document. Raises :class:`MapFormatError` for input it cannot use."""
    reader = _OpmlReader(path)
    reader.feed(data)
    tops = reader.builder.top_level()
    if not tops:
        raise MapFormatError("the OPML body has no outline elements: nothing to import", path)
    return reader.builder.build(tops[0], title=reader.title)


def load(path: str | Path) -> MindMap:
    return loads(read_input(path), path)


def dumps(mind_map: MindMap) -> str:
    """The map as an OPML 2.0 document (the main tree first, then the floating subtrees)."""
    title = mind_map.title or mind_map.text(mind_map.root)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
           f"    <title>{xml_text(title)}</title>", "  </head>", "  <body>"]
    for top in mind_map.roots():
        for opening, node, level, has_children in walk_events(mind_map, top):
            indent = "  " * (level + 2)
            if not opening:
                out.append(f"{indent}</outline>")
                continue
            data = mind_map.attrs(node)
            attrs = f' text="{xml_attr(data["text"])}"'
            if data["note"]:
                attrs += f' _note="{xml_attr(data["note"])}"'
            tags = [t for t in data["tags"] if _portable_tag(t)]
            if tags:
                attrs += f' category="{xml_attr(",".join(tags))}"'
            out.append(f"{indent}<outline{attrs}{'>' if has_children else '/>'}")
    out += ["  </body>", "</opml>"]
    return "\n".join(out) + "\n"


def _portable_tag(tag: str) -> bool:
    """A tag that reads back the same from a ``category`` list."""
    return bool(tag) and tag == tag.strip() and "," not in tag and not tag.startswith("/")


def save(mind_map: MindMap, path: str | Path) -> None:
    atomic_write_text(path, dumps(mind_map))
