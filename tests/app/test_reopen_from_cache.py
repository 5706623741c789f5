"""A big map opened again (issue 12): the window reads the map from its cache entry and takes
its labels' sizes kept from the last open, so it parses no YAML and measures no label, and it
draws the map exactly as the first open did. After a save, a background process reads the new
file, so the open that follows reads its entry too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mindmap_app.app import cache_warmer, main_window
from mindmap_app.canvas import deferred_items, node_item, text_sizes
from mindmap_app.io import map_cache, yaml_format
from tests.app.test_items_in_view import tall_map_file
from tests.conftest import count_calls
from tests.gui_helpers import copy_samples, open_window, press, type_text

K = Qt.Key


@pytest.fixture
def counted(monkeypatch, tmp_path):
    """A fresh cache folder; counts the YAML documents parsed and the labels Qt measures."""
    monkeypatch.setenv("MINDMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(deferred_items, "STEP_SECONDS", 0.0)
    text_sizes.forget()
    node_item._KEPT.clear()     # boxes an earlier test dropped (their measures are kept)
    parsed = count_calls(monkeypatch, yaml_format, "_read_document")
    measured = count_calls(monkeypatch, node_item, "_measure")
    yield Counts(parsed, measured)
    text_sizes.forget()


class Counts:
    """The YAML documents parsed and the labels measured so far."""

    def __init__(self, parsed: list[int], measured: list[int]) -> None:
        self._parsed, self._measured = parsed, measured

    def __getitem__(self, name: str) -> int:
        return (self._parsed if name == "parsed" else self._measured)[0]


def drawn(qtbot, editor) -> tuple:  # noqa: ANN001
    """What the window shows of the map: the view's pixels once every item is made, each
    box's size and place."""
    scene = editor.scene
    qtbot.waitUntil(lambda: not scene.pending, timeout=20000)
    editor.view.viewport().repaint()
    boxes = {node: (tuple(item.geometry.size), item.pos().x(), item.pos().y())
             for node, item in scene.items_by_id.items()}
    return editor.view.viewport().grab().toImage(), boxes


def reopen(qtbot, window, path):  # noqa: ANN001, ANN201
    """Close the window and open ``path`` in a new one, as the next start of the app does
    (nothing measured in memory)."""
    assert window.close()
    text_sizes.forget()
    node_item._KEPT.clear()
    return open_window(qtbot, path)


def test_a_big_map_opened_again_parses_no_yaml_measures_no_label_and_looks_the_same(
        qtbot, tmp_path, counted):
    path = tall_map_file(copy_samples(tmp_path))
    window, editor = open_window(qtbot, path)
    assert counted["parsed"] == 1
    assert counted["measured"] > 2000
    image, boxes = drawn(qtbot, editor)
    sizes_entry = text_sizes._entry(path)
    qtbot.waitUntil(sizes_entry.exists, timeout=5000)    # kept once the map is drawn
    assert map_cache.entry_path("maps", path.read_bytes()).exists()
    measured = counted["measured"]

    window, editor = reopen(qtbot, window, path)
    assert counted["parsed"] == 1, "the map was parsed again"
    assert counted["measured"] == measured, "labels were measured again"
    image_again, boxes_again = drawn(qtbot, editor)
    assert boxes_again == boxes
    assert image_again == image
    window.close()


def test_the_map_is_kept_only_after_it_is_drawn_and_not_once_it_was_edited(
        qtbot, tmp_path, counted, monkeypatch):
    monkeypatch.setattr(main_window, "KEEP_SIZES_AFTER_MS", 1500)
    path = tall_map_file(copy_samples(tmp_path))
    entry = map_cache.entry_path("maps", path.read_bytes())
    window, editor = open_window(qtbot, path)
    editor.view.viewport().repaint()     # drawn
    assert not entry.exists(), "the first paint waited for the map's cache entry"
    editor.select("b3-5")
    press(editor, K.Key_Tab)            # an idea added before the map was kept
    type_text(editor, "Unsaved idea")
    press(editor, K.Key_Return)
    qtbot.waitUntil(text_sizes._entry(path).exists, timeout=5000)   # the keeping ran
    assert not entry.exists(), "an edited map was kept as the file's"
    assert counted["parsed"] == 1

    window, editor = reopen(qtbot, window, path)
    assert counted["parsed"] == 2, "the file was not read again"
    assert editor.mind_map.find("Unsaved idea") == []
    qtbot.waitUntil(entry.exists, timeout=5000)     # unedited this time: kept
    window, editor = reopen(qtbot, window, path)
    assert counted["parsed"] == 2
    window.close()


def test_after_saving_a_big_map_the_next_open_reads_the_saved_file_from_the_cache(
        qtbot, tmp_path, counted, monkeypatch):
    monkeypatch.setattr(cache_warmer, "WARM_MIN_BYTES", 0)     # the test map is 100 KB
    path = tall_map_file(copy_samples(tmp_path))
    window, editor = open_window(qtbot, path)
    editor.select("b3-5")
    press(editor, K.Key_Tab)            # a new idea under it, typed in
    type_text(editor, "Fresh idea from the room")
    press(editor, K.Key_Return)
    QTest.keyClick(editor.view, K.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.document.modified
    saved = path.read_bytes()
    assert b"Fresh idea from the room" in saved
    # the background process reads the new file and makes its entry
    qtbot.waitUntil(map_cache.entry_path("maps", saved).exists, timeout=60000)
    qtbot.waitUntil(text_sizes._entry(path).exists, timeout=5000)
    parsed = counted["parsed"]

    window, editor = reopen(qtbot, window, path)
    assert counted["parsed"] == parsed, "the saved map was parsed again"
    m = editor.mind_map
    (fresh,) = m.find("Fresh idea from the room")
    assert m.parent(fresh) == "b3-5"
    assert yaml_format.dumps_map(m).encode("utf-8") == saved
    window.close()


def test_saves_in_a_row_start_one_reader_at_a_time(qtbot, tmp_path, counted, monkeypatch):
    monkeypatch.setattr(cache_warmer, "WARM_MIN_BYTES", 0)
    monkeypatch.setattr(cache_warmer, "RETRY_MS", 50)
    started = []
    real = cache_warmer.subprocess.Popen

    def popen(command, **kwargs):  # noqa: ANN001, ANN202 - the reader, half a second late
        started.append(command[-1])
        return real(["sh", "-c", 'sleep 0.5; exec "$@"', "sh", *command], **kwargs)

    monkeypatch.setattr(cache_warmer.subprocess, "Popen", popen)
    path = tall_map_file(copy_samples(tmp_path))
    window, editor = open_window(qtbot, path)
    for text in ("one", "two", "three"):
        editor.select("b1-1")
        press(editor, K.Key_F2)
        type_text(editor, f" {text}")
        press(editor, K.Key_Return)
        QTest.keyClick(editor.view, K.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(started) == 1, "a reader per save"
    # the last save is read once the first reader is done
    saved = path.read_bytes()
    assert b"Idea 1.1 one two three" in saved
    qtbot.waitUntil(lambda: not cache_warmer._waiting and all(
        reader.poll() is not None for reader in cache_warmer._running.values()),
        timeout=60000)
    assert map_cache.entry_path("maps", saved).exists()
    assert len(started) == 2
    window.close()


def test_small_maps_keep_no_sizes_and_start_no_process(qtbot, tmp_path, counted, monkeypatch):
    started = []
    monkeypatch.setattr(cache_warmer.subprocess, "Popen", lambda *a, **k: started.append(1))
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    assert editor.scene.idea_count() < main_window.KEEP_SIZES_FROM
    QTest.keyClick(editor.view, K.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(main_window.KEEP_SIZES_AFTER_MS + 200)
    assert not editor.document.modified
    assert started == []
    assert not (tmp_path / "cache" / "text").exists()
    window.close()
