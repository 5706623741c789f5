"""Keyboard-first editing in the real window: key presses in, model changes out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mindmap_app.model import check_invariants
from tests.gui_helpers import copy_samples, open_window, press, type_text

K = Qt.Key
M = Qt.KeyboardModifier


@pytest.fixture
def national(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    return window, editor


def visible_items_match(editor) -> None:
    scene = editor.scene
    assert set(scene.items_by_id) == set(editor.mind_map.visible_nodes())
    non_roots = set(scene.items_by_id) - set(editor.mind_map.roots())
    assert set(scene.edges) == non_roots


def test_opening_selects_root_and_ctrl_0_shows_whole_map(national):
    window, editor = national
    assert editor.current() == editor.mind_map.root
    view_rect = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert view_rect.contains(editor.scene.items_by_id[editor.mind_map.root].box_rect())
    press(editor, K.Key_0, M.ControlModifier)
    view_rect = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert view_rect.contains(editor.scene.map_rect())
    assert "National level" in window.windowTitle()


def test_tab_type_enter_adds_child_and_one_undo_removes_it(national):
    _, editor = national
    m = editor.mind_map
    editor.select("threats")
    before = m.snapshot()
    count = len(m.children("threats"))
    press(editor, K.Key_Tab)
    assert editor.editor.active, "a new node starts in edit mode"
    type_text(editor, "New idea")
    press(editor, K.Key_Return)
    kids = m.children("threats")
    assert len(kids) == count + 1
    assert m.text(kids[-1]) == "New idea"
    assert editor.current() == kids[-1]
    visible_items_match(editor)
    press(editor, K.Key_Z, M.ControlModifier)
    assert m.snapshot() == before
    visible_items_match(editor)
    press(editor, K.Key_Z, M.ControlModifier | M.ShiftModifier)
    assert m.text(m.children("threats")[-1]) == "New idea"


def test_enter_adds_sibling_after_and_shift_enter_before(national):
    _, editor = national
    m = editor.mind_map
    editor.select("t2")
    press(editor, K.Key_Return)
    type_text(editor, "after")
    press(editor, K.Key_Return)
    kids = m.children("threats")
    assert m.text(kids[kids.index("t2") + 1]) == "after"
    editor.select("t2")
    press(editor, K.Key_Return, M.ShiftModifier)
    type_text(editor, "before")
    press(editor, K.Key_Return)
    kids = m.children("threats")
    assert m.text(kids[kids.index("t2") - 1]) == "before"
    check_invariants(m)


def test_shift_enter_inside_editor_makes_a_new_line(national):
    _, editor = national
    editor.select("t1")
    press(editor, K.Key_F2)
    press(editor, K.Key_End, M.ControlModifier)
    press(editor, K.Key_Return, M.ShiftModifier)
    type_text(editor, "second line")
    press(editor, K.Key_Return)
    assert editor.mind_map.text("t1").endswith("\nsecond line")


def test_escape_cancels_editing(national):
    _, editor = national
    editor.select("t1")
    original = editor.mind_map.text("t1")
    press(editor, K.Key_F2)
    type_text(editor, "something else")
    press(editor, K.Key_Escape)
    assert editor.mind_map.text("t1") == original
    assert not editor.editor.active
    assert not editor.document.modified


def test_typing_starts_editing_and_replaces_text(national):
    _, editor = national
    editor.select("t1")
    type_text(editor, "Replaced")
    press(editor, K.Key_Return)
    assert editor.mind_map.text("t1") == "Replaced"


def test_escape_on_new_node_takes_creation_back(national):
    _, editor = national
    before = editor.mind_map.snapshot()
    editor.select("threats")
    press(editor, K.Key_Tab)
    press(editor, K.Key_Escape)
    assert editor.mind_map.snapshot() == before
    assert editor.current() == "threats"


def test_insert_parent_with_shift_tab(national):
    _, editor = national
    m = editor.mind_map
    editor.select("t3")
    index = m.index_of("t3")
    press(editor, K.Key_Tab, M.ShiftModifier)
    type_text(editor, "Speed")
    press(editor, K.Key_Return)
    new_parent = m.parent("t3")
    assert m.text(new_parent) == "Speed"
    assert m.parent(new_parent) == "threats"
    assert m.index_of(new_parent) == index


def test_delete_subtree_and_node_only(national):
    _, editor = national
    m = editor.mind_map
    before = m.snapshot()
    editor.select("threats")
    press(editor, K.Key_Delete)
    assert "threats" not in m and "t1" not in m
    visible_items_match(editor)
    press(editor, K.Key_Z, M.ControlModifier)
    assert m.snapshot() == before
    editor.select("threats")
    kids = m.children("threats")
    press(editor, K.Key_Delete, M.ShiftModifier)
    assert "threats" not in m
    assert all(m.parent(k) == "national" for k in kids)
    visible_items_match(editor)


def test_root_cannot_be_deleted(national):
    _, editor = national
    m = editor.mind_map
    before = m.snapshot()
    editor.select(m.root)
    press(editor, K.Key_Delete)
    assert m.snapshot() == before


def test_ctrl_up_down_reorders_siblings(national):
    _, editor = national
    m = editor.mind_map
    editor.select("t2")
    press(editor, K.Key_Up, M.ControlModifier)
    assert m.children("threats")[:2] == ["t2", "t1"]
    press(editor, K.Key_Down, M.ControlModifier)
    press(editor, K.Key_Down, M.ControlModifier)
    assert m.children("threats")[:3] == ["t1", "t3", "t2"]
    assert editor.current() == "t2"


def test_space_folds_and_hides_descendants(national):
    _, editor = national
    m = editor.mind_map
    editor.select("threats")
    press(editor, K.Key_Space)
    assert m.get("threats", "folded")
    assert "t1" not in editor.scene.items_by_id
    assert editor.scene.items_by_id["threats"].look.folded_count == len(m.subtree("threats")) - 1
    visible_items_match(editor)
    press(editor, K.Key_Space)
    assert "t1" in editor.scene.items_by_id
    visible_items_match(editor)


def test_arrows_move_towards_children_and_parent_on_each_side(national):
    _, editor = national
    m = editor.mind_map
    sides = editor.scene.layout_result.sides
    right = [c for c in m.children(m.root) if sides[c] == 1][0]
    left = [c for c in m.children(m.root) if sides[c] == -1][0]
    editor.select(m.root)
    press(editor, K.Key_Right)
    assert editor.current() == right
    press(editor, K.Key_Right)
    assert m.parent(editor.current()) == right
    press(editor, K.Key_Left)
    assert editor.current() == right
    press(editor, K.Key_Left)
    assert editor.current() == m.root
    press(editor, K.Key_Left)
    assert editor.current() == left
    press(editor, K.Key_Left)
    assert m.parent(editor.current()) == left
    first = editor.current()
    press(editor, K.Key_Down)
    assert editor.current() != first and m.parent(editor.current()) == left
    press(editor, K.Key_Up)
    assert editor.current() == first


def test_copy_paste_subtree_and_plain_outline(national, qtbot):
    from PySide6.QtGui import QGuiApplication

    _, editor = national
    m = editor.mind_map
    editor.select("threats")
    press(editor, K.Key_C, M.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "Threats"
    assert text.splitlines()[1].startswith("\t")
    editor.select("opportunities")
    press(editor, K.Key_V, M.ControlModifier)
    pasted = m.children("opportunities")[-1]
    assert m.text(pasted) == "Threats"
    assert len(m.subtree(pasted)) == len(m.subtree("threats"))
    assert not set(m.subtree(pasted)) & set(m.subtree("threats"))
    check_invariants(m)
    QGuiApplication.clipboard().setText("Idea A\n  detail 1\n  detail 2\nIdea B\n")
    editor.select("t1")
    press(editor, K.Key_V, M.ControlModifier)
    kids = m.children("t1")
    assert [m.text(k) for k in kids] == ["Idea A", "Idea B"]
    assert [m.text(k) for k in m.children(kids[0])] == ["detail 1", "detail 2"]


def test_cut_removes_and_paste_restores_elsewhere(national):
    _, editor = national
    m = editor.mind_map
    text = m.text("t1")
    editor.select("t1")
    press(editor, K.Key_X, M.ControlModifier)
    assert "t1" not in m
    editor.select("opportunities")
    press(editor, K.Key_V, M.ControlModifier)
    assert m.text(m.children("opportunities")[-1]) == text


def test_find_selects_matches_in_turn(national):
    window, editor = national
    m = editor.mind_map
    press(editor, K.Key_F, M.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("transition")
    matches = m.find("transition")
    assert len(matches) >= 2
    assert editor.current() == matches[0]        # typing goes to the first match
    window.find_step(1)
    assert editor.current() == matches[1]
    window.find_step(-1)
    assert editor.current() == matches[0]


def test_keys_in_find_bar_do_not_edit_the_map(national, qtbot):
    from PySide6.QtTest import QTest

    window, editor = national
    before = editor.mind_map.snapshot()
    editor.select("t1")
    window.show_find()
    QTest.keyClicks(window.find_bar.field, "abc")
    QTest.keyClick(window.find_bar.field, K.Key_Backspace)
    QTest.keyClick(window.find_bar.field, K.Key_Delete)
    QTest.keyClick(window.find_bar.field, K.Key_Tab)
    assert editor.mind_map.snapshot() == before


def test_zoom_keys(national):
    _, editor = national
    z = editor.view.zoom()
    press(editor, K.Key_Equal, M.ControlModifier)
    assert editor.view.zoom() > z
    press(editor, K.Key_Minus, M.ControlModifier)
    press(editor, K.Key_Minus, M.ControlModifier)
    assert editor.view.zoom() < z
    press(editor, K.Key_0, M.ControlModifier)
    view_rect = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert view_rect.contains(editor.scene.map_rect())


def test_undo_menu_names_the_command(national):
    window, editor = national
    editor.select("t1")
    press(editor, K.Key_Delete)
    assert window.actions_by_name["undo"].text() == "Undo Delete 1 node"


def test_modified_mark_clears_when_undone_to_saved_state(national):
    window, editor = national
    editor.select("t1")
    press(editor, K.Key_Space) if editor.mind_map.children("t1") else press(editor, K.Key_Delete)
    assert editor.document.modified
    assert window.tabs.tabText(0).endswith("*")
    press(editor, K.Key_Z, M.ControlModifier)
    assert not editor.document.modified
    assert not window.tabs.tabText(0).endswith("*")


def test_arrow_towards_a_folded_branch_unfolds_it(national):
    _, editor = national
    m = editor.mind_map
    editor.select("threats")
    press(editor, K.Key_Space)
    assert m.get("threats", "folded")
    side = editor.scene.layout_result.sides["threats"]
    press(editor, K.Key_Right if side > 0 else K.Key_Left)
    assert not m.get("threats", "folded")
    assert m.parent(editor.current()) == "threats"
