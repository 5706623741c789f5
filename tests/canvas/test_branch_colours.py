"""A main branch's colour follows its place among the root's children, and the floating
trees' come after them (issue 12 made adding a main branch cheap on a big map: only the
branches whose colour changes are drawn again). Whatever the edit, every box shows the
colour and depth a fresh build gives it."""

from __future__ import annotations

import pytest

from mindmap_app.app.document import Document
from mindmap_app.app.map_editor import MapEditor
from mindmap_app.canvas.node_look import colours_and_depths
from mindmap_app.model import Fragment, InsertSubtree, MindMap


def branchy_map() -> MindMap:
    m = MindMap("Colours", "Centre", root_id="root")
    for b in range(3):
        nodes = [(f"b{b}", None, {"text": f"Branch {b}"})]
        nodes += [(f"b{b}-{i}", f"b{b}", {"text": f"Idea {b}.{i}"}) for i in range(3)]
        nodes += [(f"b{b}-0-0", f"b{b}-0", {"text": f"Deeper {b}"})]
        m.apply(InsertSubtree("root", b, Fragment(tuple(nodes))))
    m.apply(InsertSubtree(None, 0, Fragment((("float", None, {"text": "Parked"}),
                                             ("float-1", "float", {"text": "Under it"})))))
    return m


def looks_as_built(editor: MapEditor) -> None:
    scene, m = editor.scene, editor.mind_map
    visible = m.visible_nodes()
    known = colours_and_depths(m, scene.theme, visible)
    for node in visible:
        assert scene.items_by_id[node].look == scene._look(node, *known[node]), node
    for child, edge in scene.edges.items():     # the edge to a box is in its colour
        look = scene.items_by_id[child].look
        assert edge._style == (look.color, scene.theme.edge_width_at(look.depth)), child


def colour(editor: MapEditor, node: str) -> str:
    return editor.scene.items_by_id[node].look.color


@pytest.fixture
def editor(qapp):  # noqa: ANN001, ANN201
    editor = MapEditor(Document(branchy_map()))
    yield editor
    editor.close_editor()
    editor.deleteLater()


def test_a_main_branch_added_last_recolours_only_the_floating_trees(editor):
    theme = editor.scene.theme
    before = {n: colour(editor, n) for n in editor.mind_map.visible_nodes()}
    assert before["b1-0-0"] == theme.branch_color(1)
    assert before["float-1"] == theme.branch_color(3)
    editor.select("root")
    editor.add_child()
    editor.editor.commit()
    new = editor.current()
    looks_as_built(editor)
    assert colour(editor, new) == theme.branch_color(3)
    assert colour(editor, "float") == colour(editor, "float-1") == theme.branch_color(4)
    assert all(colour(editor, n) == c for n, c in before.items() if not n.startswith("float"))


@pytest.mark.parametrize("edit", ["insert first", "move down", "delete first"])
def test_main_branches_that_change_place_take_their_new_colour_whole(editor, edit):
    theme = editor.scene.theme
    stack = editor.document.undo_stack
    if edit == "insert first":
        editor.select("b0")
        editor.add_sibling(before=True)
        editor.editor.commit()
        shifted = {"b0": 1, "b1": 2, "b2": 3}
    elif edit == "move down":
        editor.select("b0")
        editor.reorder(1)
        shifted = {"b0": 1, "b1": 0, "b2": 2}
    else:
        editor.select("b0")
        editor.delete_subtree()
        shifted = {"b1": 0, "b2": 1}
    looks_as_built(editor)
    for top, index in shifted.items():
        for node in (top, f"{top}-0", f"{top}-0-0", f"{top}-2"):
            assert colour(editor, node) == theme.branch_color(index), node
    floating_index = len(editor.mind_map.children("root"))
    assert colour(editor, "float-1") == theme.branch_color(floating_index)
    stack.undo()
    looks_as_built(editor)
    assert colour(editor, "b0-0-0") == theme.branch_color(0)
    assert colour(editor, "b2-2") == theme.branch_color(2)


def test_a_floating_tree_added_before_another_recolours_it(editor):
    theme = editor.scene.theme
    assert colour(editor, "float-1") == theme.branch_color(3)
    editor.select("float")
    editor.add_sibling(before=True)         # a new floating idea, first among them
    editor.editor.commit()
    looks_as_built(editor)
    assert editor.mind_map.floating[1] == "float"
    assert colour(editor, "float") == colour(editor, "float-1") == theme.branch_color(4)
    editor.document.undo_stack.undo()
    looks_as_built(editor)
    assert colour(editor, "float-1") == theme.branch_color(3)
