"""Fault injection: a failure at any step of Save (temp file, write, fsync, replace, backup,
recovery clean-up) leaves the previous file byte for byte, and the app consistent: the map
still open and modified, the error said once and clearly, Save As offered, no temp file left.
"""

from __future__ import annotations

import errno
import os
import tempfile

import pytest
from PySide6.QtCore import Qt

from mindmap_app.io import atomic
from mindmap_app.io.yaml_format import load_map
from mindmap_app.safety import backups, recovery_files, sessions
from tests.gui_helpers import copy_samples, open_window, press

M = Qt.KeyboardModifier

@pytest.fixture
def setup(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MINDMAP_DATA_DIR", str(tmp_path / "data"))
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    window.settings.setValue("autosave/interval_seconds", 3600)
    asked: list[str] = []
    window.safety.ask_save_failed = lambda message: asked.append(message) or "cancel"
    # a first good save: the session's backup of the file is made
    editor.select("t3")
    press(editor, Qt.Key.Key_Delete)
    assert window.save()
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    assert editor.document.modified
    return window, editor, path, asked


def _in(folder):  # noqa: ANN001, ANN202
    return lambda p: os.path.dirname(os.path.abspath(p)) == str(folder)


def _fail(error: int):  # noqa: ANN202
    def fail(*_args, **_kwargs):
        raise OSError(error, os.strerror(error))
    return fail


class _FailingFile:
    """A file object whose write gets halfway, then fails (disk full)."""

    def __init__(self, real, error: int) -> None:  # noqa: ANN001
        self.real, self.error = real, error

    def write(self, data: bytes) -> int:
        self.real.write(data[:len(data) // 2])
        self.real.flush()
        raise OSError(self.error, os.strerror(self.error))

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.real, name)

    def __enter__(self):  # noqa: ANN204
        return self

    def __exit__(self, *exc) -> None:  # noqa: ANN002
        self.real.close()


def _inject(monkeypatch, step: str, folder) -> str:  # noqa: ANN001
    """Make ``step`` of writing a file in ``folder`` fail; returns what the message says."""
    here = _in(folder)
    if step == "create temp file (read-only folder)":
        real = tempfile.mkstemp
        monkeypatch.setattr(atomic.tempfile, "mkstemp", lambda *a, **k: (
            _fail(errno.EACCES)() if here(os.path.join(k["dir"], "x")) else real(*a, **k)))
        return "read-only"
    if step == "write (disk full)":
        real_fdopen = os.fdopen

        def fdopen(fd, *a, **k):  # noqa: ANN001, ANN202
            handle = real_fdopen(fd, *a, **k)
            name = os.readlink(f"/proc/self/fd/{fd}")
            return _FailingFile(handle, errno.ENOSPC) if here(name) else handle
        monkeypatch.setattr(atomic.os, "fdopen", fdopen)
        return "disk is full"
    if step == "fsync (I/O error)":
        real_fsync = os.fsync
        monkeypatch.setattr(atomic.os, "fsync", lambda fd: _fail(errno.EIO)()
                            if here(os.readlink(f"/proc/self/fd/{fd}")) else real_fsync(fd))
        return os.strerror(errno.EIO)
    if step == "replace (permission denied)":
        real_replace = os.replace
        monkeypatch.setattr(atomic.os, "replace", lambda a, b: _fail(errno.EACCES)()
                            if here(b) else real_replace(a, b))
        return "read-only"
    if step == "replace (disk quota)":
        real_replace = os.replace
        monkeypatch.setattr(atomic.os, "replace", lambda a, b: _fail(errno.EDQUOT)()
                            if here(b) else real_replace(a, b))
        return "quota"
    raise AssertionError(step)


STEPS = ("create temp file (read-only folder)", "write (disk full)", "fsync (I/O error)",
         "replace (permission denied)", "replace (disk quota)")


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="finds files by /proc")
@pytest.mark.parametrize("step", STEPS)
def test_a_failed_save_leaves_the_file_and_the_app_as_they_were(setup, monkeypatch, step):
    window, editor, path, asked = setup
    before = path.read_bytes()
    snapshot = editor.mind_map.snapshot()
    says = _inject(monkeypatch, step, path.parent)

    assert not window.save()

    assert path.read_bytes() == before, "the previous file is intact"
    assert window.tabs.count() == 1 and window.editor() is editor, "the map is still open"
    assert editor.document.modified and window.isWindowModified(), "and still modified"
    assert editor.mind_map.snapshot() == snapshot
    assert len(asked) == 1, "the error is shown once"
    assert says in asked[0] and str(path) in asked[0] and "Save As" in asked[0]
    assert "\n" not in asked[0]
    assert sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")) == [], \
        "no temp file is left"
    monkeypatch.undo()  # the disk is fine again: the same map saves normally
    window.safety.ask_save_failed = lambda message: asked.append(message) or "cancel"
    assert window.save()
    assert not editor.document.modified and load_map(path).snapshot() == snapshot
    assert len(asked) == 1


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="finds files by /proc")
def test_save_as_is_offered_and_saves_elsewhere(setup, monkeypatch, tmp_path):
    window, editor, path, asked = setup
    before = path.read_bytes()
    _inject(monkeypatch, "create temp file (read-only folder)", path.parent)
    elsewhere = tmp_path / "elsewhere.yaml"
    window.safety.ask_save_failed = lambda message: asked.append(message) or "save_as"
    monkeypatch.setattr("mindmap_app.app.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(elsewhere), ""))
    assert window.save()
    assert len(asked) == 1
    assert path.read_bytes() == before
    assert editor.document.path == elsewhere and not editor.document.modified
    assert load_map(elsewhere).snapshot() == editor.mind_map.snapshot()


def test_a_failed_directory_fsync_or_chmod_does_not_fail_the_save(setup, monkeypatch):
    window, editor, path, asked = setup
    real_open = os.open
    monkeypatch.setattr(atomic.os, "open", lambda p, flags, *a: _fail(errno.EINVAL)()
                        if os.path.isdir(p) else real_open(p, flags, *a))
    monkeypatch.setattr(atomic.os, "chmod", _fail(errno.EPERM))
    assert window.save()
    assert asked == [] and not editor.document.modified
    assert "t1" not in load_map(path)


def test_a_backup_that_cannot_be_written_does_not_stop_the_save(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MINDMAP_DATA_DIR", str(tmp_path / "data"))
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    window.safety.ask_save_failed = lambda message: pytest.fail(message)
    monkeypatch.setattr("mindmap_app.safety.controller.make_backup", lambda *a, **k: _fail(
        errno.ENOSPC)())
    editor.select("t1")
    press(editor, Qt.Key.Key_Delete)
    assert window.save()
    assert "t1" not in load_map(folder / "national.yaml")
    qtbot.waitUntil(lambda: "no backup" in window.statusBar().currentMessage())
    assert "No space left" in window.statusBar().currentMessage()
    assert backups.list_backups(tmp_path / "data", folder / "national.yaml") == []


def test_a_recovery_file_that_cannot_be_removed_is_obsolete_not_harmful(setup, monkeypatch):
    window, editor, path, asked = setup
    window.safety.autosaver.autosave_now()
    window.safety.autosaver.wait_idle()
    assert recovery_files.list_entries(window.safety.data_dir)
    monkeypatch.setattr("mindmap_app.safety.autosave.remove_entry", _fail(errno.EROFS))
    assert window.save()
    assert not editor.document.modified and asked == []
    # the leftover holds exactly what the file holds: never offered, removed on next start
    from mindmap_app.safety.candidates import find_candidates

    monkeypatch.undo()
    window.safety.autosaver.shutdown()
    sessions.end_session(window.safety.data_dir, window.safety.session)
    candidates, _ = find_candidates(window.safety.data_dir)
    assert candidates == []
    assert recovery_files.list_entries(window.safety.data_dir) == []
