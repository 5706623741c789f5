"""An idea's own fill (``style.background``, FreeMind's BACKGROUND_COLOR): set and cleared in
the window by keyboard (Ctrl+Shift+B, the picker's keys), by mouse (the idea panel, the
toolbar, the picker's swatches), for the idea or every idea of its branch; drawn at once,
one undo step, saved."""

from __future__ import annotations

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolButton

from mindmap_app.themes import contrast_ratio
from tests.app.idea_helpers import (
    K,
    M,
    active_picker,
    key,
    national_window,
    redo,
    undo,
    undo_text,
)
from tests.gui_helpers import node_view_point, press

FILL_KEY = (K.Key_B, M.ControlModifier | M.ShiftModifier)


@pytest.fixture
def national(qtbot, tmp_path):
    return national_window(qtbot, tmp_path)


def fills(editor, nodes) -> dict[str, str | None]:  # noqa: ANN001
    return {n: (editor.mind_map.get(n, "style") or {}).get("background") for n in nodes}


def drawn_fill(editor, node: str) -> str:  # noqa: ANN001
    """The colour the box is painted with (what its item holds for the paint)."""
    return editor.scene.items_by_id[node].look.fill


def test_fill_by_keyboard_for_the_idea_then_the_whole_branch(national, qtbot):
    window, editor = national
    m, theme = editor.mind_map, editor.scene.theme
    theme_fill = drawn_fill(editor, "t1")
    edge_before = editor.scene.edges["t1"].pen().color().name()
    editor.select("t1")
    press(editor, *FILL_KEY)
    picker = active_picker(qtbot, window)
    swatch = picker.swatches[1]
    assert swatch.toolTip().startswith(theme.idea_fill(theme.branch_colors[1]))
    key(editor, K.Key_Right)             # arrows move between swatches
    key(editor, K.Key_Return)
    colour = theme.idea_fill(theme.branch_colors[1])
    assert colour != theme_fill
    assert m.get("t1", "style") == {"background": colour}
    look = editor.scene.items_by_id["t1"].look
    assert look.fill == colour
    assert contrast_ratio(look.text_color, look.fill) >= theme.min_contrast
    assert editor.scene.edges["t1"].pen().color().name() == edge_before, \
        "a fill leaves the branch colour as it was"
    assert undo_text(window) == f"Undo Fill {colour}"
    assert window.ideas.panel.fill.text() == colour
    # the whole branch: B then a digit fills every idea of it, the top keeps its colour
    editor.select("threats")
    press(editor, *FILL_KEY)
    active_picker(qtbot, window)
    key(editor, K.Key_B)
    key(editor, K.Key_3)
    third = theme.idea_fill(theme.branch_colors[2])
    branch = list(m.subtree("threats"))
    assert len(branch) > 5
    assert set(fills(editor, branch).values()) == {third}
    assert {drawn_fill(editor, n) for n in branch} == {third}
    assert m.get("threats", "style") == {"color": "#b03a2e", "background": third}
    assert undo_text(window) == f"Undo Branch Fill {third}"
    assert drawn_fill(editor, "o1") != third, "another branch keeps its fill"
    undo(editor)
    assert fills(editor, branch) == {n: (colour if n == "t1" else None) for n in branch}
    assert drawn_fill(editor, "t2") == theme_fill
    assert m.get("threats", "style") == {"color": "#b03a2e"}
    redo(editor)
    assert drawn_fill(editor, "t2") == third
    # A: none, for the idea selected
    editor.select("t2")
    press(editor, *FILL_KEY)
    active_picker(qtbot, window)
    key(editor, K.Key_A)
    assert fills(editor, ["t2", "t3"]) == {"t2": None, "t3": third}
    assert drawn_fill(editor, "t2") == theme_fill
    assert undo_text(window) == "Undo Clear Fill"
    assert window.ideas.panel.fill.text() == "the theme's"


def test_fill_by_mouse_from_the_panel_and_the_toolbar(national, qtbot):
    window, editor = national
    theme = editor.scene.theme
    panel = window.ideas.panel
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     node_view_point(editor, "t4"))
    assert editor.current() == "t4"
    QTest.mouseClick(panel.fill, Qt.MouseButton.LeftButton)
    picker = active_picker(qtbot, window)
    QTest.mouseClick(picker.swatches[3], Qt.MouseButton.LeftButton)
    colour = theme.idea_fill(theme.branch_colors[3])
    assert fills(editor, ["t4"]) == {"t4": colour}
    assert drawn_fill(editor, "t4") == colour
    assert panel.fill.text() == colour
    assert window.ideas.color_picker is None, "the picker goes once a fill is chosen"
    QTest.mouseClick(panel.clear_fill, Qt.MouseButton.LeftButton)
    assert fills(editor, ["t4"]) == {"t4": None}
    assert panel.fill.text() == "the theme's"
    # the toolbar's button opens the same picker; its custom colour
    button = next(b for b in window.ideas.toolbar.findChildren(QToolButton)
                  if b.defaultAction() is window.actions_by_name["fill"])
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    picker = active_picker(qtbot, window)
    from PySide6.QtGui import QColor

    picker.ask_custom = lambda start: QColor("#ffe08a")
    QTest.mouseClick(next(b for b in picker.findChildren(type(panel.fill))
                          if b.text() == "&Custom... (C)"), Qt.MouseButton.LeftButton)
    assert fills(editor, ["t4"]) == {"t4": "#ffe08a"}
    assert drawn_fill(editor, "t4") == "#ffe08a"
    undo(editor)
    assert fills(editor, ["t4"]) == {"t4": None}


def test_a_fill_is_saved_and_drawn_again_on_open(national, qtbot, tmp_path):
    from tests.gui_helpers import open_window

    window, editor = national
    editor.scene.select_only(["t5", "o2"])
    editor.ideas.set_fill("#ffe08a")
    assert undo_text(window) == "Undo Fill #ffe08a (2 ideas)"
    press(editor, K.Key_S, M.ControlModifier)
    path = editor.document.path
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def find(node: dict, wanted: str):  # noqa: ANN202
        if node.get("id") == wanted:
            return node
        return next((f for c in node.get("children", []) if (f := find(c, wanted))), None)

    assert find(data["root"], "t5")["style"] == {"background": "#ffe08a"}
    _window, again = open_window(qtbot, path)
    assert drawn_fill(again, "t5") == "#ffe08a" and drawn_fill(again, "o2") == "#ffe08a"


def on_box_height(view, box) -> int:  # noqa: ANN001
    return view.mapFromScene(box).boundingRect().height()


@pytest.mark.parametrize("where", ["middle", "right edge", "bottom right"])
def test_the_picker_opens_beside_the_idea_never_over_it(national, qtbot, where):
    """Ctrl+Shift+C and Ctrl+Shift+B put the picker beside the idea (right of it, else left,
    below or above), so that the colour can be seen on the box as it is chosen."""
    window, editor = national
    view = editor.view
    view.set_zoom(1.5)                  # room to scroll the idea to any edge
    m = editor.mind_map
    idea = "t1" if where != "bottom right" else m.children("threats")[-1]
    editor.select(idea)
    box = editor.scene.items_by_id[idea].box_rect()
    if where == "middle":
        view.centerOn(box.center())
    else:       # the idea at the viewport's right edge (and bottom): no room right of it
        viewport = view.viewport().rect()
        target = (viewport.right() - 10, viewport.center().y() if where == "right edge"
                  else viewport.bottom() - 10 - on_box_height(view, box))
        now = view.mapFromScene(box.topRight())
        bars = view.horizontalScrollBar(), view.verticalScrollBar()
        bars[0].setValue(bars[0].value() + now.x() - target[0])
        bars[1].setValue(bars[1].value() + now.y() - target[1])
    on_screen = view.mapFromScene(box).boundingRect()
    assert view.viewport().rect().contains(on_screen)
    if where != "middle":
        assert on_screen.right() > view.viewport().width() - 30
    if where == "bottom right":
        assert on_screen.bottom() > view.viewport().height() - 30
    for keys in (K.Key_C, K.Key_B):
        press(editor, keys, M.ControlModifier | M.ShiftModifier)
        picker = window.ideas.color_picker
        assert picker is not None and picker.isVisible()
        shown = picker.geometry()
        assert view.viewport().rect().contains(shown)
        help_line = picker.findChildren(QLabel)[0].text()      # the keys it names are there
        assert f"(1-{len(picker.swatches)}," in help_line, help_line
        assert not shown.intersects(on_screen), (where, shown, on_screen)
        key(editor, K.Key_Escape)
