"""Property tests: random sequences of every kind of edit on random maps.

After every edit the invariants hold and the listeners were told exactly what changed; every
edit followed by its inverse restores the map exactly, and the inverse's inverse redoes it;
undoing the whole sequence in reverse gives back the original map, attributes and links
included.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mindmap_app.model import Change, Edit, EditError, Fragment, MindMap, check_invariants
from mindmap_app.model import operations as ops

TEXTS = st.text(alphabet="abcXYZ é\n'-", max_size=6)
ATTR_VALUES: dict[str, st.SearchStrategy] = {
    "note": TEXTS,
    "tags": st.lists(st.sampled_from(["threat", "local", "vote me", "ü"]), max_size=3),
    "style": st.one_of(st.none(), st.fixed_dictionaries({"color": st.sampled_from(
        ["#b03a2e", "#1e8449"])})),
    "votes": st.integers(0, 4),
    "folded": st.booleans(),
    "pos": st.one_of(st.none(), st.tuples(st.integers(-500, 500), st.floats(-500, 500))),
    "link": st.sampled_from(["", "other-map.yaml"]),
}


def _node(data: st.DataObject, m: MindMap, label: str = "node") -> str:
    return data.draw(st.sampled_from(sorted(m.nodes())), label=label)


def random_map(data: st.DataObject) -> MindMap:
    """A main tree, some floating subtrees, attributes and links, built by the operations."""
    m = MindMap("Random", "root", root_id="r",
                layout=data.draw(st.sampled_from(["balanced", "right", "down"])))
    for _ in range(data.draw(st.integers(0, 14), label="size")):
        where = data.draw(st.integers(0, 5), label="where")
        if where == 0:
            m.apply(ops.add_floating(m, data.draw(TEXTS)))
        else:
            m.apply(ops.add_child(m, _node(data, m, "parent"), data.draw(TEXTS)))
    for _ in range(data.draw(st.integers(0, 4), label="attrs")):
        key = data.draw(st.sampled_from(sorted(ATTR_VALUES)))
        m.apply(ops.set_attr(_node(data, m), key, data.draw(ATTR_VALUES[key])))
    for _ in range(data.draw(st.integers(0, 4), label="links")):
        a, b = _node(data, m, "from"), _node(data, m, "to")
        if a != b and not m.has_link(a, b):
            m.apply(ops.add_link(a, b, data.draw(TEXTS)))
    check_invariants(m)
    return m


def _maybe_none(data: st.DataObject, m: MindMap) -> str | None:
    return None if data.draw(st.booleans(), label="to floating") else _node(data, m, "parent")


#: kind -> builder(map, data) -> edit; builders may raise EditError (a refused operation)
BUILDERS: dict[str, Callable[[MindMap, st.DataObject], Edit]] = {
    "add_child": lambda m, d: ops.add_child(
        m, _node(d, m), d.draw(TEXTS), index=d.draw(st.one_of(st.none(), st.integers(0, 6)))),
    "add_sibling": lambda m, d: ops.add_sibling(m, _node(d, m), d.draw(TEXTS),
                                                before=d.draw(st.booleans())),
    "add_floating": lambda m, d: ops.add_floating(
        m, d.draw(TEXTS), pos=d.draw(st.one_of(st.none(), st.tuples(st.integers(), st.integers(
            -10**6, 10**6))))),
    "insert_parent": lambda m, d: ops.insert_parent(m, _node(d, m), d.draw(TEXTS)),
    "delete_subtree": lambda m, d: ops.delete_subtree(m, _node(d, m)),
    "delete_nodes": lambda m, d: ops.delete_nodes(
        m, d.draw(st.lists(st.sampled_from(sorted(m.nodes())), min_size=1, max_size=4))),
    "delete_keep_children": lambda m, d: ops.delete_keep_children(m, _node(d, m)),
    "move": lambda m, d: ops.move(m, _node(d, m), _maybe_none(d, m),
                                  d.draw(st.one_of(st.none(), st.integers(0, 6)))),
    "reorder": lambda m, d: ops.reorder(m, _node(d, m), d.draw(st.integers(-3, 3))),
    "set_text": lambda m, d: ops.set_text(_node(d, m), d.draw(TEXTS)),
    "set_attr": lambda m, d: (lambda key: ops.set_attr(_node(d, m), key, d.draw(
        ATTR_VALUES[key])))(d.draw(st.sampled_from(sorted(ATTR_VALUES)))),
    "toggle_fold": lambda m, d: ops.toggle_fold(m, _node(d, m)),
    "set_pos": lambda m, d: ops.set_pos(_node(d, m), d.draw(ATTR_VALUES["pos"])),
    "set_map_attr": lambda m, d: d.draw(st.sampled_from([
        ops.set_map_attr("layout", "radial"), ops.set_map_attr("theme", "dark"),
        ops.set_map_attr("title", "Renamed"), ops.set_map_attr("layout", "nonsense")])),
    "add_link": lambda m, d: ops.add_link(_node(d, m, "from"), _node(d, m, "to"),
                                          d.draw(TEXTS)),
    "remove_link": lambda m, d: ops.remove_link(*d.draw(st.sampled_from(
        [(a, b) for a, b, _ in m.links()] or [("r", "r")]))),
    "paste": lambda m, d: ops.paste(m, _node(d, m, "paste into"), [
        Fragment.from_map(m, _node(d, m, "copied"), inner_links_only=True)
        for _ in range(d.draw(st.integers(1, 2)))]),
}


def _parents(snapshot: tuple) -> dict[str, tuple[str, int]]:
    return {b: (a, order) for a, b, order in snapshot[2]}


def assert_change_is_exact(before: tuple, after: tuple, change: Change) -> None:
    """The Change a listener got names what really changed, and no node that is gone."""
    nodes_before = dict(before[1])
    nodes_after = dict(after[1])
    assert change.added == nodes_after.keys() - nodes_before.keys()
    assert change.removed == nodes_before.keys() - nodes_after.keys()
    assert change.moved <= nodes_after.keys()
    assert change.attrs.keys() <= nodes_after.keys()
    for node in nodes_before.keys() & nodes_after.keys():
        if nodes_before[node] != nodes_after[node]:
            assert node in change.attrs, node
    old, new = _parents(before), _parents(after)
    for node in nodes_before.keys() & nodes_after.keys():
        if old.get(node) != new.get(node):
            assert change.structural
            told = {node, old.get(node, (None,))[0], new.get(node, (None,))[0]}
            assert told & change.moved or (None in told and before[0][4] != after[0][4]), node
    if before[0][4] != after[0][4]:
        assert change.structural  # the floating roots changed
    if before[3] != after[3]:
        assert change.links
    for i, key in enumerate(("title", "layout", "theme")):
        if before[0][i] != after[0][i]:
            assert key in change.map_keys


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edit_sequences_are_invertible(data: st.DataObject) -> None:
    m = random_map(data)
    original = m.snapshot()
    heard: list[Change] = []
    m.subscribe(heard.append)
    history: list[tuple[tuple, Edit]] = []
    for _ in range(data.draw(st.integers(1, 20), label="steps")):
        kind = data.draw(st.sampled_from(sorted(BUILDERS)), label="kind")
        before = m.snapshot()
        try:
            edit = BUILDERS[kind](m, data)
            inverse = m.apply(edit)
        except EditError:
            event(f"{kind} refused")
            # a refused operation changes nothing and tells nobody
            assert m.snapshot() == before
            check_invariants(m)
            continue
        event(f"{kind} applied")
        check_invariants(m)
        after = m.snapshot()
        assert_change_is_exact(before, after, heard[-1])
        # undo restores exactly ...
        redo = m.apply(inverse)
        check_invariants(m)
        assert m.snapshot() == before, kind
        # ... and the inverse's inverse redoes the edit
        inverse = m.apply(redo)
        check_invariants(m)
        assert m.snapshot() == after, kind
        history.append((before, inverse))
    for before, inverse in reversed(history):
        m.apply(inverse)
        check_invariants(m)
        assert m.snapshot() == before
    assert m.snapshot() == original


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_cut_and_paste_round_trip_keeps_the_branch(data: st.DataObject) -> None:
    """Cut a branch and paste it elsewhere: same texts, attributes and inner links."""
    m = random_map(data)
    candidates = [n for n in m.nodes() if n != m.root]
    if not candidates:
        return
    node = data.draw(st.sampled_from(sorted(candidates)))
    copied = Fragment.from_map(m, node, inner_links_only=True)
    m.apply(ops.delete_subtree(m, node))
    target = _node(data, m, "target")
    m.apply(ops.paste(m, target, [copied]))
    check_invariants(m)
    pasted = m.children(target)[-1]
    new_ids = m.subtree(pasted)
    assert [m.raw_attrs(n) for n in new_ids] == [attrs for _, _, attrs in copied.nodes]
    rename = dict(zip([n for n, _, _ in copied.nodes], new_ids, strict=True))
    expected_links = {(rename[a], rename[b], label) for a, b, label in copied.links}
    assert {link for link in m.links() if link[0] in rename.values()
            and link[1] in rename.values()} == expected_links
