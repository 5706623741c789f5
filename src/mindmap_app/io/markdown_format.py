"""Markdown outlines, compatible with markmap (https://markmap.js.org), both directions.

Export layout (chosen for markmap and for people reading the file)::

    ---
    title: Workshop notes          # only when the map title differs from the root text
    ---

    # National level               <- the root, a level-1 heading
    The root's note, as plain lines under the heading.

    ## Threats                     <- main branches, level-2 headings (markmap draws them as
    A note under a main branch.       first-level branches; any Markdown viewer shows them
                                      as sections, which reads better than one long list)
    - Power devolved               <- everything deeper: nested bullets, 2-space indents
      A note: lines indented to the item's text, right under it.
      - Deeper idea <!-- markmap: fold -->     <- folded node
    # Parking lot <!-- mindmap: floating -->   <- a floating subtree, after the main tree

Text is kept exactly across a round trip: Markdown's special characters are escaped with a
backslash (``\\*``, ``\\#``, ``\\[``, ``\\\\``...), a line break inside a node's text is written
as ``<br>``, and leading or trailing spaces as ``&#32;``. Tags, colours, links and manual
positions are not part of this format.

Import reads what markmap reads: ATX headings (levels nest, skipped levels are fine), nested
lists (``-``, ``*``, ``+``, ``1.``, ``1)``) under the headings, ``<!-- markmap: fold -->``
(folded), YAML front matter (its ``title`` becomes the map title; the rest is ignored),
blank lines anywhere. Other text lines (paragraphs, quotes, code blocks, tables) become the
note of the heading or item they belong to. Node texts are kept verbatim (``**bold**`` stays
``**bold**``); only backslash escapes, entities and ``<br>`` are decoded.

When the document has exactly one top-level item, it is the root. Otherwise, as markmap
does, a root is made above them, named by the front matter title, else the file's name,
else "Imported outline"; text before the first item becomes that root's note.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

from ..model import MAX_DEPTH, MindMap
from .atomic import atomic_write_text
from .errors import MapFormatError
from .outline_common import (
    DEFAULT_ROOT_TEXT,
    OutlineBuilder,
    decode_text,
    depth_error,
    read_input,
    split_lines,
    stem_of,
    walk,
)

FOLD_COMMENT = "<!-- markmap: fold -->"
FLOATING_COMMENT = "<!-- mindmap: floating -->"
#: Main branches (level 1 below the root) are written as headings of this level.
BRANCH_HEADING_LEVEL = 2

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ENTITY_AT = re.compile(_ENTITY)
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])|(" + _ENTITY + r")|(<br\s*/?>)", re.IGNORECASE)
_ALWAYS_ESCAPED = set("\\`*_[]~$")
_TAG_START = re.compile(r"[A-Za-z/!?]")
_ORDERED_START = re.compile(r"(\d{1,9})([.)])")

_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+$")
_LIST_ITEM = re.compile(r"([ \t]*)([-+*]|\d{1,9}[.)])(?:([ \t]+)(.*))?$")
_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
#: libyaml when present: the Python parser takes quadratic time on nested flow ('[[[[...')
_FRONT_MATTER_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ESCAPE_OR_COMMENT = re.compile(r"\\[\s\S]|<!--([\s\S]*?)-->")


# ------------------------------------------------------------------------ escaping
def escape_text(text: str, *, line_start: bool = True) -> str:
    """``text`` as Markdown inline content that reads back as exactly ``text``."""
    core = text.strip(" \t")
    lead = text[:len(text) - len(text.lstrip(" \t"))]
    trail = text[len(lead) + len(core):] if core else ""
    if not core:
        lead = text
    out = []
    for i, char in enumerate(core):
        if char in _ALWAYS_ESCAPED:
            out.append("\\" + char)
        elif char == "#" and (i == 0 or core[i - 1] in " \t"):
            out.append("\\#")
        elif char == "<" and _TAG_START.match(core, i + 1):
            out.append("\\<")
        elif char == "&" and _ENTITY_AT.match(core, i):
            out.append("\\&")
        elif char == "\n":
            out.append("<br>")
        elif char == "\r":
            out.append("&#13;")
        else:
            out.append(char)
    body = "".join(out)
    if line_start and not lead:
        body = _escape_line_start(body)
    return _entities(lead) + body + _entities(trail)


def _escape_line_start(body: str) -> str:
    """Escape what would make a line a list item, quote, heading underline or break."""
    if body[:1] in ("-", "+", ">", "="):
        return "\\" + body
    match = _ORDERED_START.match(body)
    if match:
        return match.group(1) + "\\" + body[match.end(1):]
    return body


def _entities(whitespace: str) -> str:
    return "".join(f"&#{ord(c)};" for c in whitespace)


def unescape_text(text: str) -> str:
    """Decode backslash escapes, entities and ``<br>`` (the inverse of :func:`escape_text`)."""
    def replace(match: re.Match) -> str:
        if match.group(1) is not None:
            return match.group(1)
        if match.group(2) is not None:
            return html.unescape(match.group(2))
        return "\n"
    return _UNESCAPE.sub(replace, text)


def _escape_note_line(line: str) -> str:
    """A note line: leading spaces stay readable, everything else as in :func:`escape_text`."""
    body = line.lstrip(" ")
    spaces = line[:len(line) - len(body)]
    if not body:
        return _entities(line)
    return spaces + escape_text(body)


def _note_lines(note: str) -> list[str]:
    """The escaped lines of a note. Blank lines between text lines are kept as blank lines;
    blank lines at the start or end (which Markdown would lose) are written as ``<br>``."""
    raw = note.split("\n")
    filled = [i for i, line in enumerate(raw) if line]
    if not filled:
        return ["<br>" * (len(raw) - 1)]
    first, last = filled[0], filled[-1]
    lines = [_escape_note_line(line) for line in raw[first:last + 1]]
    lines[0] = "<br>" * first + lines[0]
    lines[-1] += "<br>" * (len(raw) - 1 - last)
    return lines


def _strip_comments(content: str) -> tuple[str, list[str]]:
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


# ---------------------------------------------------------------------------- export
def dumps(mind_map: MindMap) -> str:
    """The map as markmap-compatible Markdown (see the module docstring for the layout)."""
    lines: list[str] = []
    title = mind_map.title
    if title and title != mind_map.text(mind_map.root):
        lines += ["---", yaml.safe_dump({"title": title}, allow_unicode=True,
                                        width=10_000).rstrip("\n"), "---", ""]
    for top in mind_map.roots():
        floating = top != mind_map.root
        for node, level in walk(mind_map, top):
            data = mind_map.attrs(node)
            markers = ""
            if data["folded"]:
                markers += " " + FOLD_COMMENT
            if floating and level == 0:
                markers += " " + FLOATING_COMMENT
            text = escape_text(data["text"])
            if level < BRANCH_HEADING_LEVEL:
                lines.append(("#" * (level + 1) + " " + text).rstrip(" ") + markers)
                indent = ""
            else:
                indent = "  " * (level - BRANCH_HEADING_LEVEL)
                lines.append((indent + "- " + text).rstrip(" ") + markers)
                indent += "  "
            if data["note"]:
                lines.extend(indent + line if line else "" for line in _note_lines(data["note"]))
    return "\n".join(lines) + "\n"


def save(mind_map: MindMap, path: str | Path) -> None:
    atomic_write_text(path, dumps(mind_map))


# ---------------------------------------------------------------------------- import
def _columns(whitespace: str) -> int:
    column = 0
    for char in whitespace:
        column = column + 4 - column % 4 if char == "\t" else column + 1
    return column


def _dedent(line: str, columns: int) -> str:
    """``line`` without up to ``columns`` columns of leading whitespace."""
    column = 0
    for i, char in enumerate(line):
        if column >= columns or char not in " \t":
            return line[i:]
        column = column + 4 - column % 4 if char == "\t" else column + 1
    return ""


class _MarkdownReader:
    def __init__(self, path: str | Path | None) -> None:
        self.path = path
        self.builder = OutlineBuilder(path)
        self.title = ""
        self.headings: list[tuple[int, int]] = []   # (level, node)
        self.items: list[tuple[int, int]] = []      # (content column, node), open list items
        self.floating: set[int] = set()
        self.depth: dict[int, int] = {}
        self.preamble: list[str] = []
        self.notes: dict[int, list[str]] = {}
        self.last: int | None = None                # the node text lines are attached to
        self.last_column = 0
        self.blank_run = 0

    # ------------------------------------------------------------------ helpers
    def _add(self, parent: int | None, content: str, line: int) -> int:
        content, comments = _strip_comments(content)
        text = unescape_text(content.strip(" \t"))
        depth = 0 if parent is None else self.depth[parent] + 1
        if depth > MAX_DEPTH:
            raise depth_error(self.path, line)
        node = self.builder.add(parent, text, line)
        self.depth[node] = depth
        for comment in comments:
            words = comment.replace(":", " ").split()
            if words[:2] == ["markmap", "fold"] or words[:2] == ["markmap", "foldAll"]:
                self.builder.set(node, "folded", True)
            if words[:2] == ["mindmap", "floating"] and parent is None:
                self.floating.add(node)
        self.blank_run = 0
        return node

    def _note_line(self, raw: str) -> None:
        """A text line: part of the note of the heading or item it belongs to."""
        column = _columns(raw[:len(raw) - len(raw.lstrip(" \t"))])
        if self.blank_run:
            # after a blank line, text belongs to the deepest open item it is indented for
            while self.items and column < self.items[-1][0]:
                self.items.pop()
            if self.items:
                target, content_column = self.items[-1][1], self.items[-1][0]
            elif self.headings:
                target, content_column = self.headings[-1][1], 0
            else:
                target, content_column = self.last, 0
        else:
            target, content_column = self.last, self.last_column
        text = unescape_text(_dedent(raw, content_column).rstrip(" \t"))
        if target is None:
            lines = self.preamble
        else:
            lines = self.notes.setdefault(target, [])
            self.last, self.last_column = target, content_column
        if lines:
            lines.extend([""] * self.blank_run)
        lines.append(text)
        self.blank_run = 0

    def _heading(self, level: int, content: str, line: int) -> None:
        closing = _CLOSING_HASHES.search(content)
        if closing:
            content = content[:closing.start()]
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.items.clear()
        parent = self.headings[-1][1] if self.headings else None
        node = self._add(parent, content, line)
        self.headings.append((level, node))
        self.last, self.last_column = node, 0

    def _item(self, column: int, content_column: int, content: str, line: int) -> None:
        while self.items and column < self.items[-1][0]:
            self.items.pop()
        if self.items:
            parent: int | None = self.items[-1][1]
        else:
            parent = self.headings[-1][1] if self.headings else None
        node = self._add(parent, content, line)
        self.items.append((content_column, node))
        self.last, self.last_column = node, content_column

    # --------------------------------------------------------------------- parse
    def read(self, text: str) -> MindMap:
        lines = split_lines(text)
        start = self._front_matter(lines)
        fence: str | None = None
        in_comment = False
        for number, raw in enumerate(lines[start:], start + 1):
            if fence is not None:          # inside a fenced code block: all note text
                self._note_line(raw)
                stripped = raw.strip()
                if stripped.startswith(fence) and not stripped.strip(fence[0]):
                    fence = None
                continue
            if in_comment:
                in_comment = "-->" not in raw
                continue
            if not raw.strip(" \t"):     # only spaces and tabs: a no-break space is text
                self.blank_run += 1
                continue
            stripped = raw.strip()
            if stripped.startswith("<!--") and stripped.endswith("-->"):
                continue                    # a comment on its own line
            if stripped.startswith("<!--"):
                in_comment = True
                continue
            heading = _HEADING.match(raw)
            if heading:
                self._heading(len(heading.group(1)), heading.group(2) or "", number)
                continue
            if _THEMATIC_BREAK.match(raw):
                continue
            item = _LIST_ITEM.match(raw)
            if item:
                column = _columns(item.group(1))
                marker = item.group(2)
                gap = _columns(" " * (column + len(marker)) + (item.group(3) or " "))
                gap -= column + len(marker)
                content_column = column + len(marker) + (gap if 1 <= gap <= 4 else 1)
                self._item(column, content_column, item.group(4) or "", number)
                continue
            fence_match = _FENCE.match(raw)
            if fence_match:
                fence = fence_match.group(1)
            self._note_line(raw)
        return self._finish()

    def _front_matter(self, lines: list[str]) -> int:
        """Skip YAML front matter; keep its title. Returns the first line after it."""
        if not lines or lines[0].strip() != "---":
            return 0
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                block = "\n".join(lines[1:end])
                try:
                    data = (yaml.load(block, Loader=_FRONT_MATTER_LOADER)
                            if len(block) < 65536 else None)
                except (yaml.YAMLError, RecursionError, ValueError):
                    data = None      # front matter is optional: a broken one is ignored
                if isinstance(data, dict) and isinstance(data.get("title"), (str, int, float)):
                    try:
                        self.title = str(data["title"])
                    except ValueError:   # an int too long to print (0xfff...): ignored
                        pass
                return end + 1
        return 0

    def _finish(self) -> MindMap:
        builder = self.builder
        for node, note in self.notes.items():
            builder.set(node, "note", "\n".join(note))
        tops = [t for t in builder.top_level() if t not in self.floating]
        if not tops and not self.floating:
            raise MapFormatError("no headings or list items found: nothing to import",
                                 self.path)
        if len(tops) == 1:
            root = tops[0]
            if self.preamble:
                note = builder.get(root, "note", "")
                builder.set(root, "note", "\n".join(self.preamble + ([note] if note else [])))
        else:
            root = builder.wrap(tops, self.title or stem_of(self.path) or DEFAULT_ROOT_TEXT)
            if self.preamble:
                builder.set(root, "note", "\n".join(self.preamble))
        return builder.build(root, title=self.title)


def loads(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read a Markdown outline. Raises :class:`MapFormatError` for input it cannot use."""
    return _MarkdownReader(path).read(decode_text(data, path))


def load(path: str | Path) -> MindMap:
    return loads(read_input(path), path)
