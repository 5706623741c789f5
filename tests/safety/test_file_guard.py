"""Files changed on disk by someone else, lock files against a second instance, and the
backups kept by the first save of a session."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from mindmap_app.io.yaml_format import load_map
from mindmap_app.safety import backups
from mindmap_app.safety.locks import foreign_lock, lock_path, read_lock, write_lock
from mindmap_app.safety.sessions import this_host
from tests.gui_helpers import copy_samples, open_window, press

M = Qt.KeyboardModifier

def _their_edit(path, old="National level", new="Their version") -> str:  # noqa: ANN001
    """Someone else saves the file (another laptop, a sync folder): new bytes, new mtime."""
    text = path.read_text(encoding="utf-8").replace(old, new, 1)
    time.sleep(0.01)
    tmp = path.with_name(path.name + ".sync-tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # as sync tools and editors do: the watcher must survive it
    return text


def _asking(window, answer):  # noqa: ANN001, ANN202
    asked = []
    window.safety.ask_disk_change = lambda document, saving: asked.append(saving) or answer
    return asked


# ---------------------------------------------------------------------- disk changes
def test_an_unmodified_map_changed_on_disk_is_reloaded(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    asked = _asking(window, "keep")
    _their_edit(path)
    qtbot.waitUntil(lambda: window.editor() is not editor, timeout=10000)
    fresh = window.editor()
    assert fresh.mind_map.snapshot() == load_map(path).snapshot()
    assert not fresh.document.modified and asked == [] and window.tabs.count() == 1
    _their_edit(path, "Their version", "Their second version")  # still watched
    qtbot.waitUntil(lambda: window.editor() is not fresh, timeout=10000)
    assert "Their second version" in window.editor().mind_map.title


def test_a_modified_map_changed_on_disk_asks_reload_or_keep_mine(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    asked = _asking(window, "keep")
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    theirs = _their_edit(path)
    qtbot.waitUntil(lambda: asked == [False], timeout=10000)
    assert window.editor() is editor and editor.document.modified
    assert path.read_text(encoding="utf-8") == theirs, "nothing overwritten silently"
    # Keep mine, then Save: no second question; their version is kept as a backup
    press(editor, Qt.Key.Key_S, M.ControlModifier)
    assert asked == [False] and not editor.document.modified
    assert "t1" not in load_map(path)
    assert theirs.encode() in [b.read_bytes() for b in backups.list_backups(data, path)]


def test_reload_takes_their_version_and_keeps_mine_as_a_backup(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    asked = _asking(window, "reload")
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    mine = editor.mind_map.snapshot()
    _their_edit(path)
    qtbot.waitUntil(lambda: window.editor() is not editor, timeout=10000)
    assert asked == [False]
    assert window.editor().mind_map.snapshot() == load_map(path).snapshot()
    kept = [load_map(b).snapshot() for b in backups.list_backups(data, path)]
    assert mine in kept


def test_save_checks_the_disk_even_without_a_watcher_event(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    window.safety.guard.watcher.removePath(str(path))  # a network folder: no events
    asked = _asking(window, "cancel")
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    theirs = _their_edit(path)
    press(editor, Qt.Key.Key_S, M.ControlModifier)
    assert asked == [True]
    assert path.read_text(encoding="utf-8") == theirs and editor.document.modified


def test_a_touched_file_with_the_same_content_is_not_a_change(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    asked = _asking(window, "cancel")
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    later = time.time() + 5
    os.utime(path, (later, later))
    press(editor, Qt.Key.Key_S, M.ControlModifier)
    assert asked == [] and not editor.document.modified


def test_a_map_deleted_on_disk_stays_open_modified_and_save_writes_it_again(
        qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    snapshot = editor.mind_map.snapshot()
    path.unlink()
    qtbot.waitUntil(lambda: editor.document.modified, timeout=10000)
    assert "deleted or moved" in window.statusBar().currentMessage()
    assert window.editor() is editor
    press(editor, Qt.Key.Key_S, M.ControlModifier)
    assert load_map(path).snapshot() == snapshot


# ---------------------------------------------------------------------------- backups
def test_the_first_save_of_a_session_keeps_the_previous_version(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    original = path.read_bytes()
    window, editor = open_window(qtbot, path)
    for node in ("t1", "t2"):
        editor.select(node)
        press(editor, Qt.Key.Key_Delete)
        press(editor, Qt.Key.Key_S, M.ControlModifier)
    copies = backups.list_backups(data, path)
    assert [c.read_bytes() for c in copies] == [original], "one backup: the file as it was"
    assert (copies[0].parent / "source.txt").read_text().strip() == str(path)
    assert copies[0].suffix == ".yaml" and copies[0].parent.parent == data / "backups"


def test_backups_rotate(tmp_path):
    path = tmp_path / "map.yaml"
    for i in range(8):
        path.write_text(f"version {i}\n")
        backups.make_backup(tmp_path / "data", path, keep=3)
    kept = [p.read_text() for p in backups.list_backups(tmp_path / "data", path)]
    assert kept == ["version 7\n", "version 6\n", "version 5\n"]
    assert backups.make_backup(tmp_path / "data", tmp_path / "none.yaml") is None


def test_same_name_in_two_folders_keeps_separate_backups(tmp_path):
    a, b = tmp_path / "a" / "map.yaml", tmp_path / "b" / "map.yaml"
    for path in (a, b):
        path.parent.mkdir()
        path.write_text(str(path))
        backups.make_backup(tmp_path / "data", path)
    assert [p.read_text() for p in backups.list_backups(tmp_path / "data", a)] == [str(a)]
    assert [p.read_text() for p in backups.list_backups(tmp_path / "data", b)] == [str(b)]


# ------------------------------------------------------------------------- lock files
@pytest.fixture
def other_instance():
    """A running process standing in for a second instance of the app."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def _lock_of(path, pid, host=None) -> None:  # noqa: ANN001
    lock_path(path).write_text(f"mindmap-app lock\npid={pid}\nhost={host or this_host()}\n"
                               "user=alice\nsince=2025-03-01 09:30\n", encoding="utf-8")


def test_opening_writes_a_lock_and_closing_removes_it(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, _ = open_window(qtbot, path)
    lock = read_lock(path)
    assert lock.pid == os.getpid() and lock.host == this_host() and lock.mine()
    assert lock_path(path).name == ".~lock.national.yaml#"
    assert window.close_tab(0)
    assert not lock_path(path).exists()


def test_the_same_file_twice_switches_to_its_tab_without_a_warning(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    window.safety.ask_locked = lambda path, lock: pytest.fail("warned about itself")
    window.open_path(folder / "local.yaml")
    assert window.open_path(folder / "national.yaml") is editor
    assert window.tabs.count() == 2 and window.editor() is editor


def test_a_file_open_in_another_instance_warns(qtbot, tmp_path, data, other_instance):
    folder = copy_samples(tmp_path)
    window, _ = open_window(qtbot, folder / "local.yaml")
    path = folder / "national.yaml"
    _lock_of(path, other_instance)
    warned = []
    window.safety.ask_locked = lambda p, lock: warned.append(lock.describe()) or "cancel"
    assert window.open_path(path) is None and window.tabs.count() == 1
    assert warned == [f"alice on {this_host()} (since 2025-03-01 09:30)"]
    window.safety.ask_locked = lambda p, lock: "open"
    assert window.open_path(path) is not None and window.tabs.count() == 2
    assert read_lock(path).mine(), "opening anyway takes the lock"


def test_a_stale_lock_of_a_dead_process_is_ignored(qtbot, tmp_path, data):
    folder = copy_samples(tmp_path)
    window, _ = open_window(qtbot, folder / "local.yaml")
    path = folder / "national.yaml"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _lock_of(path, dead.pid)
    window.safety.ask_locked = lambda p, lock: pytest.fail("a stale lock warned")
    assert window.open_path(path) is not None


def test_a_lock_from_another_computer_cannot_be_checked_so_it_warns(tmp_path):
    path = tmp_path / "map.yaml"
    _lock_of(path, 1, host="other-laptop")
    assert foreign_lock(path).host == "other-laptop"


def test_a_read_only_folder_simply_has_no_lock(tmp_path, monkeypatch):
    monkeypatch.setattr("mindmap_app.safety.locks.atomic_write_bytes",
                        lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied")))
    assert write_lock(tmp_path / "map.yaml") is False
    assert read_lock(tmp_path / "map.yaml") is None


def test_the_maps_inside_the_app_get_no_lock(qtbot, data):
    from mindmap_app.app.main import build_window, sample_map

    window = build_window([])
    qtbot.addWidget(window)
    window.ask_save = lambda document: "discard"
    assert window.editor().document.path == sample_map()
    assert not lock_path(sample_map()).exists()
