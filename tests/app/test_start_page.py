"""The start page after closing the last tab (issue 20): recent maps, New, Open, the workshop
example and the most used keys, by keyboard and by mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel

from tests.gui_helpers import copy_samples, open_window

K = Qt.Key
M = Qt.KeyboardModifier


def test_closing_the_last_tab_shows_the_start_page_and_enter_reopens(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    page = window.start_page
    assert not page.isVisible() and window.tabs.isVisible()
    QTest.keyClick(editor.view, K.Key_W, M.ControlModifier)
    assert window.tabs.count() == 0
    assert page.isVisible() and not window.tabs.isVisible()
    assert page.paths()[0] == str((folder / "national.yaml").resolve())
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    for keys in ("Tab", "Ctrl+Left / Ctrl+Right", "Ctrl+F", "F5", "Ctrl+Z"):
        assert keys in texts
    assert window.windowTitle() == "Mindmap"
    # the recent list has the keyboard: Enter opens the newest map
    qtbot.waitUntil(lambda: page.recent.hasFocus(), timeout=2000)
    QTest.keyClick(page.recent, K.Key_Return)
    assert window.tabs.count() == 1 and window.editor().document.path == \
        (folder / "national.yaml").resolve()
    assert not page.isVisible() and window.tabs.isVisible()


def test_start_page_buttons_by_mouse_and_keys(qtbot, tmp_path, monkeypatch):
    folder = copy_samples(tmp_path)
    window, _ = open_window(qtbot, folder / "personal.yaml")
    window.close_tab(0)
    page = window.start_page
    QTest.mouseClick(page.example_button, Qt.MouseButton.LeftButton)
    assert window.editor().document.is_shipped_sample
    assert Path(window.editor().document.path).name == "workshop.yaml"
    window.close_tab(0)
    assert page.isVisible()
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert window.tabs.count() == 1 and window.editor().document.path is None
    window.editor().commit_pending_edit()
    window.close_tab(0)
    QTest.keyClick(page.recent, K.Key_N, M.ControlModifier)        # the menu's Ctrl+N
    assert window.tabs.count() == 1
    window.editor().commit_pending_edit()
    window.close_tab(0)
    chosen = folder / "local.yaml"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(chosen)], "")))
    QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.editor().document.path == chosen.resolve()
    window.close_tab(0)
    # a click on a recent map opens it; a recent map that is gone is not offered
    (folder / "personal.yaml").unlink()
    page.fill()
    assert str((folder / "personal.yaml").resolve()) not in page.paths()
    item = page.recent.item(0)
    QTest.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton,
                     M.NoModifier, page.recent.visualItemRect(item).center())
    assert window.tabs.count() == 1
    assert str(window.editor().document.path) == item.data(Qt.ItemDataRole.UserRole)


def test_start_page_is_reachable_by_tab(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, _ = open_window(qtbot, folder / "personal.yaml")
    window.close_tab(0)
    page = window.start_page
    seen = set()
    wanted = {page.new_button, page.open_button, page.example_button, page.recent}
    for _ in range(30):          # once round the window's focus chain is enough
        widget = window.focusWidget()
        seen.add(widget)
        if wanted <= seen:
            break
        QTest.keyClick(widget, K.Key_Tab)
    assert {page.new_button, page.open_button, page.example_button, page.recent} <= seen


def test_map_actions_are_greyed_out_while_no_map_is_open(qtbot, tmp_path):
    """With the start page showing, what works on a map (the toolbar's tag, colour, fill,
    vote, present; the Node and Facilitate menus' entries; Save, Export) is greyed out, and
    comes back with a map; New, Open, Help and the panels stay."""
    from PySide6.QtWidgets import QToolButton

    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.start_page.isVisible()
    actions = window.actions_by_name
    for name in ("add_tag", "color", "fill", "add_vote", "present", "add_child", "voting",
                 "park", "save", "export", "find"):
        assert not actions[name].isEnabled(), name
    for name in ("new", "open", "help_shortcuts", "idea_panel", "outline", "quit"):
        assert actions[name].isEnabled(), name
    toolbar_tag = next(b for b in window.findChildren(QToolButton)
                       if b.defaultAction() is actions["add_tag"])
    assert toolbar_tag.isVisible() and not toolbar_tag.isEnabled()
    QTest.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)   # a new map
    assert window.tabs.count() == 1
    assert all(actions[n].isEnabled() for n in ("add_tag", "color", "present", "save"))
    assert toolbar_tag.isEnabled()


def test_a_window_started_on_a_map_lists_the_recent_maps_only_once_it_is_closed(qtbot,
                                                                                tmp_path):
    """The app started with a map file (``build_window``) opens it without filling the start
    page first; started on nothing, or once its last tab closes, the page is there, filled."""
    from mindmap_app.app.main import build_window

    folder = copy_samples(tmp_path)
    empty = build_window([], open_default=False)
    qtbot.addWidget(empty)
    empty.show()
    qtbot.waitExposed(empty)
    assert empty.start_page.isVisible() and not empty.tabs.isVisible()
    assert not empty.actions_by_name["add_tag"].isEnabled()
    empty.ask_save = lambda document: "discard"
    empty.open_path(folder / "national.yaml")           # a recent map, for the next window
    empty.close_tab(0)
    assert empty.start_page.paths()[0] == str((folder / "national.yaml").resolve())

    window = build_window([str(folder / "local.yaml")], open_default=False)
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.start_page
    assert not page.isVisible() and window.tabs.isVisible() and page.paths() == []
    assert window.actions_by_name["add_tag"].isEnabled()
    window.close_tab(0)
    assert page.isVisible() and not window.tabs.isVisible()
    assert page.paths()[:2] == [str((folder / name).resolve())
                                for name in ("local.yaml", "national.yaml")]
