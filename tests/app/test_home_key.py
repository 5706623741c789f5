"""Home: back to the central idea from anywhere (selected, in the middle of the view)."""

from __future__ import annotations

import pytest

from tests.app.idea_helpers import K, key, national_window, type_where_focus
from tests.gui_helpers import press


@pytest.fixture
def national(qtbot, tmp_path):
    return national_window(qtbot, tmp_path)


def test_home_brings_the_selection_and_the_view_back_to_the_central_idea(national):
    """Home (Node > Select > Select Central Idea): from an idea far out, the central idea is
    selected and in the middle of the view; while a text is typed, Home stays the caret's."""
    _window, editor = national
    m, view, scene = editor.mind_map, editor.view, editor.scene
    far = max(m.nodes(), key=lambda n: abs(scene.layout_result.centers[n][1]))
    editor.select(far)
    view.centerOn(scene.items_by_id[far])
    root = scene.items_by_id[m.root]
    assert not view.viewport().rect().contains(view.mapFromScene(root.scenePos()))
    press(editor, K.Key_Home)
    assert editor.current() == m.root
    middle = view.viewport().rect().center()
    at = view.mapFromScene(root.scenePos())
    assert abs(at.x() - middle.x()) <= 2 and abs(at.y() - middle.y()) <= 2
    # editing: Home moves the caret, the selection stays
    editor.select(far)
    press(editor, K.Key_F2)
    assert editor.editor.active
    key(editor, K.Key_Home)
    type_where_focus("Note: ")
    key(editor, K.Key_Return)
    assert editor.current() == far and "Note: " in m.text(far)     # (at its line's start)
    assert not m.text(far).endswith("Note: ")
