"""The YAML map format v1: what a saved file looks like, round trips, ids, depth, atomic saves.

Bad input has its own file (test_yaml_bad_input.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.io import yaml_format
from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.yaml_format import dumps_map, load_map, loads_map, save_map
from mindmap_app.model import (
    LAYOUTS,
    MAX_DEPTH,
    THEMES,
    AddLink,
    Fragment,
    InsertSubtree,
    MindMap,
    SetNodeAttr,
    check_invariants,
)
from mindmap_app.model.mind_map import NODE_DEFAULTS, TREE, normalise_attr
from mindmap_app.model.operations import add_child

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "src" / "mindmap_app" / "sample_maps"
SAMPLE_FILES = sorted(SAMPLE_DIR.glob("*.yaml"))

DESIGN_EXAMPLE = """\
format: mindmap/1
title: National level - threats and opportunities
layout: balanced          # right | left | balanced | down | radial
theme: light              # light | dark | projector
root:
  id: national            # ids optional when hand-written; generated and kept on save
  text: National level
  note: "optional free text, several lines allowed"
  children:
    - id: threats
      text: Threats
      tags: [threat]
      style: {color: "#b03a2e"}
      children:
        - text: Power 'devolved' to corporations
          votes: 2
        - text: Time scale devastatingly fast
          folded: true
          pos: [420.0, -80.0]   # only when placed by hand
    - id: opportunities
      text: Opportunities
floating:                 # optional: ideas parked beside the main tree
  - text: Parking lot
links:                    # optional cross-links
  - {from: threats, to: opportunities, label: "turn into"}
"""

#: What saving the design example writes, byte for byte.
DESIGN_EXAMPLE_SAVED = """\
format: mindmap/1
title: National level - threats and opportunities
layout: balanced
theme: light
root:
  id: national
  text: National level
  note: optional free text, several lines allowed
  children:
  - id: threats
    text: Threats
    tags: [threat]
    style: {color: '#b03a2e'}
    children:
    - id: n1
      text: Power 'devolved' to corporations
      votes: 2
    - id: n2
      text: Time scale devastatingly fast
      folded: true
      pos: [420.0, -80.0]
  - id: opportunities
    text: Opportunities
floating:
- id: n3
  text: Parking lot
links:
- {from: threats, to: opportunities, label: turn into}
"""


def chain_map(levels: int) -> MindMap:
    """A root with one child per level, ``levels`` levels deep (built on the graph: the model
    refuses edits past MAX_DEPTH, and a file must be refused on its own)."""
    mind_map = MindMap("Deep", "level 0", root_id="c0")
    g = mind_map.graph
    for i in range(1, levels + 1):
        g.add_node(f"c{i}", text=f"level {i}")
        g.add_edge(f"c{i - 1}", f"c{i}", TREE, order=0)
    return mind_map


# ------------------------------------------------------------------------- the file itself
def test_design_example_loads_with_every_attribute():
    m = loads_map(DESIGN_EXAMPLE, "national.yaml")
    check_invariants(m)
    assert (m.title, m.layout, m.theme, m.root) == (
        "National level - threats and opportunities", "balanced", "light", "national")
    assert m.text("national") == "National level"
    assert m.get("national", "note") == "optional free text, several lines allowed"
    assert m.children("national") == ["threats", "opportunities"]
    assert m.get("threats", "tags") == ("threat",)
    assert m.get("threats", "style") == {"color": "#b03a2e"}
    power, time_scale = m.children("threats")
    assert m.text(power) == "Power 'devolved' to corporations"
    assert m.get(power, "votes") == 2
    assert m.get(time_scale, "folded") is True
    assert m.get(time_scale, "pos") == (420.0, -80.0)
    (parked,) = m.floating
    assert m.text(parked) == "Parking lot"
    assert m.links() == [("threats", "opportunities", "turn into")]
    # only what differs from the defaults is stored, as the model stores it
    assert set(m.raw_attrs(power)) == {"text", "votes"}
    assert m.raw_attrs("opportunities") == {"text": "Opportunities"}


def test_saved_file_has_fixed_key_order_and_generated_ids():
    m = loads_map(DESIGN_EXAMPLE)
    assert dumps_map(m) == DESIGN_EXAMPLE_SAVED


def test_saved_file_reads_back_with_a_plain_yaml_reader():
    """The file is ordinary YAML: any safe YAML reader sees the same structure."""
    data = yaml.safe_load(dumps_map(loads_map(DESIGN_EXAMPLE)))
    assert list(data) == ["format", "title", "layout", "theme", "root", "floating", "links"]
    threats = data["root"]["children"][0]
    assert list(threats) == ["id", "text", "tags", "style", "children"]
    assert list(threats["children"][1]) == ["id", "text", "folded", "pos"]
    assert data["links"] == [{"from": "threats", "to": "opportunities", "label": "turn into"}]


def test_node_keys_follow_the_documented_order():
    m = MindMap("t", "root", root_id="r")
    m.apply(InsertSubtree("r", 0, Fragment.single("k", "kid")))
    m.apply(InsertSubtree("k", 0, Fragment.single("g", "grandkid")))
    attrs = {"link": "other.yaml", "pos": (1.5, -2.0), "folded": True, "votes": 3,
             "style": {"color": "#123456", "bold": "yes"}, "tags": ("b", "a"), "note": "n"}
    m.graph.nodes["k"].update(attrs)
    saved = yaml.safe_load(dumps_map(m))
    kid = saved["root"]["children"][0]
    assert list(kid) == ["id", "text", "note", "tags", "style", "votes", "folded", "pos",
                         "link", "children"]
    assert kid["tags"] == ["b", "a"]  # tag order is kept
    assert list(kid["style"]) == ["bold", "color"]  # style keys sorted: one way to write them


def test_default_values_are_not_written():
    m = MindMap("t", "root", root_id="r")
    m.graph.nodes["r"].update({"note": "", "tags": (), "style": {}, "votes": 0,
                               "folded": False, "pos": None, "link": ""})
    text = dumps_map(m)
    for key in NODE_DEFAULTS:
        assert f"{key}:" not in text
    assert text.endswith("root:\n  id: r\n  text: root\n")


def test_multi_line_notes_are_literal_blocks_and_long_texts_are_wrapped():
    m = MindMap("t", "root", root_id="r")
    note = "First line of the flipchart\nsecond line\n\n  indented third\n"
    long_text = " ".join(["Dramatic cuts lead to increasing vulnerability in communities"] * 4)
    m.apply(add_child(m, "r", long_text, node_id="k", note=note))
    text = dumps_map(m)
    assert "note: |\n" in text  # a block a person can read and edit
    assert "      First line of the flipchart\n      second line\n\n        indented third\n" \
        in text
    wrapped = [line for line in text.splitlines() if "vulnerability" in line]
    assert len(wrapped) >= 3  # one long line would be hard to read and edit
    assert max(len(line) for line in text.splitlines()) <= yaml_format.WIDTH + len(" vulnerability")
    back = loads_map(text)
    assert back.text("k") == long_text
    assert back.get("k", "note") == note


def test_unicode_is_written_as_is():
    m = MindMap("Café ‘quotes’", "Über 😀 – ümlaut", root_id="r")
    text = dumps_map(m)
    assert "title: Café ‘quotes’" in text
    assert "Über 😀 – ümlaut" in text
    assert "\\u" not in text and "\\x" not in text


@pytest.mark.parametrize("tricky", [
    "no", "yes", "on", "off", "true", "~", "null", "", "12:30", "1e3", "0x1F", "0o17", ".inf",
    "-.nan", "2024-01-05", "<<", "=", "- item", "#hash", "a: b", "'q'", '"dq"', "@at", "`tick",
    "!bang", "&amp", "*star", "%pct", "{flow}", "[list]", " lead", "trail ", "a\nb", "\n", "a\n",
    "\n\nx", "  indented\nnext", "tab\there", "x\r\ny", "nel\x85end", "line\u2028sep",
    "\ufeffbom", "nul\x00char", "bell\x07", "123", "-7", "1_000",
])
def test_text_that_yaml_would_retype_comes_back_as_the_same_text(tricky):
    m = MindMap(tricky, tricky, root_id=tricky or "r")
    m.apply(add_child(m, m.root, tricky, node_id="k"))
    for key, value in [("note", tricky), ("tags", (tricky,)), ("style", {tricky: tricky}),
                       ("link", tricky)]:
        m.apply(SetNodeAttr("k", key, value))
    m.apply(AddLink(m.root, "k", tricky))
    back = loads_map(dumps_map(m))
    assert back.same_as(m)
    assert back.text("k") == tricky


def test_links_are_written_in_map_order_whatever_order_they_were_added():
    def build(order):
        m = MindMap("t", "root", root_id="r")
        for node in ("a", "b", "c"):
            m.apply(add_child(m, "r", node.upper(), node_id=node))
        for a, b in order:
            m.apply(AddLink(a, b))
        return m

    pairs = [("c", "a"), ("a", "b"), ("b", "c"), ("a", "c")]
    first, second = build(pairs), build(list(reversed(pairs)))
    assert first.same_as(second)
    assert dumps_map(first) == dumps_map(second)
    saved = yaml.safe_load(dumps_map(first))["links"]
    assert [(link["from"], link["to"]) for link in saved] == [
        ("a", "b"), ("a", "c"), ("b", "c"), ("c", "a")]


# ------------------------------------------------------------------------------ ids
HAND_WRITTEN = """\
format: mindmap/1
title: Hand written
root:
  text: Centre
  children:
    - text: first
    - id: n1
      text: explicit n1
    - text: second
      children:
        - text: third
floating:
  - id: n3
    text: explicit n3, written last in the file
  - text: fourth
"""


def test_missing_ids_are_generated_deterministically_without_clashing():
    first = loads_map(HAND_WRITTEN)
    second = loads_map(HAND_WRITTEN)
    assert first.same_as(second)
    ids = {first.text(node): node for node in first.nodes()}
    # generated in file order, skipping n1 and n3 which the file uses itself
    assert ids == {"Centre": "n2", "first": "n4", "explicit n1": "n1", "second": "n5",
                   "third": "n6", "explicit n3, written last in the file": "n3", "fourth": "n7"}


def test_generated_ids_are_kept_on_save():
    m = loads_map(HAND_WRITTEN)
    text = dumps_map(m)
    assert "id: n4\n" in text and "id: n7\n" in text
    back = loads_map(text)
    assert back.same_as(m)
    assert dumps_map(back) == text


def test_a_plain_value_that_only_looks_like_a_date_is_text():
    m = loads_map("format: mindmap/1\ntitle: 2024-13-45\nroot: {text: a}\n")
    assert m.title == "2024-13-45"


def test_numeric_ids_and_link_ends_are_read_as_text():
    m = loads_map("format: mindmap/1\nroot:\n  id: 1\n  text: a\n  children:\n"
                  "  - {id: 2, text: b}\nlinks:\n- {from: 1, to: 2}\n")
    assert m.root == "1" and m.children("1") == ["2"]
    assert m.links() == [("1", "2", "")]
    assert "id: '1'" in dumps_map(m)


def test_map_level_defaults_when_keys_are_missing():
    m = loads_map("format: mindmap/1\nroot: {text: Only the root}\n")
    assert (m.title, m.layout, m.theme, len(m), m.floating, m.links()) == (
        "", "balanced", "light", 1, [], [])
    assert m.text(m.root) == "Only the root"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("theme", THEMES)
def test_every_layout_and_theme_round_trips(layout, theme):
    m = MindMap("t", "r", root_id="r", layout=layout, theme=theme)
    back = loads_map(dumps_map(m))
    assert (back.layout, back.theme) == (layout, theme)


# -------------------------------------------------------------------- property round trips
TRICKY_TEXTS = ["no", "12:30", "~", "", " lead", "trail ", "a\nb", "a\n", "\n", "- x", "#x",
                "'", '"', "a: b", "x\r\ny", "nel\x85", "l\u2028s", "😀 ‘q’ ünï", "1e3", "null"]
TEXTS = st.one_of(st.text(max_size=30), st.sampled_from(TRICKY_TEXTS),
                  st.text(alphabet=st.sampled_from("ab cd\n'é-:#"), min_size=90, max_size=250))
IDS = st.one_of(st.from_regex(r"n[0-9]{1,3}", fullmatch=True), st.text(min_size=1, max_size=8))
ATTRS = {
    "note": TEXTS,
    "tags": st.lists(TEXTS, max_size=3),
    "style": st.dictionaries(st.sampled_from(["color", "shape", "font", "ü"]), TEXTS,
                             max_size=3),
    "votes": st.integers(0, 10**12),
    "folded": st.booleans(),
    "pos": st.tuples(st.floats(allow_nan=False, allow_infinity=False),
                     st.floats(-1e6, 1e6, allow_nan=False)),
    "link": st.sampled_from(["", "other.yaml", "../maps/ünï code.yaml", "no"]),
}


@st.composite
def mind_maps(draw) -> MindMap:
    """Random trees with random attributes, floating subtrees and links."""
    root_id = draw(IDS)
    m = MindMap(draw(TEXTS), draw(TEXTS), root_id=root_id, layout=draw(st.sampled_from(LAYOUTS)),
                theme=draw(st.sampled_from(THEMES)))
    nodes = [root_id]
    for _ in range(draw(st.integers(0, 24))):
        node_id = draw(IDS.filter(lambda n: n not in m))
        parent = draw(st.one_of(st.sampled_from(nodes), st.none()))
        attrs = {}
        for key in draw(st.lists(st.sampled_from(sorted(ATTRS)), unique=True, max_size=7)):
            value = normalise_attr(key, draw(ATTRS[key]))
            if value is not None:
                attrs[key] = value
        index = len(m.children(parent)) if parent is not None else len(m.floating)
        index = draw(st.integers(0, index))
        m.apply(InsertSubtree(parent, index, Fragment.single(node_id, draw(TEXTS), **attrs)))
        nodes.append(node_id)
    for _ in range(draw(st.integers(0, 6))):
        a, b = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
        if a != b and not m.has_link(a, b):
            m.apply(AddLink(a, b, draw(st.one_of(st.just(""), TEXTS))))
    check_invariants(m)
    return m


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mind_maps())
def test_save_then_load_gives_the_same_map_and_the_same_bytes(m):
    text = dumps_map(m)
    back = loads_map(text)
    check_invariants(back)
    assert back.same_as(m)
    assert back.floating == m.floating
    assert all(back.children(n) == m.children(n) for n in m.nodes())
    assert dumps_map(back) == text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mind_maps())
def test_round_trip_without_libyaml(m):
    """Where PyYAML has no C extension, the pure-Python parser and emitter are used."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml_format, "FAST_LOADER", yaml.SafeLoader)
        patch.setattr(yaml_format, "FAST_DUMPER", yaml.SafeDumper)
        text = dumps_map(m)
        back = loads_map(text)
        assert back.same_as(m)
        assert dumps_map(back) == text


def test_python_and_c_emitters_write_the_same_file():
    m = loads_map(DESIGN_EXAMPLE)
    m.graph.nodes["opportunities"]["note"] = "two\nlines"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml_format, "FAST_DUMPER", yaml.SafeDumper)
        python_text = dumps_map(m)
    assert python_text == dumps_map(m)


# ------------------------------------------------------------------------- sample maps
def test_the_sample_maps_are_there():
    assert len(SAMPLE_FILES) >= 1, f"no sample maps in {SAMPLE_DIR}"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_map_round_trips(path, tmp_path):
    m = load_map(path)
    check_invariants(m)
    assert len(m) > 1
    copy = tmp_path / path.name
    save_map(m, copy)
    again = load_map(copy)
    assert again.same_as(m)
    first_bytes = copy.read_bytes()
    save_map(again, copy)
    assert copy.read_bytes() == first_bytes


# ------------------------------------------------------------------------------ files
def test_save_and_load_a_file(tmp_path):
    path = tmp_path / "national.yaml"
    m = loads_map(DESIGN_EXAMPLE)
    save_map(m, path)
    assert path.read_bytes() == DESIGN_EXAMPLE_SAVED.encode("utf-8")
    assert load_map(path).same_as(m)
    assert load_map(str(path)).same_as(m)
    assert [p.name for p in tmp_path.iterdir()] == ["national.yaml"]


def test_windows_line_endings_load_the_same():
    crlf = DESIGN_EXAMPLE.replace("\n", "\r\n").encode("utf-8")
    assert loads_map(crlf).same_as(loads_map(DESIGN_EXAMPLE))


def test_loads_accepts_bytes_with_a_bom_and_utf16():
    assert loads_map(b"\xef\xbb\xbf" + DESIGN_EXAMPLE.encode()).same_as(loads_map(DESIGN_EXAMPLE))
    utf16 = DESIGN_EXAMPLE.encode("utf-16")
    assert loads_map(utf16).same_as(loads_map(DESIGN_EXAMPLE))


@pytest.mark.parametrize("broken", ["fsync", "replace"])
def test_failed_save_leaves_the_previous_file_and_no_temp_file(tmp_path, monkeypatch, broken):
    path = tmp_path / "map.yaml"
    save_map(loads_map(DESIGN_EXAMPLE), path)
    before = path.read_bytes()
    changed = loads_map(DESIGN_EXAMPLE)
    changed.graph.nodes["national"]["text"] = "Changed"

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, broken, fail)
    with pytest.raises(OSError, match="No space left"):
        save_map(changed, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["map.yaml"]


# ------------------------------------------------------------------------------ depth
def test_a_map_max_depth_levels_deep_saves_and_loads(tmp_path):
    m = chain_map(MAX_DEPTH)
    path = tmp_path / "deep.yaml"
    save_map(m, path)
    back = load_map(path)
    assert back.same_as(m)
    assert back.height() == MAX_DEPTH


def test_a_deep_map_built_with_edits_saves_and_loads():
    m = MindMap("t", "root", root_id="r")
    parent = "r"
    for i in range(MAX_DEPTH):
        m.apply(add_child(m, parent, f"level {i + 1}", node_id=f"d{i}"))
        parent = f"d{i}"
    assert loads_map(dumps_map(m)).same_as(m)


def hand_written_chain(levels: int) -> str:
    """A chain written by hand with indented lists: two YAML block levels per tree level,
    more than libyaml accepts past about 500 levels."""
    lines = ["format: mindmap/1", "root:", "  text: level 0"]
    indent = "  "
    for i in range(1, levels + 1):
        lines += [f"{indent}children:", f"{indent}  - text: level {i}"]
        indent += "    "
    return "\n".join(lines) + "\n"


def test_hand_written_deep_map_with_indented_lists_loads():
    m = loads_map(hand_written_chain(MAX_DEPTH))
    assert m.height() == MAX_DEPTH
    assert m.text(m.subtree(m.root)[-1]) == f"level {MAX_DEPTH}"


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, MAX_DEPTH + 50])
def test_a_deeper_map_is_refused_clearly(levels):
    with pytest.raises(MapFormatError, match=f"at most {MAX_DEPTH}") as info:
        loads_map(dumps_map(chain_map(levels)), "deep.yaml")
    assert str(info.value).startswith("deep.yaml:")
    with pytest.raises(MapFormatError, match=f"at most {MAX_DEPTH}"):
        loads_map(hand_written_chain(levels), "deep.yaml")


def test_absurdly_deep_nesting_is_refused_not_parsed():
    # refused by a scan before any parser builds 100,000 levels (the time it takes is in
    # benchmarks/io_bench.py, not asserted here: shared machines are noisy)
    for text in ("format: mindmap/1\nroot: " + "[" * 100_000 + "]" * 100_000 + "\n",
                 "format: mindmap/1\nroot: " + "{a: " * 50_000 + "b" + "}" * 50_000 + "\n"):
        with pytest.raises(MapFormatError, match="nests too deeply"):
            loads_map(text)


# ------------------------------------------------------------------------------ loader
# (load and save speed are measured in benchmarks/io_bench.py, not asserted here)
def test_loader_is_the_c_one_when_available():
    if yaml.__with_libyaml__:
        assert yaml_format.FAST_LOADER is yaml.CSafeLoader
        assert yaml_format.FAST_DUMPER is yaml.CSafeDumper
    else:
        assert yaml_format.FAST_LOADER is yaml.SafeLoader
        assert yaml_format.FAST_DUMPER is yaml.SafeDumper
