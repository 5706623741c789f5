"""What one edit changes of the boxes shown (canvas/scene_sync.py), found from the branches
the change names: the same boxes to make and to drop as comparing what shows before and
after the edit, for any edit (issue 12: a parent whose children changed, the central idea
when a main branch comes or goes, is not walked when its branch shows as before)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.canvas.scene_sync import visibility_delta
from mindmap_app.model import EditError, MindMap
from mindmap_app.model import operations as ops

EDITS = ("add child", "add floating", "delete", "move", "move floating", "fold", "reorder")


def start_map() -> MindMap:
    m = MindMap("Sync", "Centre", root_id="root")
    for b in range(3):
        m.apply(ops.add_child(m, "root", f"Branch {b}", node_id=f"b{b}"))
        for i in range(3):
            m.apply(ops.add_child(m, f"b{b}", f"Idea {b}.{i}", node_id=f"b{b}-{i}"))
            m.apply(ops.add_child(m, f"b{b}-{i}", "Deeper", node_id=f"b{b}-{i}-0"))
    m.apply(ops.toggle_fold(m, "b1-1"))
    m.apply(ops.add_floating(m, "Parked", node_id="float"))
    return m


def make_edit(m: MindMap, action: str, node: str, other: str, b: int):  # noqa: ANN201
    """The edit ``action`` names, or None when the model refuses to make it."""
    try:
        if action == "add child":
            return ops.add_child(m, node, "new")
        if action == "add floating":
            return ops.add_floating(m, "floating")
        if action == "delete":
            return ops.delete_subtree(m, node)
        if action == "move":
            return ops.move(m, node, other, b % 3)
        if action == "move floating":
            return ops.move(m, node, None)
        if action == "fold":
            return ops.toggle_fold(m, node)
        return ops.reorder(m, node, 1 if b % 2 else -1)
    except EditError:
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 999), st.integers(0, 999)),
                min_size=1, max_size=15))
def test_the_boxes_to_make_and_drop_are_what_shows_after_the_edit_and_not_before(steps):
    m = start_map()
    for action, a, b in steps:
        nodes = sorted(m.nodes())
        node, other = nodes[a % len(nodes)], nodes[b % len(nodes)]
        edit = make_edit(m, action, node, other, b)
        if edit is None:
            continue
        before = m.visible_nodes()
        changes = []
        m.subscribe(changes.append)
        try:
            m.apply(edit)
        except EditError:
            continue
        finally:
            m.unsubscribe(changes.append)
        after = m.visible_nodes()
        fresh, gone = visibility_delta(m, changes[0], dict.fromkeys(before))
        shown_before = set(before)
        assert set(fresh) == set(after) - shown_before, (action, node, other)
        assert gone == shown_before - set(after), (action, node, other)
        # parents before their children (a box hangs in its parent's frame)
        order = {n: i for i, n in enumerate(after)}
        assert sorted(fresh, key=order.__getitem__) == fresh


def test_a_main_branch_added_to_a_big_map_walks_no_branch(monkeypatch):
    m = start_map()
    for b in range(3):
        for i in range(200):
            m.apply(ops.add_child(m, f"b{b}-0", f"leaf {i}"))
    before = dict.fromkeys(m.visible_nodes())
    changes = []
    m.subscribe(changes.append)
    m.apply(ops.add_child(m, "root", "A new topic", node_id="topic"))
    asked = []
    children = m.children
    monkeypatch.setattr(m, "children", lambda n: asked.append(n) or children(n))
    assert visibility_delta(m, changes[0], before) == (["topic"], set())
    assert len(asked) < 5, asked
