"""Whatever opens also closes: a closed tab, an ended presentation, a closed dialog or panel
is really gone (no editor, scene or items left alive), and the files the app keeps for
itself stay bounded over a long day."""

from __future__ import annotations

import gc
import os
import weakref
from collections import Counter

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from mindmap_app.app.lifetime import Lifetime, dispose, drain, lifetime_of
from mindmap_app.app.presentation import Presentation
from mindmap_app.canvas.node_item import NodeItem
from mindmap_app.safety import backups
from mindmap_app.safety.recovery_files import list_entries, recovery_folder
from tests.gui_helpers import copy_samples, node_view_point, open_window, press

K = Qt.Key
M = Qt.KeyboardModifier


def live(cls: type) -> int:
    """How many objects of ``cls`` Python can still reach."""
    return sum(1 for obj in gc.get_objects() if type(obj) is cls)


class Scenes:
    """Weak references to the scene of every tab a test opened: how many are alive."""

    def __init__(self, window) -> None:  # noqa: ANN001
        self.refs: list[weakref.ref] = []
        self.note(window)

    def note(self, window) -> None:  # noqa: ANN001
        known = {id(r()) for r in self.refs}
        self.refs += [weakref.ref(e.scene) for e in window.editors() if id(e.scene) not in known]

    def alive(self) -> int:
        drain()
        return sum(1 for r in self.refs if r() is not None)


def refs(editor) -> dict[str, weakref.ref]:  # noqa: ANN001
    return {name: weakref.ref(obj) for name, obj in (
        ("editor", editor), ("scene", editor.scene), ("view", editor.view),
        ("inline editor", editor.editor), ("document", editor.document),
        ("map", editor.document.mind_map), ("undo stack", editor.document.undo_stack),
        ("node item", next(iter(editor.scene.items_by_id.values()))))}


def alive(references: dict[str, weakref.ref]) -> list[str]:
    drain()
    return [name for name, ref in references.items() if ref() is not None]


@pytest.fixture
def maps(tmp_path):  # noqa: ANN001, ANN201
    return copy_samples(tmp_path)


# ----------------------------------------------------------------------------- tabs
def test_closing_a_tab_frees_its_editor_scene_items_and_document(qtbot, maps, data):
    window, home = open_window(qtbot, maps / "workshop.yaml")
    editor = window.open_path(maps / "national.yaml")
    scenes = Scenes(window)
    editor.select("t1")
    press(editor, K.Key_Delete)                     # modified: autosave knows it
    press(editor, K.Key_F2)                         # and a text edit is open
    references = refs(editor)
    del editor
    window.actions_by_name["close_tab"].trigger()   # File > Close Tab; "discard"
    assert window.tabs.count() == 1
    assert alive(references) == []
    assert scenes.alive() == window.tabs.count() == 1
    # the tab left is untouched and still edits
    window.activateWindow()
    home.view.setFocus()
    home.select("national")
    press(home, K.Key_Delete)
    assert "national" not in home.mind_map


def test_live_scenes_equal_open_tabs_after_many_opens_and_closes(qtbot, maps, data):
    window, _ = open_window(qtbot, maps / "workshop.yaml")
    scenes = Scenes(window)
    drain()
    before_items = live(NodeItem) - len(window.editor().scene.items_by_id)
    names = ["national.yaml", "local.yaml", "personal.yaml", "breakouts.yaml"]
    for rounds in range(3):
        for name in names:
            window.open_path(maps / name)
            scenes.note(window)
        assert scenes.alive() == window.tabs.count() == 5
        # close them with Ctrl+W and with the tab's close button
        press(window.editor(), K.Key_W, M.ControlModifier)
        while window.tabs.count() > 1:
            window.tabs.tabCloseRequested.emit(window.tabs.count() - 1)
        assert scenes.alive() == window.tabs.count() == 1, f"round {rounds}"
    items = [weakref.ref(i) for r in scenes.refs if r() is not None
             for i in r().items_by_id.values()]
    assert live(NodeItem) - len(items) == before_items
    assert [e.document.path.name for e in window.editors()] == ["workshop.yaml"]


def test_a_reloaded_tab_frees_the_old_editor(qtbot, maps, data):
    window, editor = open_window(qtbot, maps / "national.yaml")
    scenes = Scenes(window)
    references = refs(editor)
    del editor
    assert window.safety.reload(window.editor())
    scenes.note(window)
    assert alive(references) == []
    assert scenes.alive() == window.tabs.count() == 1


# ------------------------------------------------------------------------ presentation
def test_ending_a_presentation_frees_it_and_gives_the_view_back(qtbot, maps, data):
    window, editor = open_window(qtbot, maps / "national.yaml")
    views = []
    for _ in range(3):
        press(editor, K.Key_F5)
        presentation = editor.findChild(Presentation)
        assert presentation is not None and presentation.isVisible()
        QTest.keyClick(presentation, K.Key_PageDown)
        QTest.keyClick(presentation, K.Key_T)              # the timer runs
        QTest.keyClick(presentation, K.Key_Tab)            # a live idea, being typed
        QTest.keyClicks(presentation.viewport(), "Idea")
        t1 = presentation.mapFromScene(editor.scene.items_by_id["t1"].pos())
        QTest.mouseClick(presentation.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, t1)
        QTest.keyClick(presentation, K.Key_Escape)         # leave the close-up
        QTest.keyClick(presentation, K.Key_Escape)         # leave the presentation
        assert not presentation.active
        views.append(weakref.ref(presentation))
        del presentation
        drain()
    assert [v() for v in views] == [None, None, None]
    assert editor.findChildren(Presentation) == []
    assert len(editor.scene.views()) == 1, "only the main view still shows the scene"
    assert [editor.mind_map.text(n) for n in editor.mind_map.nodes()].count("Idea") == 3
    editor.select("t1")
    press(editor, K.Key_Delete)                     # the editor goes on working
    assert "t1" not in editor.mind_map


def test_closing_a_tab_while_presenting_frees_both(qtbot, maps, data):
    window, home = open_window(qtbot, maps / "workshop.yaml")
    editor = window.open_path(maps / "national.yaml")
    press(editor, K.Key_F5)
    presentation = weakref.ref(editor.findChild(Presentation))
    references = refs(editor)
    scenes = Scenes(window)
    window.close_tab(window.tabs.indexOf(editor))
    del editor
    assert alive(references) == [] and presentation() is None
    assert scenes.alive() == window.tabs.count() == 1


# ---------------------------------------------------------------------- export dialog
def test_closing_the_export_dialog_frees_it_and_its_preview(qtbot, maps, data):
    window, editor = open_window(qtbot, maps / "national.yaml")
    seen: list[weakref.ref] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look_and_close)
            return
        assert dialog.image_view.pixmap() is not None and not dialog.image_view.pixmap().isNull()
        seen.extend([weakref.ref(dialog), weakref.ref(dialog.image_view),
                     weakref.ref(dialog.text_view)])
        QTest.keyClick(dialog, K.Key_Escape)

    for _ in range(2):
        window.activateWindow()
        editor.view.setFocus()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        QTimer.singleShot(0, look_and_close)
        press(editor, K.Key_E, M.ControlModifier)
    assert len(seen) == 6, "Ctrl+E showed the export dialog twice"
    drain()
    assert [r() for r in seen] == [None] * 6
    assert [w for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "ExportDialog"] == []


def test_right_click_menus_do_not_pile_up_on_the_window(qtbot, maps, data):
    window, editor = open_window(qtbot, maps / "national.yaml")
    shown: list[weakref.ref] = []
    window.exec_menu = lambda menu, pos: shown.append(weakref.ref(menu))
    drain()
    menus = len(window.findChildren(QMenu))
    for node in ("threats", "t1", "t2"):
        point = node_view_point(editor, node)
        QApplication.sendEvent(editor.view.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, editor.view.viewport().mapToGlobal(point)))
        assert editor.selected() == [node]
    drain()
    assert len(shown) == 3 and [r() for r in shown] == [None] * 3
    assert len(window.findChildren(QMenu)) == menus


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def _threads() -> int:
    return len(os.listdir("/proc/self/task"))


def test_a_round_of_everything_leaves_the_window_as_it_was(qtbot, maps, data):
    """Open a map, present it, export, right-click, find, close: the window's own objects,
    the threads and the open files come back to what they were."""
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("counting open files needs /proc (Linux)")
    window, _ = open_window(qtbot, maps / "workshop.yaml")
    window.exec_menu = lambda menu, pos: None
    dialogs = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_dialog)
            return
        dialogs.append(type(dialog).__name__)
        QTest.keyClick(dialog, K.Key_Escape)

    def one_round() -> None:
        editor = window.open_path(maps / "national.yaml")
        window.activateWindow()
        editor.view.setFocus()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        press(editor, K.Key_F5)
        presentation = editor.findChild(Presentation)
        QTest.keyClick(presentation, K.Key_PageDown)
        QTest.keyClick(presentation, K.Key_Escape)
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        editor.view.setFocus()
        QTimer.singleShot(0, close_dialog)
        press(editor, K.Key_E, M.ControlModifier)
        window.activateWindow()     # the window manager's part, when a dialog closes
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        editor.view.setFocus()
        point = node_view_point(editor, "threats")
        QApplication.sendEvent(editor.view.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, editor.view.viewport().mapToGlobal(point)))
        press(editor, K.Key_F, M.ControlModifier)
        QTest.keyClicks(window.find_bar.field, "power")
        QTest.keyClick(window.find_bar.field, K.Key_Return)
        QTest.keyClick(window.find_bar, K.Key_Escape)
        assert window.find_bar.isHidden() and editor.current() is not None
        editor.select("t1")
        press(editor, K.Key_Delete)
        assert "t1" not in editor.mind_map
        press(editor, K.Key_W, M.ControlModifier)
        assert window.tabs.count() == 1
        qtbot.wait(20)              # the event loop turns, as between two user actions
        drain()

    def inventory():  # noqa: ANN202
        return Counter(type(o).__name__ for o in window.findChildren(QObject))

    one_round()                      # the first time may make what is kept for good
    objects, files, threads = inventory(), _open_files(), _threads()
    for _ in range(3):
        one_round()
    assert dialogs == ["ExportDialog"] * 4
    assert inventory() == objects
    assert (_open_files(), _threads()) == (files, threads)


# ---------------------------------------------------------------- the lifetime helper
class _Panel(QLabel):
    """A panel as other helpers add them: parented to the tab, listening to long-lived
    things (the window's undo group, the document's map) through its lifetime."""

    def __init__(self, window, editor) -> None:  # noqa: ANN001
        super().__init__(editor)
        self.notices = 0
        life = lifetime_of(self)
        life.connect(window.undo_group.indexChanged, lambda _i: self.refresh())
        life.subscribe(editor.mind_map, self.on_change)

    def refresh(self) -> None:
        self.setText(str(self.notices))

    def on_change(self, _change) -> None:  # noqa: ANN001
        self.notices += 1


def test_a_panel_registered_with_its_lifetime_goes_with_its_tab(qtbot, maps, data):
    window, home = open_window(qtbot, maps / "workshop.yaml")
    editor = window.open_path(maps / "national.yaml")
    mind_map = editor.mind_map
    panel = _Panel(window, editor)
    editor.select("t1")
    press(editor, K.Key_Delete)
    assert panel.notices == 1 and panel.text() == "1"
    references = {"panel": weakref.ref(panel), **refs(editor)}
    del panel, editor, mind_map
    press(window.editor(), K.Key_W, M.ControlModifier)
    assert alive(references) == []
    # the long-lived undo group no longer calls into the closed panel
    home.select("national")
    press(home, K.Key_Delete)
    press(home, K.Key_Z, M.ControlModifier)
    assert "national" in home.mind_map


def test_a_window_panel_following_the_map_links_it_through_the_tab(qtbot, maps, data):
    window, home = open_window(qtbot, maps / "workshop.yaml")
    panel = QLabel(window)                  # outlives the tabs, shows the current map
    editor = window.open_path(maps / "national.yaml")
    lifetime_of(editor).connect(window.undo_group.indexChanged,
                                lambda _i, e=editor: panel.setText(e.document.title))
    editor.select("t1")
    press(editor, K.Key_Delete)
    assert panel.text() == editor.document.title
    references = refs(editor)
    del editor
    window.close_tab(window.tabs.indexOf(window.editor()))
    assert alive(references) == []
    panel.clear()
    window.undo_group.indexChanged.emit(0)  # reaches no closed tab
    assert panel.text() == ""


def test_dispose_frees_a_panel_and_stops_its_notices_while_the_tab_stays(qtbot, maps, data):
    window, editor = open_window(qtbot, maps / "national.yaml")
    listeners = len(editor.mind_map._listeners)
    panel = _Panel(window, editor)
    assert len(editor.mind_map._listeners) == listeners + 1
    ref = weakref.ref(panel)
    dispose(panel)
    del panel
    drain()
    assert ref() is None
    assert len(editor.mind_map._listeners) == listeners
    editor.select("t1")
    press(editor, K.Key_Delete)                     # no notice reaches a deleted panel
    press(editor, K.Key_Z, M.ControlModifier)
    assert "t1" in editor.mind_map


class _Source(QObject):
    ping = Signal()


def test_a_lifetime_undoes_everything_once_newest_first():
    calls = []
    source = _Source()
    life = Lifetime()
    life.connect(source.ping, lambda: calls.append("ping"))
    life.on_close(lambda: calls.append("first"))
    life.on_close(lambda: calls.append("second"))
    source.ping.emit()
    life.close()
    life.close()
    source.ping.emit()
    assert calls == ["ping", "second", "first"]


def test_a_lifetime_closes_when_its_owner_is_destroyed():
    source = _Source()
    owner = QObject()
    calls = []
    life = lifetime_of(owner)
    life.connect(source.ping, lambda: calls.append(owner))   # reaches the owner
    owner.deleteLater()
    drain()
    assert life.closed
    source.ping.emit()
    assert calls == []


# ------------------------------------------------------- recovery files, backups, locks
def _first_of_siblings(mind_map) -> str:  # noqa: ANN001
    return next(kids[0] for n in mind_map.nodes() if len(kids := mind_map.children(n)) > 1)


def test_a_thousand_autosaves_leave_one_recovery_file_per_open_map(qtbot, maps, data):
    window, first = open_window(qtbot, maps / "national.yaml")
    window.settings.setValue("autosave/to_file", False)
    autosaver = window.safety.autosaver
    editors = [first] + [window.open_path(maps / n) for n in ("local.yaml", "personal.yaml")]
    written = []
    autosaver.autosaved.connect(lambda document: written.append(document))
    rounds = 0
    while len(written) < 1000:
        rounds += 1
        for editor in editors:
            window.tabs.setCurrentWidget(editor)
            editor.select(_first_of_siblings(editor.mind_map))
            press(editor, K.Key_Down if rounds % 2 else K.Key_Up, M.ControlModifier)
        autosaver.autosave_now()
        autosaver.wait_idle()
        assert not autosaver.busy()
        if rounds == 150:   # a map closed and opened again meanwhile
            window.close_tab(window.tabs.indexOf(editors[1]))
            editors[1] = window.open_path(maps / "local.yaml")
    entries = list_entries(data)
    assert sorted(e.source for e in entries) == sorted(str(e.document.path) for e in editors)
    assert sorted(p.name for p in recovery_folder(data).iterdir()) == \
        sorted(e.path.name for e in entries), "no temporary or stale files left"
    guard = window.safety.guard
    assert sorted(guard.watcher.files()) == sorted(str(e.document.path) for e in editors)
    assert set(guard.known) == set(autosaver.states) == {e.document for e in editors}
    locks = sorted(p.name for p in maps.iterdir() if p.name.startswith(".~lock"))
    assert locks == [".~lock.local.yaml#", ".~lock.national.yaml#", ".~lock.personal.yaml#"]
    while window.tabs.count():
        window.close_tab(0)
    assert list_entries(data) == []
    assert guard.watcher.files() == [] and not guard.known and not autosaver.states
    assert [p.name for p in maps.iterdir() if p.name.startswith(".~lock")] == []


def test_saving_over_changes_made_elsewhere_keeps_at_most_the_configured_backups(
        qtbot, maps, data):
    path = maps / "national.yaml"
    window, editor = open_window(qtbot, path)
    window.safety.ask_disk_change = lambda document, saving: "keep"
    for i in range(3 * backups.KEEP):
        window.safety.guard.watcher.removePath(str(path))   # no watcher event: Save finds it
        path.write_text(path.read_text(encoding="utf-8").replace(
            "National level", f"National level, their version {i}", 1), encoding="utf-8")
        editor.select("t1")
        press(editor, K.Key_Down, M.ControlModifier)
        press(editor, K.Key_S, M.ControlModifier)
        assert not editor.document.modified
    kept = backups.list_backups(data, path)
    assert len(kept) == backups.KEEP
    assert "their version 14" in kept[0].read_text(encoding="utf-8")
