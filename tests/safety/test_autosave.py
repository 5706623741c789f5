"""Autosave: unsaved changes reach a recovery file in the app's data folder (never the user's
file unless they opt in), after the interval and on focus loss, from a snapshot taken in slices
that stays right while the map changes."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import AddLink, MindMap, RemoveLink
from mindmap_app.model import operations as ops
from mindmap_app.model.snapshot import MapSnapshot, map_from_pieces
from mindmap_app.safety.backups import list_backups
from mindmap_app.safety.recovery_files import list_entries, load_entry_map
from tests.gui_helpers import copy_samples, open_window, press

M = Qt.KeyboardModifier

def _window(qtbot, tmp_path, name="national.yaml", interval=0.1):  # noqa: ANN202
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / name)
    window.settings.setValue("autosave/interval_seconds", interval)
    window.settings.setValue("autosave/to_file", False)
    return window, editor, folder / name


def _entry_matches(data, editor) -> bool:  # noqa: ANN001
    entries = [e for e in list_entries(data)
               if e.source == (str(editor.document.path) if editor.document.path else None)]
    return len(entries) == 1 and load_entry_map(entries[0]).snapshot() == \
        editor.mind_map.snapshot()


def test_a_change_is_autosaved_to_the_data_folder_not_to_the_map_file(qtbot, tmp_path, data):
    window, editor, path = _window(qtbot, tmp_path)
    original = path.read_bytes()
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == \
        [".~lock.national.yaml#"], "only the lock file is written beside the map"
    entry = list_entries(data)[0]
    assert entry.path.parent == data / "recovery"
    assert entry.nodes == len(editor.mind_map) and entry.title == editor.document.title
    assert editor.document.modified, "an autosave is not a save"


def test_every_later_change_is_autosaved_again(qtbot, tmp_path, data):
    window, editor, _ = _window(qtbot, tmp_path)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    editor.select("t2")
    press(editor, Qt.Key.Key_Space)
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    assert "t2" not in load_entry_map(list_entries(data)[0])


def test_nothing_is_written_before_the_interval_but_focus_loss_writes_at_once(
        qtbot, tmp_path, data):
    window, editor, _ = _window(qtbot, tmp_path, interval=3600)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.wait(300)
    assert list_entries(data) == []
    QGuiApplication.instance().applicationStateChanged.emit(
        Qt.ApplicationState.ApplicationInactive)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)


def test_saving_removes_the_recovery_file(qtbot, tmp_path, data):
    window, editor, path = _window(qtbot, tmp_path)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    press(editor, Qt.Key.Key_S, M.ControlModifier)
    assert list_entries(data) == []
    assert "t1" not in load_map(path)


def test_a_save_while_the_map_is_being_copied_leaves_no_recovery_file(qtbot, tmp_path, data):
    window, editor, _ = _window(qtbot, tmp_path, interval=3600)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    window.safety.autosaver.autosave_now()  # the copy starts at the next event-loop turn
    assert window.save()
    qtbot.waitUntil(lambda: not window.safety.autosaver.busy(), timeout=20000)
    qtbot.wait(200)
    assert list_entries(data) == []


def test_undoing_back_to_the_saved_state_removes_the_recovery_file(qtbot, tmp_path, data):
    window, editor, _ = _window(qtbot, tmp_path)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    press(editor, Qt.Key.Key_Z, M.ControlModifier)
    assert not editor.document.modified
    assert list_entries(data) == []


def test_discarding_on_close_removes_the_recovery_file(qtbot, tmp_path, data):
    window, editor, path = _window(qtbot, tmp_path)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    assert window.close_tab(0)  # open_window answers "discard"
    assert list_entries(data) == []
    assert "t1" in load_map(path)


def test_clean_exit_removes_the_session_marker_and_leaves_nothing(qtbot, tmp_path, data):
    window, editor, path = _window(qtbot, tmp_path)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    assert list((data / "sessions").iterdir())
    assert window.close()
    assert list((data / "sessions").iterdir()) == []
    assert list_entries(data) == []
    assert not (path.parent / ".~lock.national.yaml#").exists()


def test_untitled_maps_are_autosaved(qtbot, tmp_path, data):
    window, _, _ = _window(qtbot, tmp_path)
    window.new_map()
    editor = window.editor()
    editor.editor.text_item.setPlainText("Retreat plan")
    editor.commit_pending_edit()
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    entry = list_entries(data)[0]
    assert entry.source is None
    assert load_entry_map(entry).text(editor.mind_map.root) == "Retreat plan"


def test_autosave_goes_on_when_the_child_process_dies(qtbot, tmp_path, data):
    window, editor, _ = _window(qtbot, tmp_path)
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    worker = window.safety.autosaver.worker
    worker.process.kill()
    qtbot.waitUntil(lambda: worker.process is None, timeout=10000)
    editor.select("t2")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)


def test_without_a_child_process_a_thread_writes_the_autosave(qtbot, tmp_path, data):
    window, editor, _ = _window(qtbot, tmp_path)
    window.safety.autosaver.worker.use_thread = True
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    assert window.safety.autosaver.worker.process is None


def test_opt_in_autosave_to_the_file_itself_writes_it_and_keeps_a_backup(qtbot, tmp_path, data):
    window, editor, path = _window(qtbot, tmp_path)
    original = path.read_bytes()
    window.actions_by_name["autosave_to_file"].trigger()
    assert window.settings.value("autosave/to_file") in (True, "true")
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not editor.document.modified, timeout=20000)
    assert load_map(path).snapshot() == editor.mind_map.snapshot()
    assert list_entries(data) == []
    backups = list_backups(data, path)
    assert [b.read_bytes() for b in backups] == [original]
    qtbot.wait(400)  # the app's own write is not "changed on disk by someone else"
    assert window.editor() is editor


def test_opt_in_autosave_never_overwrites_a_file_changed_on_disk(qtbot, tmp_path, data):
    window, editor, path = _window(qtbot, tmp_path)
    window.settings.setValue("autosave/to_file", True)
    window.safety.ask_disk_change = lambda document, saving: "keep"
    theirs = path.read_text(encoding="utf-8").replace("National level", "Their title", 1)
    window.safety.guard.watcher.removePath(str(path))  # as on a network drive: no event
    path.write_text(theirs, encoding="utf-8")
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _entry_matches(data, editor), timeout=20000)
    assert path.read_text(encoding="utf-8") == theirs
    assert editor.document.modified


# ------------------------------------------------------------------ the sliced snapshot
def _random_edit(mind_map, rng):  # noqa: ANN001, ANN202
    nodes = list(mind_map.nodes())
    node = rng.choice(nodes)
    kind = rng.randrange(8)
    if kind == 0:
        return ops.add_child(mind_map, node)
    if kind == 1:
        return ops.set_text(node, f"text {rng.random():.4f}")
    if kind == 2 and not mind_map.is_root(node):
        return ops.delete_subtree(mind_map, node)
    if kind == 3:
        other = rng.choice(nodes)
        if other != node and not mind_map.has_link(node, other):
            return AddLink(node, other, "see")
    if kind == 4 and mind_map.links():
        a, b, _ = rng.choice(mind_map.links())
        return RemoveLink(a, b)
    if kind == 5 and not mind_map.is_root(node):
        return ops.reorder(mind_map, node, rng.choice((-1, 1)))
    if kind == 6:
        return ops.set_pos(node, (rng.uniform(-500, 500), rng.uniform(-500, 500)))
    if kind == 7:
        return ops.set_map_attr("layout", rng.choice(("right", "down", "radial")))
    return ops.set_text(node, "x")


def _map(count: int, rng: random.Random):  # noqa: ANN202
    """A map of ``count`` nodes with notes, tags, folds and a few links."""
    mind_map = MindMap("Snapshot test", "Root", root_id="root")
    nodes = ["root"]
    for i in range(1, count):
        edit = ops.add_child(mind_map, rng.choice(nodes), f"node {i}")
        mind_map.apply(edit)
        node = edit.fragment.root
        nodes.append(node)
        if i % 7 == 0:
            mind_map.apply(ops.set_attr(node, "note", f"note {i}\nsecond line"))
        if i % 11 == 0:
            mind_map.apply(ops.set_attr(node, "tags", ("threat", "local")))
    for _ in range(count // 50):
        a, b = rng.sample(nodes, 2)
        if not mind_map.has_link(a, b):
            mind_map.apply(ops.add_link(a, b, "see"))
    return mind_map


@pytest.mark.parametrize("seed", range(6))
def test_a_sliced_snapshot_is_the_map_after_the_last_slice_despite_edits_between(seed):
    rng = random.Random(seed)
    mind_map = _map(1500, rng)
    snapshot = MapSnapshot(mind_map)
    mind_map.subscribe(snapshot.note)
    steps = 0
    while not snapshot.step(budget=0.0):
        steps += 1
        for _ in range(rng.randrange(3)):
            try:
                mind_map.apply(_random_edit(mind_map, rng))
            except Exception:  # noqa: BLE001 - an edit the model refuses changes nothing
                pass
    assert steps > 5, "the copy is taken in many slices"
    assert map_from_pieces(snapshot.pieces).snapshot() == mind_map.snapshot()


def test_a_worker_deleted_with_its_owner_while_writing_stops_quietly(qtbot):
    """Quitting without closing the window first: Qt deletes the running child process with
    the worker's owner, and its last "finished" must not reach a deleted process (pytest-qt
    fails the test on an exception raised in that slot)."""
    import shiboken6
    from PySide6.QtCore import QObject

    from mindmap_app.safety.autosave import AutosaveWorker

    owner = QObject()
    worker = AutosaveWorker(owner)
    job = worker.begin()                # starts the child process and streams a job to it
    worker.send(job, b"root: {text: half a map")
    process = worker.process
    assert process is not None and process.waitForStarted(10000)
    shiboken6.delete(owner)             # as Qt does at exit: owner, worker, process
    assert not shiboken6.isValid(process)
