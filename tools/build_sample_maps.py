"""Build the sample maps in ``src/mindmap_app/sample_maps/`` from the workshop seed text.

Usage::

    .venv/bin/python tools/build_sample_maps.py            # (re)write the YAML files
    .venv/bin/python tools/build_sample_maps.py --check    # exit 1 if a file would change

The seed is the text of the Transition Network "Big Society" workshop page
(``tests/data/big-society-workshop.txt``). Every bullet becomes one node whose text is the
bullet verbatim, minus its leading ``"- "``; the co-operatives group's nested bullets
(``"- – Employment"``) lose their ``"– "`` depth markers and become children of the bullet
above them. Prose lines become notes on the node they describe.

The YAML files are what ships; they are written in plain block style, with keys in the
format's order and strings quoted only where YAML 1.1 would read them as something else, so
that they read as if written by hand. The script checks that every file it writes loads back
(with ``yaml.safe_load``) to exactly the data it meant to write.
"""

from __future__ import annotations

import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from mindmap_app.io.yaml_format import dumps_map, loads_map  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "big-society-workshop.txt"
OUT = ROOT / "src" / "mindmap_app" / "sample_maps"

THREAT = {"tags": ["threat"], "style": {"color": "#b03a2e"}}
OPPORTUNITY = {"tags": ["opportunity"], "style": {"color": "#1e7b45"}}

#: Level heading in the seed -> (map file stem, root text).
LEVELS = {
    "National level": "national",
    "Organisational/Transition Initiative level": "organisational",
    "Local community level": "local",
    "Personal level": "personal",
}
LEVEL_RE = re.compile(r"^(?P<level>.+? level): (?P<rest>.+?)(?: \(table (?P<table>\d+)\))?$")
SESSION1 = "Workshop session 1: Threats and opportunities"
SESSION2 = "Workshop session 2: Breakouts (attendee identified and chosen)"
#: Breakout group heading -> node id.
GROUPS = {
    "What role can we take in improving governance (at local level)?": "governance",
    "Co-operatives / Social Enterprises": "cooperatives",
    "Transition Templates for Social Justice": "social_justice",
    "Capacity Building at the Transition Network for engagement on a National level":
        "capacity",
    "Transition Trusts": "trusts",
}
#: Sub-headings inside a level section -> id suffix; the first two carry the tags and colours.
SUBHEADINGS = {
    "Threats": "threats",
    "Opportunities": "opportunities",
    "Framing": "framing",
    "The issue of scale": "scale",
}
NESTED_MARK = "– "  # en dash + space: one level of nesting in the co-operatives group


@dataclass
class Node:
    id: str
    text: str
    note_lines: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # tags, style, link
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return child

    def to_dict(self) -> dict:
        data: dict = {"id": self.id, "text": self.text}
        if self.note_lines:
            data["note"] = "\n".join(self.note_lines)
        for key in ("tags", "style", "link"):
            if key in self.extra:
                data[key] = self.extra[key]
        if self.children:
            data["children"] = [child.to_dict() for child in self.children]
        return data

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.children)


@dataclass
class Map:
    stem: str
    title: str
    layout: str
    root: Node

    def to_dict(self) -> dict:
        return {"format": "mindmap/1", "title": self.title, "layout": self.layout,
                "theme": "light", "root": self.root.to_dict()}


# ---------------------------------------------------------------------------------- parsing
def parse_seed(lines: list[str]) -> tuple[list[str], dict[str, Map]]:
    """Return the context lines before session 1 and the five maps of the sessions."""
    maps: dict[str, Map] = {}
    context: list[str] = []
    it = iter(lines)
    for line in it:
        if line == SESSION1:
            break
        context.append(line)

    level_root: Node | None = None  # the level's root node, or the breakouts root
    table: Node | None = None       # "Table n" node, or the level root when there are no tables
    heading: Node | None = None     # Threats / Opportunities / Framing / scale / breakout group
    stack: list[Node] = []          # co-operatives nesting: stack[d] is the last node at depth d
    prefix = ""
    counters: dict[str, int] = {}

    def next_id(base: str, sep: str = "") -> str:
        counters[base] = counters.get(base, 0) + 1
        return f"{base}{sep}{counters[base]}"

    for line in it:
        match = LEVEL_RE.match(line)
        if match and match["level"] in LEVELS:  # not "National Level: ... mindmap"
            stem = LEVELS[match["level"]]
            if stem not in maps:
                counters.clear()  # ids count from 1 in each map
                title = line if not match["table"] else f"{match['level']}: {match['rest']}"
                level_root = Node(stem, match["level"])
                maps[stem] = Map(stem, title, "balanced", level_root)
            level_root = maps[stem].root
            if match["table"]:
                table = level_root.add(Node(f"table{match['table']}", f"Table {match['table']}"))
                prefix = f"{table.id}_"
            else:
                table, prefix = level_root, ""
            heading = None
            continue
        if line == SESSION2:
            counters.clear()
            level_root = Node("breakouts", "Breakouts")
            maps["breakouts"] = Map("breakouts", line, "right", level_root)
            table, heading = level_root, None
            continue
        if line in GROUPS:
            heading = table.add(Node(GROUPS[line], line))
            stack = [heading]
            prefix = {"cooperatives": "coop", "social_justice": "justice"}.get(heading.id,
                                                                              heading.id)
            continue
        if line.rstrip(":") in SUBHEADINGS:
            name = line.rstrip(":")
            heading = table.add(Node(prefix + SUBHEADINGS[name], name))
            heading.extra.update({"Threats": THREAT, "Opportunities": OPPORTUNITY}.get(name, {}))
            continue
        if line == "-":  # an empty bullet
            continue
        if line.startswith("- "):
            text, depth = line[2:], 0
            while text.startswith(NESTED_MARK):
                text, depth = text[len(NESTED_MARK):], depth + 1
            if level_root.id == "breakouts":
                parent = stack[depth]
                base = parent.id if depth else prefix
                node = parent.add(Node(next_id(base, "_"), text))
                del stack[depth + 1:]
                stack.append(node)
            else:
                letter = heading.id.removeprefix(prefix)[0]  # t(hreats) or o(pportunities)
                heading.add(Node(next_id(prefix + letter), text))
            continue
        # A prose line: a note on the node it belongs to.
        if heading is not None and heading.id.removeprefix(prefix) in ("framing", "scale"):
            heading.note_lines.append(line)
        elif line.endswith(" mindmap"):
            table.note_lines.append(f"The original page also showed these as a mind map "
                                    f"image: “{line}”.")
        elif level_root.id == "breakouts":
            heading.note_lines.append(line)  # the group's own minutes
        else:
            table.note_lines.append(line)  # e.g. table 2's closing "general view"
    return context, maps


def overview(context: list[str], maps: dict[str, Map]) -> Map:
    """The workshop map: the agenda, with one node per level map and per breakout group."""
    title, *about = [line for line in context if line not in ("Agenda", "Presentation")]
    place_and_date = next(line for line in about if line.startswith("Bristol"))
    root = Node("workshop", f"Big Society workshop, {place_and_date}")
    # Author, date and the Chatham House rule; a blank line before the longer paragraph.
    root.note_lines = [*about[:-1], "", about[-1]]
    if "Presentation" in context:
        root.add(Node("presentation", "Presentation"))
    session1 = root.add(Node("session1", SESSION1))
    for stem in ("national", "organisational", "local", "personal"):
        level = session1.add(Node(stem, maps[stem].root.text))
        level.extra["link"] = f"{stem}.yaml"
    session2 = root.add(Node("session2", SESSION2))
    session2.extra["link"] = "breakouts.yaml"
    for group in maps["breakouts"].root.children:
        session2.add(Node(group.id, group.text))
    return Map("workshop", title, "right", root)


# ---------------------------------------------------------------------------------- writing
YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def needs_quotes(text: str) -> bool:
    """True when a plain scalar would not read back as this very string (YAML 1.1 rules)."""
    if not text or text != text.strip() or "\n" in text:
        return True
    if text[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in text or " #" in text or text.endswith(":"):
        return True
    if text.lower() in YAML11_WORDS:
        return True
    try:
        return yaml.safe_load(f"k: {text}") != {"k": text}
    except yaml.YAMLError:
        return True


def scalar(text: str) -> str:
    if not needs_quotes(text):
        return text
    if "'" in text and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def flow(value) -> str:
    """The short flow forms the design uses for tags and style: [threat], {color: "#..."}."""
    if isinstance(value, list):
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    return "{" + ", ".join(f'{k}: "{v}"' for k, v in value.items()) + "}"


def note_lines(note: str, indent: int, width: int = 96) -> list[str]:
    pad = " " * indent
    if "\n" not in note and indent + len("note: ") + len(scalar(note)) <= width:
        return [scalar(note)]  # a short note stays on the key's line
    if "\n" in note:
        return ["|-"] + [pad + line if line else "" for line in note.split("\n")]
    wrapped = textwrap.wrap(note, width=max(40, width - indent), break_long_words=False,
                            break_on_hyphens=False)
    return [">-"] + [pad + line for line in wrapped]


def node_lines(node: dict, indent: int, first_prefix: str, spaced: bool = False) -> list[str]:
    """Lines of one node mapping; ``first_prefix`` replaces the indent of its first line."""
    pad = " " * indent
    out: list[str] = []
    for key, value in node.items():
        lead = first_prefix if not out else pad
        if key == "note":
            block = note_lines(value, indent + 2)
            out.append(f"{lead}note: {block[0]}")
            out.extend(block[1:])
        elif key in ("tags", "style"):
            out.append(f"{lead}{key}: {flow(value)}")
        elif key == "children":
            out.append(f"{lead}children:")
            for i, child in enumerate(value):
                if spaced and i:
                    out.append("")
                out.extend(node_lines(child, indent + 4, pad + "  - "))
        else:
            out.append(f"{lead}{key}: {scalar(value)}")
    return out


def dump(data: dict) -> str:
    lines = [f"format: {data['format']}", f"title: {scalar(data['title'])}",
             f"layout: {data['layout']}", f"theme: {data['theme']}", "root:"]
    lines += node_lines(data["root"], 2, "  ", spaced=True)
    return "\n".join(lines) + "\n"


def build() -> dict[str, tuple[Map, str]]:
    seed_lines = SEED.read_text(encoding="utf-8").splitlines()
    context, maps = parse_seed(seed_lines)
    maps["workshop"] = overview(context, maps)
    result = {}
    for stem, map_ in maps.items():
        data = map_.to_dict()
        text = dump(data)
        if yaml.safe_load(text) != data:
            raise SystemExit(f"{stem}.yaml would not load back to the intended data")
        # Ship the app's own canonical form, so opening and saving a sample changes nothing.
        text = dumps_map(loads_map(text, f"{stem}.yaml"))
        result[stem] = (map_, text)
    return result


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for stem, (map_, text) in build().items():
        path = OUT / f"{stem}.yaml"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {map_.root.count()} nodes")
    if stale:
        print("out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
