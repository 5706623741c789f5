"""Editing what is drawn on an idea by keyboard and mouse: tags, note, colour, votes, links,
cross-links. Real key presses and clicks; the model, the drawing, undo and redo checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mindmap_app.app.popup_entry import PopupEntry
from mindmap_app.canvas.node_look import tag_colour
from tests.app.idea_helpers import (
    K,
    M,
    active_picker,
    key,
    national_window,
    redo,
    type_where_focus,
    undo,
    undo_text,
)
from tests.gui_helpers import drag, node_view_point, press, type_text


@pytest.fixture
def national(qtbot, tmp_path):
    return national_window(qtbot, tmp_path)


def test_f3_adds_a_tag_with_completion_and_names_the_undo_step(national, qtbot):
    window, editor = national
    m = editor.mind_map
    editor.select("t1")
    press(editor, K.Key_F3)
    entry = QApplication.focusWidget()
    assert isinstance(entry, PopupEntry)
    assert {"threat", "opportunity"} <= set(entry.completer().model().stringList())
    type_where_focus("threat")
    key(editor, K.Key_Return)
    assert m.get("t1", "tags") == ("threat",)
    assert editor.view.hasFocus(), "the focus goes back to the map"
    item = editor.scene.items_by_id["t1"]
    assert item.look.tags == (("threat", tag_colour(editor.scene.theme, "threat")),)
    assert undo_text(window) == "Undo Add Tag 'threat'"
    undo(editor)
    assert m.get("t1", "tags") == ()
    assert editor.scene.items_by_id["t1"].look.tags == ()
    redo(editor)
    assert m.get("t1", "tags") == ("threat",)


def test_esc_in_the_tag_entry_changes_nothing(national):
    _, editor = national
    editor.select("t1")
    press(editor, K.Key_F3)
    type_where_focus("nope")
    key(editor, K.Key_Escape)
    assert editor.mind_map.get("t1", "tags") == ()
    assert not editor.document.modified
    assert editor.view.hasFocus()


def test_remove_tag_from_the_node_menu(national):
    window, editor = national
    editor.select("threats")
    menu = window.ideas.remove_tag_menu
    window.ideas._fill_remove_tags(menu)
    [action] = [a for a in menu.actions() if a.text() == "threat"]
    action.trigger()
    assert editor.mind_map.get("threats", "tags") == ()
    assert undo_text(window) == "Undo Remove Tag 'threat'"


def test_f4_edits_the_note_esc_returns_to_the_map(national, qtbot):
    window, editor = national
    m = editor.mind_map
    editor.select("t3")
    press(editor, K.Key_F4)
    assert window.ideas.panel.note.hasFocus()
    type_where_focus("said twice")
    assert m.get("t3", "note") == "said twice"
    assert editor.scene.items_by_id["t3"].look.has_note
    key(editor, K.Key_Escape)
    assert editor.view.hasFocus()
    assert undo_text(window) == "Undo Edit Note"
    undo(editor)
    assert m.get("t3", "note") == "", "typing a note is one undo step"
    assert not editor.scene.items_by_id["t3"].look.has_note
    redo(editor)
    assert m.get("t3", "note") == "said twice"


def test_colour_by_keyboard_for_the_idea_then_the_whole_branch(national, qtbot):
    window, editor = national
    m = editor.mind_map
    theme = editor.scene.theme
    editor.select("t1")
    press(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    picker = active_picker(qtbot, window)
    assert picker.isVisible()
    key(editor, K.Key_Right)         # arrows move between swatches
    key(editor, K.Key_Return)
    assert m.get("t1", "style") == {"color": theme.branch_colors[1]}
    assert editor.scene.items_by_id["t1"].look.color == theme.stroke_color(theme.branch_colors[1])
    assert editor.scene.edges["t1"].pen().color().name() == \
        theme.stroke_color(theme.branch_colors[1]), "its edge takes the colour too"
    assert undo_text(window) == f"Undo Colour {theme.branch_colors[1]}"
    # the whole branch: B then a digit; the children's own colours give way
    editor.select("threats")
    press(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    picker = active_picker(qtbot, window)
    key(editor, K.Key_B)
    key(editor, K.Key_3)
    colour = theme.branch_colors[2]
    assert m.get("threats", "style") == {"color": colour}
    assert m.get("t1", "style") is None
    assert editor.scene.items_by_id["t5"].look.color == theme.stroke_color(colour)
    undo(editor)
    assert m.get("t1", "style") == {"color": theme.branch_colors[1]}
    assert m.get("threats", "style") == {"color": "#b03a2e"}


def test_colour_as_the_branch_and_custom(national, qtbot):
    window, editor = national
    m = editor.mind_map
    editor.select("threats")
    press(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    active_picker(qtbot, window)
    key(editor, K.Key_A)
    assert m.get("threats", "style") is None
    assert undo_text(window) == "Undo Clear Colour"
    press(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    picker = active_picker(qtbot, window)
    from PySide6.QtGui import QColor

    picker.ask_custom = lambda start: QColor("#123456")
    key(editor, K.Key_C)
    assert m.get("threats", "style") == {"color": "#123456"}


def test_votes_from_the_context_menu_actions_and_the_panel(national):
    window, editor = national
    m = editor.mind_map
    editor.select("t2")
    window.actions_by_name["add_vote"].trigger()
    window.actions_by_name["add_vote"].trigger()
    assert m.get("t2", "votes") == 2
    assert editor.scene.items_by_id["t2"].look.votes == 2
    assert undo_text(window) == "Undo Add Vote"
    window.actions_by_name["remove_vote"].trigger()
    assert m.get("t2", "votes") == 1
    spin = window.ideas.panel.votes
    assert spin.value() == 1
    spin.setFocus()
    QTest.keyClick(spin, K.Key_Up)
    assert m.get("t2", "votes") == 2
    undo(editor)
    assert m.get("t2", "votes") == 1
    assert spin.value() == 1, "the panel follows undo"


def test_ctrl_k_sets_a_web_link_and_alt_enter_opens_it(national):
    window, editor = national
    m = editor.mind_map
    editor.select("t4")
    press(editor, K.Key_K, M.ControlModifier)
    type_where_focus("https://transitionnetwork.org")
    key(editor, K.Key_Return)
    assert m.get("t4", "link") == "https://transitionnetwork.org"
    assert editor.scene.items_by_id["t4"].look.link
    assert undo_text(window) == "Undo Set Link"
    press(editor, K.Key_Return, M.AltModifier)
    assert window.opened_urls == ["https://transitionnetwork.org"]
    # Ctrl+click opens it too
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.ControlModifier,
                     node_view_point(editor, "t4"))
    assert len(window.opened_urls) == 2
    undo(editor)
    assert m.get("t4", "link") is None


def test_the_link_entry_shows_a_whole_web_address(national):
    """Ctrl+K on an idea with a link: the entry is wide enough to show the address whole,
    its start and its end (it was 220 px: only the address's tail could be seen)."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    window, editor = national
    address = "https://transitionnetwork.org/resources/big-society-workshop-2010/flipcharts"
    editor.ideas.set_link(address, ["t4"])
    editor.select("t4")
    press(editor, K.Key_K, M.ControlModifier)
    entry = QApplication.focusWidget()
    assert isinstance(entry, QLineEdit) and entry.text() == address
    needed = entry.fontMetrics().horizontalAdvance(address)
    assert entry.width() >= needed + 20 and entry.width() >= 400
    assert editor.view.viewport().rect().contains(entry.geometry())
    key(editor, K.Key_Escape)


@pytest.mark.parametrize("link", [
    "file:///etc/passwd", "javascript:alert(1)", "/usr/bin/xterm", "ftp://example.org/a.yaml",
    "vbscript:x", "notes.exe", "http:no-slashes",
])
def test_bad_link_schemes_are_refused_with_a_message(national, link):
    window, editor = national
    editor.select("t4")
    editor.ideas.set_link(link)
    before = len(window.editors())
    press(editor, K.Key_Return, M.AltModifier)
    assert window.opened_urls == []
    assert len(window.editors()) == before
    assert len(window.errors) == 1 and "\n" not in window.errors[0]
    assert link in window.errors[0]


def test_mailto_opens_and_a_map_link_opens_in_a_tab(national):
    window, editor = national
    editor.select("t4")
    editor.ideas.set_link("mailto:facilitator@example.org")
    press(editor, K.Key_Return, M.AltModifier)
    assert window.opened_urls == ["mailto:facilitator@example.org"]
    editor.ideas.set_link("local.yaml")
    press(editor, K.Key_Return, M.AltModifier)
    assert window.editor().document.path.name == "local.yaml"


def test_ctrl_l_chooses_the_target_by_arrows_and_enter_then_the_label(national):
    window, editor = national
    m = editor.mind_map
    editor.select("threats")
    count = len(m.children("threats"))
    press(editor, K.Key_L, M.ControlModifier)
    press(editor, K.Key_Left)       # the root
    press(editor, K.Key_Left)       # opportunities, on the left side
    assert editor.current() == "opportunities"
    press(editor, K.Key_Return)
    assert m.has_link("threats", "opportunities")
    assert len(m.children("threats")) == count, "Enter chose the target, it added no sibling"
    entry = QApplication.focusWidget()
    assert isinstance(entry, PopupEntry)
    type_where_focus("turns into")
    key(editor, K.Key_Return)
    assert ("threats", "opportunities", "turns into") in m.links()
    item = editor.scene.link_items[("threats", "opportunities")]
    assert item.label == "turns into"
    undo(editor)
    assert ("threats", "opportunities", "") in m.links()
    undo(editor)
    assert not m.has_link("threats", "opportunities")
    assert ("threats", "opportunities") not in editor.scene.link_items
    redo(editor)
    assert m.has_link("threats", "opportunities")


def test_ctrl_l_esc_cancels_and_a_click_chooses(national):
    _, editor = national
    m = editor.mind_map
    editor.select("t1")
    press(editor, K.Key_L, M.ControlModifier)
    press(editor, K.Key_Escape)
    assert not m.links() and not editor.document.modified
    press(editor, K.Key_L, M.ControlModifier)
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     node_view_point(editor, "o1"))
    assert m.has_link("t1", "o1")


def test_ctrl_shift_drag_draws_a_cross_link(national):
    _, editor = national
    drag(editor, node_view_point(editor, "t2"), node_view_point(editor, "o2"),
         M.ControlModifier | M.ShiftModifier)
    assert editor.mind_map.has_link("t2", "o2")
    assert editor.mind_map.get("t2", "pos") is None, "the node did not move"


def test_click_selects_a_cross_link_delete_removes_it_double_click_edits_label(national, qtbot):
    window, editor = national
    m = editor.mind_map
    editor.ideas.add_cross_link("threats", "opportunities", "turn into")
    item = editor.scene.link_items[("threats", "opportunities")]
    point = editor.view.mapFromScene(item.path().pointAtPercent(0.3))
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, point)
    assert editor.scene.selected_links() == [("threats", "opportunities")]
    assert item.isSelected()
    # double-click the label: edit in place
    label_point = editor.view.mapFromScene(item.label_point())
    QTest.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                      label_point)
    entry = QApplication.focusWidget()
    assert isinstance(entry, PopupEntry) and entry.text() == "turn into"
    entry.selectAll()
    type_where_focus("becomes")
    key(editor, K.Key_Return)
    assert ("threats", "opportunities", "becomes") in m.links()
    assert editor.scene.selected_links() == [("threats", "opportunities")]
    press(editor, K.Key_Delete)
    assert not m.links()
    assert "threats" in m and "opportunities" in m, "Delete removed the link, not ideas"
    assert undo_text(window) == "Undo Delete Cross-link"
    undo(editor)
    assert ("threats", "opportunities", "becomes") in m.links()


def test_links_redraw_when_an_end_moves(national):
    _, editor = national
    editor.ideas.add_cross_link("t1", "o1")
    item = editor.scene.link_items[("t1", "o1")]
    before = item.path().pointAtPercent(1.0)
    drag(editor, node_view_point(editor, "o1"), node_view_point(editor, "o1") + QPoint(0, 120),
         M.AltModifier)
    assert editor.mind_map.get("o1", "pos") is not None
    assert item.path().pointAtPercent(1.0) != before


def test_f2_puts_the_caret_at_the_end_and_typing_appends(national):
    _, editor = national
    m = editor.mind_map
    editor.select("t3")
    press(editor, K.Key_F2)
    cursor = editor.editor.text_item.textCursor()
    assert not cursor.hasSelection()
    assert cursor.position() == len(m.text("t3"))
    type_text(editor, " indeed")
    press(editor, K.Key_Return)
    assert m.text("t3") == "Time scale devastatingly fast indeed"
    # typing without F2 still replaces
    type_text(editor, "Fast")
    press(editor, K.Key_Return)
    assert m.text("t3") == "Fast"


def test_double_click_edits_with_the_caret_at_the_end(national):
    _, editor = national
    editor.select("t3")
    QTest.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                      node_view_point(editor, "t3"))
    assert editor.editor.active
    cursor = editor.editor.text_item.textCursor()
    assert not cursor.hasSelection() and cursor.atEnd()


def test_context_menu_holds_the_idea_entries(national, qtbot):
    window, editor = national
    shown = []
    window.exec_menu = lambda menu, pos: shown.append([a.text() for a in menu.actions()])
    from PySide6.QtGui import QContextMenuEvent

    point = node_view_point(editor, "threats")
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                              editor.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.view.viewport(), event)
    assert shown
    texts = shown[-1]
    votes = [window.actions_by_name[n].text() for n in ("add_vote", "remove_vote")]
    for entry in ("Edit &Note", "Add &Tag...", "Remove Tag", "&Colour...", *votes,
                  "Web or Map Lin&k...", "Add Cross-lin&k..."):
        assert entry in texts


def test_delete_with_ideas_and_a_link_selected_deletes_the_ideas(national):
    _, editor = national
    m = editor.mind_map
    editor.ideas.add_cross_link("t1", "o1")
    editor.select("t2")
    editor.scene.link_items[("t1", "o1")].setSelected(True)
    press(editor, K.Key_Delete)
    assert "t2" not in m
    assert m.has_link("t1", "o1")


def test_f3_finds_next_in_the_find_bar_and_tags_on_the_map(national):
    window, editor = national
    press(editor, K.Key_F, M.ControlModifier)
    type_where_focus("cuts")
    field = window.find_bar.field
    assert field.hasFocus()
    QTest.keyClick(field, K.Key_F3)
    first = editor.current()
    QTest.keyClick(field, K.Key_F3)
    second = editor.current()
    assert "cuts" in editor.mind_map.text(first).lower() and second != first
    QTest.keyClick(field, K.Key_F3, M.ShiftModifier)
    assert editor.current() == first
    assert not isinstance(QApplication.focusWidget(), PopupEntry)
    editor.view.setFocus()
    press(editor, K.Key_F3)
    assert isinstance(QApplication.focusWidget(), PopupEntry)


def test_a_cross_link_follows_its_end_during_the_drag(national):
    _, editor = national
    editor.ideas.add_cross_link("t1", "o1")
    item = editor.scene.link_items[("t1", "o1")]
    before = item.path().pointAtPercent(1.0)
    viewport = editor.view.viewport()
    start = node_view_point(editor, "o1")
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, M.AltModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(0, 20 * i))
    during = item.path().pointAtPercent(1.0)
    assert during.y() > before.y() + 40, "the link's end moved with the branch"
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, M.AltModifier,
                       start + QPoint(0, 100))
