"""Random edits from the canvas and from the outline, with undo and redo: the outline always
shows the map's tree exactly (checked row by row and by Qt's own model tester, which checks
every insert/remove/move notice as it happens), its selection follows the canvas, and undoing
everything gives the original map back."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from mindmap_app.app.main_window import MainWindow
from mindmap_app.model import check_invariants
from tests.app.test_outline_panel import map_rows, outline_rows
from tests.canvas.test_canvas_undo_property import run as run_on_canvas
from tests.conftest import SAMPLE_MAPS

CANVAS = ("add_child", "add_sibling", "insert_parent", "delete", "delete_node", "move_up",
          "move_down", "fold", "reparent", "copy_paste", "edit_text")
OUTLINE = ("o_add_child", "o_add_sibling", "o_delete", "o_delete_node", "o_move_up",
           "o_move_down", "o_drop", "o_text", "o_tags", "o_float")
STACK = ("undo", "redo")
step = st.tuples(st.sampled_from(CANVAS + OUTLINE + STACK), st.integers(0, 10_000),
                 st.integers(0, 10_000))


def run_in_outline(panel, action: str, a: int, b: int) -> None:  # noqa: ANN001
    m = panel.editor.mind_map
    nodes = sorted(m.nodes())
    node, other = nodes[a % len(nodes)], nodes[b % len(nodes)]
    panel.select_node(node)
    if action in ("o_add_child", "o_add_sibling"):
        (panel.add_child if action == "o_add_child" else panel.add_sibling)()
        editor = panel.tree.indexWidget(panel.tree.currentIndex())
        panel.tree.closePersistentEditor(panel.tree.currentIndex()) if editor else None
        if panel._new_node:
            panel.model.setData(panel.model.index_of(panel._new_node), f"idea {a}")
    elif action in ("o_delete", "o_delete_node"):
        panel.delete(keep_children=action == "o_delete_node")
    elif action in ("o_move_up", "o_move_down"):
        panel.reorder(-1 if action == "o_move_up" else 1)
    elif action == "o_drop" and node != m.root:
        mime = panel.model.mimeData([panel.model.index_of(node)])
        target = panel.model.index_of(other)
        if panel.model.canDropMimeData(mime, 2, -1, 0, target):
            panel.model.dropMimeData(mime, 2, b % 3 - 1, 0, target)
    elif action == "o_float" and node != m.root:
        mime = panel.model.mimeData([panel.model.index_of(node)])
        panel.model.dropMimeData(mime, 2, -1, 0, panel.model.index(-1, -1))
    elif action == "o_text":
        panel.model.setData(panel.model.index_of(node), f"text {b}")
    elif action == "o_tags":
        panel.model.setData(panel.model.index_of(node, 1), f"t{b % 3}, t{a % 2}")


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=10))
def test_outline_and_canvas_stay_in_step(qapp, qtmodeltester, tmp_path_factory, steps) -> None:  # noqa: ANN001
    import shutil

    path = tmp_path_factory.mktemp("maps") / "national.yaml"
    shutil.copy(SAMPLE_MAPS / "national.yaml", path)
    window = MainWindow()
    window.ask_save = lambda document: "discard"
    try:
        window.show()
        editor = window.open_path(path)
        panel = window.outline
        panel.show_and_focus()
        m = editor.mind_map
        original = m.snapshot()
        qtmodeltester.check(panel.model, force_py=False)
        for action, a, b in steps:
            if action in OUTLINE:
                run_in_outline(panel, action, a, b)
            else:
                run_on_canvas(editor, action, a, b)
            QCoreApplication.processEvents()
            check_invariants(m)
            assert outline_rows(panel.model) == map_rows(m)
            current = panel.current_node()
            assert current is None or panel._shown_on_canvas(current) == editor.current()
        stack = editor.document.undo_stack
        while stack.canUndo():
            stack.undo()
        assert outline_rows(panel.model) == map_rows(m)
        assert m.snapshot() == original
        while stack.canRedo():
            stack.redo()
        assert outline_rows(panel.model) == map_rows(m)
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
