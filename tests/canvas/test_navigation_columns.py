"""Up/Down walk the idea's column (issue 20); Ctrl+Left/Right move an idea to another level.

Real key presses in a real window: Up and Down go to the idea above or below at the same
depth on the same side (siblings first, then the neighbouring branch), never to the parent;
Down then Up comes back wherever Down went, on every sample map and on random maps.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from mindmap_app.app.document import Document
from mindmap_app.app.map_editor import MapEditor
from mindmap_app.model import operations as ops
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, open_window, press
from tests.layout.test_layout import build_map

K = Qt.Key
M = Qt.KeyboardModifier
SAMPLES = sorted(p.name for p in SAMPLE_MAPS.glob("*.yaml"))


@pytest.fixture
def national(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    return open_window(qtbot, folder / "national.yaml")


def _walk_checks(editor) -> int:  # noqa: ANN001
    """From every shown idea: Down, check, Up, check it came back. Returns moves made."""
    m = editor.mind_map
    result = editor.scene.layout_result
    moved = 0
    for node in list(result.centers):
        editor.select(node)
        press(editor, K.Key_Down)
        below = editor.current()
        assert below != m.parent(node), f"Down from {node!r} went to its parent"
        if below == node:
            continue
        moved += 1
        centers = editor.scene.layout_result.centers
        if m.is_root(node):
            assert m.is_root(below)
        else:
            assert m.depth(below) == m.depth(node), (node, below)
            assert result.sides[below] == result.sides[node], (node, below)
        if m.layout != "radial" and m.get(below, "pos") is None and m.get(node, "pos") is None \
                and m.tree_root_of(node) == m.tree_root_of(below):
            assert centers[below][1] > centers[node][1], f"Down from {node!r} went up"
        press(editor, K.Key_Up)
        assert editor.current() == node, f"Down then Up from {node!r} via {below!r}"
    return moved


@pytest.mark.parametrize("name", SAMPLES)
def test_down_then_up_returns_on_every_sample_map(qtbot, tmp_path, name):
    folder = copy_samples(tmp_path)
    _, editor = open_window(qtbot, folder / name)
    assert _walk_checks(editor) > 0


def test_up_from_every_idea_with_a_sibling_above_goes_to_that_sibling(national):
    _, editor = national
    m = editor.mind_map
    sides = editor.scene.layout_result.sides
    checked = 0
    for node in list(editor.scene.layout_result.centers):
        parent = m.parent(node)
        if parent is None:
            continue
        above = [s for s in m.children(parent)[:m.index_of(node)] if sides[s] == sides[node]]
        if not above:
            continue
        editor.select(node)
        press(editor, K.Key_Up)
        assert editor.current() == above[-1], m.text(node)
        checked += 1
    assert checked >= 32        # the issue counted 32 such ideas on the national map


def test_up_from_first_idea_goes_to_last_idea_of_the_branch_above_not_the_parent(qtbot,
                                                                                 tmp_path):
    _, editor = open_window(qtbot, copy_samples(tmp_path) / "breakouts.yaml")
    m = editor.mind_map
    sides = editor.scene.layout_result.sides
    right = [c for c in m.children(m.root) if sides[c] == 1 and m.children(c)]
    assert len(right) >= 2, "the breakouts map has several main branches on its right side"
    upper, lower = right[0], right[1]
    editor.select(m.children(lower)[0])
    press(editor, K.Key_Up)
    assert editor.current() == m.children(upper)[-1]
    press(editor, K.Key_Down)
    assert editor.current() == m.children(lower)[0]
    # the very first idea of a column stays put: Up never climbs to the parent
    editor.select(m.children(upper)[0])
    press(editor, K.Key_Up)
    assert editor.current() == m.children(upper)[0]


@st.composite
def random_maps(draw):
    n = draw(st.integers(2, 28))
    parents = [-1]
    for i in range(1, n):
        if draw(st.integers(0, 14)) == 0:
            parents.append(-1)
        else:
            parents.append(draw(st.integers(max(0, i - 4) if draw(st.booleans()) else 0,
                                            i - 1)))
    fold = draw(st.sets(st.integers(1, n - 1), max_size=2))
    style = draw(st.sampled_from(["right", "left", "balanced", "down"]))
    return parents, sorted(fold), style


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(spec=random_maps())
def test_down_then_up_returns_on_random_maps(qtbot, spec):
    parents, fold, style = spec
    m = build_map(parents, style, folded=fold)
    editor = MapEditor(Document(m))
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.view.setFocus()
    keys = (K.Key_Right, K.Key_Left) if style == "down" else (K.Key_Down, K.Key_Up)
    result = editor.scene.layout_result
    for node in list(result.centers):
        editor.select(node)
        press(editor, keys[0])
        there = editor.current()
        assert there != m.parent(node)
        if there != node:
            assert m.depth(there) == m.depth(node)
        press(editor, keys[1])
        assert editor.current() == node
    editor.close_editor()


# ------------------------------------------------------------------ level moves


def _right_branch_with_children(editor, count: int = 2) -> str:  # noqa: ANN001
    m = editor.mind_map
    sides = editor.scene.layout_result.sides
    return next(c for c in m.children(m.root) if sides[c] == 1 and len(m.children(c)) >= count)


def _left_branch_with_children(editor, count: int = 2) -> str:  # noqa: ANN001
    m = editor.mind_map
    sides = editor.scene.layout_result.sides
    return next(c for c in m.children(m.root) if sides[c] == -1 and len(m.children(c)) >= count)


def test_ctrl_right_moves_into_sibling_above_and_ctrl_left_back_up_a_level(national, tmp_path):
    window, editor = national
    m = editor.mind_map
    branch = _right_branch_with_children(editor, 3)
    first, second, third = m.children(branch)[:3]
    before = m.snapshot()
    editor.select(second)
    press(editor, K.Key_Right, M.ControlModifier)
    assert m.parent(second) == first and m.children(first)[-1] == second
    assert editor.current() == second
    assert m.children(branch)[:2] == [first, third]
    assert editor.document.undo_stack.count() == 1
    press(editor, K.Key_Left, M.ControlModifier)       # up a level: right after its parent
    assert m.parent(second) == branch and m.children(branch)[:3] == [first, second, third]
    press(editor, K.Key_Z, M.ControlModifier)
    press(editor, K.Key_Z, M.ControlModifier)
    assert m.snapshot() == before
    press(editor, K.Key_Y, M.ControlModifier)
    assert m.parent(second) == first
    path = tmp_path / "moved.yaml"
    editor.document.save(path)
    assert Document.open(path).mind_map.parent(second) == first
    assert "Undo Move 1 node into" in window.actions_by_name["undo"].text() or \
        "Move 1 node into" in editor.document.undo_stack.undoText()


def test_ctrl_left_moves_up_a_level_after_its_parent(national):
    _, editor = national
    m = editor.mind_map
    branch = _right_branch_with_children(editor)
    idea = next(c for c in m.children(branch) if m.children(c)) if any(
        m.children(c) for c in m.children(branch)) else None
    if idea is None:           # give an idea a child first, by keyboard
        idea = m.children(branch)[0]
        editor.select(m.children(branch)[1])
        press(editor, K.Key_Right, M.ControlModifier)
    child = m.children(idea)[-1]
    editor.select(child)
    press(editor, K.Key_Left, M.ControlModifier)
    assert m.parent(child) == branch
    assert m.index_of(child) == m.index_of(idea) + 1


def test_keys_are_mirrored_on_the_left_side(national):
    _, editor = national
    m = editor.mind_map
    branch = _left_branch_with_children(editor)
    first, second = m.children(branch)[:2]
    editor.select(second)
    press(editor, K.Key_Left, M.ControlModifier)      # away from the root on the left side
    assert m.parent(second) == first
    press(editor, K.Key_Right, M.ControlModifier)     # towards the root on the left side
    assert m.parent(second) == branch and m.index_of(second) == m.index_of(first) + 1


def _drawn_side(editor, node: str) -> int:  # noqa: ANN001
    """-1 when ``node``'s box stands left of the central idea's, else 1."""
    items = editor.scene.items_by_id
    return -1 if items[node].scenePos().x() < items[editor.mind_map.root].scenePos().x() else 1


def test_a_main_branch_goes_to_the_other_side_and_stays_there(national, tmp_path):
    window, editor = national
    m = editor.mind_map
    assert m.layout == "balanced"
    branch = _right_branch_with_children(editor)
    before = m.snapshot()
    others = {b: _drawn_side(editor, b) for b in m.children(m.root) if b != branch}
    editor.select(branch)
    press(editor, K.Key_Left, M.ControlModifier)    # towards the root: over to the left
    assert m.get(branch, "side") == "left" and _drawn_side(editor, branch) == -1
    assert {b: _drawn_side(editor, b) for b in others} == others, "the others moved too"
    assert editor.current() == branch
    assert "Move 1 node to the Left Side" in editor.document.undo_stack.undoText()
    press(editor, K.Key_Right, M.ControlModifier)   # towards the root on the left: back over
    assert m.get(branch, "side") == "right" and _drawn_side(editor, branch) == 1
    press(editor, K.Key_Left, M.ControlModifier)
    # it stays on its side when a main topic is added before it
    editor.select(m.root)
    press(editor, K.Key_Tab)
    press(editor, K.Key_Escape)
    assert _drawn_side(editor, branch) == -1
    path = tmp_path / "sides.yaml"
    editor.document.save(path)
    assert Document.open(path).mind_map.get(branch, "side") == "left"
    while editor.document.undo_stack.canUndo():
        press(editor, K.Key_Z, M.ControlModifier)
    assert m.snapshot() == before and _drawn_side(editor, branch) == 1


def test_a_main_branch_placed_by_hand_loses_the_placement_when_it_changes_side(national):
    _, editor = national
    m = editor.mind_map
    branch = _right_branch_with_children(editor)
    x, y = m.get(branch, "pos") or (300.0, 40.0)
    editor.document.run(ops.set_pos(branch, (abs(x), y)), "Place")
    editor.select(branch)
    press(editor, K.Key_Left, M.ControlModifier)
    assert m.get(branch, "pos") is None and _drawn_side(editor, branch) == -1


def test_a_main_branch_cannot_move_up_in_the_right_style(national):
    _, editor = national
    m = editor.mind_map
    editor.document.run(ops.set_map_attr("layout", "right"), "Layout")
    branch = m.children(m.root)[0]
    before = m.snapshot()
    editor.select(branch)
    press(editor, K.Key_Left, M.ControlModifier)
    assert m.snapshot() == before and editor.document.undo_stack.count() == 1


def test_first_idea_moves_into_the_one_below(national):
    _, editor = national
    m = editor.mind_map
    branch = _right_branch_with_children(editor)
    first, second = m.children(branch)[:2]
    editor.select(first)
    press(editor, K.Key_Right, M.ControlModifier)
    assert m.parent(first) == second


@settings(max_examples=300, deadline=None)
@given(spec=random_maps())
def test_the_walk_agrees_with_the_whole_column(spec):
    """The quick walk out from a node finds the same neighbours as listing its column."""
    from mindmap_app.canvas.navigation import column, column_neighbour
    from mindmap_app.layout import compute_layout

    parents, fold, style = spec
    m = build_map(parents, style, folded=fold)
    result = compute_layout(m, {})
    for node in result.centers:
        nodes = column(m, result, node)
        i = nodes.index(node)
        assert column_neighbour(m, result, node, 1) == (nodes[i + 1] if i + 1 < len(nodes)
                                                        else None)
        assert column_neighbour(m, result, node, -1) == (nodes[i - 1] if i > 0 else None)
