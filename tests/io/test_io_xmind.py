"""XMind import: workbooks built by the format's own rules, and archives that must be refused.

The test files are made the way XMind writes them: XMind Zen / 2020+ zips hold
``content.json`` (a list of sheets, each ``{"id", "class": "sheet", "title", "rootTopic",
"relationships"}``, topics ``{"id", "class": "topic", "title", "notes": {"plain":
{"content"}}, "labels", "markers": [{"markerId"}], "href", "branch", "style":
{"properties": {"svg:fill", "line-color", ...}}, "children": {"attached", "detached"}}``)
beside ``metadata.json`` and ``manifest.json``; XMind 8 zips hold ``content.xml``
(``<xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0">``, a topic's ``style-id``
naming a ``<style>`` of ``styles.xml``, whose ``<topic-properties>`` hold its colours),
``meta.xml``, ``styles.xml`` and ``META-INF/manifest.xml``.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from mindmap_app import cli
from mindmap_app.io import formats, xmind_format
from mindmap_app.io.errors import MapFormatError
from mindmap_app.model import check_invariants

from .test_io_markdown import link_outline, outline


def topic(title, *children, detached=(), **extra):
    data = {"id": extra.pop("id", f"id-{title}"), "class": "topic", "title": title, **extra}
    if children or detached:
        data["children"] = {"attached": list(children)}
        if detached:
            data["children"]["detached"] = list(detached)
    return data


def zen_workbook(sheets) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.json", json.dumps(sheets))
        archive.writestr("metadata.json", json.dumps({"creator": {"name": "Vana",
                                                                  "version": "23.09"}}))
        archive.writestr("manifest.json", json.dumps({"file-entries": {
            "content.json": {}, "metadata.json": {}}}))
        # what XMind 2020+ writes for XMind 8 to show
        archive.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><xmap-content '
                         'xmlns="urn:xmind:xmap:xmlns:content:2.0"><sheet id="w"><topic '
                         'id="w1"><title>Warning: this file can only be opened in XMind 2020'
                         '</title></topic><title>Sheet 1</title></sheet></xmap-content>')
    return buffer.getvalue()


ZEN = [{
    "id": "sheet-1", "class": "sheet", "title": "Workshop day 1",
    "rootTopic": topic(
        "Big Society",
        topic("Threats",
              topic("Power devolved", notes={"plain": {"content": "From the flipchart\n"
                                                                  "second line"},
                                             "realHTML": {"content": "<div>ignored</div>"}},
                    labels=["urgent"], markers=[{"markerId": "priority-1"}], id="power"),
              topic("Cuts", href="https://example.org/cuts", branch="folded", id="cuts"),
              id="threats"),
        topic("Opportunities", topic("See threats", href="xmind:#threats", id="see")),
        detached=[topic("Parking lot", topic("Later"))],
        id="root", structureClass="org.xmind.ui.map.unbalanced"),
    "relationships": [{"id": "r1", "class": "relationship", "end1Id": "power",
                       "end2Id": "cuts", "title": "leads to"},
                      {"id": "r2", "end1Id": "power", "end2Id": "nowhere"}],
}, {
    "id": "sheet-2", "class": "sheet", "title": "Sheet 2",
    "rootTopic": topic("Breakouts", topic("Group A"),
                       notes={"realHTML": {"content": "<p>one</p><p>two &amp; three</p>"}}),
}]


def test_xmind_zen_content_json_is_read_whole():
    mind_map = xmind_format.loads(zen_workbook(ZEN), "day1.xmind")
    check_invariants(mind_map)
    assert mind_map.title == "Workshop day 1"
    assert outline(mind_map, ("text", "note", "tags", "folded", "link")) == [
        (0, 0, "Big Society", "", (), False, None),
        (0, 1, "Threats", "", (), False, None),
        (0, 2, "Power devolved", "From the flipchart\nsecond line", ("urgent", "priority-1"),
         False, None),
        (0, 2, "Cuts", "", (), True, "https://example.org/cuts"),
        (0, 1, "Opportunities", "", (), False, None),
        (0, 2, "See threats", "", (), False, None),
        (1, 0, "Parking lot", "", (), False, None),
        (1, 1, "Later", "", (), False, None),
        (2, 0, "Breakouts", "one\ntwo & three", (), False, None),
        (2, 1, "Group A", "", (), False, None),
    ]
    # relationship power -> cuts, labelled; the xmind:# topic link see -> threats
    assert link_outline(mind_map) == {(2, 3, "leads to"), (5, 1, "")}


EMPTY_STYLES = ('<?xml version="1.0"?><xmap-styles xmlns="urn:xmind:xmap:xmlns:style:2.0" '
                'version="2.0"/>')


def xmind8_workbook(content: str, *, extra: dict[str, bytes] | None = None,
                    styles: str = EMPTY_STYLES) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", '<?xml version="1.0"?><meta xmlns="urn:xmind:xmap:'
                         'xmlns:meta:2.0" version="2.0"/>')
        archive.writestr("styles.xml", styles)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest xmlns='
                         '"urn:xmind:xmap:xmlns:manifest:1.0"><file-entry full-path='
                         '"content.xml" media-type="text/xml"/></manifest>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


XMIND8 = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
 xmlns:svg="http://www.w3.org/2000/svg" xmlns:xhtml="http://www.w3.org/1999/xhtml"
 xmlns:xlink="http://www.w3.org/1999/xlink" modified-by="bruce" timestamp="1503058545540"
 version="2.0">
 <sheet id="7abtd0ssc7n4pi1nu6i7b6lsdh" timestamp="1503058545540">
  <topic id="1vr0lcte2og4t2sopiogvdmifc" structure-class="org.xmind.ui.logic.right">
   <title>Big Society</title>
   <children>
    <topics type="attached">
     <topic id="threats" branch="folded">
      <title svg:width="500">Threats</title>
      <notes><plain>From the
flipchart</plain><html><xhtml:p>From the</xhtml:p><xhtml:p>flipchart</xhtml:p></html></notes>
      <labels><label>urgent</label></labels>
      <marker-refs><marker-ref marker-id="priority-2"/>
       <marker-ref marker-id="flag-red"/></marker-refs>
      <children><topics type="attached">
       <topic id="cuts" xlink:href="https://example.org/cuts"><title>Cuts &amp; more</title>
        <notes><html><xhtml:p>only</xhtml:p><xhtml:p>html</xhtml:p></html></notes></topic>
      </topics></children>
     </topic>
     <topic id="opps" xlink:href="xmind:#threats"><title>Opportunities</title></topic>
    </topics>
    <topics type="detached">
     <topic id="park"><title>Parking lot</title></topic>
    </topics>
    <topics type="summary"><topic id="sum"><title>Summary</title></topic></topics>
   </children>
   <summaries><summary id="s1" range="(0,1)" topic-id="sum"/></summaries>
  </topic>
  <title>Sheet 1</title>
  <relationships>
   <relationship end1="cuts" end2="opps" id="rel1"><title>turns into</title></relationship>
  </relationships>
 </sheet>
</xmap-content>
"""


def test_xmind_8_content_xml_is_read_whole():
    mind_map = xmind_format.loads(xmind8_workbook(XMIND8), "old.xmind")
    check_invariants(mind_map)
    assert mind_map.title == ""            # "Sheet 1" is no title
    assert outline(mind_map, ("text", "note", "tags", "folded", "link")) == [
        (0, 0, "Big Society", "", (), False, None),
        (0, 1, "Threats", "From the\nflipchart", ("urgent", "priority-2", "flag-red"), True,
         None),
        (0, 2, "Cuts & more", "only\nhtml", (), False, "https://example.org/cuts"),
        (0, 1, "Opportunities", "", (), False, None),
        (1, 0, "Parking lot", "", (), False, None),
    ]
    assert link_outline(mind_map) == {(2, 3, "turns into"), (3, 1, "")}


def styles_of(mind_map) -> dict[str, dict | None]:  # noqa: ANN001
    return {mind_map.text(n): mind_map.get(n, "style") for n in mind_map.nodes()}


def test_xmind_zen_fills_and_line_colours_become_the_ideas_fill_and_branch_colour():
    sheets = [{"id": "s", "class": "sheet", "title": "Colours", "rootTopic": topic(
        "Root",
        topic("Filled", style={"id": "a", "properties": {
            "svg:fill": "#DCE6F2", "line-color": "#558ED5", "fo:color": "#376092",
            "shape-class": "org.xmind.topicShape.roundedRect"}}),
        topic("Short hex", style={"properties": {"svg:fill": "#F2C"}}),
        topic("Not colours", style={"properties": {"svg:fill": "none",
                                                   "line-color": "rgb(1, 2, 3)"}}),
        topic("Odd style", style=["not", "a", "mapping"]),
        topic("Plain"),
        style={"properties": {"svg:fill": "#000229"}})}]
    mind_map = xmind_format.loads(zen_workbook(sheets), "colours.xmind")
    check_invariants(mind_map)
    assert styles_of(mind_map) == {
        "Root": {"background": "#000229"},
        "Filled": {"background": "#dce6f2", "color": "#558ed5"},
        "Short hex": {"background": "#ff22cc"},
        "Not colours": None, "Odd style": None, "Plain": None}


XMIND8_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<xmap-styles xmlns="urn:xmind:xmap:xmlns:style:2.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
 xmlns:svg="http://www.w3.org/2000/svg" version="2.0">
 <styles>
  <style id="fill1" name="" type="topic"><topic-properties svg:fill="#FFCC00"
   line-color="#558ED5" shape-class="org.xmind.topicShape.roundedRect"/></style>
 </styles>
 <automatic-styles>
  <style id="auto2" type="topic"><topic-properties svg:fill="#9cc9ba"/></style>
  <style id="map" type="map"><map-properties svg:fill="#ffffff"/></style>
 </automatic-styles>
</xmap-styles>
"""


def test_xmind_8_topic_styles_are_read_from_styles_xml():
    content = XMIND8.replace('<topic id="threats" branch="folded">',
                             '<topic id="threats" branch="folded" style-id="fill1">'
                             ).replace('<topic id="cuts" ', '<topic id="cuts" style-id="auto2" '
                                       ).replace('<topic id="opps" ',
                                                 '<topic id="opps" style-id="missing" ')
    mind_map = xmind_format.loads(xmind8_workbook(content, styles=XMIND8_STYLES), "old.xmind")
    assert styles_of(mind_map) == {
        "Big Society": None, "Threats": {"background": "#ffcc00", "color": "#558ed5"},
        "Cuts & more": {"background": "#9cc9ba"}, "Opportunities": None, "Parking lot": None}
    # a styles.xml that cannot be read: the map all the same, without its colours
    broken = xmind_format.loads(xmind8_workbook(content, styles="<xmap-styles><style"),
                                "old.xmind")
    assert set(styles_of(broken).values()) == {None}
    assert len(broken) == len(mind_map)


def test_open_and_convert_use_the_registry(tmp_path):
    path = tmp_path / "day one.xmind"
    path.write_bytes(xmind8_workbook(XMIND8))
    fmt = formats.format_for_path(path)
    assert fmt.name == "xmind" and fmt.readable and not fmt.writable
    assert fmt in formats.readable_formats()
    assert fmt not in formats.writable_formats()
    assert "*.xmind" in fmt.file_filter()
    mind_map = formats.read_map(path)
    assert mind_map.title == "day one"     # no title of its own: the file's name
    out = tmp_path / "day one.yaml"
    assert cli.main(["convert", str(path), str(out), "-q"]) == 0
    assert outline(formats.read_map(out), ("text",))[:2] == [(0, 0, "Big Society"),
                                                             (0, 1, "Threats")]


# ------------------------------------------------------------------------- refused
def zip_of(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


GOOD_JSON = json.dumps([{"rootTopic": topic("Root")}]).encode()


@pytest.mark.parametrize(("data", "words"), [
    (b"", "zip archive"),
    (b"<xmap-content/>", "zip archive"),
    (b"PK\x03\x04 broken", "damaged zip"),
    (zip_of({"readme.txt": b"hello"}), "neither content.json nor content.xml"),
    (zip_of({"content.json": b"{not json"}), "not valid JSON"),
    (zip_of({"content.json": b"[" * 100_000 + b"]" * 100_000}), "nested too deeply"),
    (zip_of({"content.json": b'{"a": 1}'}), "no sheet"),
    (zip_of({"content.json": b"[]"}), "no sheet"),
    (zip_of({"content.json": b"[[], 3, {\"rootTopic\": 5}]"}), "no sheet"),
    (zip_of({"content.xml": b"<map/>"}), "not an XMind content.xml"),
    (zip_of({"content.xml": b'<!DOCTYPE x [<!ENTITY a "b">]><xmap-content/>'}), "DOCTYPE"),
    (zip_of({"content.json": GOOD_JSON, "../../etc/evil": b"x"}), "unsafe path"),
    (zip_of({"content.json": GOOD_JSON, "/abs/evil": b"x"}), "unsafe path"),
    (zip_of({"content.json": GOOD_JSON, "C:\\evil": b"x"}), "unsafe path"),
    (zip_of({"content.json": b" " * (5 * 2**20) + GOOD_JSON}), "zip bomb"),
    (zip_of({f"f{i}": b"" for i in range(xmind_format.MAX_ENTRIES + 1)}
            | {"content.json": GOOD_JSON}, zipfile.ZIP_STORED), "entries"),
])
def test_bad_workbooks_are_refused_with_one_line(data, words):
    with pytest.raises(MapFormatError) as info:
        xmind_format.loads(data, "bad.xmind")
    message = str(info.value)
    assert message.startswith("bad.xmind:") and len(message.splitlines()) == 1
    assert words in message


def test_encrypted_and_oversized_content_entries_are_refused(monkeypatch):
    # the "encrypted" flag (bit 0) set in the local header and the central directory, as a
    # password-protected workbook has it (zipfile cannot write encrypted entries itself)
    data = bytearray(zip_of({"content.json": GOOD_JSON}, zipfile.ZIP_STORED))
    central = data.index(b"PK\x01\x02")
    data[6] |= 0x1
    data[central + 8] |= 0x1
    with pytest.raises(MapFormatError, match="encrypted"):
        xmind_format.loads(bytes(data), "locked.xmind")
    monkeypatch.setattr(xmind_format, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(MapFormatError, match="unpacks to more than"):
        xmind_format.loads(zip_of({"content.json": GOOD_JSON + b" " * 2000}), "big.xmind")


def test_a_deep_but_legal_map_loads_and_a_too_deep_one_is_refused():
    def chain(depth):   # written out: json.dumps itself would recurse too deeply
        opening = "".join(f'{{"id": "l{i}", "title": "l{i}", "children": {{"attached": ['
                          for i in range(depth))
        text = ('[{"rootTopic": ' + opening + '{"title": "leaf"}' + "]}}" * depth + "}]")
        return zip_of({"content.json": text.encode()})
    assert xmind_format.loads(chain(500), "deep.xmind").height() == 500
    with pytest.raises(MapFormatError, match="500"):
        xmind_format.loads(chain(501), "deep.xmind")


def test_text_is_not_an_xmind_file():
    with pytest.raises(MapFormatError, match="zip archive"):
        xmind_format.loads("PK but text", Path("t.xmind"))
