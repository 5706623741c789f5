"""The idea panel: a view over the selection that edits through commands, follows undo,
merges note typing into one step per pause, and edits several ideas at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from mindmap_app.commands import map_commands
from tests.app.idea_helpers import (
    K,
    M,
    key,
    national_window,
    redo,
    type_where_focus,
    undo,
    undo_text,
)
from tests.gui_helpers import node_view_point, press


@pytest.fixture
def national(qtbot, tmp_path):
    return national_window(qtbot, tmp_path)


def click_node(editor, node: str, mods=M.NoModifier) -> None:  # noqa: ANN001
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, mods,
                     node_view_point(editor, node))


def test_the_panel_follows_the_selection_and_shows_every_property(national):
    window, editor = national
    panel = window.ideas.panel
    assert panel.isVisible()
    editor.ideas.add_cross_link("threats", "opportunities", "turn into")
    editor.ideas.set_link("https://example.org", ["threats"])
    editor.ideas.set_votes(3, ["threats"])
    click_node(editor, "threats")
    assert panel.heading.text() == "Threats"
    assert panel.text.text() == "Threats"
    assert [panel.tags.item(i).text() for i in range(panel.tags.count())] == ["threat"]
    assert panel.colour.text() == "#b03a2e"
    assert panel.votes.value() == 3
    assert panel.link.text() == "https://example.org"
    row = panel.cross.topLevelItem(0)
    assert row.text(0) == "→ Opportunities" and row.text(1) == "turn into"
    click_node(editor, "t1")
    assert panel.text.text() == editor.mind_map.text("t1")
    assert panel.tags.count() == 0 and panel.votes.value() == 0 and panel.link.text() == ""
    assert panel.colour.text() == "as the branch"


def test_text_field_edits_the_idea_one_undo_step(national):
    window, editor = national
    panel = window.ideas.panel
    editor.select("t3")
    panel.text.setFocus()
    panel.text.selectAll()
    type_where_focus("Too fast")
    key(editor, K.Key_Return)
    assert editor.mind_map.text("t3") == "Too fast"
    assert editor.scene.items_by_id["t3"].look.text == "Too fast"
    assert undo_text(window) == "Undo Edit Text"
    undo(editor)
    assert editor.mind_map.text("t3") == "Time scale devastatingly fast"
    assert panel.text.text() == "Time scale devastatingly fast", "undo shows at once"


def test_note_typing_merges_until_a_pause(national, qtbot, monkeypatch):
    window, editor = national
    m = editor.mind_map
    stack = editor.document.undo_stack
    editor.select("t3")
    press(editor, K.Key_F4)
    start = stack.count()
    type_where_focus("first words")
    assert stack.count() == start + 1, "one step for a burst of typing, not one per key"
    assert m.get("t3", "note") == "first words"
    qtbot.wait(int(map_commands.NOTE_PAUSE * 1000) + 300)    # a pause of about a second
    type_where_focus(", then more")
    assert stack.count() == start + 2
    assert m.get("t3", "note") == "first words, then more"
    undo(editor)
    assert m.get("t3", "note") == "first words"
    assert window.ideas.panel.note.toPlainText() == "first words"
    undo(editor)
    assert m.get("t3", "note") == ""
    redo(editor)
    redo(editor)
    assert m.get("t3", "note") == "first words, then more"


def test_leaving_the_note_ends_its_step(national):
    window, editor = national
    stack = editor.document.undo_stack
    editor.select("t3")
    press(editor, K.Key_F4)
    type_where_focus("one")
    key(editor, K.Key_Escape)               # back to the map: the step is complete
    assert editor.view.hasFocus()
    press(editor, K.Key_F4)
    type_where_focus(" two")
    assert stack.count() == 2
    assert editor.mind_map.get("t3", "note") == "one two"


def test_multi_selection_shows_mixed_and_edits_all_in_one_step(national):
    window, editor = national
    m = editor.mind_map
    panel = window.ideas.panel
    editor.ideas.set_votes(2, ["t1"])
    editor.ideas.add_tag("slow", ["t1"])
    click_node(editor, "t1")
    click_node(editor, "t2", M.ControlModifier)
    click_node(editor, "t3", M.ControlModifier)
    assert set(editor.selected()) == {"t1", "t2", "t3"}
    assert panel.heading.text() == "3 ideas selected"
    assert panel.votes.text() == "(mixed)"
    assert panel.tags.item(0).text().startswith("slow") and "1 of 3" in panel.tags.item(0).text()
    assert not panel.text.isEnabled() and not panel.note.isEnabled()
    # a tag for all three
    panel.tag_entry.setFocus()
    type_where_focus("urgent")
    key(editor, K.Key_Return)
    assert all("urgent" in m.get(n, "tags") for n in ("t1", "t2", "t3"))
    assert undo_text(window) == "Undo Add Tag 'urgent' (3 ideas)"
    # votes for all three
    panel.votes.setFocus()
    QTest.keyClick(panel.votes, K.Key_Up)
    assert [m.get(n, "votes") for n in ("t1", "t2", "t3")] == [0, 0, 0]
    assert panel.votes.value() == 0
    QTest.keyClick(panel.votes, K.Key_Up)
    assert [m.get(n, "votes") for n in ("t1", "t2", "t3")] == [1, 1, 1]
    # colour for all three, by the picker's keys
    editor.view.setFocus()
    press(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    key(editor, K.Key_4)
    colour = editor.scene.theme.branch_colors[3]
    assert all(m.get(n, "style") == {"color": colour} for n in ("t1", "t2", "t3"))
    assert panel.colour.text() == colour
    undo(editor)
    assert panel.colour.text() == "as the branch"
    assert all(m.get(n, "style") is None for n in ("t1", "t2", "t3"))
    undo(editor)
    undo(editor)
    assert panel.votes.text() == "(mixed)"
    undo(editor)
    assert not any("urgent" in m.get(n, "tags") for n in ("t1", "t2", "t3"))


def test_tag_list_delete_removes_and_panel_link_field(national):
    window, editor = national
    m = editor.mind_map
    panel = window.ideas.panel
    editor.select("threats")
    panel.tags.setFocus()
    panel.tags.setCurrentRow(0)
    QTest.keyClick(panel.tags, K.Key_Delete)
    assert m.get("threats", "tags") == ()
    panel.link.setFocus()
    type_where_focus("national.yaml")
    key(editor, K.Key_Return)
    assert m.get("threats", "link") == "national.yaml"
    assert editor.scene.items_by_id["threats"].look.link == "national.yaml"


def test_cross_link_label_edited_and_deleted_in_the_panel(national, qtbot):
    window, editor = national
    m = editor.mind_map
    panel = window.ideas.panel
    editor.ideas.add_cross_link("threats", "opportunities")
    editor.select("opportunities")
    row = panel.cross.topLevelItem(0)
    assert row.text(0) == "← Threats"
    panel.cross.setFocus()
    panel.cross.setCurrentItem(row, 1)
    QTest.keyClick(panel.cross, K.Key_F2)
    editor_widget = QApplication.focusWidget()
    QTest.keyClicks(editor_widget, "grows from")
    QTest.keyClick(editor_widget, K.Key_Return)
    qtbot.waitUntil(lambda: ("threats", "opportunities", "grows from") in m.links())
    assert editor.scene.link_items[("threats", "opportunities")].label == "grows from"
    panel.cross.setFocus()
    panel.cross.setCurrentItem(panel.cross.topLevelItem(0))
    QTest.keyClick(panel.cross, K.Key_Delete)
    assert not m.links()


def test_ctrl_i_focuses_the_panel_and_f6_cycles_map_docks_and_find_bar(national, qtbot):
    window, editor = national
    press(editor, K.Key_I, M.ControlModifier)
    assert window.ideas.panel.isAncestorOf(QApplication.focusWidget())
    key(editor, K.Key_F6)
    assert editor.view.hasFocus() or window.find_bar.isAncestorOf(QApplication.focusWidget())
    # a dock another part of the app adds joins the cycle, found at key time
    from PySide6.QtWidgets import QLineEdit

    other = QDockWidget("Outline", window)
    other.setWidget(QLineEdit(other))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, other)
    other.show()
    window.show_find()
    visited = []
    editor.view.setFocus()
    for _ in range(4):
        key(editor, K.Key_F6)
        focus = QApplication.focusWidget()
        for name, widget in (("map", editor.view), ("panel", window.ideas.panel),
                             ("outline", other), ("find", window.find_bar)):
            if widget is focus or widget.isAncestorOf(focus):
                visited.append(name)
    assert sorted(visited) == ["find", "map", "outline", "panel"]
    key(editor, K.Key_F6, M.ShiftModifier)
    assert window.find_bar.isAncestorOf(QApplication.focusWidget())


def view_menu(window) -> QMenu:  # noqa: ANN001
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")


def panel_entries(window) -> list[str]:  # noqa: ANN001
    """The View menu's entries that name the idea panel (or what its dock is called)."""
    names = ("idea panel", "idea", "ideenbereich", "idee")
    return [a.text() for a in view_menu(window).actions()
            if a.text().replace("&", "").casefold().removeprefix("show ") in names]


def click_in_menu(menu: QMenu, action) -> None:  # noqa: ANN001
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_one_view_menu_entry_shows_and_hides_the_panel(national, qtbot):
    window, editor = national
    panel = window.ideas.panel
    entry = window.actions_by_name["idea_panel"]
    assert panel_entries(window) == ["&Idea Panel"]
    assert entry.isChecked()
    click_in_menu(view_menu(window), entry)          # the mouse: a plain toggle
    qtbot.waitUntil(lambda: panel.isHidden())
    assert not entry.isChecked() and editor.view.hasFocus()
    click_in_menu(view_menu(window), entry)
    qtbot.waitUntil(lambda: panel.isVisible())
    assert entry.isChecked() and panel.isAncestorOf(QApplication.focusWidget())
    # Ctrl+I from the map goes to the panel shown; from inside the panel it hides it
    editor.view.setFocus()
    press(editor, K.Key_I, M.ControlModifier)
    assert panel.isVisible() and entry.isChecked()
    assert panel.isAncestorOf(QApplication.focusWidget())
    key(editor, K.Key_I, M.ControlModifier)
    assert panel.isHidden() and not entry.isChecked() and editor.view.hasFocus()
    press(editor, K.Key_I, M.ControlModifier)
    assert panel.isVisible() and entry.isChecked()
    assert panel.isAncestorOf(QApplication.focusWidget())
    # the dock's close button unticks the entry
    panel.close()
    assert not entry.isChecked()


def test_the_german_view_menu_names_the_panel_once(national, german):
    window, _editor = national
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Ansicht")
    menu.popup(window.mapToGlobal(window.rect().center()))     # as a user opens it
    menu.hide()
    names = [a.text() for a in menu.actions()
             if a.text().replace("&", "").casefold() in ("idee", "ideenbereich",
                                                          "ideenbereich zeigen")]
    assert names == ["&Ideenbereich"]


def test_closing_a_tab_leaves_no_listener_on_its_map(national, qtbot, tmp_path):
    window, editor = national
    window.actions_by_name["legend"].trigger()
    other = window.open_path(tmp_path / "maps" / "local.yaml")
    assert other is not None and window.ideas.panel.editor is other
    closed_map = other.mind_map
    window.close_tab(window.tabs.indexOf(other))
    qtbot.wait(50)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert closed_map._listeners == []
    assert window.ideas.panel.editor is editor
    assert window.ideas.status.editor is editor


def test_typed_text_stays_with_its_idea_when_the_selection_moves_first(national):
    window, editor = national
    m = editor.mind_map
    panel = window.ideas.panel
    editor.select("t3")
    panel.text.setFocus()
    panel.text.selectAll()
    type_where_focus("Fast")
    panel.link.setFocus()
    type_where_focus("https://example.org")
    assert m.get("t3", "link") is None
    editor.select("t4")           # another panel (the outline, find) moves the selection
    panel.note.setFocus()         # then the focus leaves the field: it commits
    assert m.text("t3") == "Fast" and m.get("t3", "link") == "https://example.org"
    assert m.text("t4") == "Association of Transition brand with dramatic cuts"
    assert m.get("t4", "link") is None
    assert panel.text.text() == m.text("t4") and panel.link.text() == ""


def test_a_hidden_panel_stays_hidden_next_time(national, qtbot):
    from mindmap_app.app.main import build_window

    window, _ = national
    window.ideas.panel.toggleViewAction().trigger()
    assert window.ideas.panel.isHidden()
    window.close()
    second = build_window([])
    qtbot.addWidget(second)
    second.ask_save = lambda document: "discard"
    second.show()
    assert second.ideas.panel.isHidden()
    second.actions_by_name["idea_panel"].trigger()
    assert second.ideas.panel.isVisible()
    second.close()


def test_an_edit_elsewhere_leaves_the_panel_as_it_is_even_mid_label(national, qtbot):
    """An edit of another idea (a participant's, arriving from the room) does not fill the
    panel again: a cross-link label being typed keeps its editor and its text."""
    from PySide6.QtWidgets import QAbstractItemView

    from mindmap_app.model import operations as ops

    window, editor = national
    panel = window.ideas.panel
    editor.ideas.add_cross_link("threats", "opportunities", "turn into")
    click_node(editor, "threats")
    row = panel.cross.topLevelItem(0)
    tag_row = panel.tags.item(0)
    panel.cross.editItem(row, 1)
    qtbot.wait(20)
    assert panel.cross.state() == QAbstractItemView.State.EditingState
    QTest.keyClick(QApplication.focusWidget(), K.Key_End)
    QTest.keyClicks(QApplication.focusWidget(), " later")
    editor.mind_map.apply(ops.set_text("t5", "Narrative, as the room now puts it"))
    editor.mind_map.apply(ops.set_attr("t1", "votes", 2))
    qtbot.wait(20)
    assert panel.cross.topLevelItem(0) is row and panel.tags.item(0) is tag_row
    assert panel.cross.state() == QAbstractItemView.State.EditingState
    assert QApplication.focusWidget().text() == "turn into later"
    QTest.keyClick(QApplication.focusWidget(), K.Key_Return)
    qtbot.wait(20)
    assert editor.mind_map.link_label("threats", "opportunities") == "turn into later"


def test_text_left_in_the_middle_of_an_undo_is_kept_after_it(national):
    """The panel's Text field can be left while the map tells of an edit: an undo that takes
    the selected box away refreshes the panel at once, which disables the focused field, and
    a field that is left keeps its text. It is kept once the undo is over, as its own step:
    applied inside the undo it found the scene half way (KeyError) and stayed in the map with
    no undo step (found by a monkey test; the listener below stands in for that refresh)."""
    from mindmap_app.io.yaml_format import dumps_map

    window, editor = national
    panel = window.ideas.panel
    m = editor.mind_map
    original = dumps_map(m)
    editor.select("t3")
    press(editor, K.Key_Delete)                     # a step to undo: t3 goes
    editor.select("t1")
    panel.text.setFocus()
    panel.text.end(False)
    type_where_focus(" (typed)")
    assert panel.text.isModified()

    def leave_field(_change) -> None:               # as the refresh does, mid-undo
        m.unsubscribe(leave_field)
        panel.text.setEnabled(False)
        panel.text.editingFinished.emit()
        panel.text.setEnabled(True)

    m.subscribe(leave_field)
    window.actions_by_name["undo"].trigger()         # Edit > Undo, by mouse
    assert "t3" in m and not m.text("t1").endswith(" (typed)"), "not inside the undo"
    QApplication.processEvents()
    assert m.text("t1").endswith(" (typed)"), "kept once the undo is over"
    assert "t3" in m
    stack = editor.document.undo_stack
    assert stack.undoText() == "Edit Text"
    while stack.canUndo():
        stack.undo()
    assert dumps_map(m) == original


def test_a_long_note_shows_from_its_first_line_and_typing_goes_on_at_its_end(national):
    """A note longer than the field is shown from its first line (it showed scrolled to its
    end, its first lines cut), while F4 and typing still add at the end."""
    window, editor = national
    panel = window.ideas.panel
    long_note = "\n".join(f"Line {i} of what was said" for i in range(1, 40))
    editor.ideas.set_note("t2", long_note)
    editor.select("t1")
    editor.select("t2")
    bar = panel.note.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    press(editor, K.Key_F4)
    type_where_focus(" (more)")
    assert editor.mind_map.get("t2", "note").endswith("what was said (more)")
    assert bar.value() > 0 and panel.note.viewport().rect().contains(
        panel.note.cursorRect()), "the end, where it is typed, in view"
