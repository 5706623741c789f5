"""Markdown (markmap) import and export.

Also home of the random-map strategy and the outline comparison the other outline-format
tests import (``random_maps``, ``outline``, ``link_outline``).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.io import markdown_format as md
from mindmap_app.io.errors import MapFormatError
from mindmap_app.model import MAX_DEPTH, MindMap, check_invariants
from mindmap_app.model import operations as ops

# ------------------------------------------------------------------- shared helpers
_SPECIAL = list("\n\t *#[]()\\_`<>&!-+1.=~$|:;/'\"") + ["&amp;", "<br>", "<!--", "-->", "1. "]
_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn"))
TEXTS = st.lists(st.one_of(_CHARS, st.sampled_from(_SPECIAL)), max_size=12).map("".join)
COLORS = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
TAGS = st.lists(st.sampled_from(["yes", "idea", "threat", "button_ok", "25%"]), max_size=3,
                unique=True)


@st.composite
def random_maps(draw, *, texts=TEXTS, notes=TEXTS, styles=True, tags=True, links=True,
                floating=True, max_nodes=14) -> MindMap:
    """A random map built with the model's own operations."""
    mind_map = MindMap("Random", draw(texts))
    nodes = [mind_map.root]
    for _ in range(draw(st.integers(0, max_nodes))):
        if floating and draw(st.integers(0, 9)) == 0:
            edit = ops.add_floating(mind_map, draw(texts))
        else:
            edit = ops.add_child(mind_map, draw(st.sampled_from(nodes)), draw(texts))
        mind_map.apply(edit)
        nodes.append(edit.fragment.root)
    for node in nodes:
        note = draw(notes)
        if note:
            mind_map.apply(ops.set_attr(node, "note", note))
        if draw(st.booleans()):
            mind_map.apply(ops.set_attr(node, "folded", True))
        if styles:
            style = {}
            if draw(st.booleans()):
                style["color"] = draw(COLORS)
            if draw(st.booleans()):
                style["background"] = draw(COLORS)
            mind_map.apply(ops.set_attr(node, "style", style))
        if tags:
            mind_map.apply(ops.set_attr(node, "tags", tuple(draw(TAGS))))
    if links and len(nodes) > 1:
        for _ in range(draw(st.integers(0, 3))):
            a, b = draw(st.lists(st.sampled_from(nodes), min_size=2, max_size=2, unique=True))
            if not mind_map.has_link(a, b):
                mind_map.apply(ops.add_link(a, b, draw(st.sampled_from(["", "turns into"]))))
    check_invariants(mind_map)
    return mind_map


def outline(mind_map: MindMap, keys=("text", "note")) -> list[tuple]:
    """Every tree of the map (main root first) as pre-order ``(level, values...)`` rows:
    equal outlines mean the same shape, order and values."""
    rows = []
    for number, root in enumerate(mind_map.roots()):
        stack = [(root, 0)]
        while stack:
            node, level = stack.pop()
            data = mind_map.attrs(node)
            rows.append((number, level, *(data[k] for k in keys)))
            stack.extend((c, level + 1) for c in reversed(mind_map.children(node)))
    return rows


def link_outline(mind_map: MindMap) -> set[tuple[int, int, str]]:
    """Links as positions in the pre-order of all trees (ids differ after an import)."""
    order = {}
    for root in mind_map.roots():
        stack = [root]
        while stack:
            node = stack.pop()
            order[node] = len(order)
            stack.extend(reversed(mind_map.children(node)))
    return {(order[a], order[b], label) for a, b, label in mind_map.links()}


def chain_map(depth: int) -> MindMap:
    """A root with a single chain of ``depth`` nodes under it."""
    mind_map = MindMap("Deep", "level 0")
    parent = mind_map.root
    for level in range(1, depth + 1):
        edit = ops.add_child(mind_map, parent, f"level {level}")
        mind_map.apply(edit)
        parent = edit.fragment.root
    return mind_map


def texts_of(mind_map: MindMap) -> list[str]:
    return [mind_map.text(n) for n in mind_map.nodes()]


# ------------------------------------------------------------------------- round trip
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps(styles=False, tags=False, links=False))
def test_round_trip_keeps_tree_texts_notes_folding_and_floating(mind_map):
    back = md.loads(md.dumps(mind_map))
    check_invariants(back)
    assert outline(back, ("text", "note", "folded")) == outline(mind_map,
                                                                ("text", "note", "folded"))


@pytest.mark.parametrize("text", [
    "*not emphasis*", "# not a heading", "ends with #", "[not](a link)", "back\\slash",
    "trailing backslash\\", "1. not a list", "- not a bullet", "+ plus", "> not a quote",
    "<b>not bold</b>", "&amp; stays", "  two spaces around  ", "line one\nline two",
    "<!-- not a comment -->", "<br>", "`code`", "$x$", "a_b_c", "~~strike~~", "", "#",
    "---", "C# and F#", "==", "50% off | pipes",
])
def test_special_texts_survive_a_round_trip(text):
    mind_map = MindMap("T", text)
    mind_map.apply(ops.add_child(mind_map, mind_map.root, text))
    child = mind_map.children(mind_map.root)[0]
    mind_map.apply(ops.add_child(mind_map, child, text))
    mind_map.apply(ops.set_attr(child, "note", f"{text}\n{text}"))
    back = md.loads(md.dumps(mind_map))
    assert outline(back) == outline(mind_map)


# ----------------------------------------------------------------------------- export
def test_export_layout_is_heading_root_heading_branches_then_bullets():
    mind_map = MindMap("National level", "National level")
    threats = ops.add_child(mind_map, mind_map.root, "Threats")
    mind_map.apply(threats)
    threats = threats.fragment.root
    mind_map.apply(ops.set_attr(threats, "note", "From the flipchart"))
    power = ops.add_child(mind_map, threats, "Power devolved")
    mind_map.apply(power)
    power = power.fragment.root
    mind_map.apply(ops.set_attr(power, "note", "line one\nline two"))
    mind_map.apply(ops.set_attr(power, "folded", True))
    mind_map.apply(ops.add_child(mind_map, power, "to corporations"))
    mind_map.apply(ops.add_child(mind_map, mind_map.root, "Opportunities"))
    assert md.dumps(mind_map) == (
        "# National level\n"
        "## Threats\n"
        "From the flipchart\n"
        "- Power devolved <!-- markmap: fold -->\n"
        "\n"
        "  line one\n"
        "  line two\n"
        "  - to corporations\n"
        "## Opportunities\n"
    )


def test_export_writes_title_front_matter_and_floating_subtrees():
    mind_map = MindMap("Workshop: day 1", "Big Society")
    mind_map.apply(ops.add_floating(mind_map, "Parking lot"))
    text = md.dumps(mind_map)
    assert text.startswith("---\ntitle: 'Workshop: day 1'\n---\n")
    assert "# Parking lot <!-- mindmap: floating -->" in text
    back = md.loads(text)
    assert back.title == "Workshop: day 1"
    assert [back.text(n) for n in back.roots()] == ["Big Society", "Parking lot"]


def test_save_and_load_a_file(tmp_path):
    mind_map = MindMap("T", "Root")
    mind_map.apply(ops.add_child(mind_map, mind_map.root, "Child"))
    path = tmp_path / "map.md"
    md.save(mind_map, path)
    assert outline(md.load(path)) == outline(mind_map)


# ----------------------------------------------------------------------------- import
MARKMAP_DOC = """\
---
title: Ignored options
markmap:
  colorFreezeLevel: 2
---

# Workshop

## Threats

- Power devolved
- Cuts *fast*
  * nested star
    + nested plus

## Opportunities <!-- markmap: fold -->

1. First
2. Second
   1) sub

### Skipped level
#### Deeper
"""


def test_markmap_document_imports_headings_lists_and_folding():
    mind_map = md.loads(MARKMAP_DOC)
    check_invariants(mind_map)
    assert outline(mind_map, ("text", "folded")) == [
        (0, 0, "Workshop", False),
        (0, 1, "Threats", False),
        (0, 2, "Power devolved", False),
        (0, 2, "Cuts *fast*", False),
        (0, 3, "nested star", False),
        (0, 4, "nested plus", False),
        (0, 1, "Opportunities", True),
        (0, 2, "First", False),
        (0, 2, "Second", False),
        (0, 3, "sub", False),
        (0, 2, "Skipped level", False),
        (0, 3, "Deeper", False),
    ]
    assert mind_map.title == "Ignored options"


def test_paragraphs_quotes_and_code_become_notes():
    text = ("# Root\nIntro paragraph\n\n> a quote\n\n## Branch\n- item\n  more about the item\n\n"
            "  second paragraph\n- other\n\n```\n- not an item\n# not a heading\n```\n")
    mind_map = md.loads(text)
    rows = outline(mind_map)
    assert rows[0] == (0, 0, "Root", "Intro paragraph\n\n> a quote")
    # CommonMark: the lines right under an item continue its paragraph (as markmap shows it)
    assert rows[2] == (0, 2, "item more about the item", "second paragraph")
    assert rows[3][2] == "other"
    assert "- not an item" in rows[1][3] or "- not an item" in rows[3][3]
    assert len(rows) == 4


def test_several_top_level_items_get_a_root_named_after_the_file():
    mind_map = md.loads("- one\n- two\n  - two a\n", path="/tmp/ideas.md")
    assert outline(mind_map, ("text",)) == [(0, 0, "ideas"), (0, 1, "one"), (0, 1, "two"),
                                            (0, 2, "two a")]
    assert md.loads("# A\n# B\n").text(md.loads("# A\n# B\n").root) == "Imported outline"
    titled = md.loads("---\ntitle: Day one\n---\n# A\n# B\n")
    assert titled.text(titled.root) == "Day one"


def test_windows_line_endings_bom_and_legacy_encoding():
    mind_map = md.loads("\ufeff# Caf\u00e9\r\n- cr\u00e8me\r\n".encode())
    assert texts_of(mind_map) == ["Café", "crème"]
    legacy = md.loads(b"# Caf\xe9 \x96 bar\n")
    assert legacy.text(legacy.root) == "Café – bar"


def test_list_items_before_any_heading_and_lazy_lines():
    mind_map = md.loads("Some intro\n- a\nlazy continuation\n- b\n")
    rows = outline(mind_map)
    assert rows[0] == (0, 0, "Imported outline", "Some intro")
    assert rows[1] == (0, 1, "a lazy continuation", "")   # a lazy line continues the item
    assert rows[2] == (0, 1, "b", "")


@pytest.mark.parametrize("front_matter", ["title: [unclosed", "[" * 5000 + "]" * 5000,
                                          "- a list", "title: {a: 1}"])
def test_broken_or_odd_front_matter_is_ignored(front_matter):
    mind_map = md.loads(f"---\n{front_matter}\n---\n# Root\n- child\n")
    assert outline(mind_map, ("text",)) == [(0, 0, "Root"), (0, 1, "child")]
    assert mind_map.title == ""


# ----------------------------------------------------------------------------- errors
@pytest.mark.parametrize("text", ["", "\n\n", "just a paragraph\n", "---\ntitle: x\n---\n"])
def test_documents_without_items_are_refused(text):
    with pytest.raises(MapFormatError, match="nothing to import"):
        md.loads(text, path="empty.md")


def test_binary_input_is_refused_with_its_line():
    with pytest.raises(MapFormatError) as info:
        md.loads(b"# a\n- b\n\x00\x01\x02", path="x.md")
    assert info.value.line == 3 and "binary" in str(info.value)


def test_input_over_50_mb_is_refused():
    with pytest.raises(MapFormatError, match="50 MB"):
        md.loads(b"- x\n" * (13 * 1024 * 1024 + 1))


def test_a_thousand_levels_deep_list_is_refused_cleanly():
    text = "".join("  " * level + f"- level {level}\n" for level in range(1000))
    with pytest.raises(MapFormatError) as info:
        md.loads(text, path="deep.md")
    assert str(MAX_DEPTH) in str(info.value)
    assert info.value.path == "deep.md" and info.value.line is not None


def test_the_deepest_legal_map_round_trips():
    mind_map = chain_map(MAX_DEPTH)
    back = md.loads(md.dumps(mind_map))
    assert outline(back) == outline(mind_map)
