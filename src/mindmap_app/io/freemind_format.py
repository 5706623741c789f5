"""FreeMind and Freeplane ``.mm`` maps, both directions.

Import, from FreeMind 1.0 and Freeplane 1.9+ files (the README's format table says the same):

* ``node`` elements nested under ``map``: text from ``TEXT`` (or ``LOCALIZED_TEXT``), or from
  ``richcontent TYPE="NODE"``, or from a ``TEXT`` that holds HTML; HTML is reduced to plain
  text, paragraphs and ``<br>`` to line breaks.
* ``richcontent TYPE="NOTE"`` -> note. Freeplane's ``TYPE="DETAILS"`` (the text shown under a
  node) goes into the note before the note itself; the node's attribute table
  (``<attribute NAME= VALUE=>``) goes after it, one ``name: value`` line each.
* ``FOLDED="true"`` -> folded; ``COLOR`` -> style ``color``; ``BACKGROUND_COLOR`` -> style
  ``background`` (``#rrggbb``, lower-cased); ``icon BUILTIN`` -> tags; ``<edge COLOR>`` ->
  style ``color`` (our branch colour, which the edges take); ``<cloud COLOR>`` -> style
  ``background`` when the node has none of its own.
* ``LINK`` -> ``link`` (a web page or a file); ``LINK="#ID_..."`` (to a node of the map) and
  ``arrowlink DESTINATION`` -> cross-links, the arrows labelled by ``MIDDLE_LABEL``, else
  ``SOURCE_LABEL``, else ``TARGET_LABEL``. Links to unknown ids or to the node itself are
  dropped.
* ``POSITION`` of the root's children (``left``/``right``; ``top_or_left``/
  ``bottom_or_right``) -> ``side``: the balanced layout keeps each branch on its side.
* Freeplane free nodes (children of the root with ``<hook NAME="FreeNode"/>``) -> floating
  subtrees.
* Dropped: ``FORMAT`` (number and date formats: the text is kept as written), fonts, node
  shapes and sizes, edge and cloud shapes and widths, styles and map styles, hooks other than
  free nodes, scripts, attribute layouts.

Export writes the same subset, in the form Freeplane writes (``<map version="freeplane
1.3.0">``: checked to open in Freeplane 1.7 without a warning, showing every node, colour,
icon, fold, link label and free node): ``TEXT`` (line breaks kept), ``ID="ID_1"...``,
``FOLDED``, ``COLOR``, ``BACKGROUND_COLOR``, ``POSITION`` for the root's children (their
``side``, else split between right and left for the balanced layout), ``icon`` per tag,
``arrowlink`` per link, the note as ``richcontent TYPE="NOTE"`` HTML (one paragraph per
line), floating subtrees as free nodes after the root's other children, stacked below the
main tree.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import MAX_DEPTH, MindMap
from .atomic import atomic_write_text
from .errors import MapFormatError
from .outline_common import (
    HtmlText,
    OutlineBuilder,
    XmlReader,
    depth_error,
    html_to_text,
    looks_like_html,
    read_input,
    walk_events,
    xml_attr,
    xml_text,
)

#: Old enough that no Freeplane release since 2014 warns that the map is "from a later version"
#: (the features written here all exist since then); FreeMind-versioned maps get a warning too.
MAP_VERSION = "freeplane 1.3.0"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_POSITIONS = {"left": "left", "right": "right", "top_or_left": "left",
              "bottom_or_right": "right"}
# element kinds on the reader's stack
_MAP, _NODE, _RICH, _OTHER = "map", "node", "rich", "other"


class _RichContent:
    """One ``richcontent`` element being read."""

    def __init__(self, node: int, kind: str, plain: bool) -> None:
        self.node = node
        self.kind = kind
        self.plain = plain
        self.html = HtmlText()
        self.raw: list[str] = []

    def text(self) -> str:
        if self.plain:
            return "".join(self.raw).strip()
        return self.html.text()


class _MmReader(XmlReader):
    def __init__(self, path: str | Path | None) -> None:
        super().__init__(path)
        self.builder = OutlineBuilder(path)
        self.kinds: list[str] = []
        self.nodes: list[int] = []
        self.rich: _RichContent | None = None
        self.ids: dict[str, int] = {}
        self.arrows: list[tuple[int, str, str]] = []
        self.free: list[int] = []
        self.details: dict[int, str] = {}
        self.notes: dict[int, str] = {}
        self.attributes: dict[int, list[str]] = {}
        self.positions: dict[int, str] = {}
        self.local_links: list[tuple[int, str]] = []
        self.edge_colors: dict[int, str] = {}
        self.cloud_colors: dict[int, str] = {}

    # ------------------------------------------------------------------ events
    def start(self, name: str, attrs: dict[str, str]) -> None:
        parent = self.kinds[-1] if self.kinds else None
        if parent is None:
            if name != "map":
                raise self.error(f"not a FreeMind/Freeplane map: the document is <{name}>, "
                                 "not <map>")
            self.kinds.append(_MAP)
        elif parent == _RICH:
            self.kinds.append(_RICH)
            if not self.rich.plain:
                self.rich.html.start(name)
        elif name == "node" and parent in (_MAP, _NODE):
            self._node(attrs)
            self.kinds.append(_NODE)
        elif parent == _NODE and name == "richcontent":
            kind = attrs.get("TYPE", "NODE").upper()
            plain = attrs.get("CONTENT-TYPE", "").lower().startswith("plain/")
            self.rich = _RichContent(self.nodes[-1], kind, plain)
            self.kinds.append(_RICH)
        else:
            if parent == _NODE:
                self._node_child(name, attrs)
            self.kinds.append(_OTHER)

    def end(self, name: str) -> None:
        kind = self.kinds.pop()
        if kind == _NODE:
            self.nodes.pop()
        elif kind == _RICH:
            if self.kinds[-1] != _RICH:        # the richcontent element itself
                self._rich_done(self.rich)
                self.rich = None
            elif not self.rich.plain:
                self.rich.html.end(name)

    def data(self, text: str) -> None:
        if self.rich is not None:
            if self.rich.plain:
                self.rich.raw.append(text)
            else:
                self.rich.html.data(text)

    # ----------------------------------------------------------------- helpers
    def _node(self, attrs: dict[str, str]) -> None:
        if len(self.nodes) > MAX_DEPTH + 1:   # +1: a free node is one level up in the map
            raise depth_error(self.path, self.line)
        text = attrs.get("TEXT")
        if text is None:
            text = attrs.get("LOCALIZED_TEXT", "")
        elif looks_like_html(text):
            text = html_to_text(text)
        style = {}
        for attribute, key in (("COLOR", "color"), ("BACKGROUND_COLOR", "background")):
            value = attrs.get(attribute, "")
            if _COLOR.fullmatch(value):
                style[key] = value.lower()
        node = self.builder.add(self.nodes[-1] if self.nodes else None, text, self.line,
                                folded=attrs.get("FOLDED", "").lower() == "true",
                                style=style)
        node_id = attrs.get("ID")
        if node_id and node_id not in self.ids:
            self.ids[node_id] = node
        side = _POSITIONS.get(attrs.get("POSITION", "").lower())
        if side:
            self.positions[node] = side
        link = attrs.get("LINK", "").strip()
        if link.startswith("#"):          # a link to another node of the map
            self.local_links.append((node, link[1:]))
        elif link:
            self.builder.set(node, "link", link)
        self.nodes.append(node)

    def _node_child(self, name: str, attrs: dict[str, str]) -> None:
        node = self.nodes[-1]
        if name == "icon" and attrs.get("BUILTIN"):
            tags = self.builder.get(node, "tags", ())
            self.builder.set(node, "tags", (*tags, attrs["BUILTIN"]))
        elif name == "arrowlink" and attrs.get("DESTINATION"):
            label = next((attrs[k] for k in ("MIDDLE_LABEL", "SOURCE_LABEL", "TARGET_LABEL")
                          if attrs.get(k)), "")
            self.arrows.append((node, attrs["DESTINATION"], label))
        elif name == "hook" and attrs.get("NAME") == "FreeNode":
            self.free.append(node)
        elif name == "attribute" and attrs.get("NAME", "").strip():
            self.attributes.setdefault(node, []).append(
                f"{attrs['NAME'].strip()}: {attrs.get('VALUE', '')}")
        elif name in ("edge", "cloud") and _COLOR.fullmatch(attrs.get("COLOR", "")):
            colors = self.edge_colors if name == "edge" else self.cloud_colors
            colors[node] = attrs["COLOR"].lower()

    def _rich_done(self, rich: _RichContent) -> None:
        text = rich.text()
        if rich.kind == "NODE":
            self.builder.set(rich.node, "text", text)
        elif rich.kind == "NOTE":
            self.notes[rich.node] = text
        elif rich.kind == "DETAILS":
            self.details[rich.node] = text

    # ------------------------------------------------------------------ result
    def result(self) -> MindMap:
        builder = self.builder
        tops = builder.top_level()
        if not tops:
            raise MapFormatError("the map has no nodes: nothing to import", self.path)
        root = tops[0]
        for node in set(self.notes) | set(self.details) | set(self.attributes):
            parts = [self.details.get(node, ""), self.notes.get(node, ""),
                     "\n".join(self.attributes.get(node, ()))]
            builder.set(node, "note", "\n\n".join(p for p in parts if p))
        for colors, key in ((self.edge_colors, "color"), (self.cloud_colors, "background")):
            for node, color in colors.items():
                style = dict(builder.get(node, "style") or {})
                if key == "color" or key not in style:   # the edge is the branch colour
                    style[key] = color
                    builder.set(node, "style", style)
        for node, side in self.positions.items():
            if builder.parents[node] == root and node not in self.free:
                builder.set(node, "side", side)
        for node in self.free:
            if builder.parents[node] == root:
                builder.detach(node)
        for source, destination, label in [*self.arrows,
                                           *((s, d, "") for s, d in self.local_links)]:
            target = self.ids.get(destination)
            if target is not None and target != source:
                builder.add_link(source, target, label)
        return builder.build(root)


def loads(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read a FreeMind/Freeplane map. Raises :class:`MapFormatError` for unusable input."""
    reader = _MmReader(path)
    reader.feed(data)
    return reader.result()


def load(path: str | Path) -> MindMap:
    return loads(read_input(path), path)


# ---------------------------------------------------------------------------- export
def _note_html(note: str) -> str:
    """A note as the HTML FreeMind and Freeplane show; spaces that HTML would collapse
    (at the ends of a line, or a run of them) are written as no-break spaces."""
    paragraphs = []
    for line in note.split("\n"):
        chars = []
        for i, char in enumerate(line):
            if char == " " and (i == 0 or i == len(line) - 1 or line[i - 1] == " "):
                chars.append("&#160;")
            else:
                chars.append(xml_text(char))
        paragraphs.append(f"<p>{''.join(chars)}</p>")
    return ("<richcontent TYPE=\"NOTE\"><html><head></head><body>"
            + "".join(paragraphs) + "</body></html></richcontent>")


def _sides(mind_map: MindMap) -> dict[str, str]:
    """``POSITION`` for each child of the root."""
    kids = mind_map.children(mind_map.root)
    if mind_map.layout in ("balanced", "radial") and any(mind_map.get(k, "side") for k in kids):
        # branches with a side keep it; the others go to the side with fewer branches
        out, counts = {}, {"right": 0, "left": 0}
        for kid in kids:
            side = mind_map.get(kid, "side") or min(("right", "left"), key=counts.get)
            out[kid] = side
            counts[side] += 1
        return out
    if mind_map.layout == "left":
        return dict.fromkeys(kids, "left")
    if mind_map.layout == "balanced":
        half = (len(kids) + 1) // 2
        return {kid: "right" if i < half else "left" for i, kid in enumerate(kids)}
    return dict.fromkeys(kids, "right")


def _shown_count(mind_map: MindMap, top: str) -> int:
    """Nodes of ``top``'s tree not hidden by folding (to guess the tree's height)."""
    count, stack = 0, [top]
    while stack:
        node = stack.pop()
        count += 1
        if not mind_map.get(node, "folded"):
            stack.extend(mind_map.children(node))
    return count


def dumps(mind_map: MindMap) -> str:
    """The map as a Freeplane/FreeMind ``.mm`` document."""
    mm_ids: dict[str, str] = {}
    for top in mind_map.roots():
        for _opening, node, _level, _kids in walk_events(mind_map, top):
            mm_ids.setdefault(node, f"ID_{len(mm_ids) + 1}")
    links: dict[str, list[tuple[str, str]]] = {}
    for source, target, label in mind_map.links():
        links.setdefault(source, []).append((target, label))
    sides = _sides(mind_map)
    out = [f'<map version="{MAP_VERSION}">',
           "<!--To view this file, download free mind mapping software Freeplane from "
           "https://www.freeplane.org -->"]
    # free nodes are stacked below the main tree, each below the previous one's branch
    shifts: dict[str, int] = {}
    shift = 20 + 10 * _shown_count(mind_map, mind_map.root)
    for node in mind_map.floating:
        shifts[node] = shift
        shift += 30 + 20 * _shown_count(mind_map, node)
    floating = set(shifts)

    def open_node(node: str, needs_body: bool) -> bool:
        """Write the node's start tag and inner elements; True when it is left open."""
        data = mind_map.attrs(node)
        attrs = f'TEXT="{xml_attr(data["text"])}" ID="{mm_ids[node]}"'
        if data["folded"]:
            attrs += ' FOLDED="true"'
        elif needs_body:
            attrs += ' FOLDED="false"'   # else Freeplane may show a free node folded
        if data["link"] and not data["link"].startswith("#"):   # "#ID": a node of the map
            attrs += f' LINK="{xml_attr(data["link"])}"'
        if node in sides:
            attrs += f' POSITION="{sides[node]}"'
        elif node in floating:
            attrs += (f' POSITION="right" HGAP_QUANTITY="80 px"'
                      f' VSHIFT_QUANTITY="{shifts[node]} px"'
                      ' LOCALIZED_STYLE_REF="defaultstyle.floating"')
        style = data["style"] or {}
        for key, attribute in (("color", "COLOR"), ("background", "BACKGROUND_COLOR")):
            value = style.get(key)
            if isinstance(value, str) and _COLOR.fullmatch(value):
                attrs += f' {attribute}="{value.lower()}"'
        inner = [f'<icon BUILTIN="{xml_attr(tag)}"/>' for tag in data["tags"]]
        for target, label in links.get(node, []):
            label_attr = f' MIDDLE_LABEL="{xml_attr(label)}"' if label else ""
            inner.append(f'<arrowlink DESTINATION="{mm_ids[target]}"{label_attr} '
                         'STARTARROW="None" ENDARROW="Default"/>')
        if node in floating:
            inner.append('<hook NAME="FreeNode"/>')
        if data["note"]:
            inner.append(_note_html(data["note"]))
        if not inner and not needs_body:
            out.append(f"<node {attrs}/>")
            return False
        out.append(f"<node {attrs}>")
        out.extend(inner)
        return True

    # floating subtrees are written as the root's last children (Freeplane's free nodes),
    # so the root is closed after them
    root = mind_map.root
    root_open = False
    for top in mind_map.roots():
        for opening, node, _level, has_children in walk_events(mind_map, top):
            if not opening:
                if node != root:
                    out.append("</node>")
                continue
            left_open = open_node(node, has_children or (node == root and bool(floating)))
            if node == root:
                root_open = left_open
            elif left_open and not has_children:
                out.append("</node>")
    if root_open:
        out.append("</node>")
    out.append("</map>")
    return "\n".join(out) + "\n"


def save(mind_map: MindMap, path: str | Path) -> None:
    atomic_write_text(path, dumps(mind_map))
