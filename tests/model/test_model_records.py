"""The model's door: a map built from records, copied, and read back as records."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mindmap_app.model import MAX_DEPTH, InvariantError, MindMap, check_invariants
from mindmap_app.model import operations as ops
from mindmap_app.model.attributes import NODE_ATTRS, normalise_attr

RECORDS = [
    ("r", None, {"text": "Root", "note": "why"}),
    ("a", "r", {"text": "A", "tags": ("threat",)}),
    ("a1", "a", {"text": "A1", "style": {"color": "#b03a2e"}, "pos": (10.0, -5.0)}),
    ("b", "r", {"text": "B", "votes": 3, "folded": True}),
    ("p", None, {"text": "Parked"}),
]
LINKS = [("a1", "b", "turn into"), ("p", "r", "")]


def built() -> MindMap:
    return MindMap.from_records([(n, p, dict(a)) for n, p, a in RECORDS], LINKS,
                                title="T", layout="right", theme="dark")


def test_from_records_builds_the_tree_the_floating_roots_and_the_links():
    m = built()
    check_invariants(m)
    assert (m.title, m.layout, m.theme, m.root, m.floating) == ("T", "right", "dark", "r", ["p"])
    assert m.children("r") == ["a", "b"] and m.children("a") == ["a1"]
    assert m.get("a1", "pos") == (10.0, -5.0) and m.get("b", "votes") == 3
    assert m.links() == [("a1", "b", "turn into"), ("p", "r", "")]
    assert list(m.records()) == RECORDS


def test_from_records_refuses_a_broken_map_with_the_rule_it_breaks():
    with pytest.raises(InvariantError, match="'a' is used by two nodes"):
        MindMap.from_records([*RECORDS, ("a", "r", {"text": "again"})])
    with pytest.raises(InvariantError, match="unknown node 'zz'"):
        MindMap.from_records(RECORDS, [("a", "zz", "")])
    with pytest.raises(InvariantError, match="parent 'zz'"):
        MindMap.from_records([*RECORDS, ("c", "zz", {"text": "C"})])
    with pytest.raises(InvariantError, match="stored form"):
        MindMap.from_records([("r", None, {"text": "R", "votes": 0})])
    with pytest.raises(InvariantError, match="root"):
        MindMap.from_records([])


def test_a_copy_is_equal_and_independent():
    m = built()
    twin = m.copy()
    assert twin.same_as(m)
    twin.apply(ops.set_attr("a1", "style", {"color": "#000000"}))
    twin.apply(ops.add_child(twin, "a", "new"))
    assert m.get("a1", "style") == {"color": "#b03a2e"} and len(m) == 5 and len(twin) == 6


def test_branch_map_keeps_the_branch_and_its_inner_links_only():
    m = built()
    m.apply(ops.add_link("a", "a1", "inside"))
    branch = ops.branch_map(m, "a")
    assert branch.root == "a" and branch.title == "A" and len(branch) == 2
    assert branch.links() == [("a", "a1", "inside")]
    assert branch.get("a1", "pos") == (10.0, -5.0)
    assert len(m) == 5


def test_the_attribute_table_gives_defaults_and_stored_forms():
    names = [a.name for a in NODE_ATTRS]
    assert names == ["text", "note", "tags", "style", "votes", "folded", "pos", "side", "link",
                     "action", "parked_from", "parking_lot"]
    for attribute in NODE_ATTRS[1:]:
        assert normalise_attr(attribute.name, attribute.default) is None, attribute.name
    assert normalise_attr("tags", "one") == ("one",)
    with pytest.raises(KeyError, match="colour"):
        normalise_attr("colour", "red")
    with pytest.raises(ValueError, match="side"):
        normalise_attr("side", "up")


def test_map_level_values_of_a_feature_travel_with_the_map():
    m = MindMap.from_records(RECORDS, LINKS, title="T", rounds=[{"dots": 3}])
    twin = m.copy()
    assert twin.same_as(m) and twin.graph.graph["rounds"] == [{"dots": 3}]
    twin.graph.graph["rounds"][0]["dots"] = 5       # (a test may look inside the model)
    assert m.graph.graph["rounds"] == [{"dots": 3}]
    with pytest.raises(InvariantError, match="roots"):
        MindMap.from_records(RECORDS, floating=["p"])


def _networkx_built(records, links) -> nx.MultiDiGraph:
    """The graph as networkx's own add_node and add_edge make it (what from_records did)."""
    graph = nx.MultiDiGraph()
    orders: dict[str, int] = {}
    for node, parent, attrs in records:
        graph.add_node(node, **attrs)
        if parent is not None:
            graph.add_edge(parent, node, "tree", order=orders.get(parent, 0))
            orders[parent] = orders.get(parent, 0) + 1
    for source, target, label in links:
        graph.add_edge(source, target, "link", **({"label": label} if label else {}))
    return graph


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=40),
       st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 1000)), max_size=6))
def test_from_records_builds_the_graph_networkx_would(parents, link_picks):
    # node k's parent is an earlier node (or none: a floating root); records in pre-order
    kids: dict[int, list[int]] = {}
    tops = []
    for k, pick in enumerate(parents):
        if k == 0 or pick % 5 == 0 and k % 7 == 3:
            tops.append(k)
        else:
            kids.setdefault(pick % k, []).append(k)
    records = []
    for top in tops:
        stack = [(top, None)]
        while stack:
            k, parent = stack.pop()
            records.append((f"n{k}", parent, {"text": f"idea {k}"}))
            stack.extend((c, f"n{k}") for c in reversed(kids.get(k, [])))
    count = len(parents)
    links = [(f"n{a % count}", f"n{b % count}", "why" if a % 2 else "")
             for a, b in link_picks if a % count != b % count]
    m = MindMap.from_records(records, links)
    check_invariants(m)
    twin = _networkx_built(records, links)
    g = m.graph
    assert list(g.nodes(data=True)) == list(twin.nodes(data=True))
    assert list(g.edges(keys=True, data=True)) == list(twin.edges(keys=True, data=True))
    assert list(g.in_edges(keys=True, data=True)) == list(twin.in_edges(keys=True, data=True))
    for a, b in g.edges():      # an edge's keys are one dict, seen from either end
        assert g._pred[b][a] is g._succ[a][b]
    assert list(m.records()) == records


def test_from_records_refuses_a_child_before_its_parent_and_too_deep_a_tree():
    with pytest.raises(InvariantError, match="parent 'a' of node 'a1' is not in the map before"):
        MindMap.from_records([("r", None, {"text": "R"}), ("a1", "a", {"text": "A1"}),
                              ("a", "r", {"text": "A"})])
    with pytest.raises(InvariantError, match="parent 'x' of node 'x'"):
        MindMap.from_records([("r", None, {"text": "R"}), ("x", "x", {"text": "X"})])
    chain = [("l0", None, {"text": "0"})] + [
        (f"l{k}", f"l{k - 1}", {"text": f"{k}"}) for k in range(1, MAX_DEPTH + 1)]
    assert MindMap.from_records(chain).depth(f"l{MAX_DEPTH}") == MAX_DEPTH
    with pytest.raises(InvariantError, match=f"deeper than {MAX_DEPTH}"):
        MindMap.from_records([*chain, ("deep", f"l{MAX_DEPTH}", {"text": "too deep"})])
    with pytest.raises(InvariantError, match="to itself"):
        MindMap.from_records([("r", None, {"text": "R"})], [("r", "r", "")])
