"""New ids are fresh on maps whose ids were made elsewhere (a loaded map: n1 ... n5000 taken,
with holes), and the taken run is not walked one id at a time."""

from __future__ import annotations

from mindmap_app.model import MindMap


def test_new_ids_skip_a_long_taken_run_and_stay_fresh():
    m = MindMap("t", "root", root_id="root")
    g = m.graph
    for i in range(1, 5001):
        if i not in (1200, 1201, 3000):            # holes a loaded file may have
            g.add_node(f"n{i}", text=str(i))
    looked: list[str] = []
    real = type(g).__contains__

    class Counting(type(g)):
        def __contains__(self, node):  # noqa: ANN001, ANN204
            looked.append(node)
            return real(self, node)

    g.__class__ = Counting
    fresh = [m.new_id() for _ in range(6)]
    assert len(set(fresh)) == 6
    assert not any(real(g, f) for f in fresh), "none of them is taken"
    assert len(looked) < 200, "a few dozen look-ups, not thousands"
