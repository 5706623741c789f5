"""Plain indented text outlines: the quickest way in for a flipchart transcription, and what
the clipboard carries to and from other programs.

Reading (:func:`loads`, :func:`fragments_from_text`):

* Indentation by tabs or spaces, in any widths, mixed (a tab counts to the next multiple of
  4 columns). A line indented more than the line above is its child; a line indented less
  goes back to the nearest line indented no more than it.
* Optional bullets ``-  *  +  •  –  —  ◦  ▪  ‣`` and numbering (``1.``, ``2)``, ``1.2.``,
  ``a)``; one to three digits) are removed from the text. Several bullets in a row
  (``- – – Apprentice schemes``, as typed in transcriptions) nest one level per extra
  bullet.
* A bulleted line right under an unbulleted line at the same indentation is its child::

      Threats              ->  Threats
      - Power devolved             Power devolved
      - Time scale                 Time scale

* A numbered line continues the numbering above it: ``3.`` goes beside the nearest open
  ``2.`` (same ``.`` or ``)``) even when a transcription indented it differently.
* Blank lines are ignored (they often separate groups), as are empty bullets that have
  nothing under them.
* If exactly one line is at the top level, it is the root. Otherwise the root is named after
  the file (its stem, e.g. ``big-society-workshop``), or "Imported outline" without a file
  name, and the top-level lines become its children.

Writing (:func:`dumps`): one node per line, children indented by one tab, no bullets: what
mind-mapping and outlining programs paste as an outline. Floating subtrees follow the main
tree as further top-level lines. Plain text holds only texts: a line break inside a text
becomes a space; notes, styles and links are left out; an empty text is written as ``-``;
a text that itself starts with a bullet or a number loses it when read back.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import MAX_DEPTH, Fragment, MindMap
from .atomic import atomic_write_text
from .errors import MapFormatError
from .outline_common import (
    DEFAULT_ROOT_TEXT,
    MAX_NODES,
    OutlineBuilder,
    decode_text,
    depth_error,
    read_input,
    split_lines,
    stem_of,
    too_many_nodes,
    walk,
)

BULLETS = "-*+•–—◦▪‣"
_BULLET = re.compile(r"[" + re.escape(BULLETS) + r"](?=[ \t\u00a0]|$)")
_MARKER = re.compile(r"(?:[" + re.escape(BULLETS) + r"]|\d{1,3}(?:\.\d{1,3})*[.)]|[A-Za-z]\))"
                     r"(?=[ \t\u00a0]|$)")
_SPACE = " \t\u00a0\u3000"


class _Line:
    __slots__ = ("bare", "key", "number", "ordinal", "text")

    def __init__(self, number: int, key: int, text: str, bare: bool,
                 ordinal: tuple[int, str] | None = None) -> None:
        self.number = number
        self.key = key
        self.text = text
        self.bare = bare
        self.ordinal = ordinal      # (3, ".") for "3. text"


def _parse_line(raw: str, number: int) -> _Line | None:
    """The line's nesting key and text, or None for a blank line."""
    column = 0
    position = 0
    while position < len(raw) and raw[position] in _SPACE:
        column = column + 4 - column % 4 if raw[position] == "\t" else column + 1
        position += 1
    if position == len(raw):
        return None
    marker_column = -1
    ordinal = None
    while True:
        match = (_MARKER if marker_column < 0 else _BULLET).match(raw, position)
        if not match:
            break
        if marker_column < 0:
            ordinal = _ordinal(match.group())
        marker_column = column
        column += match.end() - position
        position = match.end()
        while position < len(raw) and raw[position] in _SPACE:
            column = column + 4 - column % 4 if raw[position] == "\t" else column + 1
            position += 1
    text = raw[position:].rstrip(_SPACE)
    if marker_column < 0:
        # an unbulleted line at column c sits just above bulleted lines at column c
        return _Line(number, 2 * column, text, False)
    return _Line(number, 2 * marker_column + 1, text, not text, ordinal)


def _ordinal(marker: str) -> tuple[int, str] | None:
    """``(3, ".")`` for the marker ``3.``; None for bullets, ``1.2.`` and ``a)``."""
    digits = marker[:-1]
    return (int(digits), marker[-1]) if digits.isdigit() else None


def _parse(text: str, path: str | Path | None, levels_above: int | None = 0) -> OutlineBuilder:
    """Every non-blank line as a node of a builder, nested by indentation (``levels_above``
    None: as deep as the text goes)."""
    entries: list[_Line] = []
    parents: list[int | None] = []
    stack: list[tuple[int, int]] = []     # (key, entry index)
    for number, raw in enumerate(split_lines(text), 1):
        line = _parse_line(raw, number)
        if line is None:
            continue
        if len(entries) >= MAX_NODES:
            raise too_many_nodes(path, number)
        if line.ordinal and line.ordinal[0] > 1:
            # "3." continues the "2." above it, wherever a transcription indented it
            previous = (line.ordinal[0] - 1, line.ordinal[1])
            for key, index in reversed(stack):
                if entries[index].ordinal == previous:
                    line.key = key
                    break
        while stack and stack[-1][0] >= line.key:
            stack.pop()
        if levels_above is not None and len(stack) + levels_above > MAX_DEPTH:
            raise depth_error(path, number)
        parents.append(stack[-1][1] if stack else None)
        stack.append((line.key, len(entries)))
        entries.append(line)
    # drop empty bullets with nothing under them (the last child is seen first)
    alive = [True] * len(entries)
    has_children = [False] * len(entries)
    for index in range(len(entries) - 1, -1, -1):
        if entries[index].bare and not has_children[index]:
            alive[index] = False
        elif parents[index] is not None:
            has_children[parents[index]] = True
    builder = OutlineBuilder(path)
    new_index: dict[int, int] = {}
    for index, entry in enumerate(entries):
        if alive[index]:
            parent = parents[index]
            new_index[index] = builder.add(None if parent is None else new_index[parent],
                                           entry.text, entry.number)
    return builder


def loads(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read an indented outline (see the module docstring for the rules)."""
    builder = _parse(decode_text(data, path), path)
    tops = builder.top_level()
    if not tops:
        raise MapFormatError("the file has no text lines: nothing to import", path)
    if len(tops) == 1:
        return builder.build(tops[0])
    root = builder.wrap(tops, stem_of(path) or DEFAULT_ROOT_TEXT)
    return builder.build(root)


def load(path: str | Path) -> MindMap:
    return loads(read_input(path), path)


def fragments_from_text(text: str, *, limit_depth: bool = True) -> list[Fragment]:
    """Plain text pasted from another program as subtrees: one fragment per top-level line,
    its nested lines as children. Empty text gives ``[]``. Too deep an outline raises
    :class:`MapFormatError` (``limit_depth=False``: the fragments are as deep as the text,
    for paste to refuse). Ids are ``n1, n2, ...`` (paste renames them)."""
    builder = _parse(decode_text(text, None), None, levels_above=1 if limit_depth else None)
    fragments: list[list[tuple[str, str | None, dict]]] = []
    for index, parent in enumerate(builder.parents):
        node = f"n{index + 1}"
        if parent is None:
            fragments.append([])
        fragments[-1].append((node, None if parent is None else f"n{parent + 1}",
                              dict(builder.attrs[index])))
    return [Fragment(tuple(nodes)) for nodes in fragments]


# ---------------------------------------------------------------------------- export
def _line_text(text: str) -> str:
    text = " ".join(text.replace("\r", "\n").split("\n")).strip(_SPACE)
    return text or "-"


def fragments_to_text(mind_map: MindMap, tops: list[str]) -> str:
    """The subtrees under ``tops`` as tab-indented lines (what Copy puts on the clipboard)."""
    lines = []
    for top in tops:
        for node, level in walk(mind_map, top):
            lines.append("\t" * level + _line_text(mind_map.text(node)))
    return "\n".join(lines) + "\n" if lines else ""


def dumps(mind_map: MindMap) -> str:
    """The whole map as a tab-indented outline: the main tree, then the floating subtrees."""
    return fragments_to_text(mind_map, mind_map.roots())


def save(mind_map: MindMap, path: str | Path) -> None:
    atomic_write_text(path, dumps(mind_map))
