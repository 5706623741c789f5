"""What people see when two laptops edit the same idea at once (issue 15)."""

from __future__ import annotations

from mindmap_app.collab.replica import Replica
from mindmap_app.model import check_invariants
from mindmap_app.model import operations as ops

from .test_replica_properties import start_map


def pair() -> tuple[Replica, Replica]:
    host = Replica.host(start_map())
    return host, Replica.join(host.snapshot())


def sync(*replicas: Replica) -> None:
    for src in replicas:
        for dst in replicas:
            if src is not dst:
                dst.receive(src.updates_since(dst.version()))
    for replica in replicas:
        check_invariants(replica.mind_map)
        assert replica.mind_map.same_as(replicas[0].mind_map)


def test_crossed_moves_make_no_cycle_and_lose_no_idea() -> None:
    a, b = pair()
    a.mind_map.apply(ops.move(a.mind_map, "a", "b"))      # a under b ...
    b.mind_map.apply(ops.move(b.mind_map, "b", "a"))      # ... while b goes under a
    sync(a, b)
    mm = a.mind_map
    assert {"a", "b", "a1", "a2", "b1", "b11"} <= set(mm.nodes())
    assert mm.is_ancestor("a", "b") != mm.is_ancestor("b", "a")   # one of the two moves won


def test_two_moves_of_one_idea_leave_it_in_one_place() -> None:
    a, b = pair()
    a.mind_map.apply(ops.move(a.mind_map, "a1", "b"))
    b.mind_map.apply(ops.move(b.mind_map, "a1", "f"))
    sync(a, b)
    assert a.mind_map.parent("a1") in ("b", "f")
    assert sum(1 for n in a.mind_map.nodes() if a.mind_map.text(n) == "A1") == 1


def test_votes_added_at_once_both_count() -> None:
    a, b = pair()
    a.mind_map.apply(ops.set_attr("a1", "votes", 1))
    b.mind_map.apply(ops.set_attr("a1", "votes", 1))
    sync(a, b)
    assert a.mind_map.get("a1", "votes") == 2
    b.mind_map.apply(ops.set_attr("a1", "votes", 3))
    sync(a, b)
    assert a.mind_map.get("a1", "votes") == 3


def test_text_typed_at_once_merges_by_character() -> None:
    a, b = pair()
    a.mind_map.apply(ops.set_text("a1", "Big A1"))
    b.mind_map.apply(ops.set_text("a1", "A1 now"))
    sync(a, b)
    assert a.mind_map.text("a1") == "Big A1 now"


def test_tags_added_at_once_both_stay() -> None:
    a, b = pair()
    a.mind_map.apply(ops.set_attr("b1", "tags", ["threat"]))
    b.mind_map.apply(ops.set_attr("b1", "tags", ["urgent"]))
    sync(a, b)
    assert set(a.mind_map.get("b1", "tags")) == {"threat", "urgent"}


def test_an_idea_moved_out_of_a_branch_deleted_meanwhile_survives() -> None:
    a, b = pair()
    a.mind_map.apply(ops.delete_subtree(a.mind_map, "b"))
    b.mind_map.apply(ops.move(b.mind_map, "b11", "a"))
    sync(a, b)
    assert "b" not in a.mind_map and "b1" not in a.mind_map
    assert a.mind_map.parent("b11") == "a"


def test_ideas_added_at_once_get_different_ids() -> None:
    a, b = pair()
    a.mind_map.apply(ops.add_child(a.mind_map, "a", "from a"))
    b.mind_map.apply(ops.add_child(b.mind_map, "a", "from b"))
    sync(a, b)
    texts = [a.mind_map.text(n) for n in a.mind_map.children("a")]
    assert sorted(texts) == ["A1", "A2", "from a", "from b"]


def test_undo_undoes_only_my_own_change() -> None:
    a, b = pair()
    a.mind_map.apply(ops.set_text("a1", "mine"))
    b.mind_map.apply(ops.set_text("b1", "theirs"))
    b.mind_map.apply(ops.add_child(b.mind_map, "a", "their idea"))
    sync(a, b)
    assert a.undo()
    sync(a, b)
    assert a.mind_map.text("a1") == "A1"
    assert a.mind_map.text("b1") == "theirs"
    assert "their idea" in [a.mind_map.text(n) for n in a.mind_map.children("a")]
    assert a.redo()
    sync(a, b)
    assert b.mind_map.text("a1") == "mine"


def test_workshop_marks_reach_the_other_laptop_and_survive_its_edits() -> None:
    a, b = pair()
    a.mind_map.apply(ops.set_attr("a1", "action", {"owner": "Ana", "due": "2026-12-31"}))
    a.mind_map.apply(ops.set_attr("a", "side", "left"))
    sync(a, b)
    assert b.mind_map.get("a1", "action") == {"owner": "Ana", "due": "2026-12-31"}
    assert b.mind_map.get("a", "side") == "left"
    b.mind_map.apply(ops.set_text("a1", "A1 done"))      # a colleague edits the same idea
    sync(a, b)
    assert a.mind_map.get("a1", "action") == {"owner": "Ana", "due": "2026-12-31"}
    assert a.mind_map.text("a1") == "A1 done"
