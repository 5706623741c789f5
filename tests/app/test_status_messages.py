"""The status bar's passing message never contradicts what stands beside it: the find bar
counts its matches itself (a "2 of 9" stayed in the status bar while the bar said "No
match"), and a voting round's permanent counter is the only count of its dots ("Voting: 0
dots placed, 36 left" stayed beside "4 dots placed, 32 left")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.app.test_facilitation_gui import active_form, back_to_map
from tests.gui_helpers import copy_samples, open_window, press

K, M = Qt.Key, Qt.KeyboardModifier


def test_find_counts_in_its_bar_only(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    press(editor, K.Key_F, M.ControlModifier)
    bar = window.find_bar
    QTest.keyClicks(bar.field, "the")
    QTest.keyClick(bar.field, K.Key_F3)
    QTest.keyClick(bar.field, K.Key_F3)
    assert " of " in bar.count.text()
    status = window.statusBar()
    assert status.currentMessage() == ""
    QTest.keyClicks(bar.field, "xyzzy")
    assert bar.count.text() == "No match"
    assert status.currentMessage() == ""
    QTest.keyClick(bar.field, K.Key_Escape)
    assert not bar.isVisible() and status.currentMessage() == ""


def test_a_voting_round_is_counted_by_its_counter_alone(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    editor.select(editor.mind_map.children("threats")[0])
    press(editor, K.Key_V, M.ControlModifier | M.AltModifier)
    form = active_form(qtbot)
    QTest.keyClick(form.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: window.facilitation.counter.isVisible(), timeout=5000)
    back_to_map(qtbot, editor)
    press(editor, K.Key_Equal, M.AltModifier)
    counter = window.facilitation.counter.text()
    assert "1 dot" in counter
    assert "dots placed" not in window.statusBar().currentMessage()
