"""The window and its documents: tabs, links between maps, saving, prompts, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mindmap_app.app.main import build_window, sample_map
from mindmap_app.io.yaml_format import load_map
from tests.gui_helpers import copy_samples, node_view_point, open_window, press

M = Qt.KeyboardModifier


def test_no_argument_opens_the_workshop_overview(qtbot):
    window = build_window([])
    qtbot.addWidget(window)
    assert sample_map().is_file()
    assert [e.mind_map.text(e.mind_map.root) for e in window.editors()] == [
        "Big Society workshop, Bristol 29/09/10"]
    assert window.editor().current() == "workshop"


def test_file_arguments_open_each_in_its_own_tab(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window = build_window([str(folder / "national.yaml"), str(folder / "personal.yaml")])
    qtbot.addWidget(window)
    assert window.tabs.count() == 2
    assert window.tabs.tabText(0) == load_map(folder / "national.yaml").title


def test_enter_with_alt_on_linked_node_opens_that_map_in_a_tab(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "workshop.yaml")
    editor.select("national")
    press(editor, Qt.Key.Key_Return, M.AltModifier)
    assert window.tabs.count() == 2
    assert window.editor().document.path == (folder / "national.yaml").resolve()
    # opening it again switches to the open tab instead of a second copy
    window.tabs.setCurrentIndex(0)
    window.editor().select("national")
    press(window.editor(), Qt.Key.Key_Return, M.AltModifier)
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1


def test_ctrl_click_on_linked_node_opens_the_map(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "workshop.yaml")
    editor.view.resetTransform()
    editor.view.centerOn(editor.scene.items_by_id["personal"])
    point = node_view_point(editor, "personal")
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.ControlModifier,
                     point)
    assert window.tabs.count() == 2
    assert window.editor().document.path.name == "personal.yaml"


def test_bad_file_shows_one_line_error_and_other_tabs_stay(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    bad = folder / "broken.yaml"
    bad.write_text("format: mindmap/1\nroot:\n  text: [unclosed\n", encoding="utf-8")
    before = editor.mind_map.snapshot()
    assert window.open_path(bad) is None
    assert len(window.errors) == 1
    message = window.errors[0]
    assert "broken.yaml:" in message and "\n" not in message
    assert window.tabs.count() == 1 and window.editor() is editor
    assert editor.mind_map.snapshot() == before


def test_save_writes_the_file_and_clears_the_modified_mark(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    assert window.isWindowModified()
    press(editor, Qt.Key.Key_S, M.ControlModifier)
    assert not editor.document.modified and not window.isWindowModified()
    assert "t1" not in load_map(folder / "national.yaml")
    assert "national.yaml" in window.windowTitle()


def test_unsaved_prompt_on_close_tab_cancel_keeps_it(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    asked = []
    window.ask_save = lambda document: asked.append(document.title) or "cancel"
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    press(editor, Qt.Key.Key_W, M.ControlModifier)
    assert asked == [editor.document.title]
    assert window.tabs.count() == 1
    window.ask_save = lambda document: asked.append("again") or "discard"
    assert window.close_tab(0)
    assert window.tabs.count() == 0
    assert "t1" in load_map(folder / "national.yaml"), "discarding leaves the file as it was"


def test_unsaved_prompt_on_quit_save_writes(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    window.ask_save = lambda document: "save"
    editor.select("t2")
    press(editor, Qt.Key.Key_Delete)
    assert window.close()
    assert "t2" not in load_map(folder / "national.yaml")


def test_recent_files_and_geometry_persist(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, _ = open_window(qtbot, folder / "local.yaml")
    window.resize(700, 500)
    window.close()
    second = build_window([str(folder / "personal.yaml")])
    qtbot.addWidget(second)
    assert second.recent_files()[:2] == [str((folder / "personal.yaml").resolve()),
                                         str((folder / "local.yaml").resolve())]
    assert (second.width(), second.height()) == (700, 500)


def test_layout_switch_from_view_menu_is_undoable(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    window.actions_by_name["layout_down"].trigger()
    assert editor.mind_map.layout == "down"
    assert editor.scene.layout_result.sides["threats"] == 2
    press(editor, Qt.Key.Key_Z, M.ControlModifier)
    assert editor.mind_map.layout == "balanced"


def test_new_map_starts_editing_its_central_idea(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, _ = open_window(qtbot, folder / "national.yaml")
    press(window.editor(), Qt.Key.Key_N, M.ControlModifier)
    editor = window.editor()
    assert window.tabs.count() == 2 and editor.editor.active
    QTest.keyClicks(editor.view, "Retreat plan")
    press(editor, Qt.Key.Key_Return)
    assert editor.mind_map.text(editor.mind_map.root) == "Retreat plan"


def test_the_app_icon_ships_in_the_package_and_loads(qapp):
    from PySide6.QtGui import QIcon

    from mindmap_app.app.main import resource

    icon = QIcon(str(resource("mindmap-app.svg")))
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).toImage().isNull()


def test_saving_a_shipped_workshop_map_asks_where_and_leaves_the_sample_as_it_was(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = build_window([])
    qtbot.addWidget(window)
    editor = window.editor()
    shipped = sample_map()
    before = shipped.read_bytes()
    target = tmp_path / "our-workshop.yaml"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a) or (str(target), ""))
    editor.select("presentation")
    editor.delete_subtree()
    assert editor.document.modified
    assert window.save()
    assert asked, "Save asked for a new place"
    assert shipped.read_bytes() == before
    assert "presentation" not in load_map(target)
    assert editor.document.path == target
