"""Workshop operations on the model: park/unpark, group/ungroup, merge, sort by votes, actions,
voting rounds; their YAML form; and random sequences of them undone exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.io import yaml_validate
from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.yaml_format import dumps_map, load_map, loads_map
from mindmap_app.model import EditError, MindMap, check_invariants
from mindmap_app.model import facilitation_ops as fops
from mindmap_app.model import operations as ops
from tests.conftest import SAMPLE_MAPS


def small_map() -> MindMap:
    """root -> a(b, c, d), e(f); links b->f, d->a; votes on b and c."""
    m = MindMap("t", "root", root_id="root")
    m.apply(ops.add_child(m, "root", "A", node_id="a"))
    for name in "bcd":
        m.apply(ops.add_child(m, "a", name.upper(), node_id=name))
    m.apply(ops.add_child(m, "root", "E", node_id="e"))
    m.apply(ops.add_child(m, "e", "F", node_id="f"))
    m.apply(ops.add_link("b", "f", "see"))
    m.apply(ops.add_link("d", "a"))
    m.apply(ops.set_attr("b", "votes", 2))
    m.apply(ops.set_attr("c", "votes", 5))
    m.apply(ops.set_attr("c", "tags", ["x"]))
    return m


def apply_and_check(m: MindMap, edit) -> object:  # noqa: ANN001
    before = m.snapshot()
    inverse = m.apply(edit)
    check_invariants(m)
    after = m.snapshot()
    redo = m.apply(inverse)
    assert m.snapshot() == before, "undo did not give back the exact map"
    m.apply(redo)
    assert m.snapshot() == after, "redo did not give the same map"
    return inverse


# -------------------------------------------------------------------------- parking lot
def test_park_creates_the_lot_once_and_remembers_each_origin():
    m = small_map()
    apply_and_check(m, fops.park(m, ["b", "d"]))
    lot = fops.parking_lot(m)
    assert lot in m.floating and m.text(lot) == "Parking lot"
    assert m.children(lot) == ["b", "d"] and m.children("a") == ["c"]
    assert m.get("b", "parked_from") == {"parent": "a", "index": 0}
    assert m.get("d", "parked_from") == {"parent": "a", "index": 2}
    apply_and_check(m, fops.park(m, ["f"]))
    assert fops.parking_lot(m) == lot and m.children(lot) == ["b", "d", "f"]


def test_unpark_puts_ideas_back_exactly_in_any_selection_order():
    m = small_map()
    original = m.children("a")
    m.apply(fops.park(m, ["b", "d"]))
    apply_and_check(m, fops.unpark(m, ["d", "b"]))
    assert m.children("a") == original
    assert m.get("b", "parked_from") is None and m.children(fops.parking_lot(m)) == []


def test_unpark_under_a_chosen_idea_or_the_centre_when_the_origin_is_gone():
    m = small_map()
    m.apply(fops.park(m, ["b", "c"]))
    m.apply(ops.delete_subtree(m, "a"))
    m.apply(fops.unpark(m, ["b"]))
    assert m.parent("b") == "root"
    m.apply(fops.unpark(m, ["c"], target="e"))
    assert m.children("e") == ["f", "c"]


def test_park_refuses_the_centre_and_parked_ideas():
    m = small_map()
    with pytest.raises(EditError):
        fops.park(m, ["root"])
    m.apply(fops.park(m, ["b"]))
    with pytest.raises(EditError):
        fops.park(m, ["b"])
    with pytest.raises(EditError):
        fops.unpark(m, ["c"])


def test_a_parked_hand_placed_idea_gets_its_place_back():
    m = small_map()
    m.apply(ops.set_pos("c", (40.0, -20.0)))
    m.apply(fops.park(m, ["c"]))
    assert m.get("c", "pos") is None
    m.apply(fops.unpark(m, ["c"]))
    assert m.get("c", "pos") == (40.0, -20.0) and m.index_of("c") == 1


# -------------------------------------------------------------------- group, ungroup
def test_group_puts_the_ideas_under_a_new_one_where_the_first_was():
    m = small_map()
    apply_and_check(m, fops.group(m, ["c", "b", "f"], "Cluster", node_id="g"))
    assert m.children("a") == ["g", "d"]          # c was at index 1, b before it moved away
    assert m.children("g") == ["c", "b", "f"] and m.text("g") == "Cluster"
    apply_and_check(m, fops.ungroup(m, "g"))
    assert m.children("a") == ["c", "b", "f", "d"] and "g" not in m


def test_group_and_ungroup_refusals():
    m = small_map()
    for bad in (["root"], []):
        with pytest.raises(EditError):
            fops.group(m, bad)
    with pytest.raises(EditError, match="no ideas under it"):
        fops.ungroup(m, "b")
    with pytest.raises(EditError):
        fops.ungroup(m, "root")


# ---------------------------------------------------------------------------- merge
def test_merge_keeps_texts_sums_votes_unites_tags_moves_children_repoints_links():
    m = small_map()
    m.apply(ops.set_attr("e", "tags", ["y", "x"]))
    m.apply(ops.set_attr("e", "note", "why"))
    before = m.snapshot()
    inverse = apply_and_check(m, fops.merge(m, ["c", "e", "b"]))
    assert "e" not in m and "b" not in m
    assert m.get("c", "votes") == 7
    assert m.get("c", "tags") == ("x", "y")
    assert m.get("c", "note") == "E\nwhy\n\nB"
    assert m.children("c") == ["f"]
    # b->f became c->f (label kept); d->a untouched
    assert sorted(m.links()) == [("c", "f", "see"), ("d", "a", "")]
    m.apply(inverse)
    assert m.snapshot() == before


def test_merge_drops_links_that_would_join_an_idea_to_itself_and_refuses_cycles():
    m = small_map()
    apply_and_check(m, fops.merge(m, ["a", "d"]))
    assert ("d", "a", "") not in m.links() and not any(a == b for a, b, _ in m.links())
    with pytest.raises(EditError, match="own branch"):
        fops.merge(m, ["b", "a"])
    with pytest.raises(EditError):
        fops.merge(m, ["b"])
    with pytest.raises(EditError, match="central"):
        fops.merge(m, ["b", "root"])


# ----------------------------------------------------------------------- votes, actions
def test_sort_by_votes_is_stable_and_refuses_when_sorted():
    m = small_map()
    apply_and_check(m, fops.sort_children_by_votes(m, "a"))
    assert m.children("a") == ["c", "b", "d"]
    with pytest.raises(EditError, match="already"):
        fops.sort_children_by_votes(m, "a")


def test_votes_and_actions():
    m = small_map()
    apply_and_check(m, fops.add_vote(m, "d"))
    assert m.get("d", "votes") == 1
    apply_and_check(m, fops.add_vote(m, "d", -1))
    with pytest.raises(EditError):
        fops.add_vote(m, "d", -1)
    apply_and_check(m, fops.set_action(m, "b", " Ana ", "2026-12-31"))
    assert m.get("b", "action") == {"owner": "Ana", "due": "2026-12-31"}
    with pytest.raises(EditError, match="YYYY-MM-DD"):
        fops.set_action(m, "b", "Ana", "next week")
    assert fops.actions(m) == ["b"]
    apply_and_check(m, fops.clear_action(m, "b"))
    assert fops.actions(m) == []


# ------------------------------------------------------------------------ file format
def _facilitated() -> MindMap:
    m = load_map(SAMPLE_MAPS / "national.yaml")
    first, second = m.children("threats")[:2]
    m.apply(fops.park(m, [first]))
    m.apply(fops.set_action(m, second, "Ana", "2026-12-31"))
    m.apply(fops.record_voting_round(m, {"date": "2026-12-03 10:30", "dots": 3, "people": 12,
                                         "placed": 30}))
    return m


def test_facilitation_data_round_trips_and_bumps_the_format_to_2():
    m = _facilitated()
    text = dumps_map(m)
    assert text.startswith("format: mindmap/2\n")
    assert "action: {owner: Ana, due: '2026-12-31'}" in text
    assert "parking_lot: true" in text and "parked_from: {parent: threats, index: 0}" in text
    assert "- {date: '2026-12-03 10:30', dots: 3, people: 12, placed: 30}" in text
    again = loads_map(text)
    assert again.same_as(m) and dumps_map(again) == text


def test_a_map_without_facilitation_data_stays_format_1_byte_for_byte():
    path = SAMPLE_MAPS / "national.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("format: mindmap/1\n")
    assert dumps_map(load_map(path)) == text


def test_an_older_reader_refuses_a_file_with_actions_in_one_line(monkeypatch, tmp_path):
    path = tmp_path / "workshop.yaml"
    path.write_text(dumps_map(_facilitated()), encoding="utf-8")
    monkeypatch.setattr(yaml_validate, "FORMAT_VERSION", 1)   # the reader of version 1
    with pytest.raises(MapFormatError) as info:
        load_map(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    assert "written by a newer version of the app (format mindmap/2)" in message


@pytest.mark.parametrize(("snippet", "expected"), [
    ("action: {owner: Ana, due: tomorrow}", "YYYY-MM-DD"),
    ("action: [Ana]", "'action' of"),
    ("action: {who: Ana}", "unknown action key"),
    ("parked_from: {parent: x, index: -1}", "0 or more"),
    ("parking_lot: 3", "true or false"),
])
def test_bad_facilitation_values_get_a_line_naming_the_place(snippet, expected):
    text = f"format: mindmap/2\nroot:\n  text: a\n  {snippet}\n"
    with pytest.raises(MapFormatError, match=expected) as info:
        loads_map(text, "bad.yaml")
    assert str(info.value).startswith("bad.yaml:4:")


def test_bad_voting_round_is_refused_with_its_line():
    text = "format: mindmap/2\nroot: {text: a}\nvoting_rounds:\n- {date: x, dots: 0}\n"
    with pytest.raises(MapFormatError, match="dots") as info:
        loads_map(text, "r.yaml")
    assert str(info.value).startswith("r.yaml:4:")


def test_an_unquoted_due_date_written_by_hand_is_read():
    m = loads_map("format: mindmap/2\nroot: {text: a, action: {owner: B, due: 2027-01-05}}\n")
    assert m.get(m.root, "action") == {"owner": "B", "due": "2027-01-05"}


# ------------------------------------------------------------------- random sequences
OPERATIONS = ("park", "unpark", "unpark_to", "group", "ungroup", "merge", "sort", "vote",
              "undo")


def _pick(data: st.DataObject, m: MindMap, most: int = 3) -> list[str]:
    return data.draw(st.lists(st.sampled_from(sorted(m.nodes())), min_size=1, max_size=most))


def _edit(kind: str, m: MindMap, data: st.DataObject):  # noqa: ANN202
    node = data.draw(st.sampled_from(sorted(m.nodes())))
    if kind == "park":
        return fops.park(m, _pick(data, m))
    if kind == "unpark":
        return fops.unpark(m, _pick(data, m))
    if kind == "unpark_to":
        return fops.unpark(m, _pick(data, m), target=node)
    if kind == "group":
        return fops.group(m, _pick(data, m), "g")
    if kind == "ungroup":
        return fops.ungroup(m, node)
    if kind == "merge":
        return fops.merge(m, _pick(data, m, 4))
    if kind == "sort":
        return fops.sort_children_by_votes(m, node)
    return fops.add_vote(m, node, data.draw(st.sampled_from([1, -1])))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_park_group_merge_undo_sequences_keep_invariants_and_undo_exactly(data):
    m = small_map()
    for _ in range(data.draw(st.integers(0, 5), label="extra")):
        m.apply(ops.add_child(m, data.draw(st.sampled_from(sorted(m.nodes()))), "x"))
    original = m.snapshot()
    original_text = dumps_map(m)
    undo: list = []
    for _ in range(data.draw(st.integers(1, 14), label="steps")):
        kind = data.draw(st.sampled_from(OPERATIONS))
        if kind == "undo":
            if undo:
                m.apply(undo.pop())
                check_invariants(m)
            continue
        try:
            edit = _edit(kind, m, data)
        except EditError:
            continue
        before = m.snapshot()
        try:
            inverse = m.apply(edit)
        except EditError:       # refused while applying: the map must be untouched
            assert m.snapshot() == before
            continue
        check_invariants(m)
        lot = fops.parking_lot(m)
        if lot is not None:     # parked ideas are direct children of the one lot
            assert [r for r in m.floating if m.get(r, "parking_lot")] == [lot]
        undo.append(inverse)
        assert loads_map(dumps_map(m)).same_as(m)
    while undo:
        m.apply(undo.pop())
    assert m.snapshot() == original
    assert dumps_map(m) == original_text


def test_the_readme_example_of_workshop_data_loads():
    import re

    from tests.conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(format: mindmap/2\n.*?)```", text, re.S).group(1)
    m = loads_map(example, "README.md")
    check_invariants(m)
    lot = fops.parking_lot(m)
    (parked,) = m.children(lot)
    assert m.get(parked, "parked_from") == {"parent": "threats", "index": 18}
    assert fops.actions(m) and m.voting_rounds[0]["placed"] == 28
    assert dumps_map(m).startswith("format: mindmap/2\n")


def test_named_views_round_trip_replace_by_name_and_undo():
    m = small_map()
    original = dumps_map(m)
    assert original.startswith("format: mindmap/1")
    first = apply_and_check(m, fops.save_view(m, {"name": " Top ", "tags": ["x", "x"],
                                                  "text": "", "min_votes": 2, "mode": "hide"}))
    assert m.views == ({"name": "Top", "tags": ("x",), "text": "", "min_votes": 2,
                        "mode": "hide"},)
    apply_and_check(m, fops.save_view(m, {"name": "Top", "tags": [], "text": "b",
                                          "min_votes": 0, "mode": "dim"}))
    assert len(m.views) == 1 and m.views[0]["text"] == "b"
    text = dumps_map(m)
    assert text.startswith("format: mindmap/2") and \
        "- {name: Top, tags: [], text: b, min_votes: 0, mode: dim}" in text
    assert loads_map(text).same_as(m)
    with pytest.raises(EditError, match="name"):
        m.apply(fops.save_view(m, {"name": "  "}))
    apply_and_check(m, fops.delete_view(m, "Top"))
    assert m.views == () and dumps_map(m) == original
    del first


def test_the_readme_example_holds_a_named_view():
    import re

    from tests.conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(format: mindmap/2\n.*?)```", text, re.S).group(1)
    assert loads_map(example).views[0]["name"] == "Top threats"
