"""The workshop actions in the window, driven by real keys and clicks, checked against the
model, undo/redo and save/reload."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import facilitation_ops as fops
from tests.gui_helpers import copy_samples, node_view_point, open_window, press

K = Qt.Key
M = Qt.KeyboardModifier
CTRL, SHIFT, ALT = M.ControlModifier, M.ShiftModifier, M.AltModifier


@pytest.fixture
def window_editor(qtbot, tmp_path):  # noqa: ANN001, ANN201
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    editor.document.path = tmp_path / "national.yaml"   # a saveable copy, not the template
    return window, editor


def select(editor, *nodes: str) -> None:  # noqa: ANN001
    """Click the first node, Ctrl+click the others (real mouse clicks)."""
    viewport = editor.view.viewport()
    for i, node in enumerate(nodes):
        editor.view.ensure_node_visible(node)
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, CTRL if i else M.NoModifier,
                         node_view_point(editor, node))
    assert editor.selected() and set(editor.selected()) == set(nodes)
    editor.view.setFocus()


def undo(editor) -> None:  # noqa: ANN001
    press(editor, K.Key_Z, CTRL)


def redo(editor) -> None:  # noqa: ANN001
    press(editor, K.Key_Z, CTRL | SHIFT)


def save_and_reload(window, editor) -> object:  # noqa: ANN001, ANN201
    press(editor, K.Key_S, CTRL)
    assert not editor.document.modified, window.errors
    return load_map(editor.document.path)


def back_to_map(qtbot, editor) -> None:  # noqa: ANN001
    """After a form closes the map has the keyboard again."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view, timeout=3000)


def active_form(qtbot):  # noqa: ANN001, ANN201
    """The form just opened, once it has the keyboard (as it has for a user)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    form = QApplication.activeModalWidget()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and
                    QApplication.focusWidget().window() is form, timeout=3000)
    return form


# ------------------------------------------------------------------------------- votes
def test_alt_equal_and_alt_minus_add_and_remove_a_vote_one_step_each(window_editor):
    window, editor = window_editor
    m = editor.mind_map
    first = m.children("threats")[0]
    select(editor, first)
    press(editor, K.Key_Equal, ALT)
    press(editor, K.Key_Equal, ALT)
    assert m.get(first, "votes") == 2
    assert editor.scene.items_by_id[first].look.votes == 2     # the dots are drawn
    press(editor, K.Key_Minus, ALT)
    assert m.get(first, "votes") == 1
    undo(editor)
    assert m.get(first, "votes") == 2
    undo(editor)
    assert m.get(first, "votes") == 1
    redo(editor)
    assert m.get(first, "votes") == 2
    assert save_and_reload(window, editor).get(first, "votes") == 2


def test_a_voting_round_with_a_budget_clicks_keys_hidden_tallies_and_its_record(
        window_editor, qtbot):
    window, editor = window_editor
    m = editor.mind_map
    a, b = m.children("threats")[:2]
    select(editor, a)
    press(editor, K.Key_V, CTRL | ALT)                      # Start Voting...
    form = active_form(qtbot)
    assert form.focusWidget() is form.dots
    QTest.keyClick(form.dots, K.Key_A, CTRL)
    QTest.keyClicks(form.dots, "2")                          # 2 dots each
    form.people.setFocus()
    QTest.keyClick(form.people, K.Key_A, CTRL)
    QTest.keyClicks(form.people, "2")                        # 2 people: 4 dots
    QTest.mouseClick(form.hidden, Qt.MouseButton.LeftButton)
    QTest.keyClick(form.people, K.Key_Return)
    qtbot.waitUntil(lambda: window.facilitation.counter.isVisible())
    back_to_map(qtbot, editor)
    voting = window.facilitation._bound_voting
    assert voting.running and voting.round.budget.total == 4
    assert editor.scene.votes_hidden
    viewport = editor.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, M.NoModifier,
                     node_view_point(editor, b))            # a click is a dot
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, M.NoModifier,
                     node_view_point(editor, b))
    assert m.get(b, "votes") == 2
    assert editor.scene.items_by_id[b].look.votes == 0      # tally hidden from the room
    assert window.facilitation.counter.text() == "Voting: 2 dots placed, 2 left"
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, SHIFT,
                     node_view_point(editor, b))            # Shift+click takes one back
    assert m.get(b, "votes") == 1
    assert editor.selected() == [a]                          # clicks placed dots only
    for _ in range(4):                                       # only 3 dots are left
        press(editor, K.Key_Equal, ALT)
    assert m.get(a, "votes") == 3
    assert window.facilitation.counter.text() == "Voting: 4 dots placed, 0 left"
    assert "All 4 dots are placed" in window.statusBar().currentMessage()
    undo(editor)                                             # undo gives a dot back
    assert window.facilitation.counter.text() == "Voting: 3 dots placed, 1 left"
    redo(editor)
    press(editor, K.Key_R, CTRL | ALT)                       # reveal
    assert editor.scene.items_by_id[b].look.votes == 1
    press(editor, K.Key_V, CTRL | ALT)                       # End Voting
    assert not voting.running and not window.facilitation.counter.isVisible()
    assert len(m.voting_rounds) == 1
    record = m.voting_rounds[0]
    assert (record["dots"], record["people"], record["placed"]) == (2, 2, 4)
    undo(editor)
    assert m.voting_rounds == ()
    redo(editor)
    again = save_and_reload(window, editor)
    assert again.voting_rounds == m.voting_rounds
    assert (again.get(a, "votes"), again.get(b, "votes")) == (3, 1)
    assert editor.document.path.read_text(encoding="utf-8").startswith("format: mindmap/2")


def test_sort_by_votes_and_highlight_top(window_editor, qtbot):
    window, editor = window_editor
    m = editor.mind_map
    kids = m.children("threats")
    for node, votes in ((kids[3], 3), (kids[5], 5), (kids[7], 1)):
        select(editor, node)
        for _ in range(votes):
            press(editor, K.Key_Equal, ALT)
    select(editor, "threats")
    press(editor, K.Key_S, CTRL | ALT)
    assert m.children("threats")[:3] == [kids[5], kids[3], kids[7]]
    undo(editor)
    assert m.children("threats") == kids
    redo(editor)
    assert save_and_reload(window, editor).children("threats")[:3] == [kids[5], kids[3],
                                                                        kids[7]]
    press(editor, K.Key_H, CTRL | ALT)                       # Highlight Top Ideas...
    form = active_form(qtbot)
    QTest.keyClick(form.count, K.Key_A, CTRL)
    QTest.keyClicks(form.count, "2")
    QTest.keyClick(form.count, K.Key_Return)
    back_to_map(qtbot, editor)
    highlighted = {n for n, i in editor.scene.items_by_id.items() if i.highlighted}
    assert highlighted == {kids[5], kids[3]}
    assert not editor.document.undo_stack.canRedo() and m.get(kids[5], "votes") == 5
    press(editor, K.Key_H, CTRL | ALT)                       # again: cleared
    assert not any(i.highlighted for i in editor.scene.items_by_id.values())
