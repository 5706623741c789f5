"""The map's title (the file's ``title:``; the tab, the window, the participants' page and
the report show it) set in the window: File > Map Title... or a double-click on the tab opens
an entry over the map; Enter keeps it (one undo step), Esc leaves it; saved."""

from __future__ import annotations

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mindmap_app.app.popup_entry import PopupEntry
from tests.app.idea_helpers import K, M, key, national_window, undo, undo_text
from tests.gui_helpers import press


@pytest.fixture
def national(qtbot, tmp_path):
    return national_window(qtbot, tmp_path)


def title_entry() -> PopupEntry:
    entry = QApplication.focusWidget()
    assert isinstance(entry, PopupEntry) and entry.isVisible(), entry
    return entry


def test_the_tab_double_clicked_renames_the_map(national):
    window, editor = national
    m, tabs = editor.mind_map, window.tabs
    old = m.title
    assert tabs.tabText(0) == old
    bar = tabs.tabBar()
    QTest.mouseDClick(bar, Qt.MouseButton.LeftButton, M.NoModifier, bar.tabRect(0).center())
    entry = title_entry()
    assert entry.text() == old
    entry.selectAll()
    QTest.keyClicks(entry, "Workshop  national")
    key(editor, K.Key_Return)
    assert m.title == "Workshop national"
    assert tabs.tabText(0) == "Workshop national *"
    assert window.windowTitle().startswith("Workshop national (national.yaml)")
    assert undo_text(window) == "Undo Map Title 'Workshop national'"
    assert editor.view.hasFocus(), "back to the map"
    undo(editor)
    assert m.title == old and tabs.tabText(0) == old


def test_the_menu_renames_it_by_keyboard_esc_leaves_it_and_it_is_saved(national):
    window, editor = national
    m = editor.mind_map
    old = m.title
    window.actions_by_name["map_title"].trigger()
    entry = title_entry()
    QTest.keyClicks(entry, "Never kept")
    key(editor, K.Key_Escape)
    assert m.title == old and not editor.document.undo_stack.canUndo()
    window.actions_by_name["map_title"].trigger()
    entry = title_entry()
    entry.selectAll()
    QTest.keyClicks(entry, "Big Society: national")
    key(editor, K.Key_Return)
    press(editor, K.Key_S, M.ControlModifier)
    data = yaml.safe_load(editor.document.path.read_text(encoding="utf-8"))
    assert data["title"] == "Big Society: national"
    # emptied: the central idea's text stands for it
    window.actions_by_name["map_title"].trigger()
    entry = title_entry()
    entry.clear()
    key(editor, K.Key_Return)
    assert m.title == ""
    assert window.tabs.tabText(0) == m.text(m.root) + " *"
    assert undo_text(window) == "Undo Clear Map Title"
