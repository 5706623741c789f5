"""Heimer-style grid: every property drawn on an idea x (set in the window by keys, undo,
redo, YAML round trip, FreeMind .mm round trip where the format carries it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from mindmap_app.io.formats import read_map, write_map
from mindmap_app.io.yaml_format import load_map
from tests.app.idea_helpers import K, M, key, national_window, redo, type_where_focus, undo
from tests.gui_helpers import press

NODE = "t3"
TEXT = "Time scale devastatingly fast"


def set_tag(window, editor) -> None:  # noqa: ANN001
    press(editor, K.Key_F3)
    type_where_focus("hope")
    key(editor, K.Key_Return)


def set_note(window, editor) -> None:  # noqa: ANN001
    press(editor, K.Key_F4)
    type_where_focus("said by two groups")
    key(editor, K.Key_Escape)


def set_colour(window, editor) -> None:  # noqa: ANN001
    press(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    key(editor, K.Key_2)


def set_votes(window, editor) -> None:  # noqa: ANN001
    spin = window.ideas.panel.votes                  # the idea panel's spin box
    spin.setFocus()
    spin.selectAll()
    type_where_focus("2")
    key(editor, K.Key_Return)


def set_link(window, editor) -> None:  # noqa: ANN001
    press(editor, K.Key_K, M.ControlModifier)
    type_where_focus("https://example.org/notes")
    key(editor, K.Key_Return)


def set_cross_link(window, editor) -> None:  # noqa: ANN001
    press(editor, K.Key_L, M.ControlModifier)
    editor.select("o1")             # as the arrows would: the chooser follows the selection
    press(editor, K.Key_Return)
    type_where_focus("turns into")
    key(editor, K.Key_Return)


def _colour(m, n):  # noqa: ANN001, ANN202
    return (m.get(n, "style") or {}).get("color")


def _cross(m, n):  # noqa: ANN001, ANN202
    return [(m.text(b), label) for a, b, label in m.links() if a == n]


@dataclass
class Prop:
    name: str
    set_in_ui: Callable
    value: Callable          # (map, node) -> the property's value
    expected: Callable       # (theme) -> the value after set_in_ui
    drawn: Callable          # (editor) -> what the item or link shows
    in_mm: bool


PROPS = [
    Prop("tags", set_tag, lambda m, n: m.get(n, "tags"), lambda t: ("hope",),
         lambda e: tuple(tag for tag, _ in e.scene.items_by_id[NODE].look.tags), True),
    Prop("note", set_note, lambda m, n: m.get(n, "note"), lambda t: "said by two groups",
         lambda e: e.scene.items_by_id[NODE].look.has_note, True),
    Prop("colour", set_colour, _colour, lambda t: t.branch_colors[1],
         lambda e: e.scene.items_by_id[NODE].look.color, True),
    Prop("votes", set_votes, lambda m, n: m.get(n, "votes"), lambda t: 2,
         lambda e: e.scene.items_by_id[NODE].look.votes, False),
    Prop("link", set_link, lambda m, n: m.get(n, "link"), lambda t: "https://example.org/notes",
         lambda e: e.scene.items_by_id[NODE].look.link, True),
    Prop("cross-link", set_cross_link, _cross,
         lambda t: [("Move away from linear thinking – need to be more comfortable with "
                     "uncertainty – Transition lets it go where it wants", "turns into")],
         lambda e: [lk.label for lk in e.scene.link_items.values() if lk.source == NODE], True),
]


def _node_by_text(m, text):  # noqa: ANN001, ANN202
    [node] = [n for n in m.nodes() if m.text(n) == text]
    return node


@pytest.mark.parametrize("prop", PROPS, ids=lambda p: p.name)
def test_property_grid(qtbot, tmp_path, prop):
    window, editor = national_window(qtbot, tmp_path)
    m = editor.mind_map
    theme = editor.scene.theme
    assert m.text(NODE) == TEXT
    editor.select(NODE)
    before = m.snapshot()
    drawn_before = prop.drawn(editor)
    # set in the window
    prop.set_in_ui(window, editor)
    expected = prop.expected(theme)
    assert prop.value(m, NODE) == expected
    drawn = prop.drawn(editor)
    assert drawn != drawn_before, "the drawing shows the change"
    # undo: the map and the drawing as before
    undo(editor)
    if prop.name == "cross-link":
        undo(editor)            # the label was its own step
    assert m.snapshot() == before
    assert prop.drawn(editor) == drawn_before
    # redo
    redo(editor)
    if prop.name == "cross-link":
        redo(editor)
    assert prop.value(m, NODE) == expected
    assert prop.drawn(editor) == drawn
    # YAML round trip
    path = tmp_path / "grid.yaml"
    editor.document.save(path)
    again = load_map(path)
    assert prop.value(again, NODE) == expected
    assert again.same_as(m)
    # FreeMind .mm round trip, where the format carries the property
    mm = tmp_path / "grid.mm"
    write_map(m, mm)
    back = read_map(mm)
    value = prop.value(back, _node_by_text(back, TEXT))
    if prop.in_mm:
        assert value == expected
    else:
        assert value != expected, f"{prop.name} is now carried by .mm: mark it so"
