"""FreeMind / Freeplane ``.mm`` import and export, including maps Freeplane itself wrote."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.io import freemind_format as mm
from mindmap_app.io.errors import MapFormatError
from mindmap_app.model import MAX_DEPTH, MindMap, check_invariants
from mindmap_app.model import operations as ops
from tests.io.test_io_markdown import (
    TEXTS,
    chain_map,
    link_outline,
    outline,
    random_maps,
    texts_of,
)

FREEPLANE_DIR = Path(__file__).parents[1] / "data" / "freeplane"
FREEPLANE_FILES = sorted(FREEPLANE_DIR.glob("*.mm"))
INSTALLED_FILES = sorted(Path("/usr/share/freeplane").glob("**/*.mm"))
ALL_KEYS = ("text", "note", "folded", "style", "tags")

# Notes travel as HTML paragraphs: tabs and carriage returns would be collapsed, a no-break
# space reads back as a space, and blank lines at the very start or end are dropped, so the
# random notes here avoid those.
_NOTE_LINES = TEXTS.map(lambda s: s.replace("\t", " ").replace("\r", "").replace("\xa0", " "))
NOTES = st.lists(_NOTE_LINES, max_size=4).map("\n".join).filter(
    lambda s: not s or (s.split("\n")[0].strip(" ") and s.split("\n")[-1].strip(" ")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps(notes=NOTES))
def test_round_trip_keeps_tree_texts_notes_folding_colours_tags_links_and_floating(mind_map):
    back = mm.loads(mm.dumps(mind_map))
    check_invariants(back)
    assert outline(back, ALL_KEYS) == outline(mind_map, ALL_KEYS)
    assert link_outline(back) == link_outline(mind_map)


# ------------------------------------------------------------ real Freeplane-written maps
def _facts(path: Path) -> dict:
    """What the file holds, read independently with ElementTree (the files are trusted)."""
    tree = ET.parse(path)
    nodes = list(tree.iter("node"))
    root = tree.getroot().find("node")
    ids = {n.get("ID") for n in nodes}
    links = {(n.get("ID"), a.get("DESTINATION")) for n in nodes for a in n.findall("arrowlink")
             if a.get("DESTINATION") in ids and a.get("DESTINATION") != n.get("ID")}
    links |= {(n.get("ID"), n.get("LINK")[1:]) for n in nodes
              if (n.get("LINK") or "").startswith("#") and n.get("LINK")[1:] in ids}
    main = [n for n in root.findall("node")
            if not any(h.get("NAME") == "FreeNode" for h in n.findall("hook"))]
    return {
        "count": len(nodes),
        "plain_texts": [n.get("TEXT") for n in nodes
                        if n.get("TEXT") is not None and not n.get("TEXT").startswith("<html>")],
        "free": sum(1 for n in root.findall("node")
                    if any(h.get("NAME") == "FreeNode" for h in n.findall("hook"))),
        "links": len(links),
        "icons": sum(len(n.findall("icon")) for n in nodes),
        "backgrounds": sum(1 for n in nodes if n.get("BACKGROUND_COLOR") or any(
            c.get("COLOR") for c in n.findall("cloud"))),
        "web_links": sum(1 for n in nodes if n.get("LINK") and not n.get("LINK").startswith("#")),
        "sides": [n.get("POSITION") for n in main],
        "attributes": sum(len(n.findall("attribute")) for n in nodes),
        "folded": sum(1 for n in nodes if n.get("FOLDED") == "true"),
    }


def test_the_real_freeplane_files_are_present():
    names = {p.name for p in FREEPLANE_FILES}
    assert {"freeplaneApplications.mm", "freeplaneFunctions.mm", "beamerMap.mm"} <= names
    for path in FREEPLANE_FILES:
        head = path.read_text(encoding="utf-8")[:200]
        assert head.startswith('<map version="freeplane 1.')


@pytest.mark.parametrize("path", FREEPLANE_FILES, ids=lambda p: p.name)
def test_freeplane_files_import_with_every_node(path):
    facts = _facts(path)
    mind_map = mm.load(path)
    check_invariants(mind_map)
    assert len(mind_map) == facts["count"]
    texts = set(texts_of(mind_map))
    missing = [t for t in facts["plain_texts"] if t not in texts]
    assert not missing
    assert len(mind_map.floating) == facts["free"]
    assert len(mind_map.links()) == facts["links"]
    assert sum(len(mind_map.get(n, "tags")) for n in mind_map.nodes()) == facts["icons"]
    assert sum(1 for n in mind_map.nodes()
               if (mind_map.get(n, "style") or {}).get("background")) == facts["backgrounds"]
    assert sum(1 for n in mind_map.nodes() if mind_map.get(n, "folded")) == facts["folded"]
    assert sum(1 for n in mind_map.nodes() if mind_map.get(n, "link")) == facts["web_links"]
    # the main branches come in on the sides Freeplane drew them on
    assert [mind_map.get(k, "side") for k in mind_map.children(mind_map.root)] == facts["sides"]
    notes = "\n".join(mind_map.get(n, "note") for n in mind_map.nodes())
    assert notes.count(": ") >= facts["attributes"]


def test_freeplane_rich_text_notes_details_and_links_are_read():
    apps = mm.load(FREEPLANE_DIR / "freeplaneApplications.mm")
    # the root's TEXT is HTML with a <br>: plain text on two lines
    assert apps.text(apps.root) == "Getting Things Done\nWith Freeplane"
    assert apps.get(apps.root, "style") == {"background": "#ffcc00"}
    brainstorm = next(n for n in apps.nodes() if apps.text(n) == "Brainstorm")
    assert brainstorm in apps.floating and apps.get(brainstorm, "folded")
    assert apps.get(brainstorm, "tags") == ("family",)
    assert apps.get(brainstorm, "note") == "Write digital post-its\nand order them in a map."
    labels = {label for _, _, label in apps.links()}
    assert {"Think it", "Share it"} <= labels

    functions = mm.load(FREEPLANE_DIR / "freeplaneFunctions.mm")
    note = functions.get(functions.root, "note")
    assert note.startswith("Hover with the cursor over the different texts")
    assert "\n\nN.B. This is text is a Note text..\n\n" in note
    assert functions.text(functions.root) == "Freeplane 1.2\nFunctions"
    assert functions.get(functions.root, "tags") == ("bee",)
    # the arrow link, and the node LINK="#ID_784697063" to another node
    assert sorted(label for _, _, label in functions.links()) == ["", "hierarchy"]

    beamer = mm.load(FREEPLANE_DIR / "beamerMap.mm")
    frame = next(n for n in beamer.nodes() if beamer.text(n) == "Frame with text")
    assert beamer.get(frame, "note") == "Lorem ipsum"
    assert [beamer.text(c) for c in beamer.children(frame)] == ["item", "item"]


# every map Freeplane ships, where Freeplane is installed; else the copies kept in tests/data
@pytest.mark.parametrize("path", INSTALLED_FILES or FREEPLANE_FILES, ids=lambda p: p.name)
def test_every_map_shipped_with_freeplane_imports(path):
    mind_map = mm.load(path)
    check_invariants(mind_map)
    assert len(mind_map) == _facts(path)["count"]


@pytest.mark.parametrize("path", FREEPLANE_FILES, ids=lambda p: p.name)
def test_freeplane_files_survive_export_and_reimport(path):
    mind_map = mm.load(path)
    back = mm.loads(mm.dumps(mind_map))
    assert outline(back, ALL_KEYS) == outline(mind_map, ALL_KEYS)
    assert link_outline(back) == link_outline(mind_map)


# ------------------------------------------------------------- hand-written FreeMind map
FREEMIND_1_0 = """<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind -->
<attribute_registry SHOW_ATTRIBUTES="hide"/>
<node CREATED="1" ID="ID_1" MODIFIED="2" TEXT="Big Society">
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node ID="ID_2" POSITION="right" TEXT="Threats" COLOR="#B03A2E" FOLDED="true">
<edge STYLE="bezier" WIDTH="thin"/>
<cloud COLOR="#f0f0f0"/>
<icon BUILTIN="messagebox_warning"/>
<attribute NAME="votes" VALUE="3"/>
<arrowlink DESTINATION="ID_3" ENDARROW="Default" ID="Arrow_ID_1" SOURCE_LABEL="becomes"
 STARTARROW="None"/>
<node ID="ID_4" TEXT="Cuts&#xa;too fast"/>
<node ID="ID_5">
<richcontent TYPE="NODE"><html><head><title>x</title><style>p {}</style></head>
<body><p>Rich&nbsp;<b>text</b> node</p><p>second&nbsp;&amp; last</p></body></html>
</richcontent>
</node>
</node>
<node ID="ID_3" POSITION="left" TEXT="Opportunities" BACKGROUND_COLOR="#ffffcc">
<richcontent TYPE="NOTE"><html><head></head><body>
<ul><li>first point</li><li>second point</li></ul><p>caf&eacute;</p>
</body></html></richcontent>
<arrowlink DESTINATION="ID_404"/>
<arrowlink DESTINATION="ID_3"/>
</node>
<node ID="ID_6" POSITION="top_or_left" TEXT="Freeplane 1.12 side"/>
<node ID="ID_7" POSITION="bottom_or_right" LOCALIZED_TEXT="new_node"/>
</node>
</map>
"""


def test_a_freemind_1_0_map_with_everything_around_the_subset():
    mind_map = mm.loads(FREEMIND_1_0, path="workshop.mm")
    check_invariants(mind_map)
    assert outline(mind_map, ("text", "folded", "style", "tags")) == [
        (0, 0, "Big Society", False, None, ()),
        (0, 1, "Threats", True, {"color": "#b03a2e", "background": "#f0f0f0"},   # its cloud
         ("messagebox_warning",)),
        (0, 2, "Cuts\ntoo fast", False, None, ()),
        (0, 2, "Rich text node\nsecond & last", False, None, ()),
        (0, 1, "Opportunities", False, {"background": "#ffffcc"}, ()),
        (0, 1, "Freeplane 1.12 side", False, None, ()),
        (0, 1, "new_node", False, None, ()),
    ]
    assert [mind_map.get(k, "side") for k in mind_map.children(mind_map.root)] == [
        "right", "left", "left", "right"]
    threats = mind_map.children(mind_map.root)[0]
    assert mind_map.get(threats, "note") == "votes: 3"          # the attribute table
    opportunities = next(n for n in mind_map.nodes() if mind_map.text(n) == "Opportunities")
    assert mind_map.get(opportunities, "note") == "first point\nsecond point\ncafé"
    assert [(mind_map.text(a), mind_map.text(b), label)
            for a, b, label in mind_map.links()] == [("Threats", "Opportunities", "becomes")]


def test_freeplane_plain_text_notes_keep_their_lines():
    mind_map = mm.loads('<map version="freeplane 1.11.5"><node TEXT="Root">'
                        '<richcontent TYPE="NOTE" CONTENT-TYPE="plain/markdown"><text>- passport\n'
                        '- charger  spaced</text></richcontent></node></map>')
    assert mind_map.get(mind_map.root, "note") == "- passport\n- charger  spaced"


# ----------------------------------------------------------------------------- export
def test_export_is_a_freeplane_map_with_ids_positions_free_nodes_and_notes():
    mind_map = MindMap("T", "Root")
    for text in ("one", "two", "three"):
        mind_map.apply(ops.add_child(mind_map, mind_map.root, text))
    one, two, three = mind_map.children(mind_map.root)
    mind_map.apply(ops.set_attr(one, "note", "first line\n  indented\n\nlast"))
    mind_map.apply(ops.set_attr(two, "tags", ("idea",)))
    mind_map.apply(ops.add_link(one, three, "leads to"))
    mind_map.apply(ops.add_floating(mind_map, "Parking lot"))
    text = mm.dumps(mind_map)
    document = ET.fromstring(text.encode())
    # an older Freeplane version string: Freeplane warns about maps "from a later version"
    assert document.tag == "map" and document.get("version") == "freeplane 1.3.0"
    root = document.find("node")
    nodes = list(document.iter("node"))
    assert len({n.get("ID") for n in nodes}) == 5
    assert all(n.get("ID").startswith("ID_") for n in nodes)
    kids = root.findall("node")
    assert [k.get("TEXT") for k in kids] == ["one", "two", "three", "Parking lot"]
    assert [k.get("POSITION") for k in kids[:3]] == ["right", "right", "left"]
    assert kids[3].find("hook").get("NAME") == "FreeNode"
    assert kids[3].get("LOCALIZED_STYLE_REF") == "defaultstyle.floating"
    assert int(kids[3].get("VSHIFT_QUANTITY").split()[0]) > 0     # below the main tree
    assert kids[1].find("icon").get("BUILTIN") == "idea"
    arrow = kids[0].find("arrowlink")
    assert arrow.get("DESTINATION") == kids[2].get("ID")
    assert arrow.get("MIDDLE_LABEL") == "leads to"
    note = kids[0].find("richcontent")
    assert note.get("TYPE") == "NOTE"
    assert [p.text for p in note.iter("p")] == ["first line", "\xa0\xa0indented", None, "last"]


def test_save_and_load_a_file(tmp_path):
    mind_map = MindMap("T", "Root")
    mind_map.apply(ops.add_child(mind_map, mind_map.root, "Child"))
    path = tmp_path / "map.mm"
    mm.save(mind_map, path)
    assert outline(mm.load(path)) == outline(mind_map)


# ----------------------------------------------------------------------------- errors
@pytest.mark.parametrize("text, message", [
    ('<!DOCTYPE map [<!ENTITY a "aaaa">]><map><node TEXT="&a;"/></map>', "DOCTYPE"),
    ('<map version="1.0.1">\n<node TEXT="a">\n<node TEXT="b">\n</map>', "not well-formed"),
    ('<opml><body/></opml>', "not a FreeMind/Freeplane map"),
    ('<map version="1.0.1"></map>', "no nodes"),
    ('<map><node TEXT="&undefined_thing;"/></map>', "undefined entity"),
])
def test_unusable_maps_are_refused(text, message):
    with pytest.raises(MapFormatError, match=message) as info:
        mm.loads(text, path="bad.mm")
    assert info.value.path == "bad.mm"


def test_malformed_xml_names_the_line():
    with pytest.raises(MapFormatError) as info:
        mm.loads('<map version="1.0.1">\n<node TEXT="a">\n<node TEXT="b">\n</map>')
    assert info.value.line == 4


def test_input_over_50_mb_is_refused():
    with pytest.raises(MapFormatError, match="50 MB"):
        mm.loads(b"<map>" + b" " * (50 * 1024 * 1024))


def test_a_thousand_levels_deep_map_is_refused_cleanly():
    text = "<map>\n" + '<node TEXT="x">\n' * 1000 + "</node>" * 1000 + "</map>"
    with pytest.raises(MapFormatError) as info:
        mm.loads(text, path="deep.mm")
    assert str(MAX_DEPTH) in str(info.value) and info.value.line is not None


def test_the_deepest_legal_map_round_trips():
    mind_map = chain_map(MAX_DEPTH)
    assert outline(mm.loads(mm.dumps(mind_map))) == outline(mind_map)


# ------------------------------------------------- FreeMind 1.0 / Freeplane 1.9 attributes
FREEPLANE_19 = """<map version="freeplane 1.9.13">
<!--To view this file, download free mind mapping software Freeplane -->
<node TEXT="Workshop" FOLDED="false" ID="ID_1" LINK="https://example.org/day1">
<hook NAME="MapStyle"><properties fit_to_viewport="false"/></hook>
<node TEXT="Threats" POSITION="right" ID="ID_2" COLOR="#000000">
<edge COLOR="#ff0000" STYLE="bezier" WIDTH="2"/>
<cloud COLOR="#ffdddd" SHAPE="ARC"/>
<attribute_layout NAME_WIDTH="80 pt" VALUE_WIDTH="80 pt"/>
<attribute NAME="owner" VALUE="Sam"/>
<attribute NAME="votes" VALUE="3"/>
<node TEXT="12.5" OBJECT="org.freeplane.features.format.FormattedNumber|12.5" FORMAT="#0.00"
 ID="ID_3" LINK="#ID_5"/>
</node>
<node LOCALIZED_TEXT="new_node" POSITION="left" ID="ID_4" BACKGROUND_COLOR="#eeeeee">
<cloud COLOR="#ddffdd"/>
</node>
<node TEXT="Opportunities" POSITION="right" ID="ID_5" LINK="plans.mm"/>
<node TEXT="People" POSITION="left" ID="ID_6">
<richcontent TYPE="NOTE"><html><body><p>a note</p></body></html></richcontent>
<attribute NAME="room" VALUE="B2"/>
</node>
</node>
</map>
"""


def test_freeplane_1_9_attributes_links_colours_and_sides():
    mind_map = mm.loads(FREEPLANE_19, "day1.mm")
    check_invariants(mind_map)
    root = mind_map.root
    threats, localized, opportunities, people = mind_map.children(root)
    assert mind_map.get(root, "link") == "https://example.org/day1"
    assert mind_map.get(threats, "note") == "owner: Sam\nvotes: 3"
    assert mind_map.get(threats, "style") == {"color": "#ff0000", "background": "#ffdddd"}
    assert mind_map.get(localized, "style") == {"background": "#eeeeee"}  # its own wins
    assert mind_map.text(localized) == "new_node"
    number = mind_map.children(threats)[0]
    assert mind_map.text(number) == "12.5"                  # FORMAT dropped, text kept
    assert mind_map.links() == [(number, opportunities, "")]
    assert mind_map.get(opportunities, "link") == "plans.mm"
    assert mind_map.get(people, "note") == "a note\n\nroom: B2"
    assert [mind_map.get(k, "side") for k in (threats, localized, opportunities, people)] == [
        "right", "left", "right", "left"]


def test_alternating_sides_are_laid_out_kept_in_yaml_and_written_back():
    from mindmap_app.io.yaml_format import dumps_map, loads_map
    from mindmap_app.layout.map_layout import compute_layout

    mind_map = mm.loads(FREEPLANE_19, "day1.mm")
    kids = mind_map.children(mind_map.root)
    layout = compute_layout(mind_map, {})
    assert [layout.sides[k] for k in kids] == [1, -1, 1, -1]
    assert [layout.centers[k][0] > 0 for k in kids] == [True, False, True, False]
    again = loads_map(dumps_map(mind_map).encode("utf-8"), "day1.yaml")
    assert again.same_as(mind_map)
    assert "side: left" in dumps_map(mind_map)
    exported = mm.dumps(mind_map)
    assert exported.count('POSITION="left"') == 2 and exported.count('POSITION="right"') == 2
    back = mm.loads(exported)
    assert [back.get(k, "side") for k in back.children(back.root)] == [
        "right", "left", "right", "left"]


def test_web_and_map_links_of_ideas_are_written_as_freeplane_links():
    m = MindMap("Links", "Links")
    m.apply(ops.add_child(m, m.root, "Site", link="https://example.org/a?b=1&c=2"))
    m.apply(ops.add_child(m, m.root, "Map", link="national.yaml"))
    text = mm.dumps(m)
    assert 'LINK="https://example.org/a?b=1&amp;c=2"' in text
    back = mm.loads(text)
    links = {back.text(n): back.get(n, "link") for n in back.children(back.root)}
    assert links == {"Site": "https://example.org/a?b=1&c=2", "Map": "national.yaml"}
