"""The model's door: a map built from records, copied, and read back as records."""

from __future__ import annotations

import pytest

from mindmap_app.model import InvariantError, MindMap, check_invariants
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
