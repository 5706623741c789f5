"""A peer that writes nonsense into the shared document with valid Loro updates: every other
laptop still holds a valid map (issue 15)."""

from __future__ import annotations

from loro import ExportMode, LoroDoc

from mindmap_app.collab.replica import Replica
from mindmap_app.model import check_invariants

from .test_replica_properties import start_map


def hostile_copy(replica: Replica) -> tuple[LoroDoc, dict[str, object]]:
    doc = LoroDoc()
    doc.import_(replica.snapshot())
    tree = doc.get_tree("tree")
    by_id = {tree.get_meta(n).get("id").value: n for n in tree.nodes()
             if not tree.is_node_deleted(n)}
    return doc, by_id


def send(doc: LoroDoc, victim: Replica) -> None:
    doc.commit()
    victim.receive(doc.export(ExportMode.Updates(victim.doc.oplog_vv)))
    check_invariants(victim.mind_map)


def test_nonsense_values_are_cleaned() -> None:
    victim = Replica.host(start_map())
    doc, by_id = hostile_copy(victim)
    tree = doc.get_tree("tree")
    meta = tree.get_meta(by_id["a"])
    meta.insert("text", 42)                       # not a LoroText, not a string
    meta.insert("votes", 1e300)
    meta.insert("pos", ["x", None])
    meta.insert("folded", "yes")
    meta.insert("evil", {"__import__": "os"})     # unknown keys are ignored
    tree.get_meta(by_id["b"]).insert("id", "a")   # a second "a"
    tree.get_meta(by_id["a1"]).ensure_mergeable_map("style").insert("color", [1, 2])
    doc.get_map("links").insert("a\x1fnowhere", "to a missing node")
    doc.get_map("map").insert("layout", "spiral")
    send(doc, victim)
    mm = victim.mind_map
    assert mm.layout == "balanced"
    assert mm.links() == []
    assert mm.get("a", "pos") is None and not mm.get("a", "folded")
    assert len([n for n in mm.nodes() if n.startswith("a~") or n == "a"]) == 2


def test_deleting_or_burying_the_main_idea_leaves_a_valid_map() -> None:
    victim = Replica.host(start_map())
    doc, by_id = hostile_copy(victim)
    tree = doc.get_tree("tree")
    tree.delete(by_id["c"])                        # the main idea, with its whole tree
    send(doc, victim)
    assert victim.mind_map.root == "c"             # the window keeps a main idea
    doc, by_id = hostile_copy(victim)
    for node in list(by_id.values()):
        doc.get_tree("tree").delete(node)
    send(doc, victim)
    assert victim.mind_map.root == "c"
