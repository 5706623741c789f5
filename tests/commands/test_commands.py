"""Undo commands on a real QUndoStack: applied once on push, undone by the inverse edit, redone
by the edit; typing into a new node and consecutive moves merge into one step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from mindmap_app.commands import AddNodeCommand, EditTextCommand, MapCommand, MoveCommand
from mindmap_app.model import MindMap, check_invariants
from mindmap_app.model import operations as ops


@pytest.fixture
def stack(qapp) -> QUndoStack:  # noqa: ANN001
    return QUndoStack()


def run(stack: QUndoStack, mind_map: MindMap, edit, command_cls=MapCommand, text="Step",  # noqa: ANN001
        **extra) -> None:
    """What Document.run does: apply first, then push (whose first redo is a no-op)."""
    inverse = mind_map.apply(edit)
    stack.push(command_cls(mind_map, edit, inverse, text, **extra))


def a_map() -> MindMap:
    m = MindMap("T", "Root", root_id="r")
    m.apply(ops.add_child(m, "r", "A", node_id="a"))
    m.apply(ops.add_child(m, "r", "B", node_id="b"))
    return m


def test_push_applies_once_undo_and_redo_go_back_and_forth(stack: QUndoStack) -> None:
    m = a_map()
    before = m.snapshot()
    run(stack, m, ops.add_child(m, "a", "new", node_id="c"), text="Add Child")
    after = m.snapshot()
    assert m.children("a") == ["c"] and stack.count() == 1
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    assert m.snapshot() == after
    check_invariants(m)
    assert stack.undoText() == "Add Child"


def test_typing_into_a_new_node_is_one_step_with_adding_it(stack: QUndoStack) -> None:
    m = a_map()
    before = m.snapshot()
    run(stack, m, ops.add_child(m, "a", "", node_id="c"), AddNodeCommand, "Add Child",
        node="c")
    run(stack, m, ops.set_text("c", "Councils merge"), EditTextCommand, "Edit Text", node="c",
        after_add=True)
    assert stack.count() == 1 and m.text("c") == "Councils merge"
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    assert m.text("c") == "Councils merge"
    # a later edit of the same node is a step of its own
    run(stack, m, ops.set_text("c", "Later"), EditTextCommand, "Edit Text", node="c")
    assert stack.count() == 2
    stack.undo()
    assert m.text("c") == "Councils merge"


def test_moves_of_the_same_nodes_merge_and_undo_to_before_the_first(stack: QUndoStack) -> None:
    m = a_map()
    for x in (10.0, 20.0, 30.0):
        run(stack, m, ops.set_pos("a", (x, 5.0)), MoveCommand, "Move", nodes=frozenset({"a"}))
    assert stack.count() == 1 and m.get("a", "pos") == (30.0, 5.0)
    run(stack, m, ops.set_pos("b", (1.0, 1.0)), MoveCommand, "Move", nodes=frozenset({"b"}))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert m.get("a", "pos") is None and m.get("b", "pos") is None
    stack.redo()
    assert m.get("a", "pos") == (30.0, 5.0)
