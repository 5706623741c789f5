"""Random sequences of editor commands: the scene always matches the model (texts, places,
links, and each box's look: its branch colour and depth as a fresh build gives them), and
undoing them all restores the original map exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.app.document import Document
from mindmap_app.app.map_editor import MapEditor
from mindmap_app.canvas.node_look import colours_and_depths
from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import AddLink, Fragment, InsertSubtree, check_invariants
from tests.conftest import SAMPLE_MAPS

ACTIONS = ("add_child", "add_sibling", "add_sibling_before", "insert_parent", "delete",
           "delete_node", "move_up", "move_down", "fold", "place", "reparent", "copy_paste",
           "layout", "tidy", "edit_text", "link", "unlink", "relabel", "undo", "redo")

step = st.tuples(st.sampled_from(ACTIONS), st.integers(0, 10_000), st.integers(0, 10_000))


def scene_matches_model(editor: MapEditor) -> None:
    m = editor.mind_map
    scene = editor.scene
    visible = set(m.visible_nodes())
    assert set(scene.items_by_id) == visible
    assert set(scene.edges) == visible - set(m.roots())
    known = colours_and_depths(m, scene.theme, sorted(visible))
    for node in visible:
        item = scene.items_by_id[node]
        assert item.look.text == m.text(node)
        assert item.look == scene._look(node, *known[node]), node
        centre = scene.layout_result.centers[node]
        assert (round(item.pos().x(), 3), round(item.pos().y(), 3)) == \
            (round(centre[0], 3), round(centre[1], 3))
    links = {(a, b): label for a, b, label in m.links() if a in visible and b in visible}
    assert {key: item.label for key, item in scene.link_items.items()} == links


def run(editor: MapEditor, action: str, a: int, b: int) -> None:
    m = editor.mind_map
    nodes = sorted(editor.scene.items_by_id)
    node = nodes[a % len(nodes)]
    other = nodes[b % len(nodes)]
    editor.select(node)
    stack = editor.document.undo_stack
    if action in ("add_child", "add_sibling", "add_sibling_before", "insert_parent"):
        {"add_child": editor.add_child, "add_sibling": editor.add_sibling,
         "add_sibling_before": lambda: editor.add_sibling(before=True),
         "insert_parent": editor.insert_parent}[action]()
        if editor.editor.active:
            editor.editor.text_item.setPlainText(f"idea {a}")
            editor.editor.commit()
    elif action == "edit_text":
        editor.start_edit(node)
        editor.editor.text_item.setPlainText(f"text {b}")
        editor.editor.commit()
    elif action == "delete":
        editor.delete_subtree()
    elif action == "delete_node":
        editor.delete_node_only()
    elif action in ("move_up", "move_down"):
        editor.reorder(-1 if action == "move_up" else 1)
    elif action == "fold":
        editor.toggle_fold()
    elif action == "place":
        if node != m.root:
            editor._on_move_requested([node], [(float(a % 300), float(b % 200 - 100))])
    elif action == "reparent":
        if node != m.root:
            editor._on_reparent_requested([node], other, 0)
    elif action == "copy_paste":
        editor.copy()
        editor.select(other)
        editor.paste()
    elif action == "layout":
        editor.set_layout(("right", "left", "balanced", "down", "radial")[a % 5])
    elif action == "tidy":
        editor.tidy_up()
    elif action == "link":
        if node != other and not m.has_link(node, other):
            editor.ideas.add_cross_link(node, other, f"see {b}" if b % 2 else "")
    elif action in ("unlink", "relabel"):
        ends = sorted((x, y) for x, y, _ in m.links())
        if ends:
            x, y = ends[b % len(ends)]
            if action == "unlink":
                editor.ideas.remove_cross_links([(x, y)])
            else:
                editor.ideas.set_cross_link_label(x, y, f"label {a}")
    elif action == "undo":
        stack.undo()
    elif action == "redo":
        stack.redo()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_random_commands_keep_scene_in_sync_and_undo_all_restores(qapp, steps):
    mind_map = load_map(SAMPLE_MAPS / "national.yaml")
    # two cross-links (the sample has none): deleting, folding or moving their ends, and
    # adding, removing and relabelling links, must leave an item for each link shown
    nodes = sorted(mind_map.nodes())
    mind_map.apply(AddLink(nodes[1], nodes[-2], "see"))
    mind_map.apply(AddLink(nodes[-1], nodes[len(nodes) // 2]))
    # a floating tree: its colour comes after the main branches' (adding one recolours it)
    mind_map.apply(InsertSubtree(None, 0, Fragment.single("floating-idea", "Parked idea")))
    original = mind_map.snapshot()
    editor = MapEditor(Document(mind_map))
    try:
        for action, a, b in steps:
            run(editor, action, a, b)
            check_invariants(mind_map)
            scene_matches_model(editor)
        stack = editor.document.undo_stack
        while stack.canUndo():
            stack.undo()
            scene_matches_model(editor)
        assert mind_map.snapshot() == original
        while stack.canRedo():
            stack.redo()
            scene_matches_model(editor)
    finally:
        editor.close_editor()
        editor.deleteLater()
