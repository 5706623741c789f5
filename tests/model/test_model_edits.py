"""One test per user-level operation in ``model/operations.py``.

Every edit is applied through :class:`Recorder`, which checks the invariants after it and, at the
end of each test, undoes everything in reverse and asserts that each inverse restores the exact
snapshot (attributes, order, links and labels included).
"""

from __future__ import annotations

import pytest

from mindmap_app.model import (
    MAX_DEPTH,
    AddLink,
    Change,
    Composite,
    Edit,
    EditError,
    Fragment,
    InsertSubtree,
    MindMap,
    MoveNode,
    SetNodeAttr,
    check_invariants,
)
from mindmap_app.model import operations as ops
from mindmap_app.model.mind_map import TREE


class Recorder:
    """Applies edits to one map, checking invariants; ``undo_all`` proves every inverse."""

    def __init__(self, mind_map: MindMap) -> None:
        self.map = mind_map
        self.history: list[tuple[tuple, Edit]] = []
        self.changes: list[Change] = []
        mind_map.subscribe(self.changes.append)

    def __call__(self, edit: Edit) -> Edit:
        before = self.map.snapshot()
        inverse = self.map.apply(edit)
        check_invariants(self.map)
        self.history.append((before, inverse))
        return inverse

    def refused(self, edit: Edit, match: str) -> None:
        """The edit raises EditError, changes nothing and tells no listener."""
        before = self.map.snapshot()
        heard = len(self.changes)
        with pytest.raises(EditError, match=match):
            self.map.apply(edit)
        assert self.map.snapshot() == before
        assert len(self.changes) == heard
        check_invariants(self.map)

    @property
    def last(self) -> Change:
        return self.changes[-1]

    def undo_all(self) -> None:
        while self.history:
            before, inverse = self.history.pop()
            after = self.map.snapshot()
            redo = self.map.apply(inverse)
            check_invariants(self.map)
            assert self.map.snapshot() == before
            # and the inverse of the inverse is the edit again (redo)
            inverse_again = self.map.apply(redo)
            assert self.map.snapshot() == after
            self.map.apply(inverse_again)
            assert self.map.snapshot() == before


def workshop() -> MindMap:
    """r: Workshop
         a: Threats -> a1 Power devolved, a2 Time scale, a3 Cuts
         b: Opportunities -> b1 Local groups -> b11 Allotments
         c: Breakouts
       floating: f: Parking lot -> f1 Later
       links: a1 -> b1 "turn into", b11 -> a "answers", f1 -> c
    """
    m = MindMap("Big Society", "Workshop", root_id="r")
    for parent, node, text in [("r", "a", "Threats"), ("a", "a1", "Power devolved"),
                               ("a", "a2", "Time scale"), ("a", "a3", "Cuts"),
                               ("r", "b", "Opportunities"), ("b", "b1", "Local groups"),
                               ("b1", "b11", "Allotments"), ("r", "c", "Breakouts")]:
        m.apply(ops.add_child(m, parent, text, node_id=node))
    m.apply(ops.add_floating(m, "Parking lot", node_id="f", pos=(400, -50)))
    m.apply(ops.add_child(m, "f", "Later", node_id="f1"))
    m.apply(ops.add_link("a1", "b1", "turn into"))
    m.apply(ops.add_link("b11", "a", "answers"))
    m.apply(ops.add_link("f1", "c"))
    m.apply(ops.set_attr("a2", "note", "devastatingly fast"))
    m.apply(ops.set_attr("a2", "votes", 3))
    m.apply(ops.set_attr("b", "style", {"color": "#1e8449"}))
    check_invariants(m)
    return m


@pytest.fixture
def m() -> MindMap:
    return workshop()


@pytest.fixture
def do(m: MindMap) -> Recorder:
    return Recorder(m)


def chain(m: MindMap, top: str, levels: int, prefix: str = "d") -> list[str]:
    """Hang a straight chain of ``levels`` nodes under ``top`` (written into the graph)."""
    ids = []
    parent = top
    for i in range(1, levels + 1):
        node = f"{prefix}{i}"
        m.graph.add_node(node, text=node)
        m.graph.add_edge(parent, node, TREE, order=len(m.children(parent)))
        ids.append(node)
        parent = node
    check_invariants(m)
    return ids


# ------------------------------------------------------------------------ add child
def test_add_child_last_and_at_index(m: MindMap, do: Recorder) -> None:
    inverse = do(ops.add_child(m, "a", "Last"))
    new = inverse.node
    assert m.children("a") == ["a1", "a2", "a3", new]
    assert m.text(new) == "Last" and m.parent(new) == "a"
    assert do.last.added == {new} and "a" in do.last.moved

    do(ops.add_child(m, "a", "Second", index=1, node_id="x"))
    assert m.children("a") == ["a1", "x", "a2", "a3", new]
    assert [m.index_of(n) for n in m.children("a")] == [0, 1, 2, 3, 4]
    do(ops.add_child(m, "a", "Way past the end", index=99, node_id="y"))
    assert m.children("a")[-1] == "y"
    do.undo_all()


def test_add_child_stores_attributes_in_stored_form(m: MindMap, do: Recorder) -> None:
    do(ops.add_child(m, "c", "Group 1", node_id="g", tags=["blue", "room 2"], votes=0,
                     folded=False, pos=[10, 20]))
    # defaults are not stored, so the map equals one built without them
    assert m.raw_attrs("g") == {"text": "Group 1", "tags": ("blue", "room 2"),
                                "pos": (10.0, 20.0)}
    do.refused(ops.add_child(m, "c", "x", node_id="h", colour="red"), "unknown node attribute")
    do.refused(ops.add_child(m, "c", "x", node_id="h", votes="many"), "bad value for votes")
    do.refused(ops.add_child(m, "c", "x", node_id="g"), "already in the map")
    with pytest.raises(EditError):
        ops.add_child(m, "nope", "x")
    do.undo_all()


# ---------------------------------------------------------------------- add sibling
def test_add_sibling_after_and_before(m: MindMap, do: Recorder) -> None:
    do(ops.add_sibling(m, "a2", "After", node_id="s1"))
    assert m.children("a") == ["a1", "a2", "s1", "a3"]
    do(ops.add_sibling(m, "a2", "Before", before=True, node_id="s0"))
    assert m.children("a") == ["a1", "s0", "a2", "s1", "a3"]
    do(ops.add_sibling(m, "a3", "End", node_id="s2"))
    assert m.children("a")[-1] == "s2"
    do(ops.add_sibling(m, "a1", "Start", before=True, node_id="s3"))
    assert m.children("a")[0] == "s3"
    do.undo_all()


def test_add_sibling_of_a_floating_root_is_floating_and_of_main_root_refused(
        m: MindMap, do: Recorder) -> None:
    do(ops.add_floating(m, "Second lot", node_id="g"))
    do(ops.add_sibling(m, "f", "Between", node_id="s"))
    assert m.floating == ["f", "s", "g"] and m.parent("s") is None
    do(ops.add_sibling(m, "f", "First", before=True, node_id="s0"))
    assert m.floating == ["s0", "f", "s", "g"]
    with pytest.raises(EditError, match="central node"):
        ops.add_sibling(m, "r", "x")
    with pytest.raises(EditError, match="no node"):
        ops.add_sibling(m, "gone", "x")
    do.undo_all()


# --------------------------------------------------------------------- add floating
def test_add_floating_appends_a_root_with_its_position(m: MindMap, do: Recorder) -> None:
    do(ops.add_floating(m, "Idea", node_id="g", pos=(1, 2.5)))
    assert m.floating == ["f", "g"]
    assert m.roots() == ["r", "f", "g"]
    assert m.get("g", "pos") == (1.0, 2.5) and m.depth("g") == 0
    assert do.last.added == {"g"}
    do(ops.add_floating(m, "No position", node_id="h"))
    assert m.get("h", "pos") is None and "pos" not in m.raw_attrs("h")
    do.undo_all()


# -------------------------------------------------------------------- insert parent
def test_insert_parent_takes_the_nodes_place(m: MindMap, do: Recorder) -> None:
    do(ops.insert_parent(m, "a2", "Speed", node_id="p"))
    assert m.children("a") == ["a1", "p", "a3"]
    assert m.children("p") == ["a2"]
    assert m.path_to_root("a2") == ["a2", "p", "a", "r"]
    # the node keeps its attributes
    assert m.get("a2", "votes") == 3 and m.get("a2", "note") == "devastatingly fast"
    assert {"p"} <= do.last.added and "a2" in do.last.moved
    do.undo_all()


def test_insert_parent_above_a_floating_root_and_refused_on_main_root(
        m: MindMap, do: Recorder) -> None:
    do(ops.add_floating(m, "Other", node_id="g"))
    do(ops.insert_parent(m, "f", "Parked", node_id="p"))
    assert m.floating == ["p", "g"] and m.children("p") == ["f"]
    assert m.children("f") == ["f1"]
    with pytest.raises(EditError, match="central node"):
        ops.insert_parent(m, "r", "x")
    do.undo_all()


# ------------------------------------------------------------------- delete subtree
def test_delete_subtree_removes_branch_and_links_which_undo_restores(
        m: MindMap, do: Recorder) -> None:
    do(ops.delete_subtree(m, "b"))
    assert m.children("r") == ["a", "c"]
    for node in ("b", "b1", "b11"):
        assert node not in m
    # both links touching the branch are gone, the one elsewhere stays
    assert m.links() == [("f1", "c", "")]
    assert do.last.removed == {"b", "b1", "b11"} and do.last.links
    assert "r" in do.last.moved
    do.undo_all()
    # undo brought the links back with their labels, and the style
    assert sorted(m.links()) == [("a1", "b1", "turn into"), ("b11", "a", "answers"),
                                 ("f1", "c", "")]
    assert m.get("b", "style") == {"color": "#1e8449"}
    assert m.children("r") == ["a", "b", "c"]


def test_delete_floating_root_and_main_root_refused(m: MindMap, do: Recorder) -> None:
    do(ops.delete_subtree(m, "f"))
    assert m.floating == [] and "f1" not in m
    assert sorted(m.links()) == [("a1", "b1", "turn into"), ("b11", "a", "answers")]
    with pytest.raises(EditError, match="central node"):
        ops.delete_subtree(m, "r")
    do.refused(ops.RemoveSubtree("r"), "central node")
    do.undo_all()
    assert m.floating == ["f"] and m.get("f", "pos") == (400.0, -50.0)


def test_delete_nodes_skips_nodes_inside_another_selected_branch(
        m: MindMap, do: Recorder) -> None:
    do(ops.delete_nodes(m, ["a1", "b11", "b", "a1", "r"]))
    assert m.children("r") == ["a", "c"] and m.children("a") == ["a2", "a3"]
    assert do.last.removed == {"a1", "b", "b1", "b11"}
    with pytest.raises(EditError):
        ops.delete_nodes(m, ["r"])
    do.undo_all()
    assert m.children("a") == ["a1", "a2", "a3"] and m.children("b1") == ["b11"]


# ----------------------------------------------------------- delete keeping children
def test_delete_keep_children_puts_children_in_its_place_in_order(
        m: MindMap, do: Recorder) -> None:
    do(ops.add_child(m, "r", "Last", node_id="z"))
    do(ops.delete_keep_children(m, "a"))
    assert m.children("r") == ["a1", "a2", "a3", "b", "c", "z"]
    assert "a" not in m
    # the link into the deleted node went with it; the one from its child stays
    assert ("b11", "a", "answers") not in m.links()
    assert ("a1", "b1", "turn into") in m.links()
    change = do.last
    assert change.removed == {"a"}
    assert {"a1", "a2", "a3"} <= change.moved
    # a listener is never told to move a node that no longer exists
    assert not change.moved & change.removed
    do.undo_all()
    assert m.children("a") == ["a1", "a2", "a3"] and ("b11", "a", "answers") in m.links()


def test_delete_keep_children_of_floating_root_makes_them_floating(
        m: MindMap, do: Recorder) -> None:
    do(ops.add_child(m, "f", "Later 2", node_id="f2"))
    do(ops.add_floating(m, "Other", node_id="g"))
    do(ops.delete_keep_children(m, "f"))
    assert m.floating == ["f1", "f2", "g"]
    assert m.parent("f1") is None and m.depth("f2") == 0
    with pytest.raises(EditError, match="central node"):
        ops.delete_keep_children(m, "r")
    do.undo_all()


# ----------------------------------------------------------------------------- move
def test_move_reparents_at_index_with_subtree(m: MindMap, do: Recorder) -> None:
    do(ops.move(m, "b1", "a", 1))
    assert m.children("a") == ["a1", "b1", "a2", "a3"]
    assert m.children("b") == [] and m.children("b1") == ["b11"]
    assert m.path_to_root("b11") == ["b11", "b1", "a", "r"]
    assert do.last.moved >= {"b1", "a", "b"}
    do(ops.move(m, "a3", "c"))
    assert m.children("c") == ["a3"]
    # within the same parent: index is the final position
    do(ops.move(m, "a1", "a", 2))
    assert m.children("a") == ["b1", "a2", "a1"]
    do.undo_all()
    assert m.children("a") == ["a1", "a2", "a3"] and m.children("b") == ["b1"]


def test_move_into_own_subtree_is_refused_and_changes_nothing(
        m: MindMap, do: Recorder) -> None:
    for target in ("b", "b1", "b11"):
        with pytest.raises(EditError, match="own branch"):
            ops.move(m, "b", target)
        do.refused(MoveNode("b", target, 0), "own branch")
    do.refused(MoveNode("r", "a", 0), "central node")
    do.refused(MoveNode("a", "nowhere", 0), "no node")
    with pytest.raises(EditError, match="no node"):
        ops.move(m, "a", "nowhere")
    do.undo_all()


def test_move_to_no_parent_makes_floating_and_back(m: MindMap, do: Recorder) -> None:
    do(ops.move(m, "b1", None))
    assert m.floating == ["f", "b1"] and m.parent("b1") is None
    assert m.children("b") == [] and m.depth("b11") == 1
    do(ops.move(m, "b1", None, 0))
    assert m.floating == ["b1", "f"]
    # a floating root joins the main tree
    do(ops.move(m, "f", "c", 0))
    assert m.floating == ["b1"] and m.children("c") == ["f"] and m.depth("f1") == 3
    do.undo_all()
    assert m.floating == ["f"] and m.children("b") == ["b1"]


# -------------------------------------------------------------------------- reorder
def test_reorder_moves_among_siblings_and_clamps(m: MindMap, do: Recorder) -> None:
    do(ops.reorder(m, "a1", 1))
    assert m.children("a") == ["a2", "a1", "a3"]
    do(ops.reorder(m, "a1", 10))
    assert m.children("a") == ["a2", "a3", "a1"]
    do(ops.reorder(m, "a1", -10))
    assert m.children("a") == ["a1", "a2", "a3"]
    do(ops.reorder(m, "a1", -1))  # already first: stays
    assert m.children("a") == ["a1", "a2", "a3"]
    do(ops.add_floating(m, "g", node_id="g"))
    do(ops.reorder(m, "g", -1))
    assert m.floating == ["g", "f"]
    with pytest.raises(EditError, match="central node"):
        ops.reorder(m, "r", 1)
    do.undo_all()


# ------------------------------------------------------------------- node attributes
def test_set_text_and_note(m: MindMap, do: Recorder) -> None:
    do(ops.set_text("a1", "Power 'devolved' to corporations"))
    assert m.text("a1") == "Power 'devolved' to corporations"
    assert do.last.attrs == {"a1": {"text"}}
    do(ops.set_text("a1", ""))
    assert m.text("a1") == ""
    do(ops.set_attr("a1", "note", "line one\nline two"))
    assert m.get("a1", "note") == "line one\nline two"
    do(ops.set_attr("a2", "note", ""))
    assert "note" not in m.raw_attrs("a2")
    do.undo_all()
    assert m.get("a2", "note") == "devastatingly fast"


def test_set_tags_style_votes(m: MindMap, do: Recorder) -> None:
    do(ops.set_attr("a1", "tags", ["threat", "national"]))
    assert m.get("a1", "tags") == ("threat", "national")
    do(ops.set_attr("a3", "tags", "urgent"))  # one tag, not six letters
    assert m.get("a3", "tags") == ("urgent",)
    do(ops.set_attr("a1", "style", {"color": "#b03a2e", "bold": True}))
    assert m.get("a1", "style") == {"color": "#b03a2e", "bold": True}
    do(ops.set_attr("b", "style", None))
    assert "style" not in m.raw_attrs("b")
    do(ops.set_attr("a1", "votes", 2))
    do(ops.set_attr("a2", "votes", 0))
    assert m.get("a1", "votes") == 2 and "votes" not in m.raw_attrs("a2")
    do.refused(ops.set_attr("a1", "votes", "lots"), "bad value")
    do.refused(ops.set_attr("a1", "colour", "red"), "unknown node attribute")
    do.refused(ops.set_attr("gone", "votes", 1), "no node")
    do.undo_all()
    assert m.get("a2", "votes") == 3 and m.get("b", "style") == {"color": "#1e8449"}


def test_fold_and_unfold(m: MindMap, do: Recorder) -> None:
    do(ops.toggle_fold(m, "a"))
    assert m.get("a", "folded") is True
    assert "a1" not in m.visible_nodes() and "a" in m.visible_nodes()
    do(ops.toggle_fold(m, "a"))
    assert m.get("a", "folded") is False and "folded" not in m.raw_attrs("a")
    assert "a1" in m.visible_nodes()
    with pytest.raises(EditError):
        ops.toggle_fold(m, "gone")
    do.undo_all()


def test_set_and_clear_manual_position(m: MindMap, do: Recorder) -> None:
    do(ops.set_pos("a1", (420, -80)))
    assert m.get("a1", "pos") == (420.0, -80.0)
    assert do.last.attrs == {"a1": {"pos"}}
    do(ops.set_pos("f", None))
    assert m.get("f", "pos") is None and "pos" not in m.raw_attrs("f")
    do.refused(ops.set_pos("a1", (1,)), "bad value for pos")
    do.refused(ops.set_pos("a1", (float("nan"), 0)), "bad value for pos")
    do.undo_all()
    assert m.get("f", "pos") == (400.0, -50.0) and m.get("a1", "pos") is None


def test_set_map_attr(m: MindMap, do: Recorder) -> None:
    do(ops.set_map_attr("layout", "right"))
    do(ops.set_map_attr("theme", "projector"))
    do(ops.set_map_attr("title", "National level"))
    assert (m.layout, m.theme, m.title) == ("right", "projector", "National level")
    assert do.last.map_keys == {"title"}
    do.refused(ops.set_map_attr("layout", "spiral"), "layout must be one of")
    do.refused(ops.set_map_attr("colour", "x"), "unknown map setting")
    do.undo_all()
    assert (m.layout, m.theme, m.title) == ("balanced", "light", "Big Society")


# ---------------------------------------------------------------------------- links
def test_add_and_remove_link_keeps_label(m: MindMap, do: Recorder) -> None:
    do(ops.add_link("c", "a2", "discuss"))
    assert m.has_link("c", "a2") and ("c", "a2", "discuss") in m.links()
    assert do.last.links
    do(ops.add_link("a2", "c"))  # the other direction is another link
    do.refused(ops.add_link("c", "a2"), "already linked")
    do.refused(ops.add_link("c", "c"), "two different nodes")
    do.refused(ops.add_link("c", "gone"), "no node")
    do(ops.remove_link("a1", "b1"))
    assert not m.has_link("a1", "b1")
    do.refused(ops.remove_link("a1", "b1"), "no link")
    do.undo_all()
    assert ("a1", "b1", "turn into") in m.links() and not m.has_link("c", "a2")


# ---------------------------------------------------------------------------- paste
def test_paste_gives_fresh_ids_and_keeps_inner_links(m: MindMap, do: Recorder) -> None:
    do(ops.add_link("b11", "b1", "inner"))
    copied = Fragment.from_map(m, "b", inner_links_only=True)
    assert copied.links == (("b11", "b1", "inner"),)
    before_ids = set(m.nodes())
    inverse = do(ops.paste(m, "c", [copied, Fragment.from_map(m, "a2")]))
    new_b, new_a2 = m.children("c")
    assert set(m.nodes()) - before_ids == do.last.added
    assert not do.last.added & before_ids
    assert [m.text(n) for n in m.subtree(new_b)] == ["Opportunities", "Local groups",
                                                     "Allotments"]
    assert m.get(new_b, "style") == {"color": "#1e8449"}
    assert m.get(new_a2, "votes") == 3
    new_b1, new_b11 = m.subtree(new_b)[1:]
    assert (new_b11, new_b1, "inner") in m.links()
    # links that leave the copied branch are not duplicated
    assert len(m.links()) == 4 + 1
    assert isinstance(inverse, Composite)
    # the pasted style is a copy: the original's dict is not shared
    assert m.graph.nodes[new_b]["style"] is not m.graph.nodes["b"]["style"]
    do(ops.paste(m, "c", [copied]))  # pasting twice gives other fresh ids
    assert len(m.children("c")) == 3 and len(set(m.children("c"))) == 3
    with pytest.raises(EditError):
        ops.paste(m, "gone", [copied])
    do.undo_all()


# --------------------------------------------------------------------------- depth
def test_max_depth_refuses_inserts_that_go_too_deep(m: MindMap, do: Recorder) -> None:
    assert MAX_DEPTH == 500
    levels = chain(m, "c", MAX_DEPTH - 1)  # c is level 1, so the last is level MAX_DEPTH
    deepest = levels[-1]
    assert m.depth(deepest) == MAX_DEPTH and m.height() == MAX_DEPTH
    do.refused(ops.add_child(m, deepest, "too deep"), "levels deep")
    do(ops.add_child(m, levels[-2], "just fits", node_id="ok"))
    assert m.depth("ok") == MAX_DEPTH
    # insert parent pushes the whole chain down one level
    do.refused(ops.insert_parent(m, "c", "one more"), "levels deep")
    do.refused(ops.insert_parent(m, deepest, "one more"), "levels deep")
    do(ops.insert_parent(m, "a1", "fine elsewhere", node_id="p"))
    do.undo_all()


def test_max_depth_refuses_moves_and_pastes_that_go_too_deep(
        m: MindMap, do: Recorder) -> None:
    levels = chain(m, "c", MAX_DEPTH - 1)
    # b has height 2 (b -> b1 -> b11): under levels[-3] (level 498) b11 would be at 501
    do.refused(ops.move(m, "b", levels[-3]), "levels deep")
    do(ops.move(m, "b", levels[-4]))
    assert m.depth("b11") == MAX_DEPTH
    do(ops.move(m, "b", "r", 1))
    branch = Fragment.from_map(m, "b", inner_links_only=True)
    do.refused(ops.paste(m, levels[-3], [branch]), "levels deep")
    # all-or-nothing: a paste of two branches where only the second is too deep adds nothing
    do.refused(ops.paste(m, levels[-3], [Fragment.from_map(m, "a3"), branch]), "levels deep")
    do(ops.paste(m, levels[-4], [branch]))
    assert m.height() == MAX_DEPTH
    # moving a floating root (height 1) under the chain's last-but-one node
    do.refused(ops.move(m, "f", levels[-1]), "levels deep")
    do.undo_all()


# --------------------------------------------------------------- composites, changes
def test_composite_rolls_back_when_a_later_part_fails(m: MindMap, do: Recorder) -> None:
    edit = Composite((ops.add_child(m, "a", "new", node_id="x"),
                      ops.set_attr("a1", "votes", 5),
                      MoveNode("a", "a1", 0)), "Bad")
    do.refused(edit, "own branch")
    assert "x" not in m and m.get("a1", "votes") == 0


class _Explodes(Edit):
    def apply_to(self, mind_map: MindMap, change: Change) -> Edit:
        raise RuntimeError("bug in an edit")


def test_composite_rolls_back_on_an_unexpected_error_too(m: MindMap) -> None:
    before = m.snapshot()
    with pytest.raises(RuntimeError):
        m.apply(Composite((SetNodeAttr("a1", "text", "changed"), _Explodes())))
    assert m.snapshot() == before


def test_malformed_fragments_are_refused_without_change(m: MindMap, do: Recorder) -> None:
    twice = Fragment((("x", None, {"text": "x"}), ("x", "x", {"text": "again"})))
    do.refused(InsertSubtree("c", 0, twice), "twice")
    orphan = Fragment((("x", None, {"text": "x"}), ("y", "nowhere", {"text": "y"})))
    do.refused(InsertSubtree("c", 0, orphan), "pre-order")
    outside = Fragment((("x", None, {"text": "x"}),), (("a1", "b1", "dup"),))
    do.refused(InsertSubtree("c", 0, outside), "join the branch")
    dangling = Fragment((("x", None, {"text": "x"}),), (("x", "gone", ""),))
    do.refused(InsertSubtree("c", 0, dangling), "not in the map")
    do.refused(InsertSubtree("c", 0, Fragment(())), "nothing")


def test_listeners_hear_what_changed(m: MindMap, do: Recorder) -> None:
    do(ops.add_child(m, "c", "x", node_id="x"))
    assert do.last.added == {"x"} and do.last.structural
    do(ops.set_attr("x", "note", "n"))
    assert do.last.attrs == {"x": {"note"}} and not do.last.structural
    do(ops.move(m, "x", "a", 0))
    assert do.last.moved == {"x", "c", "a"}
    do(ops.add_link("x", "c"))
    assert do.last.links and not do.last.structural
    do(ops.delete_subtree(m, "x"))
    assert do.last.removed == {"x"} and do.last.links and do.last.touched() == {"x", "a"}
    m.unsubscribe(do.changes.append)
    heard = len(do.changes)
    do(ops.set_text("a", "quiet"))
    assert len(do.changes) == heard
    m.subscribe(do.changes.append)
    do.undo_all()


def test_listeners_before_an_edit_see_the_map_as_it_was(m: MindMap, do: Recorder) -> None:
    seen: list[tuple[Edit, bool, int]] = []

    def before(edit: Edit) -> None:       # e.g. a view finishing work planned for this map
        seen.append((edit, "x" in m, len(do.changes)))

    m.subscribe_before(before)
    edit = ops.add_child(m, "c", "x", node_id="x")
    do(edit)
    assert seen == [(edit, False, 0)] and "x" in m and len(do.changes) == 1
    with pytest.raises(EditError):      # refused: heard before, nothing changed after
        m.apply(ops.add_child(m, "c", "x", node_id="x"))
    assert len(seen) == 2 and len(do.changes) == 1
    m.unsubscribe_before(before)
    do(ops.set_text("x", "quiet"))
    assert len(seen) == 2
    do.undo_all()


def test_unknown_nodes_give_edit_errors(m: MindMap) -> None:
    for build in (lambda: ops.add_sibling(m, "gone"), lambda: ops.insert_parent(m, "gone"),
                  lambda: ops.delete_subtree(m, "gone"), lambda: ops.delete_nodes(m, ["gone"]),
                  lambda: ops.delete_keep_children(m, "gone"), lambda: ops.reorder(m, "gone", 1),
                  lambda: ops.move(m, "gone", "a"), lambda: ops.move(m, "a", "gone")):
        with pytest.raises(EditError, match="no node"):
            build()
    # an id that spells existing one-letter ids is still unknown
    with pytest.raises(KeyError):
        m.children("ab")
    with pytest.raises(KeyError):
        m.parent("ab")


def test_add_link_edit_inverse_round_trip_keeps_label(m: MindMap) -> None:
    inverse = m.apply(AddLink("c", "a3", "label kept"))
    redo = m.apply(inverse)
    assert redo == AddLink("c", "a3", "label kept")


def test_an_edit_that_would_exceed_the_node_limit_is_refused(monkeypatch):
    from mindmap_app.model import edits

    monkeypatch.setattr(edits, "MAX_NODES", 5)
    m = MindMap("t", "root", root_id="r")
    for i in range(4):
        m.apply(ops.add_child(m, "r", f"idea {i}"))
    before = m.snapshot()
    with pytest.raises(EditError, match="more than 5 nodes"):
        m.apply(ops.add_child(m, "r", "one too many"))
    assert m.snapshot() == before
