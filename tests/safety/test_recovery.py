"""Crash recovery: recovery files and session markers (pure), which maps are offered, the
dialog (Recover is the default; Discard; Later), and what each choice does in the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import operations as ops
from mindmap_app.safety import recovery_files as store
from mindmap_app.safety import sessions
from mindmap_app.safety.candidates import Candidate, find_candidates, when
from mindmap_app.safety.recovery_dialog import RecoveryDialog
from tests.app.german_fixtures import german  # noqa: F401 - a fixture
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, open_window


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _crashed_session(data, name: str = "crashed") -> str:  # noqa: ANN001
    """A marker left behind by a window whose process is gone."""
    folder = data / sessions.SESSIONS
    folder.mkdir(parents=True, exist_ok=True)
    info = {"pid": _dead_pid(), "host": sessions.this_host(), "started": time.time() - 60}
    (folder / f"{name}.json").write_text(json.dumps(info), encoding="utf-8")
    return name


def _edited(path, text: str = "Changed in the crashed session"):  # noqa: ANN001, ANN202
    mind_map = load_map(path)
    mind_map.apply(ops.set_text("t1", text))
    mind_map.apply(ops.delete_subtree(mind_map, "t2"))
    return mind_map


def _entry(data, doc, mind_map, source, session="crashed", saved_at=None):  # noqa: ANN001, ANN202
    header = {"doc": doc, "source": str(source) if source else None, "title": mind_map.title,
              "session": session, "saved_at": saved_at or time.time()}
    return store.write_entry(data, header, mind_map)


# ------------------------------------------------------------------------- files (pure)
def test_a_recovery_file_is_a_map_file_with_a_one_line_header(tmp_path):
    mind_map = load_map(SAMPLE_MAPS / "national.yaml")
    title = 'Odd "title"\nwith a line break, ünïcode and a # sign'
    path = store.write_entry(tmp_path, {"doc": "abc-1", "source": None, "title": title,
                                        "session": "s", "saved_at": 12.5}, mind_map)
    first, second = path.read_text(encoding="utf-8").split("\n")[:2]
    assert first.startswith("# mindmap-recovery/1 {") and second == "format: mindmap/1"
    entry = store.read_entry(path)
    assert (entry.doc, entry.title, entry.source, entry.saved_at, entry.nodes) == (
        "abc-1", title, None, 12.5, len(mind_map))
    assert load_map(path).snapshot() == mind_map.snapshot(), "it opens like any map"
    assert store.read_entry(SAMPLE_MAPS / "national.yaml") is None


def test_bad_document_ids_never_become_paths(tmp_path):
    for doc in ("", "../x", "a/b", "a.b"):
        with pytest.raises(ValueError):
            store.entry_path(tmp_path, doc)


def test_adopting_an_entry_changes_only_its_session(tmp_path):
    mind_map = load_map(SAMPLE_MAPS / "national.yaml")
    path = _entry(tmp_path, "d1", mind_map, None, session="old", saved_at=99.0)
    adopted = store.adopt_entry(store.read_entry(path), "new")
    again = store.read_entry(path)
    assert adopted == again and again.session == "new" and again.saved_at == 99.0
    assert load_map(path).snapshot() == mind_map.snapshot()


def test_sessions_tell_a_running_window_from_a_crashed_one(tmp_path):
    sessions.start_session(tmp_path, "mine")
    _crashed_session(tmp_path, "gone")
    live, dead = sessions.split_sessions(tmp_path)
    assert "mine" in live and dead == {"gone"}
    sessions.end_session(tmp_path, "mine")
    assert "mine" not in sessions.read_sessions(tmp_path)


def test_a_reused_pid_is_not_taken_for_the_old_process():
    start = sessions.process_start(os.getpid())
    if start is None:
        pytest.skip("no /proc here")
    assert sessions.pid_alive(os.getpid(), start)
    assert not sessions.pid_alive(os.getpid(), start + 1)
    assert not sessions.pid_alive(_dead_pid())


# --------------------------------------------------------------------- what is offered
def test_offered_maps_changed_untitled_and_missing_but_not_identical_or_running(tmp_path):
    data = tmp_path / "data"
    folder = copy_samples(tmp_path)
    crashed = _crashed_session(data)
    sessions.start_session(data, "running")
    _entry(data, "changed", _edited(folder / "national.yaml"), folder / "national.yaml")
    _entry(data, "same", load_map(folder / "local.yaml"), folder / "local.yaml")
    _entry(data, "untitled", load_map(folder / "personal.yaml"), None)
    _entry(data, "missing", load_map(folder / "breakouts.yaml"), tmp_path / "gone.yaml")
    _entry(data, "running", _edited(folder / "national.yaml"), folder / "national.yaml",
           session="running")
    candidates, dead = find_candidates(data)
    assert dead == {crashed}
    by_doc = {c.entry.doc: c for c in candidates}
    assert set(by_doc) == {"changed", "untitled", "missing"}
    assert by_doc["changed"].file_state == "ok"
    assert by_doc["changed"].file_nodes == len(load_map(folder / "national.yaml"))
    assert by_doc["untitled"].file_state == "untitled"
    assert by_doc["missing"].file_state == "missing"
    assert not (data / "recovery" / "same.yaml").exists(), "identical to its file: removed"
    assert (data / "recovery" / "running.yaml").exists()


def test_the_dialog_shows_time_and_nodes_of_both_sides(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    mind_map = _edited(folder / "national.yaml")
    entry = store.read_entry(_entry(tmp_path, "d", mind_map, folder / "national.yaml",
                                    saved_at=time.time() - 3600))
    candidate = Candidate(entry, mind_map, file_time=time.time(), file_nodes=40,
                          file_state="ok")
    untitled = Candidate(entry.__class__(entry.path, "u", None, "Retreat", "s", time.time(), 2),
                         load_map(folder / "personal.yaml"))
    dialog = RecoveryDialog([candidate, untitled], crashed=True)
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows[0][:2] == [mind_map.title, "national.yaml"]
    assert rows[0][2] == f"{when(entry.saved_at)}, {len(mind_map)} nodes"
    assert rows[0][3].endswith(", 40 nodes (newer: changed after the crash)")
    assert rows[1][1:] == ["not saved yet", f"{when(untitled.entry.saved_at)}, "
                           f"{len(untitled.mind_map)} nodes", "never saved"]
    assert "did not close properly" in dialog.intro.text()
    assert dialog.recover_button.isDefault()


@pytest.mark.usefixtures("german")
def test_the_dialog_speaks_german(qtbot, tmp_path):
    """Every text of the dialog is in the interface's language: the table's headers and cells
    (filled in by the code) as well as its title, intro and buttons."""
    folder = copy_samples(tmp_path)
    mind_map = _edited(folder / "national.yaml")
    entry = store.read_entry(_entry(tmp_path, "d", mind_map, folder / "national.yaml"))
    missing = Candidate(entry, mind_map, file_state="missing")
    unreadable = Candidate(entry, mind_map, file_time=time.time(), file_state="ok")
    untitled = Candidate(entry.__class__(entry.path, "u", None, "Retreat", "s", time.time(), 1),
                         load_map(folder / "personal.yaml"))
    dialog = RecoveryDialog([missing, unreadable, untitled], crashed=True)
    qtbot.addWidget(dialog)
    dialog.show()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Karte", "Datei", "Ungespeicherte Änderungen", "Datei auf der Festplatte"]
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(3)]
    assert rows[0][2].endswith(f", {len(mind_map)} Knoten")
    assert rows[0][3] == "fehlt (gelöscht oder verschoben)"
    assert rows[1][3].endswith(", nicht lesbar (neuer: nach dem Absturz geändert)")
    assert rows[2][1:] == ["noch nicht gespeichert", f"{when(untitled.entry.saved_at)}, "
                           f"{len(untitled.mind_map)} Knoten", "nie gespeichert"]
    assert dialog.intro.text().startswith("Mindmap wurde beim letzten Mal nicht")
    assert "Diese Maps haben Änderungen" in dialog.intro.text()
    assert dialog.windowTitle() != "Recover unsaved maps"
    assert dialog.recover_button.text() != "&Recover"


def _dialog_result(qtbot, tmp_path, action):  # noqa: ANN001, ANN202
    folder = copy_samples(tmp_path)
    mind_map = _edited(folder / "national.yaml")
    entry = store.read_entry(_entry(tmp_path, "d", mind_map, folder / "national.yaml"))
    others = [Candidate(entry, mind_map), Candidate(entry, mind_map)]
    dialog = RecoveryDialog(others, crashed=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    action(dialog)
    return dialog


def test_enter_recovers_all_checked_maps(qtbot, tmp_path):
    dialog = _dialog_result(qtbot, tmp_path, lambda d: QTest.keyClick(d, Qt.Key.Key_Return))
    assert dialog.choice == "recover" and len(dialog.chosen()) == 2


def test_escape_is_later_and_an_unchecked_map_is_left_out(qtbot, tmp_path):
    def act(dialog):  # noqa: ANN001, ANN202
        dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog = _dialog_result(qtbot, tmp_path, act)
    assert dialog.choice == "later" and dialog.chosen() == dialog.candidates[:1]


def test_discard_button(qtbot, tmp_path):
    dialog = _dialog_result(qtbot, tmp_path, lambda d: d.discard_button.click())
    assert dialog.choice == "discard"


# ------------------------------------------------------------------------ in the window
@pytest.fixture
def crashed(tmp_path, monkeypatch):
    """A data folder where a crashed session left an edited national.yaml and an untitled
    map; the maps folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("MINDMAP_DATA_DIR", str(data))
    folder = copy_samples(tmp_path)
    _crashed_session(data)
    edited = _edited(folder / "national.yaml")
    _entry(data, "nat", edited, folder / "national.yaml")
    untitled = load_map(folder / "personal.yaml")
    untitled.apply(ops.set_map_attr("title", "Retreat plan"))
    _entry(data, "new", untitled, None)
    return data, folder, {"nat": edited, "new": untitled}


def _answer(window, choice, pick=None):  # noqa: ANN001, ANN202
    asked = []

    def ask(candidates, was_crash):  # noqa: ANN001, ANN202
        asked.append((sorted(c.entry.doc for c in candidates), was_crash))
        return choice, [c for c in candidates if pick is None or c.entry.doc in pick]
    window.safety.ask_recovery = ask
    return asked


def test_recover_opens_the_maps_modified_and_saving_clears_their_recovery(qtbot, crashed):
    data, folder, maps = crashed
    window, editor = open_window(qtbot, folder / "national.yaml")
    asked = _answer(window, "recover")
    window.safety.offer_recovery()
    assert asked == [(["nat", "new"], True)]
    docs = {str(e.document.path): e for e in window.editors()}
    assert set(docs) == {str(folder / "national.yaml"), "None"}, \
        "the recovered map replaced the clean tab of the same file"
    for key, path in (("nat", str(folder / "national.yaml")), ("new", "None")):
        assert docs[path].document.modified
        assert docs[path].mind_map.snapshot() == maps[key].snapshot()
    assert not sessions.read_sessions(data).get("crashed"), "the crash is dealt with"
    assert {e.session for e in store.list_entries(data)} == {window.safety.session}, \
        "a second window starting now does not offer them again"
    assert window.tabs.tabText(window.tabs.indexOf(docs["None"])).endswith("*")
    window.tabs.setCurrentWidget(docs[str(folder / "national.yaml")])
    assert window.save()
    assert load_map(folder / "national.yaml").snapshot() == maps["nat"].snapshot()
    assert [e.doc for e in store.list_entries(data)] == ["new"]
    window.safety.offer_recovery()
    assert len(asked) == 1, "nothing offered twice"


def test_discard_removes_the_recovery_files(qtbot, crashed):
    data, folder, _ = crashed
    window, editor = open_window(qtbot, folder / "national.yaml")
    _answer(window, "discard")
    window.safety.offer_recovery()
    assert store.list_entries(data) == []
    assert window.tabs.count() == 1 and not editor.document.modified


def test_later_keeps_them_for_the_next_start(qtbot, crashed):
    data, folder, maps = crashed
    window, _ = open_window(qtbot, folder / "national.yaml")
    _answer(window, "later")
    window.safety.offer_recovery()
    assert window.tabs.count() == 1
    assert window.close()
    second, _ = open_window(qtbot, folder / "local.yaml")
    asked = _answer(second, "recover", pick={"new"})
    second.safety.offer_recovery()
    assert asked == [(["nat", "new"], False)], "offered again, no crash this time"
    assert sorted(e.doc for e in store.list_entries(data)) == ["nat", "new"]
    assert second.editor().mind_map.snapshot() == maps["new"].snapshot()


def test_maps_of_a_window_still_running_are_not_offered(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MINDMAP_DATA_DIR", str(tmp_path / "data"))
    folder = copy_samples(tmp_path)
    first, editor = open_window(qtbot, folder / "national.yaml")
    first.settings.setValue("autosave/interval_seconds", 0.05)
    editor.select("t1")
    first.actions_by_name["delete"].trigger()
    qtbot.waitUntil(lambda: bool(store.list_entries(tmp_path / "data")), timeout=20000)
    second, _ = open_window(qtbot, folder / "local.yaml")
    asked = _answer(second, "recover")
    second.safety.offer_recovery()
    assert asked == []


def test_a_recovered_map_whose_file_is_gone_saves_it_again(qtbot, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("MINDMAP_DATA_DIR", str(data))
    folder = copy_samples(tmp_path)
    _crashed_session(data)
    gone = tmp_path / "gone.yaml"
    mind_map = load_map(folder / "local.yaml")
    _entry(data, "g", mind_map, gone)
    window, _ = open_window(qtbot, folder / "national.yaml")
    _answer(window, "recover")
    window.safety.offer_recovery()
    editor = window.editor()
    assert editor.document.path == gone and editor.document.modified
    assert window.save()
    assert load_map(gone).snapshot() == mind_map.snapshot()
    assert store.list_entries(data) == []
