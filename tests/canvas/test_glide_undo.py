"""Ctrl+Z held down while the map glides: each undo may take away boxes that the last one set
gliding. The glide must let go of them (it moved deleted items before, and the undo failed
half-way with "Internal C++ object already deleted")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mindmap_app.io.yaml_format import dumps_map
from tests.canvas.test_incremental_scene import drawn_as_full_layout
from tests.gui_helpers import copy_samples, open_window, press, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def pause(qtbot) -> None:  # noqa: ANN001
    qtbot.wait(250)                                 # a glide takes 150 ms


def test_undo_after_undo_while_gliding_restores_the_map(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "local.yaml")
    scene, m = editor.scene, editor.mind_map
    scene.animate = True
    top = m.children(m.root)[0]
    # a branch with an idea of two ideas or more below it: folded, unfolded, then one of
    # those moved (its box hangs in a frame inside the branch's)
    inner = next(n for n in m.subtree(m.root) if len(m.children(n)) >= 2 and
                 m.parent(n) not in (None, m.root))
    branch = m.parent(inner)
    editor.select(branch)
    press(editor, K.Key_Space)                      # fold
    pause(qtbot)
    original = dumps_map(m)
    press(editor, K.Key_Space)                      # unfold
    pause(qtbot)
    editor.select(m.children(inner)[0])
    press(editor, K.Key_Down, CTRL)                 # an idea inside moves down one place
    pause(qtbot)
    editor.select(top)
    press(editor, K.Key_Tab)                        # and a new idea elsewhere
    type_text(editor, "new idea")
    press(editor, K.Key_Return)
    pause(qtbot)
    # Ctrl+Z as fast as a held key repeats: the move's undo sets the branch's ideas gliding,
    # the next undo (of the unfold) folds the branch and takes their boxes away mid-glide
    for _ in range(3):
        press(editor, K.Key_Z, CTRL)
    assert dumps_map(m) == original
    assert not any(n in scene.items_by_id for n in m.children(branch))
    pause(qtbot)
    drawn_as_full_layout(editor)
    for _ in range(3):                              # the redos, as fast
        press(editor, K.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    pause(qtbot)
    drawn_as_full_layout(editor)
    assert m.text(m.children(top)[-1]) == "new idea"


def test_a_child_added_to_a_leaf_still_gliding_lands_where_the_layout_puts_it(qtbot,
                                                                              tmp_path):
    """A fast typist: F2 on a leaf, more text, Enter (the ideas around glide for 150 ms), Tab
    at once, a child typed. The leaf gets its first child (and a frame) while it still
    glides: the leaf and its child end where the layout puts them (they stayed ~200 px off
    for good: the frame stood at the glide's half-way place, the box moved inside it)."""
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    scene, m = editor.scene, editor.mind_map
    scene.animate = True
    leaf = "o4"                                     # a leaf on the left: it grows leftwards
    assert not m.children(leaf) and scene.layout_result.sides[leaf] == -1
    editor.select(leaf)
    press(editor, K.Key_F2)
    type_text(editor, " and a much longer text than it had before")
    press(editor, K.Key_Return)
    assert leaf in scene.glide.moves(), "the leaf glides to its new place"
    press(editor, K.Key_Tab)                        # before the glide ends
    type_text(editor, "child")
    press(editor, K.Key_Return)
    qtbot.waitUntil(lambda: not scene.glide.running, timeout=3000)
    assert m.children(leaf)
    drawn_as_full_layout(editor)
