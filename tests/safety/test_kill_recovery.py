"""End to end: the real app (``python -m mindmap_app``), edited through its own actions,
killed with SIGKILL after an autosave, offers the edits on the next start; Recover gives
exactly the edited maps, modified, and the map file on disk was never touched.

The app is started through the test-only entry point :mod:`tests.app_with_script` (it runs a
Python file after start with ``window`` and ``app`` in scope) and keeps its recovery files in
``$MINDMAP_DATA_DIR``.
"""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mindmap_app.io.yaml_format import load_map
from mindmap_app.safety.recovery_files import list_entries, load_entry_map
from mindmap_app.safety.sessions import read_sessions
from tests.conftest import ROOT, SAMPLE_MAPS

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

EDIT_SCRIPT = r'''
import os, pickle
from pathlib import Path

window.settings.setValue("autosave/interval_seconds", 0.3)
editor = window.editor()
editor.select("t1")
window.actions_by_name["delete"].trigger()
editor.select("threats")
window.actions_by_name["add_child"].trigger()
editor.editor.text_item.setPlainText("Councils merge services")
editor.commit_pending_edit()
window.actions_by_name["move_up"].trigger()
editor.select("opportunities")
window.actions_by_name["fold"].trigger()
window.actions_by_name["layout_down"].trigger()

window.actions_by_name["new"].trigger()          # an untitled map is recovered too
untitled = window.editor()
untitled.editor.text_item.setPlainText("Retreat plan")
untitled.commit_pending_edit()
window.actions_by_name["add_child"].trigger()
untitled.editor.text_item.setPlainText("Book the venue")
untitled.commit_pending_edit()

expected = {str(e.document.path): e.mind_map.snapshot() for e in window.editors()}
Path(os.environ["KILL_TEST_OUT"]).write_bytes(pickle.dumps(expected))
'''

RECOVER_SCRIPT = r'''
import os, pickle
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

seen = {}

def look():
    dialog = getattr(window.safety, "recovery_dialog", None)
    if dialog is None or not dialog.isVisible():
        QTimer.singleShot(20, look)
        return
    table = dialog.table
    seen["rows"] = [[table.item(r, c).text() for c in range(table.columnCount())]
                    for r in range(table.rowCount())]
    seen["recover_is_default"] = dialog.recover_button.isDefault()
    QTest.keyClick(dialog, Qt.Key.Key_Return)   # the default button
    report()

def report():
    if getattr(window.safety, "recovery_dialog", None) is not None:
        QTimer.singleShot(20, report)
        return
    seen["tabs"] = [(str(e.document.path), e.document.modified, e.mind_map.snapshot())
                    for e in window.editors()]
    Path(os.environ["KILL_TEST_OUT"]).write_bytes(pickle.dumps(seen))
    app.exit(0)

look()
'''


def _start(tmp_path: Path, script: str, out: Path, *args: str) -> subprocess.Popen:
    script_file = tmp_path / f"script-{out.stem}.py"
    script_file.write_text(script, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "MINDMAP_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "KILL_TEST_OUT": str(out),
           "PYTHONPATH": os.pathsep.join((str(ROOT / "src"), str(ROOT)))}
    return subprocess.Popen([sys.executable, "-m", "tests.app_with_script", str(script_file),
                             *args], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(condition, proc: subprocess.Popen, what: str, timeout: float = 60.0):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the app exited ({proc.returncode}) before {what}:\n{err.decode()}")
        time.sleep(0.05)
    proc.kill()
    _, err = proc.communicate()
    pytest.fail(f"timed out waiting for {what}:\n{err.decode()[-3000:]}")


def _autosaved(data: Path, expected: dict) -> bool:
    entries = list_entries(data)
    if len(entries) != len(expected):
        return False
    for entry in entries:
        snapshot = expected.get(str(entry.source))
        try:
            if snapshot is None or load_entry_map(entry).snapshot() != snapshot:
                return False
        except Exception:  # noqa: BLE001 - a file being replaced right now
            return False
    return True


def test_killed_app_offers_its_autosaved_edits_and_recover_gives_exactly_them(tmp_path):
    map_file = tmp_path / "national.yaml"
    shutil.copy(SAMPLE_MAPS / "national.yaml", map_file)
    original = map_file.read_bytes()
    data = tmp_path / "data"

    # 1. edit through the app's own actions, wait for the autosave, kill -9
    edited = tmp_path / "edited.pickle"
    first = _start(tmp_path, EDIT_SCRIPT, edited, str(map_file))
    _wait_for(edited.exists, first, "the edits")
    time.sleep(0.1)
    expected = pickle.loads(edited.read_bytes())
    assert set(expected) == {str(map_file), "None"}
    _wait_for(lambda: _autosaved(data, expected), first, "the autosave of both maps")
    os.kill(first.pid, signal.SIGKILL)
    first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL
    assert map_file.read_bytes() == original, "autosave never writes the user's file"
    assert read_sessions(data), "a killed app leaves its session marker behind"

    # 2. start again: one dialog offers both maps; Enter (Recover) opens them
    result = tmp_path / "recovered.pickle"
    second = _start(tmp_path, RECOVER_SCRIPT, result, str(map_file))
    _wait_for(result.exists, second, "the recovery")
    second.communicate(timeout=60)
    seen = pickle.loads(result.read_bytes())
    assert seen["recover_is_default"]
    rows = {row[1]: row for row in seen["rows"]}
    assert set(rows) == {"national.yaml", "not saved yet"}
    edited_nodes = len(expected[str(map_file)][1])
    assert rows["national.yaml"][2].endswith(f", {edited_nodes} nodes")
    assert rows["national.yaml"][3].endswith(f", {len(load_map(map_file))} nodes")
    assert rows["not saved yet"][2].endswith("2 nodes")
    assert rows["not saved yet"][3] == "never saved"

    tabs = {path: (modified, snapshot) for path, modified, snapshot in seen["tabs"]}
    assert set(tabs) == {str(map_file), "None"}, "the recovered map replaced the clean tab"
    for path, snapshot in expected.items():
        modified, recovered = tabs[path]
        assert modified, "a recovered map opens modified, so the user saves it"
        assert recovered == snapshot
    assert map_file.read_bytes() == original
    assert {e.source for e in list_entries(data)} == {str(map_file), None}, \
        "the recovery files stay until the maps are saved"

