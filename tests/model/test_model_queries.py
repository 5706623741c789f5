"""Queries of the map: order, parent, depth, subtree, path, find, folding, height."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mindmap_app.model import (
    MAX_DEPTH,
    NODE_DEFAULTS,
    InvariantError,
    MindMap,
    check_invariants,
)
from mindmap_app.model import operations as ops
from mindmap_app.model.mind_map import TREE


@pytest.fixture
def m() -> MindMap:
    """r National level
         t Threats:        t1 Power devolved, t2 Time scale (note: "Devastatingly FAST")
         o Opportunities:  o1 Local action -> o11 Street parties
       floating: p Parking lot -> p1 Funding -> p11 Grants -> p111 Lottery
    """
    m = MindMap("National", "National level", root_id="r")
    m.apply(ops.add_child(m, "r", "Opportunities", node_id="o"))
    m.apply(ops.add_child(m, "r", "Threats", index=0, node_id="t"))
    m.apply(ops.add_child(m, "t", "Time scale", node_id="t2", note="Devastatingly FAST"))
    m.apply(ops.add_child(m, "t", "Power devolved", index=0, node_id="t1"))
    m.apply(ops.add_child(m, "o", "Local action", node_id="o1"))
    m.apply(ops.add_child(m, "o1", "Street parties", node_id="o11"))
    m.apply(ops.add_floating(m, "Parking lot", node_id="p"))
    m.apply(ops.add_child(m, "p", "Funding", node_id="p1"))
    m.apply(ops.add_child(m, "p1", "Grants", node_id="p11"))
    m.apply(ops.add_child(m, "p11", "Lottery", node_id="p111"))
    check_invariants(m)
    return m


def test_children_in_order_and_parent(m: MindMap) -> None:
    assert m.children("r") == ["t", "o"]
    assert m.children("t") == ["t1", "t2"]
    assert m.children("t1") == []
    assert m.parent("t2") == "t" and m.parent("o11") == "o1"
    assert m.parent("r") is None and m.parent("p") is None
    assert [m.index_of(n) for n in ("t", "o", "t1", "t2")] == [0, 1, 0, 1]
    assert m.index_of("p") == 1  # among the roots: main root first
    assert m.roots() == ["r", "p"] and m.floating == ["p"]
    assert m.is_root("p") and not m.is_root("p1")


def test_children_order_follows_edits_not_insertion(m: MindMap) -> None:
    m.apply(ops.reorder(m, "t2", -1))
    assert m.children("t") == ["t2", "t1"]
    m.apply(ops.move(m, "o1", "t", 1))
    assert m.children("t") == ["t2", "o1", "t1"]
    assert m.children("o") == []


def test_depth_and_path_to_root(m: MindMap) -> None:
    assert m.depth("r") == 0 and m.depth("t") == 1 and m.depth("o11") == 3
    assert m.depth("p") == 0 and m.depth("p111") == 3
    assert m.path_to_root("o11") == ["o11", "o1", "o", "r"]
    assert m.path_to_root("r") == ["r"]
    assert m.path_to_root("p11") == ["p11", "p1", "p"]
    assert m.tree_root_of("p111") == "p" and m.tree_root_of("t2") == "r"
    assert m.is_ancestor("o", "o11") and m.is_ancestor("o11", "o11")
    assert not m.is_ancestor("t", "o11") and not m.is_ancestor("r", "p1")


def test_subtree_is_pre_order(m: MindMap) -> None:
    assert m.subtree("r") == ["r", "t", "t1", "t2", "o", "o1", "o11"]
    assert m.subtree("o") == ["o", "o1", "o11"]
    assert m.subtree("t2") == ["t2"]
    assert m.subtree("p") == ["p", "p1", "p11", "p111"]
    assert m.hidden_count("r") == 6 and m.hidden_count("t2") == 0


def test_find_is_case_insensitive_in_text_and_notes_in_map_order(m: MindMap) -> None:
    assert m.find("power") == ["t1"]
    assert m.find("FAST") == ["t2"]            # only in its note
    assert m.find("fast") == ["t2"]
    assert m.find("LOT") == ["p", "p111"]      # Parking lot, Lottery: floating trees too
    assert m.find("t") == ["r", "t", "t2", "o", "o1", "o11", "p", "p11", "p111"]
    assert m.find("nothing like this") == []
    assert m.find("") == []
    m.apply(ops.set_text("o11", "STRASSE"))
    assert m.find("straße") == ["o11"]         # casefold, not just lower()


def test_visible_nodes_with_folding(m: MindMap) -> None:
    everything = ["r", "t", "t1", "t2", "o", "o1", "o11", "p", "p1", "p11", "p111"]
    assert m.visible_nodes() == everything
    m.apply(ops.toggle_fold(m, "o"))
    assert m.visible_nodes() == ["r", "t", "t1", "t2", "o", "p", "p1", "p11", "p111"]
    assert m.hidden_count("o") == 2
    m.apply(ops.toggle_fold(m, "p1"))          # a folded branch inside a floating tree
    assert m.visible_nodes() == ["r", "t", "t1", "t2", "o", "p", "p1"]
    m.apply(ops.toggle_fold(m, "r"))           # a folded root still shows itself
    assert m.visible_nodes() == ["r", "p", "p1"]
    m.apply(ops.toggle_fold(m, "o"))           # unfolding inside a folded branch: still hidden
    assert "o" not in m.visible_nodes()
    m.apply(ops.toggle_fold(m, "r"))
    assert m.visible_nodes() == ["r", "t", "t1", "t2", "o", "o1", "o11", "p", "p1"]


def test_height_counts_floating_trees(m: MindMap) -> None:
    assert m.subtree_height("r") == 3 and m.subtree_height("t") == 1
    assert m.subtree_height("t1") == 0
    m.apply(ops.add_child(m, "p111", "deeper", node_id="p1111"))
    assert m.height() == 4                     # the floating tree is the deepest
    m.apply(ops.delete_subtree(m, "p"))
    assert m.height() == 3
    assert MindMap("empty").height() == 0


def test_attrs_fill_in_defaults_and_links_are_listed(m: MindMap) -> None:
    assert m.attrs("t1") == {"text": "Power devolved", **NODE_DEFAULTS}
    assert m.raw_attrs("t1") == {"text": "Power devolved"}
    assert m.attrs("t2")["note"] == "Devastatingly FAST"
    m.apply(ops.add_link("t1", "o1", "turn into"))
    assert m.links() == [("t1", "o1", "turn into")]
    assert m.has_link("t1", "o1") and not m.has_link("o1", "t1")
    assert len(m) == 11 and "o11" in m and "x" not in m


def test_queries_on_unknown_node_raise_rather_than_guess(m: MindMap) -> None:
    # networkx would read an unknown id "to" as the node bunch "t", "o"
    for query in (m.children, m.parent, m.depth, m.subtree):
        with pytest.raises(KeyError):
            query("to")


def _chain(levels: int) -> tuple[MindMap, list[str]]:
    """A straight chain ``levels`` deep, written into the graph (edits stop at MAX_DEPTH)."""
    m = MindMap("deep", "top", root_id="r")
    ids = ["r"]
    for i in range(1, levels + 1):
        node = f"c{i}"
        m.graph.add_node(node, text=f"level {i}")
        m.graph.add_edge(ids[-1], node, TREE, order=0)
        ids.append(node)
    return m, ids


def test_two_thousand_levels_need_no_recursion() -> None:
    m, ids = _chain(2000)
    bottom = ids[-1]
    assert m.depth(bottom) == 2000
    assert m.subtree("r") == ids
    assert m.path_to_root(bottom) == ids[::-1]
    assert m.height() == 2000 and m.subtree_height("c1000") == 1000
    assert m.hidden_count("r") == 2000
    assert m.visible_nodes() == ids
    assert m.find("level 2000") == [bottom]
    assert m.is_ancestor("r", bottom)
    # the invariant names the depth limit instead of overflowing the stack
    with pytest.raises(InvariantError, match=f"deeper than {MAX_DEPTH}"):
        check_invariants(m)


def test_edits_still_work_beside_a_too_deep_chain() -> None:
    m, ids = _chain(2000)
    m.apply(ops.set_text(ids[1500], "renamed"))
    assert m.find("renamed") == [ids[1500]]
    m.apply(ops.toggle_fold(m, ids[1000]))
    assert m.visible_nodes() == ids[:1001]


def _found_by_walking(m: MindMap, query: str) -> list[str]:
    """What find answers, the plain way: every node in map order, text or note matched."""
    q = query.casefold()
    return [n for r in m.roots() for n in m.subtree(r)
            if q in m.text(n).casefold() or q in m.get(n, "note").casefold()]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)),
                min_size=1, max_size=80),
       st.sampled_from(["needle", "NEED", "idea", "e", "zz"]))
def test_find_answers_matches_in_map_order_after_inserts_moves_and_floating_trees(
        steps, query):
    # children inserted at the front or the middle and branches moved about: the order in
    # which the graph keeps nodes is not the map's order. A few needles among many ideas
    # (found by placing each match) and many matches (found by a walk) both come in map order
    m = MindMap("T", "Root", root_id="r")
    for k, (pick, where) in enumerate(steps):
        nodes = sorted(m.graph.nodes)
        node = nodes[pick % len(nodes)]
        text = "Needle" if where % 13 == 0 else f"idea {k}"
        if where % 9 == 0:
            m.apply(ops.add_floating(m, text, node_id=f"n{k}"))
        elif where % 5 == 0 and node not in m.roots():
            target = nodes[where % len(nodes)]
            if target != node and not m.is_ancestor(node, target):
                m.apply(ops.move(m, node, target, index=0))
        else:
            index = where % (len(m.children(node)) + 1)
            attrs = {"note": "a needle in it"} if where % 17 == 0 else {}
            m.apply(ops.add_child(m, node, text, index=index, node_id=f"n{k}", **attrs))
    assert m.find(query) == _found_by_walking(m, query)
    walk = [n for r in m.roots() for n in m.subtree(r)]
    assert sorted(m.graph.nodes, key=m._map_order_key) == walk


def test_a_few_matches_come_in_map_order_not_in_the_order_they_were_added():
    m = MindMap("T", "Root", root_id="r")
    for k in range(40):
        m.apply(ops.add_child(m, "r", f"idea {k}", node_id=f"i{k}"))
    for k in range(3):      # each new needle goes first: map order is the reverse of adding
        m.apply(ops.add_child(m, "r", f"Needle {k}", index=0, node_id=f"needle{k}"))
    m.apply(ops.add_child(m, "i5", "needle deep", node_id="deep"))
    m.apply(ops.add_floating(m, "needle parked", node_id="parked"))
    assert m.find("needle") == ["needle2", "needle1", "needle0", "deep", "parked"]
