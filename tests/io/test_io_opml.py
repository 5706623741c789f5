"""OPML 2.0 import and export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings

from mindmap_app.io import opml_format as opml
from mindmap_app.io.errors import MapFormatError
from mindmap_app.model import MAX_DEPTH, MindMap, check_invariants
from mindmap_app.model import operations as ops
from tests.io.test_io_markdown import chain_map, outline, random_maps


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps(styles=False, links=False))
def test_round_trip_keeps_tree_texts_notes_tags_and_floating(mind_map):
    back = opml.loads(opml.dumps(mind_map))
    check_invariants(back)
    assert outline(back, ("text", "note", "tags")) == outline(mind_map, ("text", "note", "tags"))


def test_export_is_opml_2_with_head_title_and_nested_outlines():
    mind_map = MindMap("Workshop", "National level")
    threats = ops.add_child(mind_map, mind_map.root, "Threats")
    mind_map.apply(threats)
    mind_map.apply(ops.set_attr(threats.fragment.root, "note", "From table 1\nsecond line"))
    mind_map.apply(ops.add_child(mind_map, threats.fragment.root, 'Power "devolved" & <more>'))
    mind_map.apply(ops.add_floating(mind_map, "Parking lot"))
    document = ET.fromstring(opml.dumps(mind_map).encode())
    assert document.tag == "opml" and document.get("version") == "2.0"
    assert document.findtext("head/title") == "Workshop"
    tops = document.findall("body/outline")
    assert [t.get("text") for t in tops] == ["National level", "Parking lot"]
    branch = tops[0].find("outline")
    assert branch.get("text") == "Threats"
    assert branch.get("_note") == "From table 1\nsecond line"
    assert branch.find("outline").get("text") == 'Power "devolved" & <more>'


def test_head_title_defaults_to_the_root_text():
    document = ET.fromstring(opml.dumps(MindMap("", "Ideas")).encode())
    assert document.findtext("head/title") == "Ideas"


def test_import_reads_text_note_category_and_ignores_other_attributes():
    text = """<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="2.0">
  <head><title>Caf\xe9 plans</title><dateCreated>Mon, 1 Jan 2024</dateCreated></head>
  <body>
    <outline text="Root" type="link" url="http://example.com" created="x">
      <outline text="First" _note="A note&#10;on two lines" category="/idea,threat"/>
      <outline _note="no text attribute"/>
      <outline text="Third"><outline text="Nested"/></outline>
    </outline>
  </body>
</opml>""".encode("latin-1")
    mind_map = opml.loads(text, path="plans.opml")
    check_invariants(mind_map)
    assert mind_map.title == "Café plans"
    assert outline(mind_map, ("text", "note", "tags")) == [
        (0, 0, "Root", "", ()),
        (0, 1, "First", "A note\non two lines", ("idea", "threat")),
        (0, 1, "", "no text attribute", ()),
        (0, 1, "Third", "", ()),
        (0, 2, "Nested", "", ()),
    ]


def test_several_top_level_outlines_become_floating_subtrees_beside_the_first():
    mind_map = opml.loads('<opml version="1.0"><head/><body><outline text="Main">'
                          '<outline text="child"/></outline><outline text="Second"/>'
                          '<outline text="Third"><outline text="x"/></outline></body></opml>')
    assert mind_map.text(mind_map.root) == "Main"
    assert [mind_map.text(n) for n in mind_map.floating] == ["Second", "Third"]
    assert len(mind_map) == 5


def test_save_and_load_a_file(tmp_path):
    mind_map = MindMap("T", "Root")
    mind_map.apply(ops.add_child(mind_map, mind_map.root, "Child"))
    path = tmp_path / "map.opml"
    opml.save(mind_map, path)
    assert outline(opml.load(path)) == outline(mind_map)


# ----------------------------------------------------------------------------- errors
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<opml version="2.0"><body><outline text="&lol4;"/></body></opml>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;"/></body></opml>"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY,
                                  '<!DOCTYPE opml SYSTEM "http://example.com/x.dtd"><opml/>'])
def test_doctypes_and_entity_declarations_are_refused(text):
    with pytest.raises(MapFormatError, match="DOCTYPE") as info:
        opml.loads(text, path="evil.opml")
    assert info.value.path == "evil.opml"


def test_malformed_xml_names_the_line():
    text = '<opml version="2.0">\n<body>\n<outline text="a">\n</body>\n</opml>\n'
    with pytest.raises(MapFormatError) as info:
        opml.loads(text, path="broken.opml")
    assert info.value.line == 4
    assert str(info.value).startswith("broken.opml:4:")


@pytest.mark.parametrize("text, message", [
    ('<html><body/></html>', "not an OPML file"),
    ('<opml version="2.0"><head/><body></body></opml>', "no outline"),
    ('', "not well-formed"),
    ('<opml><body><outline text="&bogus;"/></body></opml>', "undefined entity"),
])
def test_unusable_documents_are_refused(text, message):
    with pytest.raises(MapFormatError, match=message):
        opml.loads(text)


def test_html_entity_names_are_read_as_characters():
    mind_map = opml.loads('<opml><body><outline text="caf&eacute;&nbsp;&amp; bar"/></body></opml>')
    assert mind_map.text(mind_map.root) == "caf\u00e9\u00a0& bar"


def test_input_over_50_mb_is_refused():
    with pytest.raises(MapFormatError, match="50 MB"):
        opml.loads(b" " * (50 * 1024 * 1024 + 1))


def test_a_thousand_levels_deep_outline_is_refused_cleanly():
    text = ('<opml version="2.0"><body>\n' + '<outline text="x">\n' * 1000
            + "</outline>" * 1000 + "</body></opml>")
    with pytest.raises(MapFormatError) as info:
        opml.loads(text, path="deep.opml")
    assert str(MAX_DEPTH) in str(info.value) and info.value.line == MAX_DEPTH + 3


def test_the_deepest_legal_map_round_trips():
    mind_map = chain_map(MAX_DEPTH)
    assert outline(opml.loads(opml.dumps(mind_map))) == outline(mind_map)
