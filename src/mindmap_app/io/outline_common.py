"""Shared pieces of the outline readers and writers (Markdown, OPML, FreeMind, plain text).

* Input checks: the 50 MB size limit, decoding text files, splitting lines.
* :class:`OutlineBuilder`: a reader adds nodes in document order (parent index, text,
  attributes), then :meth:`OutlineBuilder.build` makes the :class:`MindMap` in one pass, with
  fresh ids ``n1, n2, ...`` in pre-order, refusing trees deeper than ``MAX_DEPTH`` and checking
  the model's invariants. Readers therefore never leave a half-built map behind.
* :func:`walk` and :func:`walk_events`: iterative traversals for the writers (no recursion,
  so the deepest legal map is as safe as a flat one).
* XML: :class:`XmlReader`, a thin layer over expat that refuses any DTD (so no entity
  declarations, no billion laughs, no external entities) and turns expat errors into
  :class:`MapFormatError` with line and column; escaping helpers for writers.
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat
from collections.abc import Iterator
from functools import cache
from html.entities import html5
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..model import MAX_DEPTH, InvariantError, MindMap
from ..model.attributes import normalise_attr
from ..model.mind_map import MAX_NODES as _MODEL_MAX_NODES
from .errors import MapFormatError

#: Inputs larger than this are refused before parsing.
MAX_INPUT_BYTES = 50 * 1024 * 1024
#: Outlines with more nodes than this are refused: memory and time stay bounded (a 50 MB file
#: of one-character lines would otherwise make 25 million nodes and exhaust the memory).
MAX_NODES = _MODEL_MAX_NODES   # the readers refuse what the model would not hold
#: Text for the root that a reader makes when an outline has several top-level items and no
#: file name to call the root by.
DEFAULT_ROOT_TEXT = "Imported outline"


# ------------------------------------------------------------------------------ input
def check_size(data: str | bytes, path: str | Path | None) -> None:
    """Refuse inputs over :data:`MAX_INPUT_BYTES` (a ``str`` is measured in characters, a
    lower bound on its size in bytes)."""
    if len(data) > MAX_INPUT_BYTES:
        raise MapFormatError(f"the file is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; "
                             "refusing to import it", path)


def read_input(path: str | Path) -> bytes:
    """The bytes of ``path``, refusing a file over the size limit before reading it.

    ``OSError`` (missing file, no permission) is passed on: it is not a format problem.
    """
    size = Path(path).stat().st_size
    if size > MAX_INPUT_BYTES:
        raise MapFormatError(f"the file is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; "
                             "refusing to import it", path)
    return Path(path).read_bytes()


_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_text(data: str | bytes, path: str | Path | None) -> str:
    """Text of a plain-text input: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252
    (what older Windows editors save). Binary data (NUL bytes) is refused."""
    check_size(data, path)
    if isinstance(data, str):
        text = data[1:] if data.startswith("\ufeff") else data
        if _SURROGATE.search(text):
            # only a str can hold them (a map holding one could not be saved): a pair becomes
            # its character, a lone one U+FFFD
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise MapFormatError(f"not valid UTF-16 text ({exc.reason})", path) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as utf8_error:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                line = data.count(b"\n", 0, utf8_error.start) + 1
                raise MapFormatError(
                    f"not UTF-8 text (byte 0x{data[utf8_error.start]:02x}); "
                    "save the file as UTF-8 and try again", path, line) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise MapFormatError("this looks like a binary file, not text", path, line)
    return text


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` for any line ending (only \\n, \\r\\n and \\r end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def stem_of(path: str | Path | None) -> str | None:
    if path is None:
        return None
    stem = Path(path).stem
    return stem or None


def too_many_nodes(path: str | Path | None, line: int | None) -> MapFormatError:
    return MapFormatError(f"the outline has more than {MAX_NODES:,} nodes (the limit is "
                          f"{MAX_NODES:,})", path, line)


def depth_error(path: str | Path | None, line: int | None) -> MapFormatError:
    return MapFormatError(f"the outline is more than {MAX_DEPTH} levels deep "
                          f"(the depth limit is {MAX_DEPTH})", path, line)


# ---------------------------------------------------------------------------- builder
class OutlineBuilder:
    """Collects an outline in document order and builds a checked :class:`MindMap`."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = path
        self.parents: list[int | None] = []
        self.attrs: list[dict[str, Any]] = []
        self.lines: list[int | None] = []
        self.links: list[tuple[int, int, str]] = []

    def __len__(self) -> int:
        return len(self.parents)

    def add(self, parent: int | None, text: str, line: int | None = None,
            **attrs: Any) -> int:
        """Add a node under ``parent`` (``None``: top level), after its earlier children."""
        if len(self.parents) >= MAX_NODES:
            raise too_many_nodes(self.path, line)
        data = {"text": text}
        for key, value in attrs.items():
            value = normalise_attr(key, value)
            if value is not None:
                data[key] = value
        self.parents.append(parent)
        self.attrs.append(data)
        self.lines.append(line)
        return len(self.parents) - 1

    def set(self, index: int, key: str, value: Any) -> None:
        value = normalise_attr(key, value)
        if key == "text":
            self.attrs[index]["text"] = value
        elif value is None:
            self.attrs[index].pop(key, None)
        else:
            self.attrs[index][key] = value

    def get(self, index: int, key: str, default: Any = None) -> Any:
        return self.attrs[index].get(key, default)

    def add_link(self, source: int, target: int, label: str = "") -> None:
        self.links.append((source, target, label))

    def top_level(self) -> list[int]:
        return [i for i, p in enumerate(self.parents) if p is None]

    def detach(self, index: int) -> None:
        """Make ``index`` a top-level node (a floating root, unless it becomes the root)."""
        self.parents[index] = None

    def wrap(self, tops: list[int], text: str) -> int:
        """A new top-level node whose children are ``tops`` (in document order)."""
        wrapper = self.add(None, text, None)
        for top in tops:
            self.parents[top] = wrapper
        return wrapper

    def build(self, root: int, *, title: str = "", layout: str = "balanced") -> MindMap:
        """The map with ``root`` as its main root; every other top-level node becomes a
        floating root, in document order."""
        count = len(self.parents)
        kids: list[list[int]] = [[] for _ in range(count)]
        tops: list[int] = []
        for index, parent in enumerate(self.parents):
            if parent is None:
                tops.append(index)
            else:
                kids[parent].append(index)
        if self.parents[root] is not None:
            raise ValueError("the root must be a top-level node")
        roots = [root, *(t for t in tops if t != root)]
        ids: list[str | None] = [None] * count
        order: list[int] = []
        serial = 0
        for top in roots:
            stack = [(top, 0)]
            while stack:
                index, level = stack.pop()
                if level > MAX_DEPTH:
                    raise depth_error(self.path, self.lines[index])
                serial += 1
                ids[index] = f"n{serial}"
                order.append(index)
                stack.extend((k, level + 1) for k in reversed(kids[index]))
        if serial != count:  # a cycle in parents: a reader bug, never user input
            raise MapFormatError("the outline's structure is inconsistent", self.path)

        records = ((ids[i], None if self.parents[i] is None else ids[self.parents[i]],
                    self.attrs[i]) for i in order)
        links: list[tuple[str, str, str]] = []
        seen_links: set[tuple[int, int]] = set()
        for source, target, label in self.links:
            if source == target or (source, target) in seen_links:
                continue
            seen_links.add((source, target))
            links.append((ids[source], ids[target], label))
        try:
            mind_map = MindMap.from_records(records, links, title=title, layout=layout)
        except InvariantError as exc:
            raise MapFormatError(f"the imported outline is inconsistent: {exc}",
                                 self.path) from None
        return mind_map


# ---------------------------------------------------------------------------- writers
def walk(mind_map: MindMap, top: str) -> Iterator[tuple[str, int]]:
    """``(node, level)`` for ``top``'s subtree in pre-order; ``top`` has level 0."""
    stack = [(top, 0)]
    while stack:
        node, level = stack.pop()
        yield node, level
        stack.extend((c, level + 1) for c in reversed(mind_map.children(node)))


def walk_events(mind_map: MindMap, top: str) -> Iterator[tuple[bool, str, int, bool]]:
    """``(opening, node, level, has_children)`` events: each node is opened, its children
    follow, then it is closed (as nested elements are written)."""
    stack: list[tuple[str, int, bool]] = [(top, 0, True)]
    while stack:
        node, level, opening = stack.pop()
        kids = mind_map.children(node)
        if not opening:
            yield False, node, level, True
            continue
        yield True, node, level, bool(kids)
        if kids:
            stack.append((node, level, False))
            stack.extend((c, level + 1, True) for c in reversed(kids))


# -------------------------------------------------------------------------------- XML
@cache
def _not_xml() -> re.Pattern[str]:
    """Characters XML 1.0 cannot hold at all (not even as character references); compiled
    when first needed (5-6 ms, on every start otherwise: this module loads with the map
    formats)."""
    return re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_clean(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot carry."""
    return _not_xml().sub("", text)


def xml_text(text: str) -> str:
    """Escaped element content."""
    return (xml_clean(text).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;"))


def xml_attr(text: str) -> str:
    """Escaped attribute value (for double quotes); newlines and tabs survive a round trip."""
    return (xml_text(text).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\r", "&#13;").replace("\t", "&#9;"))


_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_ENTITY_REF = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_ENTITY_REF_BYTES = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")


def _html_entities_as_references(data: str | bytes) -> str | bytes:
    """``&nbsp;`` and the other HTML entity names as numeric references (``&#160;``), which
    XML reads without a DTD; the five XML entities and unknown names are left alone."""
    def reference(name: str) -> str | None:
        value = html5.get(f"{name};")
        if name in _XML_ENTITIES or value is None:
            return None
        return "".join(f"&#{ord(c)};" for c in value)

    if isinstance(data, str):
        return _ENTITY_REF.sub(lambda m: reference(m.group(1)) or m.group(0), data)

    def replace(match: re.Match) -> bytes:
        value = reference(match.group(1).decode("ascii"))
        return value.encode("ascii") if value else match.group(0)
    return _ENTITY_REF_BYTES.sub(replace, data)


class XmlReader:
    """Base for the XML readers: subclasses implement ``start``, ``end`` and ``data``.

    DOCTYPE declarations are refused (so entity declarations can never be read); references
    to HTML's named entities such as ``&nbsp;`` (written by older FreeMind versions and some
    OPML tools) are read as the characters they name; any other undeclared entity is an
    error. Every failure is a :class:`MapFormatError` naming the line.
    """

    def __init__(self, path: str | Path | None) -> None:
        self.path = path
        self._parser: Any = None

    @property
    def line(self) -> int | None:
        return self._parser.CurrentLineNumber if self._parser is not None else None

    def error(self, message: str) -> MapFormatError:
        return MapFormatError(message, self.path, self.line)

    def start(self, name: str, attrs: dict[str, str]) -> None:  # pragma: no cover
        raise NotImplementedError

    def end(self, name: str) -> None:  # pragma: no cover
        raise NotImplementedError

    def data(self, text: str) -> None:  # pragma: no cover
        raise NotImplementedError

    def _refuse_dtd(self, *_args: Any) -> None:
        raise self.error("DOCTYPE and entity declarations are not allowed (refused for "
                         "safety); remove the <!DOCTYPE ...> part")

    def feed(self, data: str | bytes) -> None:
        """Parse the whole document, calling the handlers."""
        check_size(data, self.path)
        data = _html_entities_as_references(data)
        if isinstance(data, str):
            parser = expat.ParserCreate(encoding="UTF-8")
            data = data.encode("utf-8", "surrogatepass")
        else:
            parser = expat.ParserCreate()
        self._parser = parser
        parser.buffer_text = True
        parser.ordered_attributes = False
        parser.StartDoctypeDeclHandler = self._refuse_dtd
        parser.EntityDeclHandler = self._refuse_dtd
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        try:
            parser.Parse(data, True)
        except expat.ExpatError as exc:
            raise MapFormatError(f"not well-formed XML: {expat.ErrorString(exc.code)}",
                                 self.path, exc.lineno, exc.offset + 1) from None
        except LookupError as exc:  # <?xml ... encoding="bogus"?>
            raise self.error(f"the XML declares an unknown encoding ({exc})") from None
        except ValueError as exc:  # encoding="UTF-32" or "UTF-7": pyexpat refuses them
            if isinstance(exc, MapFormatError) or "encodings are not supported" not in str(exc):
                raise
            raise self.error(f"the XML declares an encoding that cannot be read ({exc})"
                             ) from None
        except RecursionError:  # expat itself is iterative; a safety net only
            raise self.error("the XML is nested too deeply") from None
        finally:
            self._parser = None


# ------------------------------------------------------------------------ HTML -> text
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "dt", "dd",
           "blockquote", "address", "center"}
_CONTAINERS = {"ul", "ol", "dl", "table", "tbody", "thead", "body", "html", "section",
               "article"}
_HIDDEN = {"head", "style", "script", "title"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


class HtmlText:
    """HTML reduced to plain text: paragraphs and ``<br>`` become line breaks, whitespace is
    collapsed as a browser does, ``&nbsp;`` becomes a plain space, blank lines at the start
    and end are dropped. Fed by events (from expat for well-formed rich content, from
    :class:`html.parser.HTMLParser` for HTML strings)."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._current = ""
        self._hidden = 0
        self._pre = 0
        self._last_break = ""  # "block" or "br" right after a line break, else ""

    def _newline(self, kind: str) -> None:
        self._lines.append(self._current)
        self._current = ""
        self._last_break = kind

    def start(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "br":
            self._newline("br")
        elif tag in _BLOCKS or tag in _CONTAINERS:
            if self._current.strip(" "):
                self._newline("block")
            self._current = ""
            self._last_break = ""
            if tag == "pre":
                self._pre += 1

    def end(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            if self._current.strip(" ") or not self._last_break:
                self._newline("block")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
        elif tag in _CONTAINERS and self._current.strip(" "):
            self._newline("block")

    def data(self, text: str) -> None:
        if self._hidden:
            return
        if self._pre:
            parts = text.replace("\r\n", "\n").split("\n")
            self._current += parts[0]
            for part in parts[1:]:
                self._newline("br")
                self._current += part
        else:
            text = _HTML_SPACE.sub(" ", text)
            if not self._current or self._current.endswith(" "):
                text = text.lstrip(" ")
            self._current += text
        if self._current:
            self._last_break = ""

    def text(self) -> str:
        lines = [line.rstrip(" ").replace("\xa0", " ") for line in (*self._lines, self._current)]
        while lines and not lines[-1].strip(" "):
            lines.pop()
        start = 0
        while start < len(lines) and not lines[start].strip(" "):
            start += 1
        return "\n".join(lines[start:])


class _HtmlStringParser(HTMLParser):
    def __init__(self, sink: HtmlText) -> None:
        super().__init__(convert_charrefs=True)
        self.sink = sink

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.sink.start(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.sink.start(tag)
        if tag.lower() not in ("br",):
            self.sink.end(tag)

    def handle_endtag(self, tag: str) -> None:
        self.sink.end(tag)

    def handle_data(self, data: str) -> None:
        self.sink.data(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML string (lenient: unclosed tags are fine)."""
    sink = HtmlText()
    parser = _HtmlStringParser(sink)
    parser.feed(html)
    parser.close()
    return sink.text()


def looks_like_html(text: str) -> bool:
    return text.lstrip()[:6].lower() == "<html>"
