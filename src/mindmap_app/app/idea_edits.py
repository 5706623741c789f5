"""The edits of what is drawn on an idea: tags, note, colour, votes, web/map link, cross-links.

One object per tab (``editor.ideas``). Each method builds a model edit, names the undo step
("Add Tag 'threat'") and hands it to the document; nothing here keeps state of the map. With
several ideas selected, a tag, colour or vote change applies to all of them in one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..commands import (
    LinkCommand,
    NoteCommand,
    StyleCommand,
    TagCommand,
    VoteCommand,
    WebLinkCommand,
)
from ..model import AddLink, Composite, RemoveLink, SetNodeAttr, SetTagColor

if TYPE_CHECKING:
    from .map_editor import MapEditor


def _count(n: int) -> str:
    """" (3 ideas)" after an undo step's name (translated whole: "{step} ({n} ideas)")."""
    return "" if n == 1 else f" ({n} ideas)"


class IdeaEdits:
    def __init__(self, editor: MapEditor) -> None:
        self.editor = editor

    @property
    def mind_map(self):  # noqa: ANN201
        return self.editor.mind_map

    def _nodes(self, nodes: list[str] | None) -> list[str]:
        return [n for n in (self.editor.selected() if nodes is None else nodes)
                if n in self.mind_map]

    def _run(self, edits: list, text: str, command_cls) -> bool:  # noqa: ANN001
        if not edits:
            return False
        edit = edits[0] if len(edits) == 1 else Composite(tuple(edits), text)
        return self.editor._run(edit, text, command_cls)

    # ------------------------------------------------------------------------- tags
    def all_tags(self) -> list[str]:
        """Every tag used in the map, in first-use order (for completion and the legend)."""
        seen: dict[str, None] = {}
        for root in self.mind_map.roots():
            for node in self.mind_map.subtree(root):
                for tag in self.mind_map.get(node, "tags"):
                    seen.setdefault(tag, None)
        return list(seen)

    def add_tag(self, tag: str, nodes: list[str] | None = None) -> bool:
        tag = " ".join(tag.split())
        nodes = self._nodes(nodes)
        if not tag or not nodes:
            return False
        get = self.mind_map.get
        edits = [SetNodeAttr(n, "tags", (*get(n, "tags"), tag)) for n in nodes
                 if tag not in get(n, "tags")]
        if not edits:
            self.editor.message.emit(f"Already tagged '{tag}'")
            return False
        return self._run(edits, f"Add Tag '{tag}'" + _count(len(edits)), TagCommand)

    def remove_tag(self, tag: str, nodes: list[str] | None = None) -> bool:
        get = self.mind_map.get
        edits = [SetNodeAttr(n, "tags", tuple(t for t in get(n, "tags") if t != tag))
                 for n in self._nodes(nodes) if tag in get(n, "tags")]
        return self._run(edits, f"Remove Tag '{tag}'" + _count(len(edits)), TagCommand)

    def rename_tag(self, old: str, new: str) -> bool:
        """Rename ``old`` to ``new`` on every idea of the map, in one undo step."""
        new = " ".join(new.split())
        if not new or new == old:
            return False
        m = self.mind_map
        edits = []
        for node in list(m.nodes()):
            tags = m.get(node, "tags")
            if old in tags:
                renamed: list[str] = []
                for t in tags:
                    t = new if t == old else t
                    if t not in renamed:
                        renamed.append(t)
                edits.append(SetNodeAttr(node, "tags", tuple(renamed)))
        return self._run(edits, f"Rename Tag '{old}' to '{new}'", TagCommand)

    def set_tag_color(self, tag: str, color: str | None) -> bool:
        """The map's own colour for ``tag`` (saved in the file); None: the theme's."""
        if self.mind_map.tag_colors.get(tag) == (color.lower() if color else None):
            return False
        text = f"Tag Colour '{tag}'" if color else f"Default Tag Colour '{tag}'"
        return self._run([SetTagColor(tag, color)], text, TagCommand)

    # ------------------------------------------------------------------------- note
    def set_note(self, node: str, text: str) -> NoteCommand | None:
        """Set the note; typing merges into one step (see :class:`NoteCommand`)."""
        if node not in self.mind_map or self.mind_map.get(node, "note") == text:
            return None
        edit = SetNodeAttr(node, "note", text)
        try:
            return self.editor.document.run(edit, "Edit Note", NoteCommand, node=node)
        except ValueError as exc:
            self.editor.message.emit(str(exc))
            return None

    # ------------------------------------------------------------------------ colour
    def set_color(self, color: str | None, branch: bool = False,
                  nodes: list[str] | None = None) -> bool:
        """Give the ideas (or their whole branches) ``color``; None: as the branch."""
        return self._set_style("color", color, branch, nodes)

    def set_fill(self, color: str | None, branch: bool = False,
                 nodes: list[str] | None = None) -> bool:
        """Fill the ideas' boxes (or every box of their branches) with ``color``; None: the
        theme's fill."""
        return self._set_style("background", color, branch, nodes)

    def _set_style(self, key: str, color: str | None, branch: bool,
                   nodes: list[str] | None) -> bool:
        """``style[key]`` of the ideas. A branch colour is given to the top alone (the
        ideas below take it from there, their own giving way); a fill to every idea."""
        m = self.mind_map
        nodes = self._nodes(nodes)
        targets = list(dict.fromkeys(
            d for n in nodes for d in (m.subtree(n) if branch else [n])))
        edits = []
        for node in targets:
            style = dict(m.get(node, "style") or {})
            wanted = color if (node in nodes or key == "background") else None
            if wanted:
                style[key] = wanted
            else:
                style.pop(key, None)
            if style != (m.get(node, "style") or {}):
                edits.append(SetNodeAttr(node, "style", style or None))
        if key == "background":
            what = "Branch Fill" if branch else "Fill"
        else:
            what = "Branch Colour" if branch else "Colour"
        text = f"Clear {what}" if color is None else f"{what} {color}"
        if not edits:
            self.editor.message.emit("The fill is already so" if key == "background"
                                     else "The colour is already so")
            return False
        return self._run(edits, text + _count(len(nodes)), StyleCommand)

    # ------------------------------------------------------------------------- votes
    def add_votes(self, delta: int, nodes: list[str] | None = None) -> bool:
        get = self.mind_map.get
        edits = [SetNodeAttr(n, "votes", max(0, get(n, "votes") + delta))
                 for n in self._nodes(nodes) if get(n, "votes") + delta >= 0]
        if not edits:
            self.editor.message.emit("No vote to remove")
            return False
        text = "Add Vote" if delta > 0 else "Remove Vote"
        return self._run(edits, text + _count(len(edits)), VoteCommand)

    def set_votes(self, votes: int, nodes: list[str] | None = None) -> bool:
        get = self.mind_map.get
        edits = [SetNodeAttr(n, "votes", max(0, votes)) for n in self._nodes(nodes)
                 if get(n, "votes") != votes]
        return self._run(edits, f"Set Votes to {votes}" + _count(len(edits)), VoteCommand)

    # ---------------------------------------------------------------------- web link
    def set_link(self, link: str | None, nodes: list[str] | None = None) -> bool:
        link = (link or "").strip() or None
        get = self.mind_map.get
        edits = [SetNodeAttr(n, "link", link) for n in self._nodes(nodes)
                 if get(n, "link") != link]
        return self._run(edits, "Remove Link" if link is None else "Set Link", WebLinkCommand)

    # -------------------------------------------------------------------- cross-links
    def links_of(self, node: str) -> list[tuple[str, str, str]]:
        """The cross-links from and to ``node`` (its own edges only: cheap on a big map)."""
        return self.mind_map.links_of(node)

    def add_cross_link(self, source: str, target: str, label: str = "") -> bool:
        return self._run([AddLink(source, target, label)], "Add Cross-link", LinkCommand)

    def remove_cross_links(self, pairs: list[tuple[str, str]]) -> bool:
        edits = [RemoveLink(a, b) for a, b in pairs if self.mind_map.has_link(a, b)]
        n = len(edits)
        return self._run(edits, "Delete Cross-link" if n == 1 else f"Delete {n} Cross-links",
                         LinkCommand)

    def set_cross_link_label(self, source: str, target: str, label: str) -> bool:
        label = label.strip()
        m = self.mind_map
        if not m.has_link(source, target):
            return False
        old = m.link_label(source, target)
        if old == label:
            return False
        return self._run([RemoveLink(source, target), AddLink(source, target, label)],
                         "Edit Cross-link Label", LinkCommand)
