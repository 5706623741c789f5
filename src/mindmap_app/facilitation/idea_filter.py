"""The idea filter: which ideas match (by tag, text, votes, combined) and what is shown.

A filter is a view setting: it never changes the map. :func:`apply_filter` says which ideas
match and, for the two modes, what is drawn: ``dim`` draws every idea and dims those that do
not match; ``hide`` draws the matches and their ancestors only, so the tree stays readable.
:func:`filtered_map` gives a copy of the map holding what ``hide`` shows, for exports.
Qt-free: the canvas, presentation, exports and later a phone page share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import AddLink, Fragment, InsertSubtree, MindMap, SetNodeAttr

MODES = ("dim", "hide")


@dataclass(frozen=True)
class IdeaFilter:
    """Ideas with any of ``tags`` (none chosen: any idea), whose text or note contains
    ``text`` (case-insensitive), with at least ``min_votes`` votes. All given criteria must
    hold."""

    tags: frozenset[str] = field(default_factory=frozenset)
    text: str = ""
    min_votes: int = 0
    mode: str = "dim"

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"filter mode must be one of {', '.join(MODES)}")
        object.__setattr__(self, "tags", frozenset(self.tags))

    @property
    def active(self) -> bool:
        return bool(self.tags or self.text.strip() or self.min_votes > 0)

    def matches(self, mind_map: MindMap, node: str) -> bool:
        if self.tags and not self.tags.intersection(mind_map.get(node, "tags")):
            return False
        if self.min_votes > 0 and mind_map.get(node, "votes") < self.min_votes:
            return False
        query = self.text.strip().casefold()
        if query and query not in mind_map.text(node).casefold() and \
                query not in mind_map.get(node, "note").casefold():
            return False
        return True

    def record(self, name: str) -> dict:
        """This filter as a named view kept in the map (``views`` in the file)."""
        return {"name": name, "tags": tuple(sorted(self.tags)), "text": self.text,
                "min_votes": self.min_votes, "mode": self.mode}

    @classmethod
    def from_record(cls, record: dict) -> IdeaFilter:
        return cls(frozenset(record.get("tags", ())), record.get("text", ""),
                   record.get("min_votes", 0), record.get("mode", "dim"))

    def describe(self) -> str:
        parts = []
        if self.tags:
            parts.append("tag " + " or ".join(sorted(self.tags)))
        if self.text.strip():
            parts.append(f"text “{self.text.strip()}”")
        if self.min_votes > 0:
            parts.append(f"votes ≥ {self.min_votes}")
        return ", ".join(parts) or "no filter"


@dataclass(frozen=True)
class FilterResult:
    matched: frozenset[str]
    #: the ideas drawn (all of them when dimming)
    shown: frozenset[str]
    #: the ideas drawn dimmed
    dimmed: frozenset[str]


def apply_filter(mind_map: MindMap, spec: IdeaFilter | None) -> FilterResult:
    everything = frozenset(mind_map.nodes())
    if spec is None or not spec.active:
        return FilterResult(everything, everything, frozenset())
    matched = frozenset(n for n in everything if spec.matches(mind_map, n))
    if spec.mode == "dim":
        return FilterResult(matched, everything, everything - matched)
    shown = {mind_map.root}
    for node in matched:
        for above in mind_map.path_to_root(node):
            if above in shown and above != node:
                break
            shown.add(above)
    # the ancestors kept for context are drawn dimmed
    return FilterResult(matched, frozenset(shown), frozenset(shown) - matched)


def all_tags(mind_map: MindMap) -> list[str]:
    """The map's tags, in the order they first appear."""
    seen: dict[str, None] = {}
    for root in mind_map.roots():
        for node in mind_map.subtree(root):
            for tag in mind_map.get(node, "tags"):
                seen.setdefault(tag, None)
    return list(seen)


def filtered_map(mind_map: MindMap, spec: IdeaFilter | None) -> MindMap:
    """A copy of the map with only what the filter's ``hide`` mode shows (the whole map when
    the filter is off). Links between kept ideas are kept."""
    keep = apply_filter(mind_map, IdeaFilter(spec.tags, spec.text, spec.min_votes, "hide")
                        if spec is not None else None).shown
    root = mind_map.root
    out = MindMap(mind_map.title, mind_map.text(root), root_id=root, layout=mind_map.layout,
                  theme=mind_map.theme)
    for key, value in mind_map.raw_attrs(root).items():
        if key != "text":
            out.apply(SetNodeAttr(root, key, value))
    tops = [(root, c) for c in mind_map.children(root)] + [(None, f) for f in mind_map.floating]
    for parent, top in tops:
        if top not in keep:
            continue
        nodes = []
        stack: list[tuple[str, str | None]] = [(top, None)]
        while stack:
            node, above = stack.pop()
            nodes.append((node, above, mind_map.raw_attrs(node)))
            stack.extend((c, node) for c in reversed(mind_map.children(node)) if c in keep)
        target = parent if parent is None else root
        index = len(out.children(root)) if parent is not None else len(out.floating)
        out.apply(InsertSubtree(target, index, Fragment(tuple(nodes))))
    for a, b, label in mind_map.links():
        if a in keep and b in keep:
            out.apply(AddLink(a, b, label))
    return out
