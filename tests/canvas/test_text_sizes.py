"""Labels measured once are not measured again (issue 12): a box of a label measured before,
in this run or kept for the map file, has the size measuring gives; sizes kept with another
font, or a damaged entry, are not used."""

from __future__ import annotations

import pytest

from mindmap_app.canvas import node_item, text_sizes
from mindmap_app.canvas.node_look import NodeLook
from mindmap_app.io import map_cache
from tests.conftest import count_calls

LABELS = ["Short", "Parish council closes the youth club", "x" * 3,
          "A long label that wraps over several lines of the box because it says a great deal "
          "about the local level", "two\nlines", "Ünïcode ‘quotes’ — dash", ""]


def look(text: str, size: float = 11.0, width: float = 220.0, bold: bool = False,
         family: str = "DejaVu Sans") -> NodeLook:
    return NodeLook(text=text, depth=2, is_main_root=False, color="#336699", fill="#ffffff",
                    text_color="#000000", border_width=1.0, font_size=size, bold=bold,
                    tags=(("local", "#2e86c1"),), votes=7, has_note=False, link=None,
                    folded_count=0, max_text_width=width, font_family=family)


@pytest.fixture
def measures(monkeypatch, tmp_path):
    """Counts the labels Qt measures; a fresh memory and cache folder."""
    monkeypatch.setenv("MINDMAP_CACHE_DIR", str(tmp_path / "cache"))
    text_sizes.forget()
    yield count_calls(monkeypatch, node_item, "_measure")
    text_sizes.forget()


def sizes(geometry: node_item.NodeGeometry) -> tuple:
    return (geometry.size, geometry.text_w, geometry.text_h, geometry.chips)


def test_a_label_measured_before_is_not_measured_again(qapp, measures):
    first = [sizes(node_item.NodeGeometry(look(text))) for text in LABELS]
    assert measures[0] == len(LABELS)
    again = [sizes(node_item.NodeGeometry(look(text))) for text in LABELS]
    assert measures[0] == len(LABELS)
    assert again == first
    # another width or font is another measurement
    wide = node_item.NodeGeometry(look(LABELS[3], width=600.0))
    bold = node_item.NodeGeometry(look(LABELS[1], bold=True))
    assert measures[0] == len(LABELS) + 2
    assert wide.size[0] > first[3][0][0] and wide.size[1] < first[3][0][1]
    assert bold.size[0] > first[1][0][0]


def test_sizes_kept_for_a_file_come_back_as_measured(qapp, measures, tmp_path):
    path = tmp_path / "map.yaml"
    labels = [look(text, size=size) for text in LABELS for size in (11.0, 16.0)]
    measured = [sizes(node_item.NodeGeometry(one)) for one in labels]
    keys = [((one.font_family, one.font_size, one.bold, one.max_text_width), one.text or " ")
            for one in labels]
    assert text_sizes.save_for(path, keys) == len(labels)
    text_sizes.forget()
    assert text_sizes.load_for(path) == len(labels)
    before = measures[0]
    assert [sizes(node_item.NodeGeometry(one)) for one in labels] == measured
    assert measures[0] == before, "a kept label was measured again"
    # another file has none
    text_sizes.forget()
    assert text_sizes.load_for(tmp_path / "other.yaml") == 0


def test_sizes_kept_with_another_font_or_damaged_are_not_used(qapp, measures, tmp_path):
    path = tmp_path / "map.yaml"
    one = look(LABELS[1])
    node_item.NodeGeometry(one)
    key = (one.font_family, one.font_size, one.bold, one.max_text_width)
    assert text_sizes.save_for(path, [(key, one.text)]) == 1
    entry = text_sizes._entry(path)
    kept = map_cache.read_sealed(entry)
    stored_print, labels = kept[key]
    assert stored_print == text_sizes.fingerprint(key)
    # the same label kept 30 px narrower by a font that measured differently
    labels[one.text] = (labels[one.text][0] - 30.0, labels[one.text][1])
    changed = tuple(x + 1.0 if isinstance(x, float) else x for x in stored_print)
    map_cache.write_sealed(entry, {key: (changed, labels)})
    text_sizes.forget()
    assert text_sizes.load_for(path) == 0
    before = measures[0]
    fresh = node_item.NodeGeometry(one)
    assert measures[0] == before + 1
    # a damaged entry: not used, removed
    map_cache.write_sealed(entry, {key: (stored_print, labels)})
    blob = bytearray(entry.read_bytes())
    blob[-3] ^= 0x01
    entry.write_bytes(bytes(blob))
    text_sizes.forget()
    assert text_sizes.load_for(path) == 0
    assert not entry.exists()
    assert sizes(node_item.NodeGeometry(one)) == sizes(fresh)


def test_memory_starts_again_past_its_bound(qapp, measures, monkeypatch):
    monkeypatch.setattr(text_sizes, "MAX_IN_MEMORY", 3)
    for text in LABELS[:5]:
        node_item.NodeGeometry(look(text))
    assert measures[0] == 5
    node_item.NodeGeometry(look(LABELS[4]))     # kept since the memory started again
    assert measures[0] == 5
    node_item.NodeGeometry(look(LABELS[0]))     # dropped when it did
    assert measures[0] == 6
