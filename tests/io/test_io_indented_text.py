"""Plain indented text: flipchart transcriptions in, the clipboard's plain outline in and out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.io import indented_text as txt
from mindmap_app.io.errors import MapFormatError
from mindmap_app.model import MAX_DEPTH, MindMap, check_invariants
from mindmap_app.model import operations as ops
from tests.io.test_io_markdown import chain_map, outline, random_maps, texts_of

WORKSHOP = Path(__file__).parents[1] / "data" / "big-society-workshop.txt"


def _rows(mind_map: MindMap) -> list[tuple[int, str]]:
    return [(level, text) for _, level, text in outline(mind_map, ("text",))]


# ------------------------------------------------------------------ workshop smoke test
def test_the_workshop_transcription_imports_with_every_bullet():
    mind_map = txt.load(WORKSHOP)
    check_invariants(mind_map)
    texts = set(texts_of(mind_map))
    lines = WORKSHOP.read_text(encoding="utf-8").splitlines()
    bullets = [re.sub(r"^(?:[-–]\s*)+", "", line).strip() for line in lines
               if line.startswith("- ")]
    assert len(bullets) > 200
    assert [b for b in bullets if b and b not in texts] == []
    headings = [line.strip() for line in lines if line.strip() and not line.startswith("-")]
    assert [h for h in headings if re.sub(r"^\d\.\s+", "", h) not in texts] == []
    assert mind_map.text(mind_map.root) == "big-society-workshop"


def test_the_workshop_bullets_hang_under_their_headings():
    mind_map = txt.load(WORKSHOP)
    by_text = {}
    for node in mind_map.nodes():
        by_text.setdefault(mind_map.text(node), node)

    def kids(text):
        return [mind_map.text(c) for c in mind_map.children(by_text[text])]

    assert kids("Threats")[:2] == ["Power ‘devolved’ to corporations",
                                   "Dramatic cuts lead to increasing vulnerability in communities "
                                   "and sharpening focus on acute cuts leads to hollowing out of "
                                   "society IF society can’t pick up the slack – therefore a keen "
                                   "need for social enterprises"]
    # "- – Employment" and "- – – Apprentice schemes" nest one level per extra dash
    assert kids("Creating livelihoods – What does the community need? What type of business") \
        == ["Employment", "Funding commercial model"]
    assert kids("Employment") == ["Apprentice schemes"]
    # the empty "-" at the end of the file is not a node
    assert "" not in set(texts_of(mind_map))


# ----------------------------------------------------------------------------- import
def test_tabs_spaces_and_mixed_widths_nest_by_indentation():
    text = ("Root\n"
            "\tTab child\n"
            "\t\tTab grandchild\n"
            "  Two-space child\n"
            "      Six-space grandchild\n"
            "    Four-space, between the levels\n"
            "Root's second line is a sibling\n")
    mind_map = txt.loads(text, path="notes.txt")
    assert _rows(mind_map) == [
        (0, "notes"),
        (1, "Root"), (2, "Tab child"), (3, "Tab grandchild"), (2, "Two-space child"),
        (3, "Six-space grandchild"), (3, "Four-space, between the levels"),
        (1, "Root's second line is a sibling"),
    ]


@pytest.mark.parametrize("line, text", [
    ("- dash", "dash"), ("* star", "star"), ("+ plus", "plus"), ("• bullet", "bullet"),
    ("– en dash", "en dash"), ("1. first", "first"), ("12) twelfth", "twelfth"),
    ("a) letter", "letter"), ("1.2. section", "section"),
    ("-5 degrees", "-5 degrees"), ("2010 was a year", "2010 was a year"),
    ("A. Smith said", "A. Smith said"), ("e.g. this", "e.g. this"),
])
def test_bullets_and_numbering_are_removed_from_the_text(line, text):
    mind_map = txt.loads(f"Root\n  {line}\n")
    assert _rows(mind_map) == [(0, "Root"), (1, text)]


def test_one_top_level_line_is_the_root_otherwise_a_root_is_made():
    assert _rows(txt.loads("Only\n  child\n")) == [(0, "Only"), (1, "child")]
    assert _rows(txt.loads("One\nTwo\n")) == [(0, "Imported outline"), (1, "One"), (1, "Two")]
    assert _rows(txt.loads("One\nTwo\n", path="/x/flip chart.txt"))[0] == (0, "flip chart")


def test_bulleted_lines_under_an_unbulleted_heading_are_its_children():
    mind_map = txt.loads("Fruit\n- apple\n- pear\nVegetables\n- leek\n")
    assert _rows(mind_map) == [(0, "Imported outline"), (1, "Fruit"), (2, "apple"),
                               (2, "pear"), (1, "Vegetables"), (2, "leek")]


def test_empty_bullets_are_dropped_unless_they_hold_children():
    mind_map = txt.loads("Root\n  -\n  - \n    - kept child\n  - real\n")
    assert _rows(mind_map) == [(0, "Root"), (1, ""), (2, "kept child"), (1, "real")]


def test_line_endings_bom_and_legacy_encoding():
    assert _rows(txt.loads("\ufeffRoot\r\n\tchild\r\n".encode())) == [(0, "Root"), (1, "child")]
    assert _rows(txt.loads(b"Caf\xe9\n\t\x93quoted\x94\n")) == [(0, "Café"), (1, "“quoted”")]
    assert _rows(txt.loads("Root\n\tchild\n".encode("utf-16"))) == [(0, "Root"), (1, "child")]


# ---------------------------------------------------------------------------- clipboard
def test_fragments_from_text_makes_one_fragment_per_top_level_line():
    fragments = txt.fragments_from_text("Threats\n\tCuts\n\t\tToo fast\nOpportunities\n- Own!!\n")
    assert [f.texts() for f in fragments] == [["Threats", "Cuts", "Too fast"],
                                              ["Opportunities", "Own!!"]]
    assert fragments[0].height() == 2
    ids = [n for f in fragments for n in f.node_ids()]
    assert len(ids) == len(set(ids))
    assert txt.fragments_from_text("") == [] and txt.fragments_from_text("\n \n") == []


def test_pasting_fragments_into_a_map_keeps_the_outline():
    mind_map = MindMap("T", "Root")
    fragments = txt.fragments_from_text("a\n  b\n  c\nd\n")
    mind_map.apply(ops.paste(mind_map, mind_map.root, fragments))
    check_invariants(mind_map)
    assert _rows(mind_map) == [(0, "Root"), (1, "a"), (2, "b"), (2, "c"), (1, "d")]


def test_copy_text_of_chosen_subtrees_is_tab_indented():
    mind_map = txt.loads("Root\n\ta\n\t\tb\n\tc\n")
    a, c = mind_map.children(mind_map.root)
    assert txt.fragments_to_text(mind_map, [a, c]) == "a\n\tb\nc\n"
    assert txt.fragments_to_text(mind_map, []) == ""


def test_too_deep_a_paste_is_refused():
    text = "".join("\t" * level + "x\n" for level in range(MAX_DEPTH + 1))
    with pytest.raises(MapFormatError, match=str(MAX_DEPTH)):
        txt.fragments_from_text(text)


# ----------------------------------------------------------------------------- export
def test_dumps_writes_tab_indented_lines_with_floating_trees_after():
    mind_map = MindMap("T", "Root")
    mind_map.apply(ops.add_child(mind_map, mind_map.root, "multi\nline"))
    child = mind_map.children(mind_map.root)[0]
    mind_map.apply(ops.add_child(mind_map, child, ""))
    mind_map.apply(ops.add_floating(mind_map, "Parking"))
    assert txt.dumps(mind_map) == "Root\n\tmulti line\n\t\t-\nParking\n"


# texts that plain text can carry: one line, not starting like a bullet or a number
_PLAIN = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn", "Z")),
                 min_size=1, max_size=10).filter(
    lambda s: [f.texts() for f in txt.fragments_from_text(s)] == [[s]])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps(texts=_PLAIN, notes=st.just(""), styles=False, tags=False, links=False,
                   floating=False))
def test_plain_texts_and_the_tree_survive_a_round_trip(mind_map):
    assert _rows(txt.loads(txt.dumps(mind_map))) == _rows(mind_map)


def test_save_and_load_a_file(tmp_path):
    mind_map = txt.loads("Root\n\tChild\n")
    path = tmp_path / "outline.txt"
    txt.save(mind_map, path)
    assert path.read_text(encoding="utf-8") == "Root\n\tChild\n"
    assert _rows(txt.load(path)) == _rows(mind_map)


# ----------------------------------------------------------------------------- errors
@pytest.mark.parametrize("data", ["", "\n \n\t\n", b"", "-\n- \n"])
def test_empty_input_is_refused(data):
    with pytest.raises(MapFormatError, match="nothing to import"):
        txt.loads(data, path="empty.txt")


def test_binary_input_is_refused():
    with pytest.raises(MapFormatError, match="binary"):
        txt.loads(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", path="picture.txt")


def test_input_over_50_mb_is_refused():
    with pytest.raises(MapFormatError, match="50 MB"):
        txt.loads("x\n" * (25 * 1024 * 1024 + 1))


def test_a_thousand_levels_deep_outline_is_refused_cleanly():
    text = "".join(" " * level + f"level {level}\n" for level in range(1000))
    with pytest.raises(MapFormatError) as info:
        txt.loads(text, path="deep.txt")
    assert str(MAX_DEPTH) in str(info.value)
    assert info.value.line == MAX_DEPTH + 2 and info.value.path == "deep.txt"


def test_the_deepest_legal_outline_loads():
    mind_map = chain_map(MAX_DEPTH)
    back = txt.loads(txt.dumps(mind_map))
    assert _rows(back) == _rows(mind_map)
    with pytest.raises(MapFormatError, match=str(MAX_DEPTH)):
        txt.loads(txt.dumps(mind_map) + "sibling at the top\n")  # the made root adds a level


# ------------------------------------------------------- flipchart transcriptions
FLIPCHARTS = """Flipchart 1: Threats
\t- Power devolved to corporations
    - Time scale devastatingly fast
\t\t\u2022 nobody asked us
  * Funding cuts
        1. councils
        2. charities

Flipchart 2: Opportunities
1. Local groups
2. Mutual aid
   - food bank
\t3. Trust


Parking lot
\u2022 ask the council
"""


def test_a_flipchart_transcription_with_mixed_indents_bullets_numbers_and_groups():
    mind_map = txt.loads(FLIPCHARTS, "flipcharts.txt")
    assert outline(mind_map, ("text",)) == [
        (0, 0, "flipcharts"),
        (0, 1, "Flipchart 1: Threats"),
        (0, 2, "Power devolved to corporations"),   # a tab and four spaces: one level
        (0, 2, "Time scale devastatingly fast"),
        (0, 3, "nobody asked us"),
        (0, 2, "Funding cuts"),                     # two spaces: back beside them
        (0, 3, "councils"),
        (0, 3, "charities"),
        (0, 1, "Flipchart 2: Opportunities"),       # blank lines end a group
        (0, 2, "Local groups"),
        (0, 2, "Mutual aid"),
        (0, 3, "food bank"),
        (0, 2, "Trust"),                            # "3." continues "2.", tab or not
        (0, 1, "Parking lot"),
        (0, 2, "ask the council"),
    ]


def test_nested_numbering_is_kept_and_restarted_numbers_nest():
    mind_map = txt.loads("1. a\n   1. a1\n   2. a2\n2. b\n   1) b1\n\t2) b2\n", "n.txt")
    assert outline(mind_map, ("text",)) == [
        (0, 0, "n"), (0, 1, "a"), (0, 2, "a1"), (0, 2, "a2"), (0, 1, "b"), (0, 2, "b1"),
        (0, 2, "b2")]
