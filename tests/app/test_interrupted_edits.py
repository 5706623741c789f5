"""What a random walk of keys, menus and clicks found (a monkey test of the window): an entry,
a picker or a chooser left open while something else takes its idea or its tab away. Each
test is the shortest way there a user can take, by the real menus, keys and tab closes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.gui_helpers import copy_samples, open_window, press, type_text

K, M = Qt.Key, Qt.KeyboardModifier
ROOT = Path(__file__).resolve().parents[2]


def settle(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QEvent

    qtbot.wait(20)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_typing_after_the_idea_being_typed_is_deleted_from_the_menu(qtbot, tmp_path):
    """F2 on a main topic, Node > Delete Branch by mouse (a menu does not take the text),
    then a key: the entry went with the idea; the key is an ordinary key on the map (it
    crashed the app: the entry still typed into the deleted box)."""
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    m = editor.mind_map
    editor.select("threats")
    press(editor, K.Key_F2)
    assert editor.editor.active and editor.editor.node == "threats"
    window.actions_by_name["delete"].trigger()
    assert "threats" not in m and not editor.editor.active and not editor.view.editing
    QTest.keyClick(editor.view, K.Key_W)        # typing starts editing the idea now selected
    current = editor.current()
    assert current in m and editor.editor.active and editor.editor.node == current
    press(editor, K.Key_Escape)
    assert m.text(current) != "W" and not editor.editor.active
    editor.document.undo_stack.undo()           # the delete, and only it
    assert "threats" in m and m.text("threats") == "Threats"


def test_undo_from_the_menu_while_a_new_idea_is_typed_then_esc(qtbot, tmp_path):
    """Tab, then Edit > Undo by mouse: the new idea goes and its entry with it; Esc then
    takes nothing else back (it raised, and would have undone one more step)."""
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    m = editor.mind_map
    editor.select("threats")
    press(editor, K.Key_Delete)                 # an earlier step Esc must not take back
    count = len(m)
    press(editor, K.Key_Tab)
    new = editor.editor.node
    assert new in m and len(m) == count + 1
    window.actions_by_name["undo"].trigger()
    assert new not in m and not editor.editor.active
    press(editor, K.Key_Escape)
    assert len(m) == count and "threats" not in m and not window.errors


def test_a_fold_from_the_menu_while_typing_keeps_the_typed_text(qtbot, tmp_path):
    """Typing into a child, then the parent folded from the toolbar's menu: the box goes, the
    entry with it, and what was typed is kept as the idea's text (one more undo step)."""
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    m = editor.mind_map
    child = m.children("threats")[0]
    editor.select(child)
    press(editor, K.Key_F2)
    type_text(editor, " kept")
    editor.select("threats")        # the typed box stays open; the parent is chosen by mouse
    assert editor.editor.active
    window.actions_by_name["fold"].trigger()
    assert m.get("threats", "folded") and not editor.editor.active
    settle(qtbot)
    assert m.text(child).endswith(" kept")


def test_colour_after_closing_the_tab_whose_picker_was_open(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, first = open_window(qtbot, folder / "national.yaml")
    window.open_path(folder / "local.yaml")
    window.tabs.setCurrentIndex(0)
    window.actions_by_name["color"].trigger()
    assert window.ideas.color_picker is not None
    window.actions_by_name["close_tab"].trigger()
    settle(qtbot)
    assert window.tabs.count() == 1 and window.ideas.color_picker is None
    editor = window.editor()
    editor.view.setFocus()
    press(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    picker = window.ideas.color_picker
    assert picker is not None and shiboken6.isValid(picker) and picker.isVisible()
    QTest.keyClick(picker, K.Key_2)
    assert (editor.mind_map.get(editor.current(), "style") or {}).get("color")


def test_cross_link_after_closing_the_tab_that_waited_for_its_other_end(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, first = open_window(qtbot, folder / "national.yaml")
    window.open_path(folder / "local.yaml")
    window.tabs.setCurrentIndex(0)
    first.view.setFocus()
    first.select("threats")
    press(first, K.Key_L, M.ControlModifier)
    assert window.ideas.chooser is not None
    press(first, K.Key_W, M.ControlModifier)            # closes the tab while it waits
    settle(qtbot)
    assert window.tabs.count() == 1 and window.ideas.chooser is None
    editor = window.editor()
    editor.view.setFocus()
    m = editor.mind_map
    source = m.children(m.root)[0]
    editor.select(source)
    press(editor, K.Key_L, M.ControlModifier)
    assert window.ideas.chooser is not None
    target = m.children(m.root)[1]
    editor.select(target)
    press(editor, K.Key_Return)
    assert (source, target) in [(a, b) for a, b, _ in m.links()]


def test_paste_with_an_empty_clipboard_says_so(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    QGuiApplication.clipboard().clear()
    messages: list[str] = []
    editor.message.connect(messages.append)
    count = len(editor.mind_map)
    press(editor, K.Key_V, M.ControlModifier)
    assert len(editor.mind_map) == count
    assert messages[-1] == "The clipboard holds nothing to paste"


def test_a_map_file_link_made_before_the_first_save_still_opens_after_it(qtbot, tmp_path,
                                                                        monkeypatch):
    """Ctrl+Shift+K in a map not saved yet: the link keeps the whole path (it was made
    relative to the folder the app started in, then read from the map's folder)."""
    folder = copy_samples(tmp_path)
    monkeypatch.chdir(folder)
    window, editor = open_window(qtbot, folder / "national.yaml")
    window.new_map()
    editor = window.editor()
    editor.commit_pending_edit()
    monkeypatch.setattr(window.ideas, "ask_map_file", lambda start: str(folder / "local.yaml"))
    editor.view.setFocus()
    press(editor, K.Key_K, M.ControlModifier | M.ShiftModifier)
    root = editor.mind_map.root
    assert Path(editor.mind_map.get(root, "link")).is_absolute()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    editor.document.save(elsewhere / "mine.yaml")
    tabs = window.tabs.count()
    editor.select(root)
    press(editor, K.Key_Return, M.AltModifier)
    assert window.tabs.count() == tabs + 1 and not window.errors


def test_closing_a_tab_with_a_filter_typed_in_the_outline(tmp_path):
    """View > Outline, a filter typed, the tab closed (then Qt's deletes and a garbage
    collection, as the app runs them): the app goes on. It crashed; run in a child process
    so that a crash is a failure here, not the end of the test run."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from mindmap_app.app.lifetime import drain
        from mindmap_app.app.main_window import MainWindow
        app = QApplication([])
        window = MainWindow()
        window.ask_save = lambda document: "discard"
        window.show()
        window.open_path({str(ROOT / "sample_maps" / "national.yaml")!r})
        window.open_path({str(ROOT / "sample_maps" / "local.yaml")!r})
        window.actions_by_name["outline"].trigger()
        app.processEvents()
        box = window.outline.filter_box
        box.setFocus()
        QTest.keyClicks(box, "r")
        app.processEvents()
        assert window.outline.proxy is not None
        window.actions_by_name["close_tab"].trigger()
        for _ in range(3):
            app.processEvents()
            drain()
        print("tabs", window.tabs.count())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               MINDMAP_DATA_DIR=str(tmp_path / "data"), MINDMAP_CACHE_DIR=str(tmp_path / "c"))
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", script], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tabs 1" in done.stdout


def test_a_facilitation_form_goes_with_its_tab(qtbot, tmp_path):
    """Facilitate > Start Voting (or Top N, an action, a view's name) opens a form for the
    map in its tab; File > Close Tab while it is open closes it too (its OK then started a
    round on the closed tab's map: RuntimeError)."""
    from PySide6.QtWidgets import QApplication, QDialog

    from mindmap_app.app.facilitation_forms import StartVotingForm
    from tests.app.test_facilitation_gui import active_form

    folder = copy_samples(tmp_path)
    window, first = open_window(qtbot, folder / "national.yaml")
    window.open_path(folder / "local.yaml")
    window.tabs.setCurrentIndex(0)
    window.actions_by_name["voting"].trigger()

    def forms() -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, StartVotingForm) and shiboken6.isValid(w) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(forms()), timeout=2000)
    window.actions_by_name["close_tab"].trigger()
    settle(qtbot)
    assert window.tabs.count() == 1 and not forms()
    assert not window.errors
    editor = window.editor()
    editor.view.setFocus()
    window.actions_by_name["voting"].trigger()          # the other map's round still starts
    form = active_form(qtbot)
    QTest.keyClick(form.focusWidget(), K.Key_Return)        # Start
    qtbot.waitUntil(lambda: window.facilitation.counter.isVisible(), timeout=5000)
