"""The outline dock: a live tree of the map, edited by real key presses, in step with the
canvas (selection both ways, one undo stack), with its own folding, a filter and copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mindmap_app.app.outline_model import COL_TAGS, COL_TEXT, COL_VOTES, OutlineModel
from mindmap_app.model import Fragment, InsertSubtree, MindMap, check_invariants
from mindmap_app.model import operations as ops
from tests.gui_helpers import copy_samples, open_window, press

K = Qt.Key
M = Qt.KeyboardModifier


def outline_rows(model: OutlineModel, parent: QModelIndex | None = None) -> list:
    """The tree as the model shows it: [(text, [children...]), ...]."""
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert model.parent(index) == parent
        out.append((model.data(index, Qt.ItemDataRole.EditRole), outline_rows(model, index)))
    return out


def map_rows(mind_map, nodes=None) -> list:  # noqa: ANN001
    nodes = mind_map.roots() if nodes is None else nodes
    return [(mind_map.text(n), map_rows(mind_map, mind_map.children(n))) for n in nodes]


def wide_map(branches: int, leaves: int) -> MindMap:
    m = MindMap("big", "root", root_id="root")
    for b in range(branches):
        nodes = [(f"b{b}", None, {"text": f"branch {b}"})]
        nodes += [(f"b{b}-{i}", f"b{b}", {"text": f"idea {b}.{i}"}) for i in range(leaves)]
        m.apply(InsertSubtree("root", b, Fragment(tuple(nodes), ())))
    return m


def key(widget, k, mod=M.NoModifier) -> None:  # noqa: ANN001
    QTest.keyClick(widget, k, mod)
    QApplication.processEvents()     # an item editor commits through a queued call


def typed(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def national(qtbot, tmp_path):  # noqa: ANN001, ANN201
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    press(editor, K.Key_O, M.ControlModifier | M.ShiftModifier)
    panel = window.outline
    qtbot.waitUntil(lambda: panel.tree.hasFocus())
    return window, editor, panel


def test_ctrl_shift_o_opens_the_outline_on_the_canvas_selection(national) -> None:  # noqa: ANN001
    window, editor, panel = national
    assert panel.isVisible()
    assert QApplication.focusWidget() is panel.tree
    assert panel.current_node() == editor.current() == editor.mind_map.root
    assert outline_rows(panel.model) == map_rows(editor.mind_map)
    # Esc goes back to the map; Ctrl+Shift+O comes back
    key(panel.tree, K.Key_Escape)
    assert QApplication.focusWidget() is editor.view
    press(editor, K.Key_O, M.ControlModifier | M.ShiftModifier)
    assert QApplication.focusWidget() is panel.tree


def test_selection_is_shared_both_ways_and_the_canvas_scrolls(national, qtbot) -> None:  # noqa: ANN001
    window, editor, panel = national
    editor.select("opportunities")
    assert panel.current_node() == "opportunities"
    editor.view.set_zoom(3.0)
    editor.view.centerOn(editor.scene.items_by_id["national"])
    panel.tree.setFocus()
    target = editor.mind_map.children("threats")[-1]
    panel.select_node("threats")
    key(panel.tree, K.Key_Right)            # unfold the row, then into it
    key(panel.tree, K.Key_Right)
    key(panel.tree, K.Key_End)               # the last row in the outline
    assert panel.current_node() != "threats"
    panel.select_node("threats")
    key(panel.tree, K.Key_Down)
    first = editor.mind_map.children("threats")[0]
    assert panel.current_node() == first == editor.current()
    for _ in range(len(editor.mind_map.children("threats")) - 1):
        key(panel.tree, K.Key_Down)
    assert editor.current() == target
    shown = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert shown.contains(editor.scene.items_by_id[target].pos()), "the canvas scrolled to it"


def test_editing_in_the_outline_by_keys_is_one_undo_stack_with_the_canvas(national) -> None:  # noqa: ANN001
    window, editor, panel = national
    m = editor.mind_map
    tree = panel.tree
    stack = editor.document.undo_stack
    before = m.snapshot()
    panel.select_node("threats")
    # Tab: a child, in edit mode; typing and Enter give it its text: one undo step
    key(tree, K.Key_Tab)
    typed("Funding cuts")
    key(QApplication.focusWidget(), K.Key_Return)
    new = m.children("threats")[-1]
    assert m.text(new) == "Funding cuts"
    assert panel.current_node() == new == editor.current()
    assert editor.scene.items_by_id[new].look.text == "Funding cuts"
    assert stack.count() == 1
    # Enter: a sibling after it; Esc takes a new idea back
    key(tree, K.Key_Return)
    typed("Oops")
    key(QApplication.focusWidget(), K.Key_Escape)
    assert m.children("threats")[-1] == new and stack.index() == 1
    assert panel.current_node() == "threats" == editor.current()     # as on the canvas
    editor.select(new)
    # F2 edits the text; typing alone replaces it
    key(tree, K.Key_F2)
    key(QApplication.focusWidget(), K.Key_End)
    typed(" now")
    key(QApplication.focusWidget(), K.Key_Return)
    assert m.text(new) == "Funding cuts now"
    key(tree, K.Key_X)
    typed("-factor")
    key(QApplication.focusWidget(), K.Key_Return)
    assert m.text(new) == "x-factor"
    # Ctrl+Up moves it among its siblings; Insert adds a child too
    key(tree, K.Key_Up, M.ControlModifier)
    assert m.children("threats")[-2] == new
    assert panel.current_node() == new
    key(tree, K.Key_Insert)
    typed("Sub")
    key(QApplication.focusWidget(), K.Key_Return)
    assert [m.text(c) for c in m.children(new)] == ["Sub"]
    # the tags column: Right moves there on a row without children, F2 edits the tags
    key(tree, K.Key_Right)
    assert tree.currentIndex().column() == COL_TAGS
    key(tree, K.Key_F2)
    typed("threat, #urgent")
    key(QApplication.focusWidget(), K.Key_Return)
    sub = m.children(new)[0]
    assert m.get(sub, "tags") == ("threat", "urgent")
    assert editor.scene.items_by_id[sub].look.tags[0][0] == "threat"
    key(tree, K.Key_Right)
    assert tree.currentIndex().column() == COL_VOTES
    key(tree, K.Key_F2)
    typed("3")
    key(QApplication.focusWidget(), K.Key_Return)
    assert m.get(sub, "votes") == 3
    key(tree, K.Key_Left)
    key(tree, K.Key_Left)
    assert tree.currentIndex().column() == COL_TEXT
    # Delete: the branch goes, the selection moves on
    panel.select_node(new)
    key(tree, K.Key_Delete)
    assert new not in m and sub not in m
    assert outline_rows(panel.model) == map_rows(m)
    check_invariants(m)
    # every step undoes from the window's Ctrl+Z, wherever the focus is
    while stack.canUndo():
        key(tree, K.Key_Z, M.ControlModifier)
    assert m.snapshot() == before
    assert outline_rows(panel.model) == map_rows(m)


def test_drag_and_drop_in_the_outline_reparents_through_the_undo_stack(national) -> None:  # noqa: ANN001
    """The drop goes through QTreeView.dropEvent (position -> drop indicator -> the model's
    dropMimeData), with the mime data the view's own drag would carry; QDrag.exec's event
    loop itself cannot run without a real pointer, so the drag is started by hand."""
    window, editor, panel = national
    m = editor.mind_map
    tree = panel.tree
    moving = m.children("threats")[0]
    panel.select_node(moving)
    panel.select_node("opportunities")
    source = panel.model.index_of(moving)
    target = panel.model.index_of("opportunities")
    tree.scrollTo(target)
    mime: QMimeData = panel.model.mimeData([source])
    point = tree.visualRect(target).center()
    # dragMove sets the drop indicator (on the item's middle: a child) as a real drag does
    move = QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          M.NoModifier)
    tree.dragMoveEvent(move)
    assert move.isAccepted()
    tree.dropEvent(QDropEvent(point.toPointF(), Qt.DropAction.MoveAction, mime,
                              Qt.MouseButton.LeftButton, M.NoModifier))
    assert m.parent(moving) == "opportunities"
    assert m.children("opportunities")[-1] == moving
    assert outline_rows(panel.model) == map_rows(m)
    assert editor.scene.items_by_id[moving].pos().x() < editor.scene.items_by_id[
        "national"].pos().x(), "the canvas moved it to the other side"
    key(tree, K.Key_Z, M.ControlModifier)
    assert m.parent(moving) == "threats" and m.children("threats")[0] == moving
    # a drop into its own branch is refused
    mime = panel.model.mimeData([panel.model.index_of("threats")])
    assert not panel.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0,
                                           panel.model.index_of(moving))


def test_folding_in_the_outline_is_its_own(national) -> None:  # noqa: ANN001
    window, editor, panel = national
    m = editor.mind_map
    tree = panel.tree
    before = m.snapshot()
    panel.select_node("threats")
    index = panel._view_index("threats")
    expanded = tree.isExpanded(index)
    key(tree, K.Key_Space)
    assert tree.isExpanded(index) != expanded
    key(tree, K.Key_Space)
    assert tree.isExpanded(index) == expanded
    assert m.snapshot() == before and not editor.document.undo_stack.count()


def test_filter_shows_matches_with_their_ancestors(national) -> None:  # noqa: ANN001
    window, editor, panel = national
    m = editor.mind_map
    panel.filter_box.setFocus()
    QTest.keyClicks(panel.filter_box, "devolved")
    shown = panel.tree.model()
    assert shown is panel.proxy
    root = shown.index(0, 0)
    assert shown.rowCount() == 1 and panel._node(root) == m.root
    assert [panel._node(shown.index(r, 0, root)) for r in range(shown.rowCount(root))] == \
        ["threats"]
    threats = shown.index(0, 0, root)
    leaves = [panel._node(shown.index(r, 0, threats)) for r in range(shown.rowCount(threats))]
    assert leaves and all("devolved" in m.text(n).lower() for n in leaves)
    # tags: "#opportunity" keeps only the tagged idea (and its ancestors)
    panel.filter_box.clear()
    QTest.keyClicks(panel.filter_box, "#opportunity")
    shown = panel.tree.model()
    root = shown.index(0, 0)
    assert [panel._node(shown.index(r, 0, root)) for r in range(shown.rowCount(root))] == \
        ["opportunities"]
    assert shown.rowCount(shown.index(0, 0, root)) == 0
    # Down goes from the box to the tree; clearing the box shows the whole map again
    key(panel.filter_box, K.Key_Down)
    assert QApplication.focusWidget() is panel.tree
    panel.filter_box.clear()
    assert panel.tree.model() is panel.model


def test_copy_gives_indented_text_and_markdown(national) -> None:  # noqa: ANN001
    window, editor, panel = national
    m = editor.mind_map
    panel.select_node("opportunities")
    key(panel.tree, K.Key_C, M.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    kids = m.children("opportunities")
    text = mime.text().splitlines()
    assert text[0] == "Opportunities" and text[1] == "\t" + " ".join(m.text(kids[0]).split())
    markdown = bytes(mime.data("text/markdown")).decode("utf-8").splitlines()
    assert markdown[0] == "- Opportunities"
    assert markdown[1].startswith("  - ") and len(markdown) == len(text)


def test_a_hidden_outline_listens_to_nothing(national) -> None:  # noqa: ANN001
    window, editor, panel = national
    m = editor.mind_map
    assert panel.model.on_model_change in m._listeners
    panel.hide()
    assert panel.model is None
    assert not any(getattr(f, "__self__", None).__class__ is OutlineModel for f in m._listeners)
    window.actions_by_name["outline"].trigger()
    assert panel.isVisible() and panel.model is not None


def test_inserting_into_a_large_map_inserts_one_row(qtbot) -> None:  # noqa: ANN001
    m = wide_map(10, 300)
    model = OutlineModel(m)
    outline_rows(model)                  # a view that has seen every row
    events = []
    for name in ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged", "rowsMoved"):
        getattr(model, name).connect(lambda *a, name=name: events.append((name, a[1:3])))
    parent = m.children(m.root)[2]
    m.apply(ops.add_child(m, parent, "new"))
    assert events == [("rowsInserted", (len(m.children(parent)) - 1,) * 2)]
    events.clear()
    m.apply(ops.reorder(m, m.children(parent)[-1], -1))
    assert [e[0] for e in events] == ["rowsMoved"]
    assert outline_rows(model) == map_rows(m)
    model.detach()


def test_a_new_idea_under_a_leaf_the_filter_shows_appears_in_the_filtered_outline(national):
    """A filter typed in the outline, then on the map an idea added under a leaf it shows:
    the new idea shows in the outline when it matches, and a second one too (the first
    never showed, the filter having asked for the leaf's children in the middle of the
    change; the second drew "invalid inserted rows" from Qt)."""
    from PySide6.QtCore import qInstallMessageHandler

    window, editor, panel = national
    warnings: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _ctx, text: warnings.append(text))
    try:
        panel.filter_box.setFocus()
        QTest.keyClicks(panel.filter_box, "t")
        proxy, model, m = panel.proxy, panel.model, editor.mind_map
        leaf = "o11"
        assert not m.children(leaf) and proxy.mapFromSource(model.index_of(leaf)).isValid()
        for count, text in ((1, "tea"), (2, "toast")):
            editor.select(leaf)
            editor.view.setFocus()
            press(editor, K.Key_Tab)
            QTest.keyClicks(editor.view, text)
            press(editor, K.Key_Return)
            assert len(m.children(leaf)) == count
            under = proxy.mapFromSource(model.index_of(leaf))
            assert proxy.rowCount(under) == count, text
            shown = {proxy.index(r, COL_TEXT, under).data() for r in range(count)}
            assert text in shown
    finally:
        qInstallMessageHandler(previous)
    assert not [w for w in warnings if "invalid inserted rows" in w]
