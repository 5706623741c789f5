"""The sample maps that ship with the app are the Big Society workshop, word for word.

The seed text (``tests/data/big-society-workshop.txt``) is parsed here with a small parser of
its own, and the YAML files are read with ``yaml.safe_load`` and walked as plain dicts, so these
tests do not depend on the app's own loader.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from tests.conftest import SAMPLE_MAPS

SEED = Path(__file__).parents[1] / "data" / "big-society-workshop.txt"

LEVEL_FILES = {
    "National level": "national",
    "Organisational/Transition Initiative level": "organisational",
    "Local community level": "local",
    "Personal level": "personal",
}
SESSION_MAPS = [*LEVEL_FILES.values(), "breakouts"]
ALL_MAPS = ["workshop", *SESSION_MAPS]
BREAKOUT_GROUPS = [
    "What role can we take in improving governance (at local level)?",
    "Co-operatives / Social Enterprises",
    "Transition Templates for Social Justice",
    "Capacity Building at the Transition Network for engagement on a National level",
    "Transition Trusts",
]
SUBHEADINGS = ("Threats", "Opportunities", "Framing", "The issue of scale")
NESTED = "– "  # "- – Employment" is a bullet one level below the bullet above it
COLOURS = {"threat": "#b03a2e", "opportunity": "#1e7b45"}
TOP_KEYS = ["format", "title", "layout", "theme", "root", "floating", "links"]
NODE_KEYS = ["id", "text", "note", "tags", "style", "folded", "pos", "votes", "link", "children"]
LAYOUTS = {"right", "left", "balanced", "down", "radial"}

Path_ = tuple[str, ...]  # the texts of a node's ancestors below the map's root


@dataclass
class Seed:
    context: list[str] = field(default_factory=list)  # the lines before session 1
    #: (map, ancestors' texts below the root, bullet text)
    bullets: list[tuple[str, Path_, str]] = field(default_factory=list)
    #: (map, heading path, prose line): a line that must appear in a note on that path
    prose: list[tuple[str, Path_, str]] = field(default_factory=list)
    empty_bullets: int = 0


def parse_seed() -> Seed:
    seed = Seed()
    map_name: str | None = None
    base: Path_ = ()      # ("Table 2",) inside a table, else ()
    heading: Path_ = ()   # base + the current sub-heading or breakout group
    nested: list[str] = []  # texts of the bullets above the current nested bullet
    lines = SEED.read_text(encoding="utf-8").splitlines()
    session1 = next(i for i, line in enumerate(lines) if line.startswith("Workshop session 1:"))
    seed.context = lines[:session1]
    for line in lines[session1 + 1:]:
        level = re.fullmatch(r"(.+ level): .+?(?: \(table (\d+)\))?", line)
        if level and level[1] in LEVEL_FILES:
            map_name = LEVEL_FILES[level[1]]
            base = heading = (f"Table {level[2]}",) if level[2] else ()
            nested = []
        elif line.startswith("Workshop session 2:"):
            map_name, base, heading, nested = "breakouts", (), (), []
        elif line in BREAKOUT_GROUPS or line.rstrip(":") in SUBHEADINGS:
            heading, nested = base + (line.rstrip(":"),), []
        elif line == "-":
            seed.empty_bullets += 1
        elif line.startswith("- "):
            text, depth = line[2:], 0
            while text.startswith(NESTED):
                text, depth = text[len(NESTED):], depth + 1
            del nested[depth:]
            seed.bullets.append((map_name, heading + tuple(nested), text))
            nested.append(text)
        elif map_name is not None:
            seed.prose.append((map_name, heading, line))
    return seed


SEED_DATA = parse_seed()


def load(name: str) -> dict:
    return yaml.safe_load((SAMPLE_MAPS / f"{name}.yaml").read_text(encoding="utf-8"))


def walk(node: dict, ancestors: Path_ = ()):
    """Yield ``(ancestors' texts below the root, node)`` for a node and its descendants."""
    yield ancestors, node
    below = ancestors + (node["text"],)
    for child in node.get("children", []):
        yield from walk(child, below)


def nodes_below_root(data: dict) -> list[tuple[Path_, dict]]:
    """Every node but the root, with its ancestors' texts counted from below the root."""
    return [(path[1:], node) for path, node in walk(data["root"]) if path]


def all_nodes(data: dict) -> list[dict]:
    trees = [data["root"], *data.get("floating", [])]
    return [node for tree in trees for _, node in walk(tree)]


# --------------------------------------------------------------------------- the seed parser
def test_seed_parser_finds_every_section_of_the_workshop():
    per_map = Counter(name for name, _, _ in SEED_DATA.bullets)
    assert per_map == {"national": 34, "organisational": 43, "local": 45, "personal": 29,
                       "breakouts": 56}
    assert SEED_DATA.empty_bullets == 1
    assert ("breakouts", ("Co-operatives / Social Enterprises",
                          "Creating livelihoods – What does the community need? "
                          "What type of business", "Employment"),
            "Apprentice schemes") in SEED_DATA.bullets


# --------------------------------------------------------------------- the seed, word for word
@pytest.mark.parametrize("name", SESSION_MAPS)
def test_every_bullet_is_a_node_under_its_heading_and_nothing_else_is_added(name):
    expected = Counter((path, text) for m, path, text in SEED_DATA.bullets if m == name)
    headings = {heading for m, path, _ in SEED_DATA.bullets + SEED_DATA.prose if m == name
                for heading in [path[:i + 1] for i in range(len(path))]
                if heading[-1] in SUBHEADINGS or heading[-1] in BREAKOUT_GROUPS
                or heading[-1].startswith("Table ")}
    expected.update((h[:-1], h[-1]) for h in headings)

    actual = Counter((path, node["text"]) for path, node in nodes_below_root(load(name)))

    missing, extra = expected - actual, actual - expected
    assert not missing and not extra, (
        f"{name}.yaml differs from the seed\n missing: {sorted(missing)}\n extra: {sorted(extra)}")


@pytest.mark.parametrize("name", SESSION_MAPS)
def test_prose_lines_are_notes_on_their_heading_or_above(name):
    data = load(name)
    by_path = {path + (node["text"],): node for path, node in nodes_below_root(data)}
    by_path[()] = data["root"]
    lines = [(path, line) for m, path, line in SEED_DATA.prose if m == name]
    if name in ("organisational", "breakouts"):
        assert lines  # table 2's framing, scale and general view; the co-operatives' minutes
    for path, line in lines:
        notes = [by_path[path[:i]].get("note", "") for i in range(len(path) + 1)]
        assert any(line in note for note in notes), f"{line!r} not in a note on {path}"


def test_empty_bullets_are_dropped():
    for name in ALL_MAPS:
        for node in all_nodes(load(name)):
            assert node["text"].strip(" -–"), f"{name}.yaml: empty node {node['id']}"


def test_cooperatives_nested_items_are_children_at_their_depth():
    coop = next(group for group in load("breakouts")["root"]["children"]
                if group["text"] == "Co-operatives / Social Enterprises")
    livelihoods = coop["children"][0]
    assert [c["text"] for c in livelihoods["children"]] == ["Employment",
                                                            "Funding commercial model"]
    assert [c["text"] for c in livelihoods["children"][0]["children"]] == ["Apprentice schemes"]


# -------------------------------------------------------------------------------- the format
@pytest.mark.parametrize("name", ALL_MAPS)
def test_map_has_the_version_1_shape(name):
    data = load(name)
    keys = list(data)
    assert keys == [k for k in TOP_KEYS if k in data], f"top-level key order {keys}"
    assert data["format"] == "mindmap/1"
    assert isinstance(data["title"], str) and data["title"].strip()
    assert data["layout"] in LAYOUTS
    assert data["theme"] == "light"
    assert data["root"]["id"] == name
    if len(data["root"].get("children", [])) == 2:  # two branches read best either side
        assert data["layout"] == "balanced"


@pytest.mark.parametrize("name", ALL_MAPS)
def test_nodes_have_readable_unique_ids_and_keys_in_order(name):
    nodes = all_nodes(load(name))
    ids = [node.get("id") for node in nodes]
    assert all(isinstance(i, str) and re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids), ids
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"{name}.yaml: duplicate ids {duplicates}"
    for node in nodes:
        keys = list(node)
        assert keys == [k for k in NODE_KEYS if k in node], f"{node['id']}: key order {keys}"
        # A string YAML 1.1 reads as a bool, number or date would not survive as text.
        assert isinstance(node["text"], str), f"{node['id']}: text is {node['text']!r}"
        assert isinstance(node.get("note", ""), str)
        assert node.get("children", [None]), f"{node['id']}: empty children list"


@pytest.mark.parametrize("name", ALL_MAPS)
def test_threat_and_opportunity_headings_carry_the_same_tags_and_colours(name):
    nodes = all_nodes(load(name))
    for node in nodes:
        if node["text"] in ("Threats", "Opportunities"):
            kind = "threat" if node["text"] == "Threats" else "opportunity"
            assert node.get("tags") == [kind], node["id"]
        for tag in node.get("tags", []):
            if tag in COLOURS:
                assert node.get("style") == {"color": COLOURS[tag]}, node["id"]
    headings = {(m, path) for m, path, _ in SEED_DATA.bullets
                if path and path[-1] in ("Threats", "Opportunities") and m == name}
    tagged = [node for node in nodes if set(node.get("tags", [])) & set(COLOURS)]
    assert len(tagged) == len(headings)


@pytest.mark.parametrize("name", ALL_MAPS)
def test_file_reads_as_hand_written_yaml(name):
    text = (SAMPLE_MAPS / f"{name}.yaml").read_text(encoding="utf-8")
    events = list(yaml.parse(text))
    assert not any(isinstance(e, yaml.AliasEvent) or getattr(e, "anchor", None)
                   for e in events), "anchors or aliases"
    assert "\\u" not in text and "\\x" not in text, "escaped unicode"
    # Block style, one node per item: every node's id starts its own line.
    node_count = len(all_nodes(yaml.safe_load(text)))
    assert len(re.findall(r"^ *(?:- )?id: ", text, re.MULTILINE)) == node_count
    # Long notes are block scalars, not one long quoted line.
    pairs = [yaml.compose(text)]
    while pairs:
        node = pairs.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == "note" and len(value.value) > 90:
                    assert value.style in ("|", ">"), f"note at line {value.start_mark.line}"
                pairs.append(value)
        elif isinstance(node, yaml.SequenceNode):
            pairs.extend(node.value)


def test_unicode_and_typos_are_kept_as_in_the_seed():
    texts = {node["text"] for name in SESSION_MAPS for node in all_nodes(load(name))}
    for kept in ("Power ‘devolved’ to corporations",
                 "Shock – Burnout – Withdrawl – Anarchy, collapse in social capital",
                 "Apetite for this evidence-based approach",
                 "Inapropriate groups left to deliver services",
                 "Forest of Dean – helped LA get £2.5Million to do Transition things – "
                 "involved in design not delivery",
                 "Stage two:"):
        assert kept in texts


# ------------------------------------------------------------------------------ the overview
def test_overview_links_to_every_session_map_and_the_links_resolve():
    data = load("workshop")
    assert data["root"]["text"] == "Big Society workshop, Bristol 29/09/10"
    linked = [(path, node) for path, node in nodes_below_root(data) if "link" in node]
    assert [node["link"] for _, node in linked] == [f"{m}.yaml" for m in SESSION_MAPS]
    for path, node in linked:
        target = SAMPLE_MAPS / node["link"]
        assert target.is_file(), node["link"]
        other = load(target.stem)
        assert node["text"] in (other["root"]["text"], other["title"])
        session = "Workshop session 2:" if target.stem == "breakouts" else "Workshop session 1:"
        assert any(text.startswith(session) for text in path + (node["text"],)), path


def test_overview_lists_the_breakout_groups_and_keeps_the_context():
    data = load("workshop")
    session2 = next(node for _, node in walk(data["root"])
                    if node["text"].startswith("Workshop session 2:"))
    assert [c["text"] for c in session2["children"]] == BREAKOUT_GROUPS
    assert [g["text"] for g in load("breakouts")["root"]["children"]] == BREAKOUT_GROUPS
    texts = {node["text"] for node in all_nodes(data)}
    note = data["root"]["note"]
    for line in SEED_DATA.context:
        if line != "Agenda":
            assert line == data["title"] or line in texts or line in note, line
    assert "Chatham House" in note


# ------------------------------------------------------------------------- the app's loader
@pytest.mark.parametrize("name", ALL_MAPS)
def test_the_app_loads_each_sample_map_as_written(name):
    from mindmap_app.io.yaml_format import load_map

    data = load(name)
    mind_map = load_map(SAMPLE_MAPS / f"{name}.yaml")
    assert (mind_map.title, mind_map.layout, mind_map.theme) == (
        data["title"], data["layout"], data["theme"])
    assert mind_map.root == data["root"]["id"]
    nodes = all_nodes(data)
    assert len(mind_map) == len(nodes)
    for node in nodes:
        attrs = mind_map.attrs(node["id"])
        assert attrs["text"] == node["text"]
        assert attrs["note"] == node.get("note", "")
        assert list(attrs["tags"]) == node.get("tags", [])
        assert attrs["link"] == node.get("link")
        assert mind_map.children(node["id"]) == [c["id"] for c in node.get("children", [])]


def test_mindmap_app_validate_accepts_every_sample_map():
    files = [str(SAMPLE_MAPS / f"{name}.yaml") for name in ALL_MAPS]
    result = subprocess.run([sys.executable, "-m", "mindmap_app", "validate", *files],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ALL_MAPS)
def test_opening_and_saving_a_sample_map_unchanged_gives_the_same_bytes(name, tmp_path):
    from mindmap_app.io.yaml_format import load_map, save_map

    source = SAMPLE_MAPS / f"{name}.yaml"
    target = tmp_path / f"{name}.yaml"
    save_map(load_map(source), target)
    assert target.read_bytes() == source.read_bytes()
