"""Markdown import: the outline a CommonMark parser (markdown-it-py) finds in a document.

markdown-it-py reads the document into a stream of block tokens (the same CommonMark rules
GitHub, Jupyter and MyST use, with GFM tables); this module turns that stream into an outline:

* every heading (ATX ``# Title`` and setext ``Title`` over ``===`` or ``---``) and every list
  item (``-``, ``*``, ``+``, ``1.``, ``1)``; nested; tight or loose; inside block quotes too)
  is one idea. Headings nest by level; a list belongs to the heading or item it is in;
* a list item's text is its first paragraph (soft line breaks read as spaces, hard breaks
  and ``<br>`` as line breaks). Node texts keep their inline Markdown (``**bold**`` stays
  ``**bold**``); backslash escapes and entities are decoded;
* everything else (further paragraphs, code blocks, tables, HTML blocks, block quotes) goes
  into the note of the heading or item it is under, as its source lines (list indentation
  and quote markers of the enclosing containers taken off). Text before the first heading or
  item, and text at the top level after a list, goes to the root's note. A block that is only
  an HTML comment is dropped;
* markmap's conventions: YAML front matter (its ``title`` becomes the map title, the rest is
  ignored) and ``<!-- markmap: fold -->`` / ``foldAll`` in a heading or item (folded), and
  our own ``<!-- mindmap: floating -->`` on a top-level heading (a floating subtree).

Limits: the readers' node limit is checked before parsing (a quick count of the lines that
could start a heading or item) and again while building; a container nested deeper than the
outline's depth limit is refused; the parser's tokens are handed over block by block, so the
memory held stays in proportion to the largest top-level block, not to the file.
"""

from __future__ import annotations

import html
import itertools
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..collector import collector_paused
from ..model import MAX_DEPTH, MindMap
from . import outline_common
from .errors import MapFormatError
from .outline_common import DEFAULT_ROOT_TEXT, OutlineBuilder, decode_text, depth_error, stem_of

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])|(" + _ENTITY + r")|(<br\s*/?>)", re.IGNORECASE)
_ESCAPE_OR_COMMENT = re.compile(r"\\[\s\S]|<!--([\s\S]*?)-->")
_COMMENT_BLOCK = re.compile(r"\s*<!--[\s\S]*?-->\s*")
_BREAKS_ONLY = re.compile(r"\s*(?:<br\s*/?>\s*)+", re.IGNORECASE)   # our export's blank note
#: libyaml when present: the Python parser takes quadratic time on nested flow ('[[[[...')
_FRONT_MATTER_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: lines that could start a heading or list item (after indentation and quote markers), or
#: underline a setext heading: an upper bound on the ideas, counted before parsing
_NODE_LINE = re.compile(r"^[ \t>]*(?:#|[-+*](?![^ \t\n])|\d{1,9}[.)](?![^ \t\n])"
                        r"|=+[ \t]*$|-+[ \t]*$)", re.MULTILINE)
#: token levels: a list nests two (list, item), so the deepest legal outline needs about
#: 2 * MAX_DEPTH; deeper containers are refused before the parser's own cut-off
_NESTING_LIMIT = 2 * MAX_DEPTH + 8
_PARSER = MarkdownIt("commonmark", {"maxNesting": _NESTING_LIMIT + 8}).enable("table")
_PARSER.disable(["inline", "text_join"])   # node texts keep their inline source
#: ``[label]: /destination`` alone on its line (the form of thousands of change-log links)
_PLAIN_DEFINITION = re.compile(r"\[([^\[\]\\\n]{1,999})\]:[ \t]*([^\s<>()\\]+)[ \t]*\n?")
_TITLE_START = re.compile(r"[ \t]*[\"'(]")
_LABEL_STOP = re.compile(r"[\[\]\\]")
_HARD_BREAK = re.compile(r"(?:\\| {2,})$")


def _fast_reference(state: Any, start: int, end: int, silent: bool) -> bool:
    """markdown-it's link reference definition rule, with a quick path for the plain
    one-line form (no title, no angle brackets, parentheses or escapes): the same
    result, without the general rule's character-by-character scan that took half the
    parsing time of a change log. Anything else goes to the general rule."""
    begin = state.bMarks[start] + state.tShift[start]
    source = state.src
    if begin >= len(source) or source[begin] != "[" or state.is_code_block(start):
        return False
    match = _PLAIN_DEFINITION.fullmatch(source, begin, state.eMarks[start] + 1)
    if match and match.group(1).strip() and state.md.validateLink(match.group(2)) and not (
            start + 1 < state.lineMax and not state.isEmpty(start + 1)
            and _TITLE_START.match(source, state.bMarks[start + 1], state.eMarks[start + 1])):
        if not silent:
            state.line = start + 1
        return True
    # "[text][ref] ..." and "[text](url)": the general rule's label scan stops at the first
    # '[' (no definition) or ']' (a definition only if ':' follows); escapes go the long way
    stop = _LABEL_STOP.search(source, begin + 1, state.eMarks[start])
    if stop and (stop.group() == "[" or (stop.group() == "]" and source[stop.end():stop.end() + 1]
                                        != ":")):
        return False
    return _GENERAL_REFERENCE(state, start, end, silent)


_GENERAL_REFERENCE = next(rule.fn for rule in _PARSER.block.ruler.__rules__
                          if rule.name == "reference")
_PARSER.block.ruler.at("reference", _fast_reference)


# ------------------------------------------------------------------------ text helpers
def unescape_text(text: str) -> str:
    """Decode backslash escapes, entities and ``<br>`` (the inverse of the export's
    ``escape_text``)."""
    def replace(match: re.Match) -> str:
        if match.group(1) is not None:
            return match.group(1)
        if match.group(2) is not None:
            return html.unescape(match.group(2))
        return "\n"
    return _UNESCAPE.sub(replace, text)


def strip_comments(content: str) -> tuple[str, list[str]]:
    """``content`` without its HTML comments, and the comments' texts."""
    comments: list[str] = []

    def replace(match: re.Match) -> str:
        if match.group(0).startswith("\\"):
            return match.group(0)
        comments.append(match.group(1).strip())
        return ""
    # no comment ends after the last '-->': searching that part for one, from every '<!--'
    # in it, took quadratic time
    end = content.rfind("-->")
    if end < 0:
        return content, comments
    end += 3
    return _ESCAPE_OR_COMMENT.sub(replace, content[:end]) + content[end:], comments


def inline_text(content: str) -> str:
    """A paragraph's or heading's inline source as one node text: soft line breaks become
    spaces, hard breaks (a backslash or two spaces at the end of a line) line breaks."""
    lines = content.strip(" \t").split("\n")
    out = []
    for i, line in enumerate(lines):
        if i < len(lines) - 1:
            hard = _HARD_BREAK.search(line)
            if hard:
                out.append(unescape_text(line[:hard.start()]) + "\n")
                continue
            out.append(unescape_text(line.rstrip(" \t")) + " ")
        else:
            out.append(unescape_text(line))
    return "".join(out)


def front_matter(lines: list[str]) -> tuple[int, str]:
    """``(lines it takes, its title)`` for YAML front matter at the start, else ``(0, "")``.
    A broken front matter is skipped all the same (it is optional)."""
    if not lines or lines[0].strip() != "---":
        return 0, ""
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            block = "\n".join(lines[1:end])
            try:
                data = (yaml.load(block, Loader=_FRONT_MATTER_LOADER)
                        if len(block) < 65536 else None)
            except (yaml.YAMLError, RecursionError, ValueError):
                data = None
            title = ""
            if isinstance(data, dict) and isinstance(data.get("title"), (str, int, float)):
                try:
                    title = str(data["title"])
                except ValueError:   # an int too long to print (0xfff...): ignored
                    pass
            return end + 1, title
    return 0, ""


def _columns_to(text: str, columns: int, start_column: int = 0) -> tuple[int, int]:
    """``(characters, column reached)`` of the leading blanks of ``text`` within ``columns``
    (tabs to the next multiple of 4, counted from ``start_column``)."""
    column, i = start_column, 0
    while i < len(text) and text[i] in " \t" and column - start_column < columns:
        column = column + 4 - column % 4 if text[i] == "\t" else column + 1
        i += 1
    return i, column - start_column


# ---------------------------------------------------------------------- the containers
@dataclass
class _Frame:
    """A container the tokens are inside: the document, a list item or a block quote."""

    kind: str                        # "doc" | "item" | "quote"
    node: int | None                 # the item (None for the document and quotes)
    first_line: int = 0              # 0-based source line the container starts on
    offset: int = 0                  # item: columns its content is indented by
    headings: list[tuple[int, int]] = field(default_factory=list)   # (level, node)

    def strip(self, line: str, number: int) -> str:
        """``line`` without this container's prefix (list indentation or ``>``)."""
        if self.kind == "quote":
            i, _ = _columns_to(line, 3)
            if line[i:i + 1] == ">":
                i += 1
                if line[i:i + 1] in (" ", "\t"):
                    i += 1
                return line[i:]
            return line
        if self.kind == "item":
            if number == self.first_line:   # the marker's line: marker and gap go too
                return line[self.offset:] if len(line) > self.offset else ""
            i, _ = _columns_to(line, self.offset)
            return line[i:]
        return line


def _item_offset(line: str, token: Token) -> int:
    """Characters before an item's content on its first line (after the outer containers'
    prefixes): indentation, marker, and the gap (1 to 4 columns; more is code)."""
    i, _ = _columns_to(line, 3)
    marker = (token.info or "") + token.markup
    i += len(marker)
    gap, columns = _columns_to(line[i:], 5)
    if gap == 0 or columns > 4 or i + gap >= len(line):
        return i + (1 if line[i:i + 1] in (" ", "\t") else 0)
    return i + gap


class _TokenSink(list):
    """The parser's token list: complete top-level blocks are handed to the reader and their
    slots emptied as soon as the next top-level block starts, so the tokens held stay in
    proportion to the largest block. Too deep a nesting is refused as it comes."""

    def __init__(self, reader: _MarkdownReader) -> None:
        super().__init__()
        self.reader = reader
        self.done = 0          # tokens before this index have been handed over
        self.limit = 6 * outline_common.MAX_NODES + 1000

    def append(self, token: Token) -> None:
        if token.level == 0 and token.nesting >= 0 and self.done < len(self):
            self.flush()
        elif token.level > _NESTING_LIMIT:
            raise MapFormatError(
                f"the Markdown is nested more than {MAX_DEPTH} levels deep (lists and quotes "
                f"inside each other; the depth limit is {MAX_DEPTH})", self.reader.path,
                self.last_line())
        elif len(self) - self.done > self.limit:
            raise outline_common.too_many_nodes(self.reader.path, self.last_line())
        super().append(token)

    def last_line(self) -> int | None:
        """The line of the latest token that has one (a token gets its lines only after it
        is added)."""
        for index in range(len(self) - 1, max(self.done, len(self) - 50) - 1, -1):
            if self[index].map:
                return self[index].map[0] + 1
        return None

    def flush(self) -> None:
        end = len(self)
        for index in range(self.done, end):
            self.reader.token(self[index])
            self[index] = None
        self.done = end


# ------------------------------------------------------------------------------ reader
class _MarkdownReader:
    def __init__(self, path: str | Path | None) -> None:
        self.path = path
        self.builder = OutlineBuilder(path)
        self.lines: list[str] = []
        self.frames: list[_Frame] = [_Frame("doc", None)]
        self.depth: dict[int, int] = {}
        self.floating: set[int] = set()
        self.notes: dict[int | None, list[tuple[int, int, bool]]] = {}
        self.item_text_pending = False     # the next paragraph is the open item's text
        self.skip_until: int | None = None  # inside a block whose tokens are not looked at
        self.pending_heading: tuple[int, int | None] | None = None
        self.title = ""

    # ----------------------------------------------------------------------- nodes
    def _add(self, parent: int | None, content: str, line: int | None) -> int:
        content, comments = strip_comments(content)
        depth = 0 if parent is None else self.depth[parent] + 1
        if depth > MAX_DEPTH:
            raise depth_error(self.path, line)
        node = self.builder.add(parent, inline_text(content), line)
        self.depth[node] = depth
        for comment in comments:
            words = comment.replace(":", " ").split()
            if words[:2] in (["markmap", "fold"], ["markmap", "foldAll"]):
                self.builder.set(node, "folded", True)
            if words[:2] == ["mindmap", "floating"] and parent is None:
                self.floating.add(node)
        return node

    def _scope(self) -> _Frame:
        """The innermost list item or the document (block quotes are transparent)."""
        for frame in reversed(self.frames):
            if frame.kind != "quote":
                return frame
        return self.frames[0]  # pragma: no cover - the document frame is never popped

    def _parent(self) -> int | None:
        scope = self._scope()
        return scope.headings[-1][1] if scope.headings else scope.node

    # ---------------------------------------------------------------------- tokens
    def token(self, token: Token) -> None:
        kind = token.type
        if self.skip_until is not None:
            if token.level == self.skip_until and token.nesting == -1:
                self.skip_until = None
            return
        if kind == "heading_open":
            self._heading(token)
        elif kind == "inline":
            self._inline(token)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self.item_text_pending = False
        elif kind == "list_item_open":
            self._item(token)
        elif kind == "list_item_close":
            self.frames.pop()
            self.item_text_pending = False
        elif kind == "blockquote_open":
            self._note_target_done()
            self.frames.append(_Frame("quote", None))
        elif kind == "blockquote_close":
            self.frames.pop()
        elif kind == "paragraph_open":
            if not self.item_text_pending:
                self._note(token, unescape=True)
        elif kind in ("code_block", "fence", "html_block"):
            if kind == "html_block" and _COMMENT_BLOCK.fullmatch(token.content):
                if self.item_text_pending:   # "- <!-- markmap: fold -->": an empty item's
                    item = self._scope().node  # markers
                    self._item_text(item, token.content)
                self.item_text_pending = False
                return
            self._note_target_done()
            self._note(token, unescape=kind == "code_block" or (
                kind == "html_block" and _BREAKS_ONLY.fullmatch(token.content) is not None))
        elif kind == "table_open":
            self._note_target_done()
            self._note(token, unescape=True)
            self.skip_until = token.level
        elif kind == "hr":
            self._note_target_done()

    def _note_target_done(self) -> None:
        self.item_text_pending = False

    def _heading(self, token: Token) -> None:
        self.item_text_pending = False
        self.pending_heading = (int(token.tag[1:]), token.map[0] + 1 if token.map else None)

    def _inline(self, token: Token) -> None:
        heading = self.pending_heading
        if heading is not None:
            self.pending_heading = None
            level, line = heading
            scope = self._scope()
            while scope.headings and scope.headings[-1][0] >= level:
                scope.headings.pop()
            parent = scope.headings[-1][1] if scope.headings else scope.node
            node = self._add(parent, token.content, line)
            scope.headings.append((level, node))
        elif self.item_text_pending:
            self.item_text_pending = False
            item = self._scope().node
            self.builder.set(item, "text", self._item_text(item, token.content))

    def _item_text(self, item: int, content: str) -> str:
        content, comments = strip_comments(content)
        for comment in comments:
            words = comment.replace(":", " ").split()
            if words[:2] in (["markmap", "fold"], ["markmap", "foldAll"]):
                self.builder.set(item, "folded", True)
        return inline_text(content)

    def _item(self, token: Token) -> None:
        line = token.map[0] if token.map else 0
        raw = self._stripped(line)
        node = self._add(self._parent(), "", line + 1)
        self.frames.append(_Frame("item", node, line, _item_offset(raw, token)))
        self.item_text_pending = True

    def _stripped(self, number: int, frames: list[_Frame] | None = None) -> str:
        """Source line ``number`` (0-based) without the prefixes of the open containers (or
        of ``frames``, the outer ones)."""
        line = self.lines[number] if number < len(self.lines) else ""
        for frame in self.frames if frames is None else frames:
            line = frame.strip(line, number)
        return line

    def _note(self, token: Token, *, unescape: bool) -> None:
        self.item_text_pending = False
        if not token.map:
            return
        start, end = token.map
        scope = self._scope()
        target = scope.headings[-1][1] if scope.headings else scope.node
        # the containers of the target lose their prefixes; a quote inside it keeps its '>'
        outer = self.frames[:self.frames.index(scope) + 1]
        lines = [self._stripped(n, outer).rstrip(" \t") for n in range(start, end)]
        while lines and not lines[-1]:
            lines.pop()
            end -= 1
        if not lines:
            return
        if unescape:
            lines = [unescape_text(line) for line in lines]
        self.notes.setdefault(target, []).append((start, end, lines))

    # ------------------------------------------------------------------------ whole
    def read(self, text: str) -> MindMap:
        lines = outline_common.split_lines(text)
        taken, self.title = front_matter(lines)
        if taken:
            lines[:taken] = [""] * taken
        self.lines = lines
        source = "\n".join(lines)
        limit = outline_common.MAX_NODES
        if len(lines) > limit:   # at most one match a line: fewer lines need no count
            matches = _NODE_LINE.finditer(source)
            if sum(1 for _ in itertools.islice(matches, limit + 1)) > limit:
                raise outline_common.too_many_nodes(self.path, None)
        sink = _TokenSink(self)
        with _parsing():
            try:
                _PARSER.block.parse(source.replace("\x00", "\ufffd"), _PARSER, {}, sink)
            except RecursionError:   # a safety net: the nesting limit comes first
                raise MapFormatError(f"the Markdown is nested more than {MAX_DEPTH} levels "
                                     "deep", self.path) from None
            sink.flush()
            return self._finish()

    def _note_text(self, blocks: list[tuple[int, int, list[str]]]) -> str:
        out: list[str] = []
        previous_end = None
        for start, end, lines in blocks:
            if previous_end is not None:
                gap = self.lines[previous_end:start]
                blank = all(not line.strip(" \t>") for line in gap)
                out.extend([""] * (len(gap) if blank and gap else 1))
            out.extend(lines)
            previous_end = end
        return "\n".join(out)

    def _finish(self) -> MindMap:
        builder = self.builder
        preamble = self._note_text(self.notes.pop(None, []))
        for node, blocks in self.notes.items():
            builder.set(node, "note", self._note_text(blocks))
        tops = [t for t in builder.top_level() if t not in self.floating]
        if not tops and not self.floating:
            raise MapFormatError("no headings or list items found: nothing to import",
                                 self.path)
        if len(tops) == 1:
            root = tops[0]
            if preamble:
                note = builder.get(root, "note", "")
                builder.set(root, "note", "\n".join([preamble, note] if note else [preamble]))
        else:
            root = builder.wrap(tops, self.title or stem_of(self.path) or DEFAULT_ROOT_TEXT)
            if preamble:
                builder.set(root, "note", preamble)
        return builder.build(root, title=self.title)


@contextmanager
def _parsing() -> Any:
    """The block parser recurses once or twice per nested container: room for the deepest
    legal outline (Python-to-Python calls use no C stack since 3.11)."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 4 * _NESTING_LIMIT + 1000))
    # the parser makes five or six token objects per idea and no reference cycles
    try:
        with collector_paused():
            yield
    finally:
        sys.setrecursionlimit(old)


def read_markdown(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read a Markdown document as an outline. :class:`MapFormatError` for unusable input."""
    return _MarkdownReader(path).read(decode_text(data, path))
