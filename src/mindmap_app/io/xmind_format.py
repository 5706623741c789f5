"""XMind workbooks (``.xmind``), import only.

A ``.xmind`` file is a zip archive. XMind Zen / XMind 2020 and later keep the map in
``content.json``; XMind 8 (and earlier) in ``content.xml`` (namespace
``urn:xmind:xmap:xmlns:content:2.0``). Newer files may hold both (their ``content.xml`` is
only a warning for old versions): ``content.json`` is read when present.

What is read, from either form:

=====================================  =================================================
XMind                                  the map
=====================================  =================================================
first sheet's root topic               the root (its ``title`` the text)
attached subtopics                     children, in order
detached (floating) topics             floating subtrees
the other sheets' root topics          floating subtrees, after those of the first sheet
notes (plain text; else HTML as text)  note
labels, markers (``priority-1``...)    tags (labels first, then marker ids)
``href`` to a web page or a file       ``link``; ``xmind:#id`` to a topic: a cross-link
relationships (``end1Id``/``end2Id``)  cross-links, labelled by their title
folded (``branch: folded``)            folded
fill (``svg:fill``)                    fill (``style.background``)
line colour (``line-color``)           branch colour (``style.color``)
first sheet's title                    map title (not a generic "Sheet 1")
=====================================  =================================================

A topic's style is its ``style.properties`` in content.json; in content.xml its
``style-id``, whose ``<topic-properties>`` styles.xml holds. Colours are ``#rgb`` or
``#rrggbb``; anything else is left out, as is a styles.xml that cannot be read (the map is
imported without its colours).

Dropped: other styles (fonts, shapes, text colours), themes, images, attachments, summaries,
boundaries, positions.

The archive is read in memory, never extracted: archives with more than 10,000 entries, an
entry path that is absolute or climbs out (``../``), an encrypted content entry, a content
entry over 50 MB or one that unpacks to more than 100 times its packed size (a zip bomb) are
refused with one line, as is anything else that is not a readable XMind workbook.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
import zlib
from io import BytesIO
from pathlib import Path
from typing import Any

from ..model import MAX_DEPTH, MindMap
from .errors import MapFormatError
from .outline_common import (
    MAX_INPUT_BYTES,
    HtmlText,
    OutlineBuilder,
    XmlReader,
    depth_error,
    html_to_text,
    read_input,
)

MAX_ENTRIES = 10_000
#: an entry that unpacks to more than this many times its packed size is a zip bomb
MAX_RATIO = 100
#: entries smaller than this are not checked for their ratio (a short, repetitive map packs
#: very well)
RATIO_FLOOR = 1024 * 1024
_GENERIC_SHEET = re.compile(r"(?:sheet|map|canvas|画布)\s*\d+", re.IGNORECASE)
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
               OSError, RuntimeError, OverflowError, UnicodeDecodeError)


# ---------------------------------------------------------------------------- archive
def _check_names(archive: zipfile.ZipFile, path: str | Path | None) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise MapFormatError(f"the archive holds more than {MAX_ENTRIES:,} entries; refusing "
                             "to read it", path)
    for info in infos:
        name = info.filename.replace("\\", "/")
        parts = name.split("/")
        if name.startswith("/") or ".." in parts or re.match(r"[A-Za-z]:", name):
            raise MapFormatError(f"the archive holds an entry with an unsafe path "
                                 f"({info.filename[:80]!r}); refusing to read it", path)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                path: str | Path | None) -> bytes:
    if info.flag_bits & 0x1:
        raise MapFormatError(f"{info.filename} is encrypted (a password-protected workbook "
                             "cannot be imported)", path)
    if info.file_size > MAX_INPUT_BYTES:
        raise MapFormatError(f"{info.filename} unpacks to more than "
                             f"{MAX_INPUT_BYTES // 2**20} MB; refusing to read it", path)
    limit = MAX_INPUT_BYTES
    if info.file_size > RATIO_FLOOR or info.compress_size * MAX_RATIO < info.file_size:
        limit = min(limit, max(RATIO_FLOOR, info.compress_size * MAX_RATIO))
    with archive.open(info) as stream:
        data = stream.read(limit + 1)   # sizes in the archive's directory can lie
    if len(data) > limit:
        raise MapFormatError(f"{info.filename} unpacks to more than {MAX_RATIO} times its "
                             "packed size (a zip bomb?); refusing to read it", path)
    return data


def _content(data: bytes, path: str | Path | None) -> tuple[str, bytes, bytes | None]:
    """``("json" | "xml", bytes of the content entry, bytes of styles.xml or None)``."""
    if len(data) > MAX_INPUT_BYTES:
        raise MapFormatError(f"the file is larger than {MAX_INPUT_BYTES // 2**20} MB; "
                             "refusing to import it", path)
    if not data.startswith(b"PK"):
        raise MapFormatError("not an XMind workbook (a .xmind file is a zip archive)", path)
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            _check_names(archive, path)
            entries = {info.filename: info for info in archive.infolist()}
            for name, kind in (("content.json", "json"), ("content.xml", "xml")):
                if name in entries:
                    styles = entries.get("styles.xml") if kind == "xml" else None
                    return (kind, _read_entry(archive, entries[name], path),
                            _read_entry(archive, styles, path) if styles else None)
    except MapFormatError:
        raise
    except _ZIP_ERRORS as exc:
        raise MapFormatError(f"not a readable XMind workbook (a damaged zip archive: "
                             f"{exc})", path) from None
    raise MapFormatError("not an XMind workbook: the archive holds neither content.json nor "
                         "content.xml", path)


# ------------------------------------------------------------------------ the outline
class _Workbook:
    """What both forms are read into before the map is built."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = path
        self.builder = OutlineBuilder(path)
        self.ids: dict[str, int] = {}
        self.relations: list[tuple[str, str, str]] = []
        self.topic_links: list[tuple[int, str]] = []
        self.title = ""
        self.floating: list[int] = []
        self.root: int | None = None

    def add_topic(self, parent: int | None, topic_id: Any, title: Any, line: int | None,
                  depth: int) -> int:
        if depth > MAX_DEPTH:
            raise depth_error(self.path, line)
        node = self.builder.add(parent, _text(title), line)
        if isinstance(topic_id, str) and topic_id and topic_id not in self.ids:
            self.ids[topic_id] = node
        return node

    def set_href(self, node: int, href: Any) -> None:
        if not isinstance(href, str) or not href.strip():
            return
        href = href.strip()
        if href.startswith("xmind:#"):
            self.topic_links.append((node, href[len("xmind:#"):]))
        else:
            self.builder.set(node, "link", href)

    def set_style(self, node: int, properties: Any) -> None:
        """The colours among a topic's style ``properties`` (see the module's table)."""
        if not isinstance(properties, dict):
            return
        style = {key: colour for prop, key in _STYLE_KEYS
                 if (colour := _colour(properties.get(prop))) is not None}
        if style:
            self.builder.set(node, "style", style)

    def add_tags(self, node: int, tags: list[str]) -> None:
        tags = [t for t in tags if t]
        if tags:
            old = self.builder.get(node, "tags", ())
            self.builder.set(node, "tags", tuple(dict.fromkeys((*old, *tags))))

    def result(self) -> MindMap:
        builder = self.builder
        if self.root is None:
            raise MapFormatError("the workbook has no sheet with a root topic: nothing to "
                                 "import", self.path)
        for node in self.floating:
            builder.detach(node)
        for source, target_id, label in self.relations:
            if source in self.ids and target_id in self.ids:
                builder.add_link(self.ids[source], self.ids[target_id], label)
        for node, target_id in self.topic_links:
            if target_id in self.ids:
                builder.add_link(node, self.ids[target_id], "")
        title = "" if _GENERIC_SHEET.fullmatch(self.title.strip()) else self.title.strip()
        return builder.build(self.root, title=title)


#: XMind's style properties -> the map's style keys
_STYLE_KEYS = (("svg:fill", "background"), ("line-color", "color"))
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def _colour(value: Any) -> str | None:
    """``#rgb`` or ``#rrggbb`` as ``#rrggbb`` (lower case); None for anything else."""
    if not isinstance(value, str) or not _HEX_COLOUR.fullmatch(value.strip()):
        return None
    digits = value.strip()[1:].lower()
    return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


# ------------------------------------------------------------------- content.json
def _json_note(notes: Any) -> str:
    if not isinstance(notes, dict):
        return ""
    plain = notes.get("plain")
    if isinstance(plain, dict) and isinstance(plain.get("content"), str):
        return plain["content"].replace("\r\n", "\n").strip("\n")
    for key in ("realHTML", "html"):
        rich = notes.get(key)
        if isinstance(rich, dict) and isinstance(rich.get("content"), str):
            return html_to_text(rich["content"])
    return ""


def _json_tags(topic: dict) -> list[str]:
    """Labels, then marker ids."""
    labels, markers = topic.get("labels"), topic.get("markers")
    tags = [t for t in labels if isinstance(t, str)] if isinstance(labels, list) else []
    if isinstance(markers, list):
        tags += [m["markerId"] for m in markers
                 if isinstance(m, dict) and isinstance(m.get("markerId"), str)]
    return tags


def _json_children(topic: dict, key: str) -> list:
    children = topic.get("children")
    if not isinstance(children, dict):
        return []
    found = children.get(key)
    return [t for t in found if isinstance(t, dict)] if isinstance(found, list) else []


def _read_json(book: _Workbook, data: bytes) -> None:
    # a topic nests three JSON levels deep (topic, children, attached): room for the deepest
    # legal map, and no more (the JSON parser recurses in C)
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 3 * MAX_DEPTH + 1000))
    try:
        sheets = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise MapFormatError(f"content.json is not valid JSON ({exc})", book.path) from None
    except RecursionError:
        raise MapFormatError(f"content.json is nested too deeply (more than {MAX_DEPTH} "
                             "levels deep)", book.path) from None
    finally:
        sys.setrecursionlimit(old_limit)
    if isinstance(sheets, dict):      # some writers store one sheet, not a list
        sheets = [sheets]
    if not isinstance(sheets, list):
        raise MapFormatError("content.json holds no sheets (expected a list of sheets)",
                             book.path)
    for sheet in sheets:
        if not isinstance(sheet, dict) or not isinstance(sheet.get("rootTopic"), dict):
            continue
        first = book.root is None
        if first:
            book.title = _text(sheet.get("title"))
        # (topic, parent node, depth, floating?) iteratively: no recursion on deep maps
        stack: list[tuple[dict, int | None, int, bool]] = [(sheet["rootTopic"], None, 0,
                                                             not first)]
        while stack:
            topic, parent, depth, floating = stack.pop()
            node = book.add_topic(parent, topic.get("id"), topic.get("title"), None, depth)
            if parent is None and first and book.root is None:
                book.root = node
            elif floating:
                book.floating.append(node)
            note = _json_note(topic.get("notes"))
            if note:
                book.builder.set(node, "note", note)
            book.add_tags(node, _json_tags(topic))
            book.set_href(node, topic.get("href"))
            if topic.get("branch") == "folded":
                book.builder.set(node, "folded", True)
            style = topic.get("style")
            book.set_style(node, style.get("properties") if isinstance(style, dict) else None)
            below = [(t, node, depth + 1, False) for t in _json_children(topic, "attached")]
            below += [(t, node, 0, True) for t in _json_children(topic, "detached")]
            stack.extend(reversed(below))
        for relation in sheet.get("relationships") or ():
            if isinstance(relation, dict):
                book.relations.append((relation.get("end1Id"), relation.get("end2Id"),
                                       _text(relation.get("title"))))


# -------------------------------------------------------------------- content.xml
class _XmlStyles(XmlReader):
    """XMind 8's styles.xml: ``<style id=...><topic-properties svg:fill=... line-color=...>``
    anywhere in it (its styles, automatic styles and master styles) -> ``styles``."""

    def __init__(self, path: str | Path | None) -> None:
        super().__init__(path)
        self.styles: dict[str, dict[str, str]] = {}
        self._style: str | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        name = name.rsplit(":", 1)[-1]
        if name == "style":
            self._style = attrs.get("id")
        elif name == "topic-properties" and self._style:
            self.styles[self._style] = dict(attrs)

    def end(self, name: str) -> None:
        if name.rsplit(":", 1)[-1] == "style":
            self._style = None

    def data(self, text: str) -> None:
        pass


class _XmlContent(XmlReader):
    """XMind 8's content.xml: <sheet><topic><title/><notes/><labels/><marker-refs/>
    <children><topics type="attached|detached"><topic>...</children></topic>
    <relationships><relationship end1= end2=><title/></relationship></relationships>."""

    def __init__(self, book: _Workbook, styles: dict[str, dict[str, str]] | None = None
                 ) -> None:
        super().__init__(book.path)
        self.book = book
        self.styles = styles or {}
        self.elements: list[str] = []
        self.topics: list[int] = []
        self.topic_kinds: list[str] = []     # "attached" / "detached" per open <topics>
        self.sheet = 0
        self.text: list[str] | None = None
        self.html: HtmlText | None = None
        self.relation: list[Any] | None = None
        self.skipping = 0                    # depth inside a skipped summary topic

    @staticmethod
    def _local(name: str) -> str:
        return name.rsplit(":", 1)[-1]

    def start(self, name: str, attrs: dict[str, str]) -> None:
        name = self._local(name)
        parent = self.elements[-1] if self.elements else None
        self.elements.append(name)
        if self.skipping:
            self.skipping += 1
            return
        if self.html is not None:
            self.html.start(name)
            return
        if parent is None and name != "xmap-content":
            raise self.error(f"not an XMind content.xml: the document is <{name}>")
        book = self.book
        if name == "sheet" and parent == "xmap-content":
            self.sheet += 1
        elif name == "topic" and parent == "topics" and (
                not self.topics or self.topic_kinds[-1] not in ("attached", "detached")):
            self.skipping = 1                # a summary's topic: not part of the tree
        elif name == "topic" and (parent == "sheet" or parent == "topics"):
            floating = parent == "topics" and self.topic_kinds[-1] == "detached"
            node = book.add_topic(self.topics[-1] if parent == "topics" else None,
                                  attrs.get("id"), "", self.line, len(self.topics))
            if parent == "sheet":
                if self.sheet == 1 and book.root is None:
                    book.root = node
                else:
                    book.floating.append(node)
            elif floating:
                book.floating.append(node)
            href = attrs.get("xlink:href") or attrs.get("href")
            book.set_href(node, href)
            if attrs.get("branch") == "folded":
                book.builder.set(node, "folded", True)
            book.set_style(node, self.styles.get(attrs.get("style-id", "")))
            self.topics.append(node)
        elif name == "topics":
            self.topic_kinds.append(attrs.get("type", "attached"))
        elif name == "title" and parent in ("topic", "sheet", "relationship"):
            self.text = []
        elif name == "plain" and parent == "notes" or name == "label" and parent == "labels":
            self.text = []
        elif name == "html" and parent == "notes" and self.topics and not book.builder.get(
                self.topics[-1], "note", ""):
            self.html = HtmlText()
        elif name == "marker-ref" and parent == "marker-refs" and self.topics:
            book.add_tags(self.topics[-1], [attrs.get("marker-id", "")])
        elif name == "relationship":
            self.relation = [attrs.get("end1"), attrs.get("end2"), ""]

    def end(self, name: str) -> None:
        name = self._local(name)
        self.elements.pop()
        parent = self.elements[-1] if self.elements else None
        if self.skipping:
            self.skipping -= 1
            return
        if self.html is not None:
            if name == "html" and parent == "notes":
                self.book.builder.set(self.topics[-1], "note", self.html.text())
                self.html = None
            else:
                self.html.end(name)
            return
        book = self.book
        if name == "topic" and parent in ("sheet", "topics"):
            self.topics.pop()
        elif name == "topics":
            self.topic_kinds.pop()
        elif self.text is not None and name in ("title", "plain", "label"):
            text = "".join(self.text)
            self.text = None
            if name == "title" and parent == "topic" and self.topics:
                book.builder.set(self.topics[-1], "text", text)
            elif name == "title" and parent == "sheet" and self.sheet == 1:
                book.title = text
            elif name == "title" and parent == "relationship" and self.relation:
                self.relation[2] = text
            elif name == "plain" and self.topics:
                book.builder.set(self.topics[-1], "note", text.strip("\n"))
            elif name == "label" and self.topics:
                book.add_tags(self.topics[-1], [text.strip()])
        elif name == "relationship" and self.relation is not None:
            book.relations.append(tuple(self.relation))
            self.relation = None

    def data(self, text: str) -> None:
        if self.html is not None:
            self.html.data(text)
        elif self.text is not None:
            self.text.append(text)


# ------------------------------------------------------------------------------ API
def loads(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read an XMind workbook. Raises :class:`MapFormatError` for anything unusable."""
    if isinstance(data, str):
        raise MapFormatError("not an XMind workbook (a .xmind file is a zip archive, not "
                             "text)", path)
    kind, content, styles_xml = _content(data, path)
    book = _Workbook(path)
    if kind == "json":
        _read_json(book, content)
    else:
        styles = None
        if styles_xml is not None:
            reader = _XmlStyles(path)
            try:
                reader.feed(styles_xml)
            except MapFormatError:      # colours only: the map itself is still read
                reader.styles.clear()
            styles = reader.styles
        _XmlContent(book, styles).feed(content)
    return book.result()


def load(path: str | Path) -> MindMap:
    return loads(read_input(path), path)
