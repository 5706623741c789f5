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

      A note: a paragraph of the item, indented to the item's text.
      - Deeper idea <!-- markmap: fold -->     <- folded node
    # Parking lot <!-- mindmap: floating -->   <- a floating subtree, after the main tree

Text is kept exactly across a round trip: Markdown's special characters are escaped with a
backslash (``\\*``, ``\\#``, ``\\[``, ``\\\\``...), a line break inside a node's text is written
as ``<br>``, and leading or trailing spaces as ``&#32;``. Tags, colours, links and manual
positions are not part of this format.

Import (:mod:`.markdown_reader`) reads the document with a CommonMark parser: headings and
list items are the ideas, other blocks go into notes, markmap's front matter and fold comments
are honoured. Files written by versions before the CommonMark reader put an item's note right
under the item, with no blank line between: such a note now reads as part of the item's text
(as markmap shows it).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..model import MindMap
from .atomic import atomic_write_text
from .errors import MapFormatError  # noqa: F401 - raised by loads, named in its docstring
from .markdown_reader import read_markdown, unescape_text
from .outline_common import read_input, walk

__all__ = ["dumps", "escape_text", "load", "loads", "save", "unescape_text"]

FOLD_COMMENT = "<!-- markmap: fold -->"
FLOATING_COMMENT = "<!-- mindmap: floating -->"
EMPTY_COMMENT = "<!-- -->"
#: Main branches (level 1 below the root) are written as headings of this level.
BRANCH_HEADING_LEVEL = 2

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ENTITY_AT = re.compile(_ENTITY)
_ALWAYS_ESCAPED = set("\\`*_[]~$")
_TAG_START = re.compile(r"[A-Za-z/!?]")
_ORDERED_START = re.compile(r"(\d{1,9})([.)])")


# ------------------------------------------------------------------------ escaping
def escape_text(text: str, *, line_start: bool = True) -> str:
    """``text`` as Markdown inline content that reads back as exactly ``text``."""
    core = text.strip()   # what the parser strips (any white space, not only " \t")
    lead = text[:len(text) - len(text.lstrip())]
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
        elif char == "\n":   # "<br>" alone on a line would start an HTML block
            out.append("<br>" if i else "&#10;")
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


def _escape_note_line(line: str) -> str:
    """A note line: leading spaces stay readable, everything else as in :func:`escape_text`."""
    body = line.lstrip(" ")
    spaces = line[:len(line) - len(body)]
    if not body:
        return _entities(line)
    return spaces + escape_text(body)


def _note_lines(note: str) -> list[str]:
    """The escaped lines of a note. Blank lines between text lines are kept as blank lines;
    blank lines at the start or end (which Markdown would lose) are written as ``&#10;``
    at the start and ``<br>`` at the end."""
    raw = note.split("\n")
    filled = [i for i, line in enumerate(raw) if line]
    if not filled:
        return ["&#10;" * (len(raw) - 1)]
    first, last = filled[0], filled[-1]
    lines = [_escape_note_line(line) for line in raw[first:last + 1]]
    lines[0] = "&#10;" * first + lines[0]
    lines[-1] += "<br>" * (len(raw) - 1 - last)
    return lines


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
                if not text and not markers:
                    # a bare "-" under a line of text underlines it as a heading, and an item
                    # starting with a blank line ends there
                    markers = " " + EMPTY_COMMENT
                lines.append((indent + "- " + text).rstrip(" ") + markers)
                indent += "  "
            if data["note"]:
                if level >= BRANCH_HEADING_LEVEL:
                    lines.append("")   # a paragraph of its own, not the item's text
                lines.extend(indent + line if line else "" for line in _note_lines(data["note"]))
    return "\n".join(lines) + "\n"


def save(mind_map: MindMap, path: str | Path) -> None:
    atomic_write_text(path, dumps(mind_map))


# ---------------------------------------------------------------------------- import
def loads(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read a Markdown outline (see :mod:`.markdown_reader`). Raises :class:`MapFormatError`
    for input it cannot use."""
    return read_markdown(data, path)


def load(path: str | Path) -> MindMap:
    return loads(read_input(path), path)
